"""Links (``LK``): links and images whose destination is empty, missing, malformed or undefined.

Everything is offline: external addresses (``https:``, ``mailto:``, any ``scheme:`` and
``//host``) are never fetched, only checked for shape (LK106). Local destinations are looked up
on disk, relative to the document's folder or, for ``/path``, to the project root (LK102), and
their ``#fragment`` is matched against the headings and anchors of the target (LK103). Reference
links are checked for a definition (LK104) and definitions for a use (LK105).

The check reads the Document only; a linked Markdown file is parsed with
:func:`prosecheck.document.parse` once per process and only its anchors are kept.
"""

from __future__ import annotations

import os
import re
import weakref
from functools import cached_property, lru_cache
from typing import Optional

from prosecheck.lazyre import lazy
from prosecheck import overlay
from prosecheck.check import Check, Code, Context, Option
from prosecheck.checks.link_fixes import fragment_fix
from prosecheck.dialects.anchors import autoref, document_file, extra_anchors, included_definitions, project_url, site_target
from prosecheck.document import MARKDOWN_SUFFIXES, reference_key
from prosecheck.fixes import with_fix
from prosecheck.hookspecs import hookimpl
from prosecheck.sentences import CITATION_LABEL_RE, PLACEHOLDER
from prosecheck.slugs import SlugCounter, gitlab_slug


def unquote(text: str) -> str:
    """``urllib.parse.unquote``, imported only for a text with a "%": it returns any other text
    as it is, and urllib.parse (with the ipaddress module it imports) is about 10 M instructions
    of every start (issue 14, sixty-third session)."""
    if "%" not in text:
        return text
    from urllib.parse import unquote as percent_decoded

    return percent_decoded(text)

_SCHEME_RE = lazy(r"([A-Za-z][A-Za-z0-9+.\-]*):")
# Backslash escapes and entities, which Markdown resolves in a destination before it is a URL.
_UNESCAPE_RE = lazy(r"\\([!-/:-@\[-`{-~])|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Schemes whose URL must be ``scheme://host...``.
_HOST_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "sftp", "ws", "wss"})
_WEB = ("http", "https")
# ``www.example.com`` or ``github.com/x`` written without a scheme: on GitHub, a relative path.
_WWW_RE = lazy(r"www\.[A-Za-z0-9\-]+\.[A-Za-z]", re.I)
_DOMAIN_RE = lazy(r"(?:[A-Za-z0-9\-]+\.)+(?:com|org|net|io|edu|gov|dev)(?:[/:?#]|$)", re.I)
_SPACE_RE = lazy(r"\s")
#: An address's authority: what follows "//" up to the path, query or fragment. Matched from
#: "//", where ``re.split(r"[/?#]", ...)[0]`` looked the pattern up in re's cache and copied the
#: rest of the address first, for every link.
_AUTHORITY_RE = lazy(r"[^/?#]*")
_NO_COLON_RE = lazy(r"(https?|ftp)//", re.I)
#: A well-formed web address, as most links are: "http" or "https", "://", a host name of labels
#: joined by single dots, a port of digits, then a path, query or fragment without white space.
#: LK106 finds nothing in such an address and no external address is fetched, so a link that
#: matches is done with in one match, not the dozen steps of ``_malformed`` and the scheme's
#: second match. ``tests/test_check_links.py`` holds ``_malformed`` None for every match.
_PLAIN_WEB_RE = lazy(r"https?://[A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)*+(?::[0-9]++)?+(?:[/?#]\S*+)?+")
# GitHub's line anchors: #L10, #L10-L20, #L10C5-L12C1.
_LINE_ANCHOR_RE = lazy(r"L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?")
# A range in a regular expression's character class: [a-z], [0-9], [\\w.-].
_CHAR_CLASS_RE = lazy(r"[a-zA-Z0-9]-[a-zA-Z0-9](?![a-zA-Z0-9])|\\[dwsDWS]")
# ``<http://a b>`` in text: not an autolink (autolinks hold no spaces), so Markdown left it as text.
# "<scheme:...>" on one line; whether it holds a space is tested after the match, since a pattern
# that looks for the space itself backtracks quadratically on a long line with no ">".
_BROKEN_AUTOLINK_RE = lazy(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\n]*)>")
# ``[text](http://a b)``: no link either (a destination with spaces needs ``<...>``).
_BROKEN_INLINE_RE = lazy(r"\]\(((?:https?|ftp)://[^\s()<>]*[ \t]+[^\s\"'()<>][^()<>\n]*?)\)", re.I)


class Links(Check):
    name = "links"
    codes = {
        "LK101": Code("link or image with an empty destination", "error"),
        "LK102": Code("link or image to a local file or folder that does not exist", "error"),
        "LK103": Code("link to a #fragment that matches no heading or anchor", "error"),
        "LK104": Code("reference link or image whose label is not defined", "error"),
        "LK105": Code("link reference definition that no link uses", "info"),
        "LK106": Code("malformed URL", "warning"),
    }
    options = {
        "root": Option("str", "", "folder that /root-relative destinations start from, relative to the "
                       "project root (default: the project root itself)"),
        "anchor_style": Option("str", "github", "how headings become anchors: the host's rules",
                               choices=("github", "gitlab")),
        "check_anchors": Option("bool", True, "check #fragments against headings and anchors (LK103)"),
        "ignore": Option("list[str]", [], "regular expressions; a destination that one of them matches "
                         "(re.search) is not checked"),
    }

    def check(self, doc, options, context):
        ignore = _compile_ignore(tuple(options.get("ignore") or ()))
        state = _State(doc, options, context)
        for link in doc.links:
            dest = link.destination.strip()
            if ignore is not None and ignore.search(dest):
                continue
            found = _check_link(doc, link, dest, options, state)
            if found is not None:
                code, message, *suggestion = found
                yield with_fix(doc.diagnostic(code, message, link.offset),
                               fragment_fix(doc, link, suggestion[0]) if suggestion else None)
        yield from _unresolved(doc)
        yield from _missing_includes(doc, state)
        yield from _missing_documents(doc, state)
        yield from _unused_definitions(doc)
        yield from _broken_in_text(doc, ignore)


@lru_cache(maxsize=32)
def _compile_ignore(patterns: tuple) -> Optional[re.Pattern]:
    if not patterns:
        return None
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise ValueError(f"links.ignore: {p!r} is not a valid regular expression ({exc})") from None
    return re.compile("|".join(f"(?:{p})" for p in patterns))


class _State:
    """Per-document facts computed only when a link needs them."""

    def __init__(self, doc, options, context) -> None:
        self.doc = doc
        self.style = options.get("anchor_style") or "github"
        self.context = context
        self.options = options
        self._own_anchors: Optional[frozenset] = None

    @cached_property
    def folder(self) -> str:
        if self.doc.filename:
            return os.path.dirname(os.path.abspath(self.doc.filename))
        return os.getcwd()

    @cached_property
    def project(self) -> str:
        return os.path.abspath(self.context.root or ".")

    @cached_property
    def root(self) -> str:
        """Where ``/path`` starts: the project root, or the ``root`` option below it."""
        extra = self.options.get("root") or ""
        return os.path.normpath(os.path.join(self.project, extra)) if extra else self.project

    def depend(self, path: str) -> None:
        """Tell the result cache this document's result depends on ``path`` (there or not)."""
        deps = getattr(self.doc, "dependencies", None)
        if deps is not None and self.doc.filename:
            deps.add(path)

    def own_anchors(self) -> frozenset:
        if self._own_anchors is None:
            self._own_anchors = _own_anchors(self.doc, self.style)
        return self._own_anchors

    def shown(self, path: str) -> str:
        """``path`` relative to the project root, as a reader finds it (quoted as git quotes
        names when odd: it was percent-decoded from a document and may hold a newline)."""
        from prosecheck.escaping import quote_path

        try:
            rel = os.path.relpath(path, self.project)
        except ValueError:
            rel = path
        return quote_path(rel.replace(os.sep, "/"))

    @cached_property
    def allowed(self) -> tuple:
        """Folders whose files links may be looked up in: the project (and, for a document the user
        named outside it, that document's folder), resolved; empty when anything goes."""
        if getattr(self.context, "allow_outside_root", False):
            return ()
        from prosecheck.files import inside

        real_project = _realpath(self.project, self.doc)
        folder = _realpath(self.folder, self.doc)
        return (real_project,) if inside(folder, real_project) else (real_project, folder)

    def may_look_at_path(self, target: str) -> bool:
        """Like :meth:`may_look_at`, by the path's spelling alone (no link resolved, no stat)."""
        from prosecheck.files import inside

        if not self.allowed:
            return True
        folders = (self.project,) if len(self.allowed) == 1 else (self.project, self.folder)
        return any(inside(target, folder) for folder in folders)

    def may_look_at(self, target: str) -> bool:
        """Whether ``target`` (symbolic links resolved) lies where links may be looked up."""
        if not self.allowed:
            return True
        from prosecheck.files import inside

        real = _realpath(target, self.doc)
        return any(inside(real, folder) for folder in self.allowed)


#: Folder -> its real path, for one document: the links of a document point into few folders, and
#: os.path.realpath asks the file system about every part of a path (an lstat each) every time.
#: Kept for one document only (``_REAL_OWNER``, a weak reference to it), never across documents:
#: a long-lived process (the language server) sees folders replaced by symbolic links between
#: two lints, and a stale answer would let a link look outside the project.
_REAL_FOLDERS: dict = {}
_REAL_OWNER = None


def _realpath(path: str, doc=None) -> str:
    """``os.path.realpath(path)`` for an absolute, normalised ``path``: its folder's real path
    (found once per document ``doc``; every time when no document is given) joined with its last
    part, which is resolved only when it is itself a symbolic link (one lstat)."""
    global _REAL_OWNER
    folder, name = os.path.split(path)
    if not name or name in (".", "..") or not folder or doc is None:
        return os.path.realpath(path)
    if _REAL_OWNER is None or _REAL_OWNER() is not doc:
        _REAL_FOLDERS.clear()
        _REAL_OWNER = weakref.ref(doc)
    real = _REAL_FOLDERS.get(folder)
    if real is None:
        if len(_REAL_FOLDERS) >= 4096:
            _REAL_FOLDERS.clear()
        real = _REAL_FOLDERS[folder] = os.path.realpath(folder)
    if os.path.islink(path):
        return os.path.realpath(path)
    return os.path.join(real, name)


# --- one link -------------------------------------------------------------------------------------


class _AnyLink:
    kind = "link"


def is_broken(doc, destination: str, context) -> bool:
    """True when this check would report a link to ``destination`` in ``doc`` (LK101, LK102,
    LK103 or LK106), with the links options of the run. Other checks use it to decide whether a
    link can count as a source."""
    options = {name: opt.default for name, opt in Links.options.items()}
    options.update(((getattr(context, "all_options", None) or {}).get("links")) or {})
    context = context if context is not None else Context()
    return _check_link(doc, _AnyLink, destination.strip(), options, _State(doc, options, context)) is not None



def _check_link(doc, link, dest: str, options, state: _State) -> Optional[tuple[str, str]]:
    what = "image" if link.kind == "image" else "link"
    if dest in ("", "#"):
        shown = f'"{dest}"' if dest else "nothing"
        return "LK101", (f"this {what} points to {shown}: add the address it should go to, "
                         f"or remove the {what}")
    url = project_url(doc, _unescape(dest))  # MyST's "project:path" is a path
    if _PLAIN_WEB_RE.fullmatch(url):
        return None  # well formed and external
    malformed = _malformed(url, dest, state)
    if malformed:
        return "LK106", malformed
    if url.startswith("//") or _SCHEME_RE.match(url):
        return None  # external: never fetched
    path, query, fragment = _split(url)
    if not path:  # "#fragment" or "?query" alone: this document
        if fragment and options.get("check_anchors", True):
            return _fragment_problem(fragment, query, state.own_anchors(), f'"{dest}"', "this document",
                                     state.style, doc)
        return None
    if doc.filename and "://" in doc.filename:
        return None  # read from a URL (executors/urls.py): its neighbours are there, not on this disk
    decoded = unquote(path)
    if decoded.startswith("/"):
        target = os.path.normpath(os.path.join(state.root, decoded.lstrip("/")))
    else:
        target = os.path.normpath(os.path.join(state.folder, decoded))
    if decoded.startswith("../") and _is_github_route(target, state):
        return None
    if not state.may_look_at(target):
        # Outside the project: not ours to probe (docs/security.md), so the answer must not depend
        # on what is there. A path that climbs out is reported; one through a link is let be.
        if state.may_look_at_path(target):
            return None
        return "LK102", (f'"{dest}" points outside the project (to {state.shown(target)}), where '
                         f"prosecheck does not look: fix the path, or pass --allow-outside-root")
    state.depend(target)
    try:
        st = os.stat(target)
    except (OSError, ValueError):
        served = site_target(doc, decoded)  # a site URL, as MkDocs serves pages: "../page/"
        if served is None:
            return "LK102", (f'"{dest}" does not exist (looked for {state.shown(target)}): '
                             f"fix the path or remove the {what}")
        if not served:
            return None  # the site resolves it itself (a Sphinx label or object)
        target = served
        state.depend(target)
        st = os.stat(target)
    if not fragment or not options.get("check_anchors", True):
        return None
    if not target.lower().endswith(MARKDOWN_SUFFIXES + (".mdx",)):
        return None  # fragments into code, HTML or folders are not checked
    if doc.filename and os.path.abspath(doc.filename) == target:
        anchors = state.own_anchors()
    else:
        anchors = _open_anchors(target, state.style)  # a buffer open in an editor wins
        if anchors is None:
            anchors = _target_anchors(target, st.st_mtime_ns, st.st_size, state.style)
        if anchors is None:
            return None
    name = os.path.basename(target)
    return _fragment_problem(fragment, query, anchors, f'"{dest}"', name, state.style, doc)


# Pages of a GitHub repository beside its files: from /owner/repo/blob/main/README.md,
# "../../issues" is /owner/repo/issues.
_GITHUB_ROUTES = frozenset({
    "issues", "pulls", "pull", "wiki", "releases", "actions", "discussions", "compare", "security",
    "graphs", "commits", "commit", "tree", "blob", "raw", "tags", "branches", "projects", "milestones",
    "labels", "network", "pulse", "stargazers", "watchers", "forks", "contributors", "settings",
})


def _is_github_route(target: str, state: "_State") -> bool:
    """True when ``target`` climbs exactly two folders above the project root into a GitHub page."""
    try:
        rel = os.path.relpath(target, state.project).replace(os.sep, "/")
    except ValueError:
        return False
    parts = rel.split("/")
    return len(parts) >= 3 and parts[0] == ".." and parts[1] == ".." and parts[2] in _GITHUB_ROUTES


def _unescape(dest: str) -> str:
    if "\\" not in dest and "&" not in dest:
        return dest
    import html  # here: its entity table costs a one-file run 2 ms to import, and few links need it

    return _UNESCAPE_RE.sub(lambda m: m.group(1) if m.group(1) else html.unescape(m.group()), dest)


def _split(url: str) -> tuple[str, str, str]:
    path, _, fragment = url.partition("#")
    path, _, query = path.partition("?")
    return path, query, fragment


# --- LK106 ----------------------------------------------------------------------------------------


def _malformed(url: str, dest: str, state: _State) -> Optional[str]:
    m = _SCHEME_RE.match(url)
    if m is None:
        if url.startswith("//"):
            host = _AUTHORITY_RE.match(url, 2).group()
            if not host:
                return f'"{dest}" has no host name after "//": write the full address, e.g. "https://example.com/"'
            return None
        m2 = _NO_COLON_RE.match(url)
        if m2:
            fixed = f"{m2.group(1)}://{url[m2.end():]}"
            return f'"{dest}" lacks the colon after "{m2.group(1)}", so it is read as a file path: write "{fixed}"'
        if _WWW_RE.match(url) or _DOMAIN_RE.match(url):
            if not _exists_locally(url, state):
                return (f'"{dest}" has no scheme, so it is read as a file path next to this document: '
                        f'write "https://{url}"')
        return None
    scheme = m.group(1).lower()
    rest = url[m.end():]
    if scheme not in _HOST_SCHEMES and scheme not in _KNOWN_SCHEMES:
        near = _near_web_scheme(scheme)
        if near:
            tail = rest if rest.startswith("//") else "//" + rest.lstrip("/")
            return f'"{dest}" has a misspelt scheme "{m.group(1)}:": write "{near}:{tail}"'
        return None
    if scheme in _HOST_SCHEMES:
        if _SPACE_RE.search(url):
            return (f'"{dest}" contains a space, which no address may hold: replace it by "%20" '
                    f"or remove it")
        if not rest.startswith("//"):
            fixed = f"{m.group(1)}://{rest.lstrip('/')}"
            return f'"{dest}" needs two slashes after "{m.group(1)}:": write "{fixed}"'
        authority = _AUTHORITY_RE.match(rest, 2).group()
        host = authority.rpartition("@")[2]
        if host.startswith("["):  # IPv6 literal
            host = host.partition("]")[0] + "]"
        else:
            host = host.partition(":")[0]
        if not host or host == "]":
            return f'"{dest}" has no host name after "{m.group(1)}://": write the full address'
        after = rest[2 + len(authority):]
        if host.lower() in _WEB and authority.endswith(":") and after.startswith("//"):
            return f'"{dest}" repeats the scheme: write "{host.lower()}:{after}"'
        if ".." in host:
            return f'"{dest}" has an empty part in its host name "{host}": fix the host name'
    elif scheme == "mailto" and not rest.strip():
        return f'"{dest}" names no e-mail address: add one after "mailto:" or remove the link'
    return None


# Schemes people really use; a scheme outside them that is one typo away from http(s) is a typo.
_KNOWN_SCHEMES = frozenset({
    "mailto", "tel", "data", "javascript", "file", "irc", "ircs", "ssh", "git", "svn", "news", "nntp",
    "xmpp", "sms", "geo", "magnet", "urn", "about", "chrome", "vscode", "slack", "spotify", "steam",
    "market", "itms", "itms-apps", "s3", "gs", "hdfs", "ipfs", "ipns", "npm", "docker", "blob",
    "ftp", "ftps", "sftp", "ws", "wss", "hxxp", "hxxps", "http", "https", "smb", "ldap", "rtsp",
})


def _near_web_scheme(scheme: str) -> Optional[str]:
    if not 3 <= len(scheme) <= 6 or not scheme.isalpha():
        return None
    for good in ("https", "http"):
        if _one_edit(scheme, good):
            # "htps" is one edit from both; prefer the one with the same "s" ending.
            if good == "https" and not scheme.endswith("s") and _one_edit(scheme, "http"):
                return "http"
            return good
    return None


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` differs from ``b`` by one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return True
    return False


def _exists_locally(url: str, state: _State) -> bool:
    path = os.path.normpath(os.path.join(state.folder, unquote(_split(url)[0])))
    if not state.may_look_at(path):
        return False
    state.depend(path)
    return os.path.exists(path)


# --- LK103 ----------------------------------------------------------------------------------------


def _fragment_problem(fragment: str, query: str, anchors: frozenset, shown: str, where: str, style: str,
                      doc=None):
    """GitHub finds a fragment whatever its case (its page script does); GitLab needs the exact case.
    ``doc``: the document the link is in, which keeps the suggestions worked out for it."""
    frag = unquote(fragment)
    key = frag
    if style == "github":
        key = frag.lower()
        if key.startswith("user-content-"):  # GitHub prefixes the ids it renders
            key = key[len("user-content-"):]
    if key in anchors or key == "top" or not key:
        return None
    if _LINE_ANCHOR_RE.fullmatch(frag) and "plain=1" in query:
        return None
    hint = ""
    close = _close_anchors(key, _suggestion_candidates(key, anchors), doc)
    if close:
        hint = f' (did you mean "#{close[0]}"?)'
    # Exactly one close anchor: the fix may replace the fragment by it (see link_fixes.py).
    single = (close[0],) if len(close) == 1 else ()
    if where == "this document":
        return ("LK103", (f"{shown} matches no heading or anchor in this document{hint}: "
                          f"fix the fragment or add the anchor")) + single
    return ("LK103", (f"{shown} names an anchor that {where} does not have{hint}: "
                      f"fix the fragment or add the anchor")) + single


def _close_anchors(key: str, candidates, doc) -> list:
    """The anchors most like ``key`` among ``candidates`` (at most two), kept per document: a
    broken fragment is asked about again by every other link to it and by the checks that ask
    :func:`is_broken` once per link, and difflib's comparisons are Python loops over both strings
    (a tenth of a millisecond to milliseconds per fragment). Kept with the document, as its
    anchors are (so as long as it lives, and no longer); ``candidates`` (a frozenset, or the tuple
    ``_near_anchors`` keeps) is part of the key, hashed once."""
    memo = doc.__dict__.setdefault("_links_close", {}) if doc is not None else {}
    found = memo.get((key, candidates))
    if found is None:
        import difflib  # only when an anchor is missing: 1 ms at start-up otherwise

        found = memo[(key, candidates)] = difflib.get_close_matches(key, candidates, n=2, cutoff=0.75)
    return found


_SUGGESTION_LIMIT = 300


def _suggestion_candidates(key: str, anchors: frozenset):
    """Anchors worth comparing with ``key``: all of them in a usual document; in one with
    thousands, those of a length that can reach the 0.75 similarity (at most 300 of them, starting
    with ``key``'s first letter), so a long document's broken fragments cost no quadratic time."""
    if len(anchors) <= _SUGGESTION_LIMIT:
        return anchors
    return _near_anchors(anchors, len(key), key[:1])


@lru_cache(maxsize=256)
@lru_cache(maxsize=64)  # per (anchor set, length, first letter): a page with many broken fragments
def _near_anchors(anchors: frozenset, length: int, first: str) -> tuple:  # sorted its anchors per link
    low, high = 0.6 * length, 1.7 * length
    near = [a for a in anchors if low <= len(a) <= high]
    if len(near) > _SUGGESTION_LIMIT:
        near.sort(key=lambda a: (a[:1] != first, abs(len(a) - length), a))
        del near[_SUGGESTION_LIMIT:]
    return tuple(near)


def _own_anchors(doc, style: str) -> frozenset:
    """The document's anchors, computed once per document and style: other checks ask
    :func:`is_broken` once per link, and a long document has thousands of links."""
    cache = doc.__dict__.setdefault("_links_anchors", {})
    found = cache.get(style)
    if found is None:
        found = cache[style] = _anchors_of(doc, style)
    return found


def _anchors_of(doc, style: str) -> frozenset:
    """Every fragment that reaches into ``doc`` (lower-cased for GitHub, which ignores case)."""
    if style == "gitlab":
        slug = SlugCounter(gitlab_slug)
        found = {slug(h.text) for h in doc.headings}
        found.update(slug(text) for text, _ in doc.html_headings)
        found.update(h.explicit_id for h in doc.headings if h.explicit_id)
        found.update(doc.html_ids)
    else:
        found = set(doc.anchors)  # headings (Markdown and HTML), {#id}, HTML id and name
    # Footnote ids as GitHub, markdown-it and Python-Markdown make them. The labels of footnote
    # references count too (Markdown makes a reference only when the footnote exists), in case a
    # Document without footnote_labels comes along.
    labels = set(doc.footnote_labels)
    labels.update(ref.label for ref in doc.footnote_refs)
    for label in labels:
        found.update((f"fn-{label}", f"fnref-{label}", f"fn:{label}", f"fnref:{label}"))
    for i in range(1, len(labels) + 1):
        found.update((f"fn{i}", f"fnref{i}", f"fn-{i}", f"fnref-{i}"))
    extra = extra_anchors(doc)  # the dialect's: attribute ids, its slug style, included files
    if extra is None:
        return _ANY_ANCHOR
    found.update(extra)
    if style == "github":
        return frozenset(a.lower() for a in found)
    return frozenset(found)


_OPEN_TARGETS: dict = {}


def _open_anchors(path: str, style: str) -> Optional[frozenset]:
    """Anchors of ``path`` as its buffer open in the language server holds it (None: not open)."""
    text = overlay.text_of(path)
    if text is None:
        return None
    key = (path, style, len(text), hash(text))  # a str caches its hash: cheap on every lint
    hit = _OPEN_TARGETS.get(key)
    if hit is None:
        from prosecheck.document import parse

        try:
            hit = _anchors_of(parse(path, text, markdown=True, filename=path), style)
        except RecursionError:
            hit = frozenset()
        if len(_OPEN_TARGETS) > 256:
            _OPEN_TARGETS.clear()
        _OPEN_TARGETS[key] = hit
    return hit
class _AnyAnchor(frozenset):
    """The anchors of a page whose anchors cannot be known from its source: any fragment."""

    def __contains__(self, item) -> bool:
        return True


_ANY_ANCHOR = _AnyAnchor()


# path -> (mtime_ns, size, style, anchors or None): a target linked from many documents is parsed once.
_TARGETS: dict = {}


def _target_anchors(path: str, mtime_ns: int, size: int, style: str) -> Optional[frozenset]:
    hit = _TARGETS.get((path, style))
    if hit is not None and hit[0] == mtime_ns and hit[1] == size:
        return hit[2]
    anchors = None
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        data = None
    if data is not None:
        from prosecheck.decoding import decode
        from prosecheck.document import parse

        text, _ = decode(data)
        if text is not None:
            try:
                anchors = _anchors_of(parse(path, text, markdown=True, filename=path), style)
            except RecursionError:
                anchors = None
    if len(_TARGETS) > 4096:
        _TARGETS.clear()
    _TARGETS[(path, style)] = (mtime_ns, size, anchors)
    return anchors


def _missing_includes(doc, state: _State):
    """LK102 on a file the page includes (``--8<-- "file"``, MyST's include) that does not exist."""
    facts = getattr(doc, "dialect_facts", None)
    for inc in facts.includes if facts is not None else ():
        if inc.path is None and inc.offset >= 0:
            looked = " or ".join(state.shown(p) for p in inc.looked_in[:3])
            yield doc.diagnostic("LK102", f'the included file "{inc.written}" does not exist (looked for '
                                          f"{looked}): fix the file name or remove the line", inc.offset)


def _missing_documents(doc, state: _State):
    """LK102 on a MyST ``{doc}`name``` role whose document does not exist."""
    facts = getattr(doc, "dialect_facts", None)
    for name, offset in facts.doc_roles if facts is not None else ():
        base = os.path.dirname(facts.site.config_path or "") if name.startswith("/") else state.folder
        path = os.path.normpath(os.path.join(base, name.strip("/")))
        if not state.may_look_at_path(path) or document_file(doc, name) is not None:
            continue  # outside the project: not ours to probe
        for suffix in (".md", ".rst", ".ipynb"):
            state.depend(path + suffix)
        shown = state.shown(path)
        yield doc.diagnostic("LK102", f'{{doc}}`{name}` names a document that does not exist (looked for '
                                      f"{shown}.md, .rst or .ipynb): fix the name", offset)


# --- LK104, LK105 ---------------------------------------------------------------------------------


def _unresolved(doc):
    text = doc.text
    included = included_definitions(doc) if doc.unresolved_references else ()
    for ref in doc.unresolved_references:
        label = ref.label
        if label.startswith("^"):  # footnotes, not links
            continue
        if included and reference_key(label) in included:
            continue  # defined in a file the site includes in this page (snippets)
        if autoref(doc, label):
            continue  # [title][package.Class]: mkdocs-autorefs links it to the site's object
        before = text[ref.offset - 1] if ref.offset > 0 else ""
        if before.isalnum() or before in "_])":  # a[0][1]: indexing, not a reference
            continue
        if not label.strip() or label.lstrip()[0] in ",|":  # f([a][, b]): an optional argument
            continue
        if before.strip() and CITATION_LABEL_RE.fullmatch(ref.text) and CITATION_LABEL_RE.fullmatch(label):
            continue  # "in 1990.[9][10]", "[note 1][citation needed]": citation markers, not a link
        shown = f"[{ref.text}][{ref.label}]"
        if ref.label == ref.text and text.startswith(f"[{ref.text}][]", ref.offset):
            shown = f"[{ref.text}][]"
        after = ref.offset + len(shown)
        if _CHAR_CLASS_RE.search(ref.text + "\n" + label) or text.startswith("{", after):
            continue  # [a-zA-Z_][a-zA-Z0-9_]{0,31}: a regular expression
        yield doc.diagnostic(
            "LK104",
            f'"{shown}" uses the label "{label}", which no definition in this document has: '
            f'add "[{label}]: <address>" or fix the label',
            ref.offset,
        )


def _unused_definitions(doc):
    if not doc.references and not doc.duplicate_references:
        return
    # Link.label is the label as written ([`x`] gives "`x`"), as Markdown matches it.
    used = {reference_key(link.label) for link in doc.links if link.label is not None}
    for key, ref in doc.references.items():
        if key in used or _is_comment(ref):
            continue
        yield doc.diagnostic(
            "LK105",
            f'the link definition "[{ref.label}]" is never used: link to it or remove it',
            ref.offset,
        )
    for ref in doc.duplicate_references:
        if _is_comment(ref):
            continue
        first = doc.references.get(ref.key)
        where = f" on line {first.line}" if first is not None else ""
        yield doc.diagnostic(
            "LK105",
            f'the link definition "[{ref.label}]" repeats a label already defined{where}, so Markdown '
            f"ignores it: remove it or give it a label of its own",
            ref.offset,
        )


def _is_comment(ref) -> bool:
    """``[//]: # (note)`` and ``[comment]: <> (note)``: the usual way to hide a comment."""
    return ref.destination.strip() in ("", "#") or ref.label.strip() in ("//", "_", "#")


# --- LK106 in text that Markdown did not make a link ----------------------------------------------


def _broken_in_text(doc, ignore):
    """``<http://a b>`` and ``[text](http://a b)``: meant as links, left as text by Markdown."""
    text = doc.text
    for block in doc.blocks:
        prose = block.prose
        if PLACEHOLDER not in prose:
            continue
        i = prose.find("<" + PLACEHOLDER)
        while i >= 0:
            s = block.source_offset(i)
            m = _BROKEN_AUTOLINK_RE.match(text, s)
            if m and not any(c.isspace() for c in m.group(1)):
                m = None
            if m and (ignore is None or not ignore.search(m.group(1))):
                url = m.group(1)
                yield doc.diagnostic(
                    "LK106",
                    f'"<{url}>" is not a link because the address contains a space: '
                    f'replace the space by "%20" or remove it',
                    s,
                )
            i = prose.find("<" + PLACEHOLDER, i + 1)
        i = prose.find("](" + PLACEHOLDER)
        while i >= 0:
            s = block.source_offset(i)
            m = _BROKEN_INLINE_RE.match(text, s)
            if m and (ignore is None or not ignore.search(m.group(1))):
                j = prose.rfind("[", 0, i)
                start = block.source_offset(j) if j >= 0 else s
                if start > 0 and text[start - 1] == "!":
                    start -= 1
                url = m.group(1)
                yield doc.diagnostic(
                    "LK106",
                    f'"{url}" is not a link because the address contains a space: replace the space '
                    f'by "%20", or write the address in angle brackets "(<{url}>)"',
                    start,
                )
            i = prose.find("](" + PLACEHOLDER, i + 1)


@hookimpl
def prosecheck_checks():
    return [Links()]
