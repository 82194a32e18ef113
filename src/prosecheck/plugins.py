"""The one PluginManager: hookspecs, and every plugin of the ``prosecheck.plugins`` group.

prosecheck's own checks are entry points of that group too (see pyproject.toml), so the path a
third-party package takes is the path every run takes. Each entry point is loaded in its own
``try``: one broken plugin is reported by name and the others still run.
"""

from __future__ import annotations

import os
import re
import types
from dataclasses import dataclass, field
from typing import Any, Optional

import pluggy

from prosecheck import hookspecs
from prosecheck.check import Check, Code
from prosecheck.entrypoints import entry_points

ENTRY_POINT_GROUP = "prosecheck.plugins"
DISABLE_AUTOLOAD_ENV = "PROSECHECK_DISABLE_PLUGIN_AUTOLOAD"
CODE_RE = re.compile(r"^[A-Z]{2,}[0-9]{3}$")


@dataclass
class PluginInfo:
    name: str
    version: str
    checks: list = field(default_factory=list)


@dataclass
class Registry:
    """What the loaded plugins provide, and what went wrong loading them."""

    pm: pluggy.PluginManager
    plugins: dict = field(default_factory=dict)  # name -> PluginInfo
    checks: list = field(default_factory=list)  # Check instances, in load order
    check_plugin: dict = field(default_factory=dict)  # check name -> plugin name
    codes: dict = field(default_factory=dict)  # code -> (Check, Code)
    formatters: dict = field(default_factory=dict)  # name -> Formatter class
    #: ``(plugin name, message)`` for each plugin that failed to load or declare its checks.
    errors: list = field(default_factory=list)
    #: The full traceback of each failure in ``errors`` (printed with ``--traceback``).
    tracebacks: list = field(default_factory=list)

    def check_named(self, name: str) -> Optional[Check]:
        return next((c for c in self.checks if c.name == name), None)


# What pluggy can take a hook implementation from (see _PluginManager).
_HOOKABLE = (types.FunctionType, staticmethod, classmethod, types.MethodType)


class _PluginManager(pluggy.PluginManager):
    """pluggy's manager, quicker to register a module.

    ``register`` asks ``parse_hookimpl_opts`` about every name a plugin module holds (a check
    module holds a few hundred: imports, constants, helpers), and pluggy answers each through
    ``inspect.getattr_static``: 25 M of a one-file run's 539 M instructions went there. A
    module's names are its ``__dict__``'s keys, so for a value that cannot be a hook
    implementation, or a plain function without pluggy's marker, the answer is None without
    that search; everything else (and every plugin that is not a module) gets pluggy's own answer.
    """

    _marker = hookspecs.PROJECT + "_impl"  # the attribute pluggy's HookimplMarker sets

    def parse_hookimpl_opts(self, plugin: Any, name: str) -> Any:
        if type(plugin) is types.ModuleType:
            value = plugin.__dict__.get(name)
            if not isinstance(value, _HOOKABLE):
                return None
            if type(value) is types.FunctionType and getattr(value, self._marker, None) is None:
                return None
        return super().parse_hookimpl_opts(plugin, name)


def new_plugin_manager() -> pluggy.PluginManager:
    pm = _PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    return pm


def _describe(exc: BaseException) -> str:
    import traceback  # only for a plugin that failed: with textwrap, 6 M instructions of every start

    frame = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" ({os.path.basename(frame[0].filename)}:{frame[0].lineno})" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"


def load_registry(extra: tuple = (), autoload: Optional[bool] = None) -> Registry:
    """Register every entry point (unless disabled) and ``extra`` ``(name, module_or_object)``."""
    pm = new_plugin_manager()
    reg = Registry(pm)
    if autoload is None:
        autoload = os.environ.get(DISABLE_AUTOLOAD_ENV, "") in ("", "0")
    if autoload:
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if pm.has_plugin(ep.name):
                continue
            version = ep.version
            try:
                plugin = ep.load()
                pm.register(plugin, name=ep.name)
            except Exception as exc:  # a broken plugin must not take the run down
                reg.errors.append((ep.name, f"could not be loaded: {_describe(exc)}"))
                _keep_traceback(reg)
                continue
            reg.plugins[ep.name] = PluginInfo(ep.name, version)
    for name, plugin in extra:
        try:
            if isinstance(plugin, str):
                import importlib

                plugin = importlib.import_module(plugin)
            if pm.is_registered(plugin):  # already loaded through its entry point
                continue
            pm.register(plugin, name=name)
        except Exception as exc:
            reg.errors.append((name, f"could not be loaded: {_describe(exc)}"))
            _keep_traceback(reg)
            continue
        reg.plugins[name] = PluginInfo(name, getattr(plugin, "__version__", "unknown"))
    _collect_checks(reg)
    _collect_formatters(reg)
    return reg


def _keep_traceback(reg: Registry) -> None:
    import traceback

    reg.tracebacks.append(traceback.format_exc())


def _collect_checks(reg: Registry) -> None:
    for impl in reg.pm.hook.prosecheck_checks.get_hookimpls():  # registration order
        name = impl.plugin_name
        try:
            checks = list(impl.function() or [])
        except Exception as exc:
            reg.errors.append((name, f"failed to list its checks: {_describe(exc)}"))
            _keep_traceback(reg)
            continue
        info = reg.plugins.setdefault(name, PluginInfo(name, "unknown"))
        for check in checks:
            problem = _invalid_check(check, reg)
            if problem:
                reg.errors.append((name, problem))
                continue
            reg.checks.append(check)
            reg.check_plugin[check.name] = name
            info.checks.append(check.name)
            for code, spec in check.codes.items():
                reg.codes[code] = (check, spec)


def _invalid_check(check: Any, reg: Registry) -> Optional[str]:
    if not isinstance(check, Check):
        return f"returned {check!r}, which is not a prosecheck.check.Check"
    if not check.name or not re.match(r"^[a-z][a-z0-9_-]*$", check.name):
        return f"has a check with an invalid name {check.name!r} (lower-case letters, digits, - and _)"
    if check.name in reg.check_plugin:
        return f"has a check named {check.name!r}, a name plugin {reg.check_plugin[check.name]!r} already uses"
    for code, spec in check.codes.items():
        if not CODE_RE.match(code):
            return f"declares code {code!r}: a code is two or more capital letters and three digits"
        if code in reg.codes:
            other = reg.check_plugin.get(reg.codes[code][0].name, "?")
            return f"declares code {code}, which plugin {other!r} already declares"
        if not isinstance(spec, Code):
            return f"declares code {code} with {spec!r}, which is not a prosecheck.check.Code"
    return None


def _collect_formatters(reg: Registry) -> None:
    for impl in reg.pm.hook.prosecheck_formatters.get_hookimpls():
        try:
            found = dict(impl.function() or {})
        except Exception as exc:
            reg.errors.append((impl.plugin_name, f"failed to list its formats: {_describe(exc)}"))
            _keep_traceback(reg)
            continue
        for fname, cls in found.items():
            reg.formatters.setdefault(fname, cls)


_REGISTRY: Optional[Registry] = None


def get_registry() -> Registry:
    """The registry of this process, loaded once (forked workers inherit the parent's)."""
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = load_registry()
    return _REGISTRY


def set_registry(reg: Optional[Registry]) -> None:
    global _REGISTRY
    _REGISTRY = reg
