"""Where an unknown word stands tells that it is a name (SP101): the spelling check's name rules
that read the words around it or the document's path, kept apart from the dictionary.

Each rule was measured on every SP101 finding of the labelled sets (eval/judged/SP101-sets-s1.tsv)
and on the benchmark corpus (eval/judged/rules16-sp-corpus-changes.tsv) before it was admitted:
each removes false alarms only, none a misspelling. They are cheap: a few characters of the
prose around a finding are read, and the path once per document that has an unknown word.
"""

from __future__ import annotations

import os
import re

from prosecheck.lazyre import lazy

_LETTERS_RE = lazy(r"[^\W\d_]+")


def path_words(path: str, root: str) -> frozenset:
    """The words of a document's path inside its project, and of the project folder's own name,
    in lower case: the repository's and the package's own names ("chardet/docs/how.txt",
    "npm__gevent__README.md").

    A program's name written in lower case in its own documentation is no slip: the folder, the
    repository or the file is named after it. The project folder's name counts, so that "README.md"
    in a checkout of "uvicorn" still names it; the folders above it do not (a home folder's name
    would make findings depend on where the checkout lies). A file outside the project keeps its
    whole path.
    """
    if not path:
        return frozenset()
    root = os.path.abspath(root or ".")
    full = path if os.path.isabs(path) else os.path.join(root, path)
    inside = os.path.relpath(full, root)
    if inside == os.pardir or inside.startswith(os.pardir + os.sep):
        named = full
    else:
        named = os.path.join(os.path.basename(root), inside)
    return frozenset(m.lower() for m in _LETTERS_RE.findall(named))


#: An item joined to the word by "+" or "&": "Gunicorn + uvicorn", "autoconf & automake".
_JOINED_BEFORE_RE = lazy(r"([^\s+&,;()\[\]]+)[ \t]+[+&][ \t]+\Z")
_JOINED_AFTER_RE = lazy(r"[ \t]+[+&][ \t]+([^\s+&,;()\[\]]+)")
_ITEM_EDGES = "*_`'\"“”‘’.:!?"


def joined_to_name(prose: str, start: int, end: int, speller) -> bool:
    """True for a word joined by "+" or "&" to an item that is no dictionary word: a capitalised
    name, an unknown word, code. A stack of programs is named so ("Gunicorn + uvicorn +
    http-tools"); a slip beside a word ("salt & peper") stays reported."""
    items = []
    after = _JOINED_AFTER_RE.match(prose, end)
    if after is not None:
        items.append(after.group(1))
    if start >= 3 and prose[start - 2 : start] in ("+ ", "& ", "+\t", "&\t"):
        before = _JOINED_BEFORE_RE.search(prose[max(0, start - 60) : start])
        if before is not None:
            items.append(before.group(1))
    for item in items:
        item = item.strip(_ITEM_EDGES)
        if not item:
            continue
        if item.isalpha() and item.islower() and (
            speller.known(item) or (speller.english and speller._inflected(item))
        ):
            continue  # a word: no sign of a name on this side
        return True
    return False


#: What introduces a name: "(also known as blendi)", "aka", "nicknamed", "dubbed", "code-named".
_INTRODUCED_RE = lazy(
    r"(?:\bknown as|\baka|\ba\.k\.a\.|\bnicknamed|\bdubbed|\bcode-?named)[ \t]+[\"'“‘]?\Z", re.IGNORECASE
)


def introduced(prose: str, start: int) -> bool:
    """True for a word right after "known as", "aka", "nicknamed", "dubbed" or "codenamed": what
    follows them is a name ("Martin Butterweck (also known as blendi)"). Not "called" or "named":
    an adverb follows those too ("is called automaticaly")."""
    return _INTRODUCED_RE.search(prose, max(0, start - 24), start) is not None


#: A surname's particle, then the surname: "Reinout van Rees", "Ludwig von Mises".
_PARTICLE_RE = lazy(
    r"[ \t]+(?:van|von|de|da|di|del|della|der|den|du|le|la|bin|ibn|al|ter|ten)[ \t]+[A-Z]"
)


def before_particle_name(prose: str, end: int) -> bool:
    """True for a capitalised word followed by a surname's particle and a capitalised word: a
    given name ("- Reinout van Rees (@reinout)" in a list of contributors)."""
    return _PARTICLE_RE.match(prose, end) is not None


#: A genus (one capitalised word) just inside an opening parenthesis, before the species.
_GENUS_BEFORE_RE = lazy(r"\([ \t]*[A-Z][a-z]+[ \t]+\Z")
#: Endings of Latin species epithets: "nubilus", "sapiens", "coli", "mellifera", "lupus",
#: "vulgare", "robur", "carolinensis", "simplex". A slip in parentheses after a capitalised word
#: ("(Optional paramter)", "(See attachemnt)") seldom ends so.
SPECIES_ENDINGS = ("us", "um", "a", "ae", "i", "is", "ens", "es", "e", "ur", "or", "x")


def species_name(prose: str, start: int, end: int) -> bool:
    """True for the species of a binomial name given in parentheses: a lower-case word with a
    Latin ending that closes the parentheses right after one capitalised word, the genus ("The
    Redonda tree lizard (Anolis nubilus)", "(Homo sapiens)"). Emphasis is already out of the
    prose, so an italic name in parentheses reads the same. Two words only: the whole aside is
    the name."""
    if prose[end : end + 1] != ")" or not prose[start:end].endswith(SPECIES_ENDINGS):
        return False
    return _GENUS_BEFORE_RE.search(prose, max(0, start - 40), start) is not None
