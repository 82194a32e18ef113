#!/usr/bin/env bash
# Re-extract the drawknife-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are five sections or parts of sections of An Anarchist FAQ as Debian's anarchism
# 15.3-3 ships it (J.3.9, J.4.5, J.6.1, the first J.6.3, B.2.2), seven pages or parts of NTPsec's
# documentation as Debian's ntpsec-doc 1.2.2 ships it, the history page of the BIND 9 Administrator
# Reference Manual (bind9-doc 9.18), pages of The Rustonomicon and of The Rust Programming Language
# (rust-doc 1.63.0), four nodes of the tinc manual's Info file (tinc), parts of Repository
# Editing and Conversion With Reposurgeon (three, reposurgeon 4.35), Open Adventure's history and
# maintainer's notes (open-adventure 1.12) and two pages of cvs-fast-export's documentation
# (cvs-fast-export 1.59); none is stored in the repository. This script downloads the nine pinned
# Debian archives with apt-get download, checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file"; an Info file, kind "info", gzipped) or the prose of a saved HTML
# page as Markdown (kind "html") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $DRAWKNIFE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${DRAWKNIFE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
