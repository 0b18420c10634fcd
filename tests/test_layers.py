"""Imports run one way, down: flows -> desk -> reports -> warehouse -> rules -> parsers, fetch.

A module that imports from a package above it (even lazily inside a function, or only for
type checking) ties a lower stage to a higher one: the next move of the higher package then
breaks code that should not care. This test reads every module's imports with `ast`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Higher number = higher layer. Siblings on one level (parsers, fetch) import neither way.
LAYERS = {"flows": 5, "desk": 4, "reports": 3, "warehouse": 2, "rules": 1, "parsers": 0, "fetch": 0}


def imported_packages(path: Path) -> set[tuple[str, int]]:
    """(top-level project package, line) for every import statement in the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found |= {(n.split(".")[0], node.lineno) for n in names if n.split(".")[0] in LAYERS}
    return found


def modules() -> list[Path]:
    return sorted(p for package in LAYERS for p in (ROOT / package).rglob("*.py"))


def violations(path: Path) -> list[str]:
    package = path.relative_to(ROOT).parts[0]
    return [
        f"{path.relative_to(ROOT)}:{line} imports {target} (layer {LAYERS[target]}) "
        f"from {package} (layer {LAYERS[package]})"
        for target, line in sorted(imported_packages(path))
        if target != package and LAYERS[target] >= LAYERS[package]
    ]


def test_every_package_imports_only_packages_below_it():
    assert modules(), "no module found: the layer list is out of date"
    assert [v for path in modules() for v in violations(path)] == []


@pytest.mark.parametrize(
    ("package", "source", "bad"),
    [
        ("warehouse", "from flows.fetcher import Attempt\n", True),
        ("warehouse", "def f():\n    import reports.render\n", True),
        ("parsers", "from fetch.sources import Source\n", True),
        ("reports", "from warehouse.runs import RunSummary\n", False),
        ("flows", "import parsers.extract\n", False),
    ],
)
def test_the_check_catches_an_upward_import(tmp_path, monkeypatch, package, source, bad):
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    module = tmp_path / package / "m.py"
    module.parent.mkdir()
    module.write_text(source, encoding="utf-8")
    assert bool(violations(module)) is bad
