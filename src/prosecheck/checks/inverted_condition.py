"""A condition opened by inversion, with no "if": "Had X been the only force operating, ...",
"were we to cast away ...", "Should the need arise, ..." (SL101's and HC102's precision; issue 11,
forty-third session, fixes43).

``confidence.hypothetical`` drops a superlative or a booster inside a condition opened by "if",
"unless", "whether" or "when": the text supposes it and asserts nothing. The same condition is
written without "if" by putting the auxiliary first, and the rules read it as a statement:
"Had overspeculation in securities been the only force operating, we should have seen recovery"
(mandrel-docs' trap, Hoover 1930) and "Had the number 30 been used instead of the number 1"
(rabbet-docs' Jargon File, a wrong warning) were reported as claims.

An inverted condition here is an auxiliary opening its sentence or a clause (after a clause mark)
followed by its subject:

* **had**, a subject, then "been" or a participle within five words: "Had any such attempt been
  made", "had the Government known"; not "had it not been for X" / "had it not been that" (the
  idiom asserts X: "it might have gone unnoticed, had it not been for the intensive use of
  assert()" says that assert() was used), and not "had a reputation", "had to" (the verb "have");
* **were**, a subject, then "to" within five words: "were we to cast away", "Were the bill to
  pass"; not "were it not for" (asserted, as above), not "were founded", "were only to be obtained"
  (a passive or a verb after a plural subject);
* **should**, a subject pronoun or determiner: "Should the need arise", "should it be needed";
  not "should be", "should have" (the modal of a statement, no subject after it).

``confidence.hypothetical`` reads these openers as it reads "if": a finding after one, with no
clause mark between, is inside the condition. And a finding in the **consequence** of a case
supposed with "had" or "were" (a modal, "would", "could", "might" or "should", within six words
before it) is dropped too: "Had any such attempt been made, the judiciary would doubtless have
afforded an adequate remedy" (quill-docs' trap, Buchanan 1859), "We should be most unwise, indeed,
were we to cast away ..." (gusset-docs' trap, Jefferson 1803). "should" inverted supposes a case
to come ("Should the need arise, the fleet is ready"), whose main clause may well be a claim: it
opens a condition only.

Over the ninety-one sets: 4 findings dropped in four sets, all wrong or traps, none right (two
SL101 warnings inside the condition: mandrel-docs' trap and rabbet-docs' wrong finding; two HC102
in the consequence: quill-docs' trap at warning, gusset-docs' at info); the benchmark corpus
unchanged.

The subject must begin with a pronoun, a determiner or a capital, or be a noun that "been" or
"to" follows within five words: a word after the auxiliary that cannot be a subject (an adverb, a
participle, "not") opens no inversion.
"""

from __future__ import annotations

from prosecheck.checks.sentence_memo import per_sentence

#: The auxiliaries that open an inverted condition.
OPENERS = frozenset({"had", "were", "should"})
# Words that begin a subject: pronouns and determiners.
_SUBJECTS = frozenset(
    "i we you he she it they there this that these those the a an any such some no our their his her its my your "
    "one each every all either neither another".split())
# After "had" + subject: the participle is "been" or any word in -ed or -en or one of these.
_PARTICIPLES = frozenset(
    "been known seen done made taken given gone come found thought brought told said won lost kept held "
    "met paid put set run become begun left led sent spent stood understood heard felt meant built".split())
# Words after the auxiliary that begin no subject.
_NOT_SUBJECT = frozenset("not never been be to only also already just better best rather so too".split())
_REACH = 5  # words from the auxiliary to "been", a participle or "to"

EXAMPLES = [
    # (sentence, is there an inverted condition?) for tests/test_check_superlatives.py
    ("Had overspeculation in securities been the only force operating, we should have seen recovery.", True),
    ("We should be most unwise, indeed, were we to cast away the blessings of our position.", True),
    ("Should the need arise, the fleet is the finest in the world.", True),
    ("It might have gone unnoticed, had it not been for the state-of-the-art fuzzer.", False),
    ("The ships were founded on the best plans, and were only to be sold abroad.", False),
    ("Had a reputation for the best work.", False),
    ("The plans should be the best we can make.", False),
]


@per_sentence
def openers(lw, words, prose: str) -> list:
    """The indexes of the sentence's inverted-condition auxiliaries, in order (once per sentence)."""
    if OPENERS.isdisjoint(lw):
        return []
    from prosecheck.checks.sentence_memo import clause_marks

    found = []
    marks = None
    for k, w in enumerate(lw):
        if w not in OPENERS or k + 2 >= len(lw):
            continue
        if k:
            if marks is None:
                marks = frozenset(clause_marks(lw, words, prose))
            if k - 1 not in marks:
                continue
        if _inverted(lw, words, k):
            found.append(k)
    return found


def _inverted(lw, words, k: int) -> bool:
    w, subject = lw[k], lw[k + 1]
    if subject in _NOT_SUBJECT or not subject[:1].isalpha():
        return False
    tail = lw[k + 2 : k + 2 + _REACH]
    if w == "had":
        if lw[k + 2 : k + 5] == ["not", "been", "for"] or lw[k + 2 : k + 5] == ["not", "been", "that"]:
            return False  # "had it not been for X": X asserted
        if subject in _SUBJECTS or words[k + 1].text[:1].isupper() or "been" in tail:
            return any(t in _PARTICIPLES or (len(t) > 3 and t.endswith(("ed", "en"))) for t in tail)
        return False
    if w == "were":
        if lw[k + 2 : k + 4] == ["not", "for"]:
            return False  # "were it not for X": X asserted
        if subject in _SUBJECTS or words[k + 1].text[:1].isupper() or "to" in tail:
            return "to" in tail
        return False
    # "should": a subject pronoun or determiner ("Should the need arise", "should it be needed")
    return subject in _SUBJECTS


# The modals of a consequence: "we should have seen", "the judiciary would doubtless have afforded".
_MODALS = frozenset({"would", "could", "might", "should"})
_MODAL_REACH = 6


def in_consequence(lw, words, prose: str, a: int) -> bool:
    """Word ``a`` stands after a modal (within six words) in a sentence whose condition is "had" or
    "were" inverted: the consequence of a case supposed, "Had any such attempt been made, the
    judiciary would doubtless have afforded a remedy", "We should be most unwise, indeed, were we
    to cast away ..."."""
    found = openers(lw, words, prose)
    if not found or not any(lw[k] in ("had", "were") for k in found):
        return False
    return not _MODALS.isdisjoint(lw[max(0, a - _MODAL_REACH) : a])
