"""The offline demo: every capture edition in turn, into a fresh demo warehouse.

A newcomer sees a real first run (every page new) and a real second run (the rules that
changed between the editions, and nothing for the boilerplate that changed everywhere)
without touching the network or the real warehouse.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from fetch.offline import CAPTURES, editions
from fetch.sources import DEFAULT_SOURCES
from flows.cli import run_once
from warehouse import schema
from warehouse.changes import run_changes
from warehouse.vocab import TEXT_KINDS

DEMO_DB = Path("warehouse/demo.duckdb")
DEMO_REPORTS = Path("reports/out/demo")
SHOWN = 12


def main() -> None:
    for stale in (DEMO_DB, DEMO_DB.with_name(DEMO_DB.name + ".wal")):
        stale.unlink(missing_ok=True)  # the demo always starts from an empty warehouse
    summary = None
    for edition in editions(CAPTURES):
        print(f"\n=== offline run on captures/edition-{edition} ===", flush=True)
        # the first run's "in all" counts the demo's start-up, each later one only itself
        started = None if summary is None else time.monotonic()
        summary = run_once(
            DEFAULT_SOURCES,
            DEMO_DB,
            DEMO_REPORTS,
            offline=True,
            edition=edition,
            show_progress=sys.stderr.isatty(),
            captures=CAPTURES,
            started=started,
            alerts=False,  # a maintainer's notify.yaml must not tell volunteers about the demo
        )
    con = schema.connect(DEMO_DB, read_only=True)
    # a page's amount change that a rule change explains is told once, by the rule
    changes = [c for c in run_changes(con, summary.run_id) if not c.get("explained_by")]
    con.close()
    texts = [c for c in changes if c["change_kind"] in TEXT_KINDS]  # not read as a rule
    changes = [c for c in changes if c["change_kind"] not in TEXT_KINDS]
    print(
        f"\nWhat changed in the rules in run {summary.run_id} ({len(changes)} changes, "
        "most important first):"
    )
    for c in changes[:SHOWN]:
        what = " -> ".join(v for v in (c["old_value"], c["new_value"]) if v)
        where = c["subject"] if c["change_kind"].startswith("rule_") else c["source_id"]
        print(f"  {c['severity']:6} {c['change_kind']:18} {where}: {what[:90]}")
    if len(changes) > SHOWN:
        print(f"  ... and {len(changes) - SHOWN} more")
    if texts:
        pages = len({c["source_id"] for c in texts})
        print(f"Other text that changed, not read as a rule: {len(texts)} on {pages} pages")
    print(
        f"\nRead the report: {DEMO_REPORTS}/{summary.run_id}/report.html (also .md, .json); "
        f"feed: {DEMO_REPORTS}/feed.xml"
    )
    print(
        f"Explore the warehouse: .venv/bin/permitwatch query --db {DEMO_DB} "
        '"SELECT kind, value, unit, per, quote FROM current_amounts LIMIT 20"'
    )
    print(f"Today's rules side by side: .venv/bin/permitwatch rules --db {DEMO_DB}")


if __name__ == "__main__":
    main()
