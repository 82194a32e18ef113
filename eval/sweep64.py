#!/usr/bin/env python3
"""The sweeping universals flail, dibble and mell missed, sorted by syntax sweep61 did not split
(SL101, issue 11, sixty-fourth session, sweep64).

usage: python3 eval/sweep61.py extract --cache /tmp/sweep64/rows [--sets ...]   (the rows)
       python3 eval/sweep64.py [--cache DIR] [--shape NAME] [--list right|trap|none|all] [--max N]
                               [--nontech] [--own] [--plain]

sweep61 counted its shapes on the 142 sets before loy; this counts the shapes it left whole, split
finer (a future `will always`/`will never` apart from `can`/`must`; `can only` apart from the other
modals; `No` + a noun + a modal opening the sentence apart from `no` anywhere; the idioms `no amount
of`, `all X does/can do is`, `as always`), each row a sentence of the writers' that holds a
universal and no SL101 finding of the rules, counted by the sentence as right (a superlative
positive lies in it), trap (a superlative trap and no positive) or none, on the one hundred and
fifty-one sets before flail and on flail, dibble and mell apart. The superlative gold is the same as
built and as ruled (eval/gold_remarks/ re-marks no superlative). Figures: docs/codes/SL101.md
(sweep64).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
import sweep61  # noqa: E402
from sweep61 import DETS, FIRST, FUNCTION, MODALS, _noun_run, _plain_word  # noqa: E402

CACHE = "/tmp/sweep64/rows"
NEWEST = ("flail-docs", "dibble-docs", "mell-docs")
THIRD = frozenset("he she it they this that which who".split())


def _subject_before(lw, i):
    """The word right before the adverb (after skipping a modal), if it reads as a third-person
    subject: a pronoun of the third person or a content word (no tagger: a word position)."""
    return i >= 1 and (lw[i - 1] in THIRD or (_plain_word(lw[i - 1]) and not lw[i - 1].endswith("ly")))


def shape_will_always(lw, i):
    """A third-person subject + `will always`/`will never` + a verb: `co-operatives will never arrest
    the growth`, `reforms will always undermine`."""
    if lw[i] not in ("always", "never") or i < 2 or lw[i - 1] not in ("will", "won't") or i + 1 >= len(lw):
        return False
    return (lw[i - 2] in THIRD or (_plain_word(lw[i - 2]) and not lw[i - 2].endswith("ly"))) and \
        _plain_word(lw[i + 1])


def shape_will_always_plural(lw, i):
    """will_always with `they` or a plural noun as the subject."""
    if not shape_will_always(lw, i):
        return False
    s = lw[i - 2]
    return s == "they" or (s.endswith("s") and not s.endswith("ss") and s not in THIRD)


def shape_can_only(lw, i):
    """A third-person subject + `can only` + a verb: `the state can only intervene`, `it can only
    generate capitalist ends`."""
    if lw[i] != "only" or i < 2 or lw[i - 1] != "can" or i + 1 >= len(lw):
        return False
    return (lw[i - 2] in THIRD or (_plain_word(lw[i - 2]) and not lw[i - 2].endswith("ly"))) and \
        _plain_word(lw[i + 1])


def shape_can_only_be(lw, i):
    """can_only + `be` + a participle or an adjective: `can only be undermined`, `can only be concrete`."""
    return shape_can_only(lw, i) and i + 2 < len(lw) and lw[i + 1] == "be"


def shape_modal_only_any(lw, i):
    """Any modal but `can` + `only` + a verb after a third-person subject (`could only leave`,
    `will only be used`)."""
    if lw[i] != "only" or i < 2 or lw[i - 1] not in MODALS or lw[i - 1] in ("can",) or i + 1 >= len(lw):
        return False
    return (lw[i - 2] in THIRD or _plain_word(lw[i - 2])) and _plain_word(lw[i + 1])


def shape_no_opening_modal(lw, i):
    """`No` opening the sentence (or after `and`/`but`) + up to three content words + a modal or a
    present verb: `No central government could organise`, `No centralised body could comprehend`."""
    if lw[i] != "no" or not (i == 0 or (i == 1 and lw[0] in ("and", "but", "yet", "so"))):
        return False
    j = i + 1
    if j >= len(lw) or lw[j] in ("one", "longer", "more", "less", "doubt", "matter", "way", "need", "wonder"):
        return False
    k = _noun_run(lw, j)
    return k > j and k < len(lw) and (lw[k] in MODALS or lw[k] in ("is", "are", "has", "have"))


def shape_no_amount(lw, i):
    """`no amount of`: `no amount of spin will`, `no amount of reform can`."""
    return lw[i] == "no" and lw[i + 1: i + 3] == ["amount", "of"]


def shape_all_it_does(lw, i):
    """`All` + a subject + `does`/`can do`/`did` + `is`: `All it does is fight the symptoms`, `all it
    can do is`."""
    if lw[i] != "all" or i + 3 >= len(lw):
        return False
    rest = lw[i + 1: i + 7]
    return "is" in rest and ("does" in rest or "do" in rest or "did" in rest) and rest.index("is") > 1


def shape_as_always(lw, i):
    """`as always` (`(as always)`, `As always, the state`)."""
    return lw[i] == "always" and i >= 1 and lw[i - 1] == "as"


def shape_plural_always_plain(lw, i):
    """A plural noun (not `they`) right before `always`/`never` + a plain present verb: `Economic
    relations always have`, `bosses never give`."""
    if lw[i] not in ("always", "never") or i == 0 or i + 1 >= len(lw):
        return False
    s, v = lw[i - 1], lw[i + 1]
    if not (_plain_word(s) and s.endswith("s") and not s.endswith("ss") and not s.endswith("ly")):
        return False
    return v.isalpha() and v not in FUNCTION - {"have", "do"} and not v.endswith(("s", "ed", "ing", "ly")) \
        and len(v) > 2 or v in ("have", "do")


def shape_has_always_proved(lw, i):
    """`has always`/`have always`/`has never`/`have never` + a participle, a third-person subject
    (held_never's reading at info, read by the words here)."""
    if lw[i] not in ("always", "never") or i < 2 or lw[i - 1] not in ("has", "have") or i + 1 >= len(lw):
        return False
    s = lw[i - 2]
    return s not in ("i", "we", "you") and (s in THIRD or _plain_word(s))


def shape_every_noun_creates(lw, i):
    """`Every` opening the sentence + a noun + a present verb in -s (not `is`/`has`): `Every
    revolution creates its own forms`."""
    if lw[i] != "every" or i != 0:
        return False
    k = _noun_run(lw, i + 1)
    if k == i + 1 or k >= len(lw):
        return False
    v = lw[k]
    return _plain_word(v) and v.endswith("s") and not v.endswith("ss") and len(v) > 3


def shape_only_the_plural_are(lw, i):
    """`Only the` + a noun + a verb, opening the sentence: `Only the leaders are actively involved`."""
    if lw[i] != "only" or i != 0 or i + 2 >= len(lw) or lw[i + 1] != "the":
        return False
    k = _noun_run(lw, i + 2)
    return k > i + 2 and k < len(lw) and (lw[k] in ("is", "are", "can", "will", "have", "has") or
                                          (_plain_word(lw[k]) and lw[k].endswith("s")))


def shape_nothing_has(lw, i):
    """`Nothing` + `has`/`can`/`will` + a verb at the clause's head (`Nothing has changed since.`)."""
    return lw[i] == "nothing" and i + 1 < len(lw) and lw[i + 1] in ("has", "can", "will", "could") and \
        (i == 0 or lw[i - 1] in ("and", "but", "yet", "so", "because", "since"))


PREPS = frozenset("under in within by through with after before at from for on among during via "
                  "without against".split())


def shape_only_bare_party(lw, i):
    """`only` (not `the only`, `if only`, `not only`) + a bare noun phrase of one to three content words
    (no determiner, no preposition) + `can`/`will`/`could`/`would`/`must`: `only self-liberation can
    produce a free society`, `only ideology can stop`; not `only time will tell` (the idiom)."""
    if lw[i] != "only" or i + 2 >= len(lw):
        return False
    if i >= 1 and lw[i - 1] in ("the", "if", "not", "an", "a", "my", "our", "its", "their", "his", "her"):
        return False
    j = i + 1
    if lw[j] in DETS or lw[j] in sweep61.PRONOUNS or lw[j] in PREPS or lw[j] == "time":
        return False
    k = _noun_run(lw, j)
    if k == j or k >= len(lw) or any(w in PREPS for w in lw[j:k]):
        return False
    return lw[k] in ("can", "will", "could", "would", "must", "cannot")


SHAPES = {name[6:]: fn for name, fn in sorted(globals().items()) if name.startswith("shape_")}


def main(argv: list) -> int:
    ap = argparse.ArgumentParser(prog="sweep64.py")
    ap.add_argument("--cache", default=CACHE)
    ap.add_argument("--shape", default=None)
    ap.add_argument("--list", default=None, choices=("right", "trap", "none", "all"))
    ap.add_argument("--max", type=int, default=60)
    ap.add_argument("--own", action="store_true")
    ap.add_argument("--nontech", action="store_true")
    ap.add_argument("--plain", action="store_true")
    ap.add_argument("--all-rows", action="store_true", help="count rows an SL101 finding reads too")
    ap.add_argument("--with61", action="store_true", help="sweep61's shapes too, counted on these sets")
    args = ap.parse_args(argv)
    data = sweep61.load(args.cache, list(crossval.SETS))
    every = dict(SHAPES)
    if args.with61:
        every.update({"61:" + k: v for k, v in sweep61.SHAPES.items()})
    shapes = {args.shape: every[args.shape]} if args.shape else every
    for sname, fn in shapes.items():
        tallies = defaultdict(Counter)
        sets_right = defaultdict(set)
        sets_wrong = defaultdict(set)
        listed = []
        for name, rows in data.items():
            scope = name[:-5] if name in NEWEST else "151"
            for r in rows:
                if (r["ruled"] and not args.all_rows) or (args.own and not r["own"]):
                    continue
                if args.nontech and r["technical"]:
                    continue
                if not sweep61.matches(r, fn):
                    continue
                if args.plain:
                    f = sweep61.sentence_facts(r)
                    if f["figure"] or f["first"] or f["past"] or f["source"] or f["question"]:
                        continue
                o = sweep61.outcome(r)
                key = o + ("*" if r["ruled"] else "")
                tallies[(scope, r["group"])][o] += 1
                tallies[(scope, "all")][o] += 1
                (sets_right if o == "right" else sets_wrong)[scope].add(name)
                if args.list and (args.list == "all" or args.list == o):
                    listed.append((key, name, r))

        def fmt(c):
            return "%d/%d/%d" % (c["right"], c["trap"], c["none"])
        out = []
        for scope in ("151", "flail", "dibble", "mell"):
            c = tallies[(scope, "all")]
            if scope == "151":
                out.append("151 %s [sp %s es %s doc %s] sets+ %d" % (
                    fmt(c), fmt(tallies[(scope, "speech")]), fmt(tallies[(scope, "essay")]),
                    fmt(tallies[(scope, "doc")]), len(sets_right[scope])))
            else:
                out.append("%s %s" % (scope, fmt(c)))
        print("%-22s %s" % (sname, "  ".join(out)))
        for o, name, r in listed[: args.max]:
            print("   %-6s %-14s %s:%d %s" % (o, name[:-5], r["doc"][:36], r["line"], r["text"][:200].replace("\n", " ")))
            if r["positives"]:
                print("          + %s" % r["positives"])
            if r["traps"]:
                print("          - %s" % r["traps"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
