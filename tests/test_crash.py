"""Crash safety and readers: `permitwatch run` in a subprocess, frozen at a named point
(flows/crashpoints.py) and killed with SIGKILL; a second run at once; a reader polling the
published copy while a run writes. Runs share the session's Prefect test server."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests import faults
from tests.server import LocalServer, Route
from warehouse import schema
from warehouse.published import published_path

ROOT = Path(__file__).parents[1]
PAGES = ("value", "gone", "same", "added")
CONDITIONS = [
    "The au pair is at least 18 years old and younger than 26.",
    "The au pair must not take any other job in Belgium.",
    "The host family must give at least one full day off each week.",
]
NEW_CONDITION = "The host family must not already employ an au pair."


def page(pocket: int = 450, conditions: list[str] = CONDITIONS) -> bytes:
    items = "".join(f"<li>{c}</li>" for c in conditions)
    return (
        f"<html><body><main><h1>Au pair</h1><h2>Conditions</h2><ul>{items}</ul>"
        f"<h2>Pocket money</h2><p>The host family pays at least EUR {pocket} a month.</p>"
        "<h2>Hours</h2><ul><li>Chores take at most 20 hours a week.</li></ul></main>"
        "</body></html>"
    ).encode()


@dataclass
class Setup:
    server: LocalServer
    tmp: Path
    sources: Path
    db: Path
    reports: Path
    api_url: str

    def cli(self, *extra: str) -> list[str]:
        return [
            sys.executable, "-m", "flows.cli", "run", "--sources", str(self.sources),
            "--db", str(self.db), "--reports", str(self.reports), *extra,
        ]  # fmt: skip

    def start(
        self, pause: str | None, log: str, extra_env: dict[str, str] | None = None
    ) -> tuple[subprocess.Popen, Path]:
        env = {**os.environ, "PREFECT_API_URL": self.api_url, **(extra_env or {})}
        env.pop("PERMITWATCH_TEST_PAUSE", None)
        if pause:
            env["PERMITWATCH_TEST_PAUSE"] = pause
        path = self.tmp / log
        with path.open("wb") as out:
            proc = subprocess.Popen(self.cli(), cwd=ROOT, env=env, stdout=out, stderr=out)
        return proc, path

    def run_here(self):
        """One complete run in this process (faster than a subprocess; same flow)."""
        from flows.nightly import nightly

        return asyncio.run(
            nightly(sources=str(self.sources), db=str(self.db), reports=str(self.reports))
        )


@pytest.fixture
def setup(server, tmp_path, prefect_harness) -> Setup:
    import prefect.settings

    lines = ["defaults: {delay_seconds: 0, retries: 0, timeout_seconds: 5}", "sources:"]
    lines += [
        f"  - {{id: {p}, publisher: flanders, lang: en, url: '{server.url('/' + p)}'}}"
        for p in PAGES
    ]
    sources = tmp_path / "sources.yaml"
    sources.write_text("\n".join(lines) + "\n")
    for p in PAGES:
        server.routes[f"/{p}"] = Route(body=page())
    return Setup(
        server,
        tmp_path,
        sources,
        tmp_path / "w.duckdb",
        tmp_path / "reports",
        prefect.settings.PREFECT_API_URL.value(),
    )


def wait_for(proc: subprocess.Popen, log: Path, text: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in log.read_text(errors="replace"):
            return
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    pytest.fail(f"never saw {text!r}; output:\n{log.read_text(errors='replace')[-3000:]}")


def kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=10) == -signal.SIGKILL


def edit_pages(server: LocalServer) -> None:
    server.routes["/value"] = Route(body=page(pocket=500))
    server.routes["/gone"] = faults.status(503)
    server.routes["/added"] = Route(body=page(conditions=[*CONDITIONS, NEW_CONDITION]))


def snapshot(db: Path, run_id: int) -> dict[str, list]:
    """Everything run `run_id` wrote or saw, to compare before and after a crash."""
    con = schema.connect(db, read_only=True)
    by_page = "ORDER BY source_id, position"
    queries = {
        "run": "SELECT run_id, status, counts, finished_at FROM runs WHERE run_id = ?",
        "fetches": "SELECT * FROM fetches WHERE run_id = ? ORDER BY source_id, attempt",
        # what the run said (a later run may close a row: valid_to_run is not the run's)
        "amounts": f"SELECT * EXCLUDE (valid_to_run) FROM amounts_as_of(?) {by_page}",
        "conditions": f"SELECT * EXCLUDE (valid_to_run) FROM conditions_as_of(?) {by_page}",
        "changes": "SELECT * EXCLUDE (detected_at) FROM changes WHERE run_id = ? ORDER BY 1",
        "parses": "SELECT * FROM parses WHERE run_id = ? ORDER BY source_id",
    }
    out = {name: con.execute(sql, [run_id]).fetchall() for name, sql in queries.items()}
    con.close()
    return out


def one(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = schema.connect(db, read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def kinds(db: Path, run_id: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for source_id, kind in one(
        db,
        "SELECT source_id, change_kind FROM changes WHERE run_id = ? ORDER BY position",
        [run_id],
    ):
        out.setdefault(source_id, []).append(kind)
    return out


EXPECTED = {
    # the other pages of the same publisher still state the old value: the edited page now
    # disagrees with them on that rule (rules layer), told once with its amount change
    "value": ["amount_changed", "rule_conflict"],
    "gone": ["page_unreachable"],
    "added": ["condition_added"],
}


@pytest.mark.parametrize("point", ["fetch", "parse", "write"])
def test_a_run_killed_mid_stage_leaves_the_warehouse_whole_and_the_next_run_tells_all(setup, point):
    first = setup.run_here()
    assert first.status == "completed"
    before = snapshot(setup.db, first.run_id)
    edit_pages(setup.server)

    proc, log = setup.start(point, f"{point}.log")
    wait_for(proc, log, f"permitwatch: paused at {point}")
    kill(proc)

    assert snapshot(setup.db, first.run_id) == before  # opens, and run 1 is exactly as it was
    assert one(setup.db, "SELECT status FROM runs WHERE run_id = 2") == [("running",)]
    fetched = one(setup.db, "SELECT count(DISTINCT source_id) FROM fetches WHERE run_id = 2")
    assert fetched == [(1 if point == "fetch" else len(PAGES),)]  # the first source commits at once
    for table in ("changes", "parses"):  # ... but the parse stage is all or nothing
        assert one(setup.db, f"SELECT count(*) FROM {table} WHERE run_id = 2") == [(0,)]
    assert one(setup.db, "SELECT count(*) FROM amounts WHERE valid_to_run = 2") == [(0,)]
    assert one(published_path(setup.db), "SELECT max(run_id) FROM runs") == [(1,)]

    third = setup.run_here()
    assert (third.run_id, third.status, third.aborted_runs) == (3, "completed", [2])
    status, note = one(setup.db, "SELECT status, note FROM runs WHERE run_id = 2")[0]
    assert status == "aborted" and "marked at the next start" in note
    assert kinds(setup.db, 3) == EXPECTED  # everything the dead run never told
    assert snapshot(setup.db, first.run_id) == before
    published = one(published_path(setup.db), "SELECT run_id, status FROM runs ORDER BY 1")
    assert published == [(1, "completed"), (2, "aborted"), (3, "completed")]


def test_a_run_killed_while_publishing_leaves_the_old_copy_readable(setup):
    setup.run_here()
    edit_pages(setup.server)
    proc, log = setup.start("publish", "publish.log")
    wait_for(proc, log, "permitwatch: paused at publish")
    kill(proc)

    copy = published_path(setup.db)
    assert one(copy, "SELECT run_id, status FROM runs") == [(1, "completed")]  # old, whole
    assert list(copy.parent.glob(".*.tmp"))  # the half-done copy the dead run left
    assert one(setup.db, "SELECT status FROM runs WHERE run_id = 2") == [("completed",)]
    assert kinds(setup.db, 2) == EXPECTED  # it had committed: its changes stand

    third = setup.run_here()
    assert (third.status, third.aborted_runs) == ("completed", [])
    assert kinds(setup.db, 3) == {}  # nothing is told twice
    assert not list(copy.parent.glob(".*.tmp"))
    assert one(copy, "SELECT max(run_id) FROM runs") == [(3,)]


def test_a_second_run_at_once_exits_touching_nothing_and_readers_still_read(setup):
    setup.run_here()
    copy = published_path(setup.db)
    stamp = copy.stat().st_mtime_ns
    first, log = setup.start("fetch", "first.log")
    try:
        wait_for(first, log, "permitwatch: paused at fetch")
        hits = {p: setup.server.hits(f"/{p}") for p in PAGES}
        second = subprocess.run(
            setup.cli(), cwd=ROOT, capture_output=True, text=True, timeout=60,
            env={**os.environ, "PREFECT_API_URL": setup.api_url},
        )  # fmt: skip
        assert second.returncode == 3
        assert "in use by another permitwatch process" in second.stderr
        assert {p: setup.server.hits(f"/{p}") for p in PAGES} == hits  # fetched nothing
        assert copy.stat().st_mtime_ns == stamp
        assert not (setup.reports / "3").exists()

        read = CliRunner().invoke(app, ["query", "SELECT max(run_id) FROM runs", "--db",
                                        str(setup.db)])  # fmt: skip
        assert read.exit_code == 0 and read.output.split()[-1] == "1"  # the published copy
        live = CliRunner().invoke(app, ["query", "SELECT 1", "--db", str(setup.db), "--live"])
        assert live.exit_code == 3 and "published copy" in live.output
    finally:
        kill(first)
    assert setup.run_here().aborted_runs == [2]


def test_readers_of_the_published_copy_never_see_a_half_run_nor_wait(setup):
    setup.run_here()
    edit_pages(setup.server)
    # The writer holds its write transaction open (all of run 2 written, not committed) until
    # the test releases it: every read below is concurrent with a half-written run, and it
    # must complete while the writer still holds its lock, or the writer's pause runs out.
    release = setup.tmp / "release-writer"
    writer, log = setup.start("write", "writer.log", {"PERMITWATCH_TEST_RELEASE": str(release)})
    copy = published_path(setup.db)

    def read() -> tuple[list, list]:
        con = schema.connect(copy, read_only=True)
        try:
            runs = con.execute("SELECT run_id, status FROM runs ORDER BY run_id").fetchall()
            changes = con.execute("SELECT DISTINCT run_id FROM changes").fetchall()
        finally:
            con.close()
        assert all(status != "running" for _, status in runs), runs  # never half a run
        assert {r for (r,) in changes} <= {r for r, _ in runs}
        return runs, changes

    try:
        wait_for(writer, log, "permitwatch: paused at write", seconds=60)
        for _ in range(5):  # while the writer holds run 2 uncommitted
            runs, _ = read()
            assert max(r for r, _ in runs) == 1  # the half-written run is invisible
        release.touch()
        for _ in range(3000):  # bounded: reads go on while the writer commits and publishes
            if writer.poll() is not None:
                break
            read()
            time.sleep(0.02)
    finally:
        if writer.poll() is None:
            kill(writer)
    text = log.read_text(errors="replace")
    assert writer.returncode == 0, text[-2000:]
    # the reads above finished inside the pause: no reader waited for the writer's lock
    assert "permitwatch: released at write" in text, text[-2000:]
    runs, _ = read()
    assert [r for r, _ in runs] == [1, 2]
    assert kinds(copy, 2) == EXPECTED  # and the copy it published is the whole run


def test_a_review_reaches_readers_of_the_published_copy(tmp_path):
    from tests.test_history import V1, V2, night

    db = tmp_path / "w.duckdb"
    con = schema.connect(db)
    night(con, V1)
    run_id, _ = night(con, V2)
    sql = "SELECT change_id FROM changes WHERE run_id = ?"
    (change_id,) = con.execute(sql, [run_id]).fetchone()
    con.close()
    runner = CliRunner()
    review = runner.invoke(
        app, ["review", change_id, "--status", "confirmed", "--db", str(db),
              "--reports", str(tmp_path / "r")],
    )  # fmt: skip
    assert review.exit_code == 0, review.output
    assert published_path(db).exists()
    read = runner.invoke(
        app, ["query", f"SELECT review_status FROM changes WHERE change_id = '{change_id}'",
              "--db", str(db)],
    )  # fmt: skip
    assert read.output.split()[-1] == "confirmed"


def test_pages_answered_while_another_hangs_are_stored_within_a_second(setup):
    """The fetch log commits on a timer: a run killed while one page still hangs has stored
    every page answered more than a second before (before: only the first, since a group
    committed when the next answer arrived, and the hanging page never did)."""
    setup.server.routes["/hang"] = faults.timeout(30)
    lines = setup.sources.read_text().splitlines()
    lines[0] = "defaults: {delay_seconds: 0, retries: 0, timeout_seconds: 25}"
    hang = setup.server.url("/hang")
    lines.append(f"  - {{id: hang, publisher: flanders, lang: en, url: '{hang}'}}")
    setup.sources.write_text("\n".join(lines) + "\n")

    proc, log = setup.start(None, "hang.log")
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if all(setup.server.hits(f"/{p}") for p in (*PAGES, "hang")):
                break
            time.sleep(0.05)
        assert all(setup.server.hits(f"/{p}") == 1 for p in PAGES), log.read_text()[-2000:]
        answered = max(s.at for s in setup.server.seen if s.path.strip("/") in PAGES)
        time.sleep(max(0.0, answered + 1.3 - time.monotonic()))  # a second, and a little
        assert proc.poll() is None  # the hanging page is still pending
    finally:
        kill(proc)

    stored = one(setup.db, "SELECT source_id, outcome FROM fetches WHERE run_id = 1 ORDER BY 1")
    assert stored == [(p, "changed") for p in sorted(PAGES)]
    bodies = one(setup.db, "SELECT count(*) FROM documents")
    assert bodies == [(1,)]  # the four pages are one body, stored with its attempts
