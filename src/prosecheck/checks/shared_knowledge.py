"""Knowledge credited to everyone before a claim (HC102): "we now know that she chose to use her
private email", "we do know that, after two decades of war, the hour has come", "We already know
that ...", "the whole world now knows that a small group of extremists will not ...", "Americans
know economic security can vanish", "the American people know the Federal budget system is
broken".

The writer makes a claim common knowledge, as "we all know" and "everyone knows" (the lexicon's
entries) do: the claim is put beyond doubt and offered no support. Two shapes, both in the
present: "we" with an adverb that marks the knowledge as settled ("now", "already", "do",
"still"), and a whole people or the whole world as the knower ("Americans", "the American
people", "the whole world").

Not a finding: the knowledge in a condition, a purpose or a time clause ("once we already know
we are about to call ...", "so Americans know who is funding our elections", "until we know"),
a question, a known thing rather than a claim ("we now know of", "the world knows him", "know how
to", "know who"), a part of a people ("millions of Americans know that feeling": the gold's
negatives and unlabelled lines). Plain "we know" was left out in issue 11's twelfth session (+9
right, +5 false alarms, 0 of 8 corpus findings right: "as far as we know", a code walkthrough's
"we know that the context is linked"); since the eighteenth it is read when it opens a clause
and neither concedes, nor speaks of the reader, nor reasons towards a decision (below), at info.
"""

from __future__ import annotations

from typing import Optional

from bisect import bisect_right

from prosecheck.checks.lexicon import norm_words
from prosecheck.checks.sentence_memo import any_before, any_from, per_sentence

#: "We also know that ...": "also" between "we" and "know" leaves it plain "we know" (know53).
_ALSO = "also"
#: An adverb between "know" and its "that": "We know, too, that ...", "We know now that if early in
#: 1931 Government had taken the steps ..." (know53: gimlet twice, coping).
_THEN_THAT = frozenset({"too", "also", "now"})
#: The verbs that end the knower (hedging scans a sentence's "know"/"knows" already).
KNOW = frozenset({"know", "knows"})
# Adverbs that make "we know" settled knowledge ("we now know", "we do know", "we already know",
# "we still know"); "we all know" is the lexicon's.
_SETTLED = frozenset("now already do still".split())
# The world as the knower: "the whole world now knows", "the entire world knows".
_WHOLE = frozenset({"whole", "entire"})
# Words before the knower that make it a condition, a purpose, a time, a question or a
# comparison: "once we already know", "so Americans know", "Do Americans know", "as far as".
_NOT_AFTER = frozenset(
    """if when whenever once until unless whether before after as so let lets do does did to
    not never what how why where who whom which of far soon than sure""".split()
)
# ("sure": "make sure the American people know what those commitments are", a purpose; idiom59)
# Words after "know" that name what is known, not a claim: "know how to", "know who is funding",
# "know of", "know about", "know better".
_NOT_CLAIM = frozenset(
    """how what where which why who whom whether if when of about better more less it him her them
    you me us to and or""".split()
)
# A clause's subject may open with these (the claim after a bare "know": "Americans know
# economic security can vanish", "we now know she chose").
_CLAUSE_MARKS = (",", ";", ":", "\u2014", "(", ")")


def _people(words, lw, s: int) -> Optional[int]:
    """The index where a whole people ending at ``s`` starts: "Americans", "the American
    people", "the whole world", "the world"; None when ``lw[s]`` ends no such knower."""
    text = words[s].text
    if lw[s] == "people" and s >= 2 and lw[s - 2] == "the" and _nation(words[s - 1].text):
        return s - 2  # "the American people"
    if _nation(text) and text.endswith("s"):
        return s  # "Americans", "Europeans"
    if lw[s] == "world":
        if s >= 2 and lw[s - 2] == "the" and lw[s - 1] in _WHOLE:
            return s - 2
        if s >= 1 and lw[s - 1] == "the":
            return s - 1
    return None


# A whole people named by its place (issue 11, twenty-seventh session, boost27): "The peoples of
# Asia now know that the door to independence is not going to be slammed shut" (rake), "The men
# and women of this hemisphere know that the alliance cannot succeed" (whet), "The North
# Vietnamese know that they cannot achieve their aggressive purposes by force" (spade): the
# speaker declares what a whole people knows, as of "the American people" (spade S92). The head
# is a plural of peoples ("peoples", "nations", "men and women"), "of" and a place (a name, or
# "this"/"the" and one word), after "the" and at most one adjective ("The free nations of Asia");
# or "the" and a people's name in -ese ("the Vietnamese", "the North Vietnamese"). None of the
# shape in the forty-three sets is a negative, nor is any line of the benchmark corpus one.
_PEOPLES = frozenset({"peoples", "nations", "women"})
_PLACE_DETERMINERS = frozenset({"this", "the", "our"})


def _peoples_of(words, lw, s: int) -> Optional[int]:
    """The index of "the" opening a people named by its place or an -ese name that ends at
    ``s`` ("The peoples of Asia", "the men and women of this hemisphere", "the North
    Vietnamese"), else None."""
    text = words[s].text
    if text[:1].isupper() and text[1:].islower() and text.endswith("ese") and len(text) > 5:
        j = s - 1
        if j >= 1 and words[j].text[:1].isupper() and lw[j - 1] == "the":
            j -= 1  # "the North Vietnamese"
        return j if j >= 0 and lw[j] == "the" else None
    if text[:1].isupper() and s >= 1 and lw[s - 1] == "of":
        j = s - 1  # "of Asia"
    elif s >= 2 and lw[s - 1] in _PLACE_DETERMINERS and lw[s - 2] == "of" and lw[s].isalpha():
        j = s - 2  # "of this hemisphere"
    else:
        return None
    h = j - 1
    if h < 0 or lw[h] not in _PEOPLES:
        return None
    if lw[h] == "women":
        if h < 2 or lw[h - 1] != "and" or lw[h - 2] != "men":
            return None
        h -= 2
    t = h - 1
    if t >= 1 and lw[t] != "the" and lw[t].isalpha() and lw[t - 1] == "the":
        t -= 1  # "The free nations of Asia"
    return t if t >= 0 and lw[t] == "the" else None


# A whole people's knowledge pointing at a claim (issue 11, fifty-ninth session, idiom59; nock
# S1092): "We are on the wrong track and the people know it.", "People know this, and that's why
# they have voted as they have", "And all the people know that the average rate of Federal
# taxation upon imports is ...", "The American people know what the right choice is.",
# "Arkansans know exactly who she is.": the speaker declares the claim known to a whole people, as
# "Americans know that ..." does. Two objects the whole people's "know" did not read: "it" or
# "this" closing the clause (a mark, "and" or the sentence's end after it: the claim just made,
# pointed back at), and "what", "who" or "where" (past "exactly") before a clause with its own
# subject, a pronoun or a determiner ("who she is", not "who is funding our elections", "what to
# do", nor the speaker's "who I am"); and "people" alone as the knower when it opens its clause
# ("People know", "the people know", "all the people know"), not after a quantity or a verb
# ("most people know", "let people know", "few people know"). Over the 136 sets before gad 4
# positives missed until then in four sets (drill, flute, sett, spade's "The free nations of Asia
# know what they were not sure of"), no trap and no unlabelled line; nock 2 (S1092); none in the
# benchmark corpus.
_POINTED = frozenset({"it", "this"})
_PEOPLE_WH = frozenset({"what", "who", "where"})
_CLAUSE_OPENERS = frozenset("and but yet because since for".split())
# Not "I": "Arkansans know who I am" (nock's unlabelled line) is the speaker on himself, which
# only the speaker vouches for (shim S297's owned certainty).
_WH_SUBJECTS = frozenset("he she we they you the a an this these those his her their our its".split())


def _points_back(lw, k: int, words, prose: str) -> bool:
    """ "know" at ``k`` before "it" or "this" that closes its clause: the sentence's end, a mark
    or "and" after it ("the people know it.", "People know this, and ...")."""
    j = k + 1
    if j >= len(lw) or lw[j] not in _POINTED:
        return False
    if j + 1 == len(lw):
        return True
    return lw[j + 1] == "and" or any(m in prose[words[j].end : words[j + 1].start] for m in _CLAUSE_MARKS)


def _people_wh(lw, k: int) -> bool:
    """ "know" at ``k`` before "what"/"who"/"where" (past "exactly") and a clause with its own
    subject: a pronoun or a determiner right after the question word ("who she is", "what the
    right choice is"; not "who is funding", "who built the mill", "what to do")."""
    w = k + 2 if k + 1 < len(lw) and lw[k + 1] in _EXACTLY else k + 1
    if w + 2 >= len(lw) or lw[w] not in _PEOPLE_WH:
        return False
    return lw[w + 1] in _WH_SUBJECTS


def _bare_people(words, lw, s: int, prose: str) -> Optional[int]:
    """The index where "people", "the people" or "all the people" ending at ``s`` starts when it
    opens its clause (the sentence's head, a mark or a conjunction before it), else None."""
    if lw[s] != "people":
        return None
    start = s
    if start >= 1 and lw[start - 1] == "the":
        start -= 1
        if start >= 1 and lw[start - 1] == "all":
            start -= 1
    if start == 0 or lw[start - 1] in _CLAUSE_OPENERS:
        return start
    gap = prose[words[start - 1].end : words[start].start]
    return start if any(m in gap for m in _CLAUSE_MARKS) else None


def _nation(text: str) -> bool:
    """ "American", "Americans", "Europeans", "Canadian": a capitalised word of a people."""
    base = text[:-1] if text.endswith("s") else text
    return text[:1].isupper() and text[1:].islower() and base.endswith(("an", "ian", "ean"))


def shared_knowledge(lw, k: int, words, prose: str, paragraph=None) -> Optional[int]:
    """The index where the knower starts when ``lw[k]`` ("know", "knows") ends knowledge credited
    to everyone before a claim, else None. ``paragraph``: ``(doc.sentence_table, the sentence's
    index)``, where "they know" looks back for the people it stands for."""
    n = len(lw)
    if k + 1 >= n or not lw[k + 1][:1].isalpha():
        return None
    points = _points_back(lw, k, words, prose) or _people_wh(lw, k)
    not_claim = lw[k + 1] in _NOT_CLAIM and not (k and (lw[k - 1] in _WE_SETTLED or lw[k - 1] == _ALSO) and _wh_claim(lw, k)) and not _subject_it(lw, k) and not pointing_clause(lw, k)
    if not_claim and not points:
        return None
    too_that = lw[k + 1] in _THEN_THAT and k + 2 < n and lw[k + 2] == "that"
    if any(m in prose[words[k].end : words[k + 1].start] for m in _CLAUSE_MARKS) and lw[k + 1] != "that" and not too_that:
        return None  # "we know, of course," an aside: only "know, too, that" goes on to the claim
    if prose[words[-1].end : words[-1].end + 1] == "?":
        return None
    s = k - 1
    adverbs = 0
    also = s >= 1 and lw[s] == _ALSO and lw[s - 1] == "we"
    if also:
        s -= 1  # "We also know that ...": plain "we know", read with its tests (know53)
    while s >= 0 and lw[s] in _SETTLED and adverbs < 2:
        s -= 1
        adverbs += 1
    if s < 0:
        return None
    if lw[s] == "we":
        if lw[k] != "know" or not adverbs and not _plain_we_know(lw, s, k, words, prose):
            return None
        start = s
    elif lw[s] == "they":
        if lw[k] != "know" or not _plain_we_know(lw, s, k, words, prose) or not _people_before(lw, s, words, paragraph):
            return None
        start = s
    else:
        start = _people(words, lw, s)
        if start is None:
            start = _bare_people(words, lw, s, prose)
            if start is not None and lw[k] != "know":
                return None
        if start is None:
            start = _peoples_of(words, lw, s)
            if start is None or lw[k] != "know":
                return None  # "The peoples of Asia now know", "The North Vietnamese know"
        elif (lw[k] == "know") != (lw[s] != "world"):
            return None  # "the world knows", "Americans know": the verb agrees with its knower
    if start and (lw[start - 1] in _NOT_AFTER or lw[start - 1] in ("that", "of") and lw[s] != "we"):
        return None  # "once we already know", "so that Americans know", "millions of Americans"
    if start and lw[start - 1] == "that" and lw[s] == "we" and start >= 2 and lw[start - 2] in ("so", "now"):
        return None  # "so that we now know", "now that we already know"
    if lw[k + 1] == "that" and k + 2 < n and not lw[k + 2][:1].isalpha():
        return None
    if lw[s] == "we" and not adverbs and lw[k + 1] == "from":
        return start if _from_experience(lw, k) else None
    if lw[s] in ("we", "they"):
        if not_claim:
            return None  # the people's objects (_points_back, _people_wh) are not read after "we"
    elif points:
        return start  # "the people know it.", "Arkansans know exactly who she is" (idiom59)
    if lw[k + 1] in _EXACTLY:
        return start if _wh_claim(lw, k) else None  # "We know exactly what four years of ... will bring"
    if lw[s] == "we" and (lw[k + 1] in _PRONOUN_SUBJECTS or pointing_clause(lw, k)):
        return start  # "And we know they wait with us tonight", "We know this works."
    if lw[s] == "we" and plural_then_verb(lw, k):
        return start  # "Now, we know hackers steal people's identities" (know58)
    return start if clause_after(lw, k, words, prose) else None


def plain_knower(lw, s: int, k: int, words, prose: str) -> bool:
    """The knower at ``s`` (a pronoun) and "know" at ``k`` open a clause that states a claim, by
    the tests plain "we know" passes: no question, no aside after "know", a claim and not a thing
    known after it (``clause_after``), the clause opening at the sentence's head, after a
    conjunction or after a mark, no concession and no reader (``_plain_we_know``). For a knower
    other than "we" (speakers_knowledge's "I know", issue 11, twenty-fourth session)."""
    n = len(lw)
    if k + 1 >= n or not lw[k + 1][:1].isalpha():
        return False
    if lw[k + 1] in _NOT_CLAIM and not _subject_it(lw, k):
        return False  # "I know what works", "I know many of you well" (a thing known)
    too_that = lw[k + 1] in _THEN_THAT and k + 2 < n and lw[k + 2] == "that"
    if any(m in prose[words[k].end : words[k + 1].start] for m in _CLAUSE_MARKS) and lw[k + 1] != "that" and not too_that:
        return False  # "I know; you've told me", "liberal, I know."
    if prose[words[-1].end : words[-1].end + 1] == "?":
        return False
    if s and lw[s - 1] in _NOT_AFTER:
        return False  # "what I know will help", "as far as I know"
    if lw[k + 1] == "that" and k + 2 < n and not lw[k + 2][:1].isalpha():
        return False
    return _plain_we_know(lw, s, k, words, prose) and clause_after(lw, k, words, prose)


# Plain "we know" opening a clause, before a claim (issue 11, eighteenth session): "We know this
# works.", "We know our economy is stronger when ...", "In America, we know that faith and family
# ... are the center", "Because we know government has failed", "But we know it was never
# inevitable" (awl-docs, rasp-docs, mallet-docs, forge-docs, tongs-docs, lathe-docs, kiln-docs,
# bellows-docs). The twelfth and sixteenth sessions measured every "we know" and found it under
# 80% right: the writer's team conceding a point to the reader ("Yes, we know there are many
# ways to build objects in Perl 5", "We know that it is a lengthy document ... but its length",
# "We know everyone is human and we all fail at times, but ..."), speaking of the reader ("we
# know you are using PyPy"), reasoning towards its own decision ("We know Karma is used
# particularly commonly in the Angular ecosystem, so Angular is added"), or naming its source
# ("We know from issue #1 that"). Those four are left out here; the clause must open at the
# sentence's head, after a conjunction or after a mark, not inside another clause.
_OPENS_BEFORE = frozenset("but and yet for because since".split())
_CONCEDES_AFTER = frozenset("but though although however".split())
_READER = frozenset({"you're", "you've", "you'll", "you'd", "your"})
_EXPERIENCE = frozenset({"experience", "history"})


def _plain_we_know(lw, s: int, k: int, words, prose: str) -> bool:
    """ "we" at ``s`` and "know" at ``k = s + 1`` open a clause that claims (see the note above)."""
    if s and lw[s - 1] not in _OPENS_BEFORE and not prose[words[s - 1].end : words[s].start].strip()[:1] in (",", ";", ":"):
        return False  # "the stuff that we know", "patents which we know are likely": inside a clause
    if any_before(lw, _YES, s) or k + 1 < len(lw) and lw[k + 1] in _READER:
        return False  # "Yes, we know there are many ways"; "we know you're using PyPy"
    if (_conceded_after(lw, k) if lw[s] == "we" else any_from(lw, _CONCEDES_AFTER, k + 1)) or _last_so_after_comma(lw, words, prose) > k:
        return False  # "We know ... , but ..."; "We know ... , so Angular is added"
    if lw[s] == "we" and on_ourselves(lw, k):
        return False  # "We know that we cannot change all of this in a day": the speaker's side on itself
    return True


# "we know" whose clause is about "we" again (issue 11, twenty-ninth session, boost29): "We know
# that we cannot change all of this in a day", "But we know that we still have a long way to go",
# "We know that we may have to pay a heavy price for freedom", "but we know that we can solve
# them": the speaker's own side telling what it can do, must do or has still to do is a promise,
# an exhortation or a task owned (RULES-ADDENDUM maul S114, S29, brace Z1), not knowledge claimed
# for a fact the listener could check. Over the forty-nine sets 6 wrong findings so shaped in five
# sets (bellows 2, hoe, maul, spade; froe among the three newest) against 1 right (hoe's "We know
# that we ourselves shall never be wholly safe at home unless ..."). Bare "we" only: "But we know
# we've got more to do" (plane, right; the twentieth session's contraction case) stays. Only plain
# "we know" (not "we all know", "we now know", nor "they know we can't afford it", where the
# knower is another).
def on_ourselves(lw, k: int) -> bool:
    """The clause after "know" at ``k`` (after "that", if any) opens with "we"."""
    j = k + 1
    if j < len(lw) and lw[j] == "that":
        j += 1
    return j < len(lw) and lw[j] == "we"


_YES = frozenset({"yes"})


# A "but" that contrasts two phrases inside the claim concedes nothing (know53): "because we know
# the economy doesn't grow from the top down but from the middle class out", "we should of course
# build them, but in another way", "all the failures of the Obama years, but with less charm and
# more lies", "not only because it creates new markets, ..., but also because it's the right
# thing to do". The "but" of a concession opens a clause of its own ("We know everyone is human
# ..., but the primary goal ... should be", "We know the process will be messy, ..., but we can
# and will insist"), and so does one before a fronted phrase and its subject ("but at present it
# is deserted"). So a "but" right before a preposition (not "to", which opens a clause of
# purpose: "but to meet that challenge, we must"), "also" or "not", with no subject pronoun in
# the three words after that, is a contrast of phrases (``phrase_contrast``); and a concession
# with "not only" between "know" and it answers that "not only" ("not only of shooting and
# fighting, but an even more urgent one of working and producing"). "though", "although" and
# "however" always concede.
PHRASE_AFTER_BUT = frozenset("of in on at for from with by into about between under over without through also not".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she it they there this that".split())


def phrase_contrast(lw, j: int) -> bool:
    """ "but" at ``j`` joins a phrase, not a clause: a preposition, "also" or "not" after it and no
    subject pronoun in the three words after that. A few words from ``j``."""
    return (lw[j] == "but" and j + 1 < len(lw) and lw[j + 1] in PHRASE_AFTER_BUT
            and _SUBJECT_PRONOUNS.isdisjoint(lw[j + 2 : j + 5]))


@per_sentence
def _concessions(lw) -> tuple:
    """(the indexes of the sentence's concessions, in order; the suffix minima of the index of the
    "not only" each answers, -1 if none: the last before it with no "but" between), once per sentence."""
    at, not_only, last = [], [], -1
    for j, w in enumerate(lw):
        if w == "only" and j and lw[j - 1] == "not":
            last = j
        elif w in _CONCEDES_AFTER:
            if not phrase_contrast(lw, j):  # not "but from the middle class out", "but also because"
                at.append(j)
                not_only.append(last)
            if w == "but":
                last = -1  # a "not only" is answered by the first "but" after it
    suffix = list(not_only)
    for j in range(len(suffix) - 2, -1, -1):
        suffix[j] = min(suffix[j], suffix[j + 1])
    return at, suffix


def _conceded_after(lw, k: int) -> bool:
    """A concession ("but", "though", "although", "however") stands after ``k`` with no "not only"
    between ``k`` and it ("not only of shooting and fighting, but an even more urgent one")."""
    at, suffix = _concessions(lw)
    j = bisect_right(at, k)
    return j < len(at) and suffix[j] <= k


@per_sentence
def _last_so_after_comma(lw, words, prose: str) -> int:
    """The index of the sentence's last ", so" (-1: none), found once per sentence: a scan of the
    rest of the sentence per "we know" was quadratic in a long one."""
    last = -1
    for j in range(1, len(lw)):
        if lw[j] == "so" and prose[words[j - 1].end : words[j].start].strip() == ",":
            last = j
    return last


# "They know we can't afford it." (issue 11, twentieth session): the pronoun stands for a whole
# people the speech has just named ("For these Americans and so many others, change has not come
# fast enough. ... They're tired of the partisanship ... They know we can't afford it.", "Most
# Americans ... understand that we can't just cut our way to prosperity. They know that
# broad-based economic growth requires ..."), the sixteenth session's knower said again. The
# eighteenth session left "they know" out because its knower is whoever the sentences before
# name: half of its lines there credited the knowledge to named men ("Mitt Romney and Paul Ryan
# understand this reality. ... They know that our friends and allies must again be able to trust
# us.") or to a group ("The planners in Taiwan struck me as realistic men. They know that ...").
# So the people must be named in the sentence before "they", or in the paragraph's sentences just
# before it, read back only as long as each of them speaks of "they" (the pronoun's chain).
_THEY = frozenset({"they", "they're", "they've", "they'll", "they'd", "them", "their"})
_CHAIN = 6  # sentences read back at most
# A sentence that opens on a part of the people goes on speaking of them ("Some are frustrated,
# some are angry.")
_PART = frozenset("some many most others few all".split())


def _people_before(lw, s: int, words, paragraph) -> bool:
    """A whole people ("Americans", "the American people") is named before "they" at ``s``: in
    its own sentence, or in the paragraph's sentences before it while each speaks of "they".
    ``paragraph``: ``(doc.sentence_table, index of this sentence)``, or None (this sentence alone)."""
    if any(_people(words, lw, j) is not None for j in range(s)):
        return True
    for earlier in _earlier_in_paragraph(paragraph):
        tokens = [w.text for w in earlier]
        low = norm_words(earlier)
        if any(_people_token(tokens, low, j) for j in range(len(tokens))):
            return True
        if _THEY.isdisjoint(low) and (not low or low[0] not in _PART):
            return False  # the chain is broken: "they" stands for someone else
    return False


def _earlier_in_paragraph(paragraph):
    """The words of the sentences before this one in its block, nearest first, at most _CHAIN:
    the Document's own sentences, as every check reads them."""
    if paragraph is None:
        return
    sentences, index = paragraph
    block = sentences.block_indexes[index]
    for k in range(index - 1, max(-1, index - 1 - _CHAIN), -1):
        if sentences.block_indexes[k] != block:
            return
        yield sentences.sentence(k).words


def _people_token(tokens, low, j: int) -> bool:
    """ "Americans", or "people" after a people's adjective ("the American people"), or "peoples"
    or "nations" before "of" and a name ("The peoples of Asia")."""
    if low[j] == "people":
        return j >= 1 and _nation(tokens[j - 1])
    if low[j] in ("peoples", "nations"):
        return j + 2 < len(low) and low[j + 1] == "of" and tokens[j + 2][:1].isupper()
    return tokens[j].endswith("s") and _nation(tokens[j])


# "we know" before a question word's clause that states a fact (issue 11, twentieth session):
# "Well, we know what backwards looks like. We know what happened to middle-class families after
# two tax cuts ... And we know how far we've come." (plane-docs), "yet we know where it leads",
# "We know how incredibly effective vaccines are." (mallet-docs): the clause is a fact the speaker
# makes common knowledge, as "we know that ..." does. Only "what", "where" and "how" before a
# degree ("how far", "how much"): not "know what to do", "know how to" (a skill), "know how they
# got" (a manner), nor "which", "who", "why", "when" ("we now know which tree points to it", the
# fsck output just shown: awl-docs' trap); nor after any knower but "we".
_WH = frozenset({"what", "where", "how"})
# An adverb of precision between "we know" and the question word (know53): "We know exactly what
# four years of Hillary Clinton will bring" (wimble), as "know now that" and "know, too, that"
# (_THEN_THAT) before "that".
_EXACTLY = frozenset({"exactly", "precisely"})
_WE_SETTLED = frozenset({"we"}) | _SETTLED
_NOT_DEGREE = frozenset("to i you he she it we they this that these those the a an his her their our my your".split())


# A subject pronoun right after "we know" opens a clause whatever its verb ("And we know they wait
# with us tonight for some response", gimlet), and so does "this" or "it" before a verb in "-s" or
# "-ed" ("We know this works.", awl): the reader's "you know" has read so since the fifty-second
# session (certainty_frames._claim_known); clause_after reads only auxiliaries as finite verbs
# (know53). Not "we" after "we know" (on_ourselves), not "that" (the conjunction, read already).
_PRONOUN_SUBJECTS = frozenset("i he she they".split())
_POINTING = frozenset({"this", "it"})


def pointing_clause(lw, k: int, pointing=_POINTING) -> bool:
    """ "this" or "it" (or another word of ``pointing``) after "know" at ``k``, before a verb in "-s"
    or "-ed" (certainty_frames reads the reader's "you know" with it too)."""
    if k + 2 >= len(lw) or lw[k + 1] not in pointing:
        return False
    verb = lw[k + 2]
    return verb.isalpha() and len(verb) > 3 and (verb.endswith("s") or verb.endswith("ed")) and verb not in _NOT_VERBS


# Words in "-s" that are no verb after "this"/"it": "We know this is", "this was" (finite: read by
# clause_after), "it as".
_NOT_VERBS = frozenset("this thus less unless always perhaps towards afterwards besides news".split())


def _subject_it(lw, k: int) -> bool:
    """ "But we know it was never inevitable." (forge-docs): "it" before a finite verb is the
    subject of the claim, not the thing known ("we know it well", "as we know it")."""
    return lw[k + 1] == "it" and k + 2 < len(lw) and lw[k + 2] in _FINITE


def _wh_claim(lw, k: int) -> bool:
    """ "know" at ``k`` before "what"/"where" + a clause, or "how" + a degree word, after "we"."""
    j = k - 1
    if j >= 1 and lw[j] == _ALSO:
        j -= 1  # "But we also know why ..."
    while j >= 0 and lw[j] in _SETTLED:
        j -= 1
    w = k + 2 if k + 1 < len(lw) and lw[k + 1] in _EXACTLY else k + 1  # "We know exactly what ..."
    if j < 0 or lw[j] != "we" or w + 1 >= len(lw) or lw[w] not in _WH or lw[w + 1] == "to":
        return False
    return lw[w] != "how" or lw[w + 1] not in _NOT_DEGREE and lw[w + 1][:1].isalpha()


def _from_experience(lw, k: int) -> bool:
    """ "We know from long experience that ...": knowledge from experience or history, which no
    reader can check; not "We know from issue #1 that" (a source named)."""
    for j in range(k + 2, min(len(lw), k + 6)):
        if lw[j] in _EXPERIENCE:
            return j + 1 < len(lw) and lw[j + 1] == "that"
    return False


# Finite verbs that show a clause after "know": "know economic security can vanish", "know the
# Federal budget system is broken", "already know are shown to work".
_FINITE = frozenset(
    "is are was were can could will would has have had must may might should does did cannot won't can't isn't aren't wasn't doesn't".split()
)
# A subject and its auxiliary in one word also show a clause: "But we know we've got more to do."
# (plane-docs; "you're" and "you've" speak of the reader and are refused before, _READER)
_FINITE |= frozenset("we've we're we'll it's that's they're they've there's he's she's i'm i've".split())
_PREPOSITIONS = frozenset("of in on at for from with by to into about between under over".split())


def clause_after(lw, k: int, words, prose: str) -> bool:
    """A claim follows "know": "that", a question word's clause (``_wh_claim``), or a finite verb
    within five words, before any preposition or mark ("Democrats and Republicans know the
    importance of senior citizens": a thing known, no claim; news-dev)."""
    if lw[k + 1] in _WH:
        return True  # (checked by _wh_claim before)
    if lw[k + 1] == "that" or lw[k + 1] in _THEN_THAT and k + 2 < len(lw) and lw[k + 2] == "that":
        return True  # "know that", "We know, too, that even as technology develops ...", "We know now that"
    for j in range(k + 1, min(len(lw), k + 7)):
        if j > k + 1 and any(m in prose[words[j - 1].end : words[j].start] for m in _CLAUSE_MARKS):
            return False
        if lw[j] in _FINITE:
            return True
        if lw[j] in _PREPOSITIONS:
            return False
    return False


# "we know" before a plural noun and a bare verb (issue 11, fifty-eighth session, know58): "Now, we
# know hackers steal people's identities", "We know foreign countries and companies swipe our
# corporate secrets", "We know police officers put their lives on the line", "We know charter
# schools provide real public school choice", "because we know Americans need the leadership of
# ...", "We know seniors not only want these programs to survive": the speaker makes a claim about
# others common knowledge, as "we know that ..." does. clause_after reads only auxiliaries as
# finite verbs, so a claim whose verb is a plain present or past was passed. Over the 133 sets
# before hob 6 positives missed until then in four sets (spade 3, adze, hasp, fuller), no trap and
# no unlabelled line; none in hob, sett or drift. The noun: a word of more than three letters in
# "-s" (not "-ss", "-us", "-is") within four words of "know", past at most one word before it and
# "and" between two nouns; the verb right after it (past "never", "not only" and the like): a
# word of three letters or more, no function word, not in "-ly", "-s" or "-ing". Only after plain
# "we know" (its clause tests, _plain_we_know, already passed). Reads at most seven words.
_NV_ADVERBS = frozenset("never always not only also all still often already".split())
_NV_NOT_VERB = frozenset(
    """of in on at for from with by to into about between under over through and or but nor as than
    that which who whom whose what when where while if because so the a an this these those their
    his her its our my your is are was were be been being has have had do does did can could will
    would shall should may might must it they we you he she i there here very more most less well too
    now then today yet even just better best enough""".split()
)


def plural_then_verb(lw, k: int) -> bool:
    """A plural noun within four words after "know" at ``k`` (past "the", or "and" between two
    nouns), then a bare verb (past an adverb of _NV_ADVERBS and "only")."""
    n = len(lw)
    for j in range(k + 1, min(n - 1, k + 5)):
        w = lw[j]
        if not w.isalpha() or w in _NV_NOT_VERB and j > k + 1 and w not in ("the", "and"):
            return False
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _NV_NOT_VERB:
            v = j + 1
            if v < n and lw[v] in _NV_ADVERBS:
                v += 1
            if v < n and lw[v] == "only":
                v += 1
            if v >= n:
                return False
            x = lw[v]
            if x == "and":
                continue  # "foreign countries and companies swipe"
            return x.isalpha() and len(x) > 2 and x not in _NV_NOT_VERB and not x.endswith(("ly", "s", "ing")) and x not in _NV_ADVERBS
    return False
