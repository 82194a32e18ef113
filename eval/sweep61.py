#!/usr/bin/env python3
"""The sweeping universals sorted by syntax: which narrow shape is right more often than wrong?
(SL101, issue 11, sixty-first session, sweep61)

usage: python3 eval/sweep61.py extract [--sets a,b,...] [--cache DIR]
       python3 eval/sweep61.py shapes [--cache DIR] [--shape NAME] [--list right|trap|none|all] [--max N]

sweep56 (eval/universals.py) asked whether a learnt reading of every universal separates the claims
from the rest, and none did. This script asks the narrower question by hand: sort the universals by
what they quantify and how (``All`` + a plural subject of a present claim, ``no`` + a noun before a
modal or a present verb, ``only`` + a bare noun before ``can``, ``never``/``always`` between a
third-person subject and a present verb, ``the only way to`` ...), by tense, person, and whether a
figure, a source or a hedge stands in the sentence, and count each narrow shape's sentences, by the
sentence, as right (a superlative positive of the gold lies in the sentence), trap (a superlative
trap does and no positive) or none (no superlative item), set by set.

``extract`` reuses ``universals.extract_set`` (one row per sentence holding a universal, the rules
as they are, every tier, the learnt tiers off) with a wider list of words: ``any``/``anyone``/
``anything``, ``no`` before any word, ``none``, ``nowhere``, ``everything`` and ``each`` join
sweep56's. ``shapes`` prints, for each shape, its rows that no SL101 finding of the rules reads
(where a new finding would add one), on the sets before loy and on loy, slick and hardy apart,
split by genre group (speech, essay, documentation), with the number of sets that hold a right one;
``--list`` prints the rows of one shape. Figures of the sixty-first session: docs/codes/SL101.md
(sweep61).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
import universals  # noqa: E402

CACHE = "/tmp/sweep61/rows"
NEWEST = ("loy-docs", "slick-docs", "hardy-docs")
WORDS = frozenset("always never every all only nobody nothing everyone everybody everything any anyone anybody "
                  "anything no none nowhere each".split())


def _universals(lw: list) -> list:
    return [i for i, w in enumerate(lw) if w in WORDS]


# --- the shapes ------------------------------------------------------------------------------

MODALS = frozenset("will would can could should must may might shall cannot can't won't couldn't wouldn't "
                   "shouldn't".split())
BE_PRESENT = frozenset("is are".split())
BE = frozenset("is are was were be been being am".split())
DETS = frozenset("a an the this that these those such my our your his her their its".split())
PRONOUNS = frozenset("i we you he she it they one this that there who which what".split())
FIRST = frozenset("i me my we us our ours i'm we're i've we've".split())
HEDGES = frozenset("perhaps maybe probably likely almost nearly usually often generally seems seem "
                   "tend tends typically mostly virtually practically arguably possibly".split())
CONDITION = frozenset("if unless whether when whenever once until".split())
SOURCE_VERBS = frozenset("said says say argued argues argue wrote writes claimed claims according noted "
                         "notes stated states insisted insists explains explained".split())
# function words that never head a noun phrase as its noun (no tagger on the machine: the shapes are
# word-position readings)
FUNCTION = DETS | PRONOUNS | MODALS | BE | CONDITION | frozenset(
    "and or but of to in on at by for with from as than not n't do does did have has had so then also "
    "more most less very too just even".split())


def _plain_word(w: str) -> bool:
    return w.replace("-", "").isalpha() and w not in FUNCTION


def _noun_run(lw: list, j: int, limit: int = 3) -> int:
    """The end (exclusive) of a run of up to ``limit`` plain words from ``j`` (an adjective-noun
    phrase, no tags: a run of content words)."""
    k = j
    while k < len(lw) and k - j < limit and _plain_word(lw[k]):
        k += 1
    return k


def sentence_facts(r: dict) -> dict:
    lw = r["lw"]
    sl = set(lw)
    return dict(
        figure=any(any(c.isdigit() for c in w) for w in lw),
        hedge=bool(sl & HEDGES),
        first=bool(sl & FIRST),
        source=r["named"] or r["cited"] or bool(sl & SOURCE_VERBS),
        question=r["text"].rstrip().endswith("?"),
        past=bool(sl & {"was", "were", "had", "did"}),
    )


def _opens_clause(lw: list, i: int) -> bool:
    return i == 0 or lw[i - 1] in ("and", "but", "yet", "so", "that", "because", "for", "since", "as", "while",
                                   "indeed", "thus", "hence", "however", "therefore", "after", "in")


def shape_all_plural_present(lw, i):
    """``All`` (or ``all the``) + a plural heading a clause, then a present verb or `are`/`can`:
    `All governments rest on force`, `all bosses are`."""
    if lw[i] != "all" or not _opens_clause(lw, i):
        return False
    j = i + 1
    if j < len(lw) and lw[j] == "the":
        j += 1
    k = _noun_run(lw, j)
    if k == j or k >= len(lw):
        return False
    head = lw[k - 1]
    if not head.endswith("s") or head.endswith("ss"):
        return False
    return lw[k] in ("are", "can", "will", "must", "have")


def shape_no_noun_modal(lw, i):
    """``no`` + a noun (not `one`, not `longer`/`more`/`doubt`) + a modal or a present verb: `no system
    can`, `No economic system is`, `no Leninist argues`."""
    if lw[i] != "no" or i + 1 >= len(lw):
        return False
    j = i + 1
    if lw[j] in ("one", "longer", "more", "less", "doubt", "matter", "way", "need", "reason", "sense", "use",
                 "such", "other", "idea", "problem", "means", "less"):
        return False
    k = _noun_run(lw, j)
    if k == j or k >= len(lw):
        return False
    nxt = lw[k]
    return nxt in MODALS or nxt in ("is", "are", "has", "have", "exists", "exist")


def shape_no_noun_verb_s(lw, i):
    """``no`` + one content word + a verb in -s: `no Leninist argues`, `no capitalist proposes`."""
    if lw[i] != "no" or i + 2 >= len(lw) or not _opens_clause(lw, i):
        return False
    n, v = lw[i + 1], lw[i + 2]
    return (_plain_word(n) and n not in ("one", "longer", "more", "doubt", "matter") and _plain_word(v)
            and v.endswith("s") and not v.endswith("ss") and not v.endswith("'s") and len(v) > 3)


def shape_no_one_present(lw, i):
    """``no one``/``nobody`` + a present verb in -s (not `knows`): `no one advocates`, `nobody believes`."""
    if lw[i] == "nobody":
        j = i + 1
    elif lw[i] == "no" and i + 1 < len(lw) and lw[i + 1] == "one":
        j = i + 2
    else:
        return False
    if j >= len(lw):
        return False
    v = lw[j]
    return (_plain_word(v) and v.endswith("s") and not v.endswith("ss") and v not in ("knows", "was")
            and len(v) > 3)


def shape_only_bare_modal(lw, i):
    """``only`` + a bare noun phrase (no determiner) + a modal: `Only co-operative workplaces can
    ensure`, `only terror can turn people`."""
    if lw[i] != "only" or i + 1 >= len(lw):
        return False
    j = i + 1
    if lw[j] in DETS or lw[j] in PRONOUNS:
        return False
    k = _noun_run(lw, j)
    return k > j and k < len(lw) and lw[k] in MODALS


def shape_only_bare_present(lw, i):
    """``only`` + a bare noun phrase + `is`/`are`: `only labour is productive`."""
    if lw[i] != "only" or i + 1 >= len(lw):
        return False
    j = i + 1
    if lw[j] in DETS or lw[j] in PRONOUNS:
        return False
    k = _noun_run(lw, j)
    return k > j and k < len(lw) and lw[k] in ("is", "are")


def shape_subject_only_verb_s(lw, i):
    """A noun or `it`/`this` + ``only`` + a verb in -s: `it only modifies the form`, `capital only
    contributes`, `this confusion only appears persuasive`."""
    if lw[i] != "only" or i == 0 or i + 1 >= len(lw):
        return False
    s, v = lw[i - 1], lw[i + 1]
    if not (s in ("it", "this", "that") or (_plain_word(s) and not s.endswith("ly"))):
        return False
    return _plain_word(v) and v.endswith("s") and not v.endswith("ss") and not v.endswith("'s") and len(v) > 3


def shape_subject_only_plain(lw, i):
    """`they`/a plural + ``only`` + a plain present verb: `They only get a reward when`."""
    if lw[i] != "only" or i == 0 or i + 1 >= len(lw):
        return False
    s, v = lw[i - 1], lw[i + 1]
    if not (s == "they" or (_plain_word(s) and s.endswith("s") and not s.endswith("ss"))):
        return False
    return _plain_word(v) and not v.endswith("s") and not v.endswith("ed") and not v.endswith("ing")


def shape_modal_only(lw, i):
    """A modal + ``only`` + a verb: `can only be avoided`, `will only convince`."""
    return lw[i] == "only" and i >= 1 and lw[i - 1] in MODALS and i + 1 < len(lw) and _plain_word(lw[i + 1])


def shape_the_only_way(lw, i):
    """``the only way``/``means``/``thing`` + `to`/`that`: `the only way to`, `the only way X could`."""
    return (lw[i] == "only" and i >= 1 and lw[i - 1] == "the" and i + 1 < len(lw)
            and lw[i + 1] in ("way", "ways", "means", "hope", "solution", "answer", "cure", "remedy", "road"))


def shape_the_only_noun(lw, i):
    """``the only`` + any noun, not at the sentence's head (onlyheads reads that)."""
    return lw[i] == "only" and i >= 2 and lw[i - 1] == "the" and i + 1 < len(lw) and _plain_word(lw[i + 1])


def shape_never_third_present(lw, i):
    """A noun or `it`/`he`/`she`/`they` + ``never`` + a verb in -s or a plain verb after a plural:
    `state action never seems to count`, `capitalism never delivers`."""
    if lw[i] != "never" or i == 0 or i + 1 >= len(lw):
        return False
    s, v = lw[i - 1], lw[i + 1]
    if s in ("i", "we", "you") or not (s in ("it", "he", "she", "they", "this") or _plain_word(s)):
        return False
    return _plain_word(v) and v.endswith("s") and not v.endswith("ss") and len(v) > 3


def shape_always_third_present(lw, i):
    """A noun or `it`/`he`/`she` + ``always`` + a verb in -s: `which always marks capitalism`."""
    if lw[i] != "always" or i == 0 or i + 1 >= len(lw):
        return False
    s, v = lw[i - 1], lw[i + 1]
    if s in ("i", "we", "you") or not (s in ("it", "he", "she", "they", "this", "which", "that")
                                       or _plain_word(s)):
        return False
    return _plain_word(v) and v.endswith("s") and not v.endswith("ss") and len(v) > 3


def shape_be_always(lw, i):
    """`is`/`are` + ``always``/``never`` (present): `are always a key way`, `is always on hand`."""
    return lw[i] in ("always", "never") and i >= 1 and lw[i - 1] in ("is", "are")


def shape_modal_always(lw, i):
    """A modal (`must`, `will`, `can`) + ``always``/``never``: `must always be skewed`."""
    return lw[i] in ("always", "never") and i >= 1 and lw[i - 1] in MODALS and lw[i - 1] not in ("would",)


def shape_as_in_any(lw, i):
    """`as in any`, `as with any`, `like any`, `like all`: `As in any class society`."""
    return (lw[i] in ("any", "all", "every") and i >= 1 and
            (lw[i - 1] == "like" or (i >= 2 and lw[i - 2] == "as" and lw[i - 1] in ("in", "with", "of", "for"))))


def shape_any_noun_modal(lw, i):
    """``Any`` heading a clause + a noun + a modal: `Any sane person would`, `any solution would be`."""
    if lw[i] != "any" or not _opens_clause(lw, i):
        return False
    k = _noun_run(lw, i + 1)
    return k > i + 1 and k < len(lw) and lw[k] in MODALS


def shape_every_noun_present(lw, i):
    """``Every``/``each`` heading a clause + a noun + a present verb in -s or `is`/`has`/a modal."""
    if lw[i] not in ("every",) or not _opens_clause(lw, i):
        return False
    k = _noun_run(lw, i + 1)
    if k == i + 1 or k >= len(lw):
        return False
    v = lw[k]
    return v in ("is", "has", "can", "must", "will") or (_plain_word(v) and v.endswith("s") and len(v) > 3)


def shape_nothing_could(lw, i):
    """``Nothing`` + a modal or `is` (`Nothing could be further from the truth`)."""
    return lw[i] == "nothing" and i + 1 < len(lw) and (lw[i + 1] in MODALS or lw[i + 1] in ("is",))


def shape_all_the_time(lw, i):
    """`all the time`."""
    return lw[i] == "all" and lw[i + 1 : i + 3] == ["the", "time"]


def shape_only_opening_adverbial(lw, i):
    """``Only`` opening the sentence + a preposition or a conjunction (the inverted focus: `Only by
    taking ... will`, `Only in the context of ... does`, `Only when`)."""
    return (lw[i] == "only" and (i == 0 or (i == 1 and lw[0] in ("and", "but", "yet", "so")))
            and i + 1 < len(lw) and lw[i + 1] in ("by", "in", "through", "when", "if", "after", "with", "then",
                                                  "under", "within", "where", "once", "until", "at", "from"))


def shape_it_cleft_only(lw, i):
    """`it is only`/`it was only` + a phrase + `that`/`who`: `It is only in this context that`, `it was
    only anarchists who`."""
    return lw[i] == "only" and i >= 2 and lw[i - 1] in ("is", "was") and lw[i - 2] in ("it", "it's") or (
        lw[i] == "only" and i >= 1 and lw[i - 1] in ("it's",))


def shape_name_never_past(lw, i, caps=None):
    """A name or `he`/`she`/`they` + ``never``/``always`` + a past (`-ed`, `did`, `had`): `Friedman never
    revised`, `he always saw`, `Lenin had always been clear` (the `had` before)."""
    if lw[i] not in ("never", "always") or i == 0 or i + 1 >= len(lw):
        return False
    s, v = lw[i - 1], lw[i + 1]
    if s == "had" and i >= 2:
        s = lw[i - 2]
        return s not in ("i", "we", "you") and (s in ("he", "she", "they") or _plain_word(s))
    if s in ("i", "we", "you") or not (s in ("he", "she", "they") or _plain_word(s)):
        return False
    return v in ("did", "had", "was", "were") or (v.endswith("ed") and _plain_word(v)) or v in (
        "saw", "said", "made", "took", "gave", "wrote", "meant", "thought", "knew", "got", "went", "came",
        "sought", "found", "left", "became", "held", "kept", "felt", "told")


def shape_only_past(lw, i):
    """``only`` + a past verb in `-ed` not after `be`/`have`/a modal: `a war which only accelerated the
    development`; or ``only`` + `the`/`those` + words + a past: `only the wealthy benefited`."""
    if lw[i] != "only" or i + 1 >= len(lw):
        return False
    if i >= 1 and (lw[i - 1] in BE or lw[i - 1] in MODALS or lw[i - 1] in ("has", "have", "had")):
        return False
    v = lw[i + 1]
    if v.endswith("ed") and _plain_word(v) and len(v) > 4:
        return True
    if v in ("the", "those"):
        k = _noun_run(lw, i + 2)
        if k > i + 2 and k < len(lw):
            w = lw[k]
            return w.endswith("ed") or w in ("did", "were", "had", "got", "made", "gained")
        if v == "those" and i + 2 < len(lw) and lw[i + 2] == "with":
            return True
    return False


def shape_in_all_plural(lw, i):
    """a preposition + ``all``/``every``/``any`` + a noun (not `of`): `in all revolutions`, `in every
    country`."""
    if lw[i] not in ("all", "every") or i == 0 or lw[i - 1] not in ("in", "to", "for", "across", "throughout"):
        return False
    j = i + 1
    if j < len(lw) and lw[j] == "the":
        j += 1
    return j < len(lw) and _plain_word(lw[j]) and lw[j] not in ("cases", "other", "things", "respects", "ways")


def shape_verb_every(lw, i):
    """a verb in -s or a plain verb + ``every``/``all`` + a noun as its object: `affect every revolution`."""
    if lw[i] not in ("every",) or i == 0 or i + 1 >= len(lw):
        return False
    v = lw[i - 1]
    return _plain_word(v) and not v.endswith("ly") and v not in ("in", "of", "at", "for") and _plain_word(lw[i + 1])


def shape_nowhere(lw, i):
    """``nowhere`` heading a clause (`nowhere did Tucker argue`, `nowhere else`)."""
    return lw[i] == "nowhere"


def shape_adverb_third_present(lw, i):
    """never_third_present or always_third_present."""
    return shape_never_third_present(lw, i) or shape_always_third_present(lw, i)


_NOT_SUBJECT = frozenset("almost nearly generally usually hope nearly virtually practically not".split())


def shape_generic_present(lw, i):
    """A third-person subject right before ``always``/``never`` and a present verb in `-s` right after:
    `capitalism never allows this`, `Power always corrupts`, `he never sees`, `which capitalism always
    faces`; not `I`/`we`/`you`, not an adverb before (`almost always`: nearly_always's)."""
    if lw[i] not in ("never", "always") or i == 0 or i + 1 >= len(lw):
        return False
    s, v = lw[i - 1], lw[i + 1]
    if s in _NOT_SUBJECT or s.endswith("ly"):
        return False
    if not (s in ("he", "she", "it", "this", "that", "which", "who") or _plain_word(s)):
        return False
    return (v.isalpha() and len(v) > 3 and v.endswith("s") and not v.endswith(("ss", "wards", "ways"))
            and v not in FUNCTION)


def shape_plural_plain(lw, i):
    """`they` or a plural right before ``always``/``never`` and a plain present verb: `Republicans always
    try to`, `they never learn`."""
    if lw[i] not in ("never", "always") or i == 0 or i + 1 >= len(lw):
        return False
    s, v = lw[i - 1], lw[i + 1]
    if not (s == "they" or (_plain_word(s) and s.endswith("s") and not s.endswith("ss") and not s.endswith("ly"))):
        return False
    return (v.isalpha() and v not in FUNCTION and not v.endswith(("s", "ed", "ing", "ly")) and len(v) > 2)


SHAPES = {name[6:]: fn for name, fn in sorted(globals().items()) if name.startswith("shape_")}


# --- tallies ---------------------------------------------------------------------------------

def load(cache: str, names) -> dict:
    out = {}
    for name in names:
        path = os.path.join(cache, name + ".jsonl")
        if os.path.exists(path):
            out[name] = [json.loads(l) for l in open(path, encoding="utf-8")]
    return out


def outcome(r: dict) -> str:
    return "right" if r["label"] else "trap" if r["traps"] else "none"


def matches(r: dict, fn) -> bool:
    lw = r["lw"]
    for i, q in zip(r["at"], r["quoted"]):
        if not q and fn(lw, i):
            return True
    return False


def main(argv: list) -> int:
    ap = argparse.ArgumentParser(prog="sweep61.py")
    ap.add_argument("command", choices=("extract", "shapes"))
    ap.add_argument("--sets", type=lambda v: v.split(","), default=list(crossval.SETS))
    ap.add_argument("--cache", default=CACHE)
    ap.add_argument("--shape", default=None)
    ap.add_argument("--list", default=None, choices=("right", "trap", "none", "all"))
    ap.add_argument("--max", type=int, default=60)
    ap.add_argument("--own", action="store_true", help="only the writer's own sentences")
    ap.add_argument("--no-doc", action="store_true", help="leave out documentation")
    ap.add_argument("--nontech", action="store_true", help="leave out technical writing (Document.technical)")
    ap.add_argument("--plain", action="store_true", help="leave out sentences with a figure, the first person, "
                    "a past, a source or a question")
    ap.add_argument("--facts", action="store_true", help="split each shape by the sentence's facts")
    args = ap.parse_args(argv)
    if args.command == "extract":
        universals.WORDS = WORDS
        universals.universals = _universals
        for name in args.sets:
            print(name, universals.extract_set(name, args.cache), flush=True)
        return 0
    data = load(args.cache, args.sets)
    shapes = {args.shape: SHAPES[args.shape]} if args.shape else SHAPES
    for sname, fn in shapes.items():
        tallies = defaultdict(Counter)  # (scope, group) -> outcome counts
        sets_right = defaultdict(set)
        facts_t = defaultdict(Counter)
        listed = []
        for name, rows in data.items():
            scope = "trio" if name in NEWEST else "142"
            for r in rows:
                if r["ruled"] or (args.own and not r["own"]):
                    continue
                if args.nontech and r["technical"]:
                    continue
                if args.no_doc and r["group"] == "doc":
                    continue
                if not matches(r, fn):
                    continue
                if args.plain:
                    f = sentence_facts(r)
                    if f["figure"] or f["first"] or f["past"] or f["source"] or f["question"]:
                        continue
                o = outcome(r)
                tallies[(scope, r["group"])][o] += 1
                tallies[(scope, "all")][o] += 1
                if o == "right":
                    sets_right[scope].add(name)
                if args.facts and scope == "142":
                    f = sentence_facts(r)
                    key = ",".join(k for k, v in sorted(f.items()) if v) or "-"
                    facts_t[key][o] += 1
                if args.list and (args.list == "all" or args.list == o):
                    listed.append((o, name, r))
        def fmt(c):
            return "%d/%d/%d" % (c["right"], c["trap"], c["none"])
        for scope in ("142", "trio"):
            print("%-24s %-4s %s  all %-10s sets+ %d" % (
                sname if scope == "142" else "", scope,
                " ".join("%s %-10s" % (g[:2], fmt(tallies[(scope, g)])) for g in ("speech", "essay", "doc")),
                fmt(tallies[(scope, "all")]), len(sets_right[scope])))
        if args.facts:
            for k, c in sorted(facts_t.items(), key=lambda kv: -sum(kv[1].values())):
                print("      %-40s %s" % (k, fmt(c)))
        for o, name, r in listed[: args.max]:
            print("   %-5s %-16s %s:%d %s" % (o, name, r["doc"][:40], r["line"], r["text"][:220].replace("\n", " ")))
            if r["positives"]:
                print("         + %s" % r["positives"])
            if r["traps"]:
                print("         - %s" % r["traps"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
