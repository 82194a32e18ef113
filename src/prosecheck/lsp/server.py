"""The language server: open documents linted by the runner, results published as diagnostics.

Each open document is linted on open and save at once, and on change after a short pause
(``debounce_ms``, 25 by default) so that typing is not slowed by lints nobody sees. Lints run one
at a time on a worker thread, so hovers and code actions are answered while a long document is
checked. Documents under the same configuration (and client settings) form a group: cross-file
checks see the summaries of every open document of the group, and a change to one republishes
whichever of the others changed. Groups never share results, so nothing leaks between workspaces.
"""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import unquote
from dataclasses import dataclass, field
from typing import Optional

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from prosecheck import __version__, overlay
from prosecheck.diagnostics import Diagnostic
from prosecheck.document import parse
from prosecheck.lsp import actions, convert
from prosecheck.lsp.projects import ClientSettings, Project, Projects
from prosecheck.picky import visible
from prosecheck.plugins import load_registry, set_registry
from prosecheck.runner import FileResult, enabled_checks, lint_document, reduce_results

log = logging.getLogger(__name__)

CONFIG_NAMES = ("pyproject.toml", ".prosecheck.toml")
ADD_WORD = "prosecheck.addWord"
CONFIG_CODE = "PC000"  # what a configuration problem is published as, at line 1


@dataclass
class Snapshot:
    """One open document as it was when a lint started (the editor may change it meanwhile)."""

    uri: str
    path: str
    version: Optional[int]
    text: str  # newlines as \n
    markdown: Optional[bool]


@dataclass
class Published:
    version: Optional[int]
    lines: list
    diagnostics: list = field(default_factory=list)  # prosecheck Diagnostics
    project: Optional[Project] = None


class ProsecheckServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("prosecheck-ls", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.registry = load_registry()
        set_registry(self.registry)
        self.projects = Projects(self.registry)
        self.debounce = 0.025
        self.init_settings = ClientSettings()
        self.folder_settings: dict[str, ClientSettings] = {}
        self.results: dict[str, tuple] = {}  # uri -> (version, project, FileResult)
        self.published: dict[str, Published] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.worker = ThreadPoolExecutor(1, thread_name_prefix="prosecheck-lint")

    # --- where a document belongs ---------------------------------------------------------------
    def folder_of(self, path: str) -> Optional[str]:
        """The workspace folder holding ``path`` (the deepest one), as a file system path."""
        best = None
        try:
            folders = [to_fs_path(f.uri) for f in self.workspace.folders.values()]
            if self.workspace.root_path and not folders:
                folders = [self.workspace.root_path]
        except RuntimeError:
            folders = []
        for folder in folders:
            if folder and (path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)):
                if best is None or len(folder) > len(best):
                    best = folder
        return best

    def client_settings(self, path: str) -> ClientSettings:
        folder = self.folder_of(path)
        found = self.folder_settings.get(folder or "")
        if found is not None and found.says_anything:
            return found
        glob = self.folder_settings.get("")
        if glob is not None and glob.says_anything:
            return glob
        return self.init_settings

    def project_of(self, path: str) -> Project:
        return self.projects.for_file(path, self.folder_of(path), self.client_settings(path))

    def document(self, uri: str):
        """The open document ``uri`` names; pygls keys them by the unquoted URI ("%40" -> "@"),
        while a client may send either form."""
        return self.workspace.text_documents.get(unquote(uri))

    def open_uris(self) -> list:
        """The URIs of the open documents, as the client wrote them."""
        return [doc.uri for doc in list(self.workspace.text_documents.values())]

    def snapshot(self, uri: str) -> Optional[Snapshot]:
        doc = self.document(uri)
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if doc is None or path is None:
            return None
        uri = doc.uri
        text = doc.source
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        markdown = {"markdown": True, "plaintext": False}.get(doc.language_id or "")
        return Snapshot(uri, os.path.abspath(path), doc.version, text, markdown)

    # --- linting --------------------------------------------------------------------------------
    def schedule(self, uri: str, delay: float) -> None:
        key = unquote(uri)
        old = self.pending.pop(key, None)
        if old is not None:
            old.cancel()
        self.pending[key] = asyncio.ensure_future(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
        except asyncio.CancelledError:
            return
        if self.pending.get(unquote(uri)) is asyncio.current_task():
            del self.pending[unquote(uri)]
        try:
            await self.lint(uri)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # never lose a lint silently: the editor's log shows why
            log.exception("prosecheck-ls: linting %s failed", uri)
            self.window_log_message(types.LogMessageParams(types.MessageType.Error,
                                                           f"prosecheck: linting {uri} failed: {exc!r}"))

    async def lint(self, uri: str) -> None:
        snap = self.snapshot(uri)
        if snap is None:
            return
        project = self.project_of(snap.path)
        group = [snap]
        for other in self.open_uris():
            if unquote(other) == unquote(snap.uri):
                continue
            s = self.snapshot(other)
            if s is not None and self.project_of(s.path) is project:
                group.append(s)
        loop = asyncio.get_running_loop()
        found = await loop.run_in_executor(self.worker, self._lint_group, group, project)
        for s in group:
            if self.document(s.uri) is not None:
                self.publish(s, found.get(s.path, []), project)

    async def lint_all(self) -> None:
        for uri in self.open_uris():
            await self.lint(uri)

    def _lint_group(self, group: list, project: Project) -> dict:
        """path -> diagnostics, for every document of the group (runs on the worker thread)."""
        if project.settings is None:
            return {s.path: [Diagnostic(s.path, 1, 1, CONFIG_CODE, f"configuration error: {project.error}",
                                        "error", plugin="core")] for s in group}
        results = []
        changed = group[0].path  # the document this lint is for: others that read it are stale
        for s in group:
            cached = self.results.get(unquote(s.uri))
            if (cached is not None and cached[0] == s.version and cached[1] is project and cached[2] == s.text
                    and (s is group[0] or changed not in cached[4])):
                results.append(cached[3])
                continue
            result, dependencies = self._lint_one(s, project)
            self.results[unquote(s.uri)] = (s.version, project, s.text, result, dependencies)
            results.append(result)
        found: dict = {}
        shown, _ = visible(reduce_results(results, self.registry, project.settings), self.registry.codes, project.picky)
        for d in shown:
            found.setdefault(d.path, []).append(d)
        return found

    def _lint_one(self, s: Snapshot, project: Project) -> tuple:
        """The document's result, and the files its checks read (absolute paths)."""
        settings = project.settings
        try:
            doc = parse(s.path, s.text, markdown=s.markdown, filename=s.path)
        except RecursionError:
            result = FileResult(s.path)
            result.diagnostics = [Diagnostic(s.path, 1, 1, "PC003", "this document is nested too deeply to "
                                             "parse; it was not checked", "error", plugin="core")]
            return result, frozenset()
        result = lint_document(doc, self.registry, settings, enabled_checks(self.registry, settings.selector))
        return result, frozenset(os.path.abspath(p) for p in doc.dependencies)

    def publish(self, s: Snapshot, diagnostics: list, project: Project) -> None:
        lines = s.text.split("\n")
        old = self.published.get(unquote(s.uri))
        self.published[unquote(s.uri)] = Published(s.version, lines, diagnostics, project)
        if old is not None and old.version == s.version and old.diagnostics == diagnostics and \
                [d.fix for d in old.diagnostics] == [d.fix for d in diagnostics]:
            return  # nothing new to say
        codec = self.workspace.position_codec
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=s.uri, version=s.version, diagnostics=[convert.to_lsp(codec, lines, d) for d in diagnostics]))

    def forget(self, uri: str) -> None:
        task = self.pending.pop(unquote(uri), None)
        if task is not None:
            task.cancel()
        self.results.pop(unquote(uri), None)
        self.published.pop(unquote(uri), None)
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path:
            overlay.forget(path)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def remember_text(self, uri: str) -> None:
        snap = self.snapshot(uri)
        if snap is not None:
            overlay.set_text(snap.path, snap.text)

    # --- what a position or range touches -------------------------------------------------------
    def current(self, uri: str) -> Optional[Published]:
        found = self.published.get(unquote(uri))
        doc = self.document(uri)
        if found is None or doc is None or doc.version != found.version:
            return None  # stale: the document changed since; its fixes would land in the wrong place
        return found

    def span(self, pub: Published, d) -> tuple:
        if d.end_line is not None and d.end_col is not None and (d.end_line, d.end_col) > (d.line, d.col):
            return d.line, d.col, d.end_line, d.end_col
        return convert.extent(pub.lines, d.line, d.col)

    def char_position(self, pub: Published, pos: types.Position) -> tuple:
        p = self.workspace.position_codec.position_from_client_units(pub.lines, pos)
        return p.line + 1, p.character + 1

    def touching(self, pub: Published, start: tuple, end: tuple) -> list:
        out = []
        for d in pub.diagnostics:
            a_line, a_col, b_line, b_col = self.span(pub, d)
            if (a_line, a_col) <= end and start <= (b_line, b_col):
                out.append(d)
        return out


server = ProsecheckServer()


@server.feature(types.INITIALIZE)
def initialize(ls: ProsecheckServer, params: types.InitializeParams) -> None:
    options = params.initialization_options
    ls.init_settings = ClientSettings.from_json(options)
    if isinstance(options, dict) and isinstance(options.get("debounce_ms"), (int, float)):
        ls.debounce = max(0.0, float(options["debounce_ms"]) / 1000)


@server.feature(types.INITIALIZED)
async def initialized(ls: ProsecheckServer, params: types.InitializedParams) -> None:
    caps = ls.client_capabilities.workspace
    watch = caps and caps.did_change_watched_files and caps.did_change_watched_files.dynamic_registration
    if watch:
        watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_NAMES]
        try:
            await ls.client_register_capability_async(types.RegistrationParams(registrations=[types.Registration(
                id="prosecheck-config", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))
        except Exception as exc:  # a client that refuses: saves of open config files still reload
            log.warning("could not watch configuration files: %s", exc)
    await fetch_configuration(ls)
    for name, message in ls.registry.errors:
        ls.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"prosecheck: plugin '{name}' {message}"))


async def fetch_configuration(ls: ProsecheckServer) -> None:
    """Client settings per workspace folder (section "prosecheck"), when the client offers them."""
    caps = ls.client_capabilities.workspace
    if not (caps and caps.configuration):
        return
    folders = [("", None)] + [(to_fs_path(f.uri), f.uri) for f in ls.workspace.folders.values()]
    try:
        values = await ls.workspace_configuration_async(types.ConfigurationParams(
            items=[types.ConfigurationItem(scope_uri=uri, section="prosecheck") for _, uri in folders]))
    except Exception as exc:
        log.warning("could not read the client's settings: %s", exc)
        return
    ls.folder_settings = {path or "": ClientSettings.from_json(v) for (path, _), v in zip(folders, values or [])}


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def did_change_configuration(ls: ProsecheckServer, params: types.DidChangeConfigurationParams) -> None:
    if isinstance(params.settings, dict) and "prosecheck" in params.settings:
        ls.init_settings = ClientSettings.from_json(params.settings)
    await fetch_configuration(ls)
    await ls.lint_all()


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
async def did_change_watched_files(ls: ProsecheckServer, params: types.DidChangeWatchedFilesParams) -> None:
    ls.projects.forget()
    ls.results.clear()
    await ls.lint_all()


@server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
async def did_change_folders(ls: ProsecheckServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
    ls.projects.forget()
    await fetch_configuration(ls)
    await ls.lint_all()


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: ProsecheckServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.remember_text(params.text_document.uri)
    await ls.lint(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: ProsecheckServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.remember_text(params.text_document.uri)
    ls.schedule(params.text_document.uri, ls.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: ProsecheckServer, params: types.DidSaveTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.results.pop(unquote(uri), None)  # files it reads may have been saved too: lint it afresh
    if os.path.basename(to_fs_path(uri) or "") in CONFIG_NAMES:
        ls.projects.forget()
        ls.results.clear()
        await ls.lint_all()
        return
    ls.schedule(uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: ProsecheckServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.forget(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: ProsecheckServer, params: types.HoverParams) -> Optional[types.Hover]:
    from prosecheck.codedocs import code_doc

    pub = ls.current(params.text_document.uri)
    if pub is None:
        return None
    at = ls.char_position(pub, params.position)
    pages = []
    for d in ls.touching(pub, at, at):
        spec = ls.registry.codes.get(d.code)
        page = code_doc(d.code, spec[0] if spec else None) or f"**{d.code}**: {d.message}"
        if page not in pages:
            pages.append(page)
    if not pages:
        return None
    return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, "\n\n---\n\n".join(pages)))


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
def code_action(ls: ProsecheckServer, params: types.CodeActionParams) -> Optional[list]:
    uri = params.text_document.uri
    pub = ls.current(uri)
    if pub is None:
        return None
    codec = ls.workspace.position_codec
    start = ls.char_position(pub, params.range.start)
    end = ls.char_position(pub, params.range.end)
    out: list = []

    def action(title, d, edits=None, command=None, preferred=False):
        lsp_edits = None
        if edits is not None:
            lsp_edits = types.WorkspaceEdit(changes={uri: [
                types.TextEdit(convert.range_of(codec, pub.lines, a, b, c, e), text) for a, b, c, e, text in edits]})
        out.append(types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix,
                                    diagnostics=[convert.to_lsp(codec, pub.lines, d)], edit=lsp_edits,
                                    command=command, is_preferred=preferred or None))

    for d in ls.touching(pub, start, end):
        if d.fix is not None:
            title = d.fix.title or f"Fix {d.code}"
            if not d.fix.safe:
                title += " (check it: a guess)"
            action(title, d, [(e.line, e.col, e.end_line, e.end_col, e.text) for e in d.fix.edits],
                   preferred=d.fix.safe)
        if d.code == "SP101" and d.end_line == d.line and d.end_col:
            word = pub.lines[d.line - 1][d.col - 1: d.end_col - 1]
            if word:
                action(f"Add '{word}' to the project word list", d,
                       command=types.Command(title=f"Add '{word}' to the project word list", command=ADD_WORD, arguments=[uri, word]))
        if d.code.startswith("PC"):
            continue  # prosecheck's own failures are not to be hidden from here
        edit = actions.suppress_on_line(pub.lines, d.line, d.code)
        if edit:
            action(f"Suppress {d.code} on this line", d, [edit])
        edit = actions.ignore_in_file(pub.lines, d.code)
        if edit:
            action(f"Ignore {d.code} in this file", d, [edit])
    return out


@server.command(ADD_WORD)
async def add_word(ls: ProsecheckServer, uri: str, word: str) -> Optional[str]:
    path = to_fs_path(uri) if isinstance(uri, str) and uri.startswith("file:") else None
    if not path or not isinstance(word, str) or not word.strip() or "\n" in word:
        return None
    project = ls.project_of(os.path.abspath(path))
    if project.settings is None:
        ls.window_show_message(types.ShowMessageParams(types.MessageType.Error,
                               f"prosecheck: fix the configuration first: {project.error}"))
        return None
    words_file = project.settings.options.get("spelling", {}).get("words_file", "")
    try:
        changed = actions.add_word(word.strip(), project.root, project.config_path, words_file)
    except OSError as exc:
        ls.window_show_message(types.ShowMessageParams(types.MessageType.Error,
                               f"prosecheck: could not add '{word}' to the word list: {exc}"))
        return None
    ls.projects.forget()
    ls.results.clear()
    await ls.lint_all()
    return changed
