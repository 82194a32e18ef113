#!/usr/bin/env bash
# Re-extract the slick-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty-seven windows of sixteen sections of An Anarchist FAQ's H.3 (What are the
# myths of state socialism?) and H.6 (Why did the Russian Revolution fail?) as Debian's anarchism
# 15.3-3 ships them (H.3's opening, H.3.1, H.3.2, H.3.3, H.3.5, H.3.7, H.3.9, H.3.10, H.3.11,
# H.3.12, H.3.13, H.3.14; H.6's opening, H.6.1, H.6.2, H.6.3); none is stored in the repository.
# This script downloads the one pinned archive (anarchism with apt-get download), checks its sha256
# against the manifest, and writes OUT_DIR/<id>.md for each document of manifest.jsonl and for no
# other file: the prose of a saved HTML page as Markdown (kind "html") from its curation's start to
# (not including) its end (../extract.py); each written file's sha256 is checked. Nothing is
# unpacked to disk but the documents.
#
# Downloads are kept in $SLICK_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SLICK_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
