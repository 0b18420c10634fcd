"""The fetch stage as a plain function: fetch every source, store each answer as it comes.

The parse stage and rebuild live in `warehouse/parse_stage.py`; the Prefect flow only
orchestrates the two.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import duckdb

from fetch.fetcher import Attempt, Validators, fetch_all, make_client
from fetch.offline import CaptureTransport
from fetch.sources import Config, Source
from flows import crashpoints
from flows.progress import progress_display
from warehouse import store
from warehouse.runs import SourceResult


def _no_capture(source: Source) -> list[Attempt]:
    return [
        Attempt(
            source_id=source.id,
            attempt=1,
            url=source.url,
            outcome="no_capture",
            error="no bundled capture of this page for the offline run",
        )
    ]


async def _commit_on_time(log: store.FetchLog) -> None:
    """Commit finished fetches every half `log.every`, whether or not another one arrives:
    a page answered while another hangs is stored within a second, not at the next arrival."""
    while True:
        await asyncio.sleep(log.every / 2)
        log.tick()


async def fetch_stage(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    config: Config,
    replay: CaptureTransport | None = None,
    show_progress: bool | None = None,
    spool: store.DocumentSpool | None = None,
    on_new_body: Callable[[], None] | None = None,
) -> list[SourceResult]:
    """Fetch every source and store the answers as they arrive, so memory stays flat.

    The first answer commits at once, later ones in groups at most a second apart
    (store.FetchLog, on a timer): a crash loses at most the last second of fetching.
    New bodies, once stored, go to `spool` too, for the parse stage, and each is told to
    `on_new_body` (`parsers.pool.early_start`: the parse workers get ready meanwhile).
    """
    known = store.known_pages(con)
    validators = {
        s.id: Validators(known[s.id].etag, known[s.id].last_modified)
        for s in config.sources
        if s.id in known and known[s.id].url == s.url
    }
    settings = config.defaults
    sources = list(config.sources)
    skipped: list[Source] = []
    if replay is not None:
        settings = settings.model_copy(update={"delay_seconds": 0.0})
        skipped = [s for s in sources if replay.path_for(s.url) is None]
        sources = [s for s in sources if replay.path_for(s.url) is not None]
    results: list[SourceResult] = []
    # the groups after the first are written on a thread while the loop goes on fetching
    log = store.FetchLog.open(con, run_id, spool=spool, background=True)
    with progress_display(len(config.sources), show_progress) as advance:

        def on_done(source: Source, attempts: list[Attempt]) -> None:
            recorded = log.record(attempts, known.get(source.id))
            final = attempts[-1]
            results.append(
                SourceResult(
                    source.id,
                    source.url,
                    recorded.outcome,
                    final.error_class,
                    final.error,
                    recorded.new_document,
                    recorded.content_sha256,
                )
            )
            advance(source.id, recorded.outcome)
            if recorded.new_document and on_new_body is not None:
                on_new_body()
            if len(results) == 1:
                crashpoints.pause("fetch")

        timer = asyncio.create_task(_commit_on_time(log))
        with store.no_automatic_checkpoint(con):  # one checkpoint of the bodies, below
            try:
                for source in skipped:
                    on_done(source, _no_capture(source))
                async with make_client(settings, replay) as client:
                    await fetch_all(client, sources, settings, validators, on_done)
            finally:
                failed = timer.done() and not timer.cancelled() and timer.exception()
                timer.cancel()
                log.commit()  # what was fetched is kept, even when the stage stops early
        if failed:
            raise failed  # a commit the timer could not make stops the run, as any would
    if any(result.new_document for result in results):
        # Checkpointing new bodies rewrites all of `documents` (+57 MB for a moment at 1,000
        # pages): here, once, while the run holds least, not in the published copy's
        # CHECKPOINT after the parse stage (a 5 % edited night of 1,000 pages: peak 260 ->
        # 237 MB), nor by DuckDB on its own midway through the stage (see above).
        store.checkpoint(con)
    order = {s.id: i for i, s in enumerate(config.sources)}
    return sorted(results, key=lambda r: order[r.source_id])
