"""Does a sentence instruct the reader? An instruction in the imperative ("Remove the features that
nobody wants and ...", "Save the output ...; definitely do not expose it", "- expect your patch to
be accepted without question") tells the reader what to do: it is advice or a procedure, which
the annotation rules never count as a claim (RULES-ADDENDUM A5, Q11), whatever superlative or
booster it carries. The language checks ask it per finding, with the question test
(``voice.writers_own``).

Why so narrow: the sentence must open (past a list bullet, a quotation mark and an adverb such as
"please" or "simply") on a verb of a short list of instructions, followed by what the verb acts
on (a determiner, a possessive, a pronoun, "to", "not", "up", "out"). "Use of doit makes ..."
(a noun), "Never before has ..." (an inversion, a record), "Get to know the features that make it
the most complete browser" (a web page's promotion, blind-docs' claim), "Let me tell you", "Look,
..." and "Make no mistake" (a speaker's lead-ins, claims follow) are not instructions here.
Measured over the twenty-nine sets and news-dev (issue 11, twenty-first session, task P,
eval/pooled_alarms.py): 3 wrong findings in three sets (rasp, lathe, vise), no right one.
"""

from __future__ import annotations

import re

# Verbs that open an instruction; not "let", "look", "note", "see", "remember", "imagine",
# "consider" (a speaker's lead-ins, or a pointer to a fact the writer then states), nor "get",
# "never" (above).
_VERBS = frozenset("""
remove save use add make try expect avoid keep put write send choose pick start stop give take call
include describe report reply test build create follow submit ignore resubmit install run mention check
read find do don't set change update open close delete fix edit copy move specify provide pass enable
disable turn configure define declare import select apply
""".split())
# What an instruction's verb acts on, right after it ("Remove the", "expect your", "Do not").
_OBJECTS = frozenset("the a an your you it its this that these those them their our my each every all any "
                     "some to not up out".split())
# Adverbs before the verb ("Please use the ...", "Simply delete the ...").
_BEFORE = frozenset("please just simply always first then now also".split())
_OPENING = 400  # characters: a bullet, quotation marks, "please" and three words fit many times over
_WORD_RE = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
# A list bullet, quotation marks, brackets and emphasis before the first word.
_LEAD = " \t\n-*+\u2022>\"\u201c\u2018'(_"


def instructs(sentence) -> bool:
    """``sentence`` opens with an imperative: a verb of instruction and what it acts on."""
    # the sentence's opening only: asked once per finding, so a copy of a long sentence per
    # finding would make a paragraph of many findings quadratic (three words are read)
    text = sentence.block.prose[sentence.start : min(sentence.end, sentence.start + _OPENING)]
    start = 0
    while start < len(text) and text[start] in _LEAD:
        start += 1
    words = []
    for m in _WORD_RE.finditer(text, start):
        if not words and m.start() != start:
            return False  # the sentence opens on something else (a number, a placeholder)
        words.append(m.group().lower().replace("\u2019", "'"))
        if len(words) == 3:
            break
    while words and words[0] in _BEFORE:
        words = words[1:]
    if not words:
        return False
    if words[0] == "don't":
        return True
    return len(words) > 1 and words[0] in _VERBS and words[1] in _OBJECTS
