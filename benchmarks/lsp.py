"""How fast prosecheck-ls answers an edit, and how much memory it holds.

    .venv/bin/python benchmarks/lsp.py [--docs FOLDER] [--runs N]

1. didChange -> publishDiagnostics on a 50 KB and a 500 KB Markdown document made of real files
   (the first files of FOLDER in name order, joined until the size is reached): a one-word edit at
   the end, timed from sending the change to receiving the diagnostics of that version, median of
   ``--runs``, with the server's own CPU time per edit (which other load on the machine does not
   inflate, unlike the wall-clock time). Measured with the server's default pause after a change (25 ms, what an editor
   gets) and with no pause (the lint alone).
2. The server's resident memory (VmRSS) after opening 100 documents of FOLDER and receiving the
   diagnostics of each.

FOLDER is the benchmark corpus by default (``$PROSECHECK_BENCH_DIR/corpus``, else
``/work/data/bench/corpus``). Needs the ``lsp`` extra. Linux (memory is read from /proc).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient


def corpus_default() -> Path:
    bench = os.environ.get("PROSECHECK_BENCH_DIR")
    if bench and (Path(bench) / "corpus").is_dir():
        return Path(bench) / "corpus"
    return Path("/work/data/bench/corpus")


def markdown_files(folder: Path) -> list[Path]:
    """Markdown files under ``folder`` in name order, each once (links to one file are skipped)."""
    seen, out = set(), []
    for p in sorted(folder.rglob("*")):
        if p.suffix.lower() in (".md", ".markdown") and p.is_file() and p.resolve() not in seen:
            seen.add(p.resolve())
            out.append(p.resolve())
    return out


def joined(files: list[Path], size: int) -> str:
    parts, total = [], 0
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        parts.append(text)
        total += len(text.encode("utf-8"))
        if total >= size:
            break
    text = "\n\n".join(parts)
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


class Client:
    def __init__(self) -> None:
        self.lsp = LanguageClient("prosecheck-bench", "1")
        self.versions: dict[str, int] = {}
        self.events: dict[tuple, asyncio.Event] = {}

        @self.lsp.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams):
            self.versions[params.uri] = params.version
            event = self.events.get((params.uri, params.version))
            if event:
                event.set()

    async def start(self, root: Path, debounce_ms) -> None:
        await self.lsp.start_io(sys.executable, "-m", "prosecheck.lsp.main")
        options = {} if debounce_ms is None else {"debounce_ms": debounce_ms}
        await self.lsp.initialize_async(types.InitializeParams(
            capabilities=types.ClientCapabilities(), root_uri=root.as_uri(), initialization_options=options))
        self.lsp.initialized(types.InitializedParams())

    def expect(self, uri: str, version: int) -> asyncio.Event:
        event = asyncio.Event()
        self.events[(uri, version)] = event
        return event

    async def open(self, path: Path, text: str) -> None:
        uri = path.as_uri()
        event = self.expect(uri, 1)
        self.lsp.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri, "markdown", 1, text)))
        await asyncio.wait_for(event.wait(), 120)

    def cpu_seconds(self) -> float:
        """User and system CPU time of the server process so far (independent of other load)."""
        with open(f"/proc/{self.lsp._server.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    async def edit(self, path: Path, version: int, line: int) -> tuple[float, float]:
        uri = path.as_uri()
        event = self.expect(uri, version)
        cpu = self.cpu_seconds()
        start = time.perf_counter()
        self.lsp.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(version=version, uri=uri),
            [types.TextDocumentContentChangePartial(
                types.Range(types.Position(line, 0), types.Position(line, 0)), "word ")]))
        await asyncio.wait_for(event.wait(), 120)
        return time.perf_counter() - start, self.cpu_seconds() - cpu

    def rss_mb(self) -> float:
        pid = self.lsp._server.pid
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    async def stop(self) -> None:
        await self.lsp.shutdown_async(None)
        self.lsp.exit(None)
        await self.lsp.stop()


async def latency(files, work: Path, size: int, runs: int, debounce_ms) -> tuple[float, float]:
    text = joined(files, size)
    path = work / f"doc-{size}.md"
    path.write_text(text, encoding="utf-8")
    client = Client()
    await client.start(work, debounce_ms)
    try:
        await client.open(path, text)
        last = text.count("\n")
        times = [await client.edit(path, v, last) for v in range(2, runs + 2)]
    finally:
        await client.stop()
    return statistics.median(t for t, _ in times), statistics.median(c for _, c in times)


async def memory(files, work: Path, count: int) -> tuple[float, float]:
    client = Client()
    await client.start(work, None)
    try:
        before = client.rss_mb()
        for f in files[:count]:
            await client.open(f.resolve(), f.read_text(encoding="utf-8", errors="replace"))
        return before, client.rss_mb()
    finally:
        await client.stop()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=corpus_default())
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    files = markdown_files(args.docs)
    if len(files) < 100:
        sys.exit(f"{args.docs}: needs 100 Markdown files, found {len(files)}")
    work = Path(os.environ.get("TMPDIR", "/tmp")) / f"prosecheck-lsp-bench-{os.getpid()}"
    work.mkdir(parents=True, exist_ok=True)
    print(f"documents from {args.docs} ({len(files)} Markdown files); median of {args.runs} edits")
    for size in (50_000, 500_000):
        with_pause, _ = await latency(files, work, size, args.runs, None)
        alone, cpu = await latency(files, work, size, args.runs, 0)
        print(f"didChange -> publishDiagnostics, {size // 1000} KB: {with_pause * 1000:.0f} ms "
              f"(default pause included); {alone * 1000:.0f} ms with no pause, of which the "
              f"server's CPU time {cpu * 1000:.0f} ms")
    before, after = await memory(files, work, 100)
    print(f"server memory (VmRSS): {before:.0f} MB at start, {after:.0f} MB after opening 100 documents")


if __name__ == "__main__":
    asyncio.run(main())
