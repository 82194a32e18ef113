"""eval/ablate.py, the ablation of the language rules' exemptions (issue 11): each exemption is
switched off and back, a switched-off exemption moves the finding it guards, and every branch of
the tier functions (read from their source by eval/tier_branches.py) has exactly one entry, so a
new info class without one fails here."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import ablate  # noqa: E402
import tier_branches  # noqa: E402
from prosecheck.check import Context  # noqa: E402
from prosecheck.checks import hedging, superlatives, support  # noqa: E402
from prosecheck.document import parse  # noqa: E402


def one_doc_set(tmp_path, text, items=()):
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    return {"name": "t", "dir": str(tmp_path), "parsed": [("d", parse(str(path), text))], "items": list(items)}


def targets(name):
    """(object, attribute) of every patch of an exemption."""
    out = []
    for p in ablate.EXEMPTIONS[name][3]:
        if p[0] == "attr":
            out.append((p[1], p[2]))
        elif p[0] == "lex":
            out.append(((superlatives if p[1] == ablate.SL else hedging).lexicon((), ()), p[2]))
        elif p[0] == "method":
            out.append((support.Support, p[2]))
        elif p[0] == "gates":
            out.append((superlatives, "_superlative"))
        elif p[0] == "tier":
            out.append((p[1], p[2]))
        else:
            out.append((hedging, "_answered"))
    return out


@pytest.mark.parametrize("name", sorted(ablate.EXEMPTIONS))
def test_each_exemption_is_switched_off_and_restored(name):
    before = [getattr(o, a) for o, a in targets(name)]
    with ablate.switched_off(name):
        assert all(getattr(o, a) is not b for (o, a), b in zip(targets(name), before))
    assert [getattr(o, a) for o, a in targets(name)] == before


@pytest.mark.parametrize("name", sorted(ablate.EXEMPTIONS))
def test_each_exemption_switched_off_still_lints(tmp_path, name):
    # a patch whose signature drifted from the function it replaces raised on every call
    # (sl.superlative_gates, from a81773c to the thirtieth session): lint a document through it
    s = one_doc_set(tmp_path, "Harbor is the fastest platform, the freest nation on Earth.\n\n"
                              "In fact, it is clearly the best. Some say it works. No fleet has ever sailed so far.\n")
    with ablate.switched_off(name):
        for category in (ablate.SL, ablate.HC):
            assert isinstance(ablate.lint(s, category), list)


def test_the_superlative_gates_off_find_a_superlative_the_gates_pass(tmp_path):
    s = one_doc_set(tmp_path, "It is the best way to learn.\n")
    assert ablate.lint(s, ablate.SL) == []
    with ablate.switched_off("sl.superlative_gates"):
        assert ablate.lint(s, ablate.SL) == [dict(doc="d", line=1, col=7, code="SL101", severity="warning")]


def test_a_cited_superlative_is_found_only_with_the_citation_exemption_off(tmp_path):
    s = one_doc_set(tmp_path, "Harbor is the fastest platform ([numbers](https://example.com/b)).\n")
    assert ablate.lint(s, ablate.SL) == []
    with ablate.switched_off("sl.cited"):
        assert ablate.lint(s, ablate.SL) == [dict(doc="d", line=1, col=11, code="SL101", severity="warning")]
    assert ablate.lint(s, ablate.SL) == []


def test_scalar_even_is_found_only_with_its_exemption_off(tmp_path):
    # issue 11, forty-second session (precsl42): "even the finest": a scale's far end, no ranking
    s = one_doc_set(tmp_path, "Even the finest harbour in the country cannot hold every ship.\n")
    assert ablate.lint(s, ablate.SL) == []
    with ablate.switched_off("sl.scalar_even"):
        assert ablate.lint(s, ablate.SL) == [dict(doc="d", line=1, col=6, code="SL101", severity="warning")]


def test_a_limit_granted_is_found_only_with_its_exemption_off(tmp_path):
    # issue 11, forty-seventh session (boostprec47): "Obviously we cannot ...": a limit granted
    s = one_doc_set(tmp_path, "Obviously we cannot visit every harbour on the coast.\n")
    assert ablate.lint(s, ablate.HC) == []
    with ablate.switched_off("hc.admitted_limits"):
        assert [(f["line"], f["col"], f["code"]) for f in ablate.lint(s, ablate.HC)] == [(1, 1, "HC102")]
    assert ablate.lint(s, ablate.HC) == []


def test_a_connective_before_a_hedged_claim_is_found_only_with_its_exemption_off(tmp_path):
    # issue 11, forty-eighth session (boostprec48): "Indeed, ... could ...": no certainty claimed
    # ("In fact": an opening "Indeed" at info is not reported either since open60, opening_connective)
    s = one_doc_set(tmp_path, "The harbour was dredged last year. In fact, the new port may well owe its trade to it.\n")
    assert ablate.lint(s, ablate.HC) == []
    with ablate.switched_off("hc.hedged_opener"):
        assert [(f["line"], f["col"], f["code"]) for f in ablate.lint(s, ablate.HC)] == [(1, 36, "HC102")]
    assert ablate.lint(s, ablate.HC) == []


def test_a_booster_in_a_reported_view_is_found_only_with_its_exemption_off(tmp_path):
    # issue 11, fiftieth session (boostprec50): "Someone has remarked that ... certainly": theirs
    s = one_doc_set(tmp_path, "The harbour was dredged last year. The pilots feel that the new port is certainly safer.\n")
    assert ablate.lint(s, ablate.HC) == []
    with ablate.switched_off("hc.reported_view"):
        assert [(f["line"], f["col"], f["code"]) for f in ablate.lint(s, ablate.HC)] == [(1, 73, "HC102")]
    assert ablate.lint(s, ablate.HC) == []


def test_an_obvious_example_given_is_found_only_with_its_exemption_off(tmp_path):
    # issue 11, fifty-first session (boostprec51): "An obvious example is ...": the instance given
    s = one_doc_set(tmp_path, "The harbour was dredged last year. An obvious example is the ferry, which runs twice a day.\n")
    assert ablate.lint(s, ablate.HC) == []
    with ablate.switched_off("hc.example_given"):
        assert [(f["line"], f["col"], f["code"]) for f in ablate.lint(s, ablate.HC)] == [(1, 39, "HC102")]
    assert ablate.lint(s, ablate.HC) == []


def test_in_fact_however_is_found_only_with_its_exemption_off(tmp_path):
    # issue 11, fifty-first session (boostprec51): "In fact, however, ...": a correction
    s = one_doc_set(tmp_path, "The rate would be simple to set. In fact, however, the problem is not so simple.\n")
    assert ablate.lint(s, ablate.HC) == []
    with ablate.switched_off("hc.fact_turned"):
        assert [(f["line"], f["col"], f["code"]) for f in ablate.lint(s, ablate.HC)] == [(1, 34, "HC102")]
    assert ablate.lint(s, ablate.HC) == []


def test_indeed_set_off_inside_its_clause_is_found_only_with_its_exemption_off(tmp_path):
    # issue 11, fifty-first session (boostprec51): "In some towns, indeed, ...": a connective
    s = one_doc_set(tmp_path, "The harbour was dredged last year. In some towns, indeed, the trade grew.\n")
    assert ablate.lint(s, ablate.HC) == []
    with ablate.switched_off("hc.indeed_set_off"):
        assert [(f["line"], f["col"], f["code"]) for f in ablate.lint(s, ablate.HC)] == [(1, 51, "HC102")]
    assert ablate.lint(s, ablate.HC) == []


def test_a_booster_beside_a_section_reference_is_found_only_with_its_exemption_off(tmp_path):
    # issue 11, fiftieth session (boostprec50): "In fact, as we argue in section H.4, ...": a link
    s = one_doc_set(tmp_path, "The harbour was dredged last year. In fact, as we argue in section H.4, the new port is safer.\n")
    assert ablate.lint(s, ablate.HC) == []
    with ablate.switched_off("hc.section_referred"):
        assert [(f["line"], f["col"], f["code"]) for f in ablate.lint(s, ablate.HC)] == [(1, 36, "HC102")]
    assert ablate.lint(s, ablate.HC) == []


def test_a_booster_leading_into_a_quotation_is_found_only_with_its_exemption_off(tmp_path):
    # issue 11, forty-sixth session (boostprec46): the quoted words' claim, not the writer's
    # ("In fact": an opening "Indeed" at info is not reported either since open60, opening_connective)
    s = one_doc_set(tmp_path, 'In fact, "the harbour has never been deeper than it is today" in any season.\n')
    assert ablate.lint(s, ablate.HC) == []
    with ablate.switched_off("hc.quoted_claim"):
        assert [(f["line"], f["col"], f["code"]) for f in ablate.lint(s, ablate.HC)] == [(1, 1, "HC102")]


def test_the_ground_shown_at_once_is_found_only_with_its_exemption_off(tmp_path):
    # issue 11, forty-fifth session (boostctx45): an info booster whose clause colon or next
    # sentence of figures shows its ground; switched off, both come back (at warning since the
    # fiftieth session: an opening "In fact" outside technical writing, fact_opening, boostrec50)
    colon = one_doc_set(tmp_path, "In fact, the harbour keeps one rule for every ship: the fee is paid before the ship leaves.\n")
    assert ablate.lint(colon, ablate.HC) == []
    with ablate.switched_off("hc.ground_shown"):
        assert [(f["line"], f["col"], f["severity"]) for f in ablate.lint(colon, ablate.HC)] == [(1, 1, "warning")]
    figures = one_doc_set(tmp_path, "In fact, the harbour grew fast.\nIn 1959 it took 354 ships and 1,200 boats, 40% more than in 1958.\n")
    assert ablate.lint(figures, ablate.HC) == []
    with ablate.switched_off("hc.ground_shown"):
        assert [(f["line"], f["col"], f["severity"]) for f in ablate.lint(figures, ablate.HC)] == [(1, 1, "warning")]


def test_a_tier_branch_switched_off_raises_its_finding_to_warning(tmp_path):
    # info only in technical writing since the thirty-seventh session (the first line's computing words)
    s = one_doc_set(tmp_path, "Install the package, then edit its configuration file.\n\nThis is the easiest model to "
                              "deploy, but every change needs a rebuild.\n")
    assert [f["severity"] for f in ablate.lint(s, ablate.SL)] == ["info"]
    with ablate.switched_off("sl.tier.not_product"):  # another branch: no change
        assert [f["severity"] for f in ablate.lint(s, ablate.SL)] == ["info"]
    with ablate.switched_off("sl.tier.pronoun"):
        assert [(f["line"], f["col"], f["severity"]) for f in ablate.lint(s, ablate.SL)] == [(3, 9, "warning")]


def test_the_possibility_without_a_modal_is_a_tier_branch_of_its_own(tmp_path):
    """Issue 11, tenth session: "certainly possible" lowers HC102 to info; switched off, its
    finding is a warning again, and the modal's branch ("can still") is untouched. A branch
    switched off lets the finding go on to the branches below it: "Obviously" opening its
    sentence stays info by the sentence-adverb branch, so the fixture's "obviously" is inside."""
    s = one_doc_set(tmp_path, "The cache obviously can still grow.\n\nIt's certainly possible to write your own.\n")
    got = lambda: [(f["line"], f["col"], f["severity"]) for f in ablate.lint(s, ablate.HC)]  # noqa: E731
    assert got() == [(1, 11, "info"), (3, 6, "info")]
    with ablate.switched_off("hc.tier.possible"):
        assert got() == [(1, 11, "info"), (3, 6, "warning")]
    with ablate.switched_off("hc.tier.possibility"):
        assert got() == [(1, 11, "warning"), (3, 6, "info")]


def test_a_sentence_adverb_at_the_edge_is_a_tier_branch_of_its_own(tmp_path):
    """Issue 11, tenth session: "undoubtedly" closing its sentence lowers HC102 to info (opening it,
    since the thirty-second session, only in technical writing, where it is not reported). The
    restatement lacked this branch until the eleventh session, so every run over a set with such
    a sentence stopped with "restatement ... disagrees"; switched off, its finding is a warning."""
    s = one_doc_set(tmp_path, "Intro.\n\nThe new parser is faster, undoubtedly.\n")
    got = lambda: [(f["line"], f["col"], f["severity"]) for f in ablate.lint(s, ablate.HC)]  # noqa: E731
    assert got() == [(3, 27, "info")]
    with ablate.switched_off("hc.tier.disjunct_edge"):
        assert got() == [(3, 27, "warning")]
    with ablate.switched_off("hc.tier.links"):
        assert got() == [(3, 27, "info")]


def _branch_entries():
    """(function, tokens) of every entry that switches off branches of a tier function."""
    return {name: (p[1], p[2], p[3]) for name, e in ablate.EXEMPTIONS.items() for p in e[3]
            if p[0] == "tier" and p[3]}


@pytest.mark.parametrize("module,attr", ablate.TIER_FUNCTIONS, ids=lambda v: getattr(v, "__name__", v))
def test_every_branch_of_a_tier_function_has_exactly_one_entry(module, attr):
    """A new ``return INFO`` in a tier function (or a new operand of an ``or`` before one) is a new
    info class: the ablation must name it, once."""
    fn = getattr(module, attr)
    found = tier_branches.branches(fn)
    assert found
    owners = {br: [] for br in found}
    for name, (m, a, tokens) in _branch_entries().items():
        if (m, a) == (module, attr):
            for br in tier_branches.select(fn, tokens):
                owners[br].append(name)
    unowned = ["line %d: %s" % (br.line, br.source) for br, names in owners.items() if not names]
    shared = ["line %d: %s" % (br.line, ", ".join(names)) for br, names in owners.items() if len(names) > 1]
    assert not unowned, "branches with no entry in eval/ablate.py's EXEMPTIONS: %s" % unowned
    assert not shared, "branches with more than one entry: %s" % shared


def test_every_tier_entry_is_of_a_listed_tier_function():
    assert {(m, a) for m, a, _ in _branch_entries().values()} == set(ablate.TIER_FUNCTIONS)


def test_the_frame_kinds_at_info_have_their_entry():
    """The superlative frames set their own severity, outside _tier: the entry raises every one."""
    at_info = {k for k, (sev, _m) in superlatives._FRAME_KINDS.items() if sev is not None}
    assert at_info, "no frame kind at info any more: drop sl.tier.frames"
    with ablate.switched_off("sl.tier.frames"):
        assert all(sev is None for sev, _m in superlatives._FRAME_KINDS.values())
        assert {k: m for k, (_s, m) in superlatives._FRAME_KINDS.items()} == {
            k: m for k, (_s, m) in ablate.EXEMPTIONS["sl.tier.frames"][3][0][3].items()}


def test_a_branch_entry_the_rules_lost_stops_the_run():
    with pytest.raises(SystemExit, match="no branch of prosecheck.checks.superlatives._tier uses 'gone'"):
        tier_branches.without(superlatives._tier, {"gone"})


def test_a_rebuilt_tier_function_with_nothing_off_is_the_rules(tmp_path):
    """The rebuilt function (the source compiled again) gives the findings the rules give."""
    s = one_doc_set(tmp_path, "Intro.\n\nThis is the easiest model to deploy.\n\nThe new parser is faster, undoubtedly.\n\n"
                    "Several users also noted that Harbor is slow.\n")
    base = ablate.lint(s, ablate.SL) + ablate.lint(s, ablate.HC)
    assert [(f["line"], f["col"], f["code"], f["severity"]) for f in base] == [
        (3, 9, "SL101", "warning"), (5, 27, "HC102", "info"), (7, 1, "HC101", "info")]
    for module, attr in ablate.TIER_FUNCTIONS:
        with ablate._setattr(module, attr, tier_branches.without(getattr(module, attr))):
            assert ablate.lint(s, ablate.SL) + ablate.lint(s, ablate.HC) == base


def test_an_operand_switched_off_leaves_the_others_of_its_test(tmp_path):
    """ "of course" and "in fact" share one test with "it's clear" (an ``or``): switching the
    "sometimes" operand off raises the first to warning and leaves "it's clear" at info."""
    # "In fact," at the head: "The parser is, in fact, faster" has been a warning of its own
    # since the seventeenth session (hedging._set_off_claim)
    # ("The cache is, of course, warm" has been a warning since the fortieth session:
    # hedging._set_off_of_course)
    # ("In fact," opening the sentence outside technical writing has been a warning since the
    # fiftieth session, fact_opening: "And in fact" stays info)
    s = one_doc_set(tmp_path, "Intro.\n\nThe cache, of course, stays warm.\n\nAnd in fact the parser is faster.\n")
    got = lambda: [(f["line"], f["col"], f["severity"]) for f in ablate.lint(s, ablate.HC)]  # noqa: E731
    assert got() == [(3, 12, "info"), (5, 5, "info")]
    with ablate.switched_off("hc.tier.of_course"):
        assert got() == [(3, 12, "warning"), (5, 5, "info")]
    with ablate.switched_off("hc.tier.sometimes"):
        assert got() == [(3, 12, "warning"), (5, 5, "warning")]
    with ablate.switched_off("hc.tier.thatless"):
        assert got() == [(3, 12, "info"), (5, 5, "info")]


def test_counts_split_positives_traps_and_other_false_alarms():
    items = [dict(doc="d", line=1, _col=5, phrase="the best", category="superlative", label="positive"),
             dict(doc="d", line=3, _col=1, phrase="the top", category="superlative", label="negative"),
             dict(doc="d", line=5, _col=1, phrase="never", category="superlative", label="positive")]
    findings = [dict(doc="d", line=1, col=5, code="SL101"), dict(doc="d", line=3, col=2, code="SL101"),
                dict(doc="d", line=4, col=1, code="SL101"), dict(doc="d", line=1, col=9, code="HC102")]
    found, traps, other, pos_ids, trap_ids, others = ablate.counts(findings, items)
    assert (found, traps, other) == (1, 1, 2)
    assert pos_ids == {id(items[0])} and trap_ids == {id(items[1])}
    assert others == {("d", 4, 1, "SL101"), ("d", 1, 9, "HC102")}


INFO = "info"


def _lowers_inline(x):
    return INFO if x else None


def _returns_another(x):
    if x:
        return _lowers_inline(x)
    return None


@pytest.mark.parametrize("fn", [_lowers_inline, _returns_another])
def test_a_tier_function_lowering_by_another_shape_is_refused(fn):
    """Only ``return INFO`` under an ``if`` is a branch the ablation can switch off: any other shape
    stops the coverage test rather than hide an info class from it."""
    with pytest.raises(tier_branches.Unsupported):
        tier_branches.branches(fn)


# One tiny document per tier entry: every finding in it is info with the rules as they are, and
# switching the entry off raises exactly the findings listed (line, column, code) to warning. The
# sentences are ours, written to reach each branch: regression tests, not accuracy figures.
BRANCH_FIXTURES = {
    "sl.tier.broken_link": ("Intro.\n\nHarbor is the fastest parser, see [the numbers](missing.md).\n", [(3, 11, "SL101")]),
    "sl.tier.describes_linked": ("Intro.\n\n| Project | Note |\n| --- | --- |\n| [Harbor](https://example.com/h) | the fastest parser |\n",
                                 [(5, 37, "SL101")]),
    "sl.tier.conduct": ("# Code of Conduct\n\nWe work hard to build each other up and create amazing things together.\n",
                        [(3, 48, "SL102")]),
    "sl.tier.enabling_verb": ("Intro.\n\nIt also empowers project maintainers to create amazing conventions.\n", [(3, 9, "SL102")]),
    "sl.tier.readers_work": ("Intro.\n\nYou just built an amazing utility, but now you need to ship it.\n", [(3, 19, "SL102")]),
    "sl.tier.sl102_technical": ("Intro.\n\nHarbor works seamlessly with Python 3.6 and later.\n", [(3, 14, "SL102")]),
    "sl.tier.unnamed_passive": ("Intro.\n\nHarbor is considered the fastest router in the world.\n", [(3, 22, "SL101")]),
    "sl.tier.sl102_aim": ("Intro.\n\nHarbor aims to be blazing fast.\n", [(3, 19, "SL102")]),
    "sl.tier.sl102_modal": ("Intro.\n\nHarbor can supercharge your builds.\n", [(3, 12, "SL102")]),
    "sl.tier.sl102_reason": ("Intro.\n\nHarbor does not perform a copy, so it's super fast.\n", [(3, 41, "SL102")]),
    "sl.tier.sl102_figures": ("Intro.\n\nHarbor is amazing. It now has 18,000 lines and 700 versions.\n", [(3, 11, "SL102")]),
    "sl.tier.measured_below": ("Intro.\n\nShortId creates amazingly short ids.\n\n* By default 7-14 url-friendly characters\n",
                               [(3, 17, "SL102")]),
    "sl.tier.readers_need": ("Intro.\n\nNone of these are wrong, but if you want to persist the state across visits, cookies offer "
                             "the best user experience.\n", [(3, 92, "SL101")]),
    "sl.tier.introduces_list": ("Intro.\n\nSome of the most popular parsers are listed below:\n\n| Parser | Stars |\n| --- | --- |\n"
                                "| Harbor | 100 |\n", [(3, 9, "SL101")]),
    "sl.tier.advice_follows": ("Intro.\n\nIt is the easiest and the fastest way to calculate hashes. Use it when the input buffer "
                               "is already in memory.\n", [(3, 7, "SL101")]),
    "sl.tier.ranks_parts": ("Install the package, then edit its configuration file.\n\n`validate` is one of the best features of Fastify.\n", [(3, 22, "SL101")]),
    "sl.tier.ranks_within_product": ("Intro.\n\nHarbor-pg is the best adapter for use with Harbor.\n", [(3, 14, "SL101")]),
    "sl.tier.ranks_questions": ("Intro.\n\nOne of the most common Harbor questions on Stack Overflow is how to reset the cache.\n",
                                [(3, 8, "SL101")]),
    "sl.tier.compares_certainty": ("Intro.\n\nI am more than ever convinced that the harbour will grow.\n", [(3, 11, "SL101")]),
    "sl.tier.nobody_will": ("Intro.\n\nNo one will ever forget the harbour.\n", [(3, 1, "SL101")]),
    "sl.tier.nobody_can_know": ("Intro.\n\nNobody can be absolutely certain of the answers to these questions.\n", [(3, 1, "SL101")]),
    "sl.tier.equals_another_case": ("Intro.\n\nIgnorance of the law is no better excuse on the water than it is on land.\n",
                                    [(3, 25, "SL101")]),
    "sl.tier.grades_manner": ("Intro.\n\nReturn your results in the most generic form possible.\n", [(3, 24, "SL101")]),
    "sl.tier.no_one_else": ("Intro.\n\nEvery chart is drawn by me and no one else.\n", [(3, 32, "SL101")]),
    "hc.speakers_forecast": ("Intro.\n\nIt is estimated that the harbour dues for the present year will exceed the estimate.\n",
                             [(3, 1, "HC101")]),
    "hc.inference_marked": ("Intro.\n\nIt is evident, therefore, that the harbour is too shallow.\n", [(3, 1, "HC102")]),
    "hc.drawn_from_premise": ("Intro.\n\nWhen the tide turns, the harbour will surely flood.\n", [(3, 39, "HC102")]),
    "hc.booster_question": ("Intro.\n\nSurely the harbour is too shallow for the new ships?\n", [(3, 1, "HC102")]),  # ask62
    "hc.holders_party": ("# The address\n\nThose who say this do not know the town.\n", [(3, 1, "HC101")]),
    "hc.they_say": ("The report came out.\n\nPolice say the man was arrested. They say he had claimed the plant was closed.\n",
                    [(3, 34, "HC101")]),
    "sl.tier.first_ever": ("Intro.\n\nTonight we open the first ever ferry school on the coast.\n", [(3, 21, "SL101")]),
    "sl.tier.softened_habit": ("Intro.\n\nFerry captains almost always check the tide tables twice.\n", [(3, 16, "SL101")]),
    "sl.tier.done_to_reader": ("Intro.\n\nNo one can take your boat away.\n", [(3, 1, "SL101")]),
    "sl.tier.in_prospect": ("Intro.\n\nWe shall turn the flood into an opportunity for unprecedented growth.\n", [(3, 49, "SL101")]),
    "sl.tier.majority": ("Intro.\n\nUnlike most other SQL databases, Harbor has no server process.\n", [(3, 1, "SL101")]),
    # info only in technical writing since the thirty-seventh session (the first line's computing words)
    "sl.tier.pronoun": ("Install the package, then edit its configuration file.\n\nThis is the easiest model to deploy, "
                        "but every change needs a rebuild.\n", [(3, 9, "SL101")]),
    # info only in technical writing (Document.technical: the first line's computing words)
    "sl.tier.not_product": ("Install the package, then edit its configuration file.\n\nPreserving input state is one of the "
                            "biggest UX wins.\n", [(3, 34, "SL101")]),
    # ("Only then can employers hire": a warning since the thirty-ninth session; the first in a span stays info)
    "sl.tier.frames": ("Intro.\n\nFor the first time in twenty years, the harbour froze over.\n", [(3, 5, "SL101")]),
    "hc.tier.audience": ("Intro.\n\nSeveral users also noted that Harbor is slow.\n", [(3, 1, "HC101")]),
    "hc.tier.seemingly": ("Intro.\n\nThe header is apparently valid.\n", [(3, 15, "HC101")]),
    "hc.tier.graded_after": ("Intro.\n\nSome readers stumble over apparently invalid markup.\n", [(3, 27, "HC101")]),
    "hc.tier.familiar_field": ("Intro.\n\nPeople familiar with harbour charts will find the map plain.\n", [(3, 1, "HC101")]),
    "hc.tier.arguably": ("Intro.\n\nThe harbour plan is, arguably, easier to fund.\n", [(3, 22, "HC101")]),
    "hc.tier.people-who": ("Intro.\n\nThere are people who travel far to see the plant.\n", [(3, 1, "HC101")]),
    "hc.tier.objection-foretold": ("Intro.\n\nIt will be objected that the tolls were never paid.\n", [(3, 1, "HC101")]),
    "hc.tier.argument-is-that": ("Intro.\n\nThus the claim is that the tolls were never paid.\n", [(3, 6, "HC101")]),
    "hc.tier.inner_premise": ("Intro.\n\nPrices will stay high until it is understood that the plant will reopen.\n", [(3, 29, "HC101")]),
    # info only in technical writing (the first line's computing words)
    "hc.tier.writers_sure": ("Install the package, then edit its configuration file.\n\nI'm sure the old compiler is fine for some programs.\n",
                             [(3, 1, "HC102")]),
    "hc.tier.denial_aside": ("Intro.\n\nThe patch will not gain you attention -- certainly not the attention you need.\n", [(3, 42, "HC102")]),
    "hc.tier.opens_conceding": ("Intro.\n\nTrue, the old wheel is unmistakably slower than the new one.\n", [(3, 24, "HC102")]),
    "hc.tier.should_be_obvious": ("Intro.\n\nThe weakness of the old wheel should be obvious.\n", [(3, 31, "HC102")]),
    "hc.tier.sometimes": ("Intro.\n\nThe parser is, in reality, slower.\n", [(3, 16, "HC102")]),
    # ("is, of course, warm": a warning since the fortieth session, hedging._set_off_of_course)
    "hc.tier.of_course": ("Intro.\n\nThe cache, of course, stays warm.\n", [(3, 12, "HC102")]),
    "hc.tier.in_fact": ("Intro.\n\nAnd in fact the parser is faster.\n", [(3, 5, "HC102")]),  # "In fact," opening: a warning (boostrec50)
    # ("is indeed faster": a warning since the fortieth session, hedging._indeed_after_copula)
    # ("And indeed": an opening "Indeed" at info is not reported since open60, opening_connective)
    "hc.tier.indeed": ("Intro.\n\nAnd indeed, the parser is faster than the old one.\n", [(3, 5, "HC102")]),
    "hc.tier.thatless": ("Intro.\n\nIt's clear the parser is faster.\n", [(3, 1, "HC102")]),
    "hc.tier.attributive": ("Intro.\n\nThe parser has an obvious flaw in its cache.\n", [(3, 19, "HC102")]),
    "hc.tier.proven": ("Intro.\n\nThe parser has proven itself in production.\n", [(3, 12, "HC102")]),
    "hc.tier.clearly": ("Intro.\n\nThe new parser clearly outperforms the old one.\n", [(3, 16, "HC102")]),
    # info only in technical writing since the thirty-fourth session (the first line's computing words)
    "hc.tier.evident": ("Install the package, then edit its configuration file.\n\nThe new parser is obviously faster "
                        "than the old one.\n", [(3, 19, "HC102")]),
    "hc.tier.realised": ("Intro.\n\nIt was obvious we were going to rewrite the parser.\n", [(3, 1, "HC102")]),
    "hc.tier.possibility": ("Intro.\n\nThe cache obviously can still grow.\n", [(3, 11, "HC102")]),
    "hc.tier.possible": ("Intro.\n\nIt's certainly possible to write your own parser.\n", [(3, 6, "HC102")]),
    # "definitely": "obviously" before such a turn concedes and is not reported since prec40 (hc.concedes_before_turn)
    "hc.tier.concession_but": ("Intro.\n\nThe cache definitely grows, but the parser stays small.\n", [(3, 11, "HC102")]),
    "hc.tier.concession_while": ("Intro.\n\nWhile the parser is definitely fast, it is not convenient.\n", [(3, 21, "HC102")]),
    "hc.tier.turn_next": ("Intro.\n\nUnquestionably the old parser did some good things. But the price was high.\n",
                          [(3, 1, "HC102")]),
    "hc.tier.disjunct_edge": ("Intro.\n\nThe new parser is faster, undoubtedly.\n", [(3, 27, "HC102")]),
    "hc.tier.links": ("Intro.\n\nThe new parser is definitely faster than [the old one](missing.md).\n", [(3, 19, "HC102")]),
    # info only in technical writing since the thirty-second session (the first line's computing words)
    "hc.tier.we_know": ("Install the package, then edit its configuration file.\n\nWe know the new parser is faster than "
                        "the old one.\n", [(3, 1, "HC102")]),
}
# Aggregates: the whole tier function replaced (their members are exercised above).
AGGREGATES = {"sl.tier", "hc.tier.hedge", "hc.tier.booster"}


def every_finding(s, check):
    """(line, col, code, severity) of every finding of one check, SL102 included (the scorer leaves
    it out: the gold has no peacock words, but the tier branches for it are still branches)."""
    doc = s["parsed"][0][1]
    return [(d.line, d.col, d.code, d.severity or "warning")
            for d in ablate.CHECKS[check].check(doc, ablate.OPTIONS[check], Context(root=s["dir"]))]


def test_every_tier_entry_has_a_fixture():
    tiers = {name for name, e in ablate.EXEMPTIONS.items() if e[1] == "tier"}
    assert set(BRANCH_FIXTURES) == tiers - AGGREGATES


@pytest.mark.parametrize("name", sorted(BRANCH_FIXTURES))
def test_a_tier_entry_switched_off_raises_its_class_to_warning(tmp_path, name):
    text, raised = BRANCH_FIXTURES[name]
    check = ablate.EXEMPTIONS[name][0]
    s = one_doc_set(tmp_path, text)
    before = every_finding(s, check)
    assert before and all(sev == "info" for *_, sev in before)
    assert raised and set(raised) <= {(ln, col, code) for ln, col, code, _sev in before}
    with ablate.switched_off(name):
        after = every_finding(s, check)
    assert after == [(ln, col, code, "warning" if (ln, col, code) in raised else sev) for ln, col, code, sev in before]
    assert every_finding(s, check) == before
