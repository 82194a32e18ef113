"""Is the person the next sentence names the source of a lead, or a person the story is about?

HC101 lets a lead ("Officials say ...", "... has come under criticism", "according to analysts")
stand resolved when the next sentence names who spoke (hedging._answered). RULES 2 and 4 say the
name must be where the claim comes from or one of the people it is credited to; "a named person
who answers or disputes the claim does not support it". Two shapes tell the other people apart
mechanically (issue 11, twenty-first session, task "answered"):

* the speaker is named in the lead itself: the claim is about them, so they answer it
  ("... the omission has triggered ... condemnation [of Dre's behavior]. '...,' said Dre.";
  "... has come under criticism since Representative Kevin McCarthy ... suggested ...
  McCarthy later said ..."; "..., according to analysts. Shearson said it was ...");
* a quoted speaker the text never introduces by a role or an affiliation, in the quotation's
  sentence or before it: a person in the story talking about their own experience
  ('"We came all the way from Puerto Rico ...," said Jose Ramirez, who was in New York with his
  family.'; '"We're rats in a lab," says Azza, over a cup of tea'), not one of the analysts or
  officials the lead cites ('said Dillard Spriggs of Petroleum Analysis Ltd', 'said Hanna Issa, a
  Palestinian international law expert', 'Danin said' after 'said Robert M. Danin, a senior fellow
  at the Council on Foreign Relations' earlier in the story).

Only names are judged here; which sentence counts as the next one is support.next_sentence's.
"""

from __future__ import annotations

from typing import Optional
from weakref import WeakKeyDictionary

from prosecheck.checks.lexicon import norm, without_possessive
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.sentence_memo import per_sentence

#: Verbs of saying that close or open a quotation's attribution ('"...," said Reyes').
SAID = frozenset("said says told added adds explained noted wrote".split())
#: Verbs of saying whose subject a name can be in a sentence that does not open with a quotation
#: ("McCarthy later said ...", "Shearson said it was ...").
_SUBJECT_VERBS = SAID | frozenset("tells stated states announced announces reported reports".split())
#: Words between a subject and its verb of saying: "McCarthy later said", "Smith has told".
_BETWEEN = frozenset({"also", "has", "have", "had", "later", "then", "again", "previously", "once"})
#: Titles before a name: never the name itself ("Dr. Dre", "Mr Vaughan", "President Bush").
_TITLES = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady president senator sen rep representative "
    "gov governor general gen minister secretary judge justice chief mayor king queen prince "
    "princess father rev st saint".split()
)
#: Capitalised words that name no one: sentence openers and pronouns.
_NO_NAME = frozenset(
    "the a an he she they it we i you this that these those there his her their its our "
    "but and so yet then on in at yesterday today".split()
)
#: Lowercase words after "NAME," that continue the sentence rather than name a role:
#: "said Jose Ramirez, who was in New York", "says Azza, over a cup of tea", "said Smith, adding".
_NOT_ROLE = frozenset(
    """
    who whom whose which that where when while whilst as after before over under in on at by
    for from with without into during since until because although though if and but or so yet
    he she they it we i you his her their its our adding noting saying pointing speaking
    referring asked answering recalling describing calling now then still also again later
    """.split()
)
#: Prepositions that join a name to its affiliation: "Dillard Spriggs of Petroleum Analysis".
_AFFILIATION = frozenset({"of", "at", "with", "from"})


def _proper(text: str) -> bool:
    """A capitalised word in lower case after its capital ("Reyes"; not "AFP", as hedging's
    quotation test always had it), no opener or title."""
    low = norm(text).rstrip(".")
    return text[:1].isupper() and text[1:2].islower() and low not in _NO_NAME and low not in _TITLES


def _name_part(text: str) -> bool:
    """A word inside a name once it has begun: "M." in "Robert M. Danin", "F." in "Wallace F."."""
    return _proper(text) or _title(text) or (len(text) == 2 and text[0].isupper() and text[1] == ".")


def quoted_speaker(after) -> Optional[tuple[int, int]]:
    """The name of the speaker a sentence opening with a quotation gives, as word indexes
    ``(first, last)`` of ``after.words``: '"...," said Dana Reyes of Acme.' -> Dana Reyes;
    '"...," Reyes said.'; '"...," Dana Reyes said.'. None for "he said", "the official said"."""
    words = after.words
    if not words or not words[0].quoted:
        return None
    rest = [i for i, w in enumerate(words) if not w.quoted][:4]
    texts = [words[i].text for i in rest]
    low = [norm(t) for t in texts]
    if len(rest) >= 2 and low[0] in SAID and (_proper(texts[1]) or _title(texts[1])):
        last = 1
        while last + 1 < len(rest) and rest[last + 1] == rest[last] + 1 and _name_part(texts[last + 1]):
            last += 1
        return rest[1], rest[last]
    if len(rest) >= 2 and low[1] in SAID and _proper(texts[0]):
        return rest[0], rest[0]
    if len(rest) >= 3 and low[2] in SAID and (_proper(texts[0]) or _title(texts[0])) and _proper(texts[1]):
        return rest[0], rest[1]
    return None


def _title(text: str) -> bool:
    """ "Mr", "Dr.", "President": a capitalised title that opens a name ('"...," Mr Vaughan said')."""
    return text[:1].isupper() and norm(text).rstrip(".") in _TITLES


def subject_speaker(after, opening: int = 12) -> Optional[tuple[int, int]]:
    """A name that is the subject of a verb of saying in the first ``opening`` words of ``after``
    ("McCarthy later said", "Shearson said it was elevating"), as word indexes; None otherwise."""
    words = after.words[:opening]
    for v, w in enumerate(words):
        if norm(w.text) not in _SUBJECT_VERBS or w.text[:1].isupper():
            continue
        j = v - 1
        while j >= 0 and norm(words[j].text) in _BETWEEN:
            j -= 1
        if j < 0 or not _proper(words[j].text) or words[j].quoted:
            continue
        prose = after.block.prose
        first = j
        while (first > 0 and _name_part(words[first - 1].text) and not words[first - 1].quoted
               and not prose[words[first - 1].end : words[first].start].strip()):
            first -= 1  # "Robert M. Danin said"; not "Yesterday, Shearson said"
        return first, j
    return None


def _surnames(words, span: tuple[int, int]) -> set:
    """The name's words that identify the person (no title, no initial): "Dr. Dre" -> {"Dre"}."""
    first, last = span
    out = set()
    for w in words[first : last + 1]:
        t = w.text.rstrip(".")
        if len(t) > 1 and norm(t) not in _TITLES:
            out.add(t)
    return out


def named_in_lead(lead, after, span: tuple[int, int]) -> bool:
    """The next sentence's speaker is named in the lead itself: a person the claim is about."""
    names = _surnames(after.words, span)
    return bool(names) and not names.isdisjoint(_lead_words(lead))


#: Pronouns by which a lead speaks of a person (``named_before_lead``).
_PERSONAL = frozenset("he He she She him Him his His her Her".split())


def named_before_lead(doc, lead, after, span: tuple[int, int]) -> bool:
    """The next sentence's speaker is named in the sentence just before the lead (same
    paragraph), and the lead speaks of a person as "he" or "she": the person the claim is about,
    not its source ("Jerker ... was hated by the industry. Rumor has it that he's not given up
    piracy. Jerker says that he is not really interested in computers": issue 11, forty-eighth
    session, mend48, hacksaw-docs). Both sentences' words are read once (memos)."""
    k = lead.index - 1
    sentences = doc.sentences
    if k < 0 or k + 1 >= len(sentences) or sentences[k + 1] is not lead:
        return False
    before = sentences[k]
    if before.block is not lead.block or _PERSONAL.isdisjoint(_lead_words(lead)):
        return False
    names = _surnames(after.words, span)
    return bool(names) and not names.isdisjoint(_words_before(before))


def _bare_words(sentence) -> frozenset:
    """The sentence's words without their possessives."""
    return frozenset(without_possessive(w.text) for w in sentence.words)


# The last lead's words, and the last sentence before a lead's, each in a one-sentence slot of its
# own (``per_sentence`` knows a sentence by its identity; its ``words`` are a new list at each
# reading): a sentence of many leads is read once, not once per lead (a paragraph with no full
# stop is one sentence; a hostile file must not make this quadratic). Two slots, because
# ``named_before_lead`` asks for the lead's and the sentence before's in turn.
_lead_words = per_sentence(_bare_words)
_words_before = per_sentence(_bare_words)


def _role_at(sentence, first: int, last: int) -> bool:
    """The name at ``first..last`` of ``sentence`` comes with a role or an affiliation: an
    apposition ("Hanna Issa, a Palestinian international law expert"; "Paul Mlotok, oil analyst
    with Salomon Brothers"), "of/at/with/from" and a capitalised name ("Dillard Spriggs of
    Petroleum Analysis Ltd"), or a role before it ("said oil analyst Paul Mlotok")."""
    words = sentence.words
    prose = sentence.block.prose
    if last + 1 < len(words):
        nxt = words[last + 1]
        gap = prose[words[last].end : nxt.start]
        low = norm(nxt.text)
        if "," in gap:
            if low in ("a", "an", "the", "one"):
                return True
            if nxt.text[:1].isupper():
                return norm(nxt.text) not in _NO_NAME
            return low not in _NOT_ROLE and not ly_adverb(low, 0) and not low.endswith("ing")
        if not gap.strip() and low in _AFFILIATION and last + 2 < len(words):
            return words[last + 2].text[:1].isupper()
    if first > 0 and not words[first - 1].quoted and not prose[words[first - 1].end : words[first].start].strip():
        before = words[first - 1].text
        low = norm(before)
        return (before[:1].islower() and low not in SAID and low not in _NOT_ROLE
                and low not in ("a", "an", "the") and not ly_adverb(low, 0))
    return False


def introduced(doc, lead, after, span: tuple[int, int]) -> bool:
    """The quoted speaker is given a role or an affiliation where the next sentence names them,
    or wherever the story named them before the lead (by their surname)."""
    if _role_at(after, *span):
        return True
    names = _surnames(after.words, span)
    if not names:
        return False
    # The earliest sentence before the lead where a word of the name ends the name (the next word
    # is no word of it) and comes with a role: read from the document's index, built once, so a
    # document of many leads is read once, not once per lead (a hostile file must not hang).
    index = _introductions(doc)
    for text in names:
        for following, at in index.get(text, ()):
            if following not in names:
                if at < lead.index:
                    return True
                break  # the entries run in the document's order: later ones are later still
    return False


_INTRODUCTIONS: "WeakKeyDictionary" = WeakKeyDictionary()


def _introductions(doc) -> dict:
    """``word -> [(the next word's text or None, sentence index), ...]``: every place where a word
    that may end a name comes with a role or an affiliation (``_role_at``, the name's first word
    found by walking back over name parts as ``introduced`` always did), one entry per distinct
    next word, in the document's order. ``introduced`` needs the first entry whose next word is
    not part of the speaker's name: at most one entry per word of the name is skipped."""
    found = _INTRODUCTIONS.get(doc)
    if found is not None:
        return found
    index: dict = {}
    placed = set()  # (word, next word) already in the index: its earliest place is kept
    for s in doc.sentences:
        words = s.words
        prose = s.block.prose
        first = 0
        for k, w in enumerate(words):
            # the name's first word: "Robert M. Danin" -> "Robert", carried along the run so a
            # long run of capitals is walked once, not once per word
            if not (k > 0 and _name_part(words[k - 1].text) and not prose[words[k - 1].end : w.start].strip()):
                first = k
            text = w.text
            following = words[k + 1].text if k + 1 < len(words) else None
            if (text, following) in placed:
                continue
            if _role_at(s, first, k):
                placed.add((text, following))
                index.setdefault(text, []).append((following, s.index))
    _INTRODUCTIONS[doc] = index
    return index
