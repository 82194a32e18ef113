#!/usr/bin/env bash
# Re-extract the hardy-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty-five windows of eleven argued sections of An Anarchist FAQ as Debian's
# anarchism 15.3-3 ships it (C.1.3, C.2.3, C.2.4, C.2.5, C.2.6, C.2.7, C.2.8, C.11.1, C.11.2, C.11.3
# and I.4.8, each cut into windows of 870-1,760 words; C.2.3 without the paragraph of Proudhon's and
# Berkman's quotations that another set's document also quotes; C.2.6, C.2.7 and C.2.8 only their
# first parts),
# sections no other set's manifest touches; none is stored in the repository. This script
# downloads the one pinned archive (anarchism with apt-get download), checks its sha256 against
# the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no
# other file: the prose of a saved HTML page as Markdown (kind "html") from its curation's start
# to (not including) its end (../extract.py); each written file's sha256 is checked. Nothing is
# unpacked to disk but the documents.
#
# Downloads are kept in $HARDY_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${HARDY_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
