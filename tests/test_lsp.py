"""The language server through a real client over stdio (pytest-lsp): diagnostics, ranges,
severities, configuration found and reloaded, client settings, multi-root, open buffers read by
cross-file checks, hover, code actions (fixes, noqa, disable-file, the word list)."""

from __future__ import annotations

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
