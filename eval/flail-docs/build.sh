#!/usr/bin/env bash
# Re-extract the flail-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty-five windows of twenty-two sections of An Anarchist FAQ (A.3's opening,
# A.3.2, A.3.3, A.3.5, A.3.6, A.3.7, A.3.9, A.4.1, A.4.3, A.4.4, A.5's opening, A.5.2, A.5.4, A.5.6,
# B.2's opening, B.2.2, B.2.3, B.2.5, B.3.2, B.3.4, G.6 and G.7) as Debian's anarchism 15.3-3 ships it; none
# is stored in the repository. This script downloads the one pinned archive (anarchism with apt-get
# download), checks its sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each
# document of manifest.jsonl and for no other file: the prose of a saved HTML page as Markdown (kind
# "html") from its curation's start to (not including) its end (../extract.py); each written file's
# sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $FLAIL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${FLAIL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
