#!/usr/bin/env bash
# A session's cost in instructions (callgrind, repeatable under load): one process (--jobs 1) over
# c250, the same 250 corpus files every session (every 4th of the first 1,000 of the sorted
# corpus, about 2 MB), run with the pure-Python `src` of an archive (no C modules built), so that
# rule changes show and the C builds do not. Prints the instructions of the second of two runs
# (the first warms the byte-code caches under SRC).
#
#   bash benchmarks/session_cost.sh SRC [CORPUS]      # SRC: a folder holding src/prosecheck
#   e.g. git archive HEAD src/prosecheck | tar -x -C /tmp/start && bash benchmarks/session_cost.sh /tmp/start
set -euo pipefail
SRC="$(cd "$1" && pwd)"
CORPUS="${2:-${PROSECHECK_BENCH_DIR:-/work/bench}/corpus}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$HERE/.venv/bin/python}"
C250="$(mktemp -d)"; EMPTY="$(mktemp -d)"
trap 'rm -rf "$C250" "$EMPTY"' EXIT
# the first 1,000 files of the sorted corpus, every 4th of them (awk reads to the end: no SIGPIPE
# under pipefail)
(cd "$CORPUS" && find . -type f -name '*.md' | LC_ALL=C sort | awk 'NR <= 1000 && NR % 4 == 1') |
  while read -r f; do mkdir -p "$C250/$(dirname "$f")"; cp "$CORPUS/$f" "$C250/$f"; done
count() {
  # PYTHONDONTWRITEBYTECODE unset: the first run writes SRC's byte code and the second reads it, as
  # an installed package does (pip compiles it); with it set every run compiled every module and
  # the count grew with the size of the source, not with what the rules do (until the 43rd session)
  (cd "$EMPTY" && env -u PYTHONDONTWRITEBYTECODE PYTHONHASHSEED=0 PYTHONPATH="$SRC/src" valgrind --tool=callgrind --trace-children=yes \
     --callgrind-out-file=/dev/null "$PY" -m prosecheck --isolated --exit-zero --no-cache --jobs 1 "$C250" \
     >/dev/null 2>"$EMPTY/cg.log")
  grep -o "Collected : [0-9]*" "$EMPTY/cg.log" | awk '{s += $3} END {print s}'
}
count >/dev/null
echo "$(count) instructions over $(find "$C250" -type f | wc -l) files ($(du -sb "$C250" | cut -f1) bytes), src $SRC"
