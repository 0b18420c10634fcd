"""The stages of a run as plain functions: the Prefect flow only orchestrates them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import duckdb

from flows.fetcher import Attempt, Validators, fetch_all, make_client
from flows.offline import CaptureTransport
from flows.progress import progress_display
from flows.sources import Config, Source
from warehouse import store


@dataclass(frozen=True)
class SourceResult:
    source_id: str
    url: str
    outcome: str  # changed | unchanged | failed | no_capture
    error_class: str | None = None
    error: str | None = None
    new_document: bool = False
    content_sha256: str | None = None


@dataclass
class RunSummary:
    run_id: int
    status: str
    seconds: float
    results: list[SourceResult] = field(default_factory=list)
    aborted_runs: list[int] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        by_outcome = Counter(r.outcome for r in self.results)
        return {
            "sources": len(self.results),
            "changed": by_outcome["changed"],
            "unchanged": by_outcome["unchanged"],
            "failed": by_outcome["failed"],
            "no_capture": by_outcome["no_capture"],
            "new_documents": sum(r.new_document for r in self.results),
        }

    @property
    def failures(self) -> list[SourceResult]:
        return [r for r in self.results if r.outcome == "failed"]

    def line(self) -> str:
        c = self.counts
        ok = c["changed"] + c["unchanged"]
        parts = [
            f"{ok} ok ({c['changed']} changed, {c['unchanged']} unchanged)",
            f"{c['failed']} failed",
        ]
        if c["no_capture"]:
            parts.append(f"{c['no_capture']} no capture")
        return (
            f"run {self.run_id} {self.status}: {c['sources']} sources: "
            + ", ".join(parts)
            + f"; {c['new_documents']} new documents; {self.seconds:.1f} s"
        )


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


async def fetch_stage(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    config: Config,
    replay: CaptureTransport | None = None,
    show_progress: bool | None = None,
) -> list[SourceResult]:
    """Fetch every source and store each answer as it arrives, so memory stays flat."""
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
    with progress_display(len(config.sources), show_progress) as advance:

        def on_done(source: Source, attempts: list[Attempt]) -> None:
            recorded = store.record_fetch(con, run_id, attempts, known.get(source.id))
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

        for source in skipped:
            on_done(source, _no_capture(source))
        async with make_client(settings, replay) as client:
            await fetch_all(client, sources, settings, validators, on_done)
    order = {s.id: i for i, s in enumerate(config.sources)}
    return sorted(results, key=lambda r: order[r.source_id])
