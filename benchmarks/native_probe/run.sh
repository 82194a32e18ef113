#!/bin/sh
# Can a native extension be built here, with no access to crates.io? (issue 14's "native code"
# question, asked for the next round of speed work.) Builds a pyo3 module against Debian's
# packaged crates (offline: .cargo/config.toml points cargo at /usr/share/cargo/registry), then
# times pulldown-cmark's events in Rust against pyromark's event list, over the same files.
#
#   sudo apt-get install librust-pyo3-dev librust-pulldown-cmark-dev   # bookworm: pyo3 0.17.3, pulldown-cmark 0.9.2
#   sh benchmarks/native_probe/run.sh /tmp/parser-bench/sets/subset1000 [PYTHON]
#
# Debian's pulldown-cmark (0.9.2) is older than pyromark's (0.13.5): the event counts differ, so
# this measures what the parser costs in native code, not a drop-in replacement.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
folder=${1:?usage: run.sh FOLDER [PYTHON]}
python=${2:-python3}
out=${TMPDIR:-/tmp}/prosecheck-native-probe
mkdir -p "$out"
(cd "$here" && CARGO_TARGET_DIR="$out/target" cargo build --release -q)
cp "$out/target/release/libpcnative.so" "$out/pcnative.so"
PYTHONPATH="$out" "$python" - "$folder" <<'PY'
import glob, sys, time
import pcnative, pyromark
files = sorted(glob.glob(sys.argv[1] + "/**/*.md", recursive=True))
texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
print("%d files, %d characters" % (len(texts), sum(map(len, texts))))
def least_cpu(f):
    times = []
    for _ in range(3):
        t = time.process_time()
        for s in texts:
            f(s)
        times.append(time.process_time() - t)
    return min(times)
print("%-48s %.3f s CPU (least of 3)" % ("pulldown-cmark 0.9.2 in Rust, events counted", least_cpu(pcnative.count_events)))
print("%-48s %.3f s CPU (least of 3)" % ("pyromark, events_with_range as a list", least_cpu(lambda s: list(pyromark.events_with_range(s)))))
PY
