"""The plugin packages in plugins/ install with pip and plug into the real command line.

Each package is installed by ``pip install`` (a real build from its pyproject.toml: metadata,
entry point, package data) into a fresh virtual environment of its own. To keep this fast and
offline-friendly, prosecheck itself and its dependencies are not reinstalled there: a ``.pth``
file makes the environment running these tests (where prosecheck is installed from this checkout)
visible to the new one, and the plugin is installed with ``--no-deps``. pip still needs its
build backend (setuptools) from the package index. About 10 s for both packages, built side by side.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import prosecheck

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {  # entry point name -> (folder in plugins/, import name, version in its pyproject.toml)
    "house-style": ("prosecheck-house-style", "prosecheck_house_style", "1.0.0"),
    "urls": ("prosecheck-urls", "prosecheck_urls", "1.1.0"),
}
BIN = "Scripts" if os.name == "nt" else "bin"


def _clean_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROSECHECK_") and k != "PYTHONPATH"}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def venvs(tmp_path_factory) -> dict:
    """Entry point name -> the python of a fresh environment where only that plugin was installed."""
    base = tmp_path_factory.mktemp("plugin-venvs")
    host_paths = [*site.getsitepackages(), str(Path(prosecheck.__file__).resolve().parents[1])]
    pythons, installs = {}, {}
    for name, (folder, _, _) in PACKAGES.items():
        env_dir = base / folder
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True, timeout=120)
        python = env_dir / BIN / ("python.exe" if os.name == "nt" else "python")
        purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                 capture_output=True, text=True, check=True, timeout=60).stdout.strip()
        Path(purelib, "_prosecheck_host.pth").write_text("\n".join(host_paths) + "\n", encoding="utf-8")
        pythons[name] = str(python)
        # Build from a copy: pip builds in the source tree and would leave build/ and egg-info there.
        source = shutil.copytree(ROOT / "plugins" / folder, base / f"{folder}-src",
                                 ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__", ".*"))
        installs[name] = subprocess.Popen(
            [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet",
             "--disable-pip-version-check", str(source)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_clean_env(),
        )
    for name, proc in installs.items():
        out, _ = proc.communicate(timeout=600)
        assert proc.returncode == 0, f"pip install of {PACKAGES[name][0]} failed:\n{out}"
    return pythons


def prosecheck_cli(python: str, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([python, "-m", "prosecheck", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=_clean_env(**env))


@pytest.mark.parametrize("name", sorted(PACKAGES))
def test_installed_plugin_is_listed_with_its_version(venvs, name, tmp_path):
    folder, module, version = PACKAGES[name]
    found = prosecheck_cli(venvs[name], "--version", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert f"{name}: {version}" in found.stdout
    # Only the package installed in this environment is there.
    other = next(n for n in PACKAGES if n != name)
    assert f"{other}:" not in found.stdout
    # Installed, not importable from the source tree by accident.
    where = subprocess.run([venvs[name], "-c", f"import {module}; print({module}.__file__)"],
                           capture_output=True, text=True, timeout=60, env=_clean_env()).stdout
    assert "site-packages" in where and str(ROOT / "plugins") not in where


HOUSE_STYLE_CONFIG = """\
[house-style]
prefer = ["utilize -> use", "e-mail -> email"]
avoid = ["leverage: say what you mean"]
names = ["GitHub"]
"""
HOUSE_STYLE_DOC = "We utilize Github to leverage `github` and e-mail.\n"
HOUSE_STYLE_OUT = [
    'doc.md:1:4: HS101 write "use" instead of "utilize" (house style)',
    'doc.md:1:12: HS103 write the name as "GitHub", not "Github"',
    'doc.md:1:22: HS102 avoid "leverage" (house style): say what you mean',
    'doc.md:1:44: HS101 write "email" instead of "e-mail" (house style)',
]


@pytest.fixture
def house_style_project(tmp_path) -> Path:
    (tmp_path / ".prosecheck.toml").write_text(HOUSE_STYLE_CONFIG, encoding="utf-8")
    (tmp_path / "doc.md").write_text(HOUSE_STYLE_DOC, encoding="utf-8")
    return tmp_path


def test_house_style_reports_its_codes(venvs, house_style_project):
    found = prosecheck_cli(venvs["house-style"], "--select", "HS", "doc.md", cwd=house_style_project)
    assert found.stdout.splitlines() == HOUSE_STYLE_OUT, found.stderr
    assert found.returncode == 1


def test_house_style_explain_reads_the_packaged_docs(venvs, tmp_path):
    found = prosecheck_cli(venvs["house-style"], "--explain", "HS103", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("# HS103: a product name written with the wrong capitalisation\n")
    listed = prosecheck_cli(venvs["house-style"], "--list-checks", cwd=tmp_path).stdout.splitlines()
    assert [ln.split()[:2] for ln in listed if ln.startswith("HS")] == [
        ["HS101", "house-style"], ["HS102", "house-style"], ["HS103", "house-style"]]


def test_autoload_disabled_hides_the_plugin_until_named(venvs, house_style_project):
    python = venvs["house-style"]
    off = {"PROSECHECK_DISABLE_PLUGIN_AUTOLOAD": "1"}
    version = prosecheck_cli(python, "--version", cwd=house_style_project, **off)
    assert "house-style" not in version.stdout
    # Its configuration table now names a check that is not loaded: a configuration error.
    hidden = prosecheck_cli(python, "doc.md", cwd=house_style_project, **off)
    assert "HS1" not in hidden.stdout and hidden.returncode == 2
    assert "no check named 'house-style' is installed" in hidden.stderr
    named = prosecheck_cli(python, "-p", "prosecheck_house_style", "--select", "HS", "doc.md",
                           cwd=house_style_project, **off)
    assert named.stdout.splitlines() == HOUSE_STYLE_OUT, named.stderr


class _Missing(BaseHTTPRequestHandler):
    requests: list = []

    def do_HEAD(self):
        self.requests.append((self.command, self.path))
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_HEAD

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    handler = type("Handler", (_Missing,), {"requests": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler.requests
    server.shutdown()
    server.server_close()


def test_urls_checks_only_when_enabled(venvs, tmp_path, local_server):
    base, requests = local_server
    python = venvs["urls"]
    (tmp_path / "doc.md").write_text(f"Read [the page]({base}/gone).\n", encoding="utf-8")
    settings = 'allow_private = true\ndeny_hosts = []\ncache_ttl = 0\ntimeout = 5.0\n'
    (tmp_path / ".prosecheck.toml").write_text(f"[urls]\n{settings}", encoding="utf-8")
    quiet = prosecheck_cli(python, "--select", "UR", "doc.md", cwd=tmp_path)
    assert (quiet.returncode, quiet.stdout, requests) == (0, "", []), quiet.stderr
    (tmp_path / ".prosecheck.toml").write_text(f"[urls]\nenabled = true\n{settings}", encoding="utf-8")
    found = prosecheck_cli(python, "--select", "UR", "doc.md", cwd=tmp_path)
    assert found.stdout.splitlines() == [
        f'doc.md:1:6: UR101 "{base}/gone" is broken: the server answered 404 Not Found; '
        "fix the address or remove the link"
    ], found.stderr
    assert found.returncode == 1
    assert requests == [("HEAD", "/gone"), ("GET", "/gone")]
    hidden = prosecheck_cli(python, "--isolated", "--version", cwd=tmp_path, PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    assert "urls" not in hidden.stdout
