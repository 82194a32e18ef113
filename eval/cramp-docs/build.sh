#!/usr/bin/env bash
# Re-extract the cramp-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of An Anarchist FAQ's appendices as Debian's anarchism 15.3-3 ships it
# (sections 9, 10 and 11 of "Is 'anarcho'-capitalism a type of anarchism?"; the replies to Bryan
# Caplan's "Anarchist Theory FAQ" 5.2 and 4.1.1; Marxists and Spanish Anarchism; three pages of the
# Russian Revolution appendix; section 1 of "The Symbols of Anarchy") and the Bibliography of the Jargon
# File as Debian's jargon-text 4.4.7-4.1 ships it; none is stored in the repository. This script
# downloads the two pinned archives with apt-get download, checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the prose of a saved HTML page as Markdown (kind "html") or the lines of a text file (kind
# "file", gzipped) from its curation's start to (not including) its end (../extract.py); each
# written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $CRAMP_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${CRAMP_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
