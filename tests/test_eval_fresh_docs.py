"""The fresh-docs held-out set (eval/fresh-docs/): integrity of its files. Its scorer and build are
tested in test_eval_held_out_scorers.py and the shared extract.py/htmlmd.py in
test_eval_extract.py.

fresh-docs was scored once, by whoever did not tune on it; these tests never run prosecheck on
its documents, and need no network.
"""

from held_out_sets import load, jsonl as _jsonl, ROOT

SET, MANIFEST, GOLD = load("fresh-docs")


# --- integrity (no network) -------------------------------------------------------------------

def test_no_document_comes_from_a_package_of_real_docs():
    # held out means new text: none of real-docs' 89 packages is used again
    def name(e):
        spec = e["package"]
        for sep in ("==", "="):
            if sep in spec:
                return spec.split(sep)[0].lower()
        return spec.rsplit("@", 1)[0].lower()   # npm: scope@ is kept, the @version dropped
    real = {name(e) for e in _jsonl(ROOT / "eval" / "real-docs" / "manifest.jsonl")}
    assert sorted({name(e) for e in MANIFEST} & real) == []


# --- the counts the README reports (read by test_eval_held_out_integrity.py) ----------------------

DOCUMENTS = 89
DOCUMENTS_WITH_ITEMS = 61
WORDS = 45059
COUNTS = {
    ("superlative", "positive"): 40, ("superlative", "negative"): 119,
    ("hedge", "positive"): 27, ("hedge", "negative"): 26,
    ("booster", "positive"): 20, ("booster", "negative"): 31,
}
