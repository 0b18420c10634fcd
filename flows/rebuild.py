"""The `rebuild` flow: recompute every fact from the stored raw snapshots, fetching nothing.

When a parser improves, the whole record improves with it: history is replayed run by
run, so "what did the page say in run N" is answered by today's parsers.
"""

from __future__ import annotations

from prefect import get_run_logger
from prefect.utilities.annotations import quote

from fetch.sources import DEFAULT_SOURCES, load_sources
from flows.plain_flow import flow
from warehouse import decisions, parse_stage, published, schema
from warehouse.runs import ParseResult


@flow(name="rebuild", persist_result=False)
def rebuild(
    sources: str = str(DEFAULT_SOURCES),
    db: str = str(schema.DEFAULT_DB),
    workers: int | None = None,
    cluster: str | None = None,
) -> quote[ParseResult]:
    """Quoted, as the nightly flow's summary: calling the flow gives the ParseResult itself.

    With `cluster`, run it as `flows.cluster.with_cluster(rebuild, cluster)` returns it."""
    config = load_sources(sources)
    extraction = None
    if cluster:
        from flows.cluster import on_cluster  # distributed: imported only for a cluster

        extraction = on_cluster()
    con = schema.connect(db)
    try:
        result = parse_stage.rebuild(con, config, workers, extraction)
        decisions.merge(con, decisions.path_for(db))  # change ids survive: so do decisions
        published.publish(con, db)
    finally:
        con.close()
    get_run_logger().info("rebuilt: %s", result.counts())
    return quote(result)
