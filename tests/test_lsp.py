"""The language server through a real client over stdio (pytest-lsp): diagnostics, ranges,
severities, configuration found and reloaded, client settings, multi-root, open buffers read by
cross-file checks, hover, code actions (fixes, noqa, disable-file, the word list)."""

from __future__ import annotations

import ast
import asyncio
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "prosecheck.lsp.main"])


def uri(path: Path) -> str:
    return path.resolve().as_uri()


@pytest.fixture
def workspace(tmp_path):
    one = tmp_path / "one"
    two = tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / ".prosecheck.toml").write_text('select = ["SP", "LK"]\n', encoding="utf-8")
    (two / ".prosecheck.toml").write_text('select = ["LK"]\n', encoding="utf-8")
    return tmp_path


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, workspace):
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):  # VS Code accepts file watchers; so does this
        lsp_client.registrations.extend(params.registrations)

    folders = [types.WorkspaceFolder(uri(workspace / name), name) for name in ("one", "two")]
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        workspace_folders=folders,
        initialization_options={"debounce_ms": 10},
    ))
    yield
    await lsp_client.shutdown_session()


async def open_doc(client: LanguageClient, path: Path, text: str, version: int = 1) -> str:
    path.write_text(text, encoding="utf-8")
    u = uri(path)
    client.diagnostics.pop(u, None)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(u, "markdown", version, text)))
    await wait_for(client, u)
    return u


async def wait_for(client: LanguageClient, u: str, timeout: float = 20.0):
    async def wait():
        while u not in client.diagnostics:
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    await asyncio.wait_for(wait(), timeout)
    return client.diagnostics[u]


def summary(diagnostics):
    return [(d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character,
             d.severity, d.source) for d in diagnostics]


@pytest.mark.asyncio
async def test_open_publishes_diagnostics_with_ranges_and_severities(client, workspace):
    u = await open_doc(client, workspace / "one" / "a.md", "# Title\n\nSee [it](#titel) and the the end.\n")
    assert summary(client.diagnostics[u]) == [
        ("LK103", 2, 4, 2, 16, types.DiagnosticSeverity.Error, "prosecheck"),
        ("SP102", 2, 25, 2, 28, types.DiagnosticSeverity.Warning, "prosecheck"),
    ]


async def next_diagnostics(client: LanguageClient, u: str, send) -> list:
    """Send something, then wait for the diagnostics of ``u`` it causes."""
    client.diagnostics.pop(u, None)
    result = send()
    if asyncio.iscoroutine(result):
        await result
    return await wait_for(client, u)


def change(client, u, version, line, col, end_line, end_col, text):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(version=version, uri=u),
        [types.TextDocumentContentChangePartial(
            types.Range(types.Position(line, col), types.Position(end_line, end_col)), text)]))


@pytest.mark.asyncio
async def test_change_and_save_relint(client, workspace):
    u = await open_doc(client, workspace / "one" / "a.md", "# Title\n\nAll fine here.\n")
    assert list(client.diagnostics[u]) == []
    found = await next_diagnostics(client, u, lambda: change(client, u, 2, 2, 0, 2, 3, "The the"))
    assert summary(found) == [("SP102", 2, 4, 2, 7, types.DiagnosticSeverity.Warning, "prosecheck")]
    # Two quick changes: the diagnostics end up those of the last one (on a busy machine the first
    # may be linted too before the second arrives, so wait for the last rather than the next).
    change(client, u, 3, 2, 4, 2, 7, "")
    change(client, u, 4, 2, 0, 2, 0, "A a ")
    expected = [("SP102", 2, 2, 2, 3, types.DiagnosticSeverity.Warning, "prosecheck")]

    async def settled():
        while summary(client.diagnostics.get(u, [])) != expected:
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    await asyncio.wait_for(settled(), 20)
    # Saving lints again at once: a link target created on disk since is found.
    found = await next_diagnostics(client, u, lambda: change(client, u, 5, 2, 0, 2, 4, "[b](b.md) "))
    assert [d.code for d in found] == ["LK102"]
    (workspace / "one" / "b.md").write_text("# B\n", encoding="utf-8")
    found = await next_diagnostics(client, u, lambda: client.text_document_did_save(
        types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(u))))
    assert list(found) == []


@pytest.mark.asyncio
async def test_utf16_columns(client, workspace):
    # "😀" is two UTF-16 units: the range after it moves by two, as the editor counts.
    u = await open_doc(client, workspace / "one" / "e.md", "# T\n\n\U0001F600 the the end.\n")
    assert summary(client.diagnostics[u]) == [("SP102", 2, 7, 2, 10, types.DiagnosticSeverity.Warning, "prosecheck")]


@pytest.mark.asyncio
async def test_each_folder_uses_its_own_configuration(client, workspace):
    text = "# Title\n\nSee [it](#titel) and the the end.\n"
    u1 = await open_doc(client, workspace / "one" / "a.md", text)
    u2 = await open_doc(client, workspace / "two" / "a.md", text)
    assert [d.code for d in client.diagnostics[u1]] == ["LK103", "SP102"]
    assert [d.code for d in client.diagnostics[u2]] == ["LK103"]  # two selects LK only


@pytest.mark.asyncio
async def test_configuration_change_is_picked_up(client, workspace):
    u = await open_doc(client, workspace / "one" / "a.md", "# Title\n\nSee [it](#titel) and the the end.\n")
    for _ in range(100):  # the server asks for the watchers while it starts; wait for the request
        if client.registrations:
            break
        await asyncio.sleep(0.05)
    assert sorted(w["globPattern"] for r in client.registrations for w in r.register_options["watchers"]) == [
        "**/.prosecheck.toml", "**/pyproject.toml"]
    assert [d.code for d in client.diagnostics[u]] == ["LK103", "SP102"]
    config = workspace / "one" / ".prosecheck.toml"
    config.write_text('select = ["SP"]\n', encoding="utf-8")
    found = await next_diagnostics(client, u, lambda: client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams([types.FileEvent(uri(config), types.FileChangeType.Changed)])))
    assert [d.code for d in found] == ["SP102"]
    config.write_text('select = "SP\n', encoding="utf-8")
    found = await next_diagnostics(client, u, lambda: client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams([types.FileEvent(uri(config), types.FileChangeType.Changed)])))
    assert [(d.code, d.range.start.line, d.severity) for d in found] == [("PC000", 0, types.DiagnosticSeverity.Error)]
    assert found[0].message.startswith(f"configuration error: {config}: this is not valid TOML")


@pytest.mark.asyncio
async def test_client_settings_go_on_top(client, workspace):
    u = await open_doc(client, workspace / "one" / "a.md", "# Title\n\nSee [it](#titel) and the the end.\n")
    client.set_configuration({"ignore": ["SP102"]}, section="prosecheck", scope_uri=uri(workspace / "one"))
    found = await next_diagnostics(client, u, lambda: client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings=None)))
    assert [d.code for d in found] == ["LK103"]
    client.set_configuration({"select": ["SP"]}, section="prosecheck", scope_uri=uri(workspace / "one"))
    found = await next_diagnostics(client, u, lambda: client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings=None)))
    assert [d.code for d in found] == ["SP102"]


@pytest.mark.asyncio
async def test_less_sure_findings_only_when_the_client_asks_to_be_picky(client, workspace):
    text = "The cache entry will expire after a day, of course.\n\nThe graph obviously needs to be global.\n"
    u = await open_doc(client, workspace / "one" / "c.md", text)
    client.set_configuration({"select": ["HC102"]}, section="prosecheck", scope_uri=uri(workspace / "one"))
    found = await next_diagnostics(client, u, lambda: client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings=None)))
    assert [(d.code, d.range.start.line, d.range.start.character, d.severity) for d in found] == [
        ("HC102", 2, 10, types.DiagnosticSeverity.Warning)]
    client.set_configuration({"select": ["HC102"], "picky": True}, section="prosecheck", scope_uri=uri(workspace / "one"))
    found = await next_diagnostics(client, u, lambda: client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings=None)))
    assert [(d.code, d.range.start.line, d.range.start.character, d.severity) for d in found] == [
        ("HC102", 0, 41, types.DiagnosticSeverity.Information), ("HC102", 2, 10, types.DiagnosticSeverity.Warning)]


@pytest.mark.asyncio
async def test_links_read_open_buffers_before_the_disk(client, workspace):
    (workspace / "one" / "b.md").write_text("# Old heading\n", encoding="utf-8")
    ua = await open_doc(client, workspace / "one" / "a.md", "# A\n\nSee [b](b.md#new-heading).\n")
    assert [d.code for d in client.diagnostics[ua]] == ["LK103"]
    ub = uri(workspace / "one" / "b.md")
    # b.md open with the heading typed but not saved: a.md's link is fine now.
    found = await next_diagnostics(client, ua, lambda: client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(ub, "markdown", 1, "# New heading\n"))))
    assert list(found) == []
    # The same file name in the other workspace is not affected by this buffer.
    (workspace / "two" / "b.md").write_text("# Old heading\n", encoding="utf-8")
    u2 = await open_doc(client, workspace / "two" / "a.md", "# A\n\nSee [b](b.md#new-heading).\n")
    assert [d.code for d in client.diagnostics[u2]] == ["LK103"]


@pytest.mark.asyncio
async def test_close_clears_diagnostics(client, workspace):
    u = await open_doc(client, workspace / "one" / "a.md", "# T\n\nThe the end.\n")
    assert len(client.diagnostics[u]) == 1
    found = await next_diagnostics(client, u, lambda: client.text_document_did_close(
        types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(u))))
    assert list(found) == []


@pytest.mark.asyncio
async def test_hover_shows_the_code_page(client, workspace):
    u = await open_doc(client, workspace / "one" / "a.md", "# T\n\nSo the the end.\n")
    page = (Path(__file__).parents[1] / "src" / "prosecheck" / "codedocs" / "SP102.md").read_text(encoding="utf-8")
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(u), types.Position(2, 8)))
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value == page
    nothing = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(u), types.Position(2, 0)))
    assert nothing is None


async def actions_at(client, u, line, col):
    found = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(u), types.Range(types.Position(line, col), types.Position(line, col)),
        types.CodeActionContext(diagnostics=[])))
    # A client may read an action that only runs a command as a bare Command; both carry the title.
    # lsprotocol's reader (pytest-lsp's client) takes an action whose work is a command for a bare
    # Command and keeps that command as the text of a dict; read it back to see what was sent.
    found = [a if isinstance(a, types.CodeAction) else
             types.CodeAction(a.title, command=types.Command(**ast.literal_eval(a.command))) for a in found]
    return [(a.title, a.is_preferred,
             [(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.new_text)
              for e in (a.edit.changes[u] if a.edit else [])],
             a.command.arguments if a.command else None) for a in found]


@pytest.mark.asyncio
async def test_code_actions_fix_suppress_and_ignore(client, workspace):
    u = await open_doc(client, workspace / "one" / "a.md",
                       "---\ntitle: x\n---\n# T\n\nSo the the end. <!-- noqa: LK -->\n")
    assert await actions_at(client, u, 5, 8) == [
        ('Delete the repeated "the"', True, [(5, 6, 5, 10, "")], None),
        ("Suppress SP102 on this line", None, [(5, 16, 5, 33, "<!-- noqa: LK,SP102 -->")], None),
        ("Ignore SP102 in this file", None, [(3, 0, 3, 0, "<!-- prosecheck-disable-file SP102 -->\n")], None),
    ]
    assert await actions_at(client, u, 5, 0) == []


@pytest.mark.asyncio
async def test_code_action_for_a_link_fragment(client, workspace):
    u = await open_doc(client, workspace / "one" / "a.md", "# Title\n\nSee [it](#titel).\n")
    found = await actions_at(client, u, 2, 5)
    assert found[0] == ('Change "#titel" to "#title"', True, [(2, 9, 2, 15, "#title")], None)
    assert [f[0] for f in found[1:]] == ["Suppress LK103 on this line", "Ignore LK103 in this file"]
    assert found[1][2] == [(2, 17, 2, 17, " <!-- noqa: LK103 -->")]


@pytest.mark.asyncio
async def test_add_word_creates_and_configures_the_word_list(client, workspace):
    u = await open_doc(client, workspace / "one" / "w.md", "# Notes\n\nThe pacakge is here.\n")
    assert summary(client.diagnostics[u]) == [("SP101", 2, 4, 2, 11, types.DiagnosticSeverity.Warning, "prosecheck")]
    found = await actions_at(client, u, 2, 6)
    assert found[0] == ('Change "pacakge" to "package" (check it: a guess)', None, [(2, 4, 2, 11, "package")], None)
    assert found[1] == ("Add 'pacakge' to the project word list", None, [], [u, "pacakge"])
    diagnostics = await next_diagnostics(client, u, lambda: client.workspace_execute_command_async(
        types.ExecuteCommandParams("prosecheck.addWord", [u, "pacakge"])))
    assert list(diagnostics) == []
    assert (workspace / "one" / "prosecheck-words.txt").read_text(encoding="utf-8") == "pacakge\n"
    assert (workspace / "one" / ".prosecheck.toml").read_text(encoding="utf-8") == (
        'select = ["SP", "LK"]\n\n[spelling]\nwords_file = "prosecheck-words.txt"\n')
    # With a word list configured, the next word is appended to it.
    u2 = await open_doc(client, workspace / "one" / "v.md", "# Notes\n\nThe pakcage is here.\n")
    assert [d.code for d in client.diagnostics[u2]] == ["SP101"]
    await next_diagnostics(client, u2, lambda: client.workspace_execute_command_async(
        types.ExecuteCommandParams("prosecheck.addWord", [u2, "pakcage"])))
    assert (workspace / "one" / "prosecheck-words.txt").read_text(encoding="utf-8") == "pacakge\npakcage\n"


@pytest_lsp.fixture(config=SERVER)
async def selecting_client(lsp_client: LanguageClient, workspace):
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("neovim"),
        workspace_folders=[types.WorkspaceFolder(uri(workspace / "one"), "one")],
        initialization_options={"select": ["SP"]},
    ))
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_initialization_options_select(selecting_client, workspace):
    u = await open_doc(selecting_client, workspace / "one" / "a.md", "# Title\n\nSee [it](#titel) and the the end.\n")
    assert [d.code for d in selecting_client.diagnostics[u]] == ["SP102"]


@pytest.mark.asyncio
async def test_percent_encoded_uris(client, workspace):
    # Editors send "@" as "%40" (node_modules/@scope/...); the server must find the document.
    (workspace / "one" / "@scope").mkdir()
    u = await open_doc(client, workspace / "one" / "@scope" / "a.md", "# T\n\nThe the end.\n")
    assert "%40scope" in u
    assert summary(client.diagnostics[u]) == [("SP102", 2, 4, 2, 7, types.DiagnosticSeverity.Warning, "prosecheck")]
    found = await actions_at(client, u, 2, 5)
    assert found[0] == ('Delete the repeated "the"', True, [(2, 3, 2, 7, "")], None)
