#!/usr/bin/env bash
# Re-extract the hod-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are eleven psalms' expositions of C. H. Spurgeon's The Treasury of David (1869-1885;
# public domain) as Debian's sword-comm-tdavid 2.1-1 ships it (a SWORD module), and nineteen windows of
# An Anarchist FAQ's sections B.3, B.3.4, B.4 (with B.4.1's opening), G.1.2, G.5, H.1, H.1.4, H.2.1,
# H.2.2, H.2.7, H.4.5, H.6, H.6.1, H.6.2 and H.6.3 as Debian's anarchism 15.3-3 ships them; none is
# stored in the repository. This script downloads the two pinned archives with apt-get download,
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the prose of a saved HTML page as Markdown (kind "html") or the text of a SWORD module's
# compressed blocks, its OSIS markup made plain text (kind "sword"), from its curation's start to
# (not including) its end (../extract.py); each written file's sha256 is checked. Nothing is
# unpacked to disk but the documents.
#
# Downloads are kept in $HOD_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${HOD_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
