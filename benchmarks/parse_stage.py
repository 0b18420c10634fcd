"""The parse stage alone, in this process: N new pages stored, then parsed cold.

    .venv/bin/python benchmarks/parse_stage.py --sizes 200,1000 --workers 1,2
    .venv/bin/python benchmarks/parse_stage.py --sizes 1000,5000 --workers 2

No web, no Prefect: the generated pages (benchmarks/corpus.py) go straight into a fresh
warehouse as one run's fetches, then `parse_stage` runs as a first night's would (one
transaction, the run's memory cap). Prints seconds, ms a page and the process's peak RSS
growth for each size and worker count: the figures behind parsers.pool.MIN_PAGES and the
page cost a cold run's parse task has as N grows.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from fetch.fetcher import Attempt  # noqa: E402
from fetch.sources import parse_sources  # noqa: E402
from parsers import pool  # noqa: E402
from parsers.pool import ExtractPool, Job  # noqa: E402
from warehouse import schema, store  # noqa: E402
from warehouse.parse_stage import parse_stage  # noqa: E402


def config_for(n: int):
    lines = ["sources:"]
    for i in range(n):
        lang, publisher, topic = corpus.meta(0, i)
        lines.append(
            f"  - {{id: p{i:05d}, publisher: {publisher}, lang: {lang}, "
            f"url: 'https://example.org/{i}'}}"
        )
    return parse_sources("\n".join(lines) + "\n")


def stored_warehouse(db: Path, n: int, seed: int) -> tuple[int, object]:
    """A warehouse holding one run's fetches of N new pages; returns (run_id, config)."""
    config = config_for(n)
    con = schema.connect(db)
    try:
        run_id, _ = store.start_run(con, "live", "1")
        store.upsert_sources(con, config.sources, run_id)
        log = store.FetchLog.open(con, run_id, every=3600.0, most=10**9)
        for i in range(n):
            body = corpus.page(seed, i).encode("utf-8")
            attempt = Attempt(
                source_id=f"p{i:05d}", attempt=1, url=f"https://example.org/{i}",
                outcome="ok", status_code=200, body=body,
                content_type="text/html; charset=utf-8",
            )  # fmt: skip
            log.record([attempt], None)
            if i % 500 == 499:
                log.commit()
        log.commit()
        store.finish_run(con, run_id, "completed", {})  # rebuild replays completed runs only
    finally:
        con.close()
    return run_id, config


def _forkserver_cpu() -> float:
    """CPU seconds of the forkserver and the workers it has reaped. Workers forked from a
    forkserver are not this process's children: os.times() counts them only once the
    forkserver itself exits, at the end of the process."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if pid is None:
        return 0.0
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def cpu_now() -> float:
    """This process, its reaped children and the forkserver's workers, in seconds."""
    return sum(os.times()[:4]) + _forkserver_cpu()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="200,1000")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep the stored warehouses in this folder")
    args = parser.parse_args()
    for _ in range(3):
        before, started = os.times(), time.perf_counter()
        before_fs = _forkserver_cpu()
        with ExtractPool(2) as workers:  # one chunk each: both import parsers and extract
            list(workers.submit([Job(b"<main><p>EUR 450</p></main>", None)] * (2 * pool.CHUNK))())
            up = time.perf_counter() - started
        after = os.times()
        cpu = after.children_user + after.children_system + _forkserver_cpu() - before_fs
        cpu -= before.children_user + before.children_system
        print(f"pool of 2: up, a first page each, in {up:.2f} s (workers' CPU {cpu:.2f} s)")
    work = Path(args.keep or tempfile.mkdtemp(prefix="parse-stage-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            template = work / f"stored-{n}.duckdb"
            if not template.exists():
                started = time.perf_counter()
                run_id, config = stored_warehouse(template, n, args.seed)
                print(f"N={n}: stored in {time.perf_counter() - started:.1f} s", flush=True)
            else:
                run_id, config = 1, config_for(n)
            for workers in (int(w) for w in args.workers.split(",")):
                db = work / f"run-{n}-{workers}.duckdb"
                shutil.copy(template, db)
                con = schema.connect(db)
                rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                before = cpu_now()
                started = time.perf_counter()
                result = parse_stage(con, run_id, config, workers=workers)
                seconds = time.perf_counter() - started
                cpu = cpu_now() - before  # this process and its workers
                rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                con.close()
                print(
                    f"N={n} workers={workers}: parse stage {seconds:.2f} s, "
                    f"{seconds / n * 1000:.2f} ms a page (CPU of it and its workers "
                    f"{cpu / n * 1000:.2f} ms a page); {result.parsed} parsed, "
                    f"{result.amounts_opened} amounts, {result.conditions_opened} conditions; "
                    f"peak RSS {rss_after:.0f} MB (+{rss_after - rss_before:.0f})",
                    flush=True,
                )
                db.unlink()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
