"""Where a booster stands in its clause: tests that decide whether HC102 reports it.

* one claim, one finding: a second booster in the same clause insists on the claim the first
  already insists on ("which would certainly alter it, and definitely for the better", a
  speaker's "we all know -- now, we all know -- we all know that ..."); the editor needs one
  message, not two (issue 11, thirteenth session: five such second findings in three labelled
  sets, all wrong, none right);
* a booster set off by commas just after the word that opens a condition ("unless, of course,
  we have ..."): inside the condition, like "unless the request clearly needs" (confidence's
  ``hypothetical``, which stops at the comma);
* "make ... clear" is manner, how a thing was said or written ("We made the law crystal clear"),
  not certainty about a claim (RULES 5), as ``_clarity`` already holds for "make it clear";
* a sentence that opens on a booster and is answered by a turn in the next one ("Unquestionably
  Trujillo did some good things for his country ... But the price was ...", "I am sure the
  algorithm can be improved ... However, ...") concedes a point before the writer's own: kept,
  at ``info`` (the writer may also mean it);
* "of course" at the sentence's edge in technical writing ("Of course, this switched off all
  warnings, even the useful ones", "There are many ways of maintaining a private branch, of
  course."): it grants a caveat, a drawback or another way before the writer goes on with their
  own, and is not reported there (hedging._wrong_in_documentation; info elsewhere);
* "and in fact" joining a second clause inside the sentence in technical writing ("It's
  straightforward to combine pickle and a database module, and in fact the shelve module does
  this", "they may and in fact do differ"): the clause before is its ground, and "in fact" adds
  what follows from it; not reported there (hedging._wrong_in_documentation);
* a sentence that opens by pointing at the ground the text has just given ("In other words, ...",
  "From the above diagram, it is obvious that ...", "This means ..."): the certainty rests on that
  ground; not reported in any genre (``after_ground_given``);
* in technical writing, a booster in what follows from a condition that opens its clause, once
  the condition has closed with a comma ("If there are many rows ..., this is clearly an
  inefficient method", "...; if you start from an odd boundary, of course, you have BEEFDEAD"):
  the certainty is drawn from the premise just set up; not reported there
  (``after_opening_condition``; hedging reads the genre);
* "believe me" and "trust me" are boosters only as an appeal to the reader, at the head of the
  sentence or set off by a comma ("Believe me, there was no guarantee"); not "Don't believe
  me?" nor "asks you to trust me";
* "surely" before what the speaker and the listeners can or should do ("But surely we can
  understand a father who fears ...", "surely we can try harder", "Surely those of us who stay
  at home should be glad to help") calls on them; it puts no claim beyond doubt. Not "surely we
  can agree that ..." nor "surely we can all see ...": assent to a claim (``calls_on_us``);
* "there is no question" is a booster before its claim, not as the plain noun ("There is no
  question mark after the title", ``question_as_noun``).

Words are the sentence's normalised words (``norm_words``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from prosecheck.lazyre import lazy
from prosecheck.checks.lexicon import norm_words
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.sentence_memo import clause_marks, per_sentence
from prosecheck.checks.word_gaps import between

# Between two boosters, a turn to another claim: "X is definitely common sense, but Y
# definitely overshoots its usefulness" holds two claims (vault-docs marks both).
_TURN = frozenset({"but", "yet", "whereas", "while"})


# A colon or a semicolon between the two opens another clause: "You certainly need no wizardry:
# the new parser is obviously faster" holds two claims.
_CLAUSE_BREAKS = (":", ";")


def repeats_claim(lw, previous_end: int, b: int, words, prose: str) -> bool:
    """The booster at ``b`` follows another reported booster of the sentence (which ended at
    ``previous_end``) with no turn and no new clause between: it insists on the same claim."""
    if previous_end < 0:
        return False
    turns, breaks = _turns_and_breaks(lw, words, prose)
    t = bisect_right(turns, previous_end)
    if t < len(turns) and turns[t] < b:
        return False
    k = bisect_left(breaks, words[previous_end].end)
    return not (k < len(breaks) and breaks[k] < words[b].start)


# The sentence _turns_and_breaks last indexed: one (sentence words, index) pair, read and
# replaced whole (a second thread costs a rescan, never a wrong answer). When every booster of
# a sentence repeats the first, the span between them grows with each: a sentence of thousands
# of boosters (a paragraph with no full stop) was quadratic.
_TURNS_AND_BREAKS_OF: list = [(None, None)]


def _turns_and_breaks(lw, words, prose: str) -> tuple:
    """The indexes of the sentence's turn words, and where in ``prose`` its colons and semicolons
    stand, both sorted."""
    seen, found = _TURNS_AND_BREAKS_OF[0]
    if seen is lw:
        return found
    turns = [k for k, w in enumerate(lw) if w in _TURN]
    start, end = words[0].start, words[len(lw) - 1].end
    breaks = [m.start() for m in _BREAK_RE.finditer(prose, start, end)]
    found = (turns, breaks)
    _TURNS_AND_BREAKS_OF[0] = (lw, found)
    return found


_BREAK_RE = lazy("|".join(re.escape(m) for m in _CLAUSE_BREAKS))
# The memo read from other modules too (inference_marked, boostprec49).
turns_and_breaks = _turns_and_breaks


# A clause of technical writing that opens on a condition, and the booster in what follows from
# it once the condition has closed with a comma ("If there are many rows in test1 and only a few
# that would be returned by such a query, this is clearly an inefficient method", "If you change
# the number of digits in your version scheme, you can confuse these systems ..., which is
# obviously bad", "...; if you start from an odd half-word boundary, of course, you have
# BEEFDEAD"): the certainty is drawn from the premise the sentence has just set up, the sets'
# W4 and D6 ("follows from what the text has just given", "the reason is in the sentence"), not
# the writer's word on a claim about the world. Issue 11, twenty-fifth session (task docs25):
# over the thirty-seven sets eight findings so placed in technical writing, six wrong in five
# sets (vise, whet, wedge, punch, plumb: five traps and one unlabelled) and two right (real-docs'
# "If it's Zope3-the-web-framework, Pyramid is *definitely* not that", wedge-docs' "(When running
# a test suite other than the core tests, these files of course appear in ..."); on the
# benchmark corpus four findings, all wrong by the sets' rules. Only in technical writing
# (hedging reads Document.technical): in speeches the same shape argues ("If John F. Kennedy and
# Ronald Reagan could negotiate ..., then surely ...", saw-docs' positive). Not across a turn
# ("When you hit a revert, what you're hitting is ... (but obviously in reverse)": awl-docs'
# positive, the booster in a clause of its own) nor a colon or semicolon; not "rest assured",
# an appeal whose certainty lands on the claim after it (readers_condition holds the same).
_OPENING_CONDITIONS = frozenset({"if", "when", "whenever", "once", "unless"})
# Words that may open the clause before the condition: "And if ...", "So when ...".
_CONDITION_LEADS = frozenset({"and", "but", "so", "now", "then"})
# "Once again, ...", "once more", "Once upon a time": the adverb, no condition.
_ONCE_ADVERBIAL = frozenset({"again", "more", "upon"})
_COMMA_RE = lazy(",")
# The sentence _condition_closes last indexed (as _TURNS_AND_BREAKS_OF: one pair, read and
# replaced whole): a sentence of many boosters asks once per booster.
_CONDITION_CLOSES_OF: list = [(None, None)]


def _condition_closes(lw, words, prose: str) -> list:
    """Where in ``prose`` the commas stand that close a condition opening a clause of the
    sentence (its first word, or the first after a colon or semicolon), sorted: read once per
    sentence."""
    seen, found = _CONDITION_CLOSES_OF[0]
    if seen is lw:
        return found
    n = len(lw)
    start, end = words[0].start, words[n - 1].end
    breaks = _turns_and_breaks(lw, words, prose)[1]
    commas = [m.start() for m in _COMMA_RE.finditer(prose, start, end)]
    found = []
    k, br = 0, 0  # k: the clause's first word; br: the next break after it
    while k < n:
        while br < len(breaks) and breaks[br] <= words[k].start:
            br += 1
        clause_end = breaks[br] if br < len(breaks) else end
        c = k + 1 if lw[k] in _CONDITION_LEADS and k + 1 < n else k
        if (lw[c] in _OPENING_CONDITIONS and words[c].start < clause_end
                and not (c + 1 < n and lw[c + 1] in _ONCE_ADVERBIAL)):
            m = bisect_left(commas, words[c].end)
            if m < len(commas) and commas[m] < clause_end:
                found.append(commas[m])
        if br >= len(breaks):
            break
        # the next clause opens on the first word after the break
        k = _first_word_after(words, k, n, breaks[br])
    _CONDITION_CLOSES_OF[0] = (lw, found)
    return found


def _first_word_after(words, k: int, n: int, at: int) -> int:
    """The index of the first word from ``k`` on that starts after ``at`` (the walk goes on from
    there: each word is passed once per sentence)."""
    while k < n and words[k].start < at:
        k += 1
    return k


def after_opening_condition(lw, b: int, words, prose: str) -> bool:
    """The booster at ``b`` stands after the comma that closes a condition opening its clause,
    with no turn word, colon or semicolon between that comma and the booster."""
    if lw[b] == "rest":
        return False  # "If you develop ..., you can rest assured that ...": an appeal
    closes = _condition_closes(lw, words, prose)
    if not closes:
        return False
    at = words[b].start
    m = bisect_right(closes, at) - 1
    if m < 0:
        return False
    comma = closes[m]
    turns, breaks = _turns_and_breaks(lw, words, prose)
    k = bisect_right(breaks, comma)
    if k < len(breaks) and breaks[k] < at:
        return False
    t = bisect_left(turns, _word_at(words, comma))
    return not (t < len(turns) and turns[t] < b)


def _word_at(words, offset: int) -> int:
    """The index of the first word that starts after ``offset`` (binary search over the words)."""
    return bisect_right(words, offset, key=_start)


def _start(word) -> int:
    return word.start


# A booster inside a clause that sets a limit, of time or of case: "until it is certain that the
# result cannot be obtained", "in a context where it is clear that they are intended to be an
# identifier", "never will cease from agitation until clearly established by the people". The
# clause names the point or the case at which something holds, as a condition does
# (confidence.hypothetical: "if", "unless", "whether", "when"); the certainty is that case's, not
# a claim the writer makes. Issue 11, thirty-first session (boost31): three wrong findings of the
# fifty-five sets (spoke-docs and tenon-docs among the older, hatchet-docs among the newest),
# no right one. The limit word must open the booster's clause with no clause mark between
# (sentence_memo.CLAUSE_MARKS): "Until last year, it was clearly the fastest" is the main clause.
# And the booster must open the limit's clause, within three words of its word ("until it is
# certain", "where it is clear", "until clearly established"): a long relative "where" clause
# goes on into clauses of its own ("a point where we can stop and witness the effect of ... the
# abuses which certainly did exist", ratchet-docs, right).
_LIMIT_REACH = 3
_LIMITS = frozenset({"until", "till", "where", "wherever"})


@per_sentence
def _limit_marks(lw, words, prose: str) -> tuple:
    """The indexes of the sentence's limit words, and of the words a clause mark follows (once
    per sentence: a sentence of thousands of words and many boosters stays linear)."""
    limits = [k for k, w in enumerate(lw) if w in _LIMITS]
    marks = []
    if limits:
        marks = clause_marks(lw, words, prose)
    return limits, marks


def in_limit_clause(lw, words, prose: str, a: int) -> bool:
    """The booster at ``a`` stands in a clause opened by "until" or "where" earlier in the
    sentence, with no clause mark from that word to the booster."""
    limits, marks = _limit_marks(lw, words, prose)
    c = bisect_left(limits, a)
    if c == 0:
        return False
    if a - limits[c - 1] > _LIMIT_REACH:
        return False  # "a point where we can stop and witness ... the abuses which certainly did exist"
    m = bisect_left(marks, a)
    return m == 0 or marks[m - 1] < limits[c - 1]


# Conditions whose word a booster may follow, set off by commas: "unless, of course, we have".
_CONDITIONS = frozenset({"if", "unless", "whether", "when"})


def after_condition(lw, b: int) -> bool:
    """ "unless, of course, we have unwittingly become ...": the booster is inside the condition."""
    return b > 0 and lw[b - 1] in _CONDITIONS


# A booster set off by commas right after an auxiliary interrupts the verb of its clause ("If
# they had, in fact, invested in the production ...", "whether it would, in fact, be ..."): the
# clause goes on past the second comma, so a condition that opened it still holds the booster,
# though the comma before the booster reads as a clause mark (confidence.hypothetical then asks
# about the auxiliary instead). Not a booster set off after a noun or a pronoun ("If you build
# it, of course, they will come": the main clause). Issue 11, twenty-fifth session (boost25):
# vise-docs' trap, the one such finding over the thirty-seven sets, and a repair of the
# condition test rather than a class of its own.
_AUXILIARIES = frozenset("is are was were be been am has have had do does did can could will would shall should may might must".split())


def set_off_in_verb(lw, b: int, bend: int, words, prose: str) -> bool:
    """The booster ``b``..``bend`` stands between commas right after an auxiliary."""
    if b < 1 or bend + 1 >= len(lw) or lw[b - 1] not in _AUXILIARIES:
        return False
    return "," in prose[words[b - 1].end : words[b].start] and "," in prose[words[bend].end : words[bend + 1].start]


_MAKE = frozenset("make makes made making".split())
_CLARITY = frozenset({"clear", "plain", "obvious", "evident"})


def made_clear(lw, b: int, bend: int) -> bool:
    """ "We made the law crystal clear", "make it abundantly clear": the manner of saying; the
    booster may be the clarity word or the adverb before it ("made it unmistakably clear")."""
    clarity = lw[bend] in _CLARITY or (bend + 1 < len(lw) and lw[bend + 1] in _CLARITY)
    return clarity and not _MAKE.isdisjoint(lw[max(0, b - 4) : b])


_APPEALS = (["believe", "me"], ["trust", "me"])
# Words that may open the sentence before the appeal: "And believe me, ...", "Oh, trust me".
_LEADS = frozenset("and but so oh well now".split())
_SET_OFF = (",", "\u2014", "\u2013", " -", ":", "(")


def not_an_appeal(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "believe me" / "trust me" inside a clause ("Don't believe me?", "asks you to trust
    me"): not the writer's appeal to the reader to take the claim on trust."""
    if lw[b : bend + 1] not in _APPEALS or b == 0 or lw[b - 1] in _LEADS:
        return False
    return not any(m in prose[words[b - 1].end : words[b].start] for m in _SET_OFF)


def appeal_alone(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "Believe me." or "Trust me!" as a whole sentence closed by a full stop or an exclamation
    mark: the speaker's appeal to take the claim around it on trust (swarf-docs' "We will be doing
    very much better with Mexico on trade deals. Believe me." twice, spindle-docs' "Believe me!!";
    issue 11, fifty-fourth session, certain54), not the word alone as a list item, which has no
    closing mark (HC102's test of a sentence that is nothing but its booster)."""
    if b != 0 or bend != len(lw) - 1 or lw[b : bend + 1] not in _APPEALS:
        return False
    return prose[words[bend].end : words[bend].end + 1] in (".", "!")


# "doubtless" or "no doubt" on what the addressee knows, thinks or will do (issue 11, thirty-eighth
# session, hc38): "you will doubtless amend it in that particular", "you will doubtless think this
# institution worthy of a review" (a President to Congress), "You're doubtless familiar with how
# function calls work". The writer presumes on the reader's or the audience's own mind or act, a
# courtesy, and vouches for no claim about the world (gauge S372's forecast and S440's deference).
# Over the seventy-six sets (``eval/pooled_misses.py --hc38``) the three such boosters reported
# were all traps (lug, punch, peg), and no positive has the shape. Not "surely", "certainly" or
# "undoubtedly": "You will surely love the new dashboard" promises what a product does for the
# reader (tests/data/claims.tsv's marketing sentence), and rasp-docs' trap "you certainly feel no
# safer" is left reported with it. "you", at most one auxiliary, then the adverb.
_YOU = frozenset({"you", "you're", "you'll", "you'd", "you've"})
_YOUR_AUXILIARIES = frozenset("will would are were may might must have had can could should do did".split())
_PRESUMING = frozenset({("doubtless",), ("no", "doubt")})


def of_the_addressee(lw, b: int, bend: int) -> bool:
    """The booster ``b``..``bend`` ("doubtless", "no doubt") right after "you" and at most one
    auxiliary ("you will doubtless amend it", "You're doubtless familiar with")."""
    if tuple(lw[b : bend + 1]) not in _PRESUMING:
        return False
    k = b - 1
    if k >= 1 and lw[k] in _YOUR_AUXILIARIES:
        k -= 1
    return k >= 0 and lw[k] in _YOU


# "surely" calling on the speaker and the listeners (issue 11, twenty-third session; hone-docs'
# S20): "surely" + "we" (or "those of us", "all of us") + a modal of ability or duty + a verb of
# doing or feeling ("But surely we can understand a father who fears his son can't walk home",
# "surely we can try harder -- in concert with key players", "Surely those of us who stay at home
# should be glad to help"): an exhortation, like brace-docs' Z3, not certainty on a claim. Over
# the thirty-two sets all four such findings were traps (ember, hone twice, whet), none right.
# Assent and perception take a claim and stay findings ("surely we can agree it's a good thing
# that teen pregnancies ... are nearing alltime lows", "surely we can all see something of
# ourselves in ...": hone's positives), and so does any verb before "that" ("surely we can
# understand that ..."). Not "surely we will" (a forecast) nor another subject ("Surely they
# can work", kiln's positive).
_US = (["we"], ["those", "of", "us"], ["all", "of", "us"], ["each", "of", "us"])
_CALL_MODALS = frozenset("can should must ought could".split())
_ASSENT = frozenset("agree see recognize recognise acknowledge admit accept concede know grant".split())
# Between the modal and its verb: "we can all see", "we should at least try", "ought to".
_BEFORE_VERB = frozenset("all both also at least still to".split())
# Words a relative clause on "those of us" may run to before its modal ("who stay at home").
_RELATIVE_WORDS = 8


def calls_on_us(lw, b: int, bend: int) -> bool:
    """ "surely" at ``b`` opens "we can/should <verb>" whose verb is no assent (see above)."""
    if b != bend or lw[b] != "surely":
        return False
    n = len(lw)
    j = b + 1
    for us in _US:
        if lw[j : j + len(us)] == us:
            j += len(us)
            break
    else:
        return False
    if len(us) > 1 and j < n and lw[j] in ("who", "that"):
        # "those of us who stay at home should": the modal after the relative clause
        stop = min(n, j + _RELATIVE_WORDS)
        while j < stop and lw[j] not in _CALL_MODALS:
            j += 1
    if j >= n or lw[j] not in _CALL_MODALS:
        return False
    v = j + 1
    while v < n and lw[v] in _BEFORE_VERB:
        v += 1
    if v >= n or not lw[v].isalpha():
        return False
    return lw[v] not in _ASSENT and not (v + 1 < n and lw[v + 1] == "that")


# "There is no question mark after the title", "there's no question to answer", "There was no
# question left in the tracker": "question" the noun, not the entries' "no question that ...".
_QUESTION_NOUN_AFTER = frozenset("mark marks to asked left pending open here yet".split())


def question_as_noun(lw, bend: int) -> bool:
    """The entry ends on "question" at ``bend`` and the next word makes it the plain noun; or
    "of" and a gerund follow it: "There is no question of cutting corners", "there was no question
    of applying social democratic tactics" say that a course is not open, not that a claim is
    beyond doubt (issue 11, sixtieth session, source60: gib-docs' trap, gauge S372, and gauge-docs'
    wrong finding; "There can be no question of the ethical propriety", dowel-docs' positive, is
    doubt denied and stays)."""
    if lw[bend] != "question" or bend + 1 >= len(lw):
        return False
    if lw[bend + 1] == "of":
        return bend + 2 < len(lw) and lw[bend + 2].endswith("ing") and len(lw[bend + 2]) > 4
    return lw[bend + 1] in _QUESTION_NOUN_AFTER


# "a change of course which will ...", "as a matter of course", "a sudden reversal of course":
# "course" the noun (a direction, a routine) governed by "of" after the noun it belongs to, not
# the adverb "of course" (hoe-docs' S141 trap; issue 11, thirty-first session). Only these head
# nouns, right before "of" with nothing between: "the rest of course" or "this of course" may be
# the adverb with its commas left out, and stay findings.
_COURSE_HEADS = frozenset("change changes reversal reversals matter correction corrections shift alteration deviation".split())


def course_as_noun(lw, b: int, bend: int, words, prose: str) -> bool:
    """The entry is "of course" at ``b`` right after a head noun of a direction or a routine."""
    if lw[b : bend + 1] != ["of", "course"] or not b or lw[b - 1] not in _COURSE_HEADS:
        return False
    return not prose[words[b - 1].end : words[b].start].strip()


# "Of course" opening a sentence, or closing it after a comma, in technical writing: it grants a
# caveat, a drawback or another way ("Of course, every application is different, and so ...",
# "Of course, Alpine can use any IMAP server", "The same thing can be done with an enterprise
# database, of course.") far more often than it vouches for a claim. Over the thirty sets (issue
# 11, twenty-second session) 13 wrong findings of technical writing so placed, in eleven sets,
# against 3 right (blind, unseen, vise), and the corpus's 16 such findings were all caveats, the
# product's own behaviour or a list's last item; "And, of course, ..." (an item the writer adds
# and insists on: 2 right, none wrong)
# and "of course" inside the clause are left as they were, and a short answer ("Of course it's
# not!", at most three words after it) is the reply's certainty, not a caveat.
_REPLY_WORDS = 3


def of_course_at_edge(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "of course" opening the sentence (more than a short reply after it) or closing it after a
    comma."""
    if lw[b : bend + 1] != ["of", "course"]:
        return False
    if b == 0:
        return len(lw) - bend - 1 > _REPLY_WORDS
    return bend == len(lw) - 1 and "," in prose[words[b - 1].end : words[b].start]


# "of course" inside the sentence in technical writing, past its first word and not after "and":
# what the reader is taken to know from the text just given ("The high half of a 512K PDP-10's
# physical address space; the other half was of course the low moby", "This of course makes
# transporting files ... more difficult" after the cause), a joke's punchline or irony ("The
# chips were, of course, hex inverters", "(critics, of course, call it ...)"), an exception
# granted ("Except, of course, for all the others") or the writer's own inference ("So of course
# it's much better as it's O(N * T)"): the ground is the text around it (RULES-ADDENDUM W4, M8,
# M10). Issue 11, twenty-sixth session (boost26), over the forty sets: 11 wrong findings so placed
# in nine sets (sledge 3, trowel, plumb, punch, rasp, adze, loft, real, vault) against 7 right in
# six (clamp's "The most well-known family of copyleft licenses is, of course, the GNU General
# Public License", loft's "In the mean time, of course, lots of people have found many
# applications", real, saw, vault, wedge twice: "(All of this is of course invisible to the
# user."): a narrow margin. Not "And of
# course" / "And, of course," opening the sentence nor "and of course" adding a list's last item
# (an item the writer adds and insists on: right 4 times, hearth, gouge, awl, clamp, none wrong);
# at the sentence's edge see of_course_at_edge; outside technical writing info, as before.
def of_course_inside(lw, b: int, bend: int) -> bool:
    """ "of course" past the sentence's first word, not right after "and"."""
    return lw[b : bend + 1] == ["of", "course"] and b > 0 and lw[b - 1] != "and"


# "of course" anywhere in a sentence whose next sentence in the paragraph opens on a turn ("The
# economic toll ... is important, of course. But it is our health ...", "Of course, change this
# profound is both liberating and threatening to people. But there's no turning back.", "Not all
# St. Louis industries, of course, have a market area confined to the immediate neighborhood.
# But for those which do, ..."): the speaker grants a point before answering it (RULES-ADDENDUM
# M8), in any genre. Issue 11, twenty-fifth session (boost25), over the thirty-seven sets: 4
# wrong findings so placed in three sets (adze, anvil, quarry twice) against 1 right (bellows'
# "The people hardest hit by this suspicion are, of course, Christians on the mainland of China.
# But the problem extends elsewhere."). Only "of course", the booster that concedes as often as
# it insists; the thirteenth session's wider shape (any booster opening a sentence answered by
# a turn) stays at info outside technical writing, where the writer may also mean it.
def of_course_before_turn(support, sentence, lw, b: int, bend: int) -> bool:
    """ "of course" in ``sentence`` and a turn opening the next sentence (turn_opens_next)."""
    return lw[b : bend + 1] == ["of", "course"] and turn_opens_next(support, sentence)


# A concessive booster answered by a turn inside its own sentence: "certainly", "obviously",
# "surely", "undoubtedly" or "no doubt" and, after it, "but" or "yet" opening a clause after a
# comma or another clause mark ("The old output is certainly readable, but close comparison showed
# a lot of errors", "Obviously, voluntary conservation continues to be essential, but tougher
# programs are needed", "it's certainly safer, but not necessarily better", "this is surely not a
# technical issue, but we should ..."): the writer grants a point in order to turn from it (kiln
# M8, RULES 5's "To be sure"). Such findings were info since the thirty-eighth session (a later
# turn after a mark, hedging._booster_tier); over the seventy-nine sets before dado they were
# right 4 times in three sets (flute 2, news-dev, spoke) and wrong 15 times in thirteen (cleat 2,
# ember 2, flute, froe, gauge, gimlet, hoe, lug, mandrel, pawl, sickle, spline, tenon), in spindle
# wrong once: not reported since the fortieth session (prec40). Other boosters before such a turn
# ("clearly", "definitely", "indeed", the knowers: right about as often as wrong) keep their tier.
_CONCEDING = frozenset({("certainly",), ("obviously",), ("surely",), ("undoubtedly",), ("no", "doubt")})
_CLAUSE_TURNS = frozenset({"but", "yet"})


@per_sentence
def _clause_turns(lw, words, prose: str) -> list:
    """The indexes of the sentence's "but" and "yet" that open a clause after a mark, in order
    (once per sentence, from sentence_memo.clause_marks)."""
    return [k + 1 for k in clause_marks(lw, words, prose) if k + 1 < len(lw) and lw[k + 1] in _CLAUSE_TURNS]


def concedes_before_turn(lw, b: int, bend: int, words, prose: str) -> bool:
    """A concessive booster at ``b``..``bend`` with "but" or "yet" opening a later clause of its
    sentence (one bisection)."""
    if tuple(lw[b : bend + 1]) not in _CONCEDING:
        return False
    turns = _clause_turns(lw, words, prose)
    return bisect_right(turns, bend) < len(turns)


# "and in fact" inside the sentence, in technical writing: the clause before gives the ground and
# "in fact" goes one step further from it ("It does not mean SBCL can't be used interactively, and
# in fact the change is largely invisible to the casual user, since ..."). Over the thirty sets
# (issue 11, twenty-second session) 3 wrong findings so placed, in three sets (cellar, clamp,
# vault), and no right one; not "and indeed" (2 right, 2 wrong: "and indeed it is well known
# that ...", "(and indeed, many exist)"), not "And in fact" opening the sentence (right in
# speeches and weblogs: auger, fresh).
def and_in_fact(lw, b: int, bend: int) -> bool:
    """ "in fact" right after "and", neither opening the sentence."""
    return b > 1 and lw[b - 1] == "and" and lw[b : bend + 1] == ["in", "fact"]


# Plain "clearly" inside its clause (the adverb alone, at info everywhere since it grades as often
# as it insists: hedging._booster_tier) in technical writing: there it marks what follows from the
# ground the sentence or the text has just given ("This system is clearly not infallible; critical
# bugs are regularly found in packages included in Testing", "avoid doing this early in
# development as it is clearly a premature optimization") or the writers' own rule or design,
# more often than it puts a disputed claim beyond doubt (RULES-ADDENDUM W4, D4, D6). Not
# "Clearly" opening the sentence, which comments on the whole claim ("Clearly, Octave is now much
# more than ...", "Clearly this tool is the answer."): right as often as wrong on the sets, so
# left at info. Issue 11, twenty-sixth session (docs26); the figures are on HC102's code page.
# ... unless a ranking follows it closely: "Harbor is clearly the best choice", "clearly superior
# to", "clearly better than": there "clearly" vouches for the ranking, a claim about rivals, not a
# step drawn from the ground at hand (the README's press release; lead's narrowing of docs26).
_RANKING_AFTER = frozenset(
    "best worst most least only better worse superior inferior greatest finest fastest leading top".split()
)


def clearly_inside(lw, b: int, bend: int) -> bool:
    """The entry is the single word "clearly", not the sentence's first word, and no ranking
    word stands in the three words after it."""
    if not (bend == b and b > 0 and lw[b] == "clearly"):
        return False
    return not any(w in _RANKING_AFTER for w in lw[b + 1 : b + 4])


# Inside the sentence, in technical writing, "indeed" is the writer's own emphasis, not a claim
# put beyond doubt: it adds a further point ("; indeed, hackers may come to know each other",
# "is not to repeat the work done by these projects, indeed, Debian benefits from it") or
# confirms what the text has just told ("'mbogo' is indeed a Ki-Swahili word", "Since this is
# indeed the simplest method", "I was lucky that it was indeed a single byte", "is, indeed, a
# powerful feature, and it is used within the kernel"), and the ground is the text around it
# (RULES-ADDENDUM M5, W4). Issue 11, twenty-sixth session (boost26), over the forty sets: 6 wrong
# findings so placed in four sets (trowel 2, sledge 2, awl, punch) and none right. Not "and indeed" (blind's
# "and indeed it is well known that bugs should be fixed" and real's "And indeed that is something
# you see throughout the standard library" are right, cellar's "and indeed as it processes it"
# wrong), not "indeed" closing its clause right after the noun it stresses ("a very important
# role indeed.", "is little security indeed": hedging._postposed, a judgement insisted on, right
# in real-docs twice), not "Indeed" opening the sentence (right 4 times of 4 in
# technical writing: fresh twice, cellar, awl), not "indeed" inside the sentence elsewhere
# (speeches, essays: right about two times in three).
def indeed_inside(lw, b: int, bend: int) -> bool:
    """ "indeed" alone, not the sentence's first word, not right after "and"."""
    return bend == b and b > 0 and lw[b] == "indeed" and lw[b - 1] != "and"


# "indeed" inside the sentence meaning "and even" (RULES-ADDENDUM kiln M5): set off by a comma or
# a dash, or after "and", and followed by a preposition, it widens a span or a scope the clause
# has just named ("a serious challenge to the United States and indeed to all the nations of the
# world", "in all Asia, and, indeed, in all of the world", "after eating at The Good Earth --
# indeed, after every lunch and dinner"): the phrase after it is the clause's own phrase taken
# further, not a claim put beyond doubt. Issue 11, twenty-ninth session (boost29), over the
# forty-nine sets: 4 wrong findings so placed in four sets (plumb, sledge, rake, pick), none
# right. Not "indeed" before a clause ("; indeed, it is its prime responsibility", "(and indeed,
# many exist)": right), nor before "that" ("Indeed -- indeed, that is the question of the hour").
WIDENING_PREPOSITIONS = frozenset(
    "to in into for of at on upon from after before by with within without throughout across "
    "among amongst beyond under over during since until".split()
)


def indeed_widens(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "indeed" alone inside the sentence, after "and" or set off by a comma or a dash, with a
    preposition right after it."""
    if not (bend == b and b > 0 and lw[b] == "indeed" and b + 1 < len(lw)):
        return False
    if lw[b + 1] not in WIDENING_PREPOSITIONS:
        return False
    gap = prose[words[b - 1].end : words[b].start]
    return lw[b - 1] == "and" or "," in gap or any(d in gap for d in ("-", "\u2013", "\u2014"))


# "indeed" right after "and", "but" or "or" inside the sentence (commas around it or not): the
# connective of RULES-ADDENDUM kiln M5, "and even", that adds a further point to the clause before
# ("the checks are also done by valgrind (and, indeed, Valgrind does them better)", "does not
# produce such structures and, indeed, hinders them", "is not pejorative and indeed is casually
# used"): the writer takes the clause further, it does not put a claim beyond doubt. Issue 11,
# fortieth session (prec40), over the seventy-nine sets before dado: 16 such findings (all info)
# wrong in thirteen sets (cellar, clamp, sledge, bevel, dowel, hatchet twice, shim, pawl, cleat,
# gauge twice, nib, peg) and 5 right in five (blind, sealed, ratchet, burin, chock); in dado and
# ferrule 2 wrong, none right. Not "And indeed" opening the sentence (real's "And indeed that is
# something you see throughout the standard library", right), which stays.
_ADDING = frozenset({"and", "but", "or"})


def indeed_adds(lw, b: int, bend: int) -> bool:
    """ "indeed" alone after "and", "but" or "or" that is not the sentence's first word."""
    return bend == b and b > 1 and lw[b] == "indeed" and lw[b - 1] in _ADDING


# "indeed" set off by commas inside its clause, after a noun, a pronoun, an adverb or a modal
# rather than a form of "be", "do" or "have" ("In some, indeed, alarms were at first conceived,
# until ...", "It may partly, indeed, be applied toward ...", "The issue of some of them, indeed,
# is still depending, but ...", "our responsibility, indeed, our moral obligation", "His whole
# objection, indeed, seems to rise out of ..."): the old connective, "it is true" granting a
# point before a turn, or "and even" taking the clause a step further, as after "and"
# (``indeed_adds``); the commas on both sides make it an aside, not the stress of the word before
# it that a postposed "indeed" closing its clause gives ("a bad combination indeed, as ...",
# hedging._postposed, which read these too). After a form of "be", "do" or "have" it confirms the
# predicate ("was, indeed, brilliant", hedging._indeed_after_copula) and stays. Issue 11,
# fifty-first session (boostprec51), over the one hundred and twelve sets before mattock by the
# sentence pairing: 14 wrong findings in fourteen sets (adze, arbor, chamfer, gimlet, gusset,
# pincer, plumb, rabbet, reamer, scorp, sickle, spindle, trammel's "This, indeed, has been the
# foundation", wrench), all info, against 1 right (gusset's "the town of Norfolk, indeed, being
# threatened"); among the newest three sprig's verse "On every wind, indeed, that blows".
_CONFIRMING = frozenset("is are was were be been being am 's do does did has have had".split())
# After a lead word "indeed" opens the clause, as at the sentence's head: "And, indeed, nothing
# more harmful could happen to the silver interest" (pawl, right); "and, indeed," inside the
# sentence is ``indeed_adds``'.
_LEADS_BEFORE_INDEED = frozenset("and but or nor so yet for".split())


def indeed_set_off(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "indeed" alone, not the sentence's first word, with a comma right before and right after
    it, after a word that is not a form of "be", "do" or "have"."""
    if bend != b or b == 0 or bend + 1 >= len(lw) or lw[b] != "indeed" or lw[b - 1] in _CONFIRMING:
        return False
    if lw[b - 1] in _LEADS_BEFORE_INDEED:
        return False  # "And, indeed, nothing more harmful could happen": the sentence's head (info)
    return "," in prose[words[b - 1].end : words[b].start] and "," in prose[words[b].end : words[b + 1].start]


# A booster that vouches for a judgement of need or advisability (RULES-ADDENDUM real A9:
# "certainty about advice or about what ought to be"): "It is obviously a good idea not to have
# commits that break things", "deployment will definitely be necessary", "It would clearly be
# unwise for us to attempt ...", "drainage which is certainly more desirable than ...", "new cities
# not yet born but clearly needed by our growing population", "Certainly it is not necessary to
# repeat that ...". What ought to be done is the writer's advice or program, not a fact the reader
# could check. Issue 11, twenty-ninth session (boost29), over the forty-nine sets: 6 wrong
# findings so shaped in six sets (chisel, lathe, punch, trowel, scythe; froe among the three
# newest), 3 of them in the warning tier, and none right. The judgement must follow the booster
# closely (past "be", "it is", "more", "not", "a"): "Clearly something needs to be done" (a
# verb, right in real-docs) and "such usage is inappropriate" (a claim of fitness, right in
# vault-docs and rasp-docs) stay findings; so does "needed" or "required" with an object ("we
# clearly needed more time": a past fact).
JUDGEMENTS = frozenset(
    "necessary unnecessary needed unneeded required wise unwise advisable inadvisable desirable "
    "undesirable preferable imperative prudent imprudent".split()
)
_IDEAS = frozenset({"good", "bad"})
# What may stand between the booster and its judgement: "be", "it is", "more", "not", "a".
_BEFORE_JUDGEMENT = frozenset(
    "be is are was were been being it it's more most not a an very quite so also still".split()
)
# After "needed" or "required", the object of a verb ("needed more time"), not a judgement.
_OBJECT_OPENERS = frozenset("a an the this that these those more to our their his her its my your some any".split())


# An opening "In fact" or "Indeed" before advice the page gives in the passive or by comparison:
# "In fact, the user is encouraged, and expected to, fine-tune the configuration", "Indeed you are
# encouraged to do so", "In fact, it's easier to not use 'git write-tree' on its own at all". The
# opener stresses what the reader is asked or advised to do, as with "In fact, you should ..."
# (hedging._OUGHT), not a fact (RULES-ADDENDUM A5 and A9). Issue 11, thirty-first session
# (boost31): three traps of the fifty-five sets (vault-docs, rake-docs; dowel-docs among the three
# newest), no right finding so shaped. The advice must open the opener's clause (within five
# words, past its subject): "In fact, users who were encouraged by the results stayed" has the
# participle as a modifier, not the verb, and stays a finding when "encouraged" is not after "be".
_URGED = frozenset("encouraged advised recommended invited urged asked expected welcome".split())
_BE = frozenset("is are be been being was were".split())
# Contracted "be" after a pronoun only: "the project's invited speakers" is a genitive.
_BE_CONTRACTED = frozenset(
    w.replace("'", q) for w in "you're we're they're he's she's it's that's".split() for q in ("'", "\u2019")
)
_RELATIVES = frozenset("who which that".split())
_EASIER = frozenset("easier better best wiser simpler safer".split())
_IT_IS = frozenset({"it's", "it\u2019s", "it'd", "it\u2019d"})


def opener_before_advice(lw, bend: int) -> bool:
    """Whether the words after an opening "In fact" or "Indeed" are advice: a form of "be" and a
    verb of urging ("is encouraged", "you're expected to"), or "it's easier (better, best) to"."""
    n = len(lw)
    k = bend + 1
    if k + 2 < n and (lw[k] in _IT_IS or (lw[k] == "it" and lw[k + 1] == "is")):
        j = k + 1 if lw[k] in _IT_IS else k + 2
        if j + 1 < n and lw[j] in _EASIER and lw[j + 1] == "to":
            return True
    for j in range(k, min(n, k + 5)):
        if lw[j] in _URGED and j > k:
            before = lw[j - 1]
            if before in _BE or before in _BE_CONTRACTED:
                if j - 2 >= k and lw[j - 2] in _RELATIVES:
                    return False  # "users who were encouraged by ...": a relative clause, not the verb
                return lw[j] not in ("expected", "welcome", "asked") or (j + 1 < n and lw[j + 1] == "to")
    return False


def vouches_for_advice(lw, bend: int) -> bool:
    """Within four words after the booster (past ``_BEFORE_JUDGEMENT``) a word of need or
    advisability, or "a good idea" / "a bad idea"."""
    n = len(lw)
    j = bend + 1
    while j < n and j <= bend + 4 and lw[j] in _BEFORE_JUDGEMENT:
        j += 1
    if j >= n or j > bend + 4:
        return False
    w = lw[j]
    if w in _IDEAS:
        return j + 1 < n and lw[j + 1] == "idea"
    if w not in JUDGEMENTS:
        return False
    if w in ("needed", "required") and j + 1 < n and lw[j + 1] in _OBJECT_OPENERS:
        return False
    return True


# Certainty recounted in the past: "it was clear that", "it was obvious that", "it was abundantly
# clear that" tell what the writer or his side saw at the time, in the story the text is telling
# ("At that point it was clear that the code base had become quite ancient, so Pyro4 was born",
# "After the first few weeks, it was obvious that rules had to be made", "during this past year it
# was clear that our first task was to lessen the pressure", "In the plain talks that I had with
# ..., it was abundantly clear that they are all most deeply interested"): the ground is the
# situation just told, the certainty the narrator's then (RULES-ADDENDUM lathe W4, brace Z1, sledge
# S80). Issue 11, twenty-ninth session (boost29), over the forty-nine sets: 5 wrong findings so
# shaped in four sets (fresh, cellar, chisel; sickle twice, once in the warning tier) against 1
# right (cellar's "It was clear that the easiest way to Emacsify a program would be ..."). Only with
# "that" after the adjective; "It was obvious we were going to wrap it" stays at info
# (hedging._REALISED), "it is clear that" and "it became clear that" stay findings.
_PAST_CERTAIN = frozenset({"clear", "obvious", "evident", "plain"})


def realised_then(lw, b: int, bend: int) -> bool:
    """The booster is "it was" (an adverb at most) + clear/obvious/evident/plain + "that"."""
    if lw[b : b + 2] != ["it", "was"]:
        return False
    j = b + 2
    if j < len(lw) and lw[j] not in _PAST_CERTAIN:
        j += 1  # "abundantly", "quite", "perfectly"
    return j + 1 < len(lw) and lw[j] in _PAST_CERTAIN and lw[j + 1] == "that" and bend <= j + 1


# A sentence that opens by pointing at the ground the text has just given: a restatement ("In
# other words, testcase(X) indicates that X is definitely not an invariant"), the text above
# named as the ground ("From the above diagram and discussion, it is obvious that ..."), or what
# it shows ("As shown above", "This means ..."). The certainty rests on that ground, which the
# sets' notes treat as support (W4, Y6, D6: "follows from what the sentence before says"), not on
# the writer's say-so. Issue 11, twenty-second session: over the thirty sets 3 wrong findings so
# opened (vise, clamp, awl: 2 traps, 1 false alarm) and none right; every gold booster item in a
# sentence so opened is a negative (adze 3, chisel, clamp, vise); the corpus has none. Not "So",
# "Thus", "Therefore" (a conclusion drawn, but right as often as wrong: real "Thus distributions
# play a very important role indeed", gouge, blind against vise "So C was definitely a better
# choice"), nor "From" and another noun (tongs' right "From the initial restrained adoption of
# Python 3 it is obvious that ...": the ground is outside the text).
_GROUND_POINTERS = (
    ("in", "other", "words"),
    ("from", "the", "above"),
    ("from", "the", "foregoing"),
    ("from", "the", "preceding"),
    ("as", "shown", "above"),
    ("as", "seen", "above"),
    ("as", "we", "have", "seen"),
    ("as", "we've", "seen"),
    ("this", "means"),
    ("that", "means"),
)
# "And in other words", "So, as shown above": a joining word before the pointer.
_BEFORE_POINTER = frozenset({"and", "so"})


def after_ground_given(lw, b: int, words, prose: str) -> bool:
    """The sentence opens on a pointer of _GROUND_POINTERS and the booster at ``b`` stands in the
    clause it opens: no turn word ("but", "yet", ...) and no colon or semicolon between."""
    start = 1 if lw and lw[0] in _BEFORE_POINTER else 0
    end = -1
    for pointer in _GROUND_POINTERS:
        if tuple(lw[start : start + len(pointer)]) == pointer:
            end = start + len(pointer) - 1
            break
    if end < 0 or b <= end:
        return False
    turns, breaks = _turns_and_breaks(lw, words, prose)
    t = bisect_right(turns, end)
    if t < len(turns) and turns[t] < b:
        return False
    k = bisect_left(breaks, words[end].end)
    return not (k < len(breaks) and breaks[k] < words[b].start)


# Words that open a turn in the next sentence: "But the price was ...", "However, this finds its
# limits"; "however" also as the second to fourth word ("This, however, ...").
_TURN_OPENERS = frozenset("but yet nevertheless nonetheless however still".split())


def turn_opens_next(support, sentence) -> bool:
    """The sentence after ``sentence`` in the same paragraph opens with a turn ("But", "Yet",
    "However", "Still"); a turn opening the next paragraph answers that paragraph, not this one."""
    after = support.next_sentence(sentence)
    if after is None or after.block is not sentence.block:
        return False
    lw = norm_words(after.words[:5])  # its first five words only: constant work per finding
    return bool(lw) and (lw[0] in _TURN_OPENERS or "however" in lw[1:4])


# "certainly" or "obviously" inside a sentence whose next sentence in the same paragraph opens on
# a turn ("As an example, a bank would certainly not use asynchronous commit for ... But in many
# scenarios, ...", "The claims of power ... certainly present matter of the deepest interest. The
# first is, however, of much the greatest importance", "the list is, obviously, endless. But these
# sources have not been tapped."): the writer grants a point before answering it (kiln M8, cramp
# S770, RULES 5's "To be sure"), as a sentence that opens on a booster before such a turn does
# (hedging._booster_tier, info since the thirteenth session). Issue 11, fifty-ninth session
# (ground59): over the one hundred and thirty-nine sets such warnings were wrong 12 times in twelve
# sets and right 6 times in five by the same-sentence pairing (10 wrong, 8 right by the line
# pairing, which credits a finding with a positive elsewhere in its paragraph); the other boosters
# before such a turn ("surely", "undoubtedly", "no doubt", "clearly", "indeed") are right as often
# or more. At info, not out: the grant can still insist.
_GRANTING = frozenset({("certainly",), ("obviously",)})


def grants_before_turn(support, sentence, lw, b: int, bend: int) -> bool:
    """ "certainly" or "obviously" at ``b``..``bend`` and a turn opening the next sentence of the
    paragraph (turn_opens_next)."""
    return tuple(lw[b : bend + 1]) in _GRANTING and turn_opens_next(support, sentence)


# A booster and its negation opening a verbless aside after a dash or an opening parenthesis:
# "This sort of behavior will not gain you any additional attention -- certainly not the
# attention that you need", "will have unpredictable (certainly not useful) effects", "get
# determined only by the amount of "public support" they have -- certainly not by any small
# faction". The aside narrows what the clause before has said by ruling one reading out; its
# ground is that clause (W4 in sledge-docs, the writers' own project in tine-docs, the myth the
# writers reject in rivet-docs). Issue 11, thirty-sixth session (prec36b): over the sixty-seven
# sets and tine-, nib- and cog-docs 3 warning findings so placed, all wrong, in three sets, none
# right ("no delay--certainly no unnecessary delay--", cleat-docs' right finding, is no
# negation of the booster but "no" before its noun, and stays). At ``info``, not dropped: the
# aside can still insist.
_DENIALS = frozenset({"not", "never"})
_ASIDE_OPENERS = ("--", "\u2014", "\u2013", "(")


def denial_aside(lw, b: int, bend: int, words, prose: str) -> bool:
    """The booster at ``b`` (one word) right after a dash or "(" and right before "not" or
    "never"."""
    if bend != b or b == 0 or bend + 1 >= len(lw) or lw[bend + 1] not in _DENIALS:
        return False
    gap = prose[words[b - 1].end : words[b].start]
    return any(m in gap for m in _ASIDE_OPENERS)


# "surely" of manner (issue 11, thirty-seventh session, prec37h; RULES 5, manner not certainty):
# "surely" saying how a thing is done, not that the claim is beyond doubt. Three shapes, whose
# warning findings over the seventy-three sets were all wrong (hatchet-, wedge- and lathe-docs) and
# none right: between "be" and a participle ("Only in this way can evasions of the law be surely
# detected": detected without fail); in a list of adverbs of manner set off by commas ("will
# reduce the deficit steadily, surely, and in time, completely"; "slowly but surely" is
# hedging._paired_with_manner's); and "as surely as" after the clause's verb ("We are dealing with
# them just as surely as we dealt with the regime": with the same sureness, a comparison of
# manner). Not "as surely as" opening its clause ("But as surely as the pioneer spirit made us
# ..., the same spirit today is opening ...": a correlative that asserts the second clause, right
# in drill-docs), nor "is surely needed" (a form of "be" that is finite: a claim insisted on).
_SURELY = "surely"
_OPENS_CORRELATIVE = frozenset("but and yet so for or nor".split())


def surely_of_manner(lw, b: int, bend: int, words, prose: str) -> bool:
    """Is ``lw[b]`` a "surely" of manner ("be surely detected", "steadily, surely, and",
    "dealt with them just as surely as")? Reads two words either side."""
    if bend != b or lw[b] != _SURELY:
        return False
    n = len(lw)
    if b and lw[b - 1] == "be" and b + 1 < n and lw[b + 1].endswith("ed"):
        return True  # "can ... be surely detected"
    if b >= 1 and ly_adverb(lw[b - 1]) and prose[words[b - 1].end : words[b].start].strip() == "," and (
        b + 1 < n and prose[words[b].end : words[b + 1].start].strip() == ","
    ):
        return True  # "steadily, surely, and in time, completely"
    if b >= 1 and lw[b - 1] == "as" and b + 1 < n and lw[b + 1] == "as":
        k = b - 1
        if k and lw[k - 1] == "just":
            k -= 1
        return k >= 1 and lw[k - 1] not in _OPENS_CORRELATIVE and bool(prose[words[k - 1].end : words[k].start].strip() == "")
    return False


# "In fact, however, the problem is not so simple", "In reality, however, the declaration ...
# would allow ...": "in fact", "in reality", "in truth", "as a matter of fact" or "indeed" with
# "however" or "though" right after it (one comma between) sets how things are against what the
# text has just supposed or reported: a correction, whose ground is the turn from the passage
# before, not certainty insisted on (the brief's "in fact" that corrects rather than asserts).
# Issue 11, fifty-first session (boostprec51): 3 wrong warnings in three sets (chock's Brown G02
# "In fact, however, both principles have always been nebulous", jointer's An Anarchist FAQ "In
# reality, however, ...", billhook's J50 "In fact, however, the problem is not so simple", coping
# S754), none right, both pairings; "Indeed, rather than ..." (quill, right) is no turn; none in
# the benchmark corpus.
_FACT_OPENERS = frozenset({("in", "fact"), ("in", "reality"), ("in", "truth"), ("as", "a", "matter", "of", "fact"), ("indeed",)})
_TURNED_BY = frozenset({"however", "though"})


def fact_turned(lw, a: int, b: int, words, prose: str) -> bool:
    """The booster is one of ``_FACT_OPENERS`` and the next word is "however" or "though", with
    nothing but a comma (and space) between."""
    if b + 1 >= len(lw) or lw[b + 1] not in _TURNED_BY or tuple(lw[a : b + 1]) not in _FACT_OPENERS:
        return False
    return prose[words[b].end : words[b + 1].start].strip() in ("", ",")


# A concession opening the sentence, set off by a comma (issue 11, fifty-fifth session, shown55;
# kiln-docs M8): "True, a Mason watercolor is unmistakably a synthesis of nature rather than a
# detailed inventory", "Sure, your AVI will end up being 5GB, ... but ..., this is certainly your
# best option". The writer grants a point before answering it, and a booster in the granting
# sentence insists on what is granted, or on the answer the sentence itself gives; either way the
# sentence is a move in the writer's argument, not a bare claim. Over the one hundred and
# twenty-four sets before riffler such warnings were traps twice (chisel, dado) and never right;
# "Sure they do." and "Sure it does." (forge, awl: a reply, no comma) and "True reality, of
# course," (no comma after the word) are not the shape. Moved to info, not out.
_CONCEDING_OPENERS = frozenset({"true", "granted", "admittedly", "sure"})


def opens_conceding(lw, b: int, words, prose: str) -> bool:
    """The sentence opens on a conceding word and a comma, and the booster at ``b`` stands after
    it. Reads the first word and the gap after it."""
    return b > 0 and lw[0] in _CONCEDING_OPENERS and between(words, prose, 0, 1).strip() == ","
