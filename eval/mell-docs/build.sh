#!/usr/bin/env bash
# Re-extract the mell-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty-seven windows of fifteen sections of An Anarchist FAQ (Iain McKay and others)
# as Debian's anarchism 15.3-3 ships it (F.8's opening, F.8.3, F.8.5, I.1.5, I.4.3, I.4.10, J.2.6, J.3's opening,
# J.3.2, J.3.3, J.3.7, J.5.2, J.5.10, J.5.15, J.7.4); none
# is stored in the repository. This script downloads the one pinned archive with apt-get download,
# checks its sha256 against the manifest, and writes OUT_DIR/<id>.md for each document of
# manifest.jsonl and for no other file: the prose of a saved HTML page as Markdown (kind "html")
# from its curation's start to (not including) its end (../extract.py); each written file's sha256
# is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $MELL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${MELL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
