"""Facts as history: a page's new facts close the rows that vanished and open the new ones.

Unchanged facts keep their row, so a night where nothing changed writes nothing, and
"what did the page say in run N" is `valid_from_run <= N AND (valid_to_run IS NULL OR
valid_to_run > N)`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import duckdb

from parsers.text import identity_text
from warehouse.records import AMOUNTS, CONDITIONS, PARSES, AmountRow, ConditionRow, field_names
from warehouse.store import LAST_GOOD_FETCHES, insert_rows

if TYPE_CHECKING:  # the extractors' and the rules' modules: imported where pages are parsed
    from parsers.amounts import Amount
    from parsers.conditions import Condition
    from rules.assign import Assignment

# --- parses ----------------------------------------------------------------

# A body judged suspect is logged with its reason; it counts as parsed (not retried
# every night) while the facts of the last good body stay current.
LAST_PARSES = """
SELECT source_id, content_sha256, parser_version FROM parses
QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY run_id DESC) = 1
"""
# The parse each source's current facts were read from: a failed or suspect parse (logged
# with an error) keeps the facts of the one before it.
FACT_PARSES = """
SELECT source_id, content_sha256, parser_version FROM parses WHERE error IS NULL
QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY run_id DESC) = 1
"""
# The sources whose current body (their last good fetch's) or parser differs from their last
# parse, failed or not: what a night parses. One query, so a night with nothing to parse
# builds no per-source maps (1,000 pages: 5.5 ms against 12.5 for the three reads it replaced).
UNPARSED = f"""
WITH good AS ({LAST_GOOD_FETCHES}), last AS ({LAST_PARSES})
SELECT good.source_id, good.content_sha256, last.source_id IS NULL AS first
FROM good LEFT JOIN last USING (source_id)
WHERE last.source_id IS NULL OR last.content_sha256 IS DISTINCT FROM good.content_sha256
   OR last.parser_version IS DISTINCT FROM ?
"""
LOG_PARSES = PARSES.insert("INSERT OR REPLACE")

# --- amounts ---------------------------------------------------------------

# The open rows of a batch of pages, in page order. Rows kept from earlier runs keep the
# position they were first found at, so positions can tie after a change: valid_from_run and
# fact_id settle ties, so the diff always sees the same order (and rebuild tells the same).
OPEN_AMOUNT_ROWS = f"""
SELECT source_id, {", ".join(field_names(AmountRow))}
FROM amounts WHERE valid_to_run IS NULL AND source_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY source_id, position, valid_from_run, fact_id
"""
# Whole sets of rows in one statement each (see warehouse.store.unnest). A fact_id names its
# source (see amount_ids), so ids alone say which open rows to close.
CLOSE_AMOUNT = """
UPDATE amounts SET valid_to_run = ?
WHERE valid_to_run IS NULL AND fact_id IN (SELECT unnest(?::VARCHAR[]))
"""
INSERT_AMOUNT = AMOUNTS.insert()

# --- conditions ------------------------------------------------------------

# ConditionRow's `kind` is the table's `condition_kind`.
OPEN_CONDITION_ROWS = """
SELECT source_id, fact_id, section, condition_kind AS kind, text
FROM conditions WHERE valid_to_run IS NULL AND source_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY source_id, position, valid_from_run, fact_id
"""
CLOSE_CONDITION = """
UPDATE conditions SET valid_to_run = ?
WHERE valid_to_run IS NULL AND fact_id IN (SELECT unnest(?::VARCHAR[]))
"""
INSERT_CONDITION = CONDITIONS.insert()


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:24]


def amount_slot(source_id: str, amount: Amount) -> str:
    """Where an amount stands, whatever its value: the key a changed value is matched on."""
    return _digest(source_id, amount.section, amount.kind, amount.unit, amount.per, amount.context)


def amount_ids(
    source_id: str, amounts: list[Amount], assigned: list[Assignment] | None = None
) -> list[str]:
    """Identity of each statement; a repeated identical statement gets its own id.

    The rule it is filed under is part of it: after a catalogue change the row is closed and
    a new one opened with the new rule (the diff pairs them by value: no change is told)."""
    return _numbered(
        source_id,
        (
            (
                a.section,
                a.kind,
                a.value,
                a.value_max,
                a.unit,
                a.per,
                a.bound,
                a.date_value,
                a.quote,
                *(_filed(assigned[i]) if assigned else ()),
            )
            for i, a in enumerate(amounts)
        ),
    )


def _filed(assignment: Assignment) -> tuple:
    """An amount filed under no rule keeps the identity it had before the rules layer."""
    if assignment.rule_id is None and assignment.effective_from is None:
        return ()
    return (assignment.rule_id, assignment.jurisdiction, assignment.effective_from)


def condition_ids(source_id: str, conditions: list[Condition]) -> list[str]:
    return _numbered(source_id, ((c.section, c.kind, identity_text(c.text)) for c in conditions))


def _numbered(source_id: str, keys: Iterable[tuple]) -> list[str]:
    """One id per key, a repeated key numbered by its occurrence (the same statement twice on
    a page is two facts). A dict, not a Counter: its misses call no Python method."""
    seen: dict[tuple, int] = {}
    ids = []
    for key in keys:
        seen[key] = n = seen.get(key, 0) + 1
        ids.append(_digest(source_id, *key, n))
    return ids


def open_rows(
    con: duckdb.DuckDBPyConnection, source_ids: list[str]
) -> dict[str, tuple[list[AmountRow], list[ConditionRow]]]:
    """What each page says now, as records the diff compares: one query a table per batch.

    Each page's lookup would scan the fact tables (their index does not serve it), so the
    cost of a page grew with the warehouse; a batch of pages costs one scan.
    """
    found: dict[str, tuple[list[AmountRow], list[ConditionRow]]] = {
        source_id: ([], []) for source_id in source_ids
    }
    if not source_ids:
        return found
    for source_id, *row in con.execute(OPEN_AMOUNT_ROWS, [source_ids]).fetchall():
        found[source_id][0].append(AmountRow(*row))
    for source_id, *row in con.execute(OPEN_CONDITION_ROWS, [source_ids]).fetchall():
        found[source_id][1].append(ConditionRow(*row))
    return found


def to_rows(
    source_id: str,
    amounts: list[Amount],
    conditions: list[Condition],
    assigned: list[Assignment] | None = None,
) -> tuple[list[AmountRow], list[ConditionRow]]:
    """Freshly extracted facts as the same records, identities included; `assigned` (one
    per amount, from rules.assign) files each amount under its rule."""
    if not assigned:
        from rules.assign import Assignment

        assigned = [Assignment(None, None, None)] * len(amounts)  # filed under no rule
    amount_rows = [
        AmountRow(
            fact_id=fid,
            slot=amount_slot(source_id, a),
            section=a.section,
            kind=a.kind,
            value=a.value,
            value_max=a.value_max,
            unit=a.unit,
            per=a.per,
            bound=a.bound,
            date_value=a.date_value,
            quote=a.quote,
            rule_id=x.rule_id,
            jurisdiction=x.jurisdiction,
            effective_from=x.effective_from,
        )
        for fid, a, x in zip(
            amount_ids(source_id, amounts, assigned), amounts, assigned, strict=True
        )
    ]
    condition_rows = [
        ConditionRow(fact_id=fid, section=c.section, kind=c.kind, text=c.text)
        for fid, c in zip(condition_ids(source_id, conditions), conditions, strict=True)
    ]
    return amount_rows, condition_rows


@dataclass(frozen=True)
class Applied:
    opened: int
    closed: int


def unparsed(con: duckdb.DuckDBPyConnection, version: str) -> dict[str, tuple[str, bool]]:
    """Per source to parse, its current body and whether it was never parsed before."""
    return {row[0]: (row[1], row[2]) for row in con.execute(UNPARSED, [version]).fetchall()}


def fact_parses(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    """Per source, the (body, parser version) its current facts were read from."""
    return {row[0]: (row[1], row[2]) for row in con.execute(FACT_PARSES).fetchall()}


@dataclass
class Writes:
    """The fact writes of a batch of pages, made with one statement a table by `write`.

    One statement per page and table cost about a millisecond each, whatever the rows.
    """

    parses: list[tuple] = field(default_factory=list)
    closed_amounts: list[str] = field(default_factory=list)
    new_amounts: list[tuple] = field(default_factory=list)
    closed_conditions: list[str] = field(default_factory=list)
    new_conditions: list[tuple] = field(default_factory=list)


def log_parse(
    writes: Writes,
    source_id: str,
    run_id: int,
    digest: str,
    version: str,
    blocks: int,
    amounts: int,
    conditions: int,
    elapsed_ms: int,
    error: str | None = None,
) -> None:
    writes.parses.append(
        PARSES.row(
            source_id=source_id,
            run_id=run_id,
            content_sha256=digest,
            parser_version=version,
            blocks=blocks,
            amounts=amounts,
            conditions=conditions,
            elapsed_ms=elapsed_ms,
            error=error,
        )
    )


def _sync(old_ids: set[str], new: list[tuple], closed: list[str], opened: list[tuple]) -> Applied:
    """Close the rows that vanished, open the new ones (first column of a row: its fact_id)."""
    new_ids = {row[0] for row in new}
    gone = sorted(old_ids - new_ids)
    fresh = [row for row in new if row[0] not in old_ids]
    closed.extend(gone)
    opened.extend(fresh)
    return Applied(len(fresh), len(gone))


# A fact's table row: its record's fields, the page's source and body, its position on the
# page and the run that opened it (records.Table.maker: matched by name once, not per row).
_AMOUNT_ROW = AMOUNTS.maker(AmountRow, "source_id", "position", "content_sha256", "valid_from_run")
_CONDITION_ROW = CONDITIONS.maker(
    ConditionRow, "source_id", "position", "content_sha256", "valid_from_run", condition_kind="kind"
)


def apply_rows(
    writes: Writes,
    run_id: int,
    source_id: str,
    digest: str,
    old: tuple[list[AmountRow], list[ConditionRow]],
    new: tuple[list[AmountRow], list[ConditionRow]],
) -> tuple[Applied, Applied]:
    """Plan making the page's open facts (`old`, from open_rows) equal to `new` (to_rows)."""
    old_amounts, old_conditions = old
    new_amounts, new_conditions = new
    amounts = _sync(
        {a.fact_id for a in old_amounts},
        [
            _AMOUNT_ROW(
                a, source_id=source_id, position=i, content_sha256=digest, valid_from_run=run_id
            )
            for i, a in enumerate(new_amounts)
        ],
        writes.closed_amounts,
        writes.new_amounts,
    )
    conditions = _sync(
        {c.fact_id for c in old_conditions},
        [
            _CONDITION_ROW(
                c, source_id=source_id, position=i, content_sha256=digest, valid_from_run=run_id
            )
            for i, c in enumerate(new_conditions)
        ],
        writes.closed_conditions,
        writes.new_conditions,
    )
    return amounts, conditions


def write(con: duckdb.DuckDBPyConnection, run_id: int, writes: Writes) -> None:
    """Make the batch's writes: closes first, so they never touch a row the batch opens."""
    if writes.closed_amounts:
        con.execute(CLOSE_AMOUNT, [run_id, writes.closed_amounts])
    if writes.closed_conditions:
        con.execute(CLOSE_CONDITION, [run_id, writes.closed_conditions])
    insert_rows(con, INSERT_AMOUNT, writes.new_amounts)
    insert_rows(con, INSERT_CONDITION, writes.new_conditions)
    insert_rows(con, LOG_PARSES, writes.parses)
