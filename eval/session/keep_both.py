"""Resolve a merge's conflicts by keeping both sides, ours then theirs (the lead's merge of rule
branches that each appended to the same place: a code page's paragraph, a test file's tests).

usage: python3 eval/session/keep_both.py FILE [SEPARATOR]

SEPARATOR (a Python string literal's contents, default "\\n") goes between the two sides: "\\n\\n"
for Markdown paragraphs, "\\n\\n\\n" for top-level Python definitions. Check the result (a shared
closing line such as `    ]` may now be doubled or lost) and, for Python, that it parses."""
import re
import sys

CONFLICT = re.compile(r"^<<<<<<< [^\n]*\n(.*?)^=======\n(.*?)^>>>>>>> [^\n]*\n", re.S | re.M)


def keep_both(text, sep="\n"):
    def join(m):
        ours, theirs = m.group(1), m.group(2)
        return ours.rstrip("\n") + sep + theirs if ours.strip() and theirs.strip() else ours + theirs
    return CONFLICT.sub(join, text)


if __name__ == "__main__":
    path = sys.argv[1]
    sep = sys.argv[2].encode().decode("unicode_escape") if len(sys.argv) > 2 else "\n"
    text = open(path).read()
    n = len(CONFLICT.findall(text))
    open(path, "w").write(keep_both(text, sep))
    print(f"{path}: {n} conflicts kept both")
