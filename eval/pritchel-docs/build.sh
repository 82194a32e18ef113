#!/usr/bin/env bash
# Re-extract the pritchel-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty-six windows of An Anarchist FAQ (Iain McKay and others) as Debian's
# anarchism 15.3-3 ships it: parts of sections A.2, A.2.2, A.2.3, A.3.3, A.5.4 (two), A.5.5 (two),
# B.1.1, B.3.1, G (its introduction), G.1, G.2, G.4.1 (two), G.4.2, G.6, H (its introduction),
# H.2 (three), H.2.7, H.5.1 (two) and H.5.4 (two); none is stored in the repository. This script
# downloads the one pinned archive (anarchism with apt-get download), checks its sha256 against the
# manifest, and writes OUT_DIR/<id>.md for each document of manifest.jsonl and for no other file:
# the prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $PRITCHEL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${PRITCHEL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
