"""The verb endings of older English: "thou talkest", "he museth", in text that writes "thou".

The Authorised Version, the commentaries on it, and the novels and sermons of three centuries
inflect verbs for "thou" with "-est" and for "he" with "-eth" ("thou lovest", "who criest",
"he chargeth"). pyspellchecker's list holds the commonest of them ("knoweth", "hath") but not
most, and SP101 reported "talkest", "nailest", "hearest", "lovest" as slips, suggesting
"talkers", "nailers", "nearest". On the development sets these were 11 findings in 6 sets
(Spurgeon, Henry, Melville, the 1961 text), every one wrong (eval/judged/SP101-sets-s66.tsv).

Only where the document itself writes older English (:data:`MARKERS`, in any case): elsewhere a
word ending "-est" after a known word is as likely a slip ("lastest" for "latest").
"""

from __future__ import annotations

#: Words only older English uses: a document with one of them writes its verbs the old way.
MARKERS = frozenset({"thou", "thee", "thy", "thine", "hath", "doth", "hast", "dost"})

_ENDINGS = ("est", "eth")


def writes_old_english(vocabulary) -> bool:
    """True when the document's distinct words (any case) hold one of :data:`MARKERS`."""
    return any(w.lower() in MARKERS for w in vocabulary if len(w) <= 5)


def old_inflection(lower: str, known) -> bool:
    """True for a known verb with the "-est" or "-eth" of older English: "talkest" (talk),
    "lovest" (love), "criest" (cry), "museth" (muse), "sayest" (say)."""
    if len(lower) < 6 or not lower.endswith(_ENDINGS):
        return False
    stem = lower[:-3]
    if len(stem) < 2:
        return False
    return known(stem) or known(stem + "e") or (stem.endswith("i") and known(stem[:-1] + "y"))
