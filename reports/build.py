"""Gather one run's report from the warehouse: the input of every renderer (see FORMAT.md)."""

from __future__ import annotations

from collections import Counter

import duckdb

from reports.rule_table import comparison
from warehouse import rulebook, store
from warehouse.changes import run_changes
from warehouse.rulebook import JURISDICTIONS
from warehouse.vocab import CORRECTION_KINDS, TEXT_KINDS

FORMAT = "permitwatch-changes/1"


def latest_run(con: duckdb.DuckDBPyConnection) -> int | None:
    return store.latest_finished_run(con)


def build_report(
    con: duckdb.DuckDBPyConnection, run_id: int, rules: list[dict] | None = None
) -> dict:
    """The report of `run_id`; `rules`: today's rule table when the caller has it already
    (reports/rules_cache.py), else read here."""
    row = store.run_row(con, run_id)
    if row is None:
        raise LookupError(f"there is no run {run_id}")
    fetches = store.final_fetches(con, run_id)
    told = run_changes(con, run_id)
    apart = (*CORRECTION_KINDS, *TEXT_KINDS)  # neither is a change read as a rule
    changes = [c for c in told if c["change_kind"] not in apart]
    corrections = [c for c in told if c["change_kind"] in CORRECTION_KINDS]
    # the text safety net, in page order (as found), after the changes of the rules
    texts = sorted(
        (c for c in told if c["change_kind"] in TEXT_KINDS),
        key=lambda c: (c["publisher"] or "", c["source_id"], c["subject"] == "more text"),
    )
    counted = [c for c in changes if not c.get("explained_by")]  # told once, by its rule
    # Each page is listed once: checked (fetched well), or failed. A page that became
    # unreachable in this run is its `page_unreachable` change, with the same error.
    checked = [f for f in fetches if f[1] in ("changed", "unchanged")]
    unreachable = {c["source_id"] for c in changes if c["change_kind"] == "page_unreachable"}
    failed = [f for f in fetches if f[1] == "failed"]
    return {
        "format": FORMAT,
        "run": {
            "run_id": row[0],
            "started_at": _iso(row[1]),
            "finished_at": _iso(row[2]),
            "status": row[3],
            "mode": row[4],
            "health": row[5],
            "health_reason": row[6],
        },
        "summary": {
            "sources_checked": len(checked),
            "sources_failed": len(failed),
            "sources_changed": len({c["source_id"] for c in changes}),
            "by_severity": dict(Counter(c["severity"] for c in counted)),
            "by_publisher": dict(Counter(c["publisher"] for c in counted if c["publisher"])),
            "parser_corrections": len(corrections),
            "text_changes": len(texts),
            "checked_sources": [{"source_id": f[0], "url": f[2]} for f in checked],
            "failed_sources": [
                {"source_id": f[0], "url": f[2], "error": f"{f[3]}: {f[4]}"}
                for f in failed
                if f[0] not in unreachable
            ],
        },
        "changes": changes,
        "corrections": corrections,
        "text_changes": texts,
        "rules_table": rules_table(con) if rules is None else rules,
    }


def rules_table(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Today's value of each rule per jurisdiction, as the report's comparison table.

    `current_rules` is read on one thread, as the parse stage reads it: on two it was the
    reports' peak, +40 MB on an unchanged night of 1,000 pages (benchmarks/memory.py); and
    under a lower cap (`store.read_lean`): +32 -> +17-19 MB after a cold night."""
    values = store.read_lean(con, lambda: rulebook.current(con))
    store.trim_heap()
    rows = comparison(values, rulebook.labels(con))
    return [
        {
            "rule_id": r[0],
            "label": r[1],
            "bound": r[2],
            **dict(zip(JURISDICTIONS, r[3:], strict=True)),
        }
        for r in rows
    ]


def _iso(value) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None
