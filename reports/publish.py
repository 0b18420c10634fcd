"""Write one run's change report (md, html, json) and refresh the rolling Atom feed."""

from __future__ import annotations

from pathlib import Path

import duckdb

from reports.build import build_report
from reports.feed import update_feed
from reports.render import write_atomic, write_report
from warehouse.schema import DEFAULT_DB

DEFAULT_REPORTS = Path("reports/out")


def publish_run(
    con: duckdb.DuckDBPyConnection, run_id: int, out_dir: Path
) -> tuple[dict, list[Path]]:
    """`<out>/<run>/report.{md,html}` and `changes.json`, plus `<out>/feed.xml`."""
    report = build_report(con, run_id)
    paths = write_report(report, out_dir / str(run_id))
    update_feed(out_dir / "feed.xml", report, report_url=f"{run_id}/report.html")
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
