"""One bare party said to be the only one that can (SL101, issue 11, sixty-fourth session, sweep64).

``superlative_absolutes.only_party_modal`` (forty-seventh session) reads `Only` opening the
sentence, an article or a demonstrative and a party before `can`/`could`/`will`/`would` ("Only
such a movement can stop the attacks"), at info. The same claim is as often made with a bare noun
phrase and anywhere in the sentence: "only self-liberation can produce a free society", "for only
equality can maximise liberty", "only ideology can stop the obvious conclusion", "only trained
legislators can work out", "only economists would argue": every other party or means denied
(RULES 3's sweeping `only`).

Over the one hundred and fifty-one sets before flail (``eval/sweep64.py``, shape
``only_bare_party``, the writers' own sentences outside technical writing that no SL101 finding
reads, by the sentence): 21 right, 7 traps, 5 on no item, right in eighteen sets (a name as the
party, left to ``superlatives._only_name_can``, is 1 of them right and 1 a trap: `only Hardy would
say`, `only Congress can pass`); flail, dibble and mell 1 right (dibble's `only ideology can
stop`), none wrong. In technical writing the shape is a
program's rule ("only administrators can delete a branch": 0 right of 11), so the check drops it
there. Right about two times in three, so at info (shown with ``--picky``).
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb

# Words before "only" that make it no sweeping claim: "the only", "if only" (a wish), "not only"
# (an addition), an article or a possessive ("an only child", "our only hope": only_way's).
_NOT_BEFORE = frozenset("the if not a an my our your its their his her".split())
# Words that cannot open the bare party: a determiner or a pronoun (only_party_modal reads "Only
# such a movement"; "only this can" points back), a preposition ("only under self-management can":
# only_clause's inversion), an amount ("only two people can", "only a few"), "time" ("only time
# will tell", the idiom of not knowing).
_NOT_PARTY = frozenset(
    "a an the this that these those such my our your his her its their i we you he she it they one there "
    "who which what some any few two three many most more less all each every no "
    "under in within by through with after before at from for on among during via without against "
    "when if then once where because since as so to of time".split()
)
# Past the party's first word: "time" ends the search only as that first word ("only time will
# tell", the idiom), a noun further on may be the party's ("only working time can").
_NOT_PARTY_LATER = _NOT_PARTY - {"time"}
# Words that end the search: verbs and function words no noun phrase holds.
_STOP = frozenset("is are was were be been has have had do does did and or but not also just even very".split())
# The modals that make the party the only one able: "can", "could", "will", "would", "must".
_SOLE_MODALS = frozenset("can could will would must cannot".split())
# A party of one to three words: "self-liberation", "established firms", "co-operative workplaces".
_REACH = 3


def only_bare_party(lw, words, i: int, prose: Optional[str] = None) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "only" before a bare noun phrase of one to three words and a modal: the span
    from "only" to the modal, or None."""
    n = len(lw)
    if i + 2 >= n or (i >= 1 and lw[i - 1] in _NOT_BEFORE):
        return None
    if i >= 2 and lw[i - 2] == "if" and lw[i - 1] == "and":
        return None  # "if and only if": a condition
    for k in range(i + 1, min(n, i + 2 + _REACH)):
        w = lw[k]
        if words[k].quoted:
            return None  # 'only "extra-parliamentary agitation" will': another's words
        if prose is not None and k > i + 1 and prose[words[k - 1].end : words[k].start].strip():
            return None  # "only working class people, the vast majority, can": a comma, a dash
        if w in _SOLE_MODALS:
            return (i, k) if k > i + 1 else None
        if w in _STOP or w in (_NOT_PARTY if k == i + 1 else _NOT_PARTY_LATER):
            return None
        if not w.replace("-", "").isalpha() or ly_adverb(w, 0):
            return None  # a figure, a code span, an adverb ("only partially surrendered")
        if words[k].text[:1].isupper():
            return None  # "only Congress can pass", "Only Acme can": a name (only-name-can's)
    return None
