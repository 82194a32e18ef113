"""A document whose writer speaks for a government, and that government's own judgement put in
the personal passive (``HC101``'s warning tier; issue 11, forty-fourth session, hcprec44).

"Up to 500 fighters are believed to have scattered into the hills", "bin Laden is thought to be
hiding": in news the personal passive of believing passes on what unnamed people hold, the weasel
HC101 reports (news_passives). A President's message uses the same words for his own
Government's judgement, belief or understanding: "Every view which the subject admitted of was
thought to have justified this conclusion", "legislative provision is thought to be particularly
urgent", "a system ... which is believed to be more economical", "such stations as they are
believed to be better qualified to fill", "The question is believed to be rather abstract than
practical", "it was understood to be posterior to that inserted in the article" (of the treaty's
own terms). The sets' rules read that as the speaker's own mind (ratchet S230, spokeshave S641's
second half), as ``belief_passive.speakers_belief`` reads the impersonal "it is believed". So in
such a document a finding of this shape moves to ``info`` (shown with ``--picky``); it stays on
every tier, since the same addresses also pass on what others report this way ("About 100,000
cases are believed to have occurred", "the greater part of which is believed to have been
purchased for actual settlement": gauge and peg, right).

Who speaks is a fact of the document, read once (``speaks_for_government``): its writer names
his own Government or addresses the legislature it answers to, in at least two of the forms of
``_MARKS``, one of them the Government's own ("this Government", "our Government", "the
Executive", "my Administration", "the General Government", "the Congress", "Fellow-Citizens";
beside them "your consideration", "I recommend", "I transmit"...). One such form is common in
news and essays ("the Congress party", "our government should"), the forms of address in
documentation ("I recommend", "your attention"); two together, one the Government's, are an
address or a message. The shape itself
(``government_belief``): a finite "be", at most one adverb, "believed", "thought" or
"understood", then "to".
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from prosecheck.checks.lexicon import norm_words

# Two-word forms in which the writer names his own Government (normalised words), and the
# salutation written as one word ("Fellow-Citizens of the Senate and House of Representatives").
_GOVERNMENT = frozenset(
    {
        ("this", "government"),
        ("our", "government"),
        ("my", "administration"),
        ("the", "executive"),
        ("general", "government"),
        ("the", "congress"),
    }
)
_WORD_MARKS = frozenset({"fellow-citizens"})
# Forms in which the writer addresses the legislature: common in documentation too ("I recommend
# the second option", "bring it to your attention"), so they count only beside a form above.
_ADDRESS = frozenset(
    {
        ("your", "consideration"),
        ("your", "attention"),
        ("i", "recommend"),
        ("i", "transmit"),
        ("i", "submit"),
    }
)
_MARKS = _GOVERNMENT | _ADDRESS
_FIRSTS = frozenset(m[0] for m in _MARKS)
_ENOUGH = 2  # distinct forms, one of them the Government's: one alone is news' "the Congress"
_SEEN: "WeakKeyDictionary" = WeakKeyDictionary()


def speaks_for_government(doc) -> bool:
    """Does ``doc``'s writer speak for a government: at least ``_ENOUGH`` distinct forms of
    ``_MARKS`` and ``_WORD_MARKS`` among its words, one of them the Government's own
    (``_GOVERNMENT``, ``_WORD_MARKS``)? One pass over the document's words, remembered per
    document."""
    known = _SEEN.get(doc)
    if known is not None:
        return known
    lw = norm_words(doc.words)
    seen = set()
    own = False
    for i in range(len(lw) - 1):
        w = lw[i]
        if w in _WORD_MARKS:
            seen.add((w,))
            own = True
        elif w in _FIRSTS:
            pair = (w, lw[i + 1])
            if pair in _MARKS:
                seen.add(pair)
                own = own or pair in _GOVERNMENT
        if own and len(seen) >= _ENOUGH:
            break
    found = own and len(seen) >= _ENOUGH
    _SEEN[doc] = found
    return found


_FINITE_BE = frozenset("is are was were".split())
_BELIEF = frozenset({"believed", "thought", "understood"})

# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, is the
# phrase the personal passive of believing?) The document fact is tested apart.
EXAMPLES = (
    ("Legislative provision is thought to be particularly urgent.", True),
    ("The new system is believed to be more economical.", True),
    ("The date was understood to be posterior to the article.", True),
    ("Their claim was probably believed to be well founded.", True),
    ("It is believed that the plan will succeed.", False),
    ("The plan is expected to succeed.", False),
    ("The plan is said to succeed.", False),
)


def government_belief(doc, lw, a: int, b: int) -> bool:
    """Is the HC101 phrase of words ``a``..``b`` "is/was (adverb) believed/thought/understood
    to" in a document whose writer speaks for a government?"""
    if lw[b] != "to" or b < 1 or lw[b - 1] not in _BELIEF:
        return False
    start = b - 2
    if start >= 0 and lw[start] not in _FINITE_BE:
        start -= 1  # one adverb: "was probably believed to"
    if start < a or start < 0 or lw[start] not in _FINITE_BE:
        return False
    return speaks_for_government(doc)
