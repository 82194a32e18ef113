"""One knower vouching for a claim (HC102): "He knows that growing the middle class helps businesses
create jobs", "President Obama knows that education is the best investment ...", "Donald Trump
knows that a nation without borders is not a nation at all".

*Know* is factive: "X knows that Y" asserts Y and adds that X is aware of it. The claim is the
writer's (or speaker's), put beyond question by a knower who vouches for it: RULES 5's "everyone
knows" narrowed to one knower (eval/RULINGS.md 6, sixty-second session; the gold as ruled
re-marks forge's and nock's traps and the addresses' unmarked lines positive). "Everyone knows",
"every farmer knows", "Americans know", "we now know" are the lexicon's, every_knower's and
shared_knowledge's; this reads the one knower: "he", "she" or a name, with "knows that" and a
clause after it (issue 11, sixty-fourth session, ruled64).

Not a finding: technical writing ("Git knows that the file changed": what a program tracks, the
caller tests ``doc.technical``), a knower's portrayed mind, where the clause is about the knower
("He knows that he is dealing with a dangerous individual", "Since he knows that he's right":
RULINGS 6's anvil B2), a condition or a scenario ("He also knows that if he contracts to do the
carpentry ..."), the knowing in a condition, a time or a question ("if he knows that", "who knows
that"), "knows that." with no clause, and the past ("knew that": mostly the story told, 7 right
of 27 on the 151 sets before flail). Every other test of HC102 still applies (a source, a link
or a figure in the sentence, a quotation).

Reads the few words before and after "knows": constant work per verb.
"""

from __future__ import annotations

from typing import Optional

# The pronouns of one knower and the words of a clause about that knower's own mind.
_PRONOUNS = frozenset({"he", "she"})
_SELF = frozenset({"he", "she", "he's", "she's", "him", "her", "his", "himself", "herself", "i", "i'm"})
# An adverb between the knower and "knows": "Obama also knows that", "he now knows that".
_ADVERBS = frozenset({"also", "now", "already", "still", "well", "too", "surely", "certainly"})
# Capitalised words that are no knower of a claim: pointers, the lexicon's everyone, idioms of
# doubt ("God knows", "Heaven knows"), question words.
_NOT_KNOWERS = frozenset(
    """it this that who which what everyone everybody nobody anyone anybody someone somebody one no
    god heaven lord christ goodness""".split()
)
# Words before the knower that put the knowing in a condition, a time, a question or a relative
# clause: "if he knows that", "until she knows that", "who he knows that".
_NOT_AFTER = frozenset(
    """if when whenever once until unless whether before after so let lets does did do who whom
    which what how why where whoever""".split()
)
# A clause that opens a condition or a scenario: "knows that if he contracts ...".
_SCENARIO = frozenset({"if", "when", "whenever", "once", "unless", "should"})


def knower_vouches(lw, k: int, words, prose: str) -> Optional[int]:
    """The index where the knower starts when ``lw[k]`` ("knows") is one knower vouching for the
    claim in the clause after "that", else None."""
    n = len(lw)
    if lw[k] != "knows" or k + 2 >= n or lw[k + 1] != "that" or not lw[k + 2][:1].isalpha():
        return None
    if lw[k + 2] in _SELF or lw[k + 2] in _SCENARIO:
        return None  # "He knows that he is dealing with ...", "knows that if he contracts ..."
    if prose[words[-1].end : words[-1].end + 1] == "?":
        return None  # "Who knows that ...?", "Does he know that ...?"
    j = k - 1
    if j >= 1 and lw[j] in _ADVERBS:
        j -= 1
    if j < 0:
        return None
    if lw[j] in _PRONOUNS:
        start = j
    else:
        text = words[j].text
        if not (text[:1].isupper() and text[1:2].islower()) or lw[j] in _NOT_KNOWERS:
            return None
        start = j
        # "Donald Trump", "President Barack Obama": the name's capitalised words
        while start >= 1 and words[start - 1].text[:1].isupper() and lw[start - 1] not in _NOT_KNOWERS and (
            prose[words[start - 1].end : words[start].start] == " "
        ):
            start -= 1
        if start == 0 and start < j and lw[0] in _OPENERS:
            start = 1  # "But Obama knows that": a conjunction opening the sentence is no part of the name
    if start >= 1 and lw[start - 1] in _NOT_AFTER:
        return None
    return start


# Sentence openers a capitalised run may start with ("And Obama knows that ...").
_OPENERS = frozenset({"and", "but", "yet", "so", "now", "because", "for", "look"})
