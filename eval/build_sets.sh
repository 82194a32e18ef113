#!/usr/bin/env bash
# Build news-dev and every labelled set under eval/*-docs into DATA (default /work/data), two sets
# at a time (each build downloads pinned archives and writes only its documents; about 15 minutes
# in all on a new machine). A set already built is built again (its downloads are kept in
# DATA/<set>-work, so that is fast). Prints "<set> rc=<code>" as each ends; exits 1 if any failed.
#
#   bash eval/build_sets.sh [DATA]
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="${1:-/work/data}"
NEWS_DEV="${NEWS_DEV:-$HERE/../../shared/eval/news-dev}"
mkdir -p "$DATA"
LOCKS="$(mktemp -d)"
trap 'rm -rf "$LOCKS"' EXIT

build() {  # one worker: takes each set no other worker has taken (mkdir is the lock)
  local failed=0
  for dir in "$HERE"/*-docs; do
    local set; set="$(basename "$dir")"
    mkdir "$LOCKS/$set" 2>/dev/null || continue
    local var; var="$(echo "${set%-docs}" | tr a-z- A-Z_)_DOCS_WORK"
    env "$var=$DATA/$set-work" bash "$dir/build.sh" "$DATA/$set" >"$DATA/$set.build.log" 2>&1
    local rc=$?
    echo "$set rc=$rc"
    [ $rc = 0 ] || failed=1
  done
  return $failed
}

status=0
if [ -f "$NEWS_DEV/build.sh" ]; then
  NEWS_DEV_WORK="$DATA/news-dev-work" bash "$NEWS_DEV/build.sh" "$DATA/news-dev-docs" >"$DATA/news-dev.build.log" 2>&1
  rc=$?; echo "news-dev rc=$rc"; [ $rc = 0 ] || status=1
fi
build & a=$!
build & b=$!
wait $a || status=1
wait $b || status=1
exit $status
