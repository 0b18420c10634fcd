"""Every module-level name of the project is bound once.

Python keeps the last binding of a name without a word, and ruff says nothing when a module
constant is assigned twice. The tuning rounds write patterns into the same large modules in
parallel branches: twice a merge left two `_CASE_OPENER`s in `parsers/conditions.py` and two
`_SENTENCE_END`s in `parsers/amounts.py`, and the first rule silently read with the second's
pattern (a case clause read as a ban; a lead-in's last sentence lost its first letter).
"""

import ast
import subprocess
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bound_twice(source: str) -> list[str]:
    """Names a module's own statements (not those under `if` or `try`) bind more than once."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            if isinstance(node.target, ast.Name):
                names[node.target.id] += 1
    return sorted(name for name, count in names.items() if count > 1)


def project_modules() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [ROOT / name for name in listed if not name.startswith("tests/")]


def test_no_module_binds_a_name_twice():
    twice = {
        str(path.relative_to(ROOT)): names
        for path in project_modules()
        if (names := bound_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}


def test_the_check_sees_a_pattern_bound_again():
    source = "import re\n_A = re.compile('x')\ndef f():\n    return _A\n_A = re.compile('y')\n"
    assert bound_twice(source) == ["_A"]
    assert bound_twice("_A = 1\n_B: int = 2\ndef _A():\n    pass\n") == ["_A"]
    assert bound_twice("try:\n    X = 1\nexcept ImportError:\n    X = 2\n") == []
