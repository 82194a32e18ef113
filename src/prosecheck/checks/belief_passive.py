"""The speaker's own belief put in the impersonal passive (``HC101``'s warning tier; issue 11,
thirty-seventh session, prec37h).

"It is believed that ..." names no believer. In news it passes on what unnamed people hold ("It is
thought the Australian arrested in Afghanistan is from Adelaide", a reporter's lead), and that is
the weasel HC101 reports. In an address, a report or an essay, a writer who speaks for an office or
a side puts his own belief in the passive: "It is believed that the measures taken in pursuance of
existing laws ... will be entirely successful if Congress ... renders their continued enforcement
possible", "Our system of public accounts is extremely complicated, and it is believed may be much
improved", "The situation of this District, it is thought, requires the attention of Congress". The
sets' rules since ratchet-docs read that as the speaker's own belief (S230, cellar-docs' H4: the
project's own expectation put in the passive), not a view handed to somebody unnamed; the older
sets' annotators often flagged it. So the shape is right only sometimes, and a finding moves to
``info`` (shown with ``--picky``):

* the impersonal ``it`` with the present ``is`` (or ``it's``) and ``believed`` or ``thought``, at
  most one adverb of how the believer holds it between (``confidently``, ``firmly``, ``also``,
  ``now``, ``still``): "it is confidently believed that". Not an adverb of how many hold it
  ("it is widely believed", "generally", "commonly": a crowd, the weasel proper), not the past or
  the perfect ("It was thought", "it has been believed": a report of what was held), and not the
  other verbs ("it is estimated", "it is said", "it is understood": a figure or a saying somebody
  gave, right as often as not in the same addresses);
* outside documentation (``news_passives.outside_documentation``): in technical writing and
  pages with code the phrase is read as before;
* not a sentence that opens on the phrase with no ``that`` after it ("It is thought the cooler
  temperatures may lead to ...", "It is believed the plant closed": a news lead's shape, the
  report proper).

Over the seventy-three sets (news-dev included) at the session's start rules, the warning tier's
findings of this shape were wrong 21 times in nine sets (burr, shank; ratchet, rivet, spline, spoke,
tine, lug, gauge) and right 10 times in eight (bodkin, cleat, hatchet, kerf 2, rivet, shim, tang;
tongs-docs' and burin-docs' descriptions). The findings stay on every tier.

Reads the phrase's own words and the one after it: no scan of the sentence.
"""

from __future__ import annotations

from prosecheck.checks.news_passives import outside_documentation

# The believing participles: what someone holds, not a figure or a saying somebody gave.
_BELIEF = frozenset({"believed", "thought"})
# Adverbs of how the believer holds the belief (not of how many hold it: "widely", "generally").
_MANNER = frozenset({"confidently", "firmly", "also", "now", "still"})
_IT = frozenset({"it", "it's"})

# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, is the
# phrase the speaker's own belief put in the passive?)
EXAMPLES = (
    ("It is believed that the new schedule will save the department a great deal.", True),
    ("Our accounts are complicated, and it is believed may be much improved.", True),
    ("The situation of the harbour, it is thought, requires the attention of the council.", True),
    ("It is confidently believed that the policy will succeed.", True),
    ("It is widely believed that the policy will succeed.", False),
    ("It was thought that the policy would succeed.", False),
    ("It is thought the injured man is from the northern suburbs.", False),
)


def speakers_belief(doc, lw, a: int, b: int) -> bool:
    """Is the HC101 phrase of words ``a``..``b`` the impersonal present passive of believing
    ("it is believed", "it is confidently believed", "it's thought") outside documentation, and
    not a sentence's opening lead with no "that" after it?"""
    if lw[a] not in _IT or lw[b] not in _BELIEF:
        return False
    middle = lw[a + 1 : b]
    if lw[a] == "it":
        if not middle or middle[0] != "is":
            return False
        middle = middle[1:]
    if len(middle) > 1 or (middle and middle[0] not in _MANNER):
        return False
    if a == 0 and (b + 1 >= len(lw) or lw[b + 1] != "that"):
        return False  # "It is thought the cooler temperatures may lead to ...": a news lead
    return outside_documentation(doc)
