"""Whose words is a block? The language checks judge only the writer's own voice.

Quotation marks are handled by the Document (words and sentences carry ``quoted``). This module
finds the other ways a page hands the floor to someone else, from what the Document already
exposes (each block's kind, its enclosing containers and its prose):

* a block inside a ``>`` block quote, unless the quote is a callout of the writer's own
  ("> **Note**: ...", "> [!TIP]");
* a turn of a guest in a broadcast transcript (``JON SIEBEN: ...``) or an interview
  (``**Lee:** ...``, ``Lee: ...``); the turn runs on over the following paragraphs until the next
  speaker label. The presenter's and the reporter's turns are the writer's voice: the first
  speaker of the page, a speaker labelled ``Q``/``Question``/``Interviewer``, and anyone the page
  introduces as reporting ("Ellesa Throwden reports."). A page whose labels never repeat
  (photo captions, a FAQ's run-in labels: "Diversified: ...", "Downsizing: ...") is no transcript;
* a paragraph that opens a quotation and leaves it open (a quotation that runs on over
  several paragraphs: each opens with a quotation mark, only the last one closes);
* a heading, or a one-line paragraph written wholly in bold (a subheading): it echoes or lists
  what follows and makes no claim of its own;
* a sentence that opens by reporting one named person's words or view without quotation marks
  ("He said, we have never lost ...", "The statement was also made that ...");
* a paragraph set as verse (``verse.py``): three or more short lines that each open with a
  capital, running on from line to line ("So, in convention then and there, / They named him
  Sheriff.  The affair / Was opened, it is said, with prayer."): the poem's words;
* the answers of an interview printed without speaker labels, bare questions to a guest each
  followed by the guest's answer (``interview.py``, which also says how a FAQ is told apart).

Lines an e-mail quotes in a plain-text file ("> ", "# ") are made ``blockquote`` paragraphs by the
Document, so the first rule covers them.

The answer is computed once per document and kept in a weak dictionary, like the lexicon's
tokens, so every check that asks shares it.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from prosecheck.lazyre import lazy
from prosecheck.checks.instructions import instructs
from prosecheck.checks.interview import answer_blocks
from prosecheck.checks.verse import is_verse
from prosecheck.sentences import PLACEHOLDER

# "JON SIEBEN:", "MAYOR SMITH:", "Q:", "Lee:", "Dr. Ana Ruiz:" at the start of a paragraph.
# At most four words; each capitalised; the label ends at the first colon.
_LABEL_RE = lazy(r"^[*_]{0,2}((?:[A-Z][\w.'\u2019-]*)(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,3})[*_]{0,2}:[*_]{0,2}\s")
_WRITER_LABELS = frozenset({"q", "question", "interviewer", "presenter", "host", "moderator", "reporter"})
# A label made of these is an ordinary word before a colon ("Note: ...", "Update: ..."), not a speaker.
_NOT_SPEAKERS = frozenset(
    """
    note notes update updates warning tip example examples important caution source sources
    summary tldr tl;dr usage step result results answer a edit disclaimer update correction
    editor's fact bonus conclusion pros cons see also why what how when where who
    """.split()
)

_CACHE: "WeakKeyDictionary" = WeakKeyDictionary()
_OPENING_QUOTES = ('"', "\u201c")


def _speaker(prose: str):
    """The speaker label opening ``prose`` (lower-cased, single-spaced), or None."""
    m = _LABEL_RE.match(prose)
    if not m:
        return None
    said = prose[m.end():].split()
    if len(said) < 2 or PLACEHOLDER in said[0]:
        return None  # "**Type**: `Number`", "**Default**: 10": a property, not a turn
    label = " ".join(m.group(1).split())
    words = label.lower().split()
    if len(words) == 1 and words[0] in _NOT_SPEAKERS:
        return None
    # Mixed case "Lee Smith" counts only in the bold form or as a short name; all caps always does.
    if not label.isupper() and not prose.startswith(("**", "__")) and len(words) > 2:
        return None
    return label.lower()


def _is_speaker_name(label: str, written: str, lower: set) -> bool:
    if label in ("q", "a") or label in _WRITER_LABELS:
        return True
    if written.isupper() and len(written) > 1:
        return True
    return not any(w in lower for w in label.split())


_ADMONITION_RE = lazy(r"^\s*(?:>\s*)+(?:\[!\w+\]|[*_]{2}[^*_]{1,40}[*_]{2}\s*:?|(?:Note|Tip|Warning|Important|Caution|Info)\b)")


def _admonition(doc, block) -> bool:
    """A block quote the writer uses as a callout ("> **Note**: ...", "> [!TIP]"): the writer's
    own voice. Judged by the first line of the quote the block belongs to."""
    line = block.start_line - 1
    lines = doc.lines
    while line > 0 and lines[line - 1].lstrip().startswith(">"):
        line -= 1
    return bool(_ADMONITION_RE.match(lines[line]))


def _runs_on_quotation(prose: str) -> bool:
    """A paragraph that opens a quotation and does not close it: by the convention of quoting
    over several paragraphs, the quotation runs on into the next one ("Qantas are the company
    ... (no closing mark)")."""
    text = prose.lstrip()
    if not text.startswith(('"', "\u201c")):
        return False
    if text[0] == '"':
        return text.count('"') % 2 == 1
    return text.count("\u201c") > text.count("\u201d")


def opens_quotation(sentence) -> bool:
    """A sentence that opens a quotation and leaves it open, or is wholly quoted: someone else's
    words (where each line is a sentence, a quotation runs on over several lines the same way)."""
    text = sentence.text.rstrip()
    if text.startswith(('"', "\u201c")) and text.endswith(('"', "\u201d")) and len(text) > 2:
        return True  # the whole sentence between quotation marks, however the marks were paired
    return _runs_on_quotation(text)


# A sentence that opens by handing the floor to one person, then gives what they said or think
# without quotation marks: "He said, we have never lost ...", "She wrote that ...", "Smith
# argued that ...", "He feels, therefore, that ...", and the passive report "The statement was
# also made that undoubtedly ...". The subject is "he", "she" or a capitalised name (one to three
# words): a vague one ("Some critics have said", "They say") is itself the writer's unsourced
# claim, which HC101 must still see, so it is left out.
_REPORTER = r"(?:He|She|[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?){0,2})"
_REPORT_VERB = (r"(?:said|says|wrote|writes|added|argued|argues|declared|insisted|stated|explained|"
                r"recalled|replied|told (?:me|us|him|her|them|reporters)|"
                r"feels|felt|thinks|thought|believes|believed)")
_REPORTED_RE = re.compile(
    "^" + _REPORTER + r"(?: (?:also|later|then|once|has|had))? " + _REPORT_VERB + r"(?:,(?: [a-z]+,)?| that\b)")
# A warning given to a hearer, after a turn of the story: "But he also cautioned the group that the
# United States is now more exposed than ever" (attic-docs; issue 11, sixteenth session): the
# speaker's warning, whom the story names before.
_WARNED_RE = re.compile(
    r"^(?:(?:But|And|Yet) )?(?:he|she|He|She)(?: (?:also|later|then|once|has|had))? "
    r"(?:cautioned|warned|told|reminded|assured) (?:the |his |her |their )?[a-z]+(?: [a-z]+)? that\b")
_MADE_THAT_RE = re.compile(r"^The (?:statement|claim|argument|assertion|point) (?:was|has been) (?:also )?made that\b")
# Capitalised first words that are no name: the writer ("We said, ..."), a thing ("It said"), or
# a vague source, which is itself HC101's finding ("Others said, ...", "Critics believe that").
_NOT_REPORTERS = frozenset(
    """
    It This That There The A An And But So Then Now Here Some Many Most Few All Both One We You They
    Others People Everyone Everybody Nobody Someone Somebody Critics Experts Observers Analysts
    Officials Scientists Researchers Sources Insiders Studies Reports Science Research History
    Experience Evidence Tradition Wisdom Legend Rumor Rumour Conventional
    """.split()
)


def reports_someone(doc, sentence) -> bool:
    """A sentence that opens with a report of one person's words or view ("He said, ...",
    "The statement was made that ..."): what follows is theirs, not the writer's. A capitalised
    subject counts only if the page never writes its words in lower case: a name, not a plural
    like "Others said," or "Critics believe that", which name nobody."""
    text = sentence.text.lstrip()
    if _MADE_THAT_RE.match(text) or _WARNED_RE.match(text):
        return True
    if not _REPORTED_RE.match(text):
        return False
    subject = text.split(" ", 1)[0]
    if subject in ("He", "She"):
        return True
    if subject in _NOT_REPORTERS:
        return False
    lower = doc.words.lower_case_texts
    names = re.match(_REPORTER, text).group(0).split()
    return not any(w.rstrip(".").lower() in lower for w in names)


# A direct question opens with a question word or an inverted auxiliary (issue 11, sixteenth
# session): "Why do some people think America's greatness is waning?", "Why do you think that there
# are people who are so eager to be on the list?", "Is Privoxy the best choice for me?", "What's
# the biggest career risk you've ever taken?". It asks, and hands any view in it to whoever
# answers; it asserts nothing (news-dev RULES 1, vault-docs G4). In the gold of the twenty sets
# every language item of a sentence opening so is a negative (24 superlatives, 5 boosters, 2
# hedges); the positives in questions stand before the question starts ("That doctrine has been
# accepted by many, but has it ...?", "And everyone asks: Where ...?", "You know what I hear all
# the time from small-business owners ...?": a statement put as a question), which this leaves.
_ASKING = frozenset(
    """
    why what what's whats how how's who who's whom whose which where where's when when's
    do does did is are was were can could will would should shall may might must has have had
    don't doesn't didn't isn't aren't wasn't weren't can't couldn't won't wouldn't shouldn't
    hasn't haven't hadn't
    """.split()
)
# Words before the question word that leave it the sentence's opening: "And why ...", "So how ...".
_LEAD_INS = frozenset({"and", "but", "so", "then", "now", "well", "ok", "okay"})
# "CNN:", "Q:", "Interviewer:" before an interviewer's question.
_ASKER_LABEL_RE = lazy(r"[*_]{0,2}[A-Z][\w.\u2019'-]*(?: [A-Z][\w.\u2019'-]*){0,2}[*_]{0,2}:[*_]{0,2}\s+")
# What may follow the question mark: closing quotes, a parenthesis, emphasis, spaces.
_AFTER_QUESTION = "\"'\u201d\u2019)*_"
_WORD_RE = lazy(r"\S+")


# What may stand between a sentence's last word and its question mark: emphasis, closing quotes,
# a bracket ("the best thing ever"?, "*really*?", "(see [1])?").
_BEFORE_QUESTION_MARK = "*_`\"')\u201d\u2019]"


def ends_on_question_mark(words, prose: str) -> bool:
    """The sentence whose words are ``words`` (in ``prose``) ends on a question mark, whatever it
    opens with: "Isn't coverage testing the best thing ever?", "Surely this means ...?". Reads the
    few characters after the last word only (SL101's frames, HC102's booster opening a question)."""
    if not words:
        return False
    return prose[words[-1].end : words[-1].end + 4].lstrip(_BEFORE_QUESTION_MARK).startswith("?")


def asks(sentence) -> bool:
    """``sentence`` is a direct question: it ends with a question mark and opens (past a speaker
    label and "and", "but", "so") with a question word or an inverted auxiliary.

    Asked once per finding (``writers_own``), so it reads only the sentence's two ends: a sentence
    can be a paragraph of megabytes with thousands of findings."""
    text = sentence.text
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _AFTER_QUESTION):
        end -= 1
    if not end or text[end - 1] != "?":
        return False
    start = 0
    while start < end and text[start].isspace():
        start += 1
    label = _ASKER_LABEL_RE.match(text, start)
    if label is not None:
        start = label.end()
    firsts = []
    for m in _WORD_RE.finditer(text, start):
        firsts.append(m.group())
        if len(firsts) == 3:
            break
    words = [w.strip("*_\"\u201c\u2018(,").lower().replace("\u2019", "'") for w in firsts]
    while words and words[0] in _LEAD_INS:
        words = words[1:]
    return bool(words) and words[0] in _ASKING


def writers_own(doc, sentence) -> bool:
    """Whether ``sentence`` is the writer's own words: not in a block of someone else's (a block
    quote, a heading, a guest's turn), not opening a quotation, not opening with a report of one
    person's words, not a direct question (which asserts nothing), not an instruction to the reader
    (advice: ``instructions.instructs``). SL and HC ask it per finding."""
    return (id(sentence.block) not in others_blocks(doc) and not opens_quotation(sentence)
            and not reports_someone(doc, sentence) and not asks(sentence) and not instructs(sentence))


def _bold_subheading(doc, block) -> bool:
    """A one-line paragraph written wholly in bold: a subheading ("**Federal: Health care**")."""
    if block.kind != "paragraph" or block.start_line != block.end_line:
        return False
    line = doc.lines[block.start_line - 1].strip()
    for mark in ("**", "__"):
        if len(line) > 4 and line.startswith(mark) and line.endswith(mark) and line.count(mark) == 2:
            return not line[:-2].rstrip().endswith((".", "!", "?"))
    return False


# "<name> reports", "<name>, reporting": a run of non-word characters, then the word.
_REPORTS_AFTER_RE = lazy(r"(\W+)(?:reports|reporting)\b")


def _reported_names(text: str, lengths) -> set:
    """Every string of one of ``lengths`` that stands right before a run of non-word characters
    and "reports"/"reporting" in ``text`` (the pattern ``name``, non-word characters, "reports"
    matches if and only if ``name`` is among them). One pass over the text, not one search of it per speaker
    (quadratic in a transcript of thousands of speakers)."""
    found = set()
    for m in _REPORTS_AFTER_RE.finditer(text):
        for end in range(*m.span(1)):  # the name ends anywhere in the run, before its last mark
            found.update(text[end - n : end] for n in lengths if n <= end)
    return found


def others_blocks(doc) -> frozenset:
    """``id()`` of every block whose words are not the writer's own (see the module docstring)."""
    found = _CACHE.get(doc)
    if found is not None:
        return found
    out = set()
    turns = []  # (block, speaker or None when it continues the turn before)
    speakers_seen = []
    seen = set()
    block_labels: dict = {}
    lines = doc.lines
    for block in doc.blocks:
        if block.kind == "heading":
            out.add(id(block))
            continue
        prose = block.prose
        first = prose[:1]
        if (
            (block.containers and "blockquote" in block.containers and not _admonition(doc, block))
            or (block.start_line == block.end_line and lines[block.start_line - 1].rstrip()[-1:] in ("*", "_")
                and _bold_subheading(doc, block))
            or (first in _OPENING_QUOTES and _runs_on_quotation(prose))
            or is_verse(lines, block)
        ):
            out.add(id(block))
            continue
        # a speaker's label: a capital (or "**") first, and a colon within the first 50 characters
        speaker = None
        if block.kind == "paragraph" and (first.isupper() or first in "*_") and ":" in prose[:50]:
            speaker = _speaker(prose)
            if speaker is not None and speaker not in seen:
                seen.add(speaker)  # a list tested per block was quadratic in a page of many labels
                speakers_seen.append(speaker)
                block_labels[speaker] = _LABEL_RE.match(prose).group(1)
        turns.append((block, speaker))
    n_turns = sum(1 for _, sp in turns if sp is not None)
    if n_turns <= len(speakers_seen):
        # No label twice: run-in labels of a FAQ or photo captions ("Diversified: Magnolia, which
        # ...", "Downsizing: Krispy Kreme ...", "KEYBOARD NUM-PAD: Apparently some ..."), not a
        # transcript, where someone always speaks again (issue 11, thirteenth session: ember-docs,
        # vault-docs)
        speakers_seen = []
    if len(speakers_seen) >= 2 and n_turns >= 3:
        # "**Type**: `Number`", "**Default**: true" label properties, not speakers: a speaker's
        # label is written in capitals (JON SIEBEN) or is a name the page never writes in lower
        # case; Q and A are the interviewer and the guest.
        lower = doc.words.lower_case_texts  # the distinct word texts, shared with superlatives
        names = [s for s in speakers_seen if _is_speaker_name(s, block_labels[s], lower)]
        if len(names) != len(speakers_seen):
            speakers_seen = []
    if len(speakers_seen) >= 2 and n_turns >= 3:  # one "Name:" paragraph is a label, not a transcript
        writers = {speakers_seen[0]} | {s for s in speakers_seen if s in _WRITER_LABELS}
        reported = _reported_names(doc.text.lower(), {len(s.split()[-1]) for s in speakers_seen})
        writers.update(s for s in speakers_seen if s.split()[-1] in reported)
        current = None
        for block, speaker in turns:
            if speaker is not None:
                current = speaker
            if current is not None and current not in writers:
                out.add(id(block))
    out.update(id(block) for block in answer_blocks(doc))
    found = frozenset(out)
    _CACHE[doc] = found
    return found
