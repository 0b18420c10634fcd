"""The public contracts are kept by the code, not by memory.

Downstream tools read `warehouse/SCHEMA.md` and `reports/FORMAT.md`, maintainers read
`docs/reliability.md` and the README: each test here fails when the code and its document
drift apart (a column added without a line, a test renamed that a reliability row cites, a
command nobody documented).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from fetch.errors import ERROR_CLASSES, ERROR_FAMILIES
from reports import render
from warehouse import schema, vocab
from warehouse.records import TABLES

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_MD = (ROOT / "warehouse" / "SCHEMA.md").read_text(encoding="utf-8")
FORMAT_MD = (ROOT / "reports" / "FORMAT.md").read_text(encoding="utf-8")
RELIABILITY_MD = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
IDENT = re.compile(r"[a-z_][a-z0-9_]*")


def schema_sections() -> dict[str, str]:
    """Heading of each `## ` section of SCHEMA.md -> its text."""
    parts = re.split(r"^## (.+)$", SCHEMA_MD, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def documented_columns(text: str) -> set[str]:
    """Columns a section names: first cells of its table rows, and `code` words in its prose."""
    found = set()
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith("| column"):
            found |= set(IDENT.findall(line.split("|")[1]))
    found |= {w for span in re.findall(r"`([^`]+)`", text) for w in IDENT.findall(span)}
    return found


def row_cells(text: str) -> list[set[str]]:
    return [
        set(IDENT.findall(line.split("|")[1]))
        for line in text.splitlines()
        if line.startswith("| ") and not line.startswith("| column")
    ]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    con = schema.connect(tmp_path_factory.mktemp("contract") / "w.duckdb")
    rows = con.execute(
        "SELECT c.table_name, c.column_name, c.data_type, t.table_type "
        "FROM information_schema.columns c JOIN information_schema.tables t "
        "USING (table_schema, table_name) WHERE c.table_schema = 'main' "
        "ORDER BY c.table_name, c.ordinal_position"
    ).fetchall()
    con.close()
    tables: dict[str, dict[str, str]] = {}
    kinds: dict[str, str] = {}
    for table, column, data_type, table_type in rows:
        tables.setdefault(table, {})[column] = data_type
        kinds[table] = table_type
    return tables, kinds


def section_of(name: str) -> str:
    """The section whose heading starts with the table's name (`amounts (history) and …`)."""
    for heading, text in schema_sections().items():
        if heading.split()[0] == name:
            return text
    raise AssertionError(f"SCHEMA.md has no section for table {name!r}")


def test_every_table_and_view_of_a_fresh_warehouse_is_in_schema_md(fresh):
    tables, _ = fresh
    named = {w for span in re.findall(r"`([^`]+)`|^## (.+)$", SCHEMA_MD, re.M) for s in span
             for w in IDENT.findall(s)}
    assert sorted(set(tables) - named) == []


def test_every_column_of_every_table_is_documented_and_every_documented_one_exists(fresh):
    tables, kinds = fresh
    for table, columns in tables.items():
        if kinds[table] != "BASE TABLE" or table == "schema_migrations":
            continue  # schema_migrations is described in the introduction
        text = section_of(table)
        assert sorted(set(columns) - documented_columns(text)) == [], table
        in_rows = set().union(*row_cells(text)) if row_cells(text) else set()
        assert sorted(in_rows - set(columns)) == [], f"{table}: documented but absent"


def test_the_current_views_have_their_history_columns_and_what_is_joined_in(fresh):
    tables, _ = fresh
    for view, base in (("current_amounts", "amounts"), ("current_conditions", "conditions")):
        joined = set(tables[view]) - set(tables[base])
        assert joined <= documented_columns(section_of(base)), view


def test_the_written_column_lists_exist_with_their_types(fresh):
    tables, _ = fresh
    for table in TABLES:
        actual = tables[table.name]
        for column, sql_type in table.columns:
            assert actual.get(column) == sql_type, f"{table.name}.{column}"


def test_every_vocabulary_word_is_documented_where_its_column_is():
    changes = section_of("changes")
    amounts = section_of("amounts")
    for word in [*vocab.CHANGE_KINDS, *vocab.SEVERITIES, *vocab.REVIEW_STATUSES]:
        assert re.search(rf"\b{word}\b", changes), word
    for word in [*vocab.KINDS, *vocab.UNITS, *vocab.PERS, *vocab.BOUNDS]:
        assert re.search(rf"\b{word}\b", amounts), word
    for word in vocab.CONDITION_KINDS:
        assert re.search(rf"\b{word}\b", section_of("conditions")), word
    for word in vocab.RUN_STATUSES:
        assert f"`{word}`" in section_of("runs"), word


def test_every_severity_is_that_of_a_documented_change_kind():
    assert set(vocab.CHANGE_KINDS.values()) == set(vocab.SEVERITIES)


def test_every_fetch_error_class_is_documented():
    lines = section_of("fetches").splitlines()
    row = next(line for line in lines if line.startswith("| error_class"))
    for name in ERROR_CLASSES:
        assert f"`{name}`" in row, name
    for family in ERROR_FAMILIES:
        assert f"`{family}<" in row, family


def format_example() -> dict:
    block = re.search(r"```json\n(.*?)```", FORMAT_MD, re.S).group(1)
    return json.loads(block)


def test_changes_json_keys_are_exactly_those_format_md_shows():
    example = format_example()
    assert tuple(example) == render._TOP_KEYS
    assert set(example["run"]) == set(render._RUN_KEYS)
    assert set(example["summary"]) == set(render._SUMMARY_KEYS)
    assert set(example["summary"]["failed_sources"][0]) == set(render._FAILED_KEYS)
    assert set(example["changes"][0]) == set(render._CHANGE_KEYS)
    assert example["format"] == render.FORMAT


def test_every_change_key_format_md_shows_is_explained_or_obvious():
    explained = {w for span in re.findall(r"`([^`]+)`", FORMAT_MD) for w in IDENT.findall(span)}
    for key in ("change_id", "change_kind", "severity", "old_value", "new_value", "reason",
                "review_status"):
        assert key in explained and key in render._CHANGE_KEYS


def functions_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}


def fault_cases() -> set[str]:
    text = (ROOT / "tests" / "test_faults.py").read_text(encoding="utf-8")
    return set(re.findall(r'Case\(\s*"([^"]+)"', text))


def test_every_test_docs_reliability_md_cites_exists():
    cited = re.findall(r"`([^`]+)`", RELIABILITY_MD)
    every = {p.name: functions_in(p) for p in (ROOT / "tests").glob("test_*.py")}
    everywhere = set().union(*every.values())
    missing = []
    for span in cited:
        for file, name in re.findall(r"(test_\w+\.py)::(test_\w+)", span):
            if name not in every.get(file, set()):
                missing.append(f"{file}::{name}")
        for case in re.findall(r"faults\[([\w-]+)\]", span):
            if case not in fault_cases():
                missing.append(f"faults[{case}]")
        bare = re.fullmatch(r"(test_\w+)", span)
        if bare and bare.group(1) not in everywhere:
            missing.append(bare.group(1))
    assert missing == []
    assert len(cited) > 20, "reliability.md cites almost no test: the parser above is broken"


def cli_commands() -> list[str]:
    from flows.cli import app

    names = [c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands]
    for group in app.registered_groups:
        names += [
            f"{group.name} {c.name or c.callback.__name__.replace('_', '-')}"
            for c in group.typer_instance.registered_commands
        ]
    return names


def test_every_command_of_the_cli_is_in_the_readme():
    commands = cli_commands()
    assert len(commands) >= 7
    assert [c for c in commands if f"permitwatch {c}" not in README] == []
