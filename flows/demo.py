"""The offline demo: every capture edition in turn, into a fresh demo warehouse.

A newcomer sees a real first run (every page new) and a real second run (some pages
changed, the rest unchanged) without touching the network or the real warehouse.
"""

from __future__ import annotations

import sys
from pathlib import Path

from flows.cli import run_once
from flows.offline import CAPTURES, editions
from flows.sources import DEFAULT_SOURCES
from warehouse import schema

DEMO_DB = Path("warehouse/demo.duckdb")
DEMO_REPORTS = Path("reports/out/demo")

CHANGED_PAGES = """
SELECT f.source_id, s.publisher, s.lang, f.url
FROM fetches f JOIN sources s USING (source_id)
WHERE f.run_id = (SELECT max(run_id) FROM runs) AND f.outcome = 'changed'
ORDER BY s.publisher, f.source_id
"""


def main() -> None:
    for stale in (DEMO_DB, DEMO_DB.with_name(DEMO_DB.name + ".wal")):
        stale.unlink(missing_ok=True)  # the demo always starts from an empty warehouse
    for edition in editions(CAPTURES):
        print(f"\n=== offline run on captures/edition-{edition} ===", flush=True)
        run_once(
            DEFAULT_SOURCES,
            DEMO_DB,
            DEMO_REPORTS,
            offline=True,
            edition=edition,
            show_progress=sys.stderr.isatty(),
        )
    con = schema.connect(DEMO_DB, read_only=True)
    changed = con.execute(CHANGED_PAGES).fetchall()
    con.close()
    print(f"\nPages whose stored body changed in the last run ({len(changed)}; any byte counts,")
    print("boilerplate included: telling rule changes from noise is the change report's job):")
    for source_id, publisher, lang, url in changed:
        print(f"  {publisher:10} {lang}  {source_id}  {url}")
    print(f"\nWarehouse: {DEMO_DB}   fetch summaries: {DEMO_REPORTS}/<run>/fetches.md")
    print(
        f"Explore it: .venv/bin/permitwatch query --db {DEMO_DB} "
        '"SELECT run_id, status, counts FROM runs"'
    )


if __name__ == "__main__":
    main()
