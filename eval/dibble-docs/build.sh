#!/usr/bin/env bash
# Re-extract the dibble-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty-five windows of sixteen sections of An Anarchist FAQ's sections D (How do
# statism and capitalism affect society?), E (What do anarchists think causes ecological problems?)
# and H.3 (What are the myths of state socialism?) as Debian's anarchism 15.3-3 ships them (the end
# of D.5's opening, D.5.1, D.5.3, D.5.4, D.10, E.3.1, E.3.2, E.4.2, H.3.2, H.3.4, H.3.7, H.3.8,
# H.3.9, H.3.10, H.3.12, H.3.13, H.3.14: runs of their pages no other set's manifest covers); none
# is stored in the repository.
# This script downloads the one pinned archive (anarchism with apt-get download), checks its sha256
# against the manifest, and writes OUT_DIR/<id>.md for each document of manifest.jsonl and for no
# other file: the prose of a saved HTML page as Markdown (kind "html") from its curation's start to
# (not including) its end (../extract.py); each written file's sha256 is checked. Nothing is
# unpacked to disk but the documents.
#
# Downloads are kept in $DIBBLE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${DIBBLE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
