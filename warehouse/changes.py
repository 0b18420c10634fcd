"""Store, list and review changes; read the fetch outcomes that page-level events need."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from warehouse.records import CHANGES, Change
from warehouse.store import columns
from warehouse.vocab import check_review_status, severity_order_sql

# All of a page's changes in one statement (see warehouse.store.unnest).
INSERT_CHANGE = CHANGES.insert()
COUNT_IN_RUN = "SELECT count(*) FROM changes WHERE run_id = ?"
# A page's amount_changed / amount_added is explained by the run's rule_changed when the new
# statement (the fact the change opened in this run) is filed under that rule and
# jurisdiction: the report shows it under the rule change and counts it once. Paired by fact
# id, not quote: the two figures of "EUR 480 pocket money a month and at most 18 hours a
# week" share a sentence, each goes under its own rule. Changes told before migration 009
# name no fact: those are paired by their quote, as they were.
RUN_CHANGES = f"""
WITH explained AS (
    SELECT d.change_id, min(r.change_id) AS explained_by
    FROM changes d
    JOIN amounts a ON a.source_id = d.source_id AND a.valid_from_run = d.run_id
                  AND a.rule_id IS NOT NULL
                  AND (a.fact_id = d.new_fact_id
                       OR (d.new_fact_id IS NULL AND a.quote = d.new_quote))
    JOIN changes r ON r.run_id = d.run_id AND r.change_kind = 'rule_changed'
                  AND r.rule_id = a.rule_id AND r.jurisdiction = a.jurisdiction
    WHERE d.run_id = $run AND d.change_kind IN ('amount_changed', 'amount_added')
    GROUP BY d.change_id
)
SELECT c.change_id, c.source_id, s.publisher, s.lang, coalesce(c.url, s.url) AS url, s.topic,
       c.change_kind, c.severity, c.section, c.subject, c.old_value, c.new_value, c.old_quote,
       c.new_quote, c.reason, c.old_fact_id, c.new_fact_id, c.old_number, c.new_number,
       c.old_number_max, c.new_number_max, c.unit, c.rule_id, c.jurisdiction,
       c.review_status, c.review_note,
       e.explained_by
FROM changes c LEFT JOIN sources s USING (source_id) LEFT JOIN explained e USING (change_id)
WHERE c.run_id = $run
ORDER BY {severity_order_sql("c.severity")},
         s.publisher, c.source_id, c.section NULLS FIRST, c.position
"""
REVIEW = """
UPDATE changes SET review_status = ?, review_note = ?, reviewed_at = now()::TIMESTAMP
WHERE change_id = ? RETURNING run_id
"""
# The final outcome of every source in a run, beside its last final outcome in a completed
# run before it. Runs that died (aborted) or stopped (failed) never told their page events,
# so the next completed run compares with the last run that did. The latest earlier outcome
# is an arg_max over (run, attempt), not a window over all history: a year of nightly fetches
# of 5,000 pages (1.8 M rows) takes 0.28 s instead of 1.08 s.
PAGE_STATES = """
WITH previous AS (
    SELECT f.source_id,
           arg_max({'outcome': f.outcome, 'url': coalesce(f.final_url, f.url)},
                   (f.run_id, f.attempt)) AS last
    FROM fetches f JOIN runs r USING (run_id)
    WHERE f.run_id < $run AND r.status = 'completed' AND f.outcome <> 'no_capture'
    GROUP BY f.source_id
), fetched_before AS (  -- a good fetch in any earlier run, even one that died later
    SELECT DISTINCT source_id FROM fetches
    WHERE run_id < $run AND outcome IN ('changed', 'unchanged')
)
SELECT now.source_id, now.outcome, coalesce(now.final_url, now.url), now.error_class, now.error,
       previous.last.outcome, previous.last.url, fetched_before.source_id IS NOT NULL
FROM final_fetches now LEFT JOIN previous USING (source_id)
     LEFT JOIN fetched_before USING (source_id)
WHERE now.run_id = $run AND now.outcome <> 'no_capture'
"""


@dataclass(frozen=True)
class PageState:
    source_id: str
    outcome: str
    final_url: str | None
    error_class: str | None
    error: str | None
    previous_outcome: str | None
    previous_final_url: str | None
    fetched_before: bool = True  # False: the source never had a good fetch before this run


def page_states(con: duckdb.DuckDBPyConnection, run_id: int) -> list[PageState]:
    return [PageState(*row) for row in con.execute(PAGE_STATES, {"run": run_id}).fetchall()]


def change_id(run_id: int, source_id: str, change: Change, occurrence: int = 1) -> str:
    """`c-<run>-<10 hex>`: a digest of what the change is, never of where it was told.

    The digest covers the source, the kind, the section and both sides (values and quotes,
    which carry the fact's identity: its slot and wording), so `rebuild` and re-rendering give
    the same change the same id, while an id once quoted in a note never names another
    change. Two indistinguishable changes of one page in one run are told apart by their
    occurrence (1, 2, ...). 10 hex digits: at 20,000 changes a run the chance of any
    collision is about 2e-4, and the primary key turns one into a loud error.
    """
    parts = (*_identity(source_id, change), occurrence)
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()
    return f"c-{run_id}-{digest[:10]}"


def _identity(source_id: str, change: Change) -> tuple:
    """What a change's id digests: never its fact ids or numbers, which the values and
    quotes already carry, so linking changes to their facts (migration 009) kept every id."""
    return (
        source_id,
        change.change_kind,
        change.section,
        change.old_value,
        change.new_value,
        change.old_quote,
        change.new_quote,
    )


def record_changes(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    pages: Sequence[tuple[str, str | None, Sequence[Change]]],
) -> int:
    """Store the changes of several pages, each given as (source_id, url, changes), in order.

    Report positions continue the run's count; ids come from the changes themselves
    (`change_id`). One count and one insert a batch.
    """
    told = [(source_id, url, c) for source_id, url, found in pages for c in found]
    if not told:
        return 0
    start = con.execute(COUNT_IN_RUN, [run_id]).fetchone()[0]
    seen: Counter = Counter()
    rows = []
    for i, (source_id, url, c) in enumerate(told):
        key = _identity(source_id, c)  # two statements told in the same words: 1, 2, ...
        seen[key] += 1
        rows.append(
            CHANGES.row(
                change_id=change_id(run_id, source_id, c, seen[key]),
                run_id=run_id,
                source_id=source_id,
                change_kind=c.change_kind,
                section=c.section,
                subject=c.subject,
                old_value=c.old_value,
                new_value=c.new_value,
                severity=c.severity,
                old_quote=c.old_quote,
                new_quote=c.new_quote,
                reason=c.reason,
                url=url,
                position=start + i,
                old_fact_id=c.old_fact_id,
                new_fact_id=c.new_fact_id,
                old_number=c.old_number,
                new_number=c.new_number,
                old_number_max=c.old_number_max,
                new_number_max=c.new_number_max,
                unit=c.unit,
                rule_id=c.rule_id,
                jurisdiction=c.jurisdiction,
            )
        )
    con.execute(INSERT_CHANGE, columns(rows))
    return len(rows)


def run_changes(con: duckdb.DuckDBPyConnection, run_id: int) -> list[dict]:
    """A run's changes, most important first, as plain records for the reports."""
    cursor = con.execute(RUN_CHANGES, {"run": run_id})
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def review(
    con: duckdb.DuckDBPyConnection, change_id: str, status: str, note: str | None = None
) -> int | None:
    """Record a volunteer's decision; the change's run, or None when there is no such change.

    A dismissed change stays in the history.
    """
    check_review_status(status)
    row = con.execute(REVIEW, [status, note, change_id]).fetchone()
    return row[0] if row else None
