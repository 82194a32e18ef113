"""The branches of a tier function (superlatives._tier, hedging._booster_tier, hedging._hedge_tier),
read from its source, and the function rebuilt with some of them switched off: for eval/ablate.py.

A *branch* is a ``return INFO`` with the test of the ``if`` (or ``elif``) that holds it; when that
test is ``A or B or C``, each operand is a branch of its own. Reading the branches from the source
instead of restating them keeps the ablation in step with the rules: a new ``return INFO`` is a
new branch (tests/test_eval_ablate.py fails until ablate.EXEMPTIONS names it), and a branch the
rules lost leaves an entry that matches nothing (the run stops and says so).

Switching a branch off removes its operand from the test (or the whole ``return INFO`` when every
operand, or a test that is no ``or``, is off), as if the line were deleted from the rules: the
finding goes on to the branches below it. The rules are not changed and cost nothing more: the
rebuilt function is patched into the module only for the ablation.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from dataclasses import dataclass


@dataclass(frozen=True)
class Branch:
    index: int  # which ``return INFO`` of the function, in source order
    operand: object  # which operand of an ``or`` test, or None: the whole test
    line: int  # the test's (or operand's) line in the module
    names: frozenset  # the names, attributes and strings the test (or operand) uses
    source: str


class Unsupported(ValueError):
    """A ``return INFO`` this module cannot switch off on its own (not directly under an ``if``)."""


def _tree(fn) -> ast.FunctionDef:
    lines, first = inspect.getsourcelines(fn)
    tree = ast.parse(textwrap.dedent("".join(lines)))
    ast.increment_lineno(tree, first - 1)
    return tree.body[0]


def _info_returns(fdef: ast.FunctionDef) -> list:
    """(the ``if`` whose body holds it, the return) for each ``return INFO``, in source order."""
    out = []

    def visit(stmts, holder):
        for st in stmts:
            if isinstance(st, ast.Return) and isinstance(st.value, ast.Name) and st.value.id == "INFO":
                if holder is None:
                    raise Unsupported("%s line %d: a return INFO under no if of its own" % (fdef.name, st.lineno))
                out.append((holder, st))
            elif isinstance(st, ast.If):
                visit(st.body, st)
                visit(st.orelse, None)  # an elif is an If of its own there
            else:
                for field in ("body", "orelse", "finalbody", "handlers"):
                    visit(getattr(st, field, None) or (), None)

    visit(fdef.body, None)
    # Any other way to lower a finding (``return INFO if x else None``, ``severity = INFO``, a
    # return of another function's answer) would be a branch this module cannot see: refuse it.
    infos = sum(1 for n in ast.walk(fdef) if isinstance(n, ast.Name) and n.id == "INFO")
    others = [n.lineno for n in ast.walk(fdef) if isinstance(n, ast.Return) and n.value is not None
              and not (isinstance(n.value, ast.Constant) and n.value.value is None)
              and not (isinstance(n.value, ast.Name) and n.value.id == "INFO")]
    if infos != len(out) or others:
        raise Unsupported("%s line %d: INFO used, or a value returned, other than by `return INFO` and `return None`: "
                          "eval/tier_branches.py cannot see that branch" % (fdef.name, (others or [fdef.lineno])[0]))
    return out


def _names(node) -> frozenset:
    out = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name):
            out.add(n.id)
        elif isinstance(n, ast.Attribute):
            out.add(n.attr)
        elif isinstance(n, ast.Constant) and isinstance(n.value, str):
            out.add(n.value)
    return frozenset(out)


def _operands(test) -> list:
    return list(test.values) if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]


def branches(fn) -> list:
    """Every branch of ``fn`` that lowers a finding to info."""
    out = []
    for k, (holder, _ret) in enumerate(_info_returns(_tree(fn))):
        ops = _operands(holder.test)
        for j, op in enumerate(ops):
            out.append(Branch(k, j if len(ops) > 1 else None, op.lineno, _names(op), ast.unparse(op)))
    return out


def select(fn, tokens) -> list:
    """The branches of ``fn`` whose test uses one of ``tokens``; SystemExit when a token matches none
    (the rules changed under ablate.EXEMPTIONS)."""
    found = branches(fn)
    for t in tokens:
        if not any(t in br.names for br in found):
            raise SystemExit("error: no branch of %s.%s uses %r (the rules changed: update eval/ablate.py's "
                             "EXEMPTIONS)" % (fn.__module__, fn.__name__, t))
    return [br for br in found if not br.names.isdisjoint(tokens)]


class _Narrow(ast.NodeTransformer):
    def __init__(self, values):
        self.values = values

    def visit_Name(self, node):
        if node.id in self.values and isinstance(node.ctx, ast.Load):
            return ast.copy_location(ast.Constant(self.values[node.id]), node)
        return node


def without(fn, tokens=(), narrow=None):
    """``fn`` rebuilt with the branches that use one of ``tokens`` switched off, and with each
    module-level name of ``narrow`` replaced, inside ``fn`` only, by its value there (a word set
    with some of its words taken out, say)."""
    fdef = _tree(fn)
    off = {}
    for br in select(fn, tokens):
        off.setdefault(br.index, set()).add(br.operand)
    returns = _info_returns(fdef)
    for k, operands in off.items():
        holder, ret = returns[k]
        ops = _operands(holder.test)
        keep = [op for j, op in enumerate(ops) if len(ops) > 1 and j not in operands]
        if not keep:
            holder.body[holder.body.index(ret)] = ast.copy_location(ast.Pass(), ret)
        elif holder.body != [ret]:
            raise Unsupported("%s line %d: an or-test whose body does more than return INFO" % (fn.__name__, holder.lineno))
        else:
            holder.test = keep[0] if len(keep) == 1 else ast.BoolOp(op=ast.Or(), values=keep)
    if narrow:
        missing = [n for n in narrow if n not in fn.__globals__]
        if missing:
            raise SystemExit("error: %s has no %s (the rules changed: update eval/ablate.py's EXEMPTIONS)"
                             % (fn.__module__, ", ".join(missing)))
        fdef = _Narrow(narrow).visit(fdef)
    fdef.decorator_list = []
    module = ast.fix_missing_locations(ast.Module(body=[fdef], type_ignores=[]))
    space = {}
    exec(compile(module, inspect.getsourcefile(fn), "exec"), fn.__globals__, space)
    rebuilt = space[fn.__name__]
    rebuilt.__wrapped_rules__ = fn
    return rebuilt
