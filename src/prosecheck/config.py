"""Configuration: found upward from the checked paths, validated, merged under the command line.

``[tool.prosecheck]`` in ``pyproject.toml``, or the same keys at the top level of
``.prosecheck.toml``; the closest file wins, and in one folder ``.prosecheck.toml`` wins over
``pyproject.toml``. A check's options live in ``[tool.prosecheck.<check name>]``. Keys may be
written ``kebab-case`` or ``snake_case``. Anything unknown or of the wrong type is an error that
names the file and the key.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

from prosecheck.check import Option


def _toml():
    """``tomllib`` (``tomli`` before 3.11), imported when a file has to be parsed: 3 ms."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


class ConfigError(Exception):
    """A problem with configuration; the message names the file and the key."""


#: Run-wide settings: key -> Option. The command line uses the same names.
CORE_OPTIONS: dict[str, Option] = {
    "select": Option("list[str]", None, "codes or prefixes to report (default: all)"),
    "ignore": Option("list[str]", [], "codes or prefixes not to report"),
    "extend_select": Option("list[str]", [], "codes or prefixes to add to select"),
    "extend_ignore": Option("list[str]", [], "codes or prefixes to add to ignore"),
    "per_file_ignores": Option("dict[str, list[str]]", {}, "glob -> codes not to report there"),
    "exclude": Option("list[str]", None, "gitignore-style patterns of paths to skip (replaces the default)"),
    "extend_exclude": Option("list[str]", [], "gitignore-style patterns to skip besides the default"),
    "extensions": Option("list[str]", [".md", ".markdown", ".mdown", ".txt"], "file suffixes looked at in folders"),
    "format": Option("str", "default", "output format"),
    "show_source": Option("bool", False, "show the line and a caret under each finding"),
    "statistics": Option("bool", False, "count findings per code at the end"),
    "jobs": Option("int", 0, "processes to use; 0 means one per core"),
    "cache": Option("bool", True, "reuse results for files that have not changed"),
    "cache_dir": Option("str", ".prosecheck_cache", "where the cache lives"),
    "timeout": Option("float", 60.0, "seconds one check may spend on one file"),
    "baseline": Option("str", None, "a baseline file (relative to this file's folder): report only findings it does not record"),
    # Only the kind of executor: a scheduler address comes from the command line or Dask's own
    # configuration, never from a repository's file (it would send the files to that address).
    "executor": Option("str", "local", "where files are linted", ("local", "dask")),
    "max_file_size": Option("int", 10 * 1024 * 1024, "bytes; larger files are not read (PC006)"),
    "dialect": Option("str", "auto", "the Markdown the pages are written in (auto: detected from mkdocs.yml, "
                      "conf.py with myst_parser, docusaurus.config.*)",
                      ("auto", "commonmark", "gfm", "mkdocs", "myst", "docusaurus")),
    "picky": Option("bool", False, "also report the findings the language checks are less sure of (their info tier)"),
    "fail_on": Option("str", "warning", "lowest severity that makes the exit code 1 (info findings are reported but pass)", ("error", "warning", "info")),
}


@dataclass
class FileConfig:
    path: Optional[str] = None  # the file the settings came from
    core: dict = field(default_factory=dict)  # validated core keys that were set
    checks: dict = field(default_factory=dict)  # check name -> raw table (validated later)

    @property
    def root(self) -> Optional[str]:
        return os.path.dirname(os.path.abspath(self.path)) if self.path else None


def norm_key(key: str) -> str:
    return key.replace("-", "_")


def find_config(start: str) -> Optional[str]:
    """The closest ``.prosecheck.toml``, or ``pyproject.toml`` with ``[tool.prosecheck]``."""
    folder = os.path.abspath(start)
    while True:
        candidate = os.path.join(folder, ".prosecheck.toml")
        if os.path.isfile(candidate):
            return candidate
        candidate = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(candidate) and _has_tool_table(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _has_tool_table(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return True  # let load_config report the problem with its file name
    if b"prosecheck" not in data:  # most pyproject files: no need to parse them
        return False
    tomllib = _toml()
    try:
        return "prosecheck" in tomllib.loads(data.decode("utf-8")).get("tool", {})
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True  # let load_config report the problem with its file name


def load_config(path: str) -> FileConfig:
    """Read and validate the core keys of one file; check tables are kept for :func:`check_options`."""
    tomllib = _toml()
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration file: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: this is not valid TOML: {exc}") from None
    if os.path.basename(path) == "pyproject.toml":
        table = data.get("tool", {}).get("prosecheck", {})
        prefix = "tool.prosecheck."
    else:
        table = data
        prefix = ""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: '{prefix.rstrip('.')}' must be a table")
    config = FileConfig(path=path)
    for key, value in table.items():
        name = norm_key(key)
        # A table is a check's (no core key but per_file_ignores takes one): a plugin's check may
        # share a core key's name, as a check called "picky" did before the key existed.
        if name in CORE_OPTIONS and not (isinstance(value, dict) and name != "per_file_ignores"):
            where = f"{path}: '{prefix}{key}'"
            config.core[name] = within_limits(name, coerce(CORE_OPTIONS[name], value, where), where)
        elif isinstance(value, dict) and name != "per_file_ignores":
            config.checks[key] = value
        else:
            raise ConfigError(f"{path}: unknown key '{prefix}{key}'{_suggest(name, CORE_OPTIONS)}")
    return config


#: What a configuration file may ask for. The file comes with the repository, which may be a
#: stranger's pull request (docs/security.md); the command line and the environment are the
#: user's own and are not limited.
MAX_CONFIG_TIMEOUT = 600.0
MAX_CONFIG_FILE_SIZE = 100 * 1024 * 1024
MAX_FORMAT_WIDTH = 200


def within_limits(name: str, value: Any, where: str) -> Any:
    """``value`` of a configuration file's key, clamped, or a ConfigError when it asks too much."""
    if name == "jobs":
        if value < 0:
            raise ConfigError(f"{where} must be 0 (one per core) or more, not {value}")
        return min(value, os.cpu_count() or 1)  # more processes than cores gain nothing
    if name == "timeout" and not (0 < value <= MAX_CONFIG_TIMEOUT):
        raise ConfigError(f"{where} must be more than 0 and at most {MAX_CONFIG_TIMEOUT:g} seconds in a "
                          f"configuration file, not {value:g} (--timeout on the command line may lift the limit)")
    if name == "max_file_size" and not (0 < value <= MAX_CONFIG_FILE_SIZE):
        raise ConfigError(f"{where} must be more than 0 and at most {MAX_CONFIG_FILE_SIZE:,} bytes in a "
                          f"configuration file, not {value:,} (--max-file-size on the command line may go higher)")
    if name == "format":
        import re

        for number in re.findall(r"%\([^)]*\)[-#0 +]*(\d*)(?:\.(\d*))?", value):
            if any(n and int(n) > MAX_FORMAT_WIDTH for n in number):
                raise ConfigError(f"{where}: a field width or precision above {MAX_FORMAT_WIDTH} is not "
                                  f"allowed in a configuration file")
    if name == "cache_dir":
        return inside_project(value, where, "a configuration file may not send writes elsewhere; use "
                                            "--cache-dir on the command line")
    return value


def inside_project(value: str, where: str, why: str = "a configuration file may not make prosecheck "
                                                     "read files elsewhere") -> str:
    """A path from a configuration file, when it stays inside the project (relative, no ``..``)."""
    parts = value.replace("\\", "/").split("/")
    if os.path.isabs(value) or value.startswith(("/", "\\", "~")) or ".." in parts or ":" in value:
        raise ConfigError(f"{where} must name a path inside the project, not {value!r} ({why})")
    return value


def _suggest(name: str, known: Mapping[str, Any]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean '{close[0].replace('_', '-')}'?)" if close else ""


def coerce(option: Option, value: Any, where: str, split_strings: bool = True) -> Any:
    """Check ``value`` against ``option.type`` and return it.

    For prosecheck's own code lists a string is split at commas (``select = "LK,SL"``, as on the
    command line). A check's ``list[str]`` option (``split_strings=False``) must be a list: a word
    list given as one string is a mistake, and splitting it would hide the mistake.
    """
    t = option.type
    ok = True
    if t == "bool":
        ok = isinstance(value, bool)
    elif t == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif t == "float":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif t == "str":
        ok = isinstance(value, str)
        if ok and option.choices and value not in option.choices:
            raise ConfigError(f"{where} must be one of {', '.join(map(repr, option.choices))}, not {value!r}")
    elif t == "list[str]":
        if isinstance(value, str) and not split_strings:
            raise ConfigError(f"{where} must be a list of strings, not the string {value!r}: "
                              f"write it in brackets, e.g. [{value!r}]")
        if isinstance(value, str):
            value = [v for v in (p.strip() for p in value.split(",")) if v]
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    elif t == "dict[str, list[str]]":
        ok = isinstance(value, dict) and all(
            isinstance(v, (list, str)) for v in value.values()
        )
        if ok:
            value = {k: ([c.strip() for c in v.split(",") if c.strip()] if isinstance(v, str) else v) for k, v in value.items()}
    if not ok:
        raise ConfigError(f"{where} must be {_TYPE_WORDS.get(t, t)}, not {type(value).__name__} {value!r}")
    problem = option.validate(value) if option.validate is not None else None
    if problem:
        raise ConfigError(f"{where}: {problem}")
    return value


_TYPE_WORDS = {
    "bool": "true or false",
    "int": "a whole number",
    "float": "a number",
    "str": "a string",
    "list[str]": "a list of strings",
    "dict[str, list[str]]": "a table of lists of strings",
}


def check_options(
    check_name: str, declared: Mapping[str, Option], raw: Mapping[str, Any], where: str
) -> dict[str, Any]:
    """Defaults of a check's options, overlaid with the validated values from its table."""
    values = {name: _copy(opt.default) for name, opt in declared.items()}
    by_norm = {norm_key(k): k for k in declared}
    for key, value in raw.items():
        name = by_norm.get(norm_key(key))
        if name is None:
            raise ConfigError(
                f"{where}: unknown key '{check_name}.{key}'{_suggest(norm_key(key), by_norm)}"
            )
        values[name] = coerce(declared[name], value, f"{where}: '{check_name}.{key}'", split_strings=False)
        if name.endswith("_file") and isinstance(values[name], str):
            values[name] = inside_project(values[name], f"{where}: '{check_name}.{key}'")
    return values


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict) else value
