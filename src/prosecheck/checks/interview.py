"""An interview laid out without speaker labels: whose words are its answers?

Magazines and blogs print an interview as bare questions, each a paragraph or a heading of its
own ("Were you involved in those discussions?", "## What was your first job in tech like?"),
each followed by the guest's answer in one or more paragraphs. Nothing labels the turns, so
``voice.py``'s transcript rule never sees them, and the checks read the guest's answers as the
writer's ("Some people say he is worth nothing.", "it is the best system for ...").

A FAQ is laid out the same way, but there the writer answers: its answers ARE the writer's words.
What separates the two, measured on the nineteen labelled sets and the benchmark corpus (issue 11,
fifteenth session):

* the questions address a guest: at least two in three say "you"/"your" and none of those speaks
  for the asker ("How do I ...?", "Can we ...?" are a FAQ's reader asking);
* the guest answers in the first person singular ("I would not declare ...", "My career has
  been ..."), in at least two answers and a quarter of them: a FAQ answers the reader ("You can
  ..."), and a column's rhetorical questions to the reader ("Have you examined this problem?")
  are answered by advice, never by "I";
* the page introduces the guest by name before the first question ("Steve Forbes' bespectacled
  gaze ...", "Erin Spiceland is a Software Engineer for SpaceX"): a capitalised first and last
  name, one of which the page names again; and the writer does not speak as "I" before the
  questions (a blog post whose writer asks "Why should you care?" under headings and answers as
  "I" is the writer's own; an interviewer writes "we", if anything).

The questions stay the writer's (the interviewer's: "The fight for the wall has led to the
longest shutdown in history. Do you agree ...?"); every block after a question, up to the next
question, is the guest's.
"""

from __future__ import annotations

import re

from prosecheck.lazyre import lazy

_YOU_RE = lazy(r"\b(?:you|your|yours|yourself)\b", re.I)
# The asker speaking for themselves: a FAQ's reader ("How do I ...?", "Can we ...?").
_ASKER_RE = lazy(r"\b(?:I|me|my|we|our|us)\b|\b(?:I|we)['\u2019]", re.I)
# The guest speaking for themselves. Case matters: "I" is always a capital.
_FIRST_SINGULAR_RE = lazy(r"\b(?:I|me|my|My|Me)\b|\bI['\u2019]")
# "Steve Forbes", "Erin Spiceland": two capitalised words, each at least two letters.
_NAME_RE = lazy(r"\b([A-Z][a-z]+)[ \u00a0]([A-Z][a-z]+(?:['\u2019]s)?)\b")

# A run of word characters: a whole word, as a search for \bName\b would find it.
_WORD_RE = lazy(r"\w+")

_MIN_PAIRS = 3


def _question(block) -> bool:
    """A paragraph or heading of its own that ends with a question mark (emphasis after it
    aside). One that ends with a quoted question ("... most people feel 'Why can't they?'") is
    an answer that quotes someone."""
    if block.containers or block.kind not in ("paragraph", "heading"):
        return False
    return block.prose.rstrip().rstrip("*_ ").endswith("?")


def _introduces_someone(intro: str, rest: str) -> bool:
    """The text before the first question names a person ("Steve Forbes") whose first or last
    name the page writes again."""
    # Where each word last stands, found in one pass: a name is written again when its first or
    # last name stands after it. (Searching the rest of the page once per name was quadratic: a
    # page of 20,000 names before its questions took minutes.)
    text = intro + " " + rest
    last_at = {}
    for t in _WORD_RE.finditer(text):
        last_at[t.group()] = t.start()
    for m in _NAME_RE.finditer(intro):
        first, last = m.group(1), m.group(2).removesuffix("'s").removesuffix("\u2019s")
        if last_at.get(last, -1) >= m.end() or last_at.get(first, -1) >= m.end():
            return True
    return False


def answer_blocks(doc) -> list:
    """The blocks of an unlabelled interview's answers (see the module docstring), or []."""
    blocks = doc.blocks
    questions = [i for i, b in enumerate(blocks) if _question(b)]
    if len(questions) < _MIN_PAIRS:
        return []
    # each question with the run of blocks that answer it (up to the next question)
    turns = []
    for k, i in enumerate(questions):
        end = questions[k + 1] if k + 1 < len(questions) else len(blocks)
        answer = blocks[i + 1:end]
        if answer and answer[0].kind == "paragraph":
            turns.append((blocks[i], answer))
    n = len(turns)
    if n < _MIN_PAIRS:
        return []
    addressed = sum(1 for q, _ in turns if _YOU_RE.search(q.prose) and not _ASKER_RE.search(q.prose))
    if 3 * addressed < 2 * n:
        return []
    in_first_person = sum(1 for _, a in turns if any(_FIRST_SINGULAR_RE.search(b.prose) for b in a))
    if in_first_person < 2 or 4 * in_first_person < n:
        return []
    first = questions[0]
    intro = " ".join(b.prose for b in blocks[:first])
    if _FIRST_SINGULAR_RE.search(intro):
        return []  # the writer speaks as "I" before the questions: the "I" after them is theirs too
    rest = " ".join(b.prose for b in blocks[first:])
    if not _introduces_someone(intro, rest):
        return []
    return [b for _, answer in turns for b in answer]
