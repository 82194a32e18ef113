"""The plugin system: hookspecs, entry points, throwaway plugins, and plugins that fail."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import textwrap
import types

import pytest

from prosecheck import hookimpl, hookspecs
from prosecheck.check import Check, Code, Option
from prosecheck.diagnostics import Diagnostic
from prosecheck.formatters.base import Formatter
from prosecheck.plugins import ENTRY_POINT_GROUP, load_registry
from prosecheck.testing import lines, lint, lint_documents


class Shouty(Check):
    """A throwaway check: flags words written in capitals."""

    name = "shouty"
    codes = {"TS101": Code("word in capitals", "info")}
    options = {"min_length": Option("int", 4, "shortest word to flag")}

    def check(self, doc, options, context):
        for w in doc.words:
            if w.text.isupper() and len(w.text) >= options["min_length"]:
                yield doc.diagnostic("TS101", f'"{w.text}" is in capitals: write it in lower case', w.offset)


class ShoutyPlugin:
    @hookimpl
    def prosecheck_checks(self):
        return [Shouty()]


class Count(Check):
    """A throwaway cross-file check: counts documents."""

    name = "count"
    codes = {"TS201": Code("documents in the run")}
    cross_file = True

    def collect(self, doc, options, context):
        return len(doc.words)

    def finish(self, summaries, options, context):
        total = sum(n for _, n in summaries)
        for path, _ in summaries:
            yield Diagnostic(path, 1, 1, "TS201", f"{len(summaries)} documents, {total} words")


class CountPlugin:
    @hookimpl
    def prosecheck_checks(self):
        return [Count()]


class UpperFormatter(Formatter):
    name = "upper"

    def write(self, diagnostics):
        for d in diagnostics:
            self.stream.write(f"{d.code}:{d.line}\n".upper())


class FormatterPlugin:
    @hookimpl
    def prosecheck_formatters(self):
        return {"upper": UpperFormatter}


def test_every_hookspec_is_documented_prefixed_and_typed():
    specs = [f for name, f in vars(hookspecs).items() if name.startswith("prosecheck_")]
    assert {f.__name__ for f in specs} == {"prosecheck_checks", "prosecheck_formatters"}
    for f in specs:
        assert f.__doc__ and len(f.__doc__.strip()) > 80, f.__name__
        assert inspect.signature(f).return_annotation is not inspect.Signature.empty


def test_every_hookspec_is_exercised_by_a_throwaway_plugin():
    reg = load_registry(extra=(("shouty", ShoutyPlugin()), ("fmt", FormatterPlugin())), autoload=False)
    hooks_called = {
        name for name in ("prosecheck_checks", "prosecheck_formatters")
        if getattr(reg.pm.hook, name).get_hookimpls()
    }
    assert hooks_called == {"prosecheck_checks", "prosecheck_formatters"}
    assert reg.check_named("shouty") is not None
    assert reg.formatters == {"upper": UpperFormatter}
    assert reg.check_plugin == {"shouty": "shouty"}
    # unregistering leaves nothing behind
    reg.pm.unregister(name="shouty")
    assert reg.pm.hook.prosecheck_checks() == []


def test_throwaway_plugin_runs_with_its_options():
    text = "We SHOULD not SHOUT OK.\n"
    assert lines(lint(text, plugins=[ShoutyPlugin()])) == [
        '1:4: TS101 "SHOULD" is in capitals: write it in lower case',
        '1:15: TS101 "SHOUT" is in capitals: write it in lower case',
    ]
    found = lint(text, plugins=[ShoutyPlugin()], options={"shouty": {"min_length": 2}})
    assert [d.col for d in found] == [4, 15, 21]
    assert found[0].severity == "info" and found[0].plugin == "ShoutyPlugin" or found[0].plugin


def test_cross_file_plugin_is_a_map_and_a_reduce():
    found = lint_documents({"a.md": "one two\n", "b.md": "three\n"}, plugins=[CountPlugin()])
    assert lines(found, with_path=True) == [
        "a.md:1:1: TS201 2 documents, 3 words",
        "b.md:1:1: TS201 2 documents, 3 words",
    ]


class Crashing(Check):
    name = "crashing"
    codes = {"TS301": Code("never")}

    def check(self, doc, options, context):
        raise ValueError("boom")


class OutOfFile(Check):
    name = "outoffile"
    codes = {"TS401": Code("bad position")}

    def check(self, doc, options, context):
        yield Diagnostic(doc.path, 99, 1, "TS401", "x")
        yield Diagnostic(doc.path, 1, 1, "XX999", "undeclared")


def _plugin(*checks):
    ns = types.SimpleNamespace()
    ns.prosecheck_checks = hookimpl(lambda: list(checks))
    return ns


def test_a_crashing_check_is_reported_and_the_rest_still_runs():
    found = lint("Hello WORLD here.\n", plugins=[_plugin(Crashing()), ShoutyPlugin()])
    assert [(d.line, d.col, d.code) for d in found] == [(1, 1, "PC003"), (1, 7, "TS101")]
    assert "check 'crashing'" in found[0].message and "ValueError: boom" in found[0].message


def test_a_diagnostic_outside_the_file_or_with_an_undeclared_code_is_dropped():
    found = lint("Short.\n", plugins=[_plugin(OutOfFile())])
    assert [d.code for d in found] == ["PC004", "PC004"]
    assert {d.message.split(" returned ")[1] for d in found} == {
        "a diagnostic at 99:1, outside the file; it was dropped",
        "code 'XX999', which it does not declare; it was dropped",
    }


@pytest.mark.parametrize(
    "bad, problem",
    [
        (Code("x"), "is not a prosecheck.check.Check"),
        (type("BadCode", (Check,), {"name": "badcode", "codes": {"lower1": Code("x")}})(),
         "declares code 'lower1': a code is two or more capital letters and three digits"),
        (type("Clash", (Check,), {"name": "clash", "codes": {"TS101": Code("x")}})(),
         "declares code TS101, which plugin 'ShoutyPlugin' already declares"),
    ],
)
def test_invalid_checks_are_refused_by_name(bad, problem):
    reg = load_registry(extra=(("ShoutyPlugin", ShoutyPlugin()), ("bad", _plugin(bad))), autoload=False)
    assert [(name, problem in msg) for name, msg in reg.errors] == [("bad", True)]
    assert reg.check_named("shouty") is not None


@pytest.fixture
def fake_dist(tmp_path):
    """A real installed-looking distribution whose entry points are broken or working."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "good_plugin.py").write_text(textwrap.dedent("""
        from prosecheck import hookimpl
        from prosecheck.check import Check, Code

        class Good(Check):
            name = "good"
            codes = {"GP101": Code("the word 'banana'")}
            def check(self, doc, options, context):
                for w in doc.words:
                    if w.text == "banana":
                        yield doc.diagnostic("GP101", "banana found: say fruit", w.offset)

        @hookimpl
        def prosecheck_checks():
            return [Good()]
    """))
    (site / "broken_plugin.py").write_text("import no_such_module_anywhere\n")
    dist = site / "fake_plugins-1.2.3.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-plugins\nVersion: 1.2.3\n")
    (dist / "entry_points.txt").write_text(
        f"[{ENTRY_POINT_GROUP}]\ngood = good_plugin\nbroken = broken_plugin\n"
    )
    doc = tmp_path / "doc.md"
    doc.write_text("A banana and [x]().\n")
    return tmp_path, site


def _run(args, cwd, site, **env):
    full = dict(os.environ, PYTHONPATH=str(site), **env)
    p = subprocess.run([sys.executable, "-m", "prosecheck", *args], cwd=cwd, env=full,
                       capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def test_entry_point_plugins_load_and_a_broken_one_is_reported_by_name(fake_dist):
    cwd, site = fake_dist
    code, out, err = _run(["doc.md", "--select", "GP,LK101"], cwd, site)
    assert code == 2 and "Traceback" not in err
    assert out.splitlines() == [
        "<plugins>:1:1: PC002 plugin 'broken' could not be loaded: ModuleNotFoundError: "
        "No module named 'no_such_module_anywhere' (broken_plugin.py:1)",
        "doc.md:1:3: GP101 banana found: say fruit",
        "doc.md:1:14: LK101 this link points to nothing: add the address it should go to, or remove the link",
    ]
    code, out, err = _run(["--version"], cwd, site)
    # A plugin that failed to load is listed as failed, and why is said on stderr.
    assert "good: 1.2.3" in out and "links: " in out and "broken: failed," in out
    assert err == ("prosecheck: plugin 'broken' could not be loaded: ModuleNotFoundError: No module named "
                   "'no_such_module_anywhere' (broken_plugin.py:1)\n")


def test_autoload_can_be_disabled_and_plugins_named_instead(fake_dist):
    cwd, site = fake_dist
    code, out, err = _run(["doc.md"], cwd, site, PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    assert (code, out) == (0, "")
    code, out, err = _run(["doc.md", "-p", "good_plugin"], cwd, site, PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    assert (code, out) == (1, "doc.md:1:3: GP101 banana found: say fruit\n")
    code, out, err = _run(["--list-checks", "-p", "good_plugin"], cwd, site, PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    assert out == "GP101  good_plugin  warning  the word 'banana'\n"


def test_builtin_checks_come_through_the_entry_point_group():
    from importlib.metadata import entry_points

    names = {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.value.startswith("prosecheck.")}
    assert names == {
        "core": "prosecheck.checks.core",
        "links": "prosecheck.checks.links",
        "boilerplate": "prosecheck.checks.boilerplate",
        "readability": "prosecheck.checks.readability",
        "spelling": "prosecheck.checks.spelling",
        "superlatives": "prosecheck.checks.superlatives",
        "hedging": "prosecheck.checks.hedging",
    }
    reg = load_registry(autoload=True)
    for name in names:
        assert name in reg.plugins, name


class Picky(Check):
    name = "picky"
    codes = {"TS501": Code("never")}
    options = {"ratio": Option("float", 0.5)}

    def validate_options(self, options):
        return [] if 0 <= options["ratio"] <= 1 else [f"'ratio' must be between 0 and 1, not {options['ratio']}"]


def test_option_values_are_validated_by_the_check_before_any_file(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "picky_plugin.py").write_text(textwrap.dedent("""
        from prosecheck import hookimpl
        from tests_picky import Picky
        @hookimpl
        def prosecheck_checks():
            return [Picky()]
    """))
    (site / "tests_picky.py").write_text(textwrap.dedent(inspect.getsource(Picky)).replace(
        "class Picky", "from prosecheck.check import Check, Code, Option\n\n\nclass Picky"))
    (tmp_path / ".prosecheck.toml").write_text("[picky]\nratio = 1.5\n")
    (tmp_path / "a.md").write_text("text\n")
    code, out, err = _run(["a.md", "-p", "picky_plugin"], tmp_path, site)
    assert (code, out) == (2, "")
    assert err == (f"prosecheck: configuration error: {tmp_path / '.prosecheck.toml'}: [picky] "
                   "'ratio' must be between 0 and 1, not 1.5\n")
    with pytest.raises(ValueError, match="must be between 0 and 1"):
        lint("text\n", plugins=[_plugin(Picky())], options={"picky": {"ratio": 2.0}})


class Sleepy(Check):
    name = "sleepy"
    codes = {"TS601": Code("never")}

    def check(self, doc, options, context):
        import time

        time.sleep(30)
        return ()


def test_a_check_past_its_time_limit_is_stopped_and_reported():
    from prosecheck.check import Context
    from prosecheck.runner import Settings, enabled_checks, lint_document
    from prosecheck.document import parse
    from prosecheck.selection import Selector

    reg = load_registry(extra=(("sleepy", _plugin(Sleepy())), ("ShoutyPlugin", ShoutyPlugin())), autoload=False)
    settings = Settings(Selector(), {}, Context(), timeout=0.5)
    doc = parse("a.md", "Some LOUD text.\n")
    result = lint_document(doc, reg, settings, enabled_checks(reg, settings.selector))
    assert [(d.code, d.col) for d in result.diagnostics] == [("PC005", 1), ("TS101", 6)]
    assert result.diagnostics[0].message == (
        "check 'sleepy' (plugin 'sleepy') took longer than 0.5 s on this file and was stopped; "
        "raise 'timeout' or report it to the plugin's authors"
    )


class HandlerThief(Check):
    name = "handler_thief"
    codes = {"TS602": Code("never")}

    def check(self, doc, options, context):
        import signal

        signal.signal(signal.SIGALRM, signal.SIG_IGN)  # a check that takes SIGALRM for itself
        return ()


def test_a_check_that_replaces_the_alarm_handler_does_not_lift_the_limit_of_the_next():
    from prosecheck.check import Context
    from prosecheck.document import parse
    from prosecheck.runner import Settings, lint_document
    from prosecheck.selection import Selector

    thief, sleepy = HandlerThief(), Sleepy()
    reg = load_registry(extra=(("handler_thief", _plugin(thief)), ("sleepy", _plugin(sleepy))), autoload=False)
    settings = Settings(Selector(), {}, Context(), timeout=0.5)
    result = lint_document(parse("a.md", "Some text.\n"), reg, settings, [thief, sleepy])
    assert [(d.code, d.line, d.col) for d in result.diagnostics] == [("PC005", 1, 1)]
    assert "check 'sleepy'" in result.diagnostics[0].message


@pytest.mark.parametrize("jobs", ["1", "2", "3"])
def test_ctrl_c_exits_130_without_a_partial_report(tmp_path, jobs):
    import signal

    site = tmp_path / "site"
    site.mkdir()
    # The worker on the third file sends the parent its SIGINT: the signal lands mid-run, with
    # 17 files of half a second still to check, however loaded the machine is (a sleep in the
    # test before the signal measured nothing: on a loaded machine it ended during start-up).
    (site / "slow_plugin.py").write_text(textwrap.dedent(f"""
        import os, signal, time
        from prosecheck import hookimpl
        from prosecheck.check import Check, Code
        class Slow(Check):
            name = "slow"
            codes = {{"TS701": Code("never")}}
            def check(self, doc, options, context):
                if doc.path.endswith("d02.md"):
                    os.kill(os.getppid(), signal.{signal.SIGINT.name})
                time.sleep(0.5)
                return ()
        @hookimpl
        def prosecheck_checks():
            return [Slow()]
    """))
    for i in range(20):
        (tmp_path / f"d{i:02}.md").write_text("text\n")
    env = dict(os.environ, PYTHONPATH=str(site))
    proc = subprocess.run([sys.executable, "-m", "prosecheck", ".", "-p", "slow_plugin", "-j", jobs,
                           "--no-cache", "--output-file", "report.txt"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert (proc.returncode, proc.stdout, proc.stderr) == (130, "", "prosecheck: interrupted\n")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("report")) == []


def test_our_entry_point_reader_agrees_with_importlib_metadata(fake_dist, monkeypatch):
    from importlib.metadata import entry_points as stdlib_entry_points

    from prosecheck.entrypoints import entry_points, version

    _, site = fake_dist
    monkeypatch.syspath_prepend(str(site))
    ours = sorted((ep.name, ep.value) for ep in entry_points(ENTRY_POINT_GROUP))
    theirs = sorted((ep.name, ep.value) for ep in stdlib_entry_points(group=ENTRY_POINT_GROUP))
    assert ours == theirs and ("good", "good_plugin") in ours
    assert version("fake-plugins") == version("fake_plugins") == "1.2.3"
    assert version("prosecheck") == __import__("prosecheck").__version__


def _hookimpls(pm) -> list:
    return sorted(
        (name, impl.plugin_name, impl.function.__qualname__, tuple(sorted(impl.opts.items())))
        for name in vars(pm.hook)
        for impl in getattr(pm.hook, name).get_hookimpls()
    )


def test_the_quick_plugin_manager_finds_what_pluggy_finds():
    # plugins._PluginManager skips inspect.getattr_static for a module's plain values and
    # unmarked functions: every other kind of attribute must still reach pluggy's own answer.
    import functools

    import pluggy

    from prosecheck.plugins import new_plugin_manager

    mod = types.ModuleType("throwaway_kinds")

    @hookimpl
    def prosecheck_checks():
        return []

    @hookimpl(specname="prosecheck_formatters")
    def renamed():
        return {}

    @hookimpl
    def not_a_hook_name_at_all():
        return None

    def unmarked():
        return None

    class Holder:
        @staticmethod
        @hookimpl(tryfirst=True)
        def prosecheck_checks():
            return []

    mod.prosecheck_checks = prosecheck_checks
    mod.renamed = renamed
    mod.odd = not_a_hook_name_at_all
    mod.unmarked = unmarked
    mod.partial = functools.partial(prosecheck_checks)
    mod.partial.prosecheck_impl = {"tryfirst": False}
    mod.static = Holder.__dict__["prosecheck_checks"]  # a staticmethod object in a module
    mod.bound = Holder().prosecheck_checks
    mod.number = 3
    plugins = [("kinds", mod), ("holder", Holder()), ("builtin", __import__("prosecheck.checks.spelling").checks.spelling)]

    quick = new_plugin_manager()
    plain = pluggy.PluginManager(hookspecs.PROJECT)
    plain.add_hookspecs(hookspecs)
    for pm in (quick, plain):
        for name, plugin in plugins:
            pm.register(plugin, name=name)
    found = _hookimpls(quick)
    assert found == _hookimpls(plain)
    here = "test_the_quick_plugin_manager_finds_what_pluggy_finds.<locals>."
    # A hook implementation is registered under its attribute's name (or its specname); the
    # partial, the number and the unmarked function are none.
    assert [(hook, plugin, function) for hook, plugin, function, _ in found] == [
        ("bound", "kinds", here + "Holder.prosecheck_checks"),
        ("odd", "kinds", here + "not_a_hook_name_at_all"),
        ("prosecheck_checks", "builtin", "prosecheck_checks"),
        ("prosecheck_checks", "holder", here + "Holder.prosecheck_checks"),
        ("prosecheck_checks", "kinds", here + "prosecheck_checks"),
        ("prosecheck_formatters", "kinds", here + "renamed"),
        ("static", "kinds", here + "Holder.prosecheck_checks"),
    ]


def test_a_checks_findings_get_the_documents_path_the_codes_severity_and_the_plugin():
    # runner._validated builds each finding anew with the Document's path, the declared severity
    # (unless the check set one) and the plugin's name, every other field kept; a plugin's
    # subclass of Diagnostic keeps its class and its own fields.
    from dataclasses import dataclass, fields

    from prosecheck import runner
    from prosecheck.document import parse
    from prosecheck.fixes import Fix

    assert [f.name for f in fields(Diagnostic)] == ["path", "line", "col", "code", "message", "severity",
                                                   "end_line", "end_col", "plugin", "fix"]

    @dataclass(frozen=True, order=True)
    class Tagged(Diagnostic):
        tag: str = ""

    class Demo(Check):
        name = "demo"
        codes = {"DM101": Code("a demo finding", severity="info")}

    doc = parse("docs/a.md", "One line.\nTwo lines.\n")
    fix = Fix(((0, 3, "Uno"),))
    given = [Diagnostic("elsewhere.md", 2, 1, "DM101", "m", end_line=2, end_col=4, fix=fix),
             Diagnostic("", 1, 5, "DM101", "n", severity="error"),
             Tagged("", 1, 1, "DM101", "t", tag="kept")]
    out = runner._validated(given, doc, Demo(), "demo-plugin", None)
    assert [(d.path, d.line, d.col, d.code, d.message, d.severity, d.end_line, d.end_col, d.plugin, d.fix)
            for d in out] == [("docs/a.md", 2, 1, "DM101", "m", "info", 2, 4, "demo-plugin", fix),
                              ("docs/a.md", 1, 5, "DM101", "n", "error", None, None, "demo-plugin", None),
                              ("docs/a.md", 1, 1, "DM101", "t", "info", None, None, "demo-plugin", None)]
    assert [type(d) for d in out] == [Diagnostic, Diagnostic, Tagged] and out[2].tag == "kept"
