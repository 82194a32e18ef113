"""The loft-docs held-out set (eval/loft-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py (the
build only with LOFT_DOCS_BUILD=1), the shared extract.py/htmlmd.py in test_eval_extract.py.

loft-docs was annotated blind in the eleventh session and scored once as held out, by the lead,
at that session's end (README.md); it is a development set since. These tests never run
prosecheck on its documents, never read them, and need no network.
"""

from held_out_sets import load, package_name as _name

SET, MANIFEST, GOLD = load("loft-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs",
              "cellar-docs", "attic-docs")


# --- integrity (no network) -------------------------------------------------------------------

def test_every_document_is_a_pinned_debian_package_of_the_readme():
    # Debian only: nothing here is a Markdown file of the benchmark corpus (npm and PyPI)
    assert {e["registry"] for e in MANIFEST} == {"debian"}
    assert {e["package"]: e["archive_sha256"] for e in MANIFEST} == ARCHIVES
    for e in MANIFEST:
        assert e["member"].startswith("./usr/share/doc/"), e["id"]
        assert (e["kind"], e["format"]) in (("html", "md"), ("file", "md")), e["id"]
        assert e["id"].startswith("deb-" + PREFIX[_name(e)] + "-"), e["id"]


def test_the_readme_states_the_counts_and_is_no_longer_marked_unfinished():
    readme = (SET / "README.md").read_text(encoding="utf-8")
    assert "NOT FINISHED" not in readme
    # scored once, at the eleventh session's end (rules of 8bd1674 and 46f13d2)
    assert "| the session's start (8bd1674) | **29% (11 of 38)** | **41% (11 of 27)** | 14 of 95 |" in readme
    assert "| the session's end (46f13d2) | **29% (11 of 38)** | **39% (11 of 28)** | 14 of 95 |" in readme
    for row in README_ROWS:
        assert row in readme, row
    assert "%d English documents (%s words) from %d Debian packages" % (
        DOCUMENTS, format(WORDS, ","), len(ARCHIVES)) in readme


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

ARCHIVES = {
    "pypy3-doc=7.3.11+dfsg-2+deb12u3": "31271bb099d305a2237362080d9b644b42960de129dca5e14446a47c59436b5b",
    "toybox=0.8.9+dfsg-1": "205566740aebc33d20cc061278da8ee444bfa4a93ce6225284851eb66e131ee5",
    "python-apsw-doc=3.40.0.0-2": "e1444093547937ff0f43d0d61f9ca670c701611404328d7898d40478f22989c9",
    "parallel=20221122+ds-2": "6f515189a784f63fe28b11b262f404b0a1a74cc63dac4038bb31f248e3706dc4",
    "python-lxml-doc=4.9.2-1+deb12u1": "f555038e059f484ccaef4a055a5bea4f6cd7608e3a32a5e7df45bcaaca9fa300",
    "mame-doc=0.251+dfsg.1-1": "4c9fdcbbaf51f61a2eee7018b54af10e493c4ff1a3adbacaf6b3291f4dd51854",
    "xorg-docs=1:1.7.1-1.2": "4842f9de2722d4a1998d8c8b1d14ef475fbc5e16db7d0954b4c0f5f72bd67440",
    "lame-doc=3.100-6": "d029f2cf122289929c3d9b1db201504e67bccb95a1890509a3f2e4c8a741fbb1",
    "lrzip=0.651-2": "8489c9e341091674300e15b8f3d0607076e81d02146c3d61582d01921426b2d7",
    "rsyslog-doc=8.2302.0+dfsg-1": "df15098444db396754ed84dbf603f0b1e19a343da6564c49b34431c2334b4a86",
}
PREFIX = {"pypy3-doc": "pypy", "toybox": "toybox", "python-apsw-doc": "apsw", "parallel": "parallel",
          "python-lxml-doc": "lxml", "mame-doc": "mame", "xorg-docs": "xorg", "lame-doc": "lame",
          "lrzip": "lrzip", "rsyslog-doc": "rsyslog"}
DOCUMENTS = 43
DOCUMENTS_WITH_ITEMS = 37
WORDS = 36110
COUNTS = {
    ("superlative", "positive"): 20, ("superlative", "negative"): 53,
    ("hedge", "positive"): 9, ("hedge", "negative"): 24,
    ("booster", "positive"): 9, ("booster", "negative"): 18,
}
PER_PACKAGE = {
    ("lame-doc", "hedge"): 2, ("lame-doc", "superlative"): 1, ("lrzip", "superlative"): 1,
    ("mame-doc", "booster"): 2, ("mame-doc", "hedge"): 1, ("mame-doc", "superlative"): 3,
    ("pypy3-doc", "superlative"): 1, ("python-apsw-doc", "superlative"): 1,
    ("python-lxml-doc", "booster"): 2, ("python-lxml-doc", "superlative"): 2,
    ("rsyslog-doc", "booster"): 3, ("rsyslog-doc", "hedge"): 4, ("rsyslog-doc", "superlative"): 4,
    ("toybox", "booster"): 2, ("toybox", "hedge"): 2, ("toybox", "superlative"): 7,
}
# the README's admission: with 9 hedges and 9 boosters any package with 2 is over a fifth, and
# toybox's polemics (one writer, six documents) give 7 of the 20 superlatives
OVER_A_FIFTH = [
    ("lame-doc", "hedge", 2), ("mame-doc", "booster", 2), ("python-lxml-doc", "booster", 2),
    ("rsyslog-doc", "booster", 3), ("rsyslog-doc", "hedge", 4), ("toybox", "booster", 2),
    ("toybox", "hedge", 2), ("toybox", "superlative", 7),
]
README_ROWS = ("| superlative | 20 | 53 |", "| hedge | 9 | 24 |", "| booster | 9 | 18 |", "| all | 38 | 95 |")
# held out means new text: no package of any earlier set or of news-dev
# packages those sets drew on: the names are parsed as intended
PACKAGES_USED_BEFORE = {"lzip", "chardet", "ajv", "debian-history", "anarchism", "guile-3.0-doc"}
