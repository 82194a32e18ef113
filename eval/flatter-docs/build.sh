#!/usr/bin/env bash
# Re-extract the flatter-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty windows of seventeen sections of An Anarchist FAQ (sections C, F, I and
# J) as Debian's anarchism 15.3-3 ships it; none is stored in the repository. This script downloads
# the one pinned archive (anarchism, with apt-get download), checks its sha256 against the manifest,
# and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the
# prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not including)
# its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $FLATTER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${FLATTER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
