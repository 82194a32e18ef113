#!/usr/bin/env python3
"""The forty-second session's measurement (task crowd42): the gold hedges credited to an unnamed
many or few and the gold rankings with "most" that the rules miss, and every occurrence of the
candidate shapes over the development sets, each put as pos (inside a gold positive of its
category), trap (inside a trap) or other, and as flagged (any tier) or not.

usage: python3 eval/crowd42_shapes.py dump [SETS|all] [OUT.jsonl]   (one pass, about a minute)
       python3 eval/crowd42_shapes.py table OUT.jsonl                (per shape: the eighty-five
       sets before rabbet-docs and the three newest apart, prose and technical writing apart)

Run it from a tree whose src is the rules to measure (it imports eval/crossval.py, which puts
its own tree's src first). Shapes are regular expressions over a sentence's prose, a rough
count, not a class; a shape with a group "c" is placed at that group (the clause's crowd
pronoun), not at the opener before it. The findings: code page HC101 (forty-second session) and
SL101 (the same).
"""
import collections
import json, os, re, sys
from bisect import bisect_right
from collections import defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crossval  # noqa: E402
from prosecheck.checks import hedging, superlatives  # noqa: E402
from prosecheck.check import Context  # noqa: E402
from prosecheck.document import parse  # noqa: E402

NEWEST = {"rabbet-docs", "holdfast-docs", "caliper-docs"}

VIEW = (r"(?:view|views|viewed|hold|holds|held|argue|argues|argued|contend|contends|contended|claim|claims|claimed|"
        r"believe|believes|believed|maintain|maintains|maintained|assert|asserts|asserted|suggest|suggests|suggested|"
        r"insist|insists|insisted|say|says|said|think|thinks|thought|feel|feels|felt|see|sees|saw|regard|regards|"
        r"regarded|consider|considers|considered|allege|alleges|alleged|charge|charges|charged|fear|fears|feared|"
        r"predict|predicts|predicted|warn|warns|warned|proclaim|proclaims|proclaimed|agree|agrees|agreed|object|"
        r"objected|complain|complained|doubt|doubted|describe|describes|described|call|calls|called|term|terms|"
        r"termed|date|dates|dated|deny|denies|denied|question|questioned|wonder|wondered|propose|proposed|urge|urged|"
        r"blame|blamed|point out|pointed out|note|noted|speculate|speculated|hope|hoped|expect|expected|accuse|accused)")
AUX = r"(?:(?:have|had|has|would|will|may|might|can|could|do|did|does|still|also|even|often|now|long|always|already|actually|further|just|went so far as to|like to|seem to|seemed to|tend to|have come to|came to|continue to|[a-z]+ly) )*"
OPIN = (r"(?:critics|skeptics|sceptics|cynics|pundits|observers|commentators|experts|scholars|historians|economists|"
        r"analysts|theorists|writers|authors|opponents|supporters|proponents|advocates|defenders|apologists|detractors|"
        r"psychologists|sociologists|scientists|philosophers|ideologues|liberals|conservatives|marxists|leninists|"
        r"libertarians|capitalists|socialists|anarchists|people|folks|users|developers|programmers|hackers|readers|"
        r"members|specialists|researchers|authorities|officials|americans)")
OPEN = r"(?:^\W*|[,;:(\u2014]\s*|--\s*|\b(?:and|but|while|yet|though|although|whereas|thus|hence|so|as|that|what|where|when|because|since|whom|which)\s+)"
VIEW2 = (r"(?:hold|holds|held|view|views|viewed|argue|argues|argued|contend|contends|contended|claim|claims|claimed|"
         r"believe|believes|believed|maintain|maintains|maintained|assert|asserts|asserted|suggest|suggests|suggested|"
         r"insist|insists|insisted|say|says|said|think|thinks|thought|feel|feels|felt|consider|considers|considered|"
         r"regard|regards|regarded|allege|alleges|alleged|charge|charges|charged|fear|fears|feared|predict|predicts|predicted|"
         r"warn|warns|warned|proclaim|proclaims|proclaimed|agree|agrees|agreed|object|objects|objected|complain|complains|complained|"
         r"doubt|doubts|doubted|deny|denies|denied|question|questions|questioned|wonder|wonders|wondered|propose|proposes|proposed|"
         r"urge|urges|urged|blame|blames|blamed|imagine|imagines|imagined|speculate|speculates|speculated|point out|points out|pointed out|"
         r"call|calls|called|term|terms|termed|describe|describes|described|date|dates|dated|stress|stresses|stressed|state|states|stated|"
         r"see|sees|saw|seen|expect|expects|expected|hope|hopes|hoped|accuse|accuses|accused|suspect|suspects|suspected|assume|assumes|assumed|"
         r"decry|decries|decried|dismiss|dismisses|dismissed|attribute|attributes|attributed|ascribe|ascribed|compare|compares|compared|"
         r"paint|paints|painted|label|labels|labelled|labeled|reject|rejects|rejected|dispute|disputes|disputed|worry|worries|worried|"
         r"recommend|recommends|recommended|advocate|advocates|advocated|note|notes|noted|observe|observes|observed|report|reports|reported)")
AUX2 = r"(?:(?:have|had|has|would|will|may|might|can|could|do|did|does|still|also|even|often|now|long|always|already|actually|further|just|went so far as to|like to|seem to|seemed to|tend to|have come to|came to|continue to|begin to|began to|had begun to|have begun to|[a-z]+ly|in fact|of course|however|too),? )*"
CROWD = r"(?:many|some|others|a few|several|a number|not a few|numerous)"
AFTER = r"(?: (?:of (?:us|them|you|those)|(?:in|on|among|within|from) (?:the |our |both |this |that |his |her |their |its )?[a-z-]+(?: [a-z-]+)?))?"
VIEW3 = (r"(?:hold|held|view|viewed|argue|argued|contend|contended|claim|claimed|believe|believed|maintain|maintained|"
         r"assert|asserted|suggest|suggested|insist|insisted|say|said|think|thought|feel|felt|consider|considered|regard|regarded|"
         r"allege|alleged|charged|fear|feared|predict|predicted|warn|warned|proclaim|proclaimed|agree|agreed|objected|complain|complained|"
         r"doubt|doubted|deny|denied|questioned|wonder|wondered|propose|proposed|urge|urged|blame|blamed|imagine|imagined|"
         r"speculate|speculated|point out|pointed out|call|called|term|termed|describe|described|stress|stressed|stated|"
         r"see|saw|expect|expected|accuse|accused|suspect|suspected|assume|assumed|decry|decried|dismiss|dismissed|"
         r"attribute|attributed|ascribe|ascribed|compare|compared|paint|painted|label|labelled|labeled|reject|rejected|"
         r"dispute|disputed|worry|worried|recommend|recommended|advocate|advocated|noted|observed|reported|date)")
BROAD = {
 # class 1
 "H many ... VIEW": ("hedge", r"\bmany\b(?: [a-z'-]+){0,4}? " + AUX + VIEW + r"\b"),
 "H some ... VIEW": ("hedge", r"\bsome\b(?: [a-z'\"-]+){0,4}? " + AUX + VIEW + r"\b"),
 "H few/several ... VIEW": ("hedge", r"\b(?:few|several)\b(?: [a-z'-]+){0,4}? " + AUX + VIEW + r"\b"),
 "H others VIEW": ("hedge", r"\bothers " + AUX + VIEW + r"\b"),
 "H a number of/numerous/various X VIEW": ("hedge", r"\b(?:a (?:number|handful|host|lot) of|numerous|various|countless|a few)\b(?: [a-z'-]+){0,4}? " + AUX + VIEW + r"\b"),
 "H bare plural of opinion VIEW (clause start)": ("hedge", r"(?:^|[,;:] |\b(?:and|but|while|yet|that|as|so) )(?:[a-z-]+ ){0,2}" + OPIN + r" " + AUX + VIEW + r"\b"),
 "H it has/had been VERB (no by)": ("hedge", r"\bit (?:has|had|is|was) (?:[a-z]+ly |also |long |often |sometimes |even |now )?(?:been )?(?:argued|claimed|suggested|said|charged|alleged|contended|maintained|asserted|held|thought|believed|assumed|supposed|urged|objected|proposed|proclaimed)\b(?! by\b)"),
 "H it modal be VERB": ("hedge", r"\bit (?:could|can|might|may|will|would|should|must) (?:[a-z]+ly |also |well |even )?be (?:argued|claimed|suggested|said|objected|maintained|contended|urged|alleged|asserted)\b"),
 # class 2
 "S PREP the most ADJ": ("superlative", r"\b(?:of|in|on|at|to|for|with|by|from|into|about|as|than|over|under|between|through|against|upon)\s+the\s+(?:very\s+|single\s+)?most\s+(?!of\b)[a-z-]+"),
 "S POSS most ADJ": ("superlative", r"(?:'s|\u2019s|\b(?:his|her|their|its|our|my|your))\s+(?:very\s+|single\s+)?most\s+(?!of\b)[a-z-]+"),
 "S BE most ADJ": ("superlative", r"\b(?:is|are|was|were|be|been|being|am|seems?|seemed|become|became|remains?|remained|'s)\s+(?:[a-z]+ly\s+|also\s+|perhaps\s+|still\s+|often\s+)?most\s+(?!of\b|likely\b|often\b|people\b|times\b|cases\b)[a-z-]+"),
 "S one of the/POSS most": ("superlative", r"\bone of (?:the|our|his|her|their|its|my|your|[a-z]+'s|[a-z]+\u2019s) (?:very |single )?most\b"),
 "S among the most": ("superlative", r"\bamong (?:the|our|his|her|their|its|my|your) (?:very )?most\b"),
 "S the most ... of all": ("superlative", r"\bthe (?:very )?most [a-z-]+(?: [a-z-]+){0,3}? of (?:them )?all\b"),
 "S VERB the most ADJ (object)": ("superlative", r"\b(?!(?:is|are|was|were|be|been|of|in|on|at|to|for|with|by|from|into|about|as|than|over|under|between|through|against|upon|among|and|or|but|that|perhaps|probably|possibly|arguably)\b)[a-z]+\s+the\s+(?:very\s+|single\s+)?most\s+(?!of\b)[a-z-]+"),
 "S the most ADJ (any)": ("superlative", r"\bthe (?:very |single )?most (?!of\b)[a-z-]+"),
 "S done most / most (adverb) VERB": ("superlative", r"\b(?:done|did|do|does|contributed|helped|suffered|gained|lost) (?:the )?most\b(?! of\b)"),
}
NARROWER = {
 "H1 OPEN crowd (of us / in X) AUX VIEW2": ("hedge", OPEN + CROWD + AFTER + r",? " + AUX2 + VIEW2 + r"\b"),
 "H1a OPEN crowd AUX VIEW2 (bare, nothing between)": ("hedge", OPEN + CROWD + r" " + AUX2 + VIEW2 + r"\b"),
 "H2 OPEN quant + (adj) plural of opinion (aside) AUX VIEW2": ("hedge", OPEN + r"(?:many|some|a few|several|numerous|various|certain|a number of|not a few)(?: [a-z-]+)? " + OPIN + r"(?: (?:and|or) (?:[a-z-]+ )?[a-z]+s)?(?: \([^)]{1,40}\))?,?(?: [a-z ]{1,20},)? " + AUX2 + VIEW2 + r"\b"),
 "H3 OPEN bare plural of opinion (of X) AUX VIEW2": ("hedge", OPEN + r"(?:[a-z-]+ )?(?:critics|skeptics|sceptics|cynics|pundits|observers|commentators|experts|scholars|historians|economists|analysts|theorists|opponents|proponents|advocates|defenders|apologists|detractors|psychologists|sociologists|philosophers|ideologues)(?: of [a-z'-]+(?: [a-z'-]+)?)? " + AUX2 + VIEW2 + r"\b"),
 "H4 it has/had been VERB that": ("hedge", r"\bit (?:has|had) (?:[a-z]+ly |also |long |often |sometimes |even )?been (?:argued|claimed|suggested|said|charged|alleged|contended|maintained|asserted|held|thought|believed|assumed|supposed|urged|objected|proposed|proclaimed|observed|noted|remarked)(?:,[^,]{1,40},)? that\b"),
 "H5 by many/some/others (no noun)": ("hedge", r"\bby (?:many|some|others|a few|several)\b(?! (?:of|[a-z]+s)\b)"),
 "H6 to/for/in the minds of many (people/readers ...)": ("hedge", r"(?:^\W*|[,;] )(?:to|for) (?:many|some)(?: [a-z]+s)?,|\bin the (?:minds|eyes|view|opinion|judgment) of (?:many|some|others|not a few)\b"),
 "S the most ... of all (not time)": ("superlative", r"\bthe (?:very )?most [a-z-]+(?: [a-z-]+){0,3}? of (?:them )?all\b(?! time)"),
 "S the ADJest ... of all (not time)": ("superlative", r"\bthe (?:very )?(?:best|worst|greatest|[a-z]{3,}est)(?: [a-z-]+){0,3}? of (?:them )?all\b(?! time)"),
}
CLAUSE = {
 "H1 OPEN crowd (in X) AUX VIEW3": ("hedge", OPEN + r"(?P<c>" + CROWD + r"(?: (?:in|on|among|within) (?:the |our |both |this |that |his |her |their |its )?[a-z-]+(?: [a-z-]+)?)?,? " + AUX2 + VIEW3 + r")\b(?! [a-z]+s\b(?! (?:that|to|as|it|this)\b))"),
 "H1b OPEN bare crowd (no in X) AUX VIEW3": ("hedge", OPEN + r"(?P<c>" + CROWD + r",? " + AUX2 + VIEW3 + r")\b(?! [a-z]+s\b(?! (?:that|to|as|it|this)\b))"),
 "H1c sentence-initial bare crowd AUX VIEW3": ("hedge", r"^\W*(?:(?:but|and|yet|thus|so|still|indeed|however),? )?(?P<c>" + CROWD + r",? " + AUX2 + VIEW3 + r")\b(?! [a-z]+s\b(?! (?:that|to|as|it|this)\b))"),
 "H3 OPEN bare plural of opinion (of X) AUX VIEW2": ("hedge", OPEN + r"(?P<c>(?:[a-z-]+ )?(?:critics|skeptics|sceptics|cynics|pundits|observers|commentators|experts|scholars|historians|economists|analysts|theorists|opponents|proponents|advocates|defenders|apologists|detractors|psychologists|sociologists|philosophers|ideologues)(?: of [a-z'-]+(?: [a-z'-]+)?)? " + AUX2 + VIEW2 + r")\b"),
}
SHAPES = {**BROAD, **NARROWER, **CLAUSE}
COMPILED = {k: (c, re.compile(p, re.I)) for k, (c, p) in SHAPES.items()}
CODES = {"superlative": ("SL101", "SL102"), "hedge": ("HC101", "HC103", "HC104"), "booster": ("HC102",)}
CHECKS = (superlatives.Superlatives(), hedging.Hedging())
OPTIONS = {c.name: {k: o.default for k, o in c.options.items()} for c in CHECKS}

def dump(sets, path):
    out = open(path, "w")
    for name in sets:
        gdir = crossval.gold_dir(name, None)
        s = crossval.read_set(name, gdir, crossval.docs_dir(name, {}, gdir))
        items = defaultdict(list)
        for g in s["items"]:
            items[g["doc"]].append(g)
        for doc_id, fname in sorted(s["docs"].items()):
            path = os.path.join(s["dir"], fname)
            with open(path, encoding="utf-8", errors="replace") as fh:
                doc = parse(path, fh.read())
            diags = []
            for c in CHECKS:
                diags.extend(c.check(doc, OPTIONS[c.name], Context(root=s["dir"])))
            starts = [x.offset for x in doc.sentences]
            fl = defaultdict(set)  # (sent, cat) -> severities
            for d in diags:
                si = max(0, bisect_right(starts, doc.line_offset(d.line) + d.col - 1) - 1)
                for cat, codes in CODES.items():
                    if d.code in codes:
                        fl[(si, cat)].add("info" if d.severity == "info" else "warning")
            def state(si, cat):
                v = fl.get((si, cat), set())
                return "warning" if "warning" in v else ("info" if v else "none")
            for g in items[doc_id]:
                col = g["_col"] if g["_col"] > 0 else 1
                try:
                    off = doc.line_offset(g["line"]) + col - 1
                except Exception:
                    continue
                si = max(0, bisect_right(starts, off) - 1)
                text = doc.sentences[si].text if doc.sentences else ""
                out.write(json.dumps({"t": "gold", "set": name, "doc": doc_id, "line": g["line"], "cat": g["category"],
                                      "label": g.get("label", "positive"), "phrase": g["phrase"], "state": state(si, g["category"]),
                                      "tech": bool(doc.technical), "text": " ".join(text.split())[:300]}) + "\n")
            for x in doc.sentences:
                text = x.text
                for sh, (cat, rx) in COMPILED.items():
                    for m in rx.finditer(text):
                        o = x.block.source_offset(x.start + (m.start('c') if 'c' in rx.groupindex else m.start()))
                        line, col = doc.position(o)
                        inside = [g for g in items[doc_id] if g["category"] == cat and g["line"] == line
                                  and (g["_col"] <= 0 or g["_col"] <= col < g["_col"] + len(g["phrase"]))]
                        pos = [g for g in inside if g.get("label", "positive") == "positive"]
                        kind = "pos" if pos else ("trap" if inside else "other")
                        out.write(json.dumps({"t": "shape", "set": name, "doc": doc_id, "line": line, "col": col, "shape": sh,
                                              "kind": kind, "state": state(x.index, cat), "tech": bool(doc.technical),
                                              "m": m.group(0), "text": " ".join(text.split())[:300]}) + "\n")
        out.flush()
        print(name, file=sys.stderr, flush=True)


def table(path):
    occ = defaultdict(collections.Counter)
    sets = defaultdict(set)
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["t"] != "shape":
            continue
        sh, grp = r["shape"], ("new" if r["set"] in NEWEST else "old")
        if r["state"] != "none":
            occ[sh]["flag:" + r["kind"]] += 1
            continue
        occ[sh][grp + ":" + r["kind"]] += 1
        occ[sh][grp + ("T" if r["tech"] else "P") + ":" + r["kind"]] += 1
        if r["kind"] == "pos":
            sets[sh].add(r["set"])
    print("| shape | unflagged, 85 sets: pos / trap / other | newest three | 85, prose | 85, technical | sets with a pos: 85 (newest) | flagged already |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for sh in SHAPES:
        o = occ[sh]
        f = lambda g: "%d / %d / %d" % (o[g + ":pos"], o[g + ":trap"], o[g + ":other"])
        print("| %s | %s | %s | %s | %s | %d (%d) | %s |" % (sh, f("old"), f("new"), f("oldP"), f("oldT"),
              len(sets[sh] - NEWEST), len(sets[sh] & NEWEST), f("flag")))


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] != "all" else list(crossval.SETS),
             sys.argv[3] if len(sys.argv) > 3 else "crowd42.jsonl")
    else:
        table(sys.argv[2])
