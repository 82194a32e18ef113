"""Links (``LK``): links and images whose destination is empty or does not resolve."""

from __future__ import annotations

from prosecheck.check import Check, Code
from prosecheck.hookspecs import hookimpl


class Links(Check):
    name = "links"
    codes = {
        "LK101": Code("link or image with an empty destination", "error"),
    }

    def check(self, doc, options, context):
        for link in doc.links:
            dest = link.destination.strip()
            if dest in ("", "#"):
                what = "image" if link.kind == "image" else "link"
                shown = f'"{dest}"' if dest else "nothing"
                yield doc.diagnostic(
                    "LK101",
                    f"this {what} points to {shown}: add the address it should go to, "
                    f"or remove the {what}",
                    link.offset,
                )


@hookimpl
def prosecheck_checks():
    return [Links()]
