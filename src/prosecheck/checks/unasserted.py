"""Hedges in words that assert nothing (``HC101``'s precision; issue 11, thirtieth session, hedge30).

An unattributed hedge asks "who says so?" of a claim. These shapes carry the hedge's words and make
no claim for anyone to have made:

* **the premise of a condition that opens the sentence.** "If they are believed to be very rarely
  used, ... they may be removed", "When a level of high inflation is expected to continue, then
  companies raise prices", "If a developer tells you otherwise, ask the regression tracker", "If
  our recognized leaders do not do this, ..." (the four findings of the forty-nine older sets so
  placed were wrong, in plumb-, spade-, vise- and maul-docs: the text supposes
  the belief, the expectation or the telling, and says what follows; nothing is reported as
  held). The condition must open the sentence and the hedge stand in it, before the first clause
  mark or "then": "Researchers found it on July 12, when ..." and "If, as officials said, ..."
  (an aside set off by commas) are not premises and stay findings. A "when" clause in the past
  narrates an event, which happened as told ("When sources revealed the plan, ...", plane-docs'
  unlabelled "When I was told I couldn't ...", "When critics said ..."): a finding too. The past
  is read by ``confidence.past_verb``, the test SL101 and HC102 read a "when" clause's time with
  (an irregular past is one; "When you have installed it", "when compared" are participles).
* **an utterance given as an example, in quotation marks or after a colon, of what "one might
  say".** "One might say “I got moofed”.", "Looking at a program ..., one might say “Oh, I see,
  this program uses bogo-sort.”", "In giving directions, one might say: “To get to ...”" (a
  lexicon's examples of a usage: rake-, trowel- and tenon-docs, three findings, all wrong). The
  impersonal "one" with a modal is the writer's hypothetical speaker; what follows is the word
  in use, not a view. "One might say that the project has stalled" (a clause, no quotation) is
  the writer's view credited to nobody and stays a finding, as RULES 4's "Some might say".

* **the kind a lexicon's sense line says a word is used of, narrowed by a relative clause.** "Used
  (often sarcastically) of a change to a program that is thought to be trivial ...", "Used
  humorously as a random parameter on which something is said to depend", "Often used in an
  ironic sense about brokenness or problems that while apparently major, are in principle
  solvable" (sickle-, gimlet- and hoe-docs' traps, B4: part of what the term means). The relative
  clause picks out the things the word names ("a change thought trivial"); no one is said to
  think so. The sentence must open on "Used" (an adverb of frequency may stand before it) and
  the relative word stand in the hedge's clause, with no mark between: "Used in reference to
  Macintosh software ... because it is thought that the poor lusers ..." (a reason, fresh-docs)
  and "Used esp. when referring to old ... software, much of which was written ... but is
  believed to be too expensive to replace" (after a comma, reamer-docs) are claims about the
  things and stay findings, both right.

* **the words of a party already named, quoted after "They say".** "I asked them what they need
  most—the CEOs. ... They say, “A better educated workforce,” right?", "They make up all excuses.
  They say, “It's racist.”", "the heads of the War Department, the Navy Department, and the
  Maritime Commission. ... They say:" and the quoted recommendation (thirty-first session,
  hedge31: plane-, bevel- and sickle-docs, three findings, all wrong, none right). "They" points
  back to the people just named and the quotation gives their words; what they say is reported
  as theirs, not the writer's claim handed to nobody. "They say it helps them" and "Life, they
  say, should be regarded as sacred" (a clause, no quotation: anvil-docs' positive) stay
  findings, and so does a vague group before a quotation ("Many people said, “We don't need
  them.”", spade-docs' positive): only the pronoun refers back.

* **the same premise inside the sentence, at ``info``** (``in_inner_premise``): a condition or a
  time still to come opened by "if", "unless", "until", "till", "whenever", "when", "the moment"
  or "as soon as" after the sentence's first words, with the hedge in it: "we can have no
  certain prospect of peace ... until it is understood on all hands that such pretended
  governments will not be countenanced", "I now firmly believe that the moment it is known that
  the United States have entirely abandoned the project ...", "We shall regard the war as won
  only when the German people say to us ...", "... but only if that complexity is also
  considered dangerous", "when the critics argue that enclosures increased the demand ... they
  are not refuting Marx" (issue 11, thirty-sixth session, prec36b: over the sixty-seven sets and
  tine-, nib- and cog-docs, 5 wrong findings of the warning tier in five sets (pick, sickle,
  froe, cleat, nib) against 1 right, ratchet-docs' "so that whenever a change is thought to be
  necessary in the tariff law this office is the source ..."). The text supposes the belief or
  the saying, as in an opening premise, but a "when" or "until" inside a sentence can also open
  a relative or an event, so the finding stays, for ``--picky``. A past in the clause narrates
  ("July 12, when researchers found it", "when it was pointed out that"): a finding at its tier,
  as for the opening premise; so is a clause with no subject of its own ("when in motion was
  sometimes described as": the hedge is the main verb), a "when" after a time it tells of ("at a
  time when experts say the economy is slowing": a relative clause, its hedge a claim) and one
  cut by a clause mark before the hedge, or more than ``_INNER_REACH`` words after its opener.

Each function reads the normalised words of one sentence (``lw``) from its start to the hedge, or
the few characters after it: no scan of the sentence per finding beyond the hedge's own clause,
which ``_premise_end`` reads once per sentence (``sentence_memo.per_sentence``).
"""

from __future__ import annotations

from bisect import bisect_left

from prosecheck.checks.confidence import past_verb
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.sentence_memo import CLAUSE_MARKS as _CLAUSE_MARKS, clause_marks, per_sentence

# Words that open a condition. Not "unless" (a condition the main clause sets aside), nor
# "whether" or "although" (no premise supposed).
CONDITIONS = frozenset({"if", "when", "whenever"})
# Marks (sentence_memo.CLAUSE_MARKS) end the premise ("If you need speed, ..."); "then" opens the consequence.
_THEN = "then"

# The hypothetical speaker: "one" and a modal before "say".
_ONE = "one"
_MODALS = frozenset("might may could would can".split())
_SAY = frozenset({"say", "write", "ask", "exclaim"})
# What opens the example after "say" (spaces and a comma skipped): a quotation mark or a colon.
_OPENERS = frozenset("\"“‘'`:")

# A party named before, quoting: "They say, “...”" (the pronoun and a verb of saying).
_THEY = "they"
_THEY_SAY = frozenset({"say", "said"})

# A lexicon's sense line: "Used of ...", "Often used in an ironic sense about ...".
_SENSE_VERB = "used"
_SENSE_LEAD = frozenset("often also sometimes usually commonly frequently esp especially chiefly mainly mostly occasionally".split())
# What follows "Used" in a sense line: a preposition of what it is used of, or an adverb of manner
# ("Used humorously as", "Used (often sarcastically) of", "Used esp. when").
_SENSE_NEXT = frozenset("of as in for about when esp especially by among with often mainly chiefly".split())
# Relative words that narrow the kind the sense is used of; the window back from the hedge.
_RELATIVES = frozenset({"that", "which", "whom", "who"})
_RELATIVE_REACH = 8
# Words that open a clause of their own between the relative word and the hedge. Not "while":
# "problems that while apparently major, are ..." is the relative clause's own concession.
_CLAUSE_OPENERS = frozenset("because since although though but and or so as when if unless until where whereas".split())

# Words that open a condition or a time still to come inside a sentence ("until it is understood
# that ...", "the moment it is known that ...", "as soon as it is thought safe"): the last word of
# each opener is what ``_inner_openers`` looks for. Not "once" (an adverb as often: "it was once
# thought"), nor "while"/"as" (no premise supposed: "as it is believed it will be" is an aside).
_INNER_ONE = frozenset({"if", "unless", "until", "till", "whenever", "when"})
_INNER_TWO = {"moment": "the", "soon": "as"}  # "the moment", "as soon as" (with "as" after "soon")
_INNER_REACH = 5
_AFTER_HEDGE = 2
_PRESENT_BE = frozenset("is are am be been being".split())
# A preposition right after the opener: no clause of its own ("when in motion", "if at all").
_NO_SUBJECT = frozenset("in at on for by with under during after before of to".split())
# A time named before "when": the clause is a relative that tells of that time ("at a time when
# experts say ...", "in an era when critics argue ..."), its hedge a claim, not a premise.
_TIME_NOUNS = frozenset("time times era age ages day days year years period periods point week weeks month months decade decades hour now".split())

EXAMPLES = {
    # (sentence, hedge phrase, is it read so?) for tests/test_check_hedging.py
    "premise": [
        ("If they are believed to be rarely used, the functions are removed.", "are believed to", True),
        ("When inflation is expected to continue, companies raise prices.", "is expected to", True),
        ("If a developer tells you otherwise, ask the tracker.", "a developer", True),
        ("The bug was found on July 12, when researchers reported it.", "researchers reported", False),
        ("If, as officials said, the plant closes, prices will rise.", "officials said", False),
        ("When sources revealed the plan to the press, the minister resigned.", "sources revealed", False),
        ("When I was told the news I called my brother.", "i was told", False),
        ("When critics said the plant would close, the workers protested.", "critics", False),
        ("When you have reportedly installed it, the tool works.", "reportedly", True),
        ("If the cache is cold, the tool is said to be slow.", "is said to", False),
    ],
    "inner": [
        ("Prices will stay high until it is understood that the plant will reopen.", "it is understood", True),
        ("The treaty fails the moment it is known that the fleet has sailed.", "it is known", True),
        ("The term applies only if the code is also considered dangerous.", "is also considered", True),
        ("The bug was found on July 12, when researchers reported it.", "researchers reported", False),
        ("The element jerked and when in motion was sometimes described as a golf ball.", "was sometimes described as", False),
        ("Prices will stay high until next year, it is said.", "it is said", False),
        ("The plan comes at a time when experts say the economy is slowing.", "experts say", False),
    ],
    "quoted": [
        ("They say, \"It is racist.\"", "they say", True),
        ("They say: \"Hire more teachers.\"", "they say", True),
        ("They say it helps them hire.", "they say", False),
        ("Many people said, \"We do not need them.\"", "many people said", False),
    ],
    "sense": [
        ("Used of a patch that is thought to be harmless until it breaks the build.", "is thought to", True),
        ("Used humorously of a setting on which the result is said to depend.", "is said to", True),
        ("Used of old tools, many of which are believed to be unmaintained.", "are believed to", False),
        ("Used of tools that nobody reads because it is thought they are obsolete.", "it is thought", False),
        ("The flag is used of files that are said to be stale.", "are said to", False),
        ("Used cars that are believed to be stolen were seized.", "are believed to", False),
    ],
}


@per_sentence
def _premise_end(lw, words, prose: str) -> int:
    """The index of the first word after the premise of a condition that opens the sentence
    (the word a clause mark or "then" precedes), or -1 when the sentence opens on no condition."""
    if not lw or lw[0] not in CONDITIONS:
        return -1
    ws = list(words)
    end = len(ws)
    for k in range(len(ws) - 1):
        gap = prose[ws[k].end : ws[k + 1].start]
        if any(m in gap for m in _CLAUSE_MARKS):
            end = k + 1 if k > 0 else -1  # "If, as officials said, ...": an aside, no premise read
            break
        if lw[k + 1] == _THEN:
            end = k + 1
            break
    # A past in a "when" clause narrates an event ("When I was told I couldn't ...", "When they
    # heard it was believed ..."), which happened as told, where "if" and a present "when" suppose
    # one. confidence.past_verb is the test SL101 and HC102 read "when" clauses with: a participle
    # ("When a level ... is expected to continue", "when compared with") is no past.
    if lw[0] != "if" and any(past_verb(lw, k) for k in range(1, max(end, 1))):
        return -1  # "When sources revealed the plan, ...": a past event narrated, not a condition
    return end


def in_premise(lw, words, prose: str, a: int, b: int) -> bool:
    """Does the hedge of words ``a``..``b`` lie in the premise of a condition that opens the
    sentence: "If they are believed to be rarely used, ..."?"""
    return 0 < a and b < _premise_end(lw, words, prose)


def example_utterance(lw, words, prose: str, a: int, b: int) -> bool:
    """Is the hedge at ``a``..``b`` "one might say" (a modal between) before a quotation or a
    colon: "One might say “I got moofed”."?"""
    if b - a != 2 or lw[a] != _ONE or lw[a + 1] not in _MODALS or lw[b] not in _SAY:
        return False
    rest = prose[words[b].end : words[b].end + 16].lstrip(" ,\u00a0\n\t")  # a line break and its indent
    return rest[:1] in _OPENERS


def in_sense_definition(lw, words, prose: str, a: int) -> bool:
    """Is the hedge at ``a`` in a relative clause of the kind a sense line ("Used of a change to
    a program that is thought to be trivial") says the word is used of?"""
    k = 0
    while k < len(lw) - 1 and k < 2 and lw[k] in _SENSE_LEAD:
        k += 1
    if k + 1 >= a or lw[k] != _SENSE_VERB or not words[0].text[:1].isupper():
        return False  # not a sense line: "The flag is used of", a line that opens in lower case
    after = lw[k + 1]
    if after not in _SENSE_NEXT and not ly_adverb(after, 4):
        return False  # "Used cars that are believed to be stolen": an adjective, not a sense line
    for r in range(a - 1, max(k, a - 1 - _RELATIVE_REACH), -1):
        if any(m in prose[words[r].end : words[r + 1].start] for m in _CLAUSE_MARKS):
            return False  # "..., much of which ... but is believed": a mark in the hedge's clause
        if lw[r] in _CLAUSE_OPENERS:
            return False  # "tools that nobody reads because it is thought": a clause of its own
        if lw[r] in _RELATIVES:
            if lw[r - 1] == "of":
                return False  # "many of which are believed to": a partitive adds a claim about them
            return not any(m in prose[words[r - 1].end : words[r].start] for m in _CLAUSE_MARKS)
    return False


def quoted_speech(lw, words, prose: str, a: int, b: int) -> bool:
    """Is the hedge at ``a``..``b`` "They say" (or "said") before a quotation or a colon: the
    words of a party named before, given as theirs?"""
    if b != a + 1 or lw[a] != _THEY or lw[b] not in _THEY_SAY:
        return False
    rest = prose[words[b].end : words[b].end + 16].lstrip(" ,\u00a0\n\t")
    return rest[:1] in _OPENERS


@per_sentence
def _inner_openers(lw, words, prose: str) -> tuple:
    """The indexes of the sentence's condition and time words (the last word of each opener) and
    of the words a clause mark follows, sorted (once per sentence: a sentence of thousands of
    words and many hedges stays linear)."""
    openers = []
    for k, w in enumerate(lw):
        if w in _INNER_ONE:
            openers.append(k)
        elif w in _INNER_TWO and k and lw[k - 1] == _INNER_TWO[w] and (w != "soon" or (k + 1 < len(lw) and lw[k + 1] == "as")):
            openers.append(k + 1 if w == "soon" else k)
    marks = []
    if openers:
        marks = clause_marks(lw, words, prose)
    return openers, marks


def in_inner_premise(lw, words, prose: str, a: int, b: int) -> bool:
    """Does the hedge of words ``a``..``b`` stand in a condition or a time still to come that
    opens inside the sentence ("until it is understood that", "the moment it is known that")?"""
    openers, marks = _inner_openers(lw, words, prose)
    c = bisect_left(openers, a)
    if c == 0:
        return False
    o = openers[c - 1]
    if a - o > _INNER_REACH or lw[o + 1] in _NO_SUBJECT:
        return False  # "when in motion was sometimes described as": no clause of its own
    if lw[o] == "when" and o and lw[o - 1] in _TIME_NOUNS:
        return False  # "at a time when experts say the economy is slowing": a relative, a claim
    m = bisect_left(marks, a)
    if m and marks[m - 1] >= o:
        return False  # "until next year, it is said": the hedge is past the clause
    # a past narrates an event, which happened as told ("July 12, when researchers found it",
    # "when it apparently struck an object"): read from the opener to the hedge and the two
    # words after it, short of its "that" (the content's own tense: "when the critics argue that
    # enclosures increased ...") and of a clause mark
    end = min(b + _AFTER_HEDGE, len(lw) - 1, marks[m] if m < len(marks) else len(lw) - 1)
    for k in range(o + 1, end + 1):
        if k > b and lw[k] == "that":
            break
        if past_verb(lw, k) and not (a <= k <= b and _PRESENT_BE.intersection(lw[a:k])):
            return False  # (not "is also considered": a present passive, its adverb between)
    return True
