"""Layering of the library, read from the source (ast): ``theorems/`` never imports ``strategies/`` or ``tests/``,
and its modules' imports have no cycle (every import counts, including the ones inside functions, so that a
lazy import cannot hide a cycle); the core imports no paper. ``from pkg import mod`` is an edge to pkg.mod;
the implicit import of a parent package is not an edge (it would make every paper a cycle through its
``__init__``, which imports the paper's claims)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = ROOT / "theorems"
FORBIDDEN = ("strategies", "tests", "benchmarks")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module named by an import statement in ``path`` (absolute, or relative resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:  # `from pkg import module` imports the module; `from mod import name`, mod
                sub = f"{base}.{alias.name}"
                out.add(sub if sub in MODULES else base)
    return out


MODULES = {module_name(p) for p in LIBRARY.rglob("*.py")}


def graph() -> dict[str, set[str]]:
    return {module_name(path): {m for m in imports(path) if m in MODULES and m != module_name(path)}
            for path in LIBRARY.rglob("*.py")}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state, stack = {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        state[node] = "done"
        stack.pop()
        return None

    for node in sorted(edges):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


@pytest.mark.parametrize("path", sorted(LIBRARY.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_library_never_imports_strategies_or_tests(path):
    bad = sorted(m for m in imports(path) if m.split(".")[0] in FORBIDDEN)
    assert not bad, f"{path.relative_to(ROOT)} imports {bad}: the library must not depend on the test side"


def test_core_imports_no_paper():
    edges = graph()
    papers = {m.split(".")[1] for m in edges if m.count(".") >= 1} - {"core"}
    bad = {m: sorted(t for t in ts if t.split(".")[1:2] and t.split(".")[1] in papers)
           for m, ts in edges.items() if m.startswith("theorems.core")}
    assert not any(bad.values()), f"the core depends on paper or harness modules: {bad}"


def test_no_import_cycles():
    cycle = find_cycle(graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_imports_are_resolved_to_modules():
    assert "theorems.core.backend" in imports(LIBRARY / "core" / "data.py")
    assert "theorems.kong.claims" in imports(LIBRARY / "kong" / "__init__.py")
