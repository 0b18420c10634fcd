"""The nightly flow end to end, twice, against a real local server (one Prefect harness)."""

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.server import Route
from warehouse import schema

pytestmark = pytest.mark.usefixtures("prefect_harness")


def write_sources(path: Path, server, paths: list[str]) -> Path:
    lines = [
        "defaults: {delay_seconds: 0.01, retries: 2, backoff_seconds: 0.05, timeout_seconds: 5}",
        "sources:",
    ]
    for p in paths:
        lines.append(
            f"  - {{id: page{p.replace('/', '-')}, publisher: federal, lang: en, "
            f"url: '{server.url(p)}'}}"
        )
    path.write_text("\n".join(lines) + "\n")
    return path


def run_flow(sources: Path, db: Path, tmp_path: Path, **kwargs):
    from flows.nightly import nightly

    return asyncio.run(
        nightly(sources=str(sources), db=str(db), reports=str(tmp_path / "reports"), **kwargs)
    )


def fetch_counts(summary) -> dict[str, int]:
    keys = ("sources", "changed", "unchanged", "failed", "no_capture", "new_documents")
    return {key: summary.counts[key] for key in keys}


def fetch_rows(db: Path, run_id: int) -> dict[str, tuple]:
    con = schema.connect(db, read_only=True)
    rows = con.execute(
        "SELECT source_id, outcome, status_code, final_url, content_sha256 FROM fetches "
        "WHERE run_id = ? "
        "QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY attempt DESC) = 1",
        [run_id],
    ).fetchall()
    con.close()
    return {r[0]: r[1:] for r in rows}


def test_two_runs_store_dedup_304_retry_redirect_and_isolate_a_failure(server, tmp_path):
    server.routes["/etag"] = Route(body=b"<p>EUR 450 a month</p>", etag='"v1"')
    server.routes["/plain"] = Route(body=b"<p>at most 20 hours a week</p>")
    server.routes["/broken"] = Route(status=500, body=b"oops")
    server.routes["/busy"] = Route(body=b"<p>busy page</p>", fail_first=1, retry_after="1")
    server.routes["/moved"] = Route(redirect_to="/target")
    server.routes["/target"] = Route(body=b"<p>the page moved here</p>")
    server.routes["/edited"] = Route(body=b"<p>EUR 2.131,28</p>")
    paths = ["/etag", "/plain", "/broken", "/busy", "/moved", "/edited"]
    sources = write_sources(tmp_path / "sources.yaml", server, paths)
    db = tmp_path / "w.duckdb"

    first = run_flow(sources, db, tmp_path)
    assert first.status == "completed"
    assert first.parse.parsed == 5  # every stored page parsed once
    assert fetch_counts(first) == {
        "sources": 6,
        "changed": 5,
        "unchanged": 0,
        "failed": 1,
        "no_capture": 0,
        "new_documents": 5,
    }
    rows = fetch_rows(db, first.run_id)
    assert rows["page-broken"][:2] == ("failed", 500)
    assert rows["page-busy"][:2] == ("changed", 200)
    assert rows["page-moved"][2] == server.url("/target")
    assert server.hits("/busy") == 2 and server.hits("/broken") == 3

    server.routes["/edited"] = Route(body=b"<p>EUR 2.323,08</p>")
    second = run_flow(sources, db, tmp_path)
    assert second.parse.parsed == 1  # only the edited page: unchanged bodies are not re-parsed
    assert (second.parse.amounts_opened, second.parse.amounts_closed) == (1, 1)
    assert fetch_counts(second) == {
        "sources": 6,
        "changed": 1,
        "unchanged": 4,
        "failed": 1,
        "no_capture": 0,
        "new_documents": 1,
    }
    rows = fetch_rows(db, second.run_id)
    assert rows["page-etag"][:2] == ("unchanged", 304)  # conditional GET
    assert rows["page-plain"][:2] == ("unchanged", 200)  # same body, stored once
    assert rows["page-edited"][0] == "changed"
    assert [s.headers.get("If-None-Match") for s in server.seen if s.path == "/etag"] == [
        None,
        '"v1"',
    ]

    con = schema.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 6
    runs = con.execute(
        "SELECT run_id, status, counts->>'failed' FROM runs ORDER BY run_id"
    ).fetchall()
    assert runs == [(1, "completed", "1"), (2, "completed", "1")]
    sources_rows = con.execute("SELECT count(*), min(publisher) FROM sources").fetchone()
    con.close()
    assert sources_rows == (6, "federal")
    report = (tmp_path / "reports" / "2" / "fetches.md").read_text()
    assert "| page-broken | failed | http_500: HTTP 500" in report


def test_offline_replays_captures_and_reports_missing_ones_as_no_capture(tmp_path):
    captures = tmp_path / "captures"
    for edition, text in ((1, "EUR 450"), (2, "EUR 500")):
        (captures / f"edition-{edition}").mkdir(parents=True)
        (captures / f"edition-{edition}" / "au-pair.html").write_text(f"<p>{text}</p>")
    (captures / "manifest.yaml").write_text(
        "- {url: 'https://www.vlaanderen.be/au-pair', file: au-pair.html}\n"
    )
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n"
        "  - {id: au-pair, publisher: flanders, lang: nl, url: 'https://www.vlaanderen.be/au-pair'}\n"
        "  - {id: other, publisher: flanders, lang: nl, url: 'https://www.vlaanderen.be/other'}\n"
    )
    db = tmp_path / "w.duckdb"
    counts = [
        run_flow(sources, db, tmp_path, offline=True, edition=e, captures=str(captures)).counts
        for e in (1, 1, 2)
    ]
    assert [(c["changed"], c["unchanged"], c["no_capture"], c["failed"]) for c in counts] == [
        (1, 0, 1, 0),
        (0, 1, 1, 0),
        (1, 0, 1, 0),
    ]


def test_cli_refuses_a_broken_config_before_touching_anything(tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n  - {id: x, publisher: flemish, lang: nl, url: 'https://a.be/'}\n"
    )
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(app, ["run", "--sources", str(sources), "--db", str(db)])
    assert result.exit_code == 2
    assert "sources.yaml:2: source 'x', field 'publisher'" in result.output
    assert not db.exists()


def test_cli_runs_and_ends_with_one_summary_line(server, tmp_path):
    server.routes["/p"] = Route(body=b"<p>x</p>")
    sources = write_sources(tmp_path / "sources.yaml", server, ["/p"])
    result = CliRunner().invoke(
        app,
        [
            "run",
            "--sources",
            str(sources),
            "--db",
            str(tmp_path / "w.duckdb"),
            "--reports",
            str(tmp_path / "r"),
        ],
    )
    assert result.exit_code == 0, result.output
    # the summary line (Prefect may log after it once an earlier CliRunner closed its stream)
    assert next(x for x in result.output.splitlines() if x.startswith("run 1 ")).startswith(
        "run 1 completed, health ok: 1 sources: 1 ok (1 changed, 0 unchanged), 0 failed; "
        "1 new documents;"
    )


def test_a_second_run_at_once_exits_with_a_clear_message(server, tmp_path):
    server.routes["/p"] = Route(body=b"<p>x</p>")
    sources = write_sources(tmp_path / "sources.yaml", server, ["/p"])
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from warehouse import schema; "
            "c = schema.connect(sys.argv[1]); print('ready', flush=True); time.sleep(30)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = CliRunner().invoke(
            app,
            ["run", "--sources", str(sources), "--db", str(db), "--reports", str(tmp_path / "r")],
        )
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 3
    assert "in use by another permitwatch process" in result.output
    assert server.hits("/p") == 0


def test_rebuild_from_the_cli_recomputes_the_same_facts_and_changes(server, tmp_path):
    server.routes["/p"] = Route(
        body=b"<main><h2>Conditions</h2><ul><li>The family pays at least "
        b"EUR 450 a month.</li></ul></main>"
    )
    sources = write_sources(tmp_path / "sources.yaml", server, ["/p"])
    db = tmp_path / "w.duckdb"
    run_flow(sources, db, tmp_path)
    server.routes["/p"] = Route(
        body=b"<main><h2>Conditions</h2><ul><li>The family pays at least "
        b"EUR 500 a month.</li></ul></main>"
    )
    run_flow(sources, db, tmp_path)

    def snapshot():
        con = schema.connect(db, read_only=True)
        facts = con.execute(
            "SELECT kind, value, valid_from_run, valid_to_run FROM amounts ORDER BY ALL"
        ).fetchall()
        told = con.execute(
            "SELECT run_id, change_kind, old_value, new_value FROM changes ORDER BY ALL"
        ).fetchall()
        con.close()
        return facts, told

    before = snapshot()
    assert (
        2,
        "amount_changed",
        "at least EUR 450 per month",
        "at least EUR 500 per month",
    ) in before[1]
    result = CliRunner().invoke(app, ["rebuild", "--sources", str(sources), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "rebuilt 2 snapshots" in result.output
    assert snapshot() == before


def _one_page_offline(tmp_path: Path) -> tuple[Path, Path]:
    captures = tmp_path / "captures"
    (captures / "edition-1").mkdir(parents=True)
    (captures / "edition-1" / "au-pair.html").write_text(
        "<main>"
        + "".join(f"<p>Rule {i}: at most {i + 1} weeks.</p>" for i in range(40))
        + "</main>"
    )
    (captures / "manifest.yaml").write_text(
        "- {url: 'https://www.vlaanderen.be/au-pair', file: au-pair.html}\n"
    )
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n"
        "  - {id: au-pair, publisher: flanders, lang: nl, url: 'https://www.vlaanderen.be/au-pair'}\n"
    )
    return sources, captures


async def _artifact_text(key: str) -> str:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    async with get_client() as client:
        found = await client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])),
            sort="CREATED_DESC",
            limit=1,
        )
    return found[0].data


def test_a_big_nights_artifacts_are_cut_and_name_the_whole_report(tmp_path, monkeypatch):
    import flows.nightly
    from reports.glance import glance

    monkeypatch.setattr(flows.nightly, "glance", lambda text, whole: glance(text, whole, 400))
    sources, captures = _one_page_offline(tmp_path)
    summary = run_flow(
        sources, tmp_path / "w.duckdb", tmp_path, offline=True, edition=1, captures=str(captures)
    )
    folder = tmp_path / "reports" / str(summary.run_id)
    report = asyncio.run(_artifact_text("change-report"))
    assert len(report) < 600
    assert report.endswith(f"are in the whole text, {folder / 'report.md'}.*\n")
    whole = (folder / "report.md").read_text()
    assert whole.startswith(report.rsplit("\n\n*Cut here", 1)[0])  # the start, whole lines


def test_an_artifact_the_prefect_api_refuses_does_not_fail_a_committed_night(
    tmp_path, monkeypatch, caplog
):
    import httpx

    import flows.nightly

    async def refused(markdown, key, description):
        request = httpx.Request("POST", "http://127.0.0.1:4200/api/artifacts/")
        raise httpx.HTTPStatusError(
            "500", request=request, response=httpx.Response(500, request=request)
        )

    monkeypatch.setattr(flows.nightly, "create_markdown_artifact", refused)
    sources, captures = _one_page_offline(tmp_path)
    summary = run_flow(
        sources, tmp_path / "w.duckdb", tmp_path, offline=True, edition=1, captures=str(captures)
    )
    assert summary.status == "completed" and summary.counts["changed"] == 1
    assert (tmp_path / "reports" / str(summary.run_id) / "report.md").exists()
    refusals = [r.getMessage() for r in caplog.records if "not stored" in r.getMessage()]
    assert len(refusals) == 2 and all(
        r.levelname == "ERROR" for r in caplog.records if "not stored" in r.getMessage()
    )
    assert "fetch-summary" in refusals[0] and "change-report" in refusals[1]
