"""Certainty given as an answer, and proof said to be settled by an adverb inside its verb.

* An emphatic reply: a sentence that is nothing but a certainty adverb, after an optional "Yes"
  and before an optional word of agreement, closed by "!" or "." ("Definitely!", "Yes,
  absolutely!", "Absolutely correct."), and "Yes" with such an adverb opening a sentence ("Yes
  indeed, we too can see ..."). In a FAQ it answers the reader's question with a claim the writer
  vouches for ("I don't like functional programming, should I still learn Coconut? Definitely!");
  after a quoted passage it endorses it. The word alone with no closing mark is still a word
  mentioned in a list (hedging._not_insisting: "* Obviously"), and a reply of a booster and an
  auxiliary ("It most definitely was.") is still the confirmation of the sentence before
  (hedging._elliptical_reply). Not before a possibility or a permission ("Yes, of course you can
  use yarn").
* Proof with an adverb between the auxiliary and "proven" ("we have already proven that that's
  possible", "is scientifically proven to increase"): the entries "is proven", "has proven" and
  their kin with the adverb that says how the proof was made or that it is done. The entries'
  tiers and exemptions hold ("has proven to be" is a record the sentence goes on to show).

Measured in issue 11's sixteenth session (w-b16, HC102.md). Words are the sentence's normalised
words.
"""

from __future__ import annotations

from typing import Optional

_YES = frozenset({"yes", "yeah", "yep"})
# Adverbs that can make a whole reply ("Definitely!"); two-word "of course" is handled apart.
_REPLY_ADVERBS = frozenset("absolutely definitely certainly surely indeed undoubtedly".split())
# Words of agreement that may close the reply ("Absolutely correct.", "Certainly true!").
_AGREEING = frozenset("correct right true so".split())
_CLOSING = ("!", ".")
_POSSIBLE = frozenset("can could may might".split())


def _adverb_at(lw, k: int) -> int:
    """The last index of a reply adverb at ``k``, or -1."""
    if k < len(lw) and lw[k] in _REPLY_ADVERBS:
        return k
    if lw[k : k + 2] == ["of", "course"]:
        return k + 1
    return -1


def emphatic_reply(lw, words, prose: str) -> Optional[tuple]:
    """``(first, last)`` word indexes of an emphatic reply opening the sentence, else None."""
    if not lw:
        return None
    yes = lw[0] in _YES
    start = 1 if yes else 0
    end = _adverb_at(lw, start)
    if end < 0:
        return None
    last = end + 1 if end + 1 < len(lw) and lw[end + 1] in _AGREEING else end
    if last == len(lw) - 1:
        # the whole sentence: it must close on "!" or "." (a list's bare word has no mark)
        after = prose[words[last].end : words[last].end + 1]
        return (0, last) if after in _CLOSING else None
    if not yes or ("you" in lw[last + 1 : last + 3] and not _POSSIBLE.isdisjoint(lw[last + 2 : last + 4])):
        return None  # "Definitely not in production"; "Yes, of course you can use yarn": permission
    return (0, last)


# "Sure it does.", "Sure they do." (awl-docs' git guide answering its own question, forge-docs
# answering an opponent; issue 11, eighteenth session): the colloquial "it sure does" with the
# word first, a whole sentence of "sure", a pronoun and an auxiliary. Not "Sure, you can use it"
# (permission: more words), not "Sure." alone.
_PRONOUNS = frozenset("it they he she we you i that this".split())
_SURE_AUXILIARIES = frozenset("does do did is are was were can will has have".split())


def inverted_sure(lw, words, prose: str) -> Optional[tuple]:
    """``(0, 2)`` when the sentence is "Sure it does." (closed by "." or "!"), else None."""
    if len(lw) != 3 or lw[0] != "sure" or lw[1] not in _PRONOUNS or lw[2] not in _SURE_AUXILIARIES:
        return None
    if prose[words[0].end : words[1].start].strip():
        return None  # "Sure, it does": agreement set off, not the adverb
    return (0, 2) if prose[words[2].end : words[2].end + 1] in _CLOSING else None


#: Every first word of a sentence that emphatic_reply or inverted_sure can answer for (a reply
#: word, a reply adverb, "of course", "sure"): hedging asks them only of such a sentence (issue 11,
#: eighteenth session, langcpu: three calls per scanned sentence before).
OPENERS = _YES | _REPLY_ADVERBS | frozenset({"of", "sure"})


#: The auxiliaries before "proven" (hedging tests a word against them before asking further).
PROOF_AUXILIARIES = frozenset("is are was were has have had been be".split())
# How the proof was made, or that it is done and done again ("have already proven", "is
# scientifically proven", "has repeatedly proven").
_PROOF_ADVERBS = frozenset(
    "already again repeatedly consistently conclusively definitively scientifically clinically "
    "medically mathematically empirically experimentally thoroughly amply abundantly".split()
)


def proof_with_adverb(lw, i: int) -> Optional[int]:
    """The index of "proven" when ``i`` is an auxiliary followed by a proof adverb and "proven"."""
    if i + 2 < len(lw) and lw[i] in PROOF_AUXILIARIES and lw[i + 1] in _PROOF_ADVERBS and lw[i + 2] == "proven":
        return i + 2
    return None

