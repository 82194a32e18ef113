"""A sweeping word inside a lexicon's definition (issue 11, thirty-first session).

A lexicon entry's first sentence defines its headword, and a relative clause in it narrows the
kind of thing the word names: "A {bug} or design error that limits a program's capabilities, and
which is sufficiently egregious that nobody can quite work up enough nerve to describe it as a
{feature}", "2. n. Describes a language about which the developers are passionate ... but no one
else cares about", "1. adj. Describes a talk ... that is heavy on the syntax ... but rarely, if
ever, has any content". The "nobody", "no one", "rarely, if ever" belong to the definition of the
word, not to a claim about the world (the sets' rule B4, "part of what the term means"; plumb-,
punch-, dowel- and hatchet-docs).

A definition is the first sentence of a paragraph that opens with a sense number or a part of
speech ("1.", "2. n.", "adj."), that opens with a verb of defining ("Describes", "Denotes",
"Refers to", "Used"), or that follows a headword line (":restriction: n.", ":B1FF: /bif/, n.").
The sweeping word must stand after a relative word ("that", "which", "who") that comes before
any finite verb of the sentence's own: a noun phrase and its relative clause, no assertion.
A superlative heading the definition ("The most famous {pseudo}", "The world's first RISC
microcomputer": punch- and rake-docs' positives) is no sweeping word and stays a finding.
"""
from __future__ import annotations

import re

from prosecheck.checks.sentence_memo import per_document, places

#: The words a sweeping absolute opens with: "nobody", "no one", "rarely, if ever", "almost never".
SWEEPING = frozenset("nobody no no-one never rarely seldom hardly almost nearly".split())
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
#: Finite verbs that make a sentence assert before its relative clause ("Another common flavor is
#: constipation, in which ...": a statement, not a definition's noun phrase).
_FINITE = frozenset("is are was were has have had does do did can could will would must may might".split())
_DEFINING = frozenset({"describes", "denotes", "refers", "used", "means"})
# A sense line's opening: a sense number, a part of speech or both ("1.", "2. n.", "adj.").
_SENSE = re.compile(r"\s*(?:\d{1,2}\.\s+)?(?:(?:n|adj|adv|v|vt|vi|interj|pron|prep|conj|abbrev)\.\s+)+|\s*\d{1,2}\.\s+")
# A headword line: ":term:" and, after it, a pronunciation, variants, a part of speech.
_HEADWORD = re.compile(r"\s*:[^:\n]{1,80}:(?:\s[^\n]{0,80})?\s*$")


@per_document
def _openers(sentences) -> dict:
    """id(block) -> the offset of its first sentence, and whether the block is a definition's
    (a sense line, or the paragraph after a headword line). One pass over the document."""
    out: dict = {}
    prev = cur = None
    for s in sentences:
        block = s.block
        if block is not cur:
            prev, cur = cur, block
        if id(block) in out and out[id(block)][0] is not None:
            continue
        defined = bool(_SENSE.match(block.prose)) or (prev is not None and bool(_HEADWORD.match(prev.prose)))
        # "1. adj." may be a sentence of its own: the definition is the sentence after it
        alone = id(block) not in out and _SENSE.fullmatch(s.text + " ") is not None
        out[id(block)] = (None if alone else s.offset, defined)
    return out


def _sense_offset(words, prose: str) -> int:
    """The index of the first word after a sense line's number and part of speech."""
    m = _SENSE.match(prose)
    if not m:
        return 0
    k = 0
    while k < len(words) and words[k].start < m.end():
        k += 1
    return k


def in_definition(doc, sentence, words, lw, a: int) -> bool:
    """The sweeping word at ``a`` (SWEEPING) stands in the relative clause of a lexicon entry's
    defining sentence."""
    if lw[a] not in SWEEPING:
        return False
    first, defined = _openers(doc.sentences).get(id(sentence.block), (None, False))
    if first != sentence.offset:
        return False
    start = _sense_offset(words, sentence.block.prose)
    opener = lw[start] if start < len(lw) else ""
    if not defined and opener not in _DEFINING:
        return False
    at = places(lw)
    rel = min((at[w][0] for w in _RELATIVES if w in at and at[w][0] < a), default=None)
    if rel is None:
        return False
    # the sentence's own finite verb, if any, stands after its relative word: a noun phrase
    verbs = [k for w in _FINITE if w in at for k in (at[w][0],)]
    return not verbs or min(verbs) > rel
