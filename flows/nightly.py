"""The `nightly` Prefect flow: thin orchestration of the fetch stage
(flows/pipeline.py) and the parse stage (warehouse/parse_stage.py).

Tasks are whole stages (never one per page), so Prefect's cost is a constant per run.
Fetches commit as they arrive, at most a second apart (a crash loses at most that second,
never a body stored before); the facts, the changes and the run's `completed` status
commit as one transaction, so a run killed at any point told nothing and the next run
tells it. Readers get a copy published after that.
"""

from __future__ import annotations

import asyncio
import contextvars
import time
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb

import flows.without_trio  # noqa: F401  (before Prefect imports httpx: see there)

# isort: split
import httpx
from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from fetch.offline import CAPTURES, CaptureTransport, editions
from fetch.sources import DEFAULT_SOURCES, load_sources
from flows import crashpoints, pipeline
from flows.plain_flow import flow
from parsers import PARSER_VERSION, pool
from reports.alerts import alert_run
from reports.config import DEFAULT_NOTIFY, load_publishing
from reports.glance import glance
from reports.publish import DEFAULT_REPORTS, publish_run, remember_folder
from reports.run_summary import render_run_summary
from warehouse import decisions, parse_stage, published, schema, store
from warehouse.health import judge
from warehouse.runs import RunFailed, RunSummary


async def _artifact(markdown: str, key: str, description: str, whole: str, logger) -> None:
    """A glance for Prefect's UI (reports/glance.py); the night is committed by now (the fetch
    summary's is sent while the reports are written), so an artifact the API refuses is
    logged as an error, not a failed night."""
    try:
        await create_markdown_artifact(glance(markdown, whole), key=key, description=description)
    except httpx.HTTPError as exc:
        logger.error("Prefect artifact %s not stored (%s); its whole text is %s", key, exc, whole)


@task(name="fetch", cache_policy=NO_CACHE, persist_result=False)
async def fetch(con, run_id, config, replay, show_progress, spool=None, on_new_body=None):
    # Quoted on the way out too: Prefect walks a task's return value (one outcome a source).
    return quote(
        await pipeline.fetch_stage(con, run_id, config, replay, show_progress, spool, on_new_body)
    )


@task(name="parse", cache_policy=NO_CACHE, persist_result=False)
async def parse(con, run_id, config, workers=None, extraction=None, spool=None):
    # the flow commits; the crash tests may freeze the run after the first batch.
    # async, though the stage itself is not: a sync task in this async flow built a sync
    # Prefect API client of its own (its SSL context included), ~0.04 s of every night.
    return parse_stage.parse_stage(
        con,
        run_id,
        config,
        commit=False,
        after_first_batch=lambda: crashpoints.pause("parse"),
        workers=workers,
        extraction=extraction,
        spool=spool,
    )


def _publish_failed(con, run_id: int, reports: Path, publishing, logger) -> None:
    try:
        publish_run(con, run_id, reports, publishing)
    except Exception as exc:  # the run's own error is the one to raise
        logger.error("the failed run's report could not be written: %s", exc)


_AFTER_COMMIT = ThreadPoolExecutor(max_workers=1, thread_name_prefix="permitwatch-publish")


def _after_commit(
    con, run_id: int, db: str, reports: Path, publishing, logger, reported=None, failed=True
):
    """The committed night for readers: the published copy and the reports (with the failure
    streaks, for status.json and the alert). Run on a thread, so the flow's event loop goes on
    sending to Prefect's API meanwhile; nothing else uses `con` until it returns.

    `failed`: whether any source's fetch failed tonight. A streak is a source failing
    tonight, so with none there is none to read (the read scans every night's final
    fetches: 13-19 ms at 1,000 pages, on the unchanged night's path to its end).

    The copy is written and flushed on a thread of its own while the reports are read and
    written (warehouse/published.py); it replaces the readers' copy once they are, or when
    they fail, as before. `reported(report, markdown)` is called once report.md is written,
    so the change report's artifact is sent while the copy is finished.
    """
    try:
        copying = published.start(con, db)
    except (OSError, duckdb.Error) as exc:  # the run is committed; only readers lag
        logger.error("read-only copy not published (readers see the previous one): %s", exc)
        copying = None
    try:
        streaks = store.failure_streaks(con, run_id) if failed else []
        report, _ = publish_run(con, run_id, reports, publishing, streaks)
        if reported is not None:
            reported(report, (reports / str(run_id) / "report.md").read_text(encoding="utf-8"))
        remember_folder(db, reports)
    finally:
        if copying is not None:
            try:
                copying.finish(before_replace=lambda: crashpoints.pause("publish"))
            except (OSError, duckdb.Error) as exc:
                logger.error("read-only copy not published (readers see the previous one): %s", exc)
    return report, streaks


@flow(name="nightly", persist_result=False)
async def nightly(
    sources: str = str(DEFAULT_SOURCES),
    db: str = str(schema.DEFAULT_DB),
    reports: str = str(DEFAULT_REPORTS),
    offline: bool = False,
    edition: int | None = None,
    captures: str = str(CAPTURES),
    show_progress: bool | None = False,
    notify: str | None = None,
    alerts: bool = True,
    workers: int | None = None,
    cluster: str | None = None,
) -> quote[RunSummary]:
    """Fetch every watched page and store what it says now, keeping all earlier snapshots.

    Returns the summary quoted, so Prefect does not walk its 1,000 results for futures;
    calling the flow gives the `RunSummary` itself (flows/plain_flow.py).

    `notify`: the notify file (base URL of the reports, alerts); default `notify.yaml`
    beside the sources file, if there is one. `alerts=False` sends none (the demo).

    With `cluster`, run it as `flows.cluster.with_cluster(nightly, cluster)` returns it.
    """
    logger = get_run_logger()
    started = time.monotonic()
    config = load_sources(sources)
    publishing = load_publishing(
        notify or Path(sources).with_name(DEFAULT_NOTIFY.name), required=notify is not None
    )
    replay = None
    if offline:
        folder = Path(captures)
        replay = CaptureTransport(folder, edition or editions(folder)[-1])
        logger.info("offline: replaying %s", replay.folder)
    extraction = None
    if cluster:
        from flows.cluster import on_cluster  # distributed: imported only for a cluster

        extraction = on_cluster()
    con = schema.connect(db)
    # The night's new bodies, kept by the fetch stage as it stores them, so the parse stage
    # does not read them back from the warehouse (a scan that held every body at once: a
    # cold night of 1,000 pages, +63 MB at the parse stage's start).
    bodies = store.DocumentSpool()
    try:
        run_id, aborted = store.start_run(con, "offline" if offline else "live", PARSER_VERSION)
        if aborted:
            logger.warning("runs %s never finished; marked aborted", aborted)
        store.upsert_sources(con, config.sources, run_id)
        try:
            # quote: Prefect would otherwise walk every source of the config looking for
            # futures, twice per task (a per-page cost: 0.26 s a task at 1,000 sources).
            # a local pool's workers get ready while the fetch goes on (not for a cluster's)
            early = None if extraction else pool.early_start(workers)
            results = (
                await fetch(con, run_id, quote(config), replay, show_progress, quote(bodies), early)
            ).unquote()
            with store.transaction(con, lean=True):
                parsed = await parse(
                    con, run_id, quote(config), workers, quote(extraction), quote(bodies)
                )
                bodies.close()  # read: the parse stage is over
                # Volunteers' decisions since the last merge (kept beside, never locked).
                decisions.merge(con, decisions.path_for(db))
                health = judge(results, len(parsed.failed))
                summary = RunSummary(
                    run_id, "completed", time.monotonic() - started, results, aborted, parsed,
                    health,
                )
                store.finish_run(
                    con, run_id, "completed", summary.counts, health=(health.verdict, health.reason)
                )
                crashpoints.pause("write")
        except BaseException as exc:
            store.finish_run(con, run_id, "failed", {}, note=f"{type(exc).__name__}: {exc}")
            if isinstance(exc, Exception):  # a run that stopped is an entry in the feed too
                _publish_failed(con, run_id, Path(reports), publishing, logger)
            raise
        out = Path(reports) / str(run_id)
        out.mkdir(parents=True, exist_ok=True)
        markdown = render_run_summary(summary)
        (out / "fetches.md").write_text(markdown, encoding="utf-8")

        def whole(name: str) -> str:  # where the artifact's whole text is
            return publishing.link(f"{run_id}/{name}") if publishing.base_url else str(out / name)

        # Prefect's server stores the fetch summary (one API call, ~40-50 ms of the server's
        # time) while this process writes the published copy and the reports on a thread.
        told = asyncio.create_task(
            _artifact(markdown, "fetch-summary", summary.line(), whole("fetches.md"), logger)
        )
        # The change report's, sent as soon as report.md is written (the published copy is
        # finished and the alert sent meanwhile): the flow waited for it at its end.
        loop, sent, stopped = asyncio.get_running_loop(), [], False

        def change_report(report: dict, markdown: str) -> None:  # on the loop
            if stopped:  # handed over after the flow stopped: nothing more is sent
                return
            sent.append(
                asyncio.create_task(
                    _artifact(
                        # the report.md publish_run wrote, not rendered a second time (1,000
                        # sources checked on an unchanged night: ~0.04 s of CPU)
                        markdown,
                        "change-report",
                        f"run {run_id}: {len(report['changes'])} changes",
                        whole("report.md"),
                        logger,
                    )
                )
            )

        after = _AFTER_COMMIT.submit(
            contextvars.copy_context().run,
            _after_commit, con, run_id, db, Path(reports), publishing, logger,
            lambda *written: loop.call_soon_threadsafe(change_report, *written),
            bool(summary.failures),
        )
        try:
            report, streaks = await asyncio.wrap_future(after)
        except BaseException:  # the flow stopped (cancelled, interrupted) or the thread raised
            told.cancel()
            stopped = True
            for artifact in sent:
                artifact.cancel()
            futures.wait([after])  # it still uses `con`: closed below only once it is done
            raise
    finally:
        bodies.close()
        con.close()
    link = publishing.link(f"{run_id}/report.html")
    alert = alert_run(report, streaks, publishing, link) if alerts else None
    if alert is not None:
        logger.info("alert: %s (to %d targets)", alert.title, len(publishing.notify.urls))
    for failure in summary.failures:
        logger.warning("%s failed: %s", failure.source_id, failure.error)
    for source_id, error in parsed.failed:
        logger.warning("%s could not be parsed: %s", source_id, error)
    await asyncio.gather(told, *sent)
    summary.seconds = time.monotonic() - started
    logger.info(summary.line())
    if health.verdict == "failed":
        # Data committed, report written: now the flow run ends red, for Prefect's UI and
        # notifications and the CLI's exit status.
        raise RunFailed(summary)
    if health.verdict == "degraded":
        logger.warning("run %s degraded: %s", run_id, health.reason)
    return quote(summary)
