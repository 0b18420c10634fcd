"""`status.json` beside the reports: did last night run, how healthy was it, what is broken.

For monitoring without opening anything (a probe, a dashboard, `jq`): rewritten whole,
atomically, after every run. Format: `reports/FORMAT.md`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from reports.render import report_view, write_atomic
from warehouse.store import FailureStreak

FORMAT = "permitwatch-status/1"


def status(report: dict, streaks: Sequence[FailureStreak], report_link: str) -> dict:
    view = report_view(report)
    run = report["run"]
    return {
        "format": FORMAT,
        "written_at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
        "last_run": {
            "run_id": run.get("run_id"),
            "started_at": run.get("started_at"),
            "finished_at": run.get("finished_at"),
            "status": run.get("status"),
            "mode": run.get("mode"),
            "health": run.get("health"),
            "health_reason": run.get("health_reason"),
            "sources_checked": view["sources_checked"],
            "sources_failed": view["sources_failed"],
            "changes": view["total"],
            "by_severity": view["by_severity"],
            "report": report_link,
        },
        "failing_sources": [
            {
                "source_id": s.source_id,
                "url": s.url,
                "nights": s.nights,
                "since_run": s.since_run,
                "error": f"{s.error_class}: {s.error}",
            }
            for s in streaks
        ],
    }


def write_status(
    path: Path, report: dict, streaks: Sequence[FailureStreak], report_link: str
) -> dict:
    data = status(report, streaks, report_link)
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return data
