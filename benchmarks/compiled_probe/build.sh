#!/bin/sh
# Issue 14, twenty-first session: what compiling prosecheck's hottest Python modules gives, unchanged
# (Cython, mypyc) or with the builder's attributes typed (Cython and markdown_prose.pxd here). Not
# part of prosecheck: nothing here is built at install; benchmarks/README.md has the figures.
#
#   sh benchmarks/compiled_probe/build.sh OUT [COMMIT]      # COMMIT: main by default
#
# Makes OUT/venv (Cython and mypy from PyPI, the interpreter of .venv) and one build per variant,
# each a `git archive COMMIT src` with some modules compiled in place (an extension module is
# imported before the .py beside it), byte-compiled:
#   base     nothing compiled
#   cy-parse markdown_prose.py by Cython, unchanged
#   my-parse markdown_prose.py by mypyc (mypy's errors switched off: it does not type-check as is)
#   cy-split word_split.py and sentences.py by Cython, unchanged
#   my-split the same by mypyc; word_split.py's s_block, s_start and s_end annotated Any (mypyc checks
#            a variable's type at run time: they are lists made into arrays)
#   cy-bp    checks/boilerplate.py, fingerprints.py and boilerplate_shuffle.py by Cython (BP101 and
#            BP102 then vanish from a run: plugins.py's fast path takes a compiled function for no
#            hook; measure it with stage_instructions.py, which asks the module for its checks)
#   typed    markdown_prose.py by Cython with markdown_prose.pxd (_Builder a C class, its counters
#            C integers; skip_kind moved from the class into __init__, which a C class needs),
#            word_split.py, sentences.py, fingerprints.py and boilerplate_shuffle.py by Cython
# Then, per build B (PYTHONHASHSEED=0 for counts; see benchmarks/README.md for the exact commands):
#   PYTHONPATH=OUT/B/src .venv/bin/python benchmarks/document_digest.py /tmp/c1000 OUT/B.digest
#   PYTHONPATH=OUT/B/src .venv/bin/python benchmarks/compiled_probe/stage_cpu.py /tmp/c1000
set -eu
out=${1:?usage: build.sh OUT [COMMIT]}
commit=${2:-main}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
py="$repo/.venv/bin/python"
mkdir -p "$out"
out=$(cd "$out" && pwd)
[ -x "$out/venv/bin/cythonize" ] || { "$py" -m venv "$out/venv" && "$out/venv/bin/pip" install -q cython mypy setuptools; }
mypyc_flags="--ignore-missing-imports --disable-error-code union-attr --disable-error-code assignment
             --disable-error-code misc --disable-error-code arg-type"
fresh() { rm -rf "$out/$1" && mkdir -p "$out/$1" && git -C "$repo" archive "$commit" src | tar -x -C "$out/$1"; }
for b in base cy-parse my-parse cy-split my-split cy-bp typed; do fresh $b; done
(cd "$out/cy-parse/src" && "$out/venv/bin/cythonize" -q -i -3 prosecheck/markdown_prose.py)
(cd "$out/my-parse/src" && "$out/venv/bin/mypyc" $mypyc_flags prosecheck/markdown_prose.py)
(cd "$out/cy-split/src" && "$out/venv/bin/cythonize" -q -i -3 prosecheck/word_split.py prosecheck/sentences.py)
(cd "$out/my-split/src" && sed -i -e 's/^    \(s_block\|s_start\|s_end\) = list(/    \1: Any = list(/' \
    -e 's/^from struct import Struct$/&\nfrom typing import Any/' prosecheck/word_split.py &&
    "$out/venv/bin/mypyc" $mypyc_flags prosecheck/word_split.py prosecheck/sentences.py)
(cd "$out/cy-bp/src" && "$out/venv/bin/cythonize" -q -i -3 prosecheck/checks/boilerplate.py \
    prosecheck/checks/fingerprints.py prosecheck/checks/boilerplate_shuffle.py)
(cd "$out/typed/src" && cp "$here/markdown_prose.pxd" prosecheck/ &&
    sed -i -e 's/^    skip_kind = ""$/    pass/' \
        -e 's/^        self.unresolved: dict\[int, tuple\[int, str, str\]\] = {}$/&\n        self.skip_kind = ""/' \
        prosecheck/markdown_prose.py &&
    "$out/venv/bin/cythonize" -q -i -3 prosecheck/markdown_prose.py prosecheck/word_split.py prosecheck/sentences.py \
        prosecheck/checks/fingerprints.py prosecheck/checks/boilerplate_shuffle.py)
for b in base cy-parse my-parse cy-split my-split cy-bp typed; do
    rm -rf "$out/$b/src/build"
    "$py" -m compileall -q "$out/$b/src" >/dev/null
done
ls "$out"/*/src/prosecheck/*.so "$out"/*/src/prosecheck/checks/*.so
