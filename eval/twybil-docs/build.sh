#!/usr/bin/env bash
# Re-extract the twybil-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty-one windows of thirteen sections of An Anarchist FAQ's sections D (How do
# statism and capitalism affect society?), E (What do anarchists think causes ecological problems?)
# and H.3 (What are the myths of state socialism?) as Debian's anarchism 15.3-3 ships
# them (H.3's opening, H.3.1, H.3.5, D.1.2, D.1.3, D.1.5, D.2.2, D.9's opening, E.1's opening,
# E.3's opening, E.4's opening, E.4.2, E.5); none is stored in the repository.
# This script downloads the one pinned archive (anarchism with apt-get download), checks its sha256
# against the manifest, and writes OUT_DIR/<id>.md for each document of manifest.jsonl and for no
# other file: the prose of a saved HTML page as Markdown (kind "html") from its curation's start to
# (not including) its end (../extract.py); each written file's sha256 is checked. Nothing is
# unpacked to disk but the documents.
#
# Downloads are kept in $TWYBIL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${TWYBIL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
