"""Facts as history: a page's new facts close the rows that vanished and open the new ones.

Unchanged facts keep their row, so a night where nothing changed writes nothing, and
"what did the page say in run N" is `valid_from_run <= N AND (valid_to_run IS NULL OR
valid_to_run > N)`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

import duckdb

from parsers.amounts import Amount
from parsers.conditions import Condition, identity_text
from warehouse.diff import AmountRow, ConditionRow
from warehouse.store import columns, unnest

# --- parses ----------------------------------------------------------------

# A body judged suspect is logged with its reason; it counts as parsed (not retried
# every night) while the facts of the last good body stay current.
LAST_PARSES = """
SELECT source_id, content_sha256, parser_version FROM parses
QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY run_id DESC) = 1
"""
LOG_PARSE = """
INSERT OR REPLACE INTO parses (source_id, run_id, content_sha256, parser_version, blocks, amounts,
                               conditions, elapsed_ms, error)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
"""

# --- amounts ---------------------------------------------------------------

OPEN_AMOUNT_ROWS = """
SELECT fact_id, slot, section, kind, value, value_max, unit, per, bound, date_value, quote
FROM amounts WHERE source_id = ? AND valid_to_run IS NULL ORDER BY position
"""
# Whole sets of rows in one statement each (see warehouse.store.unnest).
CLOSE_AMOUNT = """
UPDATE amounts SET valid_to_run = ?
WHERE source_id = ? AND fact_id IN (SELECT unnest(?::VARCHAR[])) AND valid_to_run IS NULL
"""
INSERT_AMOUNT = f"""
INSERT INTO amounts (fact_id, slot, source_id, section, position, kind, value, value_max, unit, per,
                     bound, date_value, quote, content_sha256, valid_from_run)
{unnest("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "VARCHAR", "DOUBLE", "DOUBLE",
        "VARCHAR", "VARCHAR", "VARCHAR", "DATE", "VARCHAR", "VARCHAR", "INTEGER")}
"""

# --- conditions ------------------------------------------------------------

OPEN_CONDITION_ROWS = """
SELECT fact_id, section, condition_kind, text
FROM conditions WHERE source_id = ? AND valid_to_run IS NULL ORDER BY position
"""
CLOSE_CONDITION = """
UPDATE conditions SET valid_to_run = ?
WHERE source_id = ? AND fact_id IN (SELECT unnest(?::VARCHAR[])) AND valid_to_run IS NULL
"""
INSERT_CONDITION = f"""
INSERT INTO conditions (fact_id, source_id, section, position, condition_kind, text,
                        content_sha256, valid_from_run)
{unnest("VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER")}
"""


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:24]


def amount_slot(source_id: str, amount: Amount) -> str:
    """Where an amount stands, whatever its value: the key a changed value is matched on."""
    return _digest(source_id, amount.section, amount.kind, amount.unit, amount.per, amount.context)


def amount_ids(source_id: str, amounts: list[Amount]) -> list[str]:
    """Identity of each statement; a repeated identical statement gets its own id."""
    seen: Counter = Counter()
    ids = []
    for a in amounts:
        key = (
            a.section,
            a.kind,
            a.value,
            a.value_max,
            a.unit,
            a.per,
            a.bound,
            a.date_value,
            a.quote,
        )
        seen[key] += 1
        ids.append(_digest(source_id, *key, seen[key]))
    return ids


def condition_ids(source_id: str, conditions: list[Condition]) -> list[str]:
    seen: Counter = Counter()
    ids = []
    for c in conditions:
        key = (c.section, c.kind, identity_text(c.text))
        seen[key] += 1
        ids.append(_digest(source_id, *key, seen[key]))
    return ids


def open_rows(
    con: duckdb.DuckDBPyConnection, source_id: str
) -> tuple[list[AmountRow], list[ConditionRow]]:
    """What the page says now, as records the diff compares."""
    amounts = [AmountRow(*row) for row in con.execute(OPEN_AMOUNT_ROWS, [source_id]).fetchall()]
    conditions = [
        ConditionRow(*row) for row in con.execute(OPEN_CONDITION_ROWS, [source_id]).fetchall()
    ]
    return amounts, conditions


def to_rows(
    source_id: str, amounts: list[Amount], conditions: list[Condition]
) -> tuple[list[AmountRow], list[ConditionRow]]:
    """Freshly extracted facts as the same records, identities included."""
    amount_rows = [
        AmountRow(
            fid,
            amount_slot(source_id, a),
            a.section,
            a.kind,
            a.value,
            a.value_max,
            a.unit,
            a.per,
            a.bound,
            a.date_value,
            a.quote,
        )
        for fid, a in zip(amount_ids(source_id, amounts), amounts, strict=True)
    ]
    condition_rows = [
        ConditionRow(fid, c.section, c.kind, c.text)
        for fid, c in zip(condition_ids(source_id, conditions), conditions, strict=True)
    ]
    return amount_rows, condition_rows


@dataclass(frozen=True)
class Applied:
    opened: int
    closed: int


def last_parses(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    """Per source, the (body, parser version) its current facts come from."""
    return {row[0]: (row[1], row[2]) for row in con.execute(LAST_PARSES).fetchall()}


def log_parse(
    con: duckdb.DuckDBPyConnection,
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
    con.execute(
        LOG_PARSE,
        [source_id, run_id, digest, version, blocks, amounts, conditions, elapsed_ms, error],
    )


def _sync(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    source_id: str,
    old_ids: set[str],
    new: list[tuple],
    close_sql: str,
    insert_sql: str,
) -> Applied:
    """Close the rows that vanished, insert the new ones (first field of a row: its id)."""
    new_ids = {row[0] for row in new}
    gone = old_ids - new_ids
    if gone:
        con.execute(close_sql, [run_id, source_id, sorted(gone)])
    fresh = [row for row in new if row[0] not in old_ids]
    if fresh:
        con.execute(insert_sql, columns(fresh))
    return Applied(len(fresh), len(gone))


def apply_rows(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    source_id: str,
    digest: str,
    old: tuple[list[AmountRow], list[ConditionRow]],
    new: tuple[list[AmountRow], list[ConditionRow]],
) -> tuple[Applied, Applied]:
    """Make the page's open facts (`old`, as read by open_rows) equal to `new` (to_rows)."""
    old_amounts, old_conditions = old
    new_amounts, new_conditions = new
    amounts = _sync(
        con,
        run_id,
        source_id,
        {a.fact_id for a in old_amounts},
        [
            (
                a.fact_id,
                a.slot,
                source_id,
                a.section,
                i,
                a.kind,
                a.value,
                a.value_max,
                a.unit,
                a.per,
                a.bound,
                a.date_value,
                a.quote,
                digest,
                run_id,
            )
            for i, a in enumerate(new_amounts)
        ],
        CLOSE_AMOUNT,
        INSERT_AMOUNT,
    )
    conditions = _sync(
        con,
        run_id,
        source_id,
        {c.fact_id for c in old_conditions},
        [
            (c.fact_id, source_id, c.section, i, c.kind, c.text, digest, run_id)
            for i, c in enumerate(new_conditions)
        ],
        CLOSE_CONDITION,
        INSERT_CONDITION,
    )
    return amounts, conditions
