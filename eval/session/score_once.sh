#!/usr/bin/env bash
# The lead's one score of a session's new held-out sets, with the session's start and end rules:
# every tier and the warning tier alone, by the line (the scorers' default) and by the sentence,
# each with -v's lists, into OUT/<name>-<tag>[-warning][-sentence]-v.txt (name without "-docs").
#
#   bash eval/session/score_once.sh OUT START_EXE:TAG END_EXE:TAG SET [SET ...]
#   bash eval/session/score_once.sh /work/data/scored60 /tmp/e60s/exe:e60s /tmp/e60e/exe:e60e loy-docs slick-docs hardy-docs
#
# Run from the repository's root; the sets' documents are read from ${DATA:-/work/data}/<set>.
# Prints the start and end UTC times and each list's last line.
set -euo pipefail
OUT="$1"; shift
EXES=("$1" "$2"); shift 2
DATA="${DATA:-/work/data}"
mkdir -p "$OUT"
exec > >(tee "$OUT/summary.txt")
echo "start $(date -u +%H:%M:%S) UTC"
for set in "$@"; do
  name="${set%-docs}"
  for pair in "${EXES[@]}"; do
    exe="${pair%%:*}"; tag="${pair##*:}"
    for pairing in line sentence; do
      suffix=""; [ "$pairing" = sentence ] && suffix="-sentence"
      PROSECHECK_EVAL_PAIRING=$pairing python3 "eval/$set/score.py" "$exe" "$DATA/$set" -v \
        > "$OUT/$name-$tag$suffix-v.txt"
      PROSECHECK="$exe" PROSECHECK_EVAL_PAIRING=$pairing python3 "eval/$set/score.py" \
        eval/judged/warning_tier.py "$DATA/$set" -v > "$OUT/$name-$tag-warning$suffix-v.txt"
      echo "$name $tag $pairing: $(tail -1 "$OUT/$name-$tag$suffix-v.txt") | warning: $(tail -1 "$OUT/$name-$tag-warning$suffix-v.txt")"
    done
  done
done
echo "end $(date -u +%H:%M:%S) UTC"
