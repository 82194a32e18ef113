#!/usr/bin/env bash
# Re-extract the brad-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are the Devil's Dictionary's R from RESPONSIBILITY and its S (Ambrose Bierce, 1911)
# as Debian's dict-devil 1.0-13.1 ships them, three windows of An Anarchist FAQ's section E.2 as
# Debian's anarchism 15.3-3 ships it, and, from Debian's xemacs21-support 21.4.24 (the files XEmacs
# ships in etc/, its FAQ and its Internals Manual): the GNU Manifesto in three parts, the League for
# Programming Freedom's leaflet, Alfie Kohn's 1987 Boston Globe article on rewards and motivation,
# five nodes of the XEmacs FAQ on XEmacs and GNU Emacs (a Latin-1 Info file) and two nodes of the
# Internals Manual; from Debian's xemacs21-basesupport 2009.02.17 (the XEmacs packages' manuals):
# the Calc manual's history and three nodes of the XEmacs Developer's Guide. None is stored in the
# repository. This script downloads the four pinned archives (apt-get download), checks their
# sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file"; an Info
# file, kind "info", gzipped; a dictd database, kind "dictzip") or the prose of a saved HTML page as
# Markdown (kind "html") from its curation's start to (not including) its end (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $BRAD_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BRAD_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
