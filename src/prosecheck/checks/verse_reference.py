"""A chapter-and-verse reference is a citation marker (issue 11, sixty-sixth session, prec66).

Commentaries on Scripture cite the passage a reading rests on as ``Hebrews 10:11``, ``(cf
Romans 3:25)``, ``He 11:23`` or ``1Pe 5:13``: the reader can look the words up, as with ``(Smith,
2020)``. RULES 2 and the sets built on commentaries (bolster-docs' addendum, trug S1310, lopper
S1311) count such a reference in the sentence as the claim's source, so ``support.cited`` does.

A reference is a book of the Bible (its name or a usual abbreviation, with a leading ``1``-``3`` for
the numbered books) then ``chapter:verse``. Abbreviations that are English words (``Is``, ``Am``,
``So``, ``Ex``) and the bare ``Song`` are left out, and a ``10:30 am`` or ``10:30:15`` is a time,
not a verse: a match is one search of the sentence, made once per sentence by the caller's memo.
"""

from __future__ import annotations

from prosecheck.lazyre import lazy

# Books by full name and by the abbreviations commentaries print (SWORD's, Scofield's, the
# AV margins'): a list of the canon, as month names are a list of the calendar.
_BOOKS = (
    "Genesis|Gen|Ge|Exodus|Exod|Leviticus|Lev|Le|Numbers|Num|Nu|Deuteronomy|Deut|De|Dt|Joshua|Josh|Jos"
    "|Judges|Judg|Jud|Jdg|Ruth|Ru|Samuel|Sam|Sa|Kings|Kgs|Ki|Chronicles|Chron|Chr|Ch|Ezra|Ezr|Nehemiah|Neh|Ne"
    "|Esther|Esth|Est|Es|Job|Jb|Psalms?|Psa|Ps|Proverbs|Prov|Pr|Ecclesiastes|Eccl|Ecc|Ec"
    "|Song\\s+of\\s+(?:Solomon|Songs)|Canticles|Isaiah|Isa|Jeremiah|Jer|Jr|Lamentations|Lam|La"
    "|Ezekiel|Ezek|Eze|Daniel|Dan|Dn|Da|Hosea|Hos|Ho|Joel|Amos|Obadiah|Obad|Ob|Jonah|Jon|Micah|Mic"
    "|Nahum|Nah|Habakkuk|Hab|Ha|Zephaniah|Zeph|Zep|Haggai|Hag|Zechariah|Zech|Zec|Malachi|Mal"
    "|Matthew|Matt|Mat|Mt|Mark|Mk|Mr|Luke|Lk|Lu|John|Jn|Joh|Jo|Acts|Ac|Romans|Rom|Ro"
    "|Corinthians|Cor|Co|Galatians|Gal|Ga|Ephesians|Eph|Philippians|Phil|Php|Colossians|Col"
    "|Thessalonians|Thess|Th|Timothy|Tim|Ti|Titus|Tit|Philemon|Philem|Phm|Hebrews|Heb|He"
    "|James|Jas|Peter|Pet|Pe|Jude|Revelation|Rev|Re"
)

_VERSE_RE = lazy(
    r"(?<![\w.])(?:[1-3]\s?)?(?:" + _BOOKS + r")\.?\s?\d{1,3}:\d{1,3}(?!\d|:\d|\s*(?:[ap]\.?m\b|[AP]\.?M\b|h\b|hrs?\b))"
)


def cites_verse(text: str) -> bool:
    """Does ``text`` (a sentence) hold a chapter-and-verse reference: ``Romans 3:25``, ``He
    11:23``, ``1Pe 5:13``, ``Eccl. 7:16``."""
    return ":" in text and _VERSE_RE.search(text) is not None
