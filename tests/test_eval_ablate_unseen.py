"""eval/ablate_unseen.py (issue 11, thirty-seventh session): an exemption is dated by the first
commit that adds its token under src/, a set by the first commit of its gold, and only the sets
whose gold came after the exemption are summed, on a small git repository made here."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import ablate  # noqa: E402
import ablate_unseen  # noqa: E402


def commit(repo, when, files, message):
    for rel, text in files.items():
        path = repo / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    env = {"GIT_AUTHOR_DATE": "@%d +0000" % when, "GIT_COMMITTER_DATE": "@%d +0000" % when,
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t", "PATH": "/usr/bin:/bin"}
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", str(repo), "commit", "-q", "-m", message], check=True, env=env)
    return subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], check=True, capture_output=True,
                          text=True).stdout.strip()


@pytest.fixture
def repo(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    shas = {}
    shas["a"] = commit(tmp_path, 1000, {"src/p/rules.py": "def older(x):\n    return x\n",
                                        "eval/one-docs/gold.jsonl": "{}\n"}, "first rule, first set")
    shas["b"] = commit(tmp_path, 2000, {"eval/two-docs/gold.jsonl": "{}\n"}, "second set")
    # the predicate is named in a comment first, defined later: "def name(" dates the definition
    shas["c"] = commit(tmp_path, 3000, {"src/p/rules.py": "# hides_it will come\ndef older(x):\n    return x\n"}, "note")
    shas["d"] = commit(tmp_path, 4000, {"src/p/more.py": "def hides_it(x):\n    return 'so' in x\n"}, "the exemption")
    shas["e"] = commit(tmp_path, 5000, {"eval/three-docs/gold.jsonl": "{}\n", "eval/two-docs/gold.jsonl": "{}\n{}\n"},
                       "third set; second set's gold grows")
    # moved to another file later: still dated by its first definition
    shas["f"] = commit(tmp_path, 6000, {"src/p/more.py": "", "src/p/moved.py": "def hides_it(x):\n    return 'so' in x\n",
                                        "eval/four-docs/gold.jsonl": "{}\n"}, "moved; fourth set")
    return tmp_path, shas


def test_an_exemption_is_dated_by_the_first_commit_that_adds_its_pattern(repo):
    path, shas = repo
    got = ablate_unseen.first_commits(str(path), {
        "ex": (None, r"def hides_it\("), "older": (None, r"def older\("), "word": (None, r"\bhides_it\b"),
        "in_file": ("src/p/moved.py", r"def hides_it\("), "never": (None, r"def absent\(")})
    assert got == {"ex": (4000, shas["d"]), "older": (1000, shas["a"]), "word": (3000, shas["c"]),
                   "in_file": (6000, shas["f"])}


def test_a_set_is_dated_by_the_first_commit_of_its_gold(repo):
    path, _ = repo
    dates = ablate_unseen.set_dates(str(path), ("news-dev", "one-docs", "two-docs", "three-docs", "four-docs"))
    assert dates == {"news-dev": 0, "one-docs": 1000, "two-docs": 2000, "three-docs": 5000, "four-docs": 6000}
    # the sets built after the exemption (dated 4000), in the order given; news-dev is seen by all
    assert ablate_unseen.unseen(4000, dates) == ["three-docs", "four-docs"]
    assert ablate_unseen.unseen(0, dates) == ["one-docs", "two-docs", "three-docs", "four-docs"]


def test_the_verdict_on_the_unseen_sets_only():
    per = {"a": (5, 0, 0), "b": (0, 3, 1), "c": (2, 0, 1), "d": (1, 0, 0)}
    # pooled: P 8 > F 5 in three sets; on c and d alone: P 3 > F 1 in two sets
    assert ablate_unseen.verdict(per, list(per)) == (8, 3, 2, 3, "HIDES-MORE")
    assert ablate_unseen.verdict(per, ["c", "d"]) == (3, 0, 1, 2, "HIDES-MORE")
    assert ablate_unseen.verdict(per, ["b", "d"]) == (1, 3, 1, 1, "saves")
    assert ablate_unseen.verdict(per, ["d"]) == (1, 0, 0, 1, "even")  # one set is not two
    assert ablate_unseen.verdict(per, []) == (0, 0, 0, 0, "-")


def test_every_exemption_has_a_dating_or_is_named_undated():
    for name in ablate.EXEMPTIONS:
        pattern = ablate_unseen.dating_pattern(name)
        assert (pattern is None) == (name in ablate_unseen.UNDATED), name
    assert set(ablate_unseen.UNDATED) <= set(ablate.EXEMPTIONS)
    assert set(ablate_unseen.DATED_BY) <= set(ablate.EXEMPTIONS)
    assert ablate_unseen.dating_pattern("hc.tier.we_know")[0].endswith("checks/hedging.py")
    assert ablate_unseen.dating_pattern("sl.cited") == (None, r"def cited\(")
