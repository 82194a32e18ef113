"""The console script's exit (prosecheck.__main__): it skips the interpreter's teardown only when
nothing needs it, and the output and the exit code are the run's either way."""

from __future__ import annotations

import subprocess
import sys

DOC = "A sentence with with a doubled word.\n"
FINDING = "doc.md:1:17: SP102 \"with\" is repeated: delete one\n"


def _main(tmp_path, before: str = ""):
    (tmp_path / "doc.md").write_text(DOC, encoding="utf-8")
    code = (f"import sys\n{before}\n"
            "sys.argv = ['prosecheck', '--isolated', '--no-cache', '--select', 'SP102', 'doc.md']\n"
            "from prosecheck.__main__ import main\nmain()\n")
    return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)


def test_the_fast_exit_flushes_the_findings_and_keeps_the_exit_code(tmp_path):
    p = _main(tmp_path, "import io; sys.stdout = io.TextIOWrapper(sys.stdout.buffer, write_through=False)")
    assert (p.returncode, p.stdout, p.stderr) == (1, FINDING, "")


def test_an_atexit_handler_still_runs_and_sees_the_exit_code(tmp_path):
    p = _main(tmp_path, "import atexit; atexit.register(lambda: print('handler ran', file=sys.stderr))")
    assert (p.returncode, p.stdout, p.stderr) == (1, FINDING, "handler ran\n")


def test_a_running_thread_is_waited_for(tmp_path):
    p = _main(tmp_path, "import threading, time\n"
                        "threading.Thread(target=lambda: (time.sleep(0.5), print('thread done', file=sys.stderr))).start()")
    assert (p.returncode, p.stdout, p.stderr) == (1, FINDING, "thread done\n")
