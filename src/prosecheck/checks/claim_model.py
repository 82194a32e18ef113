"""A small trained model that re-judges the language findings (SL101, HC101, HC102).

The rules of :mod:`superlatives` and :mod:`hedging` decide first. The model then looks at
*candidates*, one per place where a claim of one category may be:

* every finding the rules made of that category's code (the model keeps it as ``warning``,
  lowers it to ``info`` or drops it), and
* in a sentence where the rules made no finding of that category, every trigger word of the
  category (a superlative, a weasel word, a booster: the words of the checks' own lists, see
  :func:`families`); the best-scoring one of the sentence becomes a finding when the model is
  sure enough (the rules missed it).

Each candidate is described by a few dozen named binary features (:func:`features`): what the
rules decided here, the trigger word and its family, two words either side, and the context
(quoted, heading, list item, a link or a citation, a named source, a number, the sentence's
length). The probability is a logistic regression over them: ``1 / (1 + exp(-(w . x)))``,
with one weight per feature per category, read from ``data/claim_model.json`` (written by
``eval/train_model.py``; see ``eval/README.md``). Nothing here imports numpy or scikit-learn:
applying the model is a sum of a few dozen floats per candidate.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import NamedTuple, Optional

from prosecheck.checks.packaged import read_text

#: The version of the file format this module reads; a file of another version is refused.
FORMAT = 1
MODEL_FILE = "claim_model.json"
#: The category of each code the model judges, and the code it reports a category's claim with.
CODES = {"superlative": "SL101", "hedge": "HC101", "booster": "HC102"}
CATEGORIES = tuple(CODES)


class Candidate(NamedTuple):
    """A place where a claim of ``category`` may be: word ``index`` of ``sentence``."""

    category: str
    sentence: object
    index: int
    #: The source offset to report at: the rule's finding's, or the trigger word's.
    offset: int
    #: The rule's diagnostic at this place, or None when the rules made none.
    rule: object
    features: tuple


class Model(NamedTuple):
    version: str
    weights: dict  # category -> {feature: weight}
    #: category -> (warning threshold, info threshold): a probability at or above the first is a
    #: warning, at or above the second an info, below it the candidate is dropped.
    thresholds: dict


class ModelFileError(ValueError):
    """The model file is not one this version of prosecheck can read."""


def parse_model(text: str) -> Model:
    try:
        data = json.loads(text)
    except ValueError as e:
        raise ModelFileError(f"the claim model is not valid JSON: {e}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelFileError(f"the claim model's format is {data.get('format') if isinstance(data, dict) else None!r}, "
                             f"this prosecheck reads format {FORMAT}: rebuild it with eval/train_model.py")
    weights, thresholds = {}, {}
    for cat in CATEGORIES:
        entry = data.get("categories", {}).get(cat)
        if entry is None:
            raise ModelFileError(f"the claim model has no weights for {cat!r}")
        weights[cat] = {str(k): float(v) for k, v in entry["weights"].items()}
        thresholds[cat] = (float(entry["warning"]), float(entry["info"]))
    return Model(str(data.get("version", "")), weights, thresholds)


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model shipped in the package (read once per process)."""
    return parse_model(read_text(MODEL_FILE))


def probability(weights: dict, feats) -> float:
    z = 0.0
    get = weights.get
    for f in feats:
        z += get(f, 0.0)
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def tier(model: Model, category: str, p: float) -> Optional[str]:
    """``"warning"``, ``"info"`` or None (dropped) for probability ``p``."""
    warning, info = model.thresholds[category]
    if p >= warning:
        return "warning"
    if p >= info:
        return "info"
    return None


# --- the trigger words of each category --------------------------------------------------------

@lru_cache(maxsize=1)
def families() -> dict:
    """category -> {normalised word: family}: the words that make a candidate, from the checks'
    own word lists (so a word added to a list is a candidate too)."""
    from prosecheck.checks import hedging, superlatives

    sl = superlatives.lexicon()
    sup: dict = {}
    for word, entries in sl.phrases.table.items():
        if entries[0][1] != "peacock":  # a peacock term is SL102's, which the model leaves alone
            sup[word] = "phrase-" + entries[0][1]
    for word in sl.dimension:
        sup[word] = "dimension"
    for word in sl.evaluative:
        sup[word] = "evaluative"
    for word in sl.graded:
        sup[word] = "graded"
    for word in ("most", "least"):
        sup[word] = "most"
    for word in ("only", "first", "uniquely", "unlike", "1"):
        sup[word] = word
    hl = hedging.lexicon()
    hedge: dict = {}
    booster: dict = {}
    for entry, cat, _note in _hedging_entries():
        key = hedging._rarest(entry)
        if cat in ("weasel", "group", "group_quantified", "quantifier", "speech", "source_one", "source_noun"):
            hedge.setdefault(key, cat)
        elif cat in ("booster", "emphatic", "certainty"):
            booster.setdefault(key, cat)
        elif cat in ("hedge", "softener"):
            hedge.setdefault(key, cat)
    for word in hl.sources:
        hedge.setdefault(word, "source")
    return {"superlative": sup, "hedge": hedge, "booster": booster}


def _hedging_entries():
    from prosecheck.checks.lexicon import load

    return list(load("weasel.tsv")) + list(load("boosters.tsv")) + list(load("hedges.tsv"))


# --- features --------------------------------------------------------------------------------

_COPULA = frozenset("is are was were be been being 's becomes became remains remained".split())
_SCOPE = frozenset("in among of ever across worldwide anywhere".split())
_FIRST_PERSON = frozenset("we our us i my".split())
_SECOND_PERSON = frozenset("you your".split())
_SPEECH = frozenset("said says say told claim claims claimed believe believes believed think thinks".split())


def _bucket(n: int) -> str:
    return "short" if n < 8 else "medium" if n < 18 else "long" if n < 35 else "very-long"


def features(doc, sentence, words, lw, i: int, family: str, rule_tier: str, context_facts: tuple,
             spans=()) -> tuple:
    """The named features of word ``i`` of ``sentence`` (``lw``: its normalised words).

    ``spans``: what the check's finder saw in the sentence before its filters (support, voice,
    conditions...), as ``(first, last, kind)``: whether word ``i`` lies in one, and of what kind,
    is the rules' own judgement of the phrase, kept when they dropped it.
    """
    n = len(lw)
    others, cited, named, cited_next = context_facts
    p1 = lw[i - 1] if i >= 1 else "<s>"
    p2 = lw[i - 2] if i >= 2 else "<s>"
    n1 = lw[i + 1] if i + 1 < n else "</s>"
    n2 = lw[i + 2] if i + 2 < n else "</s>"
    block = sentence.block
    out = [
        "bias",
        "rule=" + rule_tier,
        "family=" + family,
        "family+rule=" + family + "+" + rule_tier,
        "w=" + lw[i],
        "p1=" + p1,
        "p2=" + p2,
        "n1=" + n1,
        "n2=" + n2,
        "p1+w=" + p1 + "+" + lw[i],
        "kind=" + block.kind,
        "length=" + _bucket(n),
    ]
    for a, b, kind in spans:
        if a <= i <= b:
            out.append("finder=" + kind)
            break
    else:
        out.append("finder=none" if not spans else "finder=elsewhere")
    out.append("w-suffix=" + lw[i][-3:])
    out.append("n1-suffix=" + n1[-3:])
    containers = block.containers
    if "list_item" in containers:
        out.append("list-item")
    if "blockquote" in containers:
        out.append("blockquote")
    if sentence.quoted or words[i].quoted:
        out.append("quoted")
    if others:
        out.append("not-writers-own")
    if cited:
        out.append("cited")
    if named:
        out.append("named-source")
    if cited_next:
        out.append("cited-next")
    if i <= 1:
        out.append("opens-sentence")
    if i >= 2 and words[i - 1].text[:1].isupper():
        out.append("capital-before")
    if any(w[:1].isdigit() for w in lw):
        out.append("number")
    if not _COPULA.isdisjoint(lw[max(0, i - 4) : i]):
        out.append("copula-before")
    if not _SCOPE.isdisjoint(lw[i + 1 : i + 5]):
        out.append("scope-after")
    if "than" in lw[i + 1 : i + 6]:
        out.append("than-after")
    if not _FIRST_PERSON.isdisjoint(lw):
        out.append("first-person")
    if not _SECOND_PERSON.isdisjoint(lw):
        out.append("second-person")
    if not _SPEECH.isdisjoint(lw):
        out.append("speech-verb")
    text = sentence.text.rstrip()
    if text.endswith("?"):
        out.append("question")
    if "!" in text:
        out.append("exclamation")
    return tuple(out)


# --- candidates ------------------------------------------------------------------------------

def finder_spans(doc, category: str, sentence, words, lw, lowercase) -> list:
    """``(first, last, kind)`` of what the rules' finder sees in ``sentence`` for ``category``
    before any filter (support, voice, condition, aim): superlatives' ``_find``, hedging's ``_scan``."""
    from prosecheck.checks import hedging, superlatives

    if category == "superlative":
        lex = superlatives.lexicon()
        found = superlatives._outside_idioms(lex, lw, superlatives._widest(superlatives._find(lex, sentence, words, lw, lowercase)))
        return [(a, b, kind) for a, b, code, kind in found if code == "SL101"]
    quoted = [True] * len(words) if sentence.quoted else [w.quoted for w in words]
    found = hedging._scan(hedging.lexicon(), sentence, words, lw, quoted, doc.sentence_table)[0]
    codes = ("HC101", "HC103") if category == "hedge" else ("HC102", "HC103")
    return [(a, b, code + (":" + kind.note if kind.note else "")) for a, b, code, kind in found if code in codes]


def candidates(doc, category: str, sentences, rule_findings, support, own) -> list:
    """The candidates of ``category`` in ``sentences`` (the sentences the check scanned).

    ``rule_findings``: the check's diagnostics of the category's code, each with the source
    ``offset`` it was made at, as ``(offset, diagnostic)``; ``support`` a
    :class:`~prosecheck.checks.support.Support`; ``own(sentence)`` whether the words are the
    writer's (:func:`~prosecheck.checks.voice.writers_own`).
    """
    from prosecheck.checks.lexicon import norm_words

    from prosecheck.checks.superlatives import _LowerCaseWords

    fam = families()[category]
    lowercase = _LowerCaseWords(doc)
    by_offset = {}
    for offset, diag in rule_findings:
        by_offset[offset] = diag
    out = []
    for sentence in sentences:
        words = sentence.words
        if not words:
            continue
        lw = norm_words(words)
        offsets = [w.offset for w in words]
        ruled = [(k, by_offset[o]) for k, o in enumerate(offsets) if o in by_offset]
        if ruled:
            places = []
            for k, diag in ruled:
                cue = k
                for j in range(k, min(len(lw), k + 4)):
                    if lw[j] in fam:
                        cue = j
                        break
                places.append((cue, offsets[k], diag))
        else:
            places = [(k, offsets[k], None) for k, w in enumerate(lw) if w in fam and not words[k].quoted]
            if not places:
                continue
        facts = (not own(sentence), support.cited(sentence), support.named(sentence), support.cited_next(sentence))
        spans = finder_spans(doc, category, sentence, words, lw, lowercase)
        for k, offset, diag in places:
            rule_tier = "none" if diag is None else (diag.severity or "warning")
            family = fam.get(lw[k], "other")
            out.append(Candidate(category, sentence, k, offset, diag,
                                 features(doc, sentence, words, lw, k, family, rule_tier, facts, spans)))
    return out


def decide(model: Model, cands: list) -> list:
    """``(candidate, severity)`` for the candidates the model keeps: every rule finding whose
    probability reaches a tier, and at most one added finding per sentence (its best)."""
    kept = []
    best: dict = {}
    for c in cands:
        p = probability(model.weights[c.category], c.features)
        t = tier(model, c.category, p)
        if t is None:
            continue
        if c.rule is not None:
            kept.append((c, t))
            continue
        key = (c.category, c.sentence.index)
        if key not in best or p > best[key][0]:
            best[key] = (p, c, t)
    kept.extend((c, t) for _, c, t in best.values())
    kept.sort(key=lambda ct: ct[0].offset)
    return kept


# --- the checks' entry point -----------------------------------------------------------------

def rejudge(doc, category: str, diagnostics: list, sentences, context, message, model: Optional[Model] = None) -> list:
    """The check's ``diagnostics`` with the findings of ``category``'s code re-judged by the
    model: kept at the tier it gives, dropped, or added where the rules were silent (made with
    ``message(code, phrase, kind)``, the check's own wording). Other codes pass unchanged."""
    from dataclasses import replace

    from prosecheck.checks.support import Support
    from prosecheck.checks.voice import writers_own

    model = model or shipped()
    code = CODES[category]
    mine = [d for d in diagnostics if d.code == code]
    out = [d for d in diagnostics if d.code != code]
    ruled = [(doc.line_offset(d.line) + d.col - 1, d) for d in mine]
    support = Support.for_context(doc, context)
    cands = candidates(doc, category, sentences, ruled, support, lambda s: writers_own(doc, s))
    judged = {id(c.rule) for c in cands if c.rule is not None}
    # A finding the model found no candidate for (not at a word of a scanned sentence) stays as
    # the rules made it: the model only judges what it can see.
    out.extend(d for d in mine if id(d) not in judged)
    for cand, severity in decide(model, cands):
        sev = "" if severity == "warning" else severity
        if cand.rule is not None:
            out.append(replace(cand.rule, severity=sev))
            continue
        words = cand.sentence.words
        phrase, kind = _phrase(cand, words)
        out.append(doc.diagnostic(code, message(code, phrase, kind), cand.offset, severity=sev or None))
    return out


def _phrase(cand: Candidate, words) -> tuple:
    """The words to quote for an added finding, and their kind: the finder's span around the
    trigger word when there is one, else the word (with the word it grades, after "most")."""
    from prosecheck.checks.lexicon import norm

    prose = cand.sentence.block.prose
    for f in cand.features:
        if f.startswith("finder=") and f not in ("finder=none", "finder=elsewhere"):
            kind = f[len("finder="):]
            break
    else:
        kind = ""
    i = cand.index
    j = i + 1 if norm(words[i].text) in ("most", "least") and i + 1 < len(words) else i
    return prose[words[i].start : words[j].end], kind
