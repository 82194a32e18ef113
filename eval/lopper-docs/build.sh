#!/usr/bin/env bash
# Re-extract the lopper-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twelve windows of C. I. Scofield's Reference Notes (the 1917 edition, public
# domain) as Debian's sword-comm-scofield 2.1-1 ships them (a SWORD module: ten book introductions
# with the notes on their first chapters, Job's introduction and notes, and the summary of the Old
# Testament's revelation of Deity with the essay "From Malachi to Matthew"), twelve windows of
# sections C.1, C.9, C.12, I.1.1, I.1.2, I.2, I.4, I.5.8, I.7, I.7.1 and J.7.6 of An Anarchist FAQ
# as Debian's anarchism 15.3-3 ships them, and four pages of the Biblestudy HowTo as Debian's
# bibletime-data 3.0.3-3 ships it; none is stored in the repository. This script downloads the
# three pinned archives with apt-get download, checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the text of a
# SWORD module's compressed blocks, its OSIS markup made plain text (kind "sword"), or the prose of
# a saved HTML page as Markdown (kind "html"), from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $LOPPER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${LOPPER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
