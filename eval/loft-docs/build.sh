#!/usr/bin/env bash
# Re-extract the loft-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The text belongs to its authors and is not stored in the repository. This script downloads
# the ten pinned Debian packages with the ordinary client (apt-get download; Debian 12
# "bookworm", run apt-get update once first), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.md (saved HTML pages that ../htmlmd.py turns into Markdown, and one Markdown
# README, cut by the manifest's "curation") for each document of manifest.jsonl
# and for no other file, checking each written file's sha256. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $LOFT_DOCS_WORK (default: .build/ beside this script).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${LOFT_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
