"""Spelling (``SP``): words not in the dictionary, and words repeated by mistake.

The dictionary is pyspellchecker's word-frequency list for the chosen language, loaded once per
process and only when the check runs, plus a built-in list of common software and documentation
terms (``data/spelling_words.txt``) and the project's own words (options ``words`` and
``words_file``).

What is not prose is not checked: code is already out of the Document's prose, and by default so
are words with digits, ALL-CAPS acronyms, CamelCase and snake_case identifiers, file names, paths,
domains, e-mail addresses, capitalised words in mid-sentence (names), words of another script, and
words shorter than ``min_length``. Unknown words that real writing uses often, or about as often
as the dictionary word nearest to them, are words the dictionary lacks rather than slips
(:mod:`prosecheck.checks.usage`, option ``skip_common_words``). Hyphenated words are checked part
by part; possessives and contractions (straight or curly apostrophe) are understood. Words inside
quotation marks are checked: quoted words are still spelled.

Work is done once per distinct word: per document, each distinct token is classified once; per
process, the verdict and the suggestions of each word are cached in bounded caches so memory stays
flat over any number of files.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter, OrderedDict
from itertools import compress, islice
from operator import eq
from typing import Iterable, Optional

from prosecheck import _native
from prosecheck.lazyre import lazy
from prosecheck.check import Check, Code, Option
from prosecheck.checks.datacache import LookupTable, cache_dir, replace_cached
from prosecheck.checks.packaged import read_text
from prosecheck.checks import spelling_rank, spelling_reach
from prosecheck.checks.spelling_fixes import doubled_word_fix, unknown_word_fix
from prosecheck.checks.spelling_archaic import old_inflection, writes_old_english
from prosecheck.checks.spelling_editorial import bracketed_head
from prosecheck.checks.spelling_names import (
    before_particle_name, introduced, joined_to_name, path_words, species_name,
)
from prosecheck.dialects.anchors import abbreviations
from prosecheck.fixes import with_fix
from prosecheck.hookspecs import hookimpl
from prosecheck.sentences import PLACEHOLDER

LANGUAGES = ("en", "es", "fr", "pt", "de", "it", "ru", "ar", "lv", "eu", "nl", "fa")
_SCRIPT = {"ru": "cyrillic", "ar": "arabic", "fa": "arabic"}  # every other language: Latin

#: Endings after an apostrophe: the word before it is what gets checked ("Python's", "we'll").
_CLITICS = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})
#: Doubles that English allows: "what it is is", "he had had", "I know that that works".
LEGIT_DOUBLES = frozenset(
    """had that is do does bye blah bla ha haha hey ho hip knock chop yada tut dum la
    so no very much""".split()
)
# "very very", "much much" and "no no" are deliberate often enough that flagging them is noise.

#: Regular endings, and what to put back on the stem to find the word: "caching" -> "cache".
_INFLECTIONS = (
    ("s", ("",)),
    ("es", ("",)),
    ("ies", ("y",)),
    ("ed", ("", "e")),
    ("d", ("",)),
    ("ing", ("", "e")),
    ("er", ("", "e")),
    ("ers", ("", "e")),
)

#: British spellings, as (pattern, American replacement): the dictionary is American.
_BRITISH = tuple(
    (lazy(p), r)
    for p, r in (
        (r"our(?=s?$|ed$|ing$|ite|able|ful|less|ly$|er)", "or"),  # colour, behaviours, favourite
        (r"(?<=[a-z])is(?=e[sdr]?s?$|ing$|ation|able)", "iz"),  # organise, customised, optimisation
        (r"ys(?=e[sdr]?s?$|ing$)", "yz"),  # analyse, paralysed
        (r"tre(?=s?$|d$)", "ter"),  # centre, metres
        (r"ence(?=s?$)", "ense"),  # defence, licence
        (r"ll(?=ed$|ing$|er$|ers$)", "l"),  # cancelled, modelling, traveller
        (r"ogue(?=s?$)", "og"),  # catalogue, dialogue
        (r"amme(?=s?$)", "am"),  # programme
        (r"ae(?=[a-z])", "e"),  # anaesthetic, encyclopaedia
    )
)

#: How a token splits into the words that are checked: at hyphens, dots, slashes, underscores
#: (and at digits, when words with digits are checked).
_SPLIT_RE = lazy(r"([-./_]+)")
_SPLIT_DIGITS_RE = lazy(r"([-./_\d]+)")
_SEPARATOR_RE = lazy(r"[-./_\d]+")

_CAMEL_RE = lazy(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")

#: Longer "words" are hashes, keys or blobs, not words; their suggestions would cost O(n^2) memory.
_MAX_WORD = 45

#: Zipf value (log10 of uses per billion words) from which an unknown word is common, not a slip:
#: once in 1 million words. The most frequent misspellings stay under it ("untill" 2.97,
#: "definately" 2.87); words the dictionary lacks pass it ("onboard" 3.55, "esports" 3.21).
COMMON_ZIPF = 3.0
#: How much rarer (in Zipf units) than the nearest dictionary word a slip is at least: a word used
#: a tenth as often as the word it is one edit from is a word of its own ("rebalance", "quinoa").
SLIP_GAP_ZIPF = 1.0
#: Prefixes that make a regular English word of a known one: "unpatched", "precompute", "submounts",
#: "discontiguous", "denesting". Such a word the dictionary lacks is a derivation, not a slip, when
#: the nearest dictionary word is itself rare (see :meth:`Speller.derived`).
_PREFIXES = ("un", "dis", "re", "pre", "sub", "de", "non", "mis", "over", "under", "co", "multi",
             "post", "inter", "anti", "auto", "semi")

_VERDICT_CACHE_MAX = 100_000
_SUGGEST_CACHE_MAX = 20_000
_SPELLERS_MAX = 4


# --- the dictionary ------------------------------------------------------------------------------

_DICTIONARIES: dict[str, tuple[dict, str]] = {}


def _dictionary(language: str) -> tuple[LookupTable, str]:
    """``(word -> frequency, alphabet)`` for a language: pyspellchecker's list, loaded once.

    The first run derives a compact table from pyspellchecker and keeps it in the user cache; later
    runs load that in milliseconds (a one-file pre-commit run looks up a few hundred words, which
    a binary search answers; a big run turns the table into a dict on its own).
    """
    found = _DICTIONARIES.get(language)
    if found is None:
        found = _load_cached(language)
    if found is None:
        from spellchecker import SpellChecker

        checker = SpellChecker(language=language, distance=1)
        words = dict(checker.word_frequency.dictionary)
        # The alphabet suggestions are made of: the letters of at least 1 in 1,000 words (counted
        # on a sample), so that a stray letter in a few foreign entries does not slow every word.
        sample = list(words)[::20]
        counts = Counter(ch for w in sample for ch in set(w))
        alphabet = "".join(sorted(ch for ch, n in counts.items() if n * 1000 >= len(sample) and ch != "'"))
        table = LookupTable.from_dict(words, extra=alphabet)
        found = (table, alphabet)
        replace_cached(_cached_path(language), table.to_bytes(), f"spelling-{language}-pyspellchecker-")
    _DICTIONARIES[language] = found
    return found


def _cached_path(language: str) -> str:
    from prosecheck.entrypoints import version

    try:
        tag = version("pyspellchecker") or "unknown"
    except Exception:
        tag = "unknown"
    return os.path.join(cache_dir(), f"spelling-{language}-pyspellchecker-{tag}.v{LookupTable.FORMAT}.table")


def _load_cached(language: str):
    try:
        table = LookupTable.open(_cached_path(language))
    except (OSError, ValueError):
        return None
    return table, table.extra


def _builtin_words() -> frozenset:
    text = read_text("spelling_words.txt")
    return frozenset(_parse_word_list(text))


def _parse_word_list(text: str) -> Iterable[str]:
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            yield word.lower().replace("\u2019", "'")


_WORDS_FILES: dict[tuple, frozenset] = {}


def _read_words_file(path: str, root: str) -> frozenset:
    full = path if os.path.isabs(path) else os.path.join(root, path)
    try:
        stat = os.stat(full)
        key = (full, stat.st_mtime_ns, stat.st_size)
        found = _WORDS_FILES.get(key)
        if found is None:
            with open(full, encoding="utf-8") as f:
                found = frozenset(_parse_word_list(f.read()))
            if len(_WORDS_FILES) > 16:
                _WORDS_FILES.clear()
            _WORDS_FILES[key] = found
        return found
    except OSError as exc:
        raise FileNotFoundError(
            f"the spelling word list words_file = {path!r} cannot be read ({exc.strerror or exc}; "
            f"looked for {full}): create it, or correct the path in [tool.prosecheck.spelling]"
        ) from None


# --- word classification -------------------------------------------------------------------------


def _in_script(word: str, script: str) -> bool:
    """True when every letter of ``word`` belongs to the language's script."""
    if script == "latin":
        return word.isascii() or all(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in word)
    if script == "cyrillic":
        return all(c < "\u0080" and not c.isalpha() or "\u0400" <= c <= "\u052f" for c in word)
    return all(
        c < "\u0080" and not c.isalpha() or "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f"
        or "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" or c in "\u200c\u200d"
        for c in word
    )


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class Speller:
    """A dictionary with the project's words and per-process caches of verdicts and suggestions."""

    def __init__(self, options: dict, extra: frozenset) -> None:
        self.freq, self.alphabet = _dictionary(options["language"])
        self.script = _SCRIPT.get(options["language"], "latin")
        self.english = options["language"] == "en"
        self.extra = extra
        self.min_length = options["min_length"]
        self.skip_acronyms = options["skip_acronyms"]
        self.skip_camel_case = options["skip_camel_case"]
        self.skip_snake_case = options["skip_snake_case"]
        self.skip_digits = options["skip_with_digits"]
        self.skip_paths = options["skip_paths"]
        # Acronyms and CamelCase both skipped (the default): _part tests their shape first.
        self.skip_shapes = self.skip_acronyms and self.skip_camel_case
        self.verdicts: dict[str, tuple] = {}  # token -> its unknown parts
        self.correct: set[str] = set()  # tokens with none
        self.suggestions: OrderedDict[str, tuple] = OrderedDict()
        self.far_suggestions: dict[str, tuple] = {}
        self.language = options["language"]
        self.usage = None  # the usage table, loaded by the first in_use(); False: none for the language
        self.usage_verdicts: dict[str, bool] = {}

    # -- verdicts --
    def known(self, lower: str) -> bool:
        return lower in self.freq or lower in self.extra

    def unsettled(self, tokens: list) -> set:
        """The distinct tokens not already known to be correct (a set difference, at C speed).

        When the dictionary's key set is built (a pooled run's ``prepare``), a token whose lower
        case is a dictionary word is correct too, and is taken out here in C:
        :meth:`classify` would find it so (every test before its look-up only returns early with
        no unknown part, and the look-up is of the token itself), but through four Python calls
        per token, for every token a worker sees first (most of a document's words).
        """
        found = set(tokens).difference(self.correct)
        words = self.freq.built_key_set() if isinstance(self.freq, LookupTable) else None
        if words is not None and found:
            # A token whose lower case is a dictionary word ("The", "Install" as much as "the"):
            # classify looks up the token lower-cased, with U+2019 made an apostrophe, so the
            # tokens with a U+2019 are left to it.
            listed = list(found)
            plain = list(compress(listed, map(words.__contains__, map(str.lower, listed))))
            if plain and "\u2019" in "".join(plain):
                plain = [t for t in plain if "\u2019" not in t]
            found.difference_update(plain)
            # Remembered as classify would remember them, so that the next document subtracts
            # them with the rest of ``correct``, not by the dictionary's far larger table again.
            correct = self.correct
            if len(correct) + len(plain) > _VERDICT_CACHE_MAX:
                correct.clear()
            correct.update(plain)
        return found

    def classify(self, token: str) -> tuple:
        """The unknown parts of a token: ``((index, part, capitalised), ...)``; cached."""
        found = self.verdicts.get(token)
        if found is None:
            found = tuple(self._classify(token))
            if len(token) > 2 * _MAX_WORD:
                pass  # not cached: the caches hold words, not blobs
            elif found:
                if len(self.verdicts) >= _VERDICT_CACHE_MAX:
                    self.verdicts.clear()
                self.verdicts[token] = found
            else:
                if len(self.correct) >= _VERDICT_CACHE_MAX:
                    self.correct.clear()
                self.correct.add(token)
        return found

    def _classify(self, token: str) -> Iterable[tuple]:
        if "@" in token:
            return  # an e-mail address or a handle
        if ("." in token or "/" in token) and self.skip_paths:
            return  # a file name, a path, a domain, a dotted identifier, "e.g"
        if "_" in token and self.skip_snake_case:
            return
        if len(token) < self.min_length:
            # Every part is a piece of the token, so shorter than min_length too: none is judged
            # (_part's first tests). Asked before the look-up and the split: a fifth of the tokens
            # a worker classifies are short names and abbreviations.
            return
        lower = token.lower().replace("\u2019", "'")
        if self.known(lower):
            return
        i = 0
        splitter = _SPLIT_DIGITS_RE if not self.skip_digits else _SPLIT_RE
        for piece in splitter.split(token):
            if piece and not _SEPARATOR_RE.fullmatch(piece):
                found = self._part(piece, i)
                if found:
                    yield found
            i += len(piece)

    def _part(self, part: str, index: int) -> Optional[tuple]:
        """``(index, word, capitalised)`` when ``part`` is a word that is not in the dictionary."""
        if "'" in part or "\u2019" in part:
            norm = part.replace("\u2019", "'")
            if self.known(norm.lower()):
                return None
            base, _, suffix = norm.rpartition("'")
            if suffix.lower() in _CLITICS and "'" not in base:
                if suffix.lower() == "t" and base.lower().endswith("n") and self.known(base.lower()[:-1]):
                    return None  # "mustn't" when only "must" is listed
                part = part[: len(base)]
            else:
                # "rock'n'roll", "O'Brien": check each piece long enough to be a word
                for m in re.finditer(r"[^'\u2019]+", part):
                    found = self._part(m.group(), index + m.start())
                    if found:
                        return found
                return None
        if len(part) < self.min_length or len(part) > _MAX_WORD:
            return None  # too short to judge; or too long to be a word (a hash, a blob)
        if not part.isalpha():
            # Underscores and the like, when not skipped above; and digits, which skip_with_digits
            # skips and which are never letters (no character is both isdigit and isalpha): this
            # one C test answers for both, without a step per character for the digits.
            return None
        if len(part) > 4 and part.endswith("js"):
            return None  # a JavaScript library: "requirejs", "heimdalljs"
        if self.skip_shapes and not part[1:].islower():
            # An acronym or a CamelCase word, skipped below whatever the dictionary says: with
            # both skips on, every test of this method but the last only returns None, so their
            # order cannot change the answer, and this string test saves the look-ups, the
            # inflections and the British patterns for a fifth of the tokens classified.
            return None
        if not _in_script(part, self.script):
            return None  # another script: not ours to judge
        lower = part.lower()
        if self.known(lower) or (self.english and (self._inflected(lower) or self._british(lower))):
            return None
        if not lower.isascii():
            plain = _strip_accents(lower)
            if plain != lower and self.known(plain):
                return None  # "naïvely", "coöperate"
        first, rest = part[0], part[1:]
        if part.isupper() or (rest[:-1].isupper() and rest.endswith("s") and len(part) > 2):
            if self.skip_acronyms:
                return None  # "HTML", "APIs"
            return (index, part, False)  # an acronym is not a name: checked anywhere
        if not rest.islower():
            if self.skip_camel_case:
                return None  # "JavaScript", "iPhone", "macOS"
            for m in _CAMEL_RE.finditer(part):  # check "CamelCaseWordz" as "Camel Case Wordz"
                piece = m.group()
                if len(piece) >= self.min_length and not piece.isupper() and not self.known(piece.lower()):
                    return (index + m.start(), piece, True)
            return None
        return (index, part, first.isupper())

    def _inflected(self, lower: str, doubled: bool = True) -> bool:
        """True for a regular inflection of a known word the dictionary lacks: "attaches", "urls";
        with ``doubled``, also of a doubled last consonant ("mapping")."""
        known = self.known
        for suffix, stems in _INFLECTIONS:
            if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
                stem = lower[: -len(suffix)]
                if any(known(stem + add) for add in stems):
                    return True
                if doubled and suffix in ("ed", "ing", "er", "ers") and len(stem) > 3 and stem[-1] == stem[-2] and known(stem[:-1]):
                    return True  # "mapping" -> "map"
        return False

    def _british(self, lower: str) -> bool:
        """True for a British spelling whose American form is known: "colour", "organise"."""
        for pattern, american in _BRITISH:
            for m in pattern.finditer(lower):
                if self.known(lower[: m.start()] + m.expand(american) + lower[m.end() :]):
                    return True
        return False

    # -- usage --
    def in_use(self, word: str) -> bool:
        """True when ``word`` is common in real writing, or at least a tenth as common as the most
        common dictionary word one edit away: a word the dictionary lacks, not a slip.

        Typing slips are rare next to the word meant ("officals" 1.6 against "officials" 4.7, in
        Zipf units: log10 of uses per billion words); even the most frequent misspellings
        ("untill", "definately") stay under :data:`COMMON_ZIPF`.
        """
        lower = word.lower()
        found = self.usage_verdicts.get(lower)
        if found is None:
            if self.usage is None:
                from prosecheck.checks import usage

                self.usage = usage.table(self.language) or False
            words = self.usage or None
            from prosecheck.checks.usage import zipf

            own = zipf(words, lower)
            if any(self.known(lower[:i] + "'" + lower[i:]) for i in range(1, len(lower))):
                found = None  # "shouldnt": common on the web, still a slip
            elif self.english and self.accent_less(lower):
                found = True  # "ingenue", "materiel", "cliches": English drops a loanword's accents
            elif not self.english and any(_strip_accents(s) == lower for s in self.nearest(word)):
                found = None  # "rapido" (rápido): in Spanish the accent is spelling, however common
            elif own >= COMMON_ZIPF:
                found = True
            elif own <= 0.0:
                found = False  # never seen in a billion words of real text: nothing says it is a word
            else:
                # None when no word is one edit away: nothing to weigh it against (and nothing to
                # suggest, so require_suggestion decides).
                nearest = max((zipf(words, s) for s in self.nearest(word)), default=None)
                found = nearest is not None and nearest - own < SLIP_GAP_ZIPF
            if found is False and words is not None and self.english:
                found = self.derived(lower, words) or self.suffixed(lower)
            found = bool(found)
            if len(self.usage_verdicts) >= _VERDICT_CACHE_MAX:
                self.usage_verdicts.clear()
            self.usage_verdicts[lower] = found
        return found

    def accent_less(self, lower: str) -> bool:
        """True for a dictionary word written without its accent: "ingenue" (ingénue), "soignee"
        (soignée), "materiel" (matériel), "cliches" (clichés).

        English writes borrowed words with or without their accents, and most English writing,
        typed on keyboards without them, drops them; the dictionary holds such words only as
        borrowed. A typing slip does not turn one letter into the unaccented form of the right one,
        so such a word is the loanword, not a slip. One accented letter, as one edit: every
        dictionary word one edit away is asked, not only the three suggested (a rare accented
        word is often outranked: "cliches" is nearer "clinches" and "caliches"). English only: in
        Spanish or French a missing accent is a misspelling ("rapido" for "rápido").
        """
        return lower.isascii() and any(
            not h.isascii() and _strip_accents(h) == lower for h in self._neighbours(lower)
        )

    def derived(self, lower: str, words) -> bool:
        """True for a known word behind a prefix ("un" + "patched", "sub" + "mounts") whose nearest
        dictionary word is rare (under once in a million words): a regular derivation.

        Prefix + word alone says nothing: slips look the same ("dis" + "cared" for "discarded",
        "re" + "commented", "un" + "till"). What tells them apart is the word meant: people slip
        on the words they write, and those are common ("discarded" 3.6, "until" 5.6 in Zipf
        units), while the word one edit from a derivation is a rare stranger ("unmatched" 3.1
        beside "unpatched" is kept; "surmounts" 1.6 beside "submounts", "detesting" 1.4 beside
        "denesting", "unwashed" 2.7 beside "unhashed" are not meant). On the benchmark corpus every
        such word was a derivation, a term or a name, and no slip had a target that rare. A stem
        read as a doubled consonant's inflection is no known word here: "over" + "writting" (as if
        "writ" + "ing") is the slip "overwritting".
        """
        from prosecheck.checks.usage import zipf

        for prefix in _PREFIXES:
            stem = lower[len(prefix):]
            if lower.startswith(prefix) and len(stem) >= 4 and (self.known(stem) or self._inflected(stem, doubled=False)):
                nearest = max((zipf(words, s) for s in self.nearest(lower)), default=0.0)
                return nearest < COMMON_ZIPF
        return False

    def suffixed(self, lower: str) -> bool:
        """True for a known word with a suffix that makes a word of it: "-ably" / "-ibly" from
        "-able" / "-ible" ("composably", "unrecoverably"), or "-y" ("frameworky", "bloaty",
        "windowsy") when every dictionary word one edit away differs from it in that last letter
        only: nothing else is near enough to have been meant.

        A slip with a "-y" looks the same but has a word one edit away elsewhere, the word meant:
        "propery" (property), "especialy" (especially), "doubley" (doubly), "goosey" (goosy). On
        the labelled sets this took 4 findings, all coinages, and on the corpus 5, none a slip
        (eval/judged/rules16-sp-corpus-changes.tsv); "conveniency" (convenience: a y in place of
        an e, no "-y" after a known word) stays.
        """
        if lower.endswith(("ably", "ibly")) and len(lower) > 7:
            return self.known(lower[:-1] + "e")
        if not lower.endswith("y") or lower.endswith("yy") or len(lower) < 6 or not self.known(lower[:-1]):
            return False  # "yy" is a key held down ("Kirbyy"), no suffix
        stem = lower[:-1]
        return all(
            h == stem or (len(h) == len(lower) and h[:-1] == stem)
            for h in self._neighbours(lower)
            if h[:1] == lower[:1]  # as suggest(): a slip keeps its first letter
        )

    # -- suggestions --
    def _neighbours(self, lower: str) -> set:
        """Every dictionary word one edit away (deleted, swapped, replaced or inserted letter)."""
        freq, extra = self.freq, self.extra
        # Every string one edit away (deleted, swapped, replaced or inserted letter), each made
        # in C from the word's heads and tails (``c.join((head, tail))`` is head + c + tail): a
        # generator step per candidate was most of the cost of a word's first suggestion.
        heads = [lower[:i] for i in range(len(lower) + 1)]
        tails = [lower[i:] for i in range(len(lower) + 1)]
        cut = list(zip(heads[:-1], tails[1:]))  # the word around each letter
        cands = set(map("".join, cut))  # deletions
        cands.update(map("".join, zip(heads[:-2], lower[1:], lower, tails[2:])))  # transpositions
        around = list(zip(heads, tails))  # every place between letters
        for c in self.alphabet:
            cands.update(map(c.join, cut))  # replacements
            cands.update(map(c.join, around))  # insertions
        cands.discard(lower)
        hits = freq.present(cands)  # most candidates are not words
        hits.update(cands.intersection(extra))
        return hits

    def _ranked(self, word: str) -> tuple:
        """``(by error model, by frequency, fix allowed)`` for a word; cached per process."""
        lower = word.lower()
        found = self.suggestions.get(lower)
        if found is not None:
            self.suggestions.move_to_end(lower)
            return found
        freq = self.freq
        hits = self._neighbours(lower)
        # Only words that keep the first letter: writers and typists rarely get the first letter
        # of a word wrong, while a letter glued in front of a word is common in names and
        # identifiers ("mversion", "kcheck", "Zstandard"); "wakeup" is no slip for "makeup".
        first = lower[:1]
        scored = sorted(
            (
                (freq.get(c, 0), c)
                for c in hits
                if len(c) > 1 and c[0] == first and ("'" not in c or "'" in lower)
            ),
            key=lambda fc: (-fc[0], fc[1]),
        )
        by_frequency = tuple(c for _, c in scored[:3])
        if self.english and scored:
            # Which slip each candidate needs, weighed against how common it is
            # (spelling_rank.py): "overriden" -> "overridden" (a pair undoubled), not "override".
            ranked = spelling_rank.rank(lower, scored)
            found = (tuple(c for _, c in ranked[:3]), by_frequency,
                     spelling_rank.fix_allowed(lower, ranked, self._frequency), tuple(ranked[:3]))
        else:
            found = (by_frequency, by_frequency, bool(scored), ())
        self.suggestions[lower] = found
        if len(self.suggestions) > _SUGGEST_CACHE_MAX:
            self.suggestions.popitem(last=False)
        return found

    def _frequency(self, lower: str) -> int:
        return self.freq.get(lower, 0)

    def suggest(self, word: str) -> tuple:
        """Up to three dictionary words one edit away, likeliest first (English: the slip each
        needs weighed against its frequency, spelling_rank.py; other languages: most frequent
        first); cached."""
        return self._ranked(word)[0]

    def nearest(self, word: str) -> tuple:
        """Up to three dictionary words one edit away, most frequent first: what the verdicts on
        real words (``in_use``, ``derived``) weigh a word against."""
        return self._ranked(word)[1]

    def fix_allowed(self, word: str) -> bool:
        """Whether the first suggestion is sure enough to be offered as a fix
        (:func:`spelling_rank.fix_allowed`)."""
        return self._ranked(word)[2]

    def reach(self, word: str) -> tuple:
        """``(suggestions, fix allowed)`` for a word about to be reported: the one-edit words
        and, in English, the words two likely slips away and the two words it may be made of
        (spelling_reach.py), ranked together. Asked once a finding is made, not for every unknown
        word (the search is about a hundred times a one-edit one); cached per process."""
        one = self._ranked(word)
        if not self.english or not one[0]:
            return one[0], one[2]
        lower = word.lower()
        found = self.far_suggestions.get(lower)
        if found is None:
            found = spelling_reach.suggest(lower, one[3], one[2], self.freq.present, self.alphabet,
                                           self._frequency)
            if len(self.far_suggestions) >= _SUGGEST_CACHE_MAX:
                self.far_suggestions.clear()
            self.far_suggestions[lower] = found
        return found


_SPELLERS: OrderedDict[tuple, Speller] = OrderedDict()


def _project_words(options, root: str) -> frozenset:
    """The project's own words (options ``words`` and ``words_file``), lower case."""
    words = frozenset(_parse_word_list("\n".join(options["words"])))
    if options.get("words_file"):
        words |= _read_words_file(options["words_file"], root)
    return words


def _speller(options: dict, root: str) -> Speller:
    extra_file = frozenset()
    if options.get("words_file"):
        extra_file = _read_words_file(options["words_file"], root)
    key = (
        options["language"], tuple(options["words"]), extra_file, options["min_length"],
        options["skip_acronyms"], options["skip_camel_case"], options["skip_snake_case"],
        options["skip_with_digits"], options["skip_paths"],
    )
    found = _SPELLERS.get(key)
    if found is None:
        extra = set(_parse_word_list("\n".join(options["words"]))) | extra_file
        if options["language"] == "en":
            extra |= _builtin_words()
        found = Speller(options, frozenset(extra))
        if len(_SPELLERS) >= _SPELLERS_MAX:
            _SPELLERS.popitem(last=False)
        _SPELLERS[key] = found
    else:
        _SPELLERS.move_to_end(key)
    return found


_APOSTROPHES = ("'", "\u2019")


def _starts_sentence(w, sentences) -> bool:
    if w.sentence < 0:
        return False
    first = sentences[w.sentence].words
    # Words are made on demand (prose_words.py): the same word is equal, not the same object.
    return bool(first) and first[0] == w


def _names(occurrences: dict, unknown_tokens: dict, sentences) -> set:
    """Unknown capitalised words that stand somewhere in mid-sentence, in any token: "Mateen" when
    the document also writes "Omar Mateen" or "... of Mateen's views"."""
    names = set()
    for token, ws in occurrences.items():
        for index, part, capital in unknown_tokens[token]:
            if capital and part not in names:
                if index or any(not _starts_sentence(w, sentences) for w in ws):
                    names.add(part)
    return names


#: A credit's person then user name: "Chris Wanstrath / defunkt", at the end of its line.
_NAME_SLASH_RE = lazy(r"[A-Z][\w'’-]*[ \t]+/[ \t]+$")


def _handle_after_name(prose: str, start: int, end: int) -> bool:
    """True for a word that ends its line after "<Capitalised name> / ": lists of contributors
    give a person's name, then the user name they go by, which no dictionary holds."""
    if start < 4 or prose[start - 2 : start] != "/ " or prose[end : end + 1] not in ("", "\n"):
        return False
    line_start = prose.rfind("\n", 0, start) + 1
    return _NAME_SLASH_RE.search(prose, line_start, start) is not None


#: The list item just before a word, and just after it: "(matplotlib, |pytables|, zarr)".
_ITEM_BEFORE_RE = lazy(r"[^\s,;()\[\]]+\Z")
_ITEM_AFTER_RE = lazy(r"[ \t]*,[ \t]*([^\s,;()\[\]]+)")
_ITEM_EDGES = "*_`'\"“”‘’.:!?"


def _among_names(prose: str, start: int, end: int, speller) -> bool:
    """True for a word between two commas whose neighbours in the list are no dictionary words: names
    (capitalised), identifiers (with a digit or a sign), unknown words, code. An item in a list of
    names is a name ("Linux Mint, deepin, Pop!_OS", "**systemd**, **upstart**, **systemv**"); a
    slip among words stays reported ("log, info, warn, succes, error")."""
    # An item between two others only: "So, intead of", "engines, e.g." are prose. Most words have
    # no comma after them: that is asked first, at the word's end (no search over the text).
    after = _ITEM_AFTER_RE.match(prose, end)
    if after is None:
        return False
    head = prose[max(0, start - 60) : start].rstrip(" \t")
    if not head.endswith(","):
        return False
    before = _ITEM_BEFORE_RE.search(head[:-1].rstrip(" \t"))
    if before is None:
        return False
    for item in (before.group(), after.group(1)):
        item = item.strip(_ITEM_EDGES)
        if item.isalpha() and item.islower() and (
            speller.known(item) or (speller.english and speller._inflected(item))
        ):
            return False  # a word: the list is of words, and this one may be a slip
    return True


def _signs_off(w, sentences) -> bool:
    """True for a capitalised word that is the document's last sentence on its own, closing a
    paragraph of prose: a sign-off or a signature, a name ("... up from about 200 mln dlrs in 1985. Reuter", the closing word of
    every story of the Reuters wire). A one-word sentence elsewhere is checked: in tables, lists
    and headings of READMEs such words are slips as often as not ("Deafault", "Synchornous")."""
    last = len(sentences) - 1
    if w.sentence != last or last < 1 or len(sentences[last].words) != 1:
        return False
    # It closes a paragraph of prose: "## Instalation" alone, a heading, is no sign-off.
    before = sentences[last - 1].words
    if not before or before[-1].block is not w.block:
        return False
    # Nothing after it but a stop: "Synchornous `path.realpath()`", a README's last line, is a
    # heading of one word and some code (a placeholder), and its slip is reported.
    return not w.block.prose[w.end : w.end + 8].strip(" \t\n.")


def _next_capitalised(w, sentences) -> bool:
    words = sentences[w.sentence].words
    return len(words) > 1 and words[1].text[:1].isupper()


class _Labels:
    """Blocks that are labels, not prose: table cells of one or two words, one-word headings of
    level 1 or in lower case.

    Their words are names and values ("| fsharp |", "# tempy", "### typeis(req, types)").
    """

    def __init__(self, doc) -> None:
        self.doc = doc
        self._ids: Optional[set] = None

    def __contains__(self, block) -> bool:
        if self._ids is None:
            self._ids = set()
            for b in self.doc.blocks:
                if b.kind == "table_cell":
                    if len(b.prose.split(None, 2)) <= 2:
                        self._ids.add(id(b))
                elif b.kind == "heading" and len(b.prose.split(None, 1)) <= 1:
                    if b.level == 1 or b.prose.lstrip()[:1].islower():
                        self._ids.add(id(b))  # "# tempy": a package's name as its title
        return id(block) in self._ids


class _LinkNames:
    """Link texts of one or two words: the name of a package, a person, a project."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self._spans: Optional[dict] = None

    @property
    def spans(self) -> dict:
        if self._spans is None:
            self._spans = self._find(self.doc)
        return self._spans

    @staticmethod
    def _find(doc) -> dict:
        spans: dict[int, list] = {}
        for link in doc.links:
            block = link.block
            if block is None or link.prose_end <= link.prose_start:
                continue
            if len(block.prose[link.prose_start : link.prose_end].split()) <= 2:
                spans.setdefault(id(block), []).append((link.prose_start, link.prose_end))
        return spans

    def covers(self, w) -> bool:
        return any(s <= w.start < e for s, e in self.spans.get(id(w.block), ()))


class _CodeText:
    """What the document writes outside its prose, in lower case: code blocks and spans, link and
    image addresses, HTML, front matter and Markdown's own markup.

    Every prose character maps to one source character (``Block.runs``); the text left between
    those ranges is everything else. Built on the first question, which only documents with an
    unknown word ask; each question is then a few ``str.find`` calls.
    """

    def __init__(self, doc) -> None:
        self.doc = doc
        self._text: Optional[str] = None
        self._runs: Optional[frozenset] = None
        self._searches = 0

    def _build(self) -> str:
        text = self.doc.text
        # Each prose range packed into one integer (start, then end, in the bits): sorted as the
        # pairs would be, at a third of the memory of a tuple each.
        shift = len(text).bit_length()
        covered = sorted((src << shift) | (src + n) for b in self.doc.blocks for _, src, n in b.runs if n > 0)
        mask = (1 << shift) - 1
        rest = []
        at = 0
        for packed in covered:
            start, end = packed >> shift, packed & mask
            if start > at:
                rest.append(text[at:start])
            at = max(at, end)
        rest.append(text[at:])
        del covered
        # A bare address in prose is prose, masked by a placeholder: take it from the source.
        rest.extend(self.doc.placeholder_source(b, at) for b in self.doc.blocks for at in b.placeholders())
        # Each piece lowered on its own (the space between keeps Greek final sigma the same): one
        # copy of the text fewer alive at once than lowering the joined text.
        joined = " ".join([piece.lower() for piece in rest])
        del rest
        # A link's title ("[x](url "Deeply assign the properies ...")) is words, not a name.
        for link in self.doc.links:
            if link.title:
                joined = joined.replace(link.title.lower(), " ")
        return joined

    def __contains__(self, word: str) -> bool:
        """``word`` (lower case) stands there as a whole run of letters."""
        if self._text is None:
            self._text = self._build()
        if word.isalpha():
            # The first questions are answered by searching the text for the word (most documents
            # ask one or two); then every run of letters is collected once: a search of the
            # whole text per unknown word made a long document quadratic (19 ms a word at 4 MB).
            if self._runs is None and self._searches < _SEARCHES:
                self._searches += 1
                found = _whole_run_in(self._text, word)
                if found is not None:
                    return found
            if self._runs is None:
                self._runs = _letter_runs(self._text)
            return word in self._runs
        text, n = self._text, len(word)
        i = text.find(word)
        for _ in range(8):  # the usual answers: absent, or whole at one of its first occurrences
            if i < 0:
                return False
            if not (text[i - 1 : i].isalpha() if i else False) and not text[i + n : i + n + 1].isalpha():
                return True
            i = text.find(word, i + 1)
        if i < 0:
            return False
        # Still inside longer words: one regular-expression scan in C rather than a Python loop
        # over every occurrence (in a long "aaaa..." run, "aaaaaa" occurs at every position).
        whole = re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")
        return whole.search(text, i) is not None  # from i, with the letter before i still seen


_LETTER_RUN_RE = lazy(r"[^\W\d_]+")
_LETTER_RE = lazy(r"[^\W\d_]")
#: Questions answered by a search of the code text before its runs of letters are collected.
_SEARCHES = 32


def _whole_run_in(text: str, word: str) -> Optional[bool]:
    """Whether ``word`` (letters only) is a whole run of letters in ``text`` (one of
    :func:`_letter_runs`), from its first occurrences; None when they are all inside longer runs."""
    n = len(word)
    match = _LETTER_RE.match
    i = text.find(word)
    for _ in range(8):
        if i < 0:
            return False
        if (i == 0 or match(text, i - 1) is None) and match(text, i + n) is None:
            return True
        i = text.find(word, i + 1)
    return False if i < 0 else None
_CHUNK = 1 << 16


def _letter_runs(text: str) -> frozenset:
    """The distinct runs of letters in ``text``, found a chunk at a time (cut at a space, which no
    run holds): a list of every run of a long document's code held 8 MB per MB of text at once."""
    runs: set = set()
    start, n = 0, len(text)
    while start < n:
        end = text.find(" ", start + _CHUNK) if start + _CHUNK < n else n
        if end < 0:
            end = n
        runs.update(_LETTER_RUN_RE.findall(text, start, end))
        start = end
    return frozenset(runs)


def _match_case(word: str, suggestion: str) -> str:
    if word.isupper() and len(word) > 1:
        return suggestion.upper()
    if word[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _quote_list(items: list) -> str:
    quoted = [f'"{s}"' for s in items]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


# --- the check -----------------------------------------------------------------------------------


class Spelling(Check):
    name = "spelling"
    codes = {
        "SP101": Code("word not in the dictionary", "warning"),
        "SP102": Code("word repeated by mistake", "warning"),
    }
    options = {
        "language": Option("str", "en", "dictionary language (pyspellchecker's)", choices=LANGUAGES),
        "words": Option("list[str]", [], "the project's own words, accepted as spelled (any case)"),
        "words_file": Option("str", "", "file of project words, one a line, '#' comments; "
                                        "relative to the project root"),
        "min_length": Option("int", 6, "words shorter than this are not checked"),
        "skip_capitalized": Option("bool", True, "skip capitalised words that do not start a sentence "
                                                 "(names)"),
        "skip_acronyms": Option("bool", True, "skip ALL-CAPS words (and their plurals: 'APIs')"),
        "skip_camel_case": Option("bool", True, "skip words with a capital inside ('JavaScript', "
                                                "'iPhone')"),
        "skip_snake_case": Option("bool", True, "skip words with an underscore (identifiers)"),
        "skip_with_digits": Option("bool", True, "skip words with a digit ('utf8', 'v2')"),
        "skip_paths": Option("bool", True, "skip words with a dot or slash (file names, paths, domains)"),
        "max_per_word": Option("int", 2, "an unknown word that occurs more than this many times in a "
                                         "document is taken to be a deliberate term and not reported "
                                         "(0: no limit)"),
        "require_suggestion": Option("bool", True, "report only unknown words one edit away from a "
                                                   "dictionary word (likely typos); false: every "
                                                   "unknown word"),
        "skip_link_names": Option("bool", True, "skip the text of links of one or two words (the "
                                                "name of what they point to)"),
        "max_unknown_ratio": Option("float", 0.2, "a document in which more than this share of the "
                                                  "words is unknown is taken to be in another language "
                                                  "and gets no SP101 (0: no limit)"),
        "skip_code_words": Option("bool", True, "skip words the document also writes outside its prose: "
                                                "in code, link addresses or HTML (names of packages, "
                                                "commands and options)"),
        "skip_common_words": Option("bool", True, "skip unknown words that are common in real writing, "
                                                  "or about as common as the dictionary word nearest to "
                                                  "them (wordfreq's counts), a prefix before a known "
                                                  "word whose nearest dictionary word is rare ('unhashed'), "
                                                  "and in English a dictionary word without its accent "
                                                  "('ingenue'): words the dictionary lacks, not typing slips"),
    }

    def validate_context(self, options, context):
        # A missing word list is a configuration error, found once, not a crash on every file.
        if options.get("words_file") and context.is_selected("SP101"):
            try:
                _read_words_file(options["words_file"], context.root)
            except (FileNotFoundError, UnicodeDecodeError) as exc:
                if isinstance(exc, UnicodeDecodeError):
                    return [f"the spelling word list words_file = {options['words_file']!r} is not UTF-8 "
                            f"text: save it as UTF-8"]
                return [str(exc)]
        return ()

    def prepare(self, options, context):
        if context.is_selected("SP101"):
            # A big run: build the dictionary's look-up before workers fork, so they share it. A
            # key set, not the dict: the words' frequencies are read only for suggestions
            # (``suggest``: a bisect each), and the set costs 20 ms less of the run's serial start.
            speller = _speller(dict(options), context.root)
            speller.freq.key_set()
            if options["skip_common_words"]:
                from prosecheck.checks import usage

                usage.table(options["language"])  # built or opened once, before workers fork

    def check(self, doc, options, context):
        if not doc.words:
            return
        if context is None or context.is_selected("SP101"):  # SP102 alone needs no dictionary
            yield from self._unknown(doc, options, context)
        yield from self._repeated(doc)

    # -- SP101 --
    def _unknown(self, doc, options, context):
        speller = _speller(dict(options), context.root)
        classify = speller.classify
        skip_caps = options["skip_capitalized"]
        sentences = doc.sentences
        # Distinct tokens first: each is classified once per document (and cached per process),
        # and only the occurrences of unknown ones are gathered.
        words = doc.words
        # The distinct texts are the document's vocabulary, and each word an index into it
        # (prose_words.py): no list of the words' texts.
        vocabulary = words.vocabulary
        unknown_tokens = {t: u for t in speller.unsettled(vocabulary) if (u := classify(t))}
        if not unknown_tokens:
            return
        unknown_ids = bytes(map(unknown_tokens.__contains__, vocabulary))
        # A Word made for each occurrence of an unknown word only (the indexes are picked in C:
        # by _native/_spell.c's one pass over the words, or by compress over a map, which makes
        # an integer object per word).
        occurrences: dict[str, list] = {}
        word = words.word
        native = _native.spell
        if native is not None:
            picked = native.where(words.text_ids, unknown_ids)
        else:
            picked = compress(range(len(words)), map(unknown_ids.__getitem__, words.text_ids))
        for i in picked:
            w = word(i)
            occurrences.setdefault(w.text, []).append(w)
        link_names = _LinkNames(doc) if options["skip_link_names"] else None
        code_words = _CodeText(doc) if options["skip_code_words"] else frozenset()
        labels = _Labels(doc)
        defined = abbreviations(doc)  # *[HTML]: ... (MkDocs): terms the page explains itself
        names = _names(occurrences, unknown_tokens, sentences) if skip_caps else set()
        # The repository's, folder's or file's name: a program's own name in its documentation.
        own_names = path_words(doc.path, context.root)
        found = []  # (word, index, part)
        # Every use of an unknown word, whatever token holds it ("Mateen", "Mateen's", "Mateen-led"):
        # a word the document repeats is a name or a term it uses on purpose.
        counts: dict[str, int] = {}
        for token, ws in occurrences.items():
            for _, part, _ in unknown_tokens[token]:
                counts[part.lower()] = counts.get(part.lower(), 0) + len(ws)
        for token, ws in occurrences.items():
            unknown = unknown_tokens[token]
            for index, part, capital in unknown:
                if part in defined or token in defined:
                    continue  # an abbreviation the page defines: shown with its meaning
                if part.lower() in own_names:
                    continue  # "chardet" in chardet's documentation
                if capital and skip_caps:
                    # Checked only at the start of a sentence, and not even there when the word
                    # stands capitalised in mid-sentence anywhere in the document, in any token,
                    # or a capitalised word follows it ("Sindre Sorhus"), or a surname's particle
                    # and a capitalised word ("Reinout van Rees"): then it is a name.
                    if part in names:
                        continue
                    starts = [w for w in ws if index == 0 and _starts_sentence(w, sentences)]
                    if len(starts) < len(ws) or any(
                        _next_capitalised(w, sentences) or before_particle_name(w.block.prose, w.end)
                        for w in starts
                    ):
                        continue
                    places = starts
                else:
                    places = ws
                for w in places:
                    prose = w.block.prose
                    before = prose[w.start - 1] if w.start else " "
                    after = prose[w.end : w.end + 1]
                    if before + after in ("::", "{}") or after in ("(", "=") or before == "@":
                        # An emoji shortcode (":tada:"), a role ("{meth}"), a call, a handle, a key
                        # or a pinned package glued to "=" ("certifi==2020.6.20", "retries=3").
                        continue
                    if before in "/\\.~…" or after in ("/", "\\"):
                        continue  # part of a path: "~/.bashrc", "/usr"
                    if before == "]" and not index and (head := bracketed_head(prose, w.start)) \
                            and not classify(head + part):
                        continue  # "[l]abourers": a quotation's first letter changed by an editor
                    if after in _APOSTROPHES and token[-2:].lower() == "in" and not classify(token + "g"):
                        # "cookin'", "steppin'": a final g dropped on purpose, marked by the
                        # apostrophe (dialect in quoted speech and lyrics; SP101-sets-s1.tsv: 4
                        # of 4 wrong, 3 documents; no corpus finding lost)
                        continue
                    if _handle_after_name(prose, w.start, w.end):
                        continue  # "Phillip Johnsen / phillipj": a person's user name in a credit
                    if not capital and _among_names(prose, w.start, w.end, speller):
                        continue  # "(djb2, fnv1, murmer, crc32)": one name in a list of names
                    if not capital and joined_to_name(prose, w.start, w.end, speller):
                        continue  # "Gunicorn + uvicorn": programs used together
                    if introduced(prose, w.start):
                        continue  # "(also known as blendi)": a nickname, a code name
                    if not capital and species_name(prose, w.start, w.end):
                        continue  # "(Anolis nubilus)": a binomial name's species
                    if capital and _signs_off(w, sentences):
                        continue  # "... in 1985. Reuter": a wire story's sign-off, a signature
                    if before == PLACEHOLDER or after == PLACEHOLDER or (
                        before in "-'\u2019" and w.start > 1 and prose[w.start - 2] == PLACEHOLDER
                    ):
                        continue  # glued to inline code: "`indent`-ation"
                    if w.block.kind != "paragraph" and w.block in labels:
                        continue
                    if link_names is not None and link_names.covers(w):
                        continue  # the name of what the link points to
                    found.append((w, index, part))
        # A word the document also writes in its code is a name, not a typo ("tapable" beside
        # github.com/webpack/tapable). The code text is built on the first question, so that
        # question is asked last: here only when the share of unknown words may decide, else
        # for a finding about to be reported (most documents then never ask).
        ratio = options["max_unknown_ratio"]
        if ratio and len(found) >= 8 and len(found) > ratio * len(words):
            found = [f for f in found if f[2].lower() not in code_words]
            if len(found) >= 8 and len(found) > ratio * len(words):
                return  # mostly unknown: another language, or not prose at all
        old_english = None  # whether the document writes "thou": asked for an "-est"/"-eth" only
        limit = options["max_per_word"]
        need_suggestion = options["require_suggestion"]
        common = options["skip_common_words"]
        found.sort(key=lambda f: (f[0].offset, f[1]))
        project = None
        for w, index, part in found:
            if limit and counts[part.lower()] > limit:
                continue  # a term the document uses on purpose
            if speller.english and old_inflection(part.lower(), speller.known):
                if old_english is None:
                    old_english = writes_old_english(vocabulary)
                if old_english:
                    continue  # "thou talkest": older English's verb, in a text that writes "thou"
            # The suggestions first (cached per process, and in_use asks for them too): without
            # one, a word is dropped before the code text is built for its document.
            suggestions = speller.suggest(part)
            if not suggestions and need_suggestion:
                continue  # far from every known word: a name or a term more likely than a typo
            if part.lower() in code_words:
                continue
            if common and speller.in_use(part):
                continue  # "quinoa", "onboard": a word the dictionary lacks, not a slip
            # Reported: the words two slips away fill the empty places and may withhold the fix
            # (spelling_reach.py), asked only now (a hundred times a one-edit search).
            suggestions, sure = speller.reach(part)
            suggestions = [_match_case(part, s) for s in suggestions]
            if suggestions:
                message = (f'"{part}" is not in the dictionary: did you mean {_quote_list(suggestions)}? '
                           f"If it is spelled as you want, add it to the project word list")
            else:
                message = (f'"{part}" is not in the dictionary and no close match was found: correct '
                           f"it, or if it is spelled as you want, add it to the project word list")
            if project is None:
                project = _project_words(options, context.root)
            start = w.block.source_offset(w.start + index)
            # The first suggestion is written by --unsafe-fixes only when it is sure enough:
            # not a near tie, not a glued term (spelling_rank.fix_allowed), no far commoner word
            # two slips away (spelling_reach.suggest).
            fix = unknown_word_fix(doc, w.block, w.start + index, part, project,
                                   suggestions if sure else [], _match_case)
            yield with_fix(doc.diagnostic("SP101", message, start, end_offset=start + len(part)), fix)

    # -- SP102 --
    def _repeated(self, doc):
        words = doc.words
        # Each distinct word lowered once (shared), and numbered by its lower-case form: two words
        # equal but for case have the same number, compared as integers, in C.
        low_vocabulary = words.lower_vocabulary
        first_of: dict = {}
        lower_id = list(map(first_of.setdefault, low_vocabulary, range(len(low_vocabulary))))
        ids = words.text_ids
        lid = lower_id.__getitem__
        last = -2  # index of the last word reported: "a a a a" is one slip, reported once
        link_texts = None  # (block, start, end) of every link's text: made at the first pair that asks
        # Indexes of words equal (but for case) to the word before (no list of a number per word):
        # _native/_spell.c's one pass over the words, or the same comparisons mapped in C, which
        # make two integer objects per word.
        native = _native.spell
        if native is not None:
            pairs = native.doubled(ids, lower_id)
        else:
            pairs = compress(range(1, len(ids)), map(eq, map(lid, ids), map(lid, islice(ids, 1, None))))
        for i in pairs:
            a, b = words[i - 1], words[i]
            block = a.block
            if b.block is not block:
                continue
            low = low_vocabulary[ids[i]]  # the lower-case form of both
            if low in LEGIT_DOUBLES or any(c.isdigit() for c in low):
                continue  # "had had", "that that"; "1 1" and "v2 v2" are numbers and versions
            gap = block.prose[a.end : b.start]
            if not gap.isspace():
                continue  # punctuation, inline code or a placeholder stands between
            if (len(low) > 1 and a.text.isupper() != b.text.isupper()):
                continue  # "AND or OR": an operator's name beside the word
            if a.text[0].isupper() and b.text[0].isupper() and not _starts_there(block.prose, a.start):
                continue  # "Bora Bora", "Duran Duran": a name
            if link_texts is None:
                link_texts = _link_texts(doc)
            if (id(block), a.start, a.end) in link_texts or (id(block), b.start, b.end) in link_texts:
                continue  # "[Function](url) Function to call": a type, then its description
            if last == i - 1:
                last = i
                continue
            last = i
            yield with_fix(doc.diagnostic("SP102", f'"{b.text}" is repeated: delete one', b.offset,
                                          end_offset=b.offset + len(b.text)), doubled_word_fix(doc, a, b))


def _starts_there(prose: str, start: int) -> bool:
    """True when a sentence (or the block) starts at ``start``."""
    # Back over the marks that may open a sentence, one by one: ``prose[:start].rstrip(...)``
    # copied the whole paragraph before each pair, quadratic in a long one.
    k = start
    while k > 0 and prose[k - 1] in _OPENING_MARKS:
        k -= 1
    return k == 0 or prose[k - 1] in ".!?:\u2026" or prose[k - 1] == PLACEHOLDER


_OPENING_MARKS = frozenset(" \t\n\"'\u201c\u2018([*_")


def _link_texts(doc) -> set:
    """``(id(block), start, end)`` of the text of every link: looked up per pair of repeated words,
    where a scan of all the links for each pair was quadratic in a page of many links."""
    return {(id(link.block), link.prose_start, link.prose_end) for link in doc.links if link.block is not None}


@hookimpl
def prosecheck_checks():
    return [Spelling()]
