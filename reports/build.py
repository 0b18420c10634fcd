"""Gather one run's report from the warehouse: the input of every renderer (see FORMAT.md)."""

from __future__ import annotations

from collections import Counter

import duckdb

from warehouse.changes import run_changes

FORMAT = "permitwatch-changes/1"
RUN = "SELECT run_id, started_at, finished_at, status, mode FROM runs WHERE run_id = ?"
LATEST_RUN = "SELECT max(run_id) FROM runs WHERE status IN ('completed', 'failed')"
FINAL_FETCHES = """
SELECT source_id, outcome, coalesce(final_url, url), error_class, error
FROM final_fetches WHERE run_id = ? ORDER BY source_id
"""


def latest_run(con: duckdb.DuckDBPyConnection) -> int | None:
    return con.execute(LATEST_RUN).fetchone()[0]


def build_report(con: duckdb.DuckDBPyConnection, run_id: int) -> dict:
    row = con.execute(RUN, [run_id]).fetchone()
    if row is None:
        raise LookupError(f"there is no run {run_id}")
    fetches = con.execute(FINAL_FETCHES, [run_id]).fetchall()
    changes = run_changes(con, run_id)
    checked = [f for f in fetches if f[1] != "no_capture"]
    return {
        "format": FORMAT,
        "run": {
            "run_id": row[0],
            "started_at": _iso(row[1]),
            "finished_at": _iso(row[2]),
            "status": row[3],
            "mode": row[4],
        },
        "summary": {
            "sources_checked": len(checked),
            "sources_changed": len({c["source_id"] for c in changes}),
            "by_severity": dict(Counter(c["severity"] for c in changes)),
            "by_publisher": dict(Counter(c["publisher"] for c in changes if c["publisher"])),
            "checked_sources": [
                {"source_id": f[0], "url": f[2]} for f in fetches if f[1] != "no_capture"
            ],
            "failed_sources": [
                {"source_id": f[0], "url": f[2], "error": f"{f[3]}: {f[4]}"}
                for f in fetches
                if f[1] == "failed"
            ],
        },
        "changes": changes,
    }


def _iso(value) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None
