"""``--format json``: one array of objects, stable keys (documented in docs/output-formats.md)."""

from __future__ import annotations

import json

from prosecheck.fixes import to_json
from prosecheck.formatters.base import Formatter


class JsonFormatter(Formatter):
    name = "json"

    def write(self, diagnostics: list) -> None:
        json.dump([dict(d.to_dict(), fix=to_json(d.fix)) for d in diagnostics], self.stream, indent=2,
                  ensure_ascii=False)
        self.stream.write("\n")
