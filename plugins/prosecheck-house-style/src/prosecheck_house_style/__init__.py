"""prosecheck-house-style: a house style guide from configuration (codes ``HS``).

Three lists in ``[tool.prosecheck.house-style]``:

* ``prefer``: ``"old -> new"`` entries; each use of *old* is reported as HS101;
* ``avoid``: ``"term: reason"`` entries (the reason is optional); each use is HS102;
* ``names``: product names as they must be written (``GitHub``); another capitalisation of the
  same name (``Github``, ``github``) is HS103.

Terms are matched against the Document's word tokens, whole words only, so code, link
destinations and URLs (which are not prose) are never matched. A term written in lower case
matches any capitalisation; a term with a capital letter in it matches only as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Iterable, Optional

from prosecheck import hookimpl
from prosecheck.check import Check, Code, Option
from prosecheck.sentences import WORD_RE

try:
    from importlib.metadata import PackageNotFoundError, version

    __version__ = version("prosecheck-house-style")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

PREFER, AVOID, NAME = "HS101", "HS102", "HS103"
_POSSESSIVE = ("'s", "\u2019s")
_JOINERS = frozenset("-/'\u2019")


def _doc(code: str) -> str:
    return (files(__package__) / "codedocs" / f"{code}.md").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Rule:
    code: str
    term: str  # as configured
    tokens: tuple  # the term's word tokens, as written
    exact: bool  # match only as written (the term has a capital letter, or it is a name)
    advice: str = ""  # the preferred term (HS101) or the reason (HS102)


def _tokens(term: str) -> tuple:
    return tuple(m.group() for m in WORD_RE.finditer(term))


def _entry_error(option: str, entry: str, why: str) -> ValueError:
    return ValueError(f"[tool.prosecheck.house-style] '{option}' entry {entry!r} {why}")


@lru_cache(maxsize=32)
def compile_rules(prefer: tuple, avoid: tuple, names: tuple) -> dict:
    """First token (lower case) -> rules starting with it. Raises ValueError on a bad entry."""
    rules: list[Rule] = []
    for entry in prefer:
        old, sep, new = entry.partition("->")
        old, new = old.strip(), new.strip()
        if not sep or not old or not new:
            raise _entry_error("prefer", entry, 'must read "old -> new", such as "utilize -> use"')
        rules.append(Rule(PREFER, old, _tokens(old), old != old.lower(), new))
    for entry in avoid:
        term, _, reason = entry.partition(":")
        term, reason = term.strip(), reason.strip()
        if not term:
            raise _entry_error("avoid", entry, 'must read "term: reason" or "term"')
        rules.append(Rule(AVOID, term, _tokens(term), term != term.lower(), reason))
    for name in names:
        name = name.strip()
        if not name:
            raise _entry_error("names", name, "is empty")
        rules.append(Rule(NAME, name, _tokens(name), True))
    index: dict = {}
    for rule in rules:
        if not rule.tokens:
            raise _entry_error(_OPTION_OF[rule.code], rule.term, "has no letters or digits to match")
        index.setdefault(rule.tokens[0].lower(), []).append(rule)
    return index


_OPTION_OF = {PREFER: "prefer", AVOID: "avoid", NAME: "names"}


def _match_case(found: str, replacement: str) -> str:
    """``Utilize`` -> ``Use``, ``UTILIZE`` -> ``USE``; otherwise the replacement as configured."""
    if len(found) > 1 and found.isupper() and replacement.islower():
        return replacement.upper()
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _candidates(text: str) -> Iterable[tuple[int, str]]:
    """``(start within the word, piece)``: the word, its stem before ``'s``, its hyphen/slash parts."""
    yield 0, text
    for suffix in _POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix):
            yield 0, text[: -len(suffix)]
            text = text[: -len(suffix)]
            break
    # The parts of "Github-hosted" or "Github/GitLab", but not of an all-lower-case word such as
    # "conventional-github-releaser" or "github/user": those are package names and paths.
    if ("-" in text or "/" in text) and not text.islower():
        start = 0
        for i, ch in enumerate(text + "-"):
            if ch in "-/":
                if i > start:
                    yield start, text[start:i]
                start = i + 1


class HouseStyle(Check):
    name = "house-style"
    codes = {
        PREFER: Code("a term the house style replaces with another", "warning", _doc(PREFER)),
        AVOID: Code("a term the house style avoids", "warning", _doc(AVOID)),
        NAME: Code("a product name written with the wrong capitalisation", "warning", _doc(NAME)),
    }
    options = {
        "prefer": Option("list[str]", [], 'terms to replace, each written "old -> new"'),
        "avoid": Option("list[str]", [], 'terms to avoid, each written "term: reason" (reason optional)'),
        "names": Option("list[str]", [], "product names exactly as they must be written"),
        "ignore_quoted": Option("bool", True, "leave words inside double quotation marks alone"),
    }

    def check(self, doc, options, context):
        if not (options["prefer"] or options["avoid"] or options["names"]):
            return
        index = compile_rules(tuple(options["prefer"]), tuple(options["avoid"]), tuple(options["names"]))
        skip_quoted = options["ignore_quoted"]
        words = doc.words
        get = index.get
        for i, word in enumerate(words):
            text = word.text
            # Fast path: most words match nothing, whole or in parts.
            if get(text.lower()) is None and not _JOINERS.intersection(text):
                continue
            if skip_quoted and word.quoted:
                continue
            # The first piece of the word that some rule matches wins: "e-mail" as a whole, then
            # "GitHub" in "GitHub's", then the parts of "Github-hosted".
            for start, piece in _candidates(word.text):
                rules = index.get(piece.lower())
                if not rules:
                    continue
                hits = []
                for rule in rules:
                    found = self._match(rule, piece, words, i, whole=piece == word.text)
                    if found is not None:
                        hits.append((rule, found))
                if hits:
                    offset = word.block.source_offset(word.start + start)
                    for rule, found in hits:
                        yield doc.diagnostic(rule.code, self._message(rule, found), offset)
                    break

    @staticmethod
    def _match(rule: Rule, piece: str, words: list, i: int, whole: bool) -> Optional[str]:
        """The text found when ``rule`` matches at word ``i`` (starting with ``piece``), else None."""
        n = len(rule.tokens)
        if n == 1:
            found = piece
        else:
            if not whole or i + n > len(words):
                return None
            block = words[i].block
            parts = [words[i].text]
            for k in range(1, n):
                prev, cur = words[i + k - 1], words[i + k]
                if cur.block is not block or not block.prose[prev.end : cur.start].isspace():
                    return None
                if cur.text.lower() != rule.tokens[k].lower():
                    return None
                parts.append(cur.text)
            found = " ".join(parts)
        expected = " ".join(rule.tokens)
        if rule.code == NAME:
            return found if found != expected and found.lower() == expected.lower() else None
        if rule.exact and found != expected:
            return None
        return found

    @staticmethod
    def _message(rule: Rule, found: str) -> str:
        if rule.code == PREFER:
            better = rule.advice if rule.exact else _match_case(found, rule.advice)
            return f'write "{better}" instead of "{found}" (house style)'
        if rule.code == AVOID:
            reason = rule.advice or "rephrase without it"
            return f'avoid "{found}" (house style): {reason}'
        return f'write the name as "{rule.term}", not "{found}"'


@hookimpl
def prosecheck_checks():
    return [HouseStyle()]
