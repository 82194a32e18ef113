#!/usr/bin/env bash
# Re-extract the hacksaw-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of Copyright Does Not Exist (Linus Walleij, 1995; English translation
# by Daniel Arnrup, 1999) as Debian's cfi-en 3.0 ships it (chapter 5, chapter 7 from "Clubs and
# Raves", chapter 15's opening and chapter 17 from "We have moved from material bartering" with
# its annotated bibliography), Angband's version history as Debian's angband-data 3.5.1 ships it
# (help/version.txt) and the first two parts of A Brief History of Moria as Debian's moria 5.7.13
# ships it (doc/historical/history.md); none is stored in the repository. This script downloads
# the three pinned archives with apt-get download, checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the
# lines of a member (a text file, kind "file", gzipped or Latin-1 where the entry says so) or the
# prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked
# to disk but the documents.
#
# Downloads are kept in $HACKSAW_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${HACKSAW_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
