"""Every ``-est`` superlative an English word list holds: "surest", "quickest", "wisest" (issue 11).

Measurement only (``superlative_forms.py`` counts which of the labelled sets' superlatives SL101's
hand-made lists miss); NOT shipped: the seventeenth session built these forms into SL101 at info
(branch w-l17), found one more right claim and two wrong over twenty-two sets, none on the corpus,
and 35-45 ms more start-up on one small file, and did not merge it (SL101.md). The forms come from
pyspellchecker's English word list: a word ending in ``-est`` counts when its stem, undone the
way English spells superlatives ("sure"/"surest", "big"/"biggest", "happy"/"happiest"), is a word
AND the same stem with ``-er`` is a word too ("surer", "bigger", "happier"). The ``-er`` test keeps
out most nouns and verbs that merely end in ``-est`` ("forest", "request", "suggest", "harvest");
the few that pass it ("honest"/"honer", "priest"/"prier") are in NOT_SUPERLATIVE.
"""
from __future__ import annotations

from functools import lru_cache

# Words that pass the stem test but are no superlative, or name no ranking a claim makes:
# "honest" (honer), "priest" (prier), "earnest" (earner), "tempest", "infest", "divest",
# "congest", "mayest" (archaic "may"), and "latest"/"dearest": time and address, never a claim the
# hand-made list wanted ("the latest release", "my dearest friend").
NOT_SUPERLATIVE = frozenset({
    "honest", "priest", "earnest", "tempest", "infest", "divest", "congest", "mayest", "latest",
    "dearest", "interest", "forest", "modest", "request", "suggest", "manifest", "harvest", "protest",
    "contest", "invest", "digest", "arrest", "chest", "guest", "west", "nest", "rest", "test",
    "zest", "quest", "crest", "vest", "pest", "jest", "lest", "attest", "detest", "molest", "ingest",
    "conquest", "bequest", "behest", "inquest", "unrest", "midwest", "southwest", "northwest", "alkahest",
}) | frozenset({
    # superlatives of order, place and degree that rank no merit: "the earliest date", "the
    # nearest mirror", "the closest match", "not the slightest change", "to the fullest"
    "earliest", "nearest", "closest", "slightest", "faintest", "eldest", "fullest", "soonest", "barest",
})


def stems(word: str) -> list:
    """The bases an ``-est`` word may be the superlative of, as English spells them."""
    stem = word[:-3]
    out = [stem, stem + "e"]  # "quick"/"quickest", "sure"/"surest"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        out.append(stem[:-1])  # "big"/"biggest" (not "full"/"fullest", "small": the stem is the base)
    if stem.endswith("i"):
        out.append(stem[:-1] + "y")  # "happy"/"happiest"
    return out


def generate(words) -> list:
    """Every superlative form of ``words`` (a word list) by the stem and ``-er`` tests, sorted."""
    forms = set()
    for w in words:
        if len(w) < 6 or not w.endswith("est") or not w.isalpha() or w in NOT_SUPERLATIVE:
            continue
        if w[:-3] + "er" in words and any(len(b) > 1 and b in words for b in stems(w)):
            forms.add(w)
    return sorted(forms)


@lru_cache(maxsize=1)
def est_superlatives() -> frozenset:
    """The generated ``-est`` forms of pyspellchecker's English word list (about a second)."""
    import gzip
    import json
    import os

    import spellchecker

    path = os.path.join(os.path.dirname(spellchecker.__file__), "resources", "en.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        words = json.load(f)
    return frozenset(generate(words))


if __name__ == "__main__":  # python3 eval/est_forms.py: the forms, one a line
    print("\n".join(sorted(est_superlatives())))
