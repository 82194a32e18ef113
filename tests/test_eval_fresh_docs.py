"""The fresh-docs held-out set (eval/fresh-docs/): integrity of its files. Its scorer and build are
tested in test_eval_held_out_scorers.py and the shared extract.py/htmlmd.py in
test_eval_extract.py.

fresh-docs was scored once, by whoever did not tune on it; these tests never run prosecheck on
its documents, and need no network.
"""

from collections import Counter

from held_out_sets import load, jsonl as _jsonl, ROOT

SET, MANIFEST, GOLD = load("fresh-docs")


# --- integrity (no network) -------------------------------------------------------------------

def test_manifest_ids_are_unique_and_as_many_as_the_readme_says():
    # every entry's fields, digests and licence: test_eval_held_out_scorers.py, for every set
    ids = [e["id"] for e in MANIFEST]
    assert len(ids) == len(set(ids)) == 89


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


def test_the_counts_the_readme_reports():
    counts = Counter((g["category"], g["label"]) for g in GOLD)
    assert counts == {
        ("superlative", "positive"): 40, ("superlative", "negative"): 119,
        ("hedge", "positive"): 27, ("hedge", "negative"): 26,
        ("booster", "positive"): 20, ("booster", "negative"): 31,
    }
    assert sum(e["words"] for e in MANIFEST) == 45059
    assert len({g["doc"] for g in GOLD}) == 61
