#!/usr/bin/env bash
# Re-extract the tongs-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The news stories, columns, essays, blog posts, interviews and company and campaign pages are
# their publishers'; they are not stored in the repository. This script downloads the two pinned
# archives (the PyPI sdists trafilatura 0.5.2, about 2.6 MB, and htmldate 0.7.3, about 1.2 MB, whose
# tests/cache folders hold real web pages saved as test fixtures) with the ordinary client
# (pip download --no-binary), checks their sha256 against the manifest, and writes OUT_DIR/<id>.md
# for each document of manifest.jsonl and for no other file: the page's prose as Markdown (kind
# "html" of ../extract.py, ../htmlmd.py), cut by the entry's curation to the article (from its
# first line to the page's footer), checking each written file's sha256. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $TONGS_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip; no apt-get and no npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${TONGS_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
