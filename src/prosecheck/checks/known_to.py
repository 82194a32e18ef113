"""A fact credited to no one by "known" (``HC101``; issue 11, thirty-fourth session, near34).

"The -nograbcmap option is known to cause problems", "Courier 1.4.3 is known to be buggy", "Both
men are known to be honest", "It is now known that the leak came from the valve": the passive of
"know" keeps the fact and leaves out whoever knows it. The sets' rules count each a claim credited
to nobody (RULES 4; vault-docs' notes on "is known to", quarry O6, kerf S285, tang S331, jig's
hearsay "it is known that"). Two shapes:

* **"is/are/was/were known to" and a verb** (``known_to``): "The drug is known to cause nausea",
  "Such loops were known to hang", "it's also known to crash". Not "known to" a person or a group
  ("known to the police", "known to us", "known to all": the knower is there, or it is the
  lexicon's booster), nor a knower after "by" ("is known by engineers to": the shape is not
  there), nor negated ("is not known to"), asked ("Which versions are known to work?"), in a
  relative clause whose subject is the pronoun ("a tarball that is known to work", "one who posts
  rarely but is known to read") or inside
  a condition ("If the input is known to be sorted, ...", "Once it is known to work, ...": a
  premise, no claim; ``confidence.hypothetical``, with "once", "until", "provided", "assuming",
  "suppose", "where" and "wherever" besides its own words, so a condition opened anywhere earlier
  in the clause, and not a "when" that tells a time, "When the mill opened the valve was known to
  leak"). Not "has been
  known to" ("pexpect has been known to misbehave": an idiom for "sometimes does", unseen D5) nor
  "is well known to" (a property, the lexicon's "is well known" passes it: D5).
* **"It is (now) known that"** (``known_that``): "It is known that the parser leaks", "It has
  long been known that ..."; not the past ("whilst it was known that ...": what was known then,
  recounted). "It is well known that" is the booster list's and "It is widely known
  that" the weasel list's (matched before this is asked).

A knower the sentence names otherwise (a link, a citation, a named source) answers the finding in
hedging's HC101 path, as for every weasel. Each function reads a window of words round one index
(at most ``_CLAUSE_BACK`` back for a relative pronoun) and asks ``confidence.hypothetical`` (the
sentence's conditions, found once per sentence) whether a condition holds it: no scan of the
sentence.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.confidence import hypothetical

#: The note of the findings (hedging._UNRESOLVED_NOTES: only the sentence's own source answers
#: it, as for the lexicon's "is well known").
NOTE = "knows it"
#: The word hedging tests for ``known_to`` (the participle), and for ``known_that`` the subjects.
KNOWN = "known"
IMPERSONAL = frozenset({"it", "it's"})

_BE = frozenset("is are was were".split())
# Contractions of a subject and "is"/"are": "it's known to crash", "they're known to hang".
_BE_SUFFIXES = ("'s", "'re")
# One adverb between "is" and "known": "is also known to", "are commonly known to". Not "well"
# ("is well known to add latency": a property, D5) nor "not" (an absence).
_ADVERBS = frozenset("also now generally commonly widely long often sometimes still already".split())
# After "known to": a knower, not a verb ("known to the police", "known to us", "known to all",
# "known to man", "known to date").
_KNOWERS = frozenset(
    """
    the a an this that these those my your his her its our their me us you him them it one
    all everyone everybody anyone anybody someone somebody nobody none many most some few several
    both each every any no others other man mankind humanity science history god people police
    public law date whoever whom
    """.split()
)
# A relative pronoun as the subject: the clause picks out which thing is meant ("Packaged tarball
# that is known to work:", "changes that are known to be needed", "A technical subject that is
# known to be able to absorb ...": loft G2, tang, dowel B4, all negatives); the knowledge is
# presupposed, no claim is asserted of the thing. Every positive of the sets is a main clause
# ("Courier 1.4.3 is known to be buggy", "This is known to happen if ...").
_RELATIVE = frozenset("that which who".split())
# A second verb of the relative clause: "one who posts occasionally or not at all but is known to
# read the group's postings" (dowel B4, a lexicon's definition of a lurker).
_AND = frozenset("and but or".split())
_CLAUSE_BACK = 8  # words read back from "is" for a relative pronoun, stopping at a mark
_MARKS = frozenset(",;:()")
# "It is known that", "It has (long) been known that", "It's known that". Not the past ("whilst it
# was known that these orders would not otherwise cease", jig's address: what the speaker's side
# knew then, recounted, as "At that point it was clear that" is for HC102).
_IMPERSONAL_BE = frozenset("is has".split())
_PERFECT = frozenset({"has"})

EXAMPLES = [
    # (sentence, is it a finding?) for tests/test_check_hedging.py's readers and the code page
    ("The drug is known to cause nausea.", True),
    ("Such loops were known to hang.", True),
    ("It is now known that the leak came from the valve.", True),
    ("The suspect is known to the police.", False),
    ("The tool is known by engineers to hang.", False),
    ("If the input is known to be sorted, skip the check.", False),
    ("Once the input is known to be sorted, skip the check.", False),
    ("Check if the processes on the host match what the vendor is known to ship.", False),
    ("When the mill opened the valve was known to leak.", True),
    ("The builds that are known to work are listed below.", False),
    ("A reader who posts rarely but is known to read every thread.", False),
    ("Whilst it was known that the orders would stand, the town waited.", False),
]


def _be_before(lw, i: int) -> Optional[int]:
    """The index of "is" (or "it's") before the participle ``lw[i]``, one adverb between, or None."""
    j = i - 1
    if j >= 0 and lw[j] in _ADVERBS:
        j -= 1
    if j < 0:
        return None
    w = lw[j]
    if w in _BE or w.endswith(_BE_SUFFIXES):
        return j
    return None


def _in_clause(lw, words, j: int, prose: str, openers) -> bool:
    """One of ``openers`` opens the clause of ``lw[j]`` within ``_CLAUSE_BACK`` words."""
    for k in range(j, max(-1, j - _CLAUSE_BACK - 1), -1):
        if lw[k] in openers:
            return True
        if k and any(c in _MARKS for c in prose[words[k - 1].end : words[k].start]):
            return False
    return False


def _asked(words, prose: str) -> bool:
    return prose[words[-1].end : words[-1].end + 1] == "?"


def known_to(lw, words, i: int, prose: str, text: Optional[str] = None) -> Optional[int]:
    """The index where "is known to" starts (the verb "to be", or the participle when a line
    break stands between them in the document's ``text``) when ``lw[i]`` ("known") is the passive
    of "know" before an infinitive, credited to nobody, else None."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] != "to":
        return None
    verb = lw[i + 2]
    if not verb.isalpha() or verb in _KNOWERS or not words[i + 2].text[:1].islower():
        return None  # "known to the police", "known to us", "known to Git"
    if verb.endswith("s") and not verb.endswith(("ss", "us")):
        return None  # "known to readers", "known to engineers": a plural, the knowers
    j = _be_before(lw, i)
    if j is None or _asked(words, prose) or hypothetical(words, lw, prose, j, known=True):
        return None
    if j and (lw[j - 1] in _RELATIVE or (lw[j - 1] in _AND and _in_clause(lw, words, j - 1, prose, _RELATIVE))):
        return None  # "Packaged tarball that is known to work:", "one who posts rarely but is known to read"
    if text is not None and "\n" in text[words[j].offset : words[i].offset]:
        return i  # "is\nknown to": on the participle's line (A12)
    return j


def known_that(lw, words, i: int, prose: str) -> Optional[int]:
    """The index of "known" when ``lw[i]`` ("it", "it's") opens "It is (now) known that" or "It
    has (long) been known that", else None."""
    n = len(lw)
    k = i + 1
    if lw[i] != "it's":
        if k >= n or lw[k] not in _IMPERSONAL_BE:
            return None
        perfect = lw[k] in _PERFECT
        k += 1
        if perfect:
            if k < n and lw[k] in _ADVERBS:
                k += 1  # "It has long been known"
            if k >= n or lw[k] != "been":
                return None
            k += 1
    elif k < n and lw[k] == "been":
        k += 1  # "It's been known that"
    if k < n and lw[k] in _ADVERBS:
        k += 1  # "It is now known that" ("It is widely known" is the weasel list's, matched first)
    if k + 1 >= n or lw[k] != KNOWN or lw[k + 1] != "that":
        return None
    if _asked(words, prose) or hypothetical(words, lw, prose, i, known=True):
        return None
    return k
