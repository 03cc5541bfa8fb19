"""The import rule of the layers, checked from the modules' own imports (an ``ast`` walk).

Data flows one way — law → calendar → rule book → computations → documents → edges:

* ``kiplib.law`` imports nothing of kiplib but errors and messages (the base);
* ``kiplib.calendar`` imports the law; ``kiplib.rulebook`` the law and the calendar;
* the computations (``deadlines``, ``requests``, ``exemption``, ``registers``, ``duties``)
  import the rule book and below, and each other without a cycle;
* ``kiplib.documents`` imports the computations;
* ``kiplib.plugins`` (with ``hookspecs``) builds rule books: it imports the law, the
  calendar and the rule book, and no computation ever imports it;
* the edges (``batch``, ``ical``, ``serialization``, ``cli``, ``testing``, ``server``,
  ``service``) and the package face may import anything.

Below the edges, no module imports another of kiplib inside a function (only optional
third-party packages are imported late); an edge may defer an import to keep a command's
start fast. No two modules import each other, directly or through others.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

BASE = (
    "kiplib.errors",
    "kiplib.i18n",
    "kiplib._version",
    "kiplib._check",
    "kiplib._dates",
    "kiplib._earlier_texts",
)
COMPUTATIONS = (
    "kiplib.deadlines",
    "kiplib.requests",
    "kiplib.exemption",
    "kiplib.registers",
    "kiplib.duties",
)
EDGES = (
    "kiplib.batch",
    "kiplib.ical",
    "kiplib.serialization",
    "kiplib.cli",
    "kiplib.testing",
    "kiplib.server",
    "kiplib.service",
    "kiplib.__main__",
    "kiplib._moved",
    "kiplib._codec",
)
#: layer -> (module prefixes in it, layers it may import)
LAYERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "base": (BASE, ("base",)),
    "law": (("kiplib.law",), ("base", "law")),
    "calendar": (("kiplib.calendar",), ("base", "law", "calendar")),
    "rulebook": (("kiplib.rulebook",), ("base", "law", "calendar", "rulebook")),
    "computations": (COMPUTATIONS, ("base", "law", "calendar", "rulebook", "computations")),
    "documents": (
        ("kiplib.documents",),
        ("base", "law", "calendar", "rulebook", "computations", "documents"),
    ),
    "plugins": (
        ("kiplib.plugins", "kiplib.hookspecs"),
        ("base", "law", "calendar", "rulebook", "plugins"),
    ),
    "edges": (EDGES, ("*",)),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def layer_of(module: str) -> str:
    if module == "kiplib":
        return "face"
    for name, (prefixes, _) in LAYERS.items():
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return name
    raise AssertionError(f"{module} is in no layer: add it to tests/test_layers.py")


def _imports(path: Path) -> Iterator[tuple[str, int, bool, bool]]:
    """(imported kiplib module, line, inside a function, under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    this = module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]

    def visit(
        node: ast.AST, in_function: bool, typing_only: bool
    ) -> Iterator[tuple[str, int, bool, bool]]:
        for child in ast.iter_child_nodes(node):
            fn = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            tc = typing_only or (
                isinstance(child, ast.If)
                and isinstance(child.test, ast.Name)
                and child.test.id == "TYPE_CHECKING"
            )
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.split(".")[0] == "kiplib":
                        yield alias.name, child.lineno, in_function, typing_only
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                if base.split(".")[0] == "kiplib":
                    for alias in child.names:
                        full = f"{base}.{alias.name}"
                        yield (
                            (full if _is_module(full) else base),
                            child.lineno,
                            in_function,
                            typing_only,
                        )
            yield from visit(child, fn, tc)

    yield from visit(tree, False, False)


def _is_module(name: str) -> bool:
    path = SRC.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _graph() -> dict[str, list[tuple[str, int, bool, bool]]]:
    return {module_name(p): list(_imports(p)) for p in sorted((SRC / "kiplib").rglob("*.py"))}


GRAPH = _graph()


def test_every_module_has_a_layer() -> None:
    for module in GRAPH:
        layer_of(module)


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_imports_follow_the_layers(module: str) -> None:
    mine = layer_of(module)
    allowed = ("*",) if mine == "face" else LAYERS[mine][1]
    wrong = [
        f"line {line}: {target} ({layer_of(target)})"
        for target, line, _fn, _tc in GRAPH[module]
        if "*" not in allowed and layer_of(target) not in allowed
    ]
    assert not wrong, f"{module} ({mine}) imports above its layer: {wrong}"


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if layer_of(m) != "edges"))
def test_no_import_inside_a_function(module: str) -> None:
    late = [f"line {line}: {target}" for target, line, fn, _tc in GRAPH[module] if fn]
    assert not late, f"{module} imports kiplib modules inside functions: {late}"


def test_no_cycle() -> None:
    edges: dict[str, set[str]] = {m: set() for m in GRAPH}
    for module, targets in GRAPH.items():
        if module == "kiplib":
            continue  # the face imports its sub-packages, which import their own modules
        for target, _line, _fn, typing_only in targets:
            if not typing_only and target != module and target in edges and target != "kiplib":
                edges[module].add(target)
    # A package's face imports its modules; a module importing a sibling through the face is
    # an edge to the face, so a face and its own modules are taken as one node.
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
