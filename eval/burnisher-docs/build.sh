#!/usr/bin/env bash
# Re-extract the burnisher-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of five chapters of Copyright Does Not Exist (Linus Walleij; English
# translation by Daniel Arnrup) as Debian's cfi-en 3.0 ships its HTML pages (chapters 6, 7, 11 and
# 12, and the ends of chapters 10 and 13), and parts of two sections of An Anarchist FAQ as
# Debian's anarchism 15.3-3 ships it (D.7, D.8); none is stored in the repository. This script
# downloads the two pinned archives with apt-get download, checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.md for each document of manifest.jsonl and for no other file:
# the prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $BURNISHER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BURNISHER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
