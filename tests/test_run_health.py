"""Run health end to end: a dead network is a failed run (data and report kept), a failing
source on its first fetch is no change, and each page is listed once in the report."""

import asyncio
import json
import re
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import EXIT_RUN_FAILED, app
from tests.server import Route
from tests.test_nightly_flow import run_flow, write_sources
from warehouse import schema

pytestmark = pytest.mark.usefixtures("prefect_harness")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def dead_sources(path: Path, n: int) -> Path:
    port = closed_port()
    lines = ["defaults: {delay_seconds: 0, retries: 0, timeout_seconds: 2}", "sources:"]
    lines += [
        f"  - {{id: dead-{i}, publisher: federal, lang: en, url: 'http://127.0.0.1:{port}/{i}'}}"
        for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def run_rows(db: Path) -> list[tuple]:
    con = schema.connect(db, read_only=True)
    rows = con.execute(
        "SELECT run_id, status, health, health_reason FROM runs ORDER BY run_id"
    ).fetchall()
    con.close()
    return rows


def test_a_night_without_network_is_a_failed_run_with_its_data_and_report(tmp_path):
    sources = dead_sources(tmp_path / "sources.yaml", 3)
    db, reports = tmp_path / "w.duckdb", tmp_path / "r"
    result = CliRunner().invoke(
        app, ["run", "--sources", str(sources), "--db", str(db), "--reports", str(reports)]
    )
    assert result.exit_code == EXIT_RUN_FAILED, result.output
    assert "failed  dead-0: connection_ConnectError: robots.txt of" in result.output
    line = next(x for x in result.output.splitlines() if x.startswith("run 1 "))
    assert line.startswith(
        "run 1 completed, health failed (all 3 sources failed (3 connection_ConnectError)): "
    )
    assert re.search(r"; \d+\.\d s in all, the run's work \d+\.\d s$", line)
    assert run_rows(db) == [
        (1, "completed", "failed", "all 3 sources failed (3 connection_ConnectError)")
    ]
    data = json.loads((reports / "1" / "changes.json").read_text())
    assert data["run"]["health"] == "failed"
    assert data["changes"] == []  # a source failing on its first fetch is no change
    assert [f["source_id"] for f in data["summary"]["failed_sources"]] == [
        "dead-0",
        "dead-1",
        "dead-2",
    ]
    markdown = (reports / "1" / "report.md").read_text()
    assert "**Health failed:** all 3 sources failed" in markdown
    assert markdown.count("dead-1") == 1  # listed once: not also as checked

    # The Prefect flow run itself ends red; the stored data stays as it was.
    state = asyncio.run(
        __import__("flows.nightly", fromlist=["nightly"]).nightly(
            sources=str(sources), db=str(db), reports=str(reports), return_state=True
        )
    )
    assert state.is_failed()
    assert "run 2 failed: all 3 sources failed" in state.message
    assert [r[:3] for r in run_rows(db)] == [
        (1, "completed", "failed"),
        (2, "completed", "failed"),
    ]


def test_a_page_that_stops_answering_is_one_change_and_listed_once(server, tmp_path):
    for name in ("a", "c", "d"):
        server.routes[f"/{name}"] = Route(body=f"<p>page {name}: EUR 450 a month</p>".encode())
    server.routes["/b"] = Route(status=404)  # never answered: a failed fetch, not a change
    sources = write_sources(tmp_path / "sources.yaml", server, ["/a", "/b", "/c", "/d"])
    db = tmp_path / "w.duckdb"
    first = run_flow(sources, db, tmp_path)
    assert (first.health.verdict, first.health.reason) == (
        "degraded",
        "1 of 4 sources failed (1 http_404)",
    )
    server.routes["/a"] = Route(status=404)
    second = run_flow(sources, db, tmp_path)
    assert second.health.verdict == "degraded"  # 2 of 4: more than half would be "failed"

    con = schema.connect(db, read_only=True)
    told = con.execute("SELECT run_id, source_id, change_kind FROM changes ORDER BY ALL").fetchall()
    con.close()
    assert told == [
        (1, "page-a", "page_added"),
        (1, "page-c", "page_added"),
        (1, "page-d", "page_added"),
        (2, "page-a", "page_unreachable"),
    ]
    data = json.loads((tmp_path / "reports" / "2" / "changes.json").read_text())
    summary = data["summary"]
    assert [c["source_id"] for c in summary["checked_sources"]] == ["page-c", "page-d"]
    assert [f["source_id"] for f in summary["failed_sources"]] == ["page-b"]  # a is a change
    assert (summary["sources_checked"], summary["sources_failed"]) == (2, 2)
    html = (tmp_path / "reports" / "2" / "report.html").read_text()
    assert html.count(">page-b<") == 1 and html.count("health degraded") == 1


def test_status_json_and_the_feed_tell_every_night_with_absolute_links(server, tmp_path):
    import xml.etree.ElementTree as ET

    server.routes["/a"] = Route(body=b"<p>EUR 450 a month</p>")
    server.routes["/c"] = Route(body=b"<p>at most 20 hours a week</p>")
    server.routes["/b"] = Route(status=503)
    sources = write_sources(tmp_path / "sources.yaml", server, ["/a", "/b", "/c"])
    (tmp_path / "notify.yaml").write_text("base_url: https://pw.example.org/reports\n")
    db, out = tmp_path / "w.duckdb", tmp_path / "reports"
    run_flow(sources, db, tmp_path)
    run_flow(sources, db, tmp_path)  # quiet: nothing changed, b still failing
    status = json.loads((out / "status.json").read_text())
    assert status["format"] == "permitwatch-status/1"
    last = status["last_run"]
    assert (last["run_id"], last["status"], last["health"], last["changes"]) == (
        2,
        "completed",
        "degraded",
        0,
    )
    assert last["report"] == "https://pw.example.org/reports/2/report.html"
    assert [(s["source_id"], s["nights"], s["since_run"]) for s in status["failing_sources"]] == [
        ("page-b", 2, 1)
    ]
    assert status["failing_sources"][0]["error"].startswith("http_503: HTTP 503")

    atom = "{http://www.w3.org/2005/Atom}"
    entries = ET.parse(out / "feed.xml").getroot().findall(f"{atom}entry")
    assert [e.findtext(f"{atom}title") for e in entries] == [
        "Run 2: no change in the rules; 2 pages checked, 1 could not be checked",
        "Run 1: 2 changes, 1 could not be checked",
    ]
    assert [e.find(f"{atom}link").get("href") for e in entries] == [
        "https://pw.example.org/reports/2/report.html",
        "https://pw.example.org/reports/1/report.html",
    ]

    server.routes["/b"] = Route(body=b"<p>back</p>")
    run_flow(sources, db, tmp_path)
    status = json.loads((out / "status.json").read_text())
    assert (status["last_run"]["run_id"], status["last_run"]["health"]) == (3, "ok")
    assert status["failing_sources"] == []  # the streak ends with a good fetch


def test_a_run_stopped_by_an_error_is_in_the_feed_too(server, tmp_path, monkeypatch):
    import xml.etree.ElementTree as ET

    from warehouse import parse_stage

    def broken(*args, **kwargs):
        raise RuntimeError("a parser bug")

    monkeypatch.setattr(parse_stage, "parse_stage", broken)
    server.routes["/a"] = Route(body=b"<p>EUR 450 a month</p>")
    sources = write_sources(tmp_path / "sources.yaml", server, ["/a"])
    with pytest.raises(RuntimeError, match="a parser bug"):
        run_flow(sources, tmp_path / "w.duckdb", tmp_path)
    assert [r[:2] for r in run_rows(tmp_path / "w.duckdb")] == [(1, "failed")]
    atom = "{http://www.w3.org/2005/Atom}"
    entries = ET.parse(tmp_path / "reports" / "feed.xml").getroot().findall(f"{atom}entry")
    assert [e.findtext(f"{atom}title") for e in entries] == [
        "Run 1 failed: an error stopped it before it finished (see its log)"
    ]
