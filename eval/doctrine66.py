#!/usr/bin/env python3
"""The writers' sweeping absolutes read by who asserts them and of what (SL101, issue 11, sixty-sixth
session, doctrine66).

usage: python3 eval/sweep61.py extract --cache /tmp/doctrine66/rows        (the rows, the rules as they are)
       python3 eval/doctrine66.py [--cache DIR] [--reading NAME] [--list right|trap|none|all] [--max N]
                                  [--per-set] [--all-rows] [--info-rows] [--by-line]

sweep56 (a learnt reading), sweep61 and sweep64 (shapes by syntax) sorted the universals by their
words; every shape took about as many traps as claims. This asks three other questions of the same
rows (one per sentence holding a universal and no SL101 finding of the rules):

(a) the kind: is the universal's subject a kind, not a counted or located group (`no man`, `none`
    with no partitive `of`, `nothing` with no place or time after it, `no` + a bare noun, a bare noun
    + `never` + a verb in -s), and is its verb a generic present or a modal of possibility (`can`,
    `cannot`, `will never`, a verb in -s, `is`)?
(b) the voice: is the sentence the writers' own exposition (`voice.writers_own`, not quoted, no
    named or cited source, no verb of saying, not a heading nor a list item, no first person with a
    past, not a question)?
(c) the register: a gate, not a trigger: outside documentation (the manifests' genre group, and the
    Document's own `technical` reading), `+prose`; and argument alone (no speeches either), `+argument`.

`+strict` narrows (a): not a title (`No Gods, No Masters`), not an aim (`so that no child is left`,
`to ensure that no one`), not a passive report (`No reference is made`), not a verbless list. `+asserted`
narrows (b): not in a clause of condition or concession, not in the `that` clause of a view, a saying
or a showing, not a denial of doubt (`No one will deny that`). `+wide`
widens its verbs to `could`/`would`/`may`/`must`/`should`/`has`/`need`.

Each reading is counted (by the sentence, or with --by-line by the universal's line) as right (a superlative positive lies in it), trap (a
superlative trap and no positive) or none, and by the item (positives / traps in those sentences),
on the one hundred and fifty-seven sets before hod and on hod, trug and lopper apart (which the
readings were not read from), with the sets where it is right about 70% or more. The superlative
gold is the same as built and as ruled (eval/gold_remarks/ re-marks no superlative). Figures:
docs/codes/SL101.md (doctrine66).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
import sweep61  # noqa: E402
from sweep61 import FIRST, FUNCTION, SOURCE_VERBS, _plain_word  # noqa: E402

CACHE = "/tmp/doctrine66/rows"
NEWEST = ("hod-docs", "trug-docs", "lopper-docs")

# the verb of a generic claim: a modal of possibility or a plain present
POSSIBLE = frozenset("can cannot can't will won't shall".split())
PRESENT_BE = frozenset("is are".split())
# after `nothing`: a place, a time or a partitive makes it an inventory, not a kind
LOCATING = frozenset("of in on at here there else since during until today now yet left about from "
                     "inside within to".split())
# nouns after `no` that are idioms, quantities or program states, not a kind
NO_IDIOMS = frozenset("longer more less doubt matter way need reason sense use such other idea problem "
                      "means one further action changes change errors error data file files output "
                      "value values".split())
# words that may stand before a subject at the head of a clause
CLAUSE_HEAD = frozenset("and but yet so for because since that as while though although indeed thus hence "
                        "therefore for surely truly verily".split())
PAST = frozenset("was were had did came went said told".split())


def _opens(lw, i):
    return i == 0 or lw[i - 1] in CLAUSE_HEAD or lw[i - 1] in (",", ";", ":")


def _generic_verb(lw, k, wide=False):
    """The word at ``k`` (and after) reads as a generic present or a modal of possibility: `can`,
    `cannot`, `will never`, `is`, a verb in -s."""
    if k >= len(lw):
        return False
    v = lw[k]
    if v in POSSIBLE or v in PRESENT_BE:
        return True
    if wide and v in ("could", "would", "may", "must", "should", "has", "have", "need", "needs"):
        return True
    if v in ("ever", "truly", "really", "yet") and k + 1 < len(lw):
        return _generic_verb(lw, k + 1, wide)
    return (v.isalpha() and len(v) > 3 and v.endswith("s") and not v.endswith(("ss", "us", "is"))
            and v not in FUNCTION)


def subj_no_kind(lw, i, wide=False):
    """`no` + one or two content words as a subject (no partitive after, not an idiom) + a generic
    verb: `no man can serve`, `no flesh shall glory`, `no creature is able`."""
    if lw[i] != "no" or i + 1 >= len(lw) or lw[i + 1] in NO_IDIOMS or not _opens(lw, i):
        return False
    j = i + 1
    k = j
    while k < len(lw) and k - j < 2 and _plain_word(lw[k]) and lw[k] not in ("one",):
        k += 1
    if k == j or k >= len(lw) or lw[k] == "of":
        return False
    return _generic_verb(lw, k, wide)


def subj_none(lw, i, wide=False):
    """`none` as a subject with no partitive (`none can deliver us`, `none is righteous`)."""
    if lw[i] != "none" or i + 1 >= len(lw) or not _opens(lw, i):
        return False
    k = i + 1
    if lw[k] in ("but", "else", "other"):
        k += 1
        while k < len(lw) and lw[k] not in POSSIBLE | PRESENT_BE and k - i < 5 and _plain_word(lw[k]):
            k += 1
    if k >= len(lw) or lw[k] == "of":
        return False
    return _generic_verb(lw, k, wide)


def subj_nothing(lw, i, wide=False):
    """`nothing` as a subject with no place, time or partitive after it (`nothing is more certain than`,
    `nothing can separate us`)."""
    if lw[i] != "nothing" or i + 1 >= len(lw) or not _opens(lw, i) or lw[i + 1] in LOCATING:
        return False
    return _generic_verb(lw, i + 1, wide)


def subj_nobody(lw, i, wide=False):
    """`no one`/`nobody` as a subject + a generic verb (`no one can come unto me`)."""
    if lw[i] == "nobody":
        k = i + 1
    elif lw[i] == "no" and i + 1 < len(lw) and lw[i + 1] == "one":
        k = i + 2
    else:
        return False
    if not _opens(lw, i) or k >= len(lw) or lw[k] == "of" or lw[k] in ("knows",):
        return False
    return _generic_verb(lw, k, wide)


def subj_kind_never(lw, i, wide=False):
    """A bare noun (a kind or a name, no determiner but `the`) + `never`/`always` + a verb in -s:
    `Holy Writ never repeats itself`, `grace never fails`, `God always keeps`; not a pronoun."""
    if lw[i] not in ("never", "always") or i == 0 or i + 1 >= len(lw):
        return False
    s = lw[i - 1]
    if not _plain_word(s) or s.endswith("ly") or s in ("it", "he", "she", "they", "this", "that", "which", "who"):
        return False
    if i >= 2 and lw[i - 2] in ("a", "an", "this", "that", "these", "those", "my", "his", "her", "their",
                                "your", "its", "some", "one", "two", "three", "many", "few", "several"):
        return False
    v = lw[i + 1]
    return (v.isalpha() and len(v) > 3 and v.endswith("s") and not v.endswith(("ss", "us", "is", "wards", "ways"))
            and v not in FUNCTION)


SUBJECTS = {"no_kind": subj_no_kind, "none": subj_none, "nothing": subj_nothing, "nobody": subj_nobody,
            "kind_never": subj_kind_never}


def voice_own(r):
    """(b) the writers' expository voice."""
    lw = r["lw"]
    sl = set(lw)
    if not r["own"] or r["named"] or r["cited"] or sl & SOURCE_VERBS:
        return False
    if r["kind"] == "heading" or "list_item" in r["containers"] or "blockquote" in r["containers"]:
        return False
    if r["text"].rstrip().endswith("?"):
        return False
    if sl & FIRST and sl & PAST:
        return False
    if any(c in r["text"] for c in "\"\u201c\u201d"):
        return False
    return True


# (b), narrower: the universal is one the writers assert, not one they condition, concede, answer or deny
# doubt of: not in a clause of condition or concession (`If, as some claim, trade always benefits`,
# `While a wind wave never travels`), not in the `that` clause of a view, a saying or a showing
# (`the false assumption that growth always benefits`, `It will be objected that no one forces`, `it
# has been shown that no man can`), and not a denial of doubt (`No one will deny that ...`: a certainty
# frame, HC102's, not a sweep over people)
CONCEDE = frozenset("if while though although unless whether when whenever once until".split())
VIEW = frozenset("claim claims claimed assumption assumptions assume assumes assumed objected object objection "
                 "argue argues argued argument say says said think thinks thought believe believes believed "
                 "belief idea notion view views suppose supposes supposed maintain maintains maintained insist "
                 "insists insisted hold holds held shown shows showed show prove proves proved proven "
                 "suggest suggests suggested suggestion imply implies implied myth lie pretend pretends "
                 "pretence".split())
DOUBT_VERBS = frozenset("deny denies doubt doubts question questions dispute disputes".split())


def asserted(lw, i):
    before = lw[max(0, i - 6):i]
    if CONCEDE & set(before):
        return False
    for j in range(i - 1, max(-1, i - 12), -1):
        if lw[j] == "that" and j >= 1 and lw[j - 1] in VIEW:
            return False
        if lw[j] in VIEW and j >= 2 and lw[j - 2] == "as":
            return False
    after = lw[i + 1:i + 5]
    if DOUBT_VERBS & set(after):
        return False
    return True


def register_prose(r):
    """(c) outside documentation: the manifests' group and the Document's own reading."""
    return r["group"] != "doc" and not r["technical"]


def register_argument(r):
    """(c), narrower: argument (essays, commentary, the FAQ, blogs, books), not speeches (whose universals
    are mostly pledges and aims: `no child will be left behind`) nor documentation."""
    return register_prose(r) and r["group"] != "speech"


AIM = frozenset("ensure ensuring ensures insure assure assuring sure guarantee guaranteeing".split())


def strict_kind(lw, i, caps):
    """(a) narrowed: not a title (`No Gods, No Masters`), not an aim (`so that no child is left`,
    `to ensure that no one`), not a passive report (`No reference is made`, `nothing is known`), not a
    verbless list (`No roses, no violets`)."""
    if i + 1 < len(lw) and caps[i + 1] and lw[i] == "no":
        return False
    before = lw[max(0, i - 4):i]
    if AIM & set(before) or (i >= 2 and lw[i - 2:i] == ["so", "that"]):
        return False
    k = i + 1
    while k < len(lw) and k - i < 4 and lw[k] not in POSSIBLE | PRESENT_BE:
        k += 1
    if k + 1 < len(lw) and lw[k] in PRESENT_BE | {"be", "can", "will"}:
        nxt = lw[k + 1] if lw[k] in PRESENT_BE else (lw[k + 2] if k + 2 < len(lw) and lw[k + 1] == "be" else "")
        if nxt.endswith(("ed", "en")) or nxt in ("made", "done", "said", "known", "seen", "left", "given", "found",
                                                "taken", "held", "told", "put", "set", "kept", "paid", "brought"):
            return False
    return True


# a verbless list of absences (`No roses, no violets, no Cologne-water in the sea.`): the Document's words
# carry no punctuation, so the sentence's text is read
VERBLESS = re.compile(r"\bno [\w-]+(?: [\w-]+)?, (?:and |or )?no\b", re.I)


def reading(sub, wide=False, voice=False, register=False, strict=False, assert_=False):
    """``register``: False, True (prose) or "argument"."""
    fns = SUBJECTS.values() if sub == "any" else [SUBJECTS[sub]]

    def fn(r):
        lw = r["lw"]
        hit = False
        for i, q in zip(r["at"], r["quoted"]):
            if q:
                continue
            if any(f(lw, i, wide) for f in fns) and (not strict or strict_kind(lw, i, r["caps"])) and \
                    (not assert_ or asserted(lw, i)):
                hit = True
                break
            # `no one`: the universal word is `no`
        if not hit or (strict and VERBLESS.search(r["text"])):
            return False
        if voice and not voice_own(r):
            return False
        if register and not (register_argument(r) if register == "argument" else register_prose(r)):
            return False
        return True
    return fn


def readings():
    out = {}
    for sub in list(SUBJECTS) + ["any"]:
        for wide in (False, True):
            for voice in (False, True):
                for register in (False, True, "argument"):
                    for strict in (False, True):
                        name = "%s%s%s%s%s" % (sub, "+wide" if wide else "", "+strict" if strict else "",
                                               "+voice" if voice else "",
                                               "+argument" if register == "argument" else "+prose" if register else "")
                        out[name] = reading(sub, wide, voice, register, strict)
                        if strict and voice:
                            out[name.replace("+voice", "+voice+asserted")] = reading(sub, wide, voice, register,
                                                                                    strict, True)
    return out


def outcome(r):
    return sweep61.outcome(r)


def relabel_by_line(data):
    """Give each row the superlative items of its universal's line (the gold as ruled, as the scorers
    read it), so that ``outcome`` counts by the line."""
    for name, rows in data.items():
        g = crossval.gold_dir(name, None)
        s = crossval.read_set(name, g, crossval.docs_dir(name, {}, g))
        pos, neg = defaultdict(list), defaultdict(list)
        for it in s["items"]:
            if it["category"] == "superlative":
                (pos if it.get("label", "positive") == "positive" else neg)[(it["doc"], it["line"])].append(it["phrase"])
        for r in rows:
            k = (r["doc"], r["line"])
            r["positives"], r["traps"], r["label"] = pos.get(k, []), neg.get(k, []), int(bool(pos.get(k)))


def main(argv):
    ap = argparse.ArgumentParser(prog="doctrine66.py")
    ap.add_argument("--cache", default=CACHE)
    ap.add_argument("--reading", default=None)
    ap.add_argument("--list", default=None, choices=("right", "trap", "none", "all"))
    ap.add_argument("--scope", default=None, help="list only rows of 'old' (the 157) or a newest set's name")
    ap.add_argument("--max", type=int, default=60)
    ap.add_argument("--per-set", action="store_true")
    ap.add_argument("--all-rows", action="store_true", help="count rows an SL101 finding reads too")
    ap.add_argument("--info-rows", action="store_true", help="count rows whose SL101 findings are all at info "
                    "(a warning reading would raise them)")
    ap.add_argument("--by-line", action="store_true", help="count by the line as the scorers' default pairing "
                    "does (a superlative item anywhere on the universal's line), not by the sentence")
    args = ap.parse_args(argv)
    data = sweep61.load(args.cache, list(crossval.SETS))
    if args.by_line:
        relabel_by_line(data)
    every = readings()
    chosen = {args.reading: every[args.reading]} if args.reading else every
    print("reading                            157: sent r/t/n  r/(r+t) r/all  items +/-  sets+ sets>=70%%(n>=2) | hod | trug | lopper  (%d sets)"
          % len(data))
    for rname, fn in chosen.items():
        sent = defaultdict(Counter)
        items = defaultdict(Counter)
        per_set = defaultdict(Counter)
        listed = []
        for name, rows in data.items():
            scope = name[:-5] if name in NEWEST else "old"
            for r in rows:
                if args.info_rows:
                    if not r["ruled"] or any(s != "info" for s in r["ruled"]):
                        continue
                elif r["ruled"] and not args.all_rows:
                    continue
                if not fn(r):
                    continue
                o = outcome(r)
                sent[scope][o] += 1
                items[scope]["+"] += len(r["positives"])
                items[scope]["-"] += len(r["traps"])
                per_set[name][o] += 1
                if args.list and (args.list == "all" or args.list == o) and (args.scope in (None, scope)):
                    listed.append((o, name, r))
        old_sets = [n for n in per_set if n not in NEWEST]
        plus = sum(1 for n in old_sets if per_set[n]["right"])
        good = sum(1 for n in old_sets if per_set[n]["right"] >= 2 and
                   per_set[n]["right"] >= 0.7 * (per_set[n]["right"] + per_set[n]["trap"] + per_set[n]["none"]))

        def fmt(c):
            return "%d/%d/%d" % (c["right"], c["trap"], c["none"])
        c = sent["old"]
        prec = c["right"] / max(1, c["right"] + c["trap"])
        prec_all = c["right"] / max(1, c["right"] + c["trap"] + c["none"])
        print("%-34s %-12s %3.0f%% %3.0f%%  %d/%d  %3d %3d | %s | %s | %s" % (
            rname, fmt(c), 100 * prec, 100 * prec_all, items["old"]["+"], items["old"]["-"], plus, good,
            fmt(sent["hod"]), fmt(sent["trug"]), fmt(sent["lopper"])))
        if args.per_set:
            for n in sorted(per_set, key=lambda n: -per_set[n]["right"]):
                print("    %-16s %s" % (n, fmt(per_set[n])))
        for o, name, r in listed[: args.max]:
            print("   %-6s %-14s %s:%d [%s] %s" % (o, name[:-5], r["doc"][:30], r["line"], r["group"],
                                               r["text"][:220].replace("\n", " ")))
            if r["positives"]:
                print("          + %s" % r["positives"])
            if r["traps"]:
                print("          - %s" % r["traps"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
