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

Who speaks is a fact of the document, read once (``speaks_for_government``): the old style of
a President's message, which names the legislature it answers to ("Congress", "Fellow-Citizens")
and its own Government with a capital and a determiner ("this Government", "our Government", "the
General Government", "the Executive", "my Administration"). Both must be there: news names
"Congress" and "the government" in lower case, an essay "our government"; of the labelled sets'
documents built at this session (the first twenty-odd sets, 472), the fact held in 40 of 60
addresses' windows and in 2 of 412 other documents (a Brown essay on the founders, an Australian
news story: neither has the shape), and in none of the 6,497 corpus files. The shape itself
(``government_belief``): a finite "be", at most one adverb, "believed", "thought" or
"understood", then "to".
"""

from __future__ import annotations

from prosecheck.checks.lexicon import norm_words
from prosecheck.checks.sentence_memo import per_document

# The legislature, capitalised ("Congress") or saluted ("Fellow-Citizens"), and the speaker's own
# Government: a determiner before a capitalised noun of government.
_LEGISLATURE = frozenset({"congress", "fellow-citizens"})
_OWN = frozenset({"this", "our", "my", "the", "general"})
_GOVERNMENT = frozenset({"government", "executive", "administration"})


def speaks_for_government(doc) -> bool:
    """Does ``doc``'s writer speak for a government: "Congress" (capitalised) or
    "Fellow-Citizens" somewhere, and a capitalised "Government", "Executive" or "Administration"
    after "this", "our", "my", "the" or "General" somewhere? One pass over the document's words,
    once per document (``sentence_memo.per_document``)."""
    return _speaks(doc.words)


@per_document
def _speaks(words) -> bool:
    lw = norm_words(words)
    legislature = own = False
    for i, w in enumerate(lw):
        if w in _LEGISLATURE:
            legislature = legislature or words[i].text[:1].isupper()
        elif w in _GOVERNMENT and i > 0 and lw[i - 1] in _OWN:
            own = own or words[i].text[:1].isupper()
        else:
            continue
        if legislature and own:
            return True
    return False


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
