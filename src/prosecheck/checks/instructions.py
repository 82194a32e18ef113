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

from prosecheck.checks.lexicon import norm

# Verbs that open an instruction; not "let", "look", "note", "see", "remember", "imagine",
# "consider" (a speaker's lead-ins, or a pointer to a fact the writer then states), nor "get",
# "never" (above).
_VERBS = frozenset("""
remove save use add make try expect avoid keep put write send choose pick start stop give take call
include describe report reply test build create follow submit ignore resubmit install run mention check
read find do don't set change update open close delete fix edit copy move specify provide pass enable
disable turn configure define declare import select apply
""".split())
# After "don't" / "do not", verbs of a speaker's lead-in, not of a task: "Don't worry, this is the
# best ...", "Don't forget that it is clearly ...", "Do not be fooled: ...", "Don't get me wrong"
# (a claim follows, as after "Remember that" and "Make no mistake"; issue 11, twenty-sixth session).
_LEAD_IN_AFTER_DONT = frozenset("worry forget fear doubt miss kid mistake be".split())
# What an instruction's verb acts on, right after it ("Remove the", "expect your", "Do not").
_OBJECTS = frozenset("the a an your you it its this that these those them their our my each every all any "
                     "some to not up out".split())
# Adverbs before the verb ("Please use the ...", "Simply delete the ...").
_BEFORE = frozenset("please just simply always first then now also".split())
# A list bullet, quotation marks, brackets and emphasis before the first word.
_LEAD = " \t\n-*+\u2022>\"\u201c\u2018'(_"


def instructs(sentence) -> bool:
    """``sentence`` opens with an imperative: a verb of instruction and what it acts on. It reads
    the Document's own words of the sentence (its first five), nothing but bullets, quotation
    marks and emphasis before the first."""
    span = sentence.words
    if not span:
        return False
    if sentence.block.prose[sentence.start : span[0].start].strip(_LEAD):
        return False  # the sentence opens on something else (a placeholder of left-out text)
    words = [norm(span[k].text) for k in range(min(5, len(span)))]
    first = 0
    while first < min(3, len(words)) and words[first] in _BEFORE:
        first += 1
    if first == min(3, len(words)):
        return False
    if words[first] == "don't":
        return not _lead_in(words, first + 1)
    if words[first : first + 2] == ["do", "not"]:
        return not _lead_in(words, first + 2)
    return first + 1 < min(3, len(words)) and words[first] in _VERBS and words[first + 1] in _OBJECTS


def _lead_in(words, k: int) -> bool:
    """The verb at ``k``, after "don't" / "do not", opens a speaker's lead-in ("worry", "be
    fooled", "get me wrong"), not a task."""
    if k >= len(words):
        return False
    return words[k] in _LEAD_IN_AFTER_DONT or words[k : k + 2] == ["get", "me"]
