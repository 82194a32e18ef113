#!/usr/bin/env bash
# Re-extract the spile-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of six psalms' expositions of C. H. Spurgeon's The Treasury of David (the
# title, division and exposition of Psalms 2, 3, 12, 54, 58 and 67, most cut in two at a verse) as
# Debian's sword-comm-tdavid 2.1-1 ships it, Matthew Henry's Concise Commentary on Ecclesiastes 3-9
# and Proverbs 3-4 as Debian's sword-comm-mhcc 2.0-1 ships it (both public domain, read from their
# SWORD modules), and nine windows of An Anarchist FAQ's sections A.5.5, G.1, G.1.3, H.1,
# H.4, H.4.5 and H.6.3 as Debian's anarchism 15.3-3 ships it; none is stored in the repository.
# This script downloads the three pinned archives with apt-get download, checks their sha256
# against the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and
# for no other file: the text of a SWORD module's entries (kind "sword") or the prose of a saved
# HTML page as Markdown (kind "html") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $SPILE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SPILE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
