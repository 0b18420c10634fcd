"""Write one run's change report (md, html, json) and refresh the rolling Atom feed."""

from __future__ import annotations

from pathlib import Path

import duckdb

from reports.build import build_report
from reports.feed import update_feed
from reports.render import write_report


def publish_run(
    con: duckdb.DuckDBPyConnection, run_id: int, out_dir: Path
) -> tuple[dict, list[Path]]:
    """`<out>/<run>/report.{md,html}` and `changes.json`, plus `<out>/feed.xml`."""
    report = build_report(con, run_id)
    paths = write_report(report, out_dir / str(run_id))
    update_feed(out_dir / "feed.xml", report, report_url=f"{run_id}/report.html")
    return report, paths
