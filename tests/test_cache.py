"""The per-file cache: same results warm and cold, invalidated by content, settings and the
files a check consulted; written atomically; an unwritable folder only turns it off."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

DOC = "# Guide\n\nSee [setup](setup.md) and [missing](nowhere.md) and [top](#guide).\n"


def run(args, cwd, **env):
    p = subprocess.run([sys.executable, "-m", "prosecheck", *args], cwd=cwd, capture_output=True,
                       text=True, timeout=120, env=dict(os.environ, **env))
    return p.returncode, p.stdout, p.stderr


def entries(folder):
    return sorted(p for p in folder.rglob("*.entry"))


@pytest.fixture
def project(tmp_path):
    (tmp_path / ".prosecheck.toml").write_text('select = ["LK"]\n')
    (tmp_path / "guide.md").write_text(DOC)
    (tmp_path / "setup.md").write_text("# Setup\n")
    return tmp_path


def test_warm_run_gives_the_same_output_from_the_cache(project):
    cold = run(["guide.md", "setup.md"], project)
    assert cold[0] == 1
    assert cold[1].splitlines() == [
        'guide.md:3:27: LK102 "nowhere.md" does not exist (looked for nowhere.md): fix the path or remove the link'
    ]
    cache = project / ".prosecheck_cache"
    assert len(entries(cache)) == 2
    assert (cache / "CACHEDIR.TAG").exists() and (cache / ".gitignore").read_text() == "*\n"
    stamp = {p: p.stat().st_mtime_ns for p in entries(cache)}
    assert run(["guide.md", "setup.md"], project) == cold
    assert {p: p.stat().st_mtime_ns for p in entries(cache)} == stamp  # read, not rewritten


def test_a_changed_link_target_makes_the_entry_stale(project):
    assert run(["guide.md"], project)[0] == 1
    (project / "nowhere.md").write_text("# Now it exists\n")
    assert run(["guide.md"], project)[:2] == (0, "")
    os.remove(project / "nowhere.md")
    assert run(["guide.md"], project)[0] == 1


def test_changed_content_or_settings_are_not_served_from_the_cache(project):
    run(["guide.md"], project)
    (project / "guide.md").write_text("# Guide\n\nNo links now.\n")
    assert run(["guide.md"], project)[:2] == (0, "")
    (project / "guide.md").write_text(DOC)
    assert run(["guide.md"], project)[0] == 1
    assert run(["guide.md", "--ignore", "LK102"], project)[:2] == (0, "")


def test_no_cache_and_cache_dir(project, tmp_path_factory):
    run(["guide.md", "--no-cache"], project)
    assert not (project / ".prosecheck_cache").exists()
    other = tmp_path_factory.mktemp("elsewhere") / "c"
    run(["guide.md", "--cache-dir", str(other)], project)
    assert len(entries(other)) == 1


def test_an_unwritable_cache_folder_only_turns_the_cache_off(project):
    if os.geteuid() == 0:
        # root ignores permissions: make the cache path a file instead, which nobody can mkdir
        (project / ".prosecheck_cache").write_text("not a folder")
    else:
        (project / ".prosecheck_cache").mkdir()
        os.chmod(project / ".prosecheck_cache", 0o500)
    code, out, err = run(["guide.md"], project)
    assert code == 1 and "LK102" in out
    assert err.startswith("prosecheck: warning: the cache is off: cannot write to ")


def test_torn_or_foreign_entries_are_ignored(project):
    run(["guide.md"], project)
    (entry,) = entries(project / ".prosecheck_cache")
    entry.write_bytes(b"\x00garbage")
    code, out, _ = run(["guide.md"], project)
    assert code == 1 and "LK102" in out


def test_two_runs_at_once_and_a_killed_run_leave_a_usable_cache(project):
    for i in range(40):
        (project / f"d{i}.md").write_text(DOC.replace("Guide", f"Guide {i}"))
    expected = run([".", "--no-cache"], project)[1]
    procs = [subprocess.Popen([sys.executable, "-m", "prosecheck", ".", "-j", "1"], cwd=project,
                              stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert outs == [expected, expected]
    killed = subprocess.Popen([sys.executable, "-m", "prosecheck", ".", "--cache-dir", "c2", "-j", "1"],
                              cwd=project, stdout=subprocess.DEVNULL)
    time.sleep(0.8)
    killed.kill()
    killed.wait()
    leftovers = [p for p in (project / "c2").rglob("*.tmp")] if (project / "c2").exists() else []
    assert len(leftovers) <= 1  # at most the one being written when it was killed
    assert run([".", "--cache-dir", "c2"], project)[1] == expected
    assert run([".", "--cache-dir", "c2"], project)[1] == expected


def test_cross_file_summaries_are_cached_too(tmp_path):
    footer = "Thanks for reading! Subscribe to our newsletter for more stories from the docs team.\n"
    for i in range(4):
        (tmp_path / f"p{i}.md").write_text(f"# Post {i}\n\nA different opening sentence number {i} here.\n\n{footer}")
    cold = run([".", "--select", "BP", "--fail-on", "info"], tmp_path)  # BP102 is info: counted only with --fail-on info
    assert cold[0] == 1 and len(cold[1].splitlines()) == 4
    assert len(entries(tmp_path / ".prosecheck_cache")) == 4  # every file, summaries and all
    assert run([".", "--select", "BP", "--fail-on", "info"], tmp_path) == cold
