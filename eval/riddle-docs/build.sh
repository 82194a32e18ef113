#!/usr/bin/env bash
# Re-extract the riddle-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are seven psalms' expositions of C. H. Spurgeon's The Treasury of David (1869-1885,
# public domain) as Debian's sword-comm-tdavid 2.1-1 ships it (Psalms 114, 120, 121, 123, 124, 125
# and 149), six windows of C. I. Scofield's Reference Notes on the New Testament (the 1917 edition,
# public domain) as Debian's sword-comm-scofield 2.1-1 ships them (Matthew 3-5 and 13, Luke's
# introduction with Luke 1-9 and Luke 10-18, John's introduction with John 1-8, Ephesians whole),
# and nine windows of sections C.4.1, C.10.1, I.1.1, I.2, I.5.2, I.5.4, I.5.12, I.7.2 and I.7.3 of
# An Anarchist FAQ as Debian's anarchism 15.3-3 ships it; none is stored in the repository. This script
# downloads the three pinned archives with apt-get download, checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the text of a SWORD module's compressed blocks, its OSIS markup made plain text (kind
# "sword"), or the prose of a saved HTML page as Markdown (kind "html"), from its curation's start
# to (not including) its end (../extract.py); each written file's sha256 is checked. Nothing is
# unpacked to disk but the documents.
#
# Downloads are kept in $RIDDLE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${RIDDLE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
