#!/usr/bin/env bash
# Re-extract the tedder-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of two public-domain commentaries on Scripture as Debian ships them as
# SWORD modules (Matthew Henry's Concise Commentary, sword-comm-mhcc 2.0-1: the introductions and
# first chapters of eighteen books; C. I. Scofield's 1917 reference notes, sword-comm-scofield
# 2.1-1: the introductions and notes of eleven Old Testament books) and one page of the Biblestudy
# HowTo as Debian's bibletime-data 3.0.3-3 ships it; none is stored in the repository. This script
# downloads the three pinned archives with apt-get download, checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: a SWORD module's blocks made plain text (kind "sword") or the prose of a saved HTML page as
# Markdown (kind "html"), from its curation's start to (not including) its end (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $TEDDER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${TEDDER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
