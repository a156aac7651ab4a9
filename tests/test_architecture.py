"""The layering the architecture promises, checked on the import statements of every module (not at run time).

Stages are pure functions of their input, so a distributed runner can ship them: they never import the CLI,
the store, the web app or a runner. The store depends only on the records and the error root.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsweave"
STAGES = ("ingest", "analyze", "group", "weave", "render", "geo", "models", "lang", "fetch")
ENTRY_POINTS = (
    "newsweave.store", "newsweave.web", "newsweave.cli", "newsweave.commands", "newsweave.runners",
)


def _imports(path: Path) -> set[str]:
    """Every newsweave module named by an import in ``path``, also the ones inside functions."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return {n for n in names if n == "newsweave" or n.startswith("newsweave.")}


def _modules(package: str) -> list[Path]:
    return sorted((PACKAGE / package).rglob("*.py"))


@pytest.mark.parametrize("stage", STAGES)
def test_stages_never_import_entry_points_or_the_store(stage: str) -> None:
    offending = {
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules(stage)
        for name in _imports(path)
        if any(name == e or name.startswith(e + ".") for e in ENTRY_POINTS)
    }
    assert not offending, sorted(offending)


def test_store_depends_only_on_models_and_errors() -> None:
    # identity and text are neutral toolkits (no stage, no language): hashing ids, what a word is.
    allowed = ("newsweave.store", "newsweave.models", "newsweave.errors", "newsweave.identity",
               "newsweave.text")
    offending = {
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules("store")
        for name in _imports(path)
        if not any(name == a or name.startswith(a + ".") for a in allowed)
    }
    assert not offending, sorted(offending)


# The pipeline's order: a stage may use the records and toolkits of any stage before it, never one after it
# (group ran a step of weave's before its stems moved to lang/en/stems.py).
PIPELINE_ORDER = ("ingest", "analyze", "group", "weave", "render")


@pytest.mark.parametrize("stage", PIPELINE_ORDER[:-1])
def test_stages_never_import_a_later_stage(stage: str) -> None:
    later = PIPELINE_ORDER[PIPELINE_ORDER.index(stage) + 1:]
    offending = {
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules(stage)
        for name in _imports(path)
        if any(name == f"newsweave.{s}" or name.startswith(f"newsweave.{s}.") for s in later)
    }
    assert not offending, sorted(offending)


def test_the_walker_sees_imports_inside_functions(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    source = "def f():\n    from newsweave.store import open_store\n    import json\n"
    probe.write_text(source, encoding="utf-8")
    assert _imports(probe) == {"newsweave.store"}


def test_commands_never_import_the_cli_module() -> None:
    # cli.py imports the commands; the reverse would be a circle (and a second app object under -m).
    offending = {
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules("commands")
        for name in _imports(path)
        if name == "newsweave.cli"
    }
    assert not offending, sorted(offending)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _load_time_imports(path: Path, known: set[str]) -> set[str]:
    """Modules ``path`` imports while it loads: module level, outside ``if TYPE_CHECKING``, and each name of
    a ``from`` import that is itself a module."""
    names: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test):
                continue
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.If | ast.Try):
                visit(node.body)
                visit(node.orelse)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    own = _module_name(path)
    return {n for n in names if n in known and n != own}


def test_no_module_imports_itself_back_at_load_time() -> None:
    # A circle of module-level imports works only in some import orders; the package a module sits in is
    # loaded first by Python anyway, so only explicit imports count (``from pkg import sub`` names pkg).
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: _load_time_imports(path, set(paths)) for name, path in paths.items()}
    done: set[str] = set()
    circles = []

    def walk(name: str, trail: list[str]) -> None:
        if name in trail:
            circles.append(" -> ".join([*trail[trail.index(name) :], name]))
            return
        if name in done:
            return
        for nxt in sorted(graph[name]):
            walk(nxt, [*trail, name])
        done.add(name)

    for name in sorted(graph):
        walk(name, [])
    assert not circles, circles
