"""A claim that nothing has matched a thing, said without a superlative word (issue 11,
thirty-eighth session, sl38): "the sacrifice of human life ... is without parallel", "a
population ... altogether without example", "to which there is no parallel in history", "has few
parallels in our history", "no previous example in the annals of our country", "a policy of which
history affords no example".

Each ranks the thing above every one there has been, as "unparalleled" and "unexampled" (the word
list's entries) do, and an editor can ask for the comparison (RULES 1). Three shapes, read from
the noun of comparison (``NOUNS``) back at most four words and on at most four:

* "without" (and "a", "an", "any") before the noun, and nothing after it that makes it a
  modifier: "is without parallel.", "without an example in the history of nations", "without
  equal, and"; not "parameters without equal signs", "builds without parallel jobs";
* "no" or "few" (and "previous", "former", "similar") before it and "in" history or the annals
  after it: "no parallel in history", "few parallels in our history"; not "two methods which
  have no parallel in pre-2.0 versions" (a program's own history);
* history as the subject that "furnishes", "affords" or "offers" no such thing.

Counted before building over the seventy-six sets: 9 gold claims in seven sets (maul, tang 2,
lug 2, cleat; peg 2, quill 2 of the newest three: the older five sets hold 6) and one trap
(scythe's "a state of well-being ... without precedent in history", a goal the speaker sets);
on the corpus the shapes occur only as "without equal signs" (a modifier, not read). The caller
drops the kind in technical writing, where "without example" and "no precedent" describe code.
"""

from __future__ import annotations

from typing import Optional

#: The nouns a thing is compared with: "without parallel", "no previous example".
NOUNS = frozenset("parallel parallels example examples precedent precedents equal rival".split())
#: The nouns that "without" may take alone: the singular, as an idiom ("without parallel").
_SINGULAR = frozenset("parallel example precedent equal rival".split())
_ARTICLES = frozenset({"a", "an", "any"})
_EARLIER = frozenset({"previous", "former", "similar", "other", "prior"})
#: Words that may follow "without parallel" and still leave it the phrase's head: "without
#: parallel in history", "without equal anywhere".
_AFTER = frozenset({"in", "among", "anywhere", "elsewhere", "since", "on", "from", "and", "or", "but"})
#: What history is, read after "in": "in history", "in our history", "in the annals of".
_HISTORY = frozenset({"history", "annals", "records", "record"})
_HISTORY_DETERMINERS = frozenset({"the", "our", "its", "their", "all", "modern", "recorded", "human", "american"})
#: What history does when it offers no parallel: "history furnishes no example".
_OFFERING = frozenset(
    "furnishes furnish furnished affords afford afforded offers offer offered presents present "
    "presented gives give shows show records record".split()
)


def _history_after(lw, k: int) -> Optional[int]:
    """The index of "history"/"annals" when ``lw[k]`` is "in" followed by it (after at most two
    determiners), else None."""
    if k >= len(lw) or lw[k] != "in":
        return None
    for m in range(k + 1, min(len(lw), k + 4)):
        if lw[m] in _HISTORY:
            return m
        if lw[m] not in _HISTORY_DETERMINERS:
            return None
    return None


def unexampled(lw, i: int, gap) -> Optional[tuple[int, int]]:
    """``(first, last)`` of the claim whose noun of comparison is ``lw[i]`` (in ``NOUNS``), or
    None. ``gap(k)``: the text between words ``k`` and ``k + 1``."""
    n = len(lw)
    w = lw[i]
    if w not in NOUNS:
        return None
    p = i - 1
    if p >= 0 and lw[p] in _ARTICLES:
        p -= 1
    if p >= 0 and lw[p] == "without" and w in _SINGULAR:
        if i + 1 >= n or gap(i).strip() or lw[i + 1] in _AFTER:
            history = _history_after(lw, i + 1)
            return p, history if history is not None else i
        return None  # "parameters without equal signs": the noun modifies another
    p = i - 1
    if p >= 0 and lw[p] in _EARLIER:
        p -= 1
    if p < 0 or lw[p] not in ("no", "few"):
        return None
    if lw[p] == "no" and p >= 2 and lw[p - 1] in _OFFERING and "history" in lw[max(0, p - 6) : p - 1]:
        return lw.index("history", max(0, p - 6)), i  # "the history of the world furnishes no example"
    history = _history_after(lw, i + 1)
    return (p, history) if history is not None else None
