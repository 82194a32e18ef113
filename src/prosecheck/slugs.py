"""Heading anchors as Markdown hosts generate them."""

from __future__ import annotations

import re

from prosecheck.lazyre import lazy
import unicodedata

# GitHub (github-slugger): lower-case, drop everything that is not a letter, mark, number,
# connector punctuation, space or hyphen; each space becomes a hyphen. Python's \w has no marks
# (the U+FE0F of an emoji, Devanagari vowel signs), so those are kept by category.
_GITHUB_DROP = lazy(r"[^\w\- ]", re.UNICODE)


def _keep(ch: str) -> str:
    return ch if unicodedata.category(ch).startswith("M") else ""


# The same drop for ASCII text, as the bytes to delete (\w is [A-Za-z0-9_] there): bytes.translate
# deletes them in C, where the pattern tested each character's class (and str.translate looks each
# distinct character up in a dict on every call).
_GITHUB_DROP_ASCII = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) in "_- "))


def github_slug(text: str) -> str:
    lowered = text.strip().lower()
    if lowered.isascii():
        return lowered.encode().translate(None, _GITHUB_DROP_ASCII).decode().replace(" ", "-")
    return _GITHUB_DROP.sub(lambda m: _keep(m.group()), lowered).replace(" ", "-")


# GitLab collapses runs of hyphens and strips them at the ends.
def gitlab_slug(text: str) -> str:
    slug = re.sub(r"[^\w\- ]", "", text.strip().lower())
    slug = re.sub(r"[ -]+", "-", slug)
    return slug.strip("-")


SLUGGERS = {"github": github_slug, "gitlab": gitlab_slug}


class SlugCounter:
    """Makes anchors unique as github-slugger does: the second "Usage" is "usage-1"."""

    def __init__(self, slugger=github_slug) -> None:
        self._slugger = slugger
        self._occurrences: dict[str, int] = {}

    def __call__(self, text: str) -> str:
        original = slug = self._slugger(text)
        while slug in self._occurrences:
            self._occurrences[original] += 1
            slug = f"{original}-{self._occurrences[original]}"
        self._occurrences[slug] = 0
        return slug
