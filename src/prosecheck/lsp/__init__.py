"""``prosecheck-ls``: prosecheck as a language server (LSP over stdio, on pygls).

The server calls the same runner, Document and checks as the command line; it only turns their
results into the protocol's shapes. Install with ``pip install 'prosecheck[lsp]'``.
"""
