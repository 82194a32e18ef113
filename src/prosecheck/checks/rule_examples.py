"""The examples every rule carries: sentences it must flag, and near misses it must leave alone.

Each word list in ``data/`` documents its entries with example lines right under them, the way
LanguageTool's ``grammar.xml`` puts ``<example>`` elements inside each rule::

    clearly	booster
    #flag: The new parser is [[clearly]] faster than the old one.
    #pass: Explain each step clearly in the pull request.

* ``#flag: ...`` a sentence the check must flag: exactly one finding, at the span between
  ``[[`` and ``]]`` (its first column, and the phrase the message quotes). The code is the one
  the entry's category stands for; write it when it differs: ``#flag HC103: ...``.
* ``#pass: ...`` a sentence the check must leave alone (a source, a quotation, a technical
  sense): no finding of the check at all.
* ``(xfail: why)`` after the word ``flag`` or ``pass`` marks an example that fails today, with
  the reason: ``#flag (xfail: the hyphenated form is not matched): ...``.
* ``\\n`` in a sentence is a line break (a block quote, a second paragraph).

The lines start with ``#``, so :func:`prosecheck.checks.lexicon.load` skips them like any
comment: examples cost a run nothing but the bytes it reads past. Only the tests
(``tests/test_rule_examples.py``) and ``prosecheck --explain`` read them, through this module.

``data/patterns.tsv`` holds the rules that live in code rather than in a word list ("the first
company to ...", "an official said"): one line ``name<TAB>code<TAB>what it flags`` each, with
its examples under it in the same form; the code is written ``not SL101`` for a rule that only
keeps a finding away (a measurement, a link's title), which carries ``#pass`` examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from prosecheck.checks.packaged import read_text

#: Which check reads each list, and the code each category flags by default ("" for a category
#: that never flags on its own: its entries only keep a finding away, or count toward HC104;
#: they carry ``#pass`` examples).
LISTS = {
    "superlatives.tsv": ("superlatives", {
        "evaluative": "SL101", "dimension": "SL101", "most_evaluative": "SL101", "absolute": "SL101",
        "absolute_predicate": "SL101", "ranking": "SL101", "ordinal": "SL101", "compound_tail": "SL101",
        "place": "SL101", "scope": "SL101", "copula": "SL101", "intensifier": "SL101",
        "offer_verb": "SL101", "market_noun": "SL101",
        "most_never": "", "advice_noun": "", "only_noun": "", "technical_noun": "",
        "reference_noun": "", "idiom": "", "deictic": "",
    }),
    "peacock.tsv": ("superlatives", {"peacock": "SL102"}),
    "boosters.tsv": ("hedging", {"booster": "HC102", "certainty": "HC103", "emphatic": ""}),
    "hedges.tsv": ("hedging", {"hedge": "", "modal": "", "softener": ""}),
    "weasel.tsv": ("hedging", {
        "weasel": "HC101", "group": "HC101", "group_quantified": "HC101", "quantifier": "HC101",
        "speech": "HC101", "source_noun": "HC101", "source_one": "HC101",
    }),
}
PATTERNS = "patterns.tsv"

_EXAMPLE_RE = re.compile(
    r"^#(flag|pass)(?:\s+([A-Z]{2}\d{3}))?(?:\s+\(xfail:\s*(.*?)\))?:(?:\s(.*)|)$"
)
_MARK_RE = re.compile(r"\[\[(.+?)\]\]")


class ExampleError(ValueError):
    """An example line that cannot be read (says the file and line)."""


@dataclass(frozen=True)
class Example:
    """One example sentence. ``text`` has the markers removed; ``start``/``end`` are the
    character offsets of the marked span in it (None for a ``#pass`` example)."""

    kind: str  # "flag" or "pass"
    text: str
    code: str
    start: Optional[int]
    end: Optional[int]
    xfail: str
    source: str  # "file:line", for messages

    @property
    def span(self) -> str:
        return "" if self.start is None else self.text[self.start : self.end]


@dataclass
class Rule:
    """A list entry (``entry``, ``category``) or a pattern rule (``entry`` is its name)."""

    list_name: str
    entry: str
    category: str
    code: str  # the code its #flag examples expect unless they say another
    check: str
    line: int
    examples: list = field(default_factory=list)
    keeps_away: str = ""  # a pattern rule that only keeps a finding of this code away

    @property
    def flags(self) -> list:
        return [e for e in self.examples if e.kind == "flag"]

    @property
    def passes(self) -> list:
        return [e for e in self.examples if e.kind == "pass"]


def parse_example(line: str, default_code: str, source: str) -> Optional[Example]:
    """The example on ``line``, None when it is not an example line."""
    m = _EXAMPLE_RE.match(line)
    if not m:
        return None
    kind, code, xfail, raw = m.group(1), m.group(2) or default_code, m.group(3) or "", m.group(4)
    raw = (raw or "").rstrip().replace("\\n", "\n")
    marks = list(_MARK_RE.finditer(raw))
    if kind == "pass":
        if marks:
            raise ExampleError(f"{source}: a #pass example marks nothing: remove the [[ ]]")
        return Example(kind, raw, "", None, None, xfail, source)
    if len(marks) != 1:
        raise ExampleError(f"{source}: a #flag example marks exactly one span with [[ ]] (found {len(marks)})")
    if not code:
        raise ExampleError(f"{source}: this category flags nothing on its own: write the code (#flag HC103: ...)")
    mark = marks[0]
    text = raw[: mark.start()] + mark.group(1) + raw[mark.end() :]
    start = mark.start()
    return Example(kind, text, code, start, start + len(mark.group(1)), xfail, source)


def read_rules(list_name: str) -> list:
    """Every entry of ``data/<list_name>`` (or every pattern rule of ``patterns.tsv``) with its
    examples, in file order."""
    if list_name == PATTERNS:
        check, codes = "", {}
    else:
        check, codes = LISTS[list_name]
    rules: list = []
    for number, raw in enumerate(read_text(list_name).splitlines(), 1):
        line = raw.rstrip("\n")
        source = f"{list_name}:{number}"
        if line.startswith(("#flag", "#pass")):
            if not rules:
                raise ExampleError(f"{source}: an example before any entry")
            rule = rules[-1]
            example = parse_example(line, rule.code, source)
            if example is None:
                raise ExampleError(f"{source}: cannot read this example: write '#flag: ...' or '#pass: ...'")
            rule.examples.append(example)
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        entry = " ".join(parts[0].split())
        category = parts[1] if len(parts) > 1 else ""
        if list_name == PATTERNS:
            # "SL101": a rule that flags; "not SL101": one that keeps a finding away (#pass only)
            keeps_away = category.startswith("not ")
            code = category[4:].strip() if keeps_away else category
            rule_check = "superlatives" if code.startswith("SL") else "hedging"
            rules.append(Rule(list_name, entry, "pattern", "" if keeps_away else code, rule_check, number,
                              keeps_away=code if keeps_away else ""))
        else:
            rules.append(Rule(list_name, entry, category, codes.get(category, ""), check, number))
    return rules


def examples_for_code(code: str, limit: int = 4, kind: str = "flag") -> list:
    """Up to ``limit`` examples of ``kind`` for ``code`` (for ``--explain``), none marked xfail:
    one per category first, in file order, then more from the same categories. A ``#pass``
    example counts for the code its entry flags, or the code a pattern rule keeps away."""
    names = [n for n, (_, cats) in LISTS.items() if code in cats.values()] + [PATTERNS]
    candidates = []  # (category key, example), in file order, one per rule
    for name in names:
        for rule in read_rules(name):
            if kind == "pass" and code not in (rule.code, rule.keeps_away):
                continue
            for ex in rule.examples:
                if ex.kind == kind and not ex.xfail and "\n" not in ex.text and (kind == "pass" or ex.code == code):
                    candidates.append(((name, rule.category if name != PATTERNS else rule.entry), ex))
                    break
    out, seen, texts = [], set(), set()
    for first_round in (True, False):
        for key, ex in candidates:
            if len(out) >= limit:
                return out
            if ex.text in texts or (first_round and key in seen):
                continue
            out.append(ex)
            seen.add(key)
            texts.add(ex.text)
    return out


def explain_section(code: str, limit: int = 6) -> str:
    """A few of the rules' own examples, for the end of ``prosecheck --explain CODE`` ("" when
    the code's rules carry none)."""
    flagged = examples_for_code(code, limit)
    if not flagged:
        return ""
    lines = ["", "## Examples from the rules", "",
             "Flagged (the words reported between [[ and ]]):", ""]
    lines += [f"    {ex.text[: ex.start]}[[{ex.span}]]{ex.text[ex.end :]}" for ex in flagged]
    passed = examples_for_code(code, limit // 2, kind="pass")
    if passed:
        lines += ["", "Left alone:", ""] + [f"    {ex.text}" for ex in passed]
    lines += ["", "Every entry of the word lists carries examples like these: see docs/rules.md.", ""]
    return "\n".join(lines)
