"""A booster that grants a proposition as true: "it is" + booster + "true" + "that" or a comma
(HC102, not reported; issue 11, fifty-second session, boostprec52).

"It is certainly true that there is no better way to learn how to program in the kernel
environment than by looking at code posted by others", "In the field of political values, it is
certainly true that students are not radical", "It is indeed true, as stated in the famous novel of
our day, ... that 'no man is an island'": the writer grants what the reader, the text's subjects
or a quoted author hold before going on to his own point (kiln M8, pincer S723), or vouches for a
saying whose source the sentence names (RULES 2). The booster confirms the truth of a proposition
someone else could put, as "Yes, that is so" does; it does not put the writer's own claim beyond
doubt. Over the one hundred and fifteen sets before swage every such warning was a trap (awl,
chamfer, pliers), none right; "That was clearly true in the case of Mitch Snyder" (hearth, a
claim about a man) has a subject of its own and stays.

Only the impersonal frame: "it is", "it's" or "it was" right before the booster, "true" right
after it, then "that" or a comma. Reads two words either side of the booster: constant work per
finding.
"""

from __future__ import annotations

from prosecheck.checks.course_rated import after_frame

_IT_IS = frozenset({("it", "is"), ("it", "was"), ("it's",)})


def grants_truth(lw, a: int, b: int, words, prose: str) -> bool:
    """The booster at words ``a``..``b`` stands between "it is" and "true", which "that" or a
    comma follows."""
    if not after_frame(lw, a, _IT_IS):
        return False
    k = b + 1
    if k + 1 >= len(lw) or lw[k] != "true":
        return False
    return lw[k + 1] == "that" or "," in prose[words[k].end : words[k + 1].start]
