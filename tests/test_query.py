"""`permitwatch query` for people and scripts: nulls empty, nothing cut, four formats, and
the README's examples right after `make demo`."""

import json
import re
import shlex
from datetime import datetime
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from reports.tables import render
from tests.server import LocalServer
from warehouse import schema

ROOT = Path(__file__).resolve().parents[1]
LONG = "The host family pays the au pair pocket money of at least EUR 450 a month, " * 3


def test_nulls_are_empty_cells_and_nothing_is_cut_unless_asked():
    names = ["run_id", "finished_at", "note"]
    rows = [(1, datetime(2026, 12, 6, 2, 0, 3), LONG), (2, None, None)]
    text = render(names, rows, "table")
    assert "NaN" not in text and "NaT" not in text and "None" not in text
    assert LONG.strip() in text  # whole, 225 characters
    assert text.splitlines()[2].rstrip() == "     2"  # run_id right-aligned, the rest empty
    cut = render(names, rows, "table", width=20)
    assert "The host family pay…" in cut and LONG.strip() not in cut
    assert render(names, rows, "csv").splitlines()[2] == "2,,"
    assert json.loads(render(names, rows, "json")) == [
        {"run_id": 1, "finished_at": "2026-12-06T02:00:03", "note": LONG},
        {"run_id": 2, "finished_at": None, "note": None},
    ]


@pytest.fixture
def warehouse(tmp_path) -> Path:
    db = tmp_path / "w.duckdb"
    con = schema.connect(db)
    con.execute(
        "INSERT INTO runs (started_at, status, mode, note, counts) VALUES "
        "(TIMESTAMP '2026-12-06 02:00:00', 'running', 'live', NULL, NULL), "
        "(TIMESTAMP '2026-12-07 02:00:00', 'completed', 'live', ?, '{\"failed\": 0}')",
        [LONG],
    )
    con.close()
    return db


def query(*args: str):
    return CliRunner().invoke(app, ["query", *args])


def test_every_format_from_the_command_line(warehouse, tmp_path):
    sql = "SELECT run_id, finished_at, status, note, counts FROM runs ORDER BY run_id"
    shown = query(sql, "--db", str(warehouse))
    assert shown.exit_code == 0, shown.output
    assert "NaN" not in shown.output and "NaT" not in shown.output
    assert LONG.strip() in shown.output
    as_json = json.loads(query(sql, "--db", str(warehouse), "--format", "json").stdout)
    assert [(r["run_id"], r["finished_at"], r["counts"]) for r in as_json] == [
        (1, None, None),
        (2, None, '{"failed": 0}'),
    ]
    out = tmp_path / "runs.csv"
    written = query(sql, "--db", str(warehouse), "--format", "csv", "--output", str(out))
    assert written.exit_code == 0 and "2 rows written" in written.output
    assert out.read_text().splitlines()[1] == "1,,running,,"
    parquet = tmp_path / "runs.parquet"
    written = query(sql, "--db", str(warehouse), "--format", "parquet", "--output", str(parquet))
    assert written.exit_code == 0, written.output
    assert duckdb.sql(f"SELECT run_id, note FROM '{parquet}' ORDER BY 1").fetchall() == [
        (1, None),
        (2, LONG),
    ]
    refused = query(sql, "--db", str(warehouse), "--format", "parquet")
    assert refused.exit_code == 2 and "give --output FILE" in refused.output
    assert query(sql, "--db", str(warehouse), "--format", "xml").exit_code == 2


def test_without_db_the_demo_warehouse_is_read_while_it_is_the_only_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert query("SELECT 1").exit_code == 2  # nothing yet: says to run first
    schema.connect(tmp_path / "warehouse" / "demo.duckdb").close()
    result = query("SELECT count(*) AS n FROM runs")
    assert result.exit_code == 0, result.output
    assert "reading the demo warehouse warehouse/demo.duckdb" in result.output
    assert result.stdout.splitlines() == ["n", "0"]


def readme_queries() -> list[list[str]]:
    """Every `permitwatch query …` command line of the README, as a shell would split it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"^\.venv/bin/permitwatch (query .+?)(?:\s+#.*)?$", text, re.MULTILINE)
    return [shlex.split(line)[1:] for line in lines]


@pytest.mark.usefixtures("prefect_harness")
def test_the_readme_query_examples_work_right_after_the_demo(tmp_path, monkeypatch):
    from flows import demo

    assert readme_queries(), "the README shows no query example any more"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources.yaml").write_text((ROOT / "sources.yaml").read_text())
    monkeypatch.setattr(demo, "CAPTURES", ROOT / "captures")
    monkeypatch.setattr(demo, "DEFAULT_SOURCES", tmp_path / "sources.yaml")
    with LocalServer() as hook:  # a maintainer's alerts beside the sources: the demo sends none
        (tmp_path / "notify.yaml").write_text(
            f"notify:\n  urls: ['json://127.0.0.1:{hook.port}/hook']\n  min_severity: low\n"
        )
        demo.main()
    assert hook.posted == []
    for args in readme_queries():
        result = query(*args)
        assert result.exit_code == 0, (args, result.output)
        assert "(no rows)" not in result.stdout, args
