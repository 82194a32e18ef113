"""Is a word a past participle? Read the same way by the shapes that turn on a passive after "be"
and an adverb ("is clearly shown", "was apparently written").

clearly_predicated (thirty-eighth session) and hedging's evidential adverbs (thirty-ninth) each
kept a list of participles not in "-ed"; one list keeps them alike. A guess from the spelling,
not a parser: an "-ed" word of five letters or more ("based", "created"; not "bed", "red"), or a
common irregular participle.
"""

from __future__ import annotations

#: Past participles without "-ed" that follow "be" and an adverb in the passive.
IRREGULAR = frozenset(
    "written known given taken seen made done built meant thought found held told said shown "
    "begun chosen driven drawn grown hidden spoken stolen sworn torn worn understood laid set "
    "put".split()
)


def past_participle(w: str) -> bool:
    """``w`` (a normalised word) reads as a past participle."""
    return (len(w) > 4 and w.endswith("ed")) or w in IRREGULAR
