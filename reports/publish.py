"""Write one run's change report (md, html, json), refresh the rolling Atom feed and, for
the latest run, `status.json`."""

from __future__ import annotations

from pathlib import Path

import duckdb

from reports.build import build_report
from reports.config import Publishing
from reports.feed import update_feed
from reports.render import one_view, write_atomic, write_report
from reports.rules_cache import cached_rules_table
from reports.status import write_status
from warehouse import store
from warehouse.schema import DEFAULT_DB

DEFAULT_REPORTS = Path("reports/out")


def publish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    out_dir: Path,
    publishing: Publishing | None = None,
    streaks: list[store.FailureStreak] | None = None,
) -> tuple[dict, list[Path]]:
    """`<out>/<run>/report.{md,html}` and `changes.json`, `<out>/feed.xml`, `<out>/status.json`.

    Links are absolute under `base_url` when the notify file sets one. Re-rendering an
    older run leaves `status.json` to the latest. `streaks`: the run's
    `store.failure_streaks`, when the caller has read them already (the nightly flow needs
    them for its alert too: one read of every night's final fetches, ~20 ms at 1,000 pages).
    """
    publishing = publishing or Publishing()
    report = build_report(con, run_id, cached_rules_table(con, out_dir))
    with one_view(report):  # the files, the feed and the status read one view of it
        paths = write_report(report, out_dir / str(run_id))
        link = publishing.link(f"{run_id}/report.html")
        update_feed(out_dir / "feed.xml", report, report_url=link)
        if run_id == store.latest_finished_run(con):
            if streaks is None:
                streaks = store.failure_streaks(con, run_id)
            write_status(out_dir / "status.json", report, streaks, link)
    return report, paths


def _pointer(db: str | Path) -> Path:
    db = Path(db)
    return db.with_name(f"{db.stem}.reports")


def remember_folder(db: str | Path, out_dir: Path) -> None:
    """Note beside the warehouse where its reports go, for `report` and `review` later."""
    write_atomic(_pointer(db), str(Path(out_dir).resolve()) + "\n")


def reports_folder(db: str | Path, given: Path | None = None) -> Path:
    """Where a warehouse's reports are: `given`, else where its runs wrote them.

    A warehouse no run has noted a folder for uses `reports/out` when it is the default
    warehouse and `<its folder>/reports` otherwise, never another warehouse's reports.
    """
    if given is not None:
        return Path(given)
    pointer = _pointer(db)
    if pointer.exists():
        noted = pointer.read_text(encoding="utf-8").strip()
        if noted:
            return Path(noted)
    if Path(db).resolve() == DEFAULT_DB.resolve():
        return DEFAULT_REPORTS
    return Path(db).parent / "reports"
