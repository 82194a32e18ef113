"""eval/ablate.py, the ablation of the language rules' exemptions (issue 11): each exemption is
switched off and back, a switched-off exemption moves the finding it guards, and the tier
restatements fail loudly when the rules change under them."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import ablate  # noqa: E402
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
            out.extend((m, a) for m, a, _ in ablate._TIERS[p[1]])
        else:
            out.append((hedging, "_answered"))
    return out


@pytest.mark.parametrize("name", sorted(ablate.EXEMPTIONS))
def test_each_exemption_is_switched_off_and_restored(name):
    before = [getattr(o, a) for o, a in targets(name)]
    with ablate.switched_off(name):
        assert all(getattr(o, a) is not b for (o, a), b in zip(targets(name), before))
    assert [getattr(o, a) for o, a in targets(name)] == before


def test_a_cited_superlative_is_found_only_with_the_citation_exemption_off(tmp_path):
    s = one_doc_set(tmp_path, "Harbor is the fastest platform ([numbers](https://example.com/b)).\n")
    assert ablate.lint(s, ablate.SL) == []
    with ablate.switched_off("sl.cited"):
        assert ablate.lint(s, ablate.SL) == [dict(doc="d", line=1, col=11, code="SL101", severity="warning")]
    assert ablate.lint(s, ablate.SL) == []


def test_a_tier_branch_switched_off_raises_its_finding_to_warning(tmp_path):
    s = one_doc_set(tmp_path, "Intro.\n\nThis is the simplest model to deploy, but every change needs a rebuild.\n")
    assert [f["severity"] for f in ablate.lint(s, ablate.SL)] == ["info"]
    with ablate.switched_off("sl.tier.not_product"):  # another branch: no change
        assert [f["severity"] for f in ablate.lint(s, ablate.SL)] == ["info"]
    with ablate.switched_off("sl.tier.pronoun"):
        assert [(f["line"], f["col"], f["severity"]) for f in ablate.lint(s, ablate.SL)] == [(3, 9, "warning")]


def test_the_possibility_without_a_modal_is_a_tier_branch_of_its_own(tmp_path):
    """Issue 11, tenth session: "certainly possible" lowers HC102 to info; switched off, its
    finding is a warning again, and the modal's branch ("can still") is untouched."""
    s = one_doc_set(tmp_path, "Obviously the cache can still grow.\n\nIt's certainly possible to write your own.\n")
    got = lambda: [(f["line"], f["col"], f["severity"]) for f in ablate.lint(s, ablate.HC)]  # noqa: E731
    assert got() == [(1, 1, "info"), (3, 6, "info")]
    with ablate.switched_off("hc.tier.possible"):
        assert got() == [(1, 1, "info"), (3, 6, "warning")]
    with ablate.switched_off("hc.tier.possibility"):
        assert got() == [(1, 1, "warning"), (3, 6, "info")]


def test_a_sentence_adverb_at_the_edge_is_a_tier_branch_of_its_own(tmp_path):
    """Issue 11, tenth session: "Undoubtedly" opening its sentence lowers HC102 to info. The
    restatement lacked this branch until the eleventh session, so every run over a set with such
    a sentence stopped with "restatement ... disagrees"; switched off, its finding is a warning."""
    s = one_doc_set(tmp_path, "Intro.\n\nUndoubtedly the new parser is faster.\n")
    got = lambda: [(f["line"], f["col"], f["severity"]) for f in ablate.lint(s, ablate.HC)]  # noqa: E731
    assert got() == [(3, 1, "info")]
    with ablate.switched_off("hc.tier.disjunct_edge"):
        assert got() == [(3, 1, "warning")]
    with ablate.switched_off("hc.tier.links"):
        assert got() == [(3, 1, "info")]


def test_a_restatement_that_disagrees_with_the_rules_stops_the_run(tmp_path, monkeypatch):
    s = one_doc_set(tmp_path, "Harbor is the fastest platform for small teams.\n")
    monkeypatch.setattr(superlatives, "_tier", lambda *a, **k: "info")  # the rules changed
    with ablate.switched_off("sl.tier.pronoun"), pytest.raises(SystemExit, match="restatement of <lambda>"):
        ablate.lint(s, ablate.SL)


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
