"""Replace the LEAD-DISCLOSURE line of each new set's README with the lead's disclosure of the
session's rule work (the scored-set helpers leave that line; the sets' tests pin its first words).

usage: python3 eval/session/disclose.py TEXT_FILE NAME-docs [NAME-docs ...]

TEXT_FILE holds the paragraph shared by the sets; a line "{own}" in it is replaced by each set's
own part, read from TEXT_FILE.<name> (name without "-docs") when it exists. Exits 1 when a README
has no LEAD-DISCLOSURE line."""
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def fill(text, width=100):
    return "\n".join(textwrap.fill(p, width=width, break_long_words=False, break_on_hyphens=False)
                     for p in text.strip().split("\n\n"))


if __name__ == "__main__":
    shared = Path(sys.argv[1]).read_text()
    for name in sys.argv[2:]:
        own = Path(f"{sys.argv[1]}.{name.removesuffix('-docs')}")
        text = shared.replace("{own}", own.read_text().strip() if own.exists() else "")
        readme = ROOT / "eval" / name / "README.md"
        lines = readme.read_text().split("\n")
        if "LEAD-DISCLOSURE" not in lines:
            sys.exit(f"{readme}: no LEAD-DISCLOSURE line")
        i = lines.index("LEAD-DISCLOSURE")
        readme.write_text("\n".join(lines[:i] + [fill(" ".join(text.split()))] + lines[i + 1:]))
        print("disclosed", name)
