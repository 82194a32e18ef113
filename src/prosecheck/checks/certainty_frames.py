"""Certainty said by a predicate: "one thing is clear", "President Obama's view is clear",
"two facts are clear", "The impression was unmistakable", "It is quite evident that ...", "And
it becomes clear why ...".

The lexicon holds "it is clear that", "it is obvious" and their like word for word; these frames
add (a) a degree adverb or "becomes" between ("It is quite evident that", "it becomes clear
why") and (b) a noun of a claim, a view or a choice as the subject ("one thing is certain",
"the answer was all too obvious"), the adjective closing its clause or opening a that-clause.
Not "it became clear that ..." (the writer recounting what was realised, as "It was obvious we
were going to": wrong in real-docs, blind-docs and the corpus when tried; read outside technical
writing since the thirty-ninth session by ``grown_clear``), nor "the message is
clear" said of an error message (no such subject is listed), nor a negated or questioned
predicate ("is not clear", "Is it clear?"). Measured in issue 11's thirteenth session (HC102.md).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from prosecheck.checks import shared_knowledge
from prosecheck.checks.sentence_memo import per_sentence

#: Adjectives of certainty that end a predicate frame.
ADJECTIVES = frozenset(
    "clear obvious evident undeniable unmistakable indisputable unquestionable certain unassailable incontestable irrefutable sure".split()
)
# "sure" ends a frame only after "one thing" ("One thing is sure, if we do not resist then that
# slide will accelerate"): after another subject it is the speaker's feeling or a forecast ("the
# result was sure"), not a claim announced (issue 11, fifty-fourth session, certain54).
_ONE_THING_ONLY = frozenset({"sure"})
# "This much is certain: No one man or group of men made these commitments alone", "this is
# certain: There are a lot of us": a pronoun that points forward to the claim after a colon
# announces it as certain (certain54); not "This is clear." (it points back at what was just
# shown, the ground).
_FORWARD = frozenset({"this", "much"})
_DEGREE = frozenset("quite very perfectly abundantly absolutely all too so now already increasingly painfully crystal".split())
_COPULAS = frozenset("is was are were becomes remains".split())
# Subjects that name a claim, a view or a choice ("one thing is clear", "the answer was all too
# obvious"); not "the message" (of a program), "the syntax", "the name": clarity, not certainty.
_HEADS = frozenset(
    """thing things fact facts truth reality view vision choice choices lesson lessons answer evidence
    conclusion implication implications impression point picture record result results reason danger
    need case consequence consequences stakes difference meaning""".split()
)
# Adjectives that mean nothing but certainty: after any noun ("The stimulus from the
# confrontation ... was undeniable."), where "clear" or "obvious" could say how easy a thing is
# to read or see ("the syntax is clear").
_ONLY_CERTAINTY = frozenset("undeniable unmistakable indisputable unquestionable unassailable incontestable irrefutable".split())
_CLAUSE_WORDS = frozenset("that why how".split())
_DETERMINERS = frozenset("one two three the this that these those his her their our its a an".split())
_ENDS = (".", ":", ";", ",", "!", "?", "\u2014", "\u2013", " -")


def predicate(lw, words, i: int, prose: str) -> Optional[int]:
    """The index of the frame's first word when the adjective ``lw[i]`` ends one, else None."""
    j = i - 1
    while j >= 0 and lw[j] in _DEGREE:
        j -= 1
    if j < 1 and not (j == 0 and lw[0] == "it's"):
        return None
    if lw[j] == "it's":
        subject = j
    elif lw[j] in _COPULAS:
        subject = j - 1
    else:
        subject = _verb_group(lw, j)
        if subject is None:
            return None
    after = lw[i + 1] if i + 1 < len(lw) else ""
    if lw[subject] in ("it", "it's"):
        return subject if after in _CLAUSE_WORDS else None  # "It is quite evident that ..."
    if lw[i] in _ONE_THING_ONLY and not (lw[subject] == "thing" and subject and lw[subject - 1] == "one"):
        return None
    if lw[subject] in _FORWARD and j == i - 1 and prose[words[i].end : words[i].end + 1] == ":":
        # "This much is certain:", "this is certain:" (no degree adverb: "this is quite clear:")
        if lw[subject] == "much":
            return subject - 1 if subject and lw[subject - 1] == "this" else None
        return subject
    if lw[subject] not in _HEADS and (lw[i] not in _ONLY_CERTAINTY or not lw[subject].isalpha()):
        return None
    closes = i + 1 >= len(lw) or prose[words[i].end : words[i].end + 2].startswith(_ENDS)
    if not closes and after != "that":
        return None
    before = lw[subject - 1] if subject else ""
    whole = subject == 1 and i == len(lw) - 1
    if (before in _DETERMINERS or before.endswith("'s")) and not whole:
        # The message quotes "One thing is clear", "Obama's view is clear". Not when that makes
        # the frame the whole sentence ("The impression was unmistakable."): HC102 reads a
        # sentence that is all booster as a word mentioned in a list, not used.
        return subject - 1
    return subject


# "It should be obvious that ...", "it must be plain that", "It has been clear that ...", "it's
# been obvious why", "it is becoming increasingly evident that": the frame with "should"/"must"/"ought to" or the perfect before "be" (issue
# 11, fifty-seventh session, frames57: tamp, snips; chisel, lug, burr, wrench, sprue, hatchet and
# fuller before them). The writer tells the reader the claim needs no showing, as "It is obvious that"
# does; the lexicon and the copulas above read only "is", "was", "becomes". Not "would be", "will
# be", "could be" (a case supposed, a forecast: "it would be clear that the plan failed if ...").
_MODAL_BE = frozenset({"should", "must"})
_PERFECT_BE = frozenset({"has", "had", "have"})
# "it is becoming increasingly evident that", "it is increasingly becoming clear that": the
# present of "becomes" (fuller, tamp).
_BE_ING = frozenset({"is", "was", "are", "were"})


def _verb_group(lw, j: int) -> Optional[int]:
    """The subject's index when ``lw[j]`` ends "should be", "must be", "ought to be", "has been"
    or "it's been" before the adjective's degree words, else None."""
    if j < 1:
        return None
    if lw[j] == "be":
        if lw[j - 1] in _MODAL_BE:
            return j - 2 if j >= 2 else None
        if lw[j - 1] == "to" and j >= 3 and lw[j - 2] == "ought":
            return j - 3
        return None
    if lw[j] == "been":
        if lw[j - 1] == "it's":
            return j - 1
        return j - 2 if j >= 2 and lw[j - 1] in _PERFECT_BE else None
    if lw[j] == "becoming":
        k = j - 1
        if lw[k] in _DEGREE and k:
            k -= 1  # "it is increasingly becoming clear that"
        if lw[k] == "it's":
            return k
        return k - 1 if k and lw[k] in _BE_ING else None
    return None


# "the bitter fact that", "the obvious fact that", "the simple truth that": an adjective that
# presents what follows as a hard, plain fact (vault-docs, quarry-docs); not "the fact that"
# alone, which only names a clause ("due to the fact that").
_HARD = frozenset(
    """bitter simple plain basic hard cold stark sad harsh brutal obvious undeniable inescapable unavoidable
    indisputable incontrovertible unpleasant uncomfortable distressing depressing painful stubborn grim tragic
    sobering inconvenient""".split()
)
FACTS = frozenset("fact facts truth truths reality realities".split())
HARD = _HARD
#: The word after the first adjective of a list before the noun (hedging's _scan tests it):
#: "the cold, hard fact", "the depressing and undeniable fact".
HARD_NEXT = _HARD | {"and"}


# Before "the": a preposition makes the fact a premise the sentence builds on, granted or
# given, not the claim it makes ("By the simple fact that they will be distributing it", "Save
# for the obvious fact that": both wrong in real-docs when the frame was first tried).
_PREMISE = frozenset("by for despite from given with of on upon in to besides beyond except".split())


# "the fact remains that", "the stubborn fact remains": the fact stands whatever was said
# against it (bellows-docs twice; issue 11, fourteenth session).
_REMAINS = frozenset({"remains", "remained"})


def named_fact(lw, i: int, words=(), prose: str = "") -> Optional[int]:
    """The last word of "the bitter fact" when ``lw[i]`` is its "the" and "that" follows, or of
    "the (stubborn) fact remains" closing its clause or before "that"."""
    if lw[i] != "the" or i + 2 >= len(lw):
        return None
    premise = i and lw[i - 1] in _PREMISE
    if premise and not _copula_frame(lw, i):
        return None
    matter = _of_the_matter(lw, i)
    if matter is not None:
        return matter
    if lw[i + 1] in ("fact", "truth") and lw[i + 2] in _REMAINS:
        return i + 2 if _stands(lw, i + 2, words, prose) else None
    f = _hard_noun(lw, i)
    if f is None or f + 1 >= len(lw):
        return None
    if lw[f + 1] == "that":
        return f
    if lw[f + 1] in _COPULA and lw[f] in _FRAME_NOUNS and _opens_claim(lw, f + 1, words, prose):
        return f + 1  # "The simple truth is that ...": the entries "the truth is", "the fact was" with their adjective
    return f + 1 if lw[f + 1] in _REMAINS and _stands(lw, f + 1, words, prose) else None


# Between two adjectives of _HARD: "the depressing and undeniable fact", "The cold, hard fact"
# (the comma is not a word). Issue 11, forty-fifth session (hcprec45): flute-, hone-,
# trowel-docs.
_AND = "and"


def _hard_noun(lw, i: int) -> Optional[int]:
    """The index of the noun of "the bitter fact", "the cold, hard fact", "the depressing and
    undeniable truth" when "the" at ``i`` opens one, else None: adjectives of _HARD, "and"
    between two of them, then a noun of FACTS. A few words from ``i``."""
    n = len(lw)
    j = i + 1
    if j >= n or lw[j] not in _HARD:
        return None
    while j + 1 < n and (lw[j + 1] in _HARD or (lw[j + 1] == _AND and j + 2 < n and lw[j + 2] in _HARD)):
        j += 1 if lw[j + 1] in _HARD else 2
    j += 1
    return j if j < n and lw[j] in FACTS else None


def _copula_frame(lw, i: int) -> bool:
    """"the (sad) truth is", "the cold, hard fact was" from "the" at ``i``: the frame has a verb of
    its own, so a "for" before it is the conjunction ("For the sad truth is that ...", scorp-docs),
    not a preposition that makes the fact a premise ("for the simple fact that")."""
    f = _hard_noun(lw, i)
    if f is None:
        f = i + 1
    return f + 1 < len(lw) and lw[f] in _FRAME_NOUNS and lw[f + 1] in _COPULA


# "The simple truth is that the people in charge ... are incompetent" (rasp-docs; issue 11,
# seventeenth session): the lexicon's "the truth is", "the fact is", "the reality is", "the fact
# was" with an adjective of _HARD between; the frame must open the claim: "that" or a mark after
# the verb. Not "the daily reality is quite different" (no adjective of _HARD), nor "The hard
# truth is hard to swallow" (no claim follows).
_COPULA = frozenset({"is", "was"})
_FRAME_NOUNS = frozenset({"fact", "truth", "reality"})


# "It's a simple fact: The more education you've got, ...", "a basic fact: The United States ...
# has the strongest ... economy", "up against a hard truth: The game is rigged" (awl-docs,
# mallet-docs, forge-docs; issue 11, eighteenth session): a hard fact named just before a colon
# announces the claim after it as beyond question. Not "a fundamental truth:" (a maxim: no
# adjective of _HARD), not "a basic fact of electricity that" (no colon).
ARTICLES = frozenset({"a", "an", "the"})


def fact_before_colon(lw, i: int, words, prose: str) -> Optional[int]:
    """The index of the noun when "a"/"the" at ``i`` opens "a simple fact:", else None."""
    if lw[i] not in ARTICLES or i + 3 >= len(lw) or lw[i + 1] not in _HARD or lw[i + 2] not in _FRAME_NOUNS:
        return None
    return i + 2 if prose[words[i + 2].end : words[i + 2].end + 1] == ":" else None


# "The truth of the matter is that ...", "The sad truth of the matter is (1) ...", "The reality of
# the situation was different" (lathe-docs, awl-docs, the kernel's process guides; issue 11,
# eighteenth session): the frame's noun with "of the matter" (or "situation", "case") is an idiom
# that only ever opens the writer's verdict, so no "that" or mark is needed after the verb. Not
# "the reality of the danger that confronts them" (no frame: a noun of its own, no "is" after).
_MATTERS = frozenset({"matter", "situation", "case"})


def _of_the_matter(lw, i: int) -> Optional[int]:
    """The index of "is"/"was" when "the" at ``i`` opens "the (sad) truth of the matter is"."""
    j = i + 2 if lw[i + 1] in _HARD else i + 1
    if j + 4 >= len(lw) or lw[j] not in _FRAME_NOUNS or lw[j + 1] != "of" or lw[j + 2] != "the":
        return None
    return j + 4 if lw[j + 3] in _MATTERS and lw[j + 4] in _COPULA else None


def _opens_claim(lw, v: int, words, prose: str) -> bool:
    """The copula at ``v`` is followed by "that" or a mark: the frame opens the claim."""
    if v + 1 < len(lw) and lw[v + 1] == "that":
        return True
    return bool(words) and prose[words[v].end : words[v].end + 1] in (",", ":", "\u2014")


def _stands(lw, r: int, words, prose: str) -> bool:
    """ "remains" with nothing after it in its clause, or before "that": the fact stands; not
    "the fact remains unchanged" (a copula before its adjective)."""
    if r + 1 >= len(lw) or lw[r + 1] == "that":
        return True
    return bool(words) and prose[words[r].end : words[r].end + 1] in _ENDS


# Verbs that report how someone holds a thing before "as": "The natural-law tradition regards as
# self-evident that ...", "values assumed as self-evident by most Americans" (anvil-docs,
# bellows-docs): the view of the subject or of the agent, reported, not the writer's certainty.
_HOLD_AS = frozenset(
    """regard regards regarded regarding assume assumes assumed assuming take takes taken took treat
    treats treated accept accepts accepted view views viewed see sees seen saw hold holds held
    consider considers considered present presents presented""".split()
)


def held_as(lw, b: int, bend: int) -> bool:
    """ "regards as self-evident", "assumed as obvious": a certainty adjective after "as" and a verb
    of holding or taking."""
    return bend == b and b >= 2 and lw[b - 1] == "as" and lw[b - 2] in _HOLD_AS


# "As we know, the Soviet peasant today ...", "as every schoolboy knows.", "As the legal world
# knows, ...": a clause set off from the claim that makes it common knowledge (quarry-docs three
# times, anvil-docs, hearth-docs; issue 11, fourteenth session). The lexicon holds "as we all
# know" and "as everyone knows" word for word. Not "as far as we know" (a limit), not "as you
# know" (a nod to the reader about the writer's own work: "As you know, ShowdownJS is a free
# library"), not "as we know it" (the idiom).
KNOW = frozenset({"know", "knows"})
_KNOWERS = frozenset("we everyone everybody every all any the most".split())
_NOT_BEFORE_AS = frozenset("far long much well so soon just same such".split())
# "as you all know": the speaker makes the claim the whole audience's knowledge, as "as we all
# know" does (brace-docs, saw-docs, vise-docs: three positives, no trap; issue 11, twenty-fourth
# session); plain "as you know" stays a nod to the reader.
_YOU_ALL = ["you", "all"]


def common_knowledge(lw, k: int, words, prose: str) -> Optional[int]:
    """The index of "as" when ``lw[k]`` ("know", "knows") ends "as we know," or "as every
    schoolboy knows" set off from its sentence, else None."""
    for s in range(k - 1, max(-1, k - 5), -1):
        if lw[s] == "as":
            break
    else:
        return None
    if s + 1 == k or lw[s + 1] not in _KNOWERS and lw[s + 1 : k] != _YOU_ALL or (s and lw[s - 1] in _NOT_BEFORE_AS):
        return None
    if not all(w.isalpha() for w in lw[s + 1 : k]):
        return None
    return s if k + 1 >= len(lw) or prose[words[k].end : words[k].end + 1] in (",", ".", ";", ":", "\u2014") else None


# "you know we are stewards of a great inheritance", "but you know any comparison ... finds",
# "you know that what you are hearing is only a clever imitation", "you already know about
# MATLAB": the writer tells the reader they already know the claim, which makes it common
# knowledge as "as we know" does (issue 11, fifteenth session: forge-docs four times, anvil-docs,
# chisel-docs, tongs-docs; no such "you know" is a trap in the nineteen sets). Not a condition or
# a relative clause ("if you know that the input is small", "files that you know are not
# directories", "when you know there is a closed form"), not a question ("Do you know ...?",
# "You know what I hear ...?"), not the interjection ("You know, if you want ..."), not an
# indirect question ("you know how to program in C", "you know what to do"), not "before you
# know it".
_YOU_KNOW_BEFORE = frozenset(
    """if when whenever unless whether once until as what which who whom that let so because since
    do did does don't didn't will would can could should might may must to not never where how
    lets letting helps helping before""".split()
) | frozenset(
    # "in a way that made you know he thought ...": the listener made to know, no claim vouched
    # for; "more than any of you know": a degree compared; "And now you know the rest of the
    # story", "but at least you know that the publication process is ongoing": what the text has
    # just told the reader (issue 11, thirtieth session, boost30: five wrong findings of the
    # warning tier in awl, adze, spade, scythe and reamer; no right one has a word of these before
    # "you")
    "make makes made making than now least".split()
)
# "the Python you already know and love", "Express middleware you know & love": the idiom
# describes a thing by the reader's liking (real-docs, hearth-docs, the corpus: no claim).
_IDIOM_AFTER = frozenset({"and", "&"})
# "You know my views on this": the writer's own views, no claim (kiln-docs).
_OWN = frozenset({"my", "our"})
_YOU_KNOW_AFTER_NOT = frozenset("how what where which why who whom whether if when it".split())
_YOU_KNOW_SOFT = frozenset({"already", "all"})
# What the reader knows must be a claim, a clause (shared_knowledge.clause_after: "that", or a
# finite verb within five words before any preposition or mark: "you know we are stewards",
# "You know Donald Trump will secure our borders", "you know it's hard to take on the unions"),
# not a thing: "You know the facts, you know the choice", "I know and you know just the man for
# the job", "And you know the problems: unemployment over 8 percent ...", "each spell you know
# along with its level", "after you know the basic concepts", "Then you know beartype". Knowing
# a person, a thing or a set of facts is acquaintance (forge N4), and the facts are what the
# text has given or gives at once (lathe W4, pincer S726), no claim put beyond doubt (issue 11,
# fifty-second session, boostprec52: the knower's clause test of shared_knowledge, which "we
# know" and "Americans know" have had since the sixteenth session, now read after "you know"
# too). "you already know about MATLAB" stays: knowledge about a thing the reader is told he
# has, right 3 times of 3 (tongs, chisel, plumb).
_ABOUT = "about"
# A subject pronoun right after "know" opens a clause whatever its verb ("you know he hates it",
# "you know they won"), and so does "this", "that" or "it" before a verb in "-s" or "-ed" ("you
# already know this works", "you know it mattered"): shared_knowledge.clause_after reads only
# auxiliaries as finite verbs.
_SUBJECTS = frozenset("i we he she they there".split())
_POINTING = frozenset({"this", "that", "it"})


def _claim_known(lw, k: int, words, prose: str) -> bool:
    """A clause (or "about" and its thing) follows "know" at ``k``: shared_knowledge.clause_after,
    a subject pronoun, or "this"/"that"/"it" before a verb in "-s" or "-ed"."""
    after = lw[k + 1]
    if after == _ABOUT or after in _SUBJECTS or shared_knowledge.clause_after(lw, k, words, prose):
        return True
    return shared_knowledge.pointing_clause(lw, k, _POINTING)


def readers_knowledge(lw, k: int, words, prose: str) -> Optional[int]:
    """The index of "you" when ``lw[k]`` ("know") ends "you (already) know" before a claim, else None."""
    if lw[k] != "know" or k + 1 >= len(lw):
        return None
    s = k - 1
    if s >= 0 and lw[s] in _YOU_KNOW_SOFT:
        s -= 1
    if s < 0 or lw[s] != "you":
        return None
    if s and (lw[s - 1] in _YOU_KNOW_BEFORE or lw[s - 1] in KNOW):
        return None  # "if you know", "Do you know", "I know, you know"
    if s >= 3 and lw[s - 1] == "of" and "than" in lw[s - 3 : s - 1]:
        return None  # "more than any of you know": a degree compared (boost30)
    if s >= 2 and lw[s - 2 : s] == ["that", "is"]:
        return None  # "assume that you know the problem - that is, you know all of it": a restatement
    if prose[words[-1].end : words[-1].end + 1] == "?" or any(m in prose[words[k].end : words[k + 1].start] for m in (",", ":", ";", "\u2014", "(")):
        return None  # a question; "You know, ...": the interjection
    if lw[k + 1] in _YOU_KNOW_AFTER_NOT or lw[k + 1] in _OWN or not lw[k + 1][:1].isalpha():
        return None
    if lw[k + 1] in _IDIOM_AFTER or prose[words[k].end : words[k + 1].start].strip() == "&":
        return None
    if not _claim_known(lw, k, words, prose):
        return None  # "You know the facts, ...", "you know just the man for the job": a thing known (boostprec52)
    # Back from "you" to the clause's start, a mark not before "and"/"or" ("If you have worked
    # in a lab, you already know ...": the main clause), a condition word before it opens the
    # clause ("If GitHub renders markdown, and you know that footnotes are used"). Read from the
    # sentence's marks and conditions, listed once: a walk back per "you know" was quadratic.
    marks, conditions = _marks_and_conditions(lw, words, prose)
    j = bisect_right(marks, s - 1) - 1
    after = marks[j] if j >= 0 else -1
    c = bisect_right(conditions, after)
    if c < len(conditions) and conditions[c] <= s - 1:
        return None
    return s


_CONDITION_WORDS = frozenset(("if", "when", "whenever", "unless", "whether", "once"))


@per_sentence
def _marks_and_conditions(lw, words, prose: str) -> tuple:
    """(each ``j`` whose gap to the next word holds a clause mark, the next word not "and" or "or";
    each index of a condition word), sorted, once per sentence."""
    marks = [j for j in range(len(lw) - 1)
             if any(m in prose[words[j].end : words[j + 1].start] for m in (",", ";", ":", "\u2014"))
             and lw[j + 1] not in ("and", "or")]
    return marks, [j for j, w in enumerate(lw) if w in _CONDITION_WORDS]


# "the obvious stupidity of such an approach", "the undoubted "pope" was Benjamin Tucker", "the
# obvious links with Lenin's regime", "the obvious anti-capitalism of "traditional" anarchism"
# (issue 11, twentieth session: plane, brace, vault and cellar): after "the" the certainty
# adjective vouches for a quality or a relation the sentence asserts, as "an obvious backronym"
# does. Not before a noun that only points to what anyone would pick ("the obvious ones are
# optparse and argparse", "all the obvious places", "the obvious question becomes",
# "the obvious butt of fat-girl jokes", "the obvious choice"): the referent the reader can guess,
# no claim; nor "the obvious fact" (the fact frame's, with its own exemptions).
_POINTERS = frozenset(
    """one ones place places question questions choice choices candidate candidates example examples
    target targets butt thing things way ways step steps option options pick suspect suspects answer
    fact facts truth reason reasons""".split()
)


def quality_asserted(lw, i: int) -> bool:
    """ "the" before the certainty adjective at ``i`` and a noun of a quality (not a pointer).
    Not "the evident contradiction between ..." (quarry-docs, unlabelled): "evident" there says
    "apparent", as "evidently" does (HC101's)."""
    return i + 1 < len(lw) and lw[i] != "evident" and lw[i + 1] not in _POINTERS
