"""Extraction in worker processes: the warehouse ends up byte for byte as the serial path's.

The pages are 40 of the labelled dev set (real guidance pages); a second night edits amounts
on some of them and empties one, so the diff, the history writes and a page_suspect all go
through the pool's results.
"""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from fetch.fetcher import Attempt
from fetch.sources import parse_sources
from parsers import pool
from parsers.extract import extract
from parsers.pool import ExtractPool, Job, workers_wanted
from tests.devpages import tuning_pages
from warehouse import parse_stage as stage
from warehouse import schema, store

ROOT = Path(__file__).resolve().parents[1]
PAGES = tuning_pages(40)


def _edited(body: bytes, night: int, i: int) -> bytes:
    """Night 2: every third page gets its amounts' first digits bumped; page 0 loses its text."""
    if night == 1 or i % 3:
        return body
    if i == 0:
        return b"<html><body><main><p>Temporarily unavailable.</p></main></body></html>"
    return re.sub(rb"(\d)(\d\d)\b", lambda m: bytes([(m[1][0] - 48 + 1) % 10 + 48]) + m[2], body)


CONFIG = parse_sources(
    "sources:\n"
    + "".join(
        f"  - {{id: p{i:02d}, publisher: federal, lang: en, url: 'https://example.org/{i}'}}\n"
        for i in range(len(PAGES))
    )
)


def _warehouse(db: Path, workers: int) -> dict[str, list[tuple]]:
    """Two nights over the dev set with `workers` extraction processes; every fact table."""
    con = schema.connect(db)
    try:
        for night in (1, 2):
            run_id, _ = store.start_run(con, "live", "1")
            store.upsert_sources(con, CONFIG.sources, run_id)
            known = store.known_pages(con)
            log = store.FetchLog.open(con, run_id)
            for i, path in enumerate(PAGES):
                attempt = Attempt(
                    source_id=f"p{i:02d}", attempt=1, url=f"https://example.org/{i}",
                    outcome="ok", status_code=200, body=_edited(path.read_bytes(), night, i),
                )  # fmt: skip
                log.record([attempt], known.get(f"p{i:02d}"))
            log.commit()
            stage.parse_stage(con, run_id, CONFIG, workers=workers)
            store.finish_run(con, run_id, "completed", {})
        kinds = "SELECT change_kind FROM changes"
        tables = {
            "kinds": kinds,
            "amounts": "SELECT * FROM amounts ORDER BY source_id, valid_from_run, position",
            "conditions": "SELECT * FROM conditions ORDER BY source_id, valid_from_run, position",
            "changes": "SELECT * EXCLUDE (detected_at) FROM changes ORDER BY change_id",
            "parses": "SELECT * EXCLUDE (elapsed_ms) FROM parses ORDER BY run_id, source_id",
        }
        return {name: con.execute(sql).fetchall() for name, sql in tables.items()}
    finally:
        con.close()


def test_the_pool_writes_the_same_facts_changes_and_ids_as_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(pool, "MIN_PAGES", 1)  # 40 pages: use the pool all the same
    monkeypatch.setattr(pool, "CHUNK", 3)  # many chunks, so their order matters
    monkeypatch.setattr(stage, "READ_BATCH", 8)
    monkeypatch.setattr(stage, "BATCH", 16)
    serial = _warehouse(tmp_path / "serial.duckdb", workers=1)
    pooled = _warehouse(tmp_path / "pool.duckdb", workers=2)
    assert len(serial["amounts"]) > 300 and len(serial["changes"]) > 41  # a real workload
    kinds = {row[0] for row in serial["kinds"]}
    assert {"page_added", "amount_changed", "page_suspect"} <= kinds
    for table in serial:
        assert pooled[table] == serial[table], table


def test_results_come_back_in_the_order_sent():
    jobs = [Job(path.read_bytes(), "text/html; charset=utf-8") for path in PAGES[:12]]
    with ExtractPool(2) as workers:
        wait = workers.submit(jobs)
        got = list(wait())
    assert [e.facts for e in got] == [extract(j.body, j.content_type) for j in jobs]


def test_a_page_that_cannot_be_parsed_is_an_error_in_its_place():
    bad = Job(b"<main><p>EUR 450</p></main>", None, select="p:nth-child(")  # not a selector
    good = Job(PAGES[0].read_bytes(), None)
    with ExtractPool(2) as workers:
        got = list(workers.submit([good, bad, good])())
    assert got[0].facts is not None and got[2].facts == got[0].facts
    assert got[1].facts is None and got[1].error


def test_a_body_sent_as_stored_is_inflated_by_the_worker_and_a_broken_one_is_its_error():
    raw = PAGES[1].read_bytes()
    packed = Job(zlib.compress(raw, 6), "text/html", packed=True)
    broken = Job(zlib.compress(raw, 6)[:-40] + b"garbage", "text/html", packed=True)
    with ExtractPool(2) as workers:
        got = list(workers.submit([packed, broken, packed])())
    assert got[0].facts == extract(raw, "text/html") and got[2].facts == got[0].facts
    assert got[1].facts is None and got[1].error.startswith("error:")  # zlib's, this page's


# The console script's `__main__` imports the CLI; a spawned child would import it again.
CONSOLE_LIKE = """
import sys
import flows.cli  # noqa: F401  (what `.venv/bin/permitwatch` imports first)
from parsers.pool import ExtractPool, Job

with ExtractPool(1) as workers:  # one worker: the one that extracted answers
    list(workers.submit([Job(b"<main><p>at least EUR 450 a month</p></main>", None)])())
    seen = workers._executor.submit(eval, "sorted(__import__('sys').modules)").result()
print(" ".join(seen))
"""


def test_workers_import_parsers_and_not_the_cli_nor_prefect(tmp_path):
    script = tmp_path / "permitwatch_like.py"
    script.write_text(CONSOLE_LIKE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    packages = {name.split(".")[0] for name in done.stdout.split()}
    assert "parsers" in packages
    assert not packages & {"flows", "prefect", "typer", "warehouse", "fetch", "duckdb"}


KILLED = """
import os, signal
from parsers.pool import ExtractPool, Job

workers = ExtractPool(2)
list(workers.submit([Job(b"<main><p>at least EUR 450 a month</p></main>", None)] * 32)())
print(" ".join(str(pid) for pid in workers._executor._processes), flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # a run killed mid-stage: no shutdown at all
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return not any(line.startswith("State:\tZ") for line in status)
    except FileNotFoundError:
        return False


def test_a_killed_run_leaves_no_worker_behind(tmp_path):
    script = tmp_path / "killed.py"
    script.write_text(KILLED, encoding="utf-8")
    out = tmp_path / "pids.txt"
    with open(out, "w") as stdout:  # a file, not a pipe: orphans must not hold the run up
        subprocess.run([sys.executable, str(script)], cwd=ROOT, stdout=stdout, timeout=120)
    pids = [int(pid) for pid in out.read_text().split()]
    assert len(pids) == 2
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in pids if _alive(pid)]
    for pid in left:  # never leave them to the next test
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_workers_come_from_the_option_then_the_environment(monkeypatch):
    monkeypatch.setenv("PERMITWATCH_WORKERS", "3")
    assert workers_wanted(None) == 3
    assert workers_wanted(1) == 1
    monkeypatch.setenv("PERMITWATCH_WORKERS", "many")
    with pytest.raises(ValueError, match="PERMITWATCH_WORKERS"):
        workers_wanted(None)
    with pytest.raises(ValueError, match="at least 1"):
        workers_wanted(0)


EARLY = """
import sys
from multiprocessing import forkserver

import warehouse  # this __main__ imports the warehouse, as the CLI does: workers must not
from parsers import pool
from parsers.pool import ExtractPool, Job

def running():
    return forkserver._forkserver._forkserver_pid is not None

new_body = pool.early_start(int(sys.argv[1]))
for _ in range(pool.MIN_PAGES - 1):
    new_body()
before = running()
new_body()
after = running()
with ExtractPool(1) as workers:
    list(workers.submit([Job(b"<main><p>at least EUR 450 a month</p></main>", None)])())
    seen = workers._executor.submit(eval, "sorted(__import__('sys').modules)").result()
print(before, after, " ".join(seen))
"""


def test_a_night_with_enough_new_bodies_starts_the_forkserver_during_the_fetch(tmp_path):
    """The fetch tells each new body; at the MIN_PAGES-th the forkserver starts (its import
    of the extractors then overlaps the fetch), never before, and never for one worker: an
    unchanged night, or a serial one, must not pay 0.7 s of CPU for a pool it never uses."""
    script = tmp_path / "early.py"
    script.write_text(EARLY, encoding="utf-8")

    def run(workers: int) -> list[str]:
        done = subprocess.run(
            [sys.executable, str(script), str(workers)],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    before, after, *seen = run(2)
    assert (before, after) == ("False", "True")
    packages = {name.split(".")[0] for name in seen}
    assert "parsers" in packages and "warehouse" not in packages
    before, after, *_ = run(1)
    assert (before, after) == ("False", "False")


BUSY = """
import os
from parsers.pool import ExtractPool, Job

page = b"<main>" + b"<p>At least EUR 450 a month for 12 months.</p>" * 1500 + b"</main>"
with ExtractPool(2) as workers:
    list(workers.submit([Job(page, None)] * 24)())
own = os.times()
print(own.user + own.system)
"""


def test_whoever_waits_for_the_run_counts_its_workers_cpu(tmp_path):
    """The forkserver is stopped and waited for at the run's exit: its workers' CPU (it reaped
    them) then reaches whoever waits for the run, as a spawned pool's did; left an orphan, it
    took them along, and `time permitwatch run` showed a third of a cold night's CPU."""
    script = tmp_path / "busy.py"
    script.write_text(BUSY, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0, done.stderr
    counted = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    run_itself = float(done.stdout.split()[-1])
    assert counted - run_itself > 0.5  # the workers' extraction of 24 long pages
