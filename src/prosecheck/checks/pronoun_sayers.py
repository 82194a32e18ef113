""""They say" heading a clause (HC101's weasel entry): the pronoun stands for people the text
has just named, more often than for nobody.

"Police say Afroz was arrested ... They say Afroz had claimed", "welcomed by the World Bank and
international bankers ..., though they say crucial areas remain protected", "many Leninists
attempt to refute ... They say that Proudhon was anti-Jewish": "they" is the police, the bankers,
the Leninists, and the view is theirs, sourced as far as the text goes. Set off as an aside,
"Life, they say, should be regarded as sacred", "How ironic, they say, that ...", the phrase is
the old weasel, a view handed to people at large, and stays a warning.

Issue 11, forty-third session (tier43): over the eighty-eight development sets before mitre,
HC101's "they say" warnings were right 2 times of 12 by the same-sentence pairing, both asides
(anvil, hone); the 8 heading a clause were right none of 8 by sentence (traps in sealed and
bellows, the rest unlabelled, in awl, auger, adze twice, burin, bellows). The line pairing
credited 4 of those 8 with another item of their line (a news story is one line: "Bankers say",
"a Palestinian official said"). So at ``info`` (hedging, after _hedge_tier), not out: a "they"
with nobody before it is still hearsay.
"""

from __future__ import annotations

from prosecheck.checks.word_gaps import between


def heads_clause(lw, words, prose: str, a: int, b: int) -> bool:
    """The finding at ``a``..``b`` is "they say" with no mark right after it: it heads the clause
    it reports ("They say up to 2,000 members are on the run", "though they say crucial areas
    ...", "a man they say is responsible"). Not an aside ("Life, they say, should be", "Sure, they
    say, the new features are neat", "(they say)"), nor "they say" closing the sentence."""
    if b != a + 1 or lw[a] != "they" or lw[b] != "say" or b + 1 >= len(words):
        return False
    return not between(words, prose, b, b + 1).strip()
