#!/usr/bin/env bash
# Re-extract the trug-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty-seven parts of Matthew Henry's Concise Commentary on the Whole Bible (a
# public-domain work: each a book's introduction with the commentary on its first chapter or
# chapters, or on the whole of a one-chapter book) as Debian's sword-comm-mhcc 2.0-1 ships it (a
# SWORD module), and two runs of An Anarchist FAQ (D.1's opening's end, two paragraphs of H.3.13)
# as Debian's anarchism 15.3-3 ships it; none is stored in the repository. This script downloads the
# two pinned archives with apt-get download, checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the plain text
# of the module's blocks (kind "sword") or the prose of a saved HTML page as Markdown (kind "html")
# from its curation's start to (not including) its end (../extract.py); each written file's sha256
# is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $TRUG_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${TRUG_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
