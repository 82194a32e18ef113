#!/usr/bin/env python3
"""How the gold marks the contested shapes, set by set: positive (and its category), trap, or
unmarked (eval/RULINGS.md argues one ruling per shape from these counts).

usage: python3 eval/gold_splits.py [--sets a,b] [--table] [--occurrences SHAPE] [--remark SHAPE]

Blind to the tool: this script never runs prosecheck nor imports it, and reads no scorer's output.
It reads each set's manifest.jsonl and gold.jsonl (news-dev's under /work/shared/eval/news-dev)
and the built documents under /work/data/<set> (news-dev: /work/data/news-dev-docs), as
eval/crossval.py's ``read_set`` does, and finds each shape by a regular expression over the
document's lines. The sentence of an occurrence is the one the scorers' sentence pairing uses
(``scoring.sentence_span``: a rough split of the line). An occurrence is *marked* by a gold item on
the same line whose phrase overlaps the words the shape matched (the item's column is where its
phrase first occurs on the line, as the scorers find it); an item of the shape's own category wins
over one of another category. An occurrence no item overlaps is ``unmarked``; ``other-item`` counts
the unmarked ones whose sentence holds an item elsewhere (a claim judged there, the shape not).

The sets are crossval.SETS (read from eval/crossval.py's text, not imported: importing it loads
prosecheck). Any other set (a sealed one) is refused, never read.

--table prints the markdown count table that eval/RULINGS.md pins (tests/test_eval_gold_splits.py);
--occurrences SHAPE lists every occurrence with its marking; --remark SHAPE lists the occurrences
whose marking the ruling of eval/RULINGS.md changes (TSV: set, doc, line, clause/why, now, ruled,
match, item phrase).
"""
import argparse
import ast
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import scoring  # noqa: E402  (the scorers' own sentence split; scoring imports nothing of prosecheck)
import gold_remarks  # noqa: E402  (the reviewed re-marks: the gold as ruled by default)

NEWS_DEV_GOLD = "/work/shared/eval/news-dev"
DATA = "/work/data"
# Sealed sets are never named here (tests/held_out_sets.py's ``tools_naming`` checks that no eval
# tool names one): any set not in crossval.SETS is refused instead.


def development_sets(crossval_path=os.path.join(HERE, "crossval.py")):
    """crossval.SETS, read from the file's text (news-dev first)."""
    tree = ast.parse(open(crossval_path, encoding="utf-8").read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "SETS":
            return tuple(ast.literal_eval(node.value))
    raise SystemExit("error: SETS not found in %s" % crossval_path)


#: The three newest sets (ablate.NEWEST: the last three of crossval.SETS), reported apart from the
#: sets before them. Read from crossval's text, so the tables follow each join (until the sixty-sixth
#: session this was a literal that stayed at slane, hackle and swingle).
NEWEST = development_sets()[-3:]


# --- the shapes ------------------------------------------------------------------------------------

_VIEW_VERBS = (r"(?:claim|argue|assert|contend|maintain|insist|believe|think|say|suggest|hold|"
               r"stress|deny|admit|concede|agree|predict|like\s+to|tend\s+to|seem\s+to|try\s+to|"
               r"attack|denounce|dismiss|reject|portray|repeat|point\s+out|see|consider|view|"
               r"regard|fear|expect|acknowledge|note|accept|imply|want|prefer|propose|favour|favor)"
               r"(?:s|ed|d)?")
_ADVERB = r"(?:\s+(?:\w+ly|often|also|still|always|never|even|all|too|now|will|would|may|might|can|could|"  \
          r"do|does|did|have|has|had|long|usually|generally|simply|just|often|sometimes))*"
_QUOTE_OPEN = "[\"\u201c]"
_QUOTE_CLOSE = "[\"\u201d]"
_NOT_KNOWERS = r"(?!(?:I|We|You|we|you|Everyone|Everybody|Anyone|Anybody|Nobody|Who|who|One|one|God)\b)"

#: key -> (title, the shape's own category, regex, flags). Shape 2 also needs the match to open its
#: sentence (see ``_opens_sentence``).
SHAPES = OrderedDict([
    ("school", ("a school named by its plural (`Marxists claim`, `economists argue`)", "hedge",
                r"\b(?![Aa]narchists)[A-Za-z][a-z]+(?:ists|ites)\b" + _ADVERB + r"\s+" + _VIEW_VERBS + r"\b", 0)),
    ("movement", ("the writers' own movement by its plural (`anarchists argue`; rivet S250, spline S261: settled)",
                  "hedge", r"\b[Aa]narchists\b" + _ADVERB + r"\s+" + _VIEW_VERBS + r"\b", 0)),
    ("indeed", ("`Indeed` opening a sentence", "booster", r"\bIndeed\b", 0)),
    ("coincidence", ("`It is no coincidence/accident that`", "booster",
                     r"\b(?:(?:it|this|that)(?:\s+is|\s+was|'s|\u2019s)\s+(?:no|not\s+an?|hardly\s+an?|by\s+no\s+means\s+an?)"
                     r"|nor\s+(?:is|was)\s+(?:it|this|that)\s+an?)"
                     r"\s+(?:mere\s+)?(?:coincidence|accident)\b", re.I)),
    ("apparently", ("`apparently` (the sarcastic reading among them)", "hedge", r"\bapparently\b", re.I)),
    ("scare", ("scare-quoted noun after a determiner (`the \"free\" market`)", "hedge",
               r"\b(?:the|a|an|their|its|his|her|our|this|these|those|such|so-called)\s+" + _QUOTE_OPEN +
               r"[a-z][a-z-]*(?:\s[a-z-]+)?" + _QUOTE_CLOSE, re.I)),
    ("surprise", ("`Unsurprisingly`/`Not surprisingly` and kin (`hardly surprising`, `no wonder`)", "booster",
                  r"\b(?:un|not\s+|hardly\s+|little\s+)surprising(?:ly)?\b|\b(?:no|little|small)\s+(?:great\s+)?"
                  r"(?:surprise|wonder)\b", re.I)),
    ("knows", ("knowledge put on another's mind (`he knows that`)", "booster",
               r"\b" + _NOT_KNOWERS + r"(?:he|she|they|[A-Z][a-z]+)(?:\s+(?:\w+ly|also|all|well|full|now|already|still|only))?"
               r"\s+(?:knows|knew|know)\s+(?:(?:full|perfectly|very)\s+well\s+)?(?:that|what|how|why|this|it|the)\b", 0)),
])


def _opens_sentence(line, start, length):
    """The match at 0-based ``start`` has nothing but markup and punctuation before it in its sentence
    (the tail of the sentence before's citation marker, "p. 62] Indeed", which the scorers' rough
    split leaves on this side of the break, counts as markup)."""
    s, _ = scoring.sentence_span(line, start + 1, length)
    return re.fullmatch(r"(?:[^\[\]]*\d[^\[\]]*\])?[\W_]*", line[s - 1:start]) is not None


def occurrences(key, line):
    """(start, end) of the shape ``key`` on one line (0-based, end exclusive)."""
    _, _, pattern, flags = SHAPES[key]
    for m in re.finditer(pattern, line, flags):
        if key == "indeed" and not _opens_sentence(line, m.start(), m.end() - m.start()):
            continue
        yield m.start(), m.end()


# --- the sets --------------------------------------------------------------------------------------

def set_dirs(name, data=DATA, news_dev_gold=NEWS_DEV_GOLD):
    if name not in development_sets():
        raise SystemExit("error: %s is not a development set (crossval.SETS): sealed sets are never read" % name)
    if name == "news-dev":
        return news_dev_gold, os.path.join(data, "news-dev-docs")
    return os.path.join(HERE, name), os.path.join(data, name)


def read_set(gdir, ddir):
    """{doc id: [lines]} of the built documents, and the gold items (``_col`` 0-based or -1)."""
    docs = {}
    for raw in open(os.path.join(gdir, "manifest.jsonl"), encoding="utf-8"):
        if raw.strip():
            e = json.loads(raw)
            path = os.path.join(ddir, "%s.%s" % (e["id"], e.get("format", "md")))
            if os.path.exists(path):
                with open(path, encoding="utf-8") as fh:
                    docs[e["id"]] = fh.read().split("\n")
    # The gold as ruled (eval/gold_remarks/'s overlay), or as annotated with --as-built
    # (PROSECHECK_EVAL_GOLD=as-built).
    items = gold_remarks.load_items(gdir, ddir)
    items = [g for g in items if g["doc"] in docs]
    for g in items:
        ls = docs[g["doc"]]
        g["_col"] = ls[g["line"] - 1].find(g["phrase"]) if 0 < g["line"] <= len(ls) else -1
    return docs, items


def marking(item):
    return "%s:%s" % ("positive" if item.get("label", "positive") == "positive" else "trap", item["category"])


def scan_set(name, gdir, ddir, keys=None):
    """Every occurrence of the shapes in the set: dicts with set, doc, line, start, end, match,
    sentence, marking, item (or None), other_item (bool)."""
    docs, items = read_set(gdir, ddir)
    on_line = {}
    for g in items:
        on_line.setdefault((g["doc"], g["line"]), []).append(g)
    out = []
    for key in keys or SHAPES:
        own = SHAPES[key][1]
        for doc in sorted(docs):
            for n, line in enumerate(docs[doc], 1):
                for start, end in occurrences(key, line):
                    s, e = scoring.sentence_span(line, start + 1, end - start)
                    here = on_line.get((doc, n), ())
                    over = [g for g in here if g["_col"] >= 0 and g["_col"] < end and g["_col"] + len(g["phrase"]) > start]
                    over.sort(key=lambda g: (g["category"] != own, g["_col"]))
                    in_sentence = [g for g in here if g["_col"] >= 0 and s - 1 <= g["_col"] < e - 1]
                    out.append(dict(shape=key, set=name, doc=doc, line=n, start=start, end=end, match=line[start:end],
                                    before=line[s - 1:start], after=line[end:e - 1],
                                    sentence=line[s - 1:e - 1].strip(), item=over[0] if over else None,
                                    marking=marking(over[0]) if over else "unmarked",
                                    other_item=bool(in_sentence) and not over))
    return out


def scan(names, data=DATA, news_dev_gold=NEWS_DEV_GOLD, keys=None):
    out = []
    for name in names:
        gdir, ddir = set_dirs(name, data, news_dev_gold)
        if not os.path.isdir(ddir):
            print("warning: %s is not built under %s: left out" % (name, ddir), file=sys.stderr)
            continue
        out.extend(scan_set(name, gdir, ddir, keys))
    return out


# --- counting --------------------------------------------------------------------------------------

COLUMNS = ("positive:hedge", "positive:booster", "positive:superlative", "trap:hedge", "trap:booster",
           "trap:superlative", "unmarked", "other-item")


def counts(occs):
    """{(shape, set): Counter of COLUMNS}."""
    out = OrderedDict()
    for o in occs:
        c = out.setdefault((o["shape"], o["set"]), Counter())
        c[o["marking"]] += 1
        if o["other_item"]:
            c["other-item"] += 1
    return out


def table(occs, names):
    """The markdown table eval/RULINGS.md pins: per shape, the sets where the gold marks it at least
    once (each set apart), then rows for the sets where it is only unmarked, the sets before
    the three newest, the three newest and all."""
    by = counts(occs)
    older = [n for n in names if n not in NEWEST]
    lines = []
    head = "| set | " + " | ".join(c.replace("positive:", "pos ").replace("trap:", "trap ") for c in COLUMNS) + " |"
    for key in SHAPES:
        lines.append("")
        lines.append("#### %s: %s" % (key, SHAPES[key][0]))
        lines.append("")
        lines.append(head)
        lines.append("|" + "---|" * (len(COLUMNS) + 1))
        quiet = Counter()
        quiet_sets = 0
        for name in names:
            c = by.get((key, name))
            if not c:
                continue
            if sum(c[k] for k in COLUMNS[:6]) == 0:
                quiet.update(c)
                quiet_sets += 1
                continue
            lines.append("| %s | " % name + " | ".join(str(c[k]) for k in COLUMNS) + " |")
        lines.append("| (%d sets only unmarked) | " % quiet_sets + " | ".join(str(quiet[k]) for k in COLUMNS) + " |")
        for label, group in (("**%d sets before %s**" % (len(older), NEWEST[0].replace("-docs", "")), older),
                             ("**%s**" % ", ".join(n.replace("-docs", "") for n in NEWEST), NEWEST),
                             ("**all %d**" % len(names), names)):
            tot = Counter()
            for name in group:
                tot.update(by.get((key, name), Counter()))
            lines.append("| %s | " % label + " | ".join(str(tot[k]) for k in COLUMNS) + " |")
    return "\n".join(lines).strip("\n") + "\n"


# --- the rulings (eval/RULINGS.md) -----------------------------------------------------------------
# ``ruled`` gives, for one occurrence, the marking the ruling of eval/RULINGS.md gives it and whether
# that follows from what the script can read ("firm": the item's own "why" names only a clause the
# ruling overturns, or the words alone decide) or needs a reader ("review": the ruling turns on
# something a regex cannot see, e.g. whether the sentence makes a factual claim). None: the ruling
# leaves the annotator's call standing.

_SUPPORT = re.compile(r"\]\(|\[[^\]]*\d[^\]]*\]|https?://|\[(?:Op\. Cit|Ibid)")
_QUANTIFIED = re.compile(r"(?i)\b(?:some|many|most|several|few|certain|numerous|other|various|two|three|a\s+number\s+of|"
                         r"a\s+minority\s+of|a\s+majority\s+of|the\s+majority\s+of|one\s+or\s+two)\s+"
                         r"(?:[\w\"\u201c\u201d'()-]+\s+){0,4}[\w\"\u201c\u201d'()-]*$")
_KEPT_INDEED = re.compile(r"(?i)RULES [12]|link|citation|figure|named|source|quot|hedg|S602|S270|S823|M9|S297|"
                          r"first-hand|S372|condition|proposal|W4|D6|ground|M4|\baim\b|obligation|\bwish|feeling|possib|"
                          r"M8|M10|S80|A4|A6|S183|Z1|B2|S152|P1|S660|S61|B9|own view|own policy|own intent")
_INDEED_OVERTURNED = re.compile(r"(?i)S563|S540|connective|adds? (?:a|one|another) point|\bM5\b|S1086|S821|and even|"
                                r"escalat|widen|rais(?:es|ing) the")
_HEDGED = re.compile(r"(?i)\b(?:may|might|could|would|can|probably|perhaps|seems?|ought|should|likely)\b")


def _clause(item):
    """The clauses an item's "why" cites (``lathe W4``, ``RULES 2``), for the lists."""
    if not item:
        return ""
    why = item.get("why", "")
    found = re.findall(r"\b(?:[a-z]+ )?[A-Z]{1,2}\d+\b|RULES \d", why)
    return "; ".join(OrderedDict.fromkeys(found)) or why[:60]


def _supported(o):
    """A link, a citation marker or a URL in the sentence (RULES 2's mechanical support)."""
    return bool(_SUPPORT.search(o["sentence"]))


def quantified(o):
    """The school's plural follows a quantity ("some", "many", "most Marxists"): unnamed members."""
    return bool(_QUANTIFIED.search(o["before"]))


#: Plurals that name people by a trade of judging (a discipline, commentary or advocacy), as
#: RULES 4's "experts", "critics", "advocates", "commentators" do; any other -ists/-ites plural
#: names a school, creed, party or faith.
_VAGUE_SOURCES = ("economists", "scientists", "psychologists", "psychiatrists", "sociologists", "biologists",
                  "physicists", "naturalists", "theorists", "analysts", "specialists", "anthropologists",
                  "ecologists", "journalists", "columnists", "environmentalists", "conservationists", "apologists",
                  "criminologists", "geologists", "archaeologists", "linguists", "statisticians", "futurists",
                  "strategists", "lobbyists", "activists", "propagandists", "researchers", "scholars", "ethicists", "technologists")
#: A word right before the plural that names a school of it ("Austrian economists", "neo-classical
#: economists", "Post-Keynesian economists", ""Austrian" economists").
_SCHOOL_WORD = re.compile(r"(?:\b[A-Z][\w-]*|[\"\u201c\u201d]\S+[\"\u201c\u201d]|\b(?:neo-?classical|classical|"
                          r"mainstream|orthodox|bourgeois|free-market|capitalist|socialist|marginalist|monetarist)"
                          r")[\"\u201d]?\s+$")


#: Capitalised words before a trade that name no school ("As economists argue", "Many economists").
_FUNCTION_WORDS = frozenset("""as and but or so yet if when while since because though although the these those
    some many most few several other all both no any such even only also thus hence then still indeed of for in on
    with by to at from among what that which who whom whose where whereas""".split())


def vague_source(o):
    """A trade of judging with no school named before it ("economists", not "Austrian economists")."""
    word = re.match(r"\w+", o["match"]).group(0).lower()
    if word not in _VAGUE_SOURCES:
        return False
    m = _SCHOOL_WORD.search(o["before"])
    return not m or m.group(0).strip().strip("\"\u201c\u201d").lower() in _FUNCTION_WORDS


def ruled(o):
    """(marking, "firm"|"review") the ruling gives the occurrence, or None (the annotator's call stands)."""
    key, item, now = o["shape"], o["item"] or {}, o["marking"]
    why = item.get("why", "")
    own = SHAPES[key][1]
    if item and item["category"] != own:
        return None  # an item of another category on the same words: not this shape's question
    if key == "school":
        # Ruling 1 (RULES 4's own lists): a plural naming people by their trade of judging, a
        # discipline or advocacy with no school named ("economists", "psychologists", "apologists")
        # is RULES 4's vague source noun ("experts", "critics", "advocates"): a positive hedge,
        # counted or not. A plural naming a school, creed or party ("Marxists", "Leninists",
        # "anarcho-capitalists", "Austrian economists"): the whole group stating its view is a
        # group the reader can identify declaring its own position ("Employers believe", "Unions
        # say", "The Israelis say"): nothing; a counted part of it ("some Marxists", "many
        # anarcho-capitalists") is unnamed members speaking for themselves ("Several Israeli
        # Government ministers suggested"): a positive hedge. RULES 2's support (a link, a marker,
        # a member named in the sentence or the next) and RULES 1's voice keep any of them out.
        if _supported(o) or re.search(r"(?i)next sentence|named|names|quot|RULES 1|RULES 2|S250|S261|own movement|"
                                      r"own school|Z5|block|link|citation|B9|about a group|entry is about", why):
            return None
        if re.search(r"(?i)\b(?:of|by|for|to|from|among|with|against)\s+(?:(?!(?:as|that|while|when|what|which|who|"
                     r"because|since|if|than|and|but|so|where|whereas|though|although)\b)[\w\"\u201c\u201d'()-]+\s+){0,3}"
                     r"[\w\"\u201c\u201d'()-]*$", o["before"]):
            return None  # the plural is not the subject of the view ("supporters of ... capitalists like to")
        # A capitalised word opening the sentence before a trade ("Libertarian psychologists",
        # "Independent economists") may or may not name a school: a reader decides.
        opener = re.fullmatch(r"\W*([A-Z][\w-]*)\s+", o["before"])
        how = "review" if opener and opener.group(1).lower() not in _FUNCTION_WORDS else "firm"
        if vague_source(o) or quantified(o):
            if now == "trap:hedge":
                return "positive:hedge", how
            if now == "unmarked":
                return "positive:hedge", "review"
            return None
        if now == "positive:hedge":
            return "trap:hedge", how
        return None
    if key == "indeed":
        # Ruling 2: RULES 5 names `indeed` among the certainty words and keeps it out only where
        # the sentence carries its proof. Opening a sentence as a connective that adds to the one
        # before does not take the certainty off the claim it opens: positive booster on a bare
        # factual claim in the writer's voice. Kept negative: RULES 1, RULES 2/5's support, the
        # sentence's own hedge, no factual claim (goal, proposal, condition, feeling), W4's ground,
        # the speaker's first-hand account (S297) and "and even" inside a sentence.
        if now == "trap:booster" and _INDEED_OVERTURNED.search(why) and not _KEPT_INDEED.search(why) \
                and not re.match(r"(?i)\W*indeed,?\s+even\b", o["sentence"]) and not _supported(o):
            # A modal in the sentence may be its own hedge (S270) or a proposal (S372): a reader decides.
            return "positive:booster", "review" if _HEDGED.search(o["sentence"]) else "firm"
        if now == "unmarked" and not _supported(o) and not _HEDGED.search(o["sentence"]):
            return "positive:booster", "review"
        return None
    if key == "coincidence":
        # Ruling 3: "It is no coincidence that X" asserts, as certain, a link it does not show:
        # RULES 5's certainty on a factual claim. Negative only by RULES 1/2 or W4's given ground.
        if now == "unmarked" and not _supported(o) and not re.search(r"(?i)\b(?:since|because|given|considering)\b",
                                                                     o["sentence"]):
            return "positive:booster", "review"
        return None
    if key == "apparently":
        # Ruling 4a: RULES 4 marks the evidential `apparently` in the writer's voice; sarcasm does
        # not change whose voice it is nor name the holder: a positive hedge unless RULES 2 names
        # the holder (in the sentence or the next: an earlier sentence does not count).
        if now != "trap:hedge" or _supported(o) or re.search(r"(?i)RULES [12]|next sentence|in a sentence that carries|"
                                                             r"sentence ends|named in the sentence", why):
            return None
        if re.search(r"S1101", why):
            # The clause the ruling overturns; but since the sixty-fourth session's clarification 1
            # (S1141 restored: an irony that answers a view quoted or named in the sentence or the
            # one before stays negative) a reader decides, as for the rest.
            return "positive:hedge", "review"
        if re.search(r"(?i)S1141.*sentence before|sarcas|iron", why):
            # M10 / S953 irony, or S1141's holder quoted only in the sentence before (RULES 2: an
            # earlier sentence supports nothing): positive if the word is evidential, not "seemingly".
            return "positive:hedge", "review"
        return None
    if key == "scare":
        # Ruling 4b: scare quotes mention a word, they do not assert it: a ranking or certainty
        # word inside them is not the writer's (RULES 1); they credit no claim to anyone (no hedge);
        # the rest of the sentence is judged as if unquoted.
        it = o["item"]
        if it and now.startswith("positive") and it["_col"] >= o["start"] and it["_col"] + len(it["phrase"]) <= o["end"]:
            return "trap:" + it["category"], "firm"
        return None
    if key == "surprise":
        # Ruling 5 (crimp S1103 over spline S262's "as ..." reading): the surprise word tells the
        # reader the claim needs no support; it is supported only by a ground the reader can check
        # (a fact, figure, link, citation or named source in the sentence or the one before, or a
        # condition). A ground that is itself the writers' unsupported claim supports nothing.
        # What the script can find is the contested form itself: the ground given after the surprise
        # word as a clause of the writers' own ("This is unsurprising, as nationalism delivers power
        # to local ruling classes"), not one pointing back to the text ("given", "therefore", "then").
        ground = re.search(r"(?i)^\W*(?:,|\s)*\s*(?:as|since|because|for)\s", o["after"]) or \
            re.search(r"(?i)[,\s](?:as|since|because)\s", o["after"])
        if now == "trap:booster" and ground and re.search(r"S262|W4|ground|reason", why) and not re.search(
                r"(?i)RULES [12]|citation|marker|link|figure|named|next sentence|quot|condition|own position|S80|fact",
                why) and not re.search(r"(?i)\b(?:given|therefore|then|thus|in light|with such|so)\b",
                                      o["sentence"]) and not _supported(o):
            return "positive:booster", "review"
        return None
    if key == "knows":
        # Ruling 6 (fuller S884, shim S297's last sentence, RULES 5's "everyone knows"): `know`
        # put on another's mind before a claim about the world vouches for the claim: a positive
        # booster in the writer's or speaker's voice; `know` of acquaintance, skill or experience
        # (forge N4: "know how to", "know what it's like", "know the man") is nothing.
        # RULES 1's "a view that the sentence itself hands to a named person" ("Nissan claims")
        # does not cover *know*: it is factive, so the claim after it is the writer's own,
        # presupposed true; only its knower is named.
        if now == "trap:booster" and re.search(r"RULES 1", why) and re.search(r"(?i)credited|hands|named", why) \
                and not re.search(r"(?i)quot|block|transcript", why) and not _supported(o):
            # RULES 1's named holder does not cover *know*; but a narrative's or profile's report of
            # what a character knew, as motive or awareness, is nothing (clarification 5): a reader
            # decides.
            return "positive:booster", "review"
        if now == "positive:booster" and re.search(r"(?i)\bknow[sn]?\s+(?:how|what it)\b|\bknew\s+(?:how|what it)\b",
                                                   o["match"] + " " + o["after"][:12]):
            return "unmarked", "firm"
        if now == "unmarked" and re.search(r"(?i)\bthat$", o["match"]) and not _supported(o):
            return "positive:booster", "review"
        return None
    return None


def remarks(occs):
    out = []
    for o in occs:
        r = ruled(o)
        if r is not None and r[0] != o["marking"]:
            out.append((o, r[0], r[1]))
    return out


def remark_counts(occs):
    """{(shape, set): Counter("firm", "review")} of the occurrences the rulings move."""
    out = OrderedDict()
    for o, _, how in remarks(occs):
        out.setdefault((o["shape"], o["set"]), Counter())[how] += 1
    return out


def remark_table(occs, names):
    """The markdown table of the occurrences each ruling moves, per set (firm / review), with the
    moves by direction; eval/RULINGS.md pins it beside the count table."""
    moved = remarks(occs)
    older = [n for n in names if n not in NEWEST]
    lines = []
    for key in SHAPES:
        mine = [(o, r, how) for o, r, how in moved if o["shape"] == key]
        lines.append("")
        lines.append("#### %s: moves" % key)
        lines.append("")
        if not mine:
            lines.append("(none)")
            continue
        dirs = Counter("%s -> %s (%s)" % (o["marking"], r, how) for o, r, how in mine)
        lines.append("; ".join("%s: %d" % (d, n) for d, n in sorted(dirs.items())))
        lines.append("")
        lines.append("| set | firm | review |")
        lines.append("|---|---|---|")
        per = OrderedDict()
        for o, r, how in mine:
            per.setdefault(o["set"], Counter())[how] += 1
        for name in names:
            if name in per:
                lines.append("| %s | %d | %d |" % (name, per[name]["firm"], per[name]["review"]))
        for label, group in (("**%d sets before %s**" % (len(older), NEWEST[0].replace("-docs", "")), older),
                             ("**%s**" % ", ".join(n.replace("-docs", "") for n in NEWEST), NEWEST),
                             ("**all %d**" % len(names), names)):
            tot = Counter()
            for name in group:
                tot.update(per.get(name, Counter()))
            lines.append("| %s | %d | %d |" % (label, tot["firm"], tot["review"]))
    return "\n".join(lines).strip("\n") + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", type=lambda v: [x for x in v.split(",") if x])
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--news-dev", default=NEWS_DEV_GOLD)
    ap.add_argument("--table", action="store_true", help="the count table and the moves table (markdown)")
    ap.add_argument("--occurrences", metavar="SHAPE", help="every occurrence of SHAPE (or all) with its marking")
    ap.add_argument("--remark", metavar="SHAPE", help="the occurrences the ruling of SHAPE (or all) moves (TSV)")
    ap.add_argument("--as-built", action="store_true",
                    help="count the gold as annotated (gold.jsonl alone), not as ruled (eval/gold_remarks/)")
    args = ap.parse_args(argv)
    if args.as_built:
        os.environ[gold_remarks.ENV] = "as-built"
    names = list(args.sets or development_sets())
    allowed = set(development_sets())
    for n in names:
        if n not in allowed:
            raise SystemExit("error: %s is not a development set (crossval.SETS)" % n)
    pick = args.occurrences or args.remark
    keys = None if pick in (None, "all") else [pick]
    if keys and keys[0] not in SHAPES:
        raise SystemExit("error: no shape %r (%s)" % (keys[0], ", ".join(SHAPES)))
    occs = scan(names, args.data, args.news_dev, keys)
    out = sys.stdout
    if args.occurrences:
        for o in occs:
            it = o["item"] or {}
            out.write("\t".join([o["shape"], o["set"], o["doc"], str(o["line"]), o["marking"], o["match"],
                                 it.get("phrase", ""), _clause(it), o["sentence"][:300]]) + "\n")
        return 0
    if args.remark:
        out.write("\t".join(["shape", "set", "doc", "line", "clause", "now", "ruled", "how", "match", "item phrase",
                             "sentence"]) + "\n")
        for o, r, how in remarks(occs):
            it = o["item"] or {}
            out.write("\t".join([o["shape"], o["set"], o["doc"], str(o["line"]), _clause(it), o["marking"], r, how,
                                 o["match"], it.get("phrase", ""), o["sentence"][:300]]) + "\n")
        return 0
    if args.table:
        out.write("### Counts\n\n" + table(occs, names) + "\n### Moves\n\n" + remark_table(occs, names))
        return 0
    by = counts(occs)
    out.write("\t".join(("shape", "set") + COLUMNS) + "\n")
    for (key, name), c in by.items():
        out.write("\t".join([key, name] + [str(c[k]) for k in COLUMNS]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
