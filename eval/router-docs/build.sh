#!/usr/bin/env bash
# Re-extract the router-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of PNG: The Definitive Guide (Greg Roelofs; O'Reilly 1999, online edition
# 2003) as Debian's png-definitive-guide 20060430-4 ships it in HTML (its case study of Fireworks,
# its reviews of browsers, servers, image editors, converters, VRML browsers, viewers and
# libraries, its comparisons of compression, and parts of its chapters on gamma, MNG and reading PNG images), and the opening
# sections of "Writing Programs with NCURSES" as Debian's ncurses-doc 6.4-4 ships it; none is
# stored in the repository. This script downloads the two pinned archives with apt-get download,
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the prose of a saved HTML page as Markdown (kind "html")
# from its curation's start to (not including) its end (../extract.py); each written file's sha256
# is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $ROUTER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${ROUTER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
