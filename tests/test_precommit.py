"""The pre-commit hook (.pre-commit-hooks.yaml), run by the real ``pre-commit`` in a scratch git repository.

pre-commit installs prosecheck from a git repository into a virtualenv of its own, with its
dependencies from the package index: these tests need the network to reach PyPI, and take some
seconds (``slow``; CI runs them). If pre-commit is not installed they fail rather than skip:
``pip install -e '.[test]'`` installs it.

The hook repository is a snapshot of this checkout's working tree (tracked and untracked files,
less what .gitignore leaves out) committed into a temporary git repository, so the test sees
uncommitted work: ``pre-commit try-repo`` on the checkout itself would only add the changes to
tracked files, not new ones such as a new .pre-commit-hooks.yaml. The checkout is never changed.

``try-repo`` builds its environment in a temporary store on every call; ``pre-commit run`` uses
PRE_COMMIT_HOME, which points at one folder per test session.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parent.parent
LK101_LINE = ("doc.md:3:6: LK101 this link points to nothing: add the address it should go to, "
              "or remove the link")
BROKEN = "# Notes\n\nRead [the guide]() first.\n"
FIXED = "# Notes\n\nRead [the guide](https://example.com/guide) first.\n"


def _git(args, cwd, env=None):
    proc = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, f"git {' '.join(args)} in {cwd} failed ({proc.returncode}): {proc.stderr}"
    return proc.stdout


def _git_env(base: dict) -> dict:
    env = {k: v for k, v in base.items() if not k.startswith("GIT_")}
    env.update(GIT_AUTHOR_NAME="prosecheck tests", GIT_AUTHOR_EMAIL="tests@example.invalid",
               GIT_COMMITTER_NAME="prosecheck tests", GIT_COMMITTER_EMAIL="tests@example.invalid",
               GIT_CONFIG_NOSYSTEM="1")
    return env


@pytest.fixture(scope="session")
def pc_env(tmp_path_factory):
    if importlib.util.find_spec("pre_commit") is None:
        pytest.fail("pre-commit is not installed in this environment: pip install -e '.[test]'")
    if shutil.which("git") is None:
        pytest.fail("git is needed to run pre-commit")
    env = _git_env(dict(os.environ))
    env["PRE_COMMIT_HOME"] = str(tmp_path_factory.mktemp("pre-commit-home"))
    env["PRE_COMMIT_COLOR"] = "never"
    # No user git configuration (HOME stays, so pip's download cache is used).
    # An empty file of our own, not os.devnull: a git that writes its global configuration
    # replaces the file by a rename, and as root that would replace /dev/null itself.
    git_config = tmp_path_factory.mktemp("git-config") / "gitconfig"
    git_config.write_text("")
    env["GIT_CONFIG_GLOBAL"] = str(git_config)
    env.pop("PROSECHECK_DISABLE_PLUGIN_AUTOLOAD", None)
    return env


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory, pc_env):
    """A git repository holding this checkout's working tree in one commit: (path, sha)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=CHECKOUT, capture_output=True, check=True).stdout.decode("utf-8")
    repo = tmp_path_factory.mktemp("hook-repo")
    for rel in filter(None, listed.split("\0")):
        src = CHECKOUT / rel
        if not os.path.lexists(src):  # deleted in the work tree
            continue
        dst = repo / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            os.symlink(os.readlink(src), dst)
        else:
            shutil.copy2(src, dst)
    assert (repo / ".pre-commit-hooks.yaml").is_file()
    _git(["init", "-q"], repo, pc_env)
    _git(["add", "-A"], repo, pc_env)
    _git(["commit", "-q", "-m", "snapshot of the prosecheck checkout"], repo, pc_env)
    return repo, _git(["rev-parse", "HEAD"], repo, pc_env).strip()


def _target(tmp_path: Path, env: dict, files: dict) -> Path:
    target = tmp_path / "writer-repo"
    target.mkdir()
    _git(["init", "-q"], target, env)
    for name, text in files.items():
        (target / name).write_text(text, encoding="utf-8")
    _git(["add", "-A"], target, env)
    return target


def _pre_commit(args, cwd, env, timeout=600):
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)
    proc.seconds = time.monotonic() - start
    print(f"pre-commit {' '.join(args[:2])}: {proc.seconds:.1f} s, exit code {proc.returncode}")
    return proc


def _hook_result(stdout: str) -> str:
    """The status word pre-commit prints after the dotted line of the prosecheck hook."""
    lines = [line for line in stdout.splitlines() if line.startswith("prosecheck.")]
    assert len(lines) == 1, stdout
    return lines[0].rstrip(".").split(".")[-1]


def test_docs_snippets_are_valid_pre_commit_configuration():
    """Every YAML block of docs/ci.md parses, and the pre-commit ones pass pre-commit's own schema."""
    import re

    import yaml
    from pre_commit.clientlib import CONFIG_SCHEMA
    from pre_commit.yaml import yaml_load
    from cfgv import validate, apply_defaults

    text = (CHECKOUT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^( *)```yaml\n(.*?)^ *```", text, re.M | re.S)
    assert len(blocks) >= 5
    configs = 0
    for indent, block in blocks:
        block = "\n".join(line[len(indent):] for line in block.splitlines())
        data = yaml.safe_load(block)
        if isinstance(data, dict) and "repos" in data:
            validate(data, CONFIG_SCHEMA)
            config = apply_defaults(data, CONFIG_SCHEMA)
            assert config["repos"][0]["hooks"][0]["id"] == "prosecheck"
            configs += 1
    assert configs == 1
    args_block = re.search(r"args: (\[.*?\])\n", text).group(1)
    assert yaml_load(args_block) == ["--select=LK,SP", "--fail-on=error"]


def test_manifest_declares_the_hook():
    from pre_commit.clientlib import load_manifest

    hook, = load_manifest(str(CHECKOUT / ".pre-commit-hooks.yaml"))
    assert (hook["id"], hook["entry"], hook["language"], hook["types_or"], hook["require_serial"]) == (
        "prosecheck", "prosecheck", "python", ["markdown", "plain-text"], True)
    assert hook["minimum_pre_commit_version"] == "2.9.2"  # types_or needs 2.9
    assert hook["pass_filenames"] is True


@pytest.mark.slow
def test_try_repo_fails_on_a_broken_link_then_passes(tmp_path, pc_env, hook_repo):
    repo, _ = hook_repo
    target = _target(tmp_path, pc_env, {
        "doc.md": BROKEN,
        # try-repo takes no args: the writer's configuration file limits the run to the link codes.
        ".prosecheck.toml": 'select = ["LK"]\n',
        # not Markdown nor plain text: pre-commit must not pass it to prosecheck (it would be LK101)
        "script.py": "# Read [the guide]() first.\n",
    })

    proc = _pre_commit(["try-repo", str(repo), "prosecheck", "--all-files"], target, pc_env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert _hook_result(proc.stdout) == "Failed"
    assert "- exit code: 1" in proc.stdout
    assert [line for line in proc.stdout.splitlines() if "LK1" in line] == [LK101_LINE]

    (target / "doc.md").write_text(FIXED, encoding="utf-8")
    _git(["add", "doc.md"], target, pc_env)
    proc = _pre_commit(["try-repo", str(repo), "prosecheck", "--all-files"], target, pc_env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert _hook_result(proc.stdout) == "Passed"
    assert "LK101" not in proc.stdout


@pytest.mark.slow
def test_config_snippet_with_args(tmp_path, pc_env, hook_repo):
    """The .pre-commit-config.yaml a writer copies from docs/ci.md, with options passed in args."""
    repo, sha = hook_repo
    config = (f"repos:\n"
              f"  - repo: {repo}\n"
              f"    rev: {sha}\n"
              f"    hooks:\n"
              f"      - id: prosecheck\n"
              f'        args: ["--select=LK,PC", --format=pylint]\n')
    target = _target(tmp_path, pc_env, {".pre-commit-config.yaml": config, "doc.md": BROKEN,
                                        "notes.txt": "Plain text is passed too.\n"})
    proc = _pre_commit(["run", "--all-files"], target, pc_env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert _hook_result(proc.stdout) == "Failed"
    assert [line for line in proc.stdout.splitlines() if "LK1" in line] == [
        "doc.md:3: [LK101] this link points to nothing: add the address it should go to, or remove the link"]

    (target / "doc.md").write_text(FIXED, encoding="utf-8")
    _git(["add", "doc.md"], target, pc_env)
    proc = _pre_commit(["run", "--all-files"], target, pc_env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert _hook_result(proc.stdout) == "Passed"
