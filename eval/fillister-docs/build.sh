#!/usr/bin/env bash
# Re-extract the fillister-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty of Poul-Henning Kamp's essays ("Poul-Hennings random outbursts") in
# Varnish Cache's documentation as Debian's varnish-doc 7.1.1 ships it (one in part), parts of the
# LLVM 15 documentation (the Kaleidoscope tutorial's conclusion, the proposal to move to GitHub,
# Opaque Pointers, the Developer Policy's licence section) as Debian's llvm-15-doc ships it, and
# parts of the SWIG 4.1 manual (its Preface, its Introduction, the opening of SWIG and C++) as
# Debian's swig4.0-doc ships it; none is stored in the repository. This script downloads the three
# pinned archives with apt-get download, checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the prose of a
# saved HTML page as Markdown (kind "html") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $FILLISTER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${FILLISTER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
