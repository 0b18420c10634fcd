"""Volunteers' decisions on changes, kept in a small SQLite file a run never locks.

DuckDB lets one process write the warehouse, and a night's run holds it for minutes: a
decision written there would wait (or fail) while a run writes. Decisions therefore go to
`<warehouse folder>/<name>.decisions.sqlite` (WAL mode: a writer never blocks readers, and
writers queue for milliseconds, not for a run). Every decision is a new row (who, when,
status, note): nothing is overwritten, the latest one counts. A run, `publish`, `report`,
`review` and `rebuild` merge the latest decision of each change into
`changes.review_status / review_note / reviewed_at`; since change ids are digests of the
change (`warehouse.changes.change_id`), a decision survives `rebuild`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from warehouse.store import columns, unnest
from warehouse.vocab import REVIEW_STATUSES

SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    decision_id INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id   TEXT NOT NULL,
    status      TEXT NOT NULL,
    note        TEXT,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL  -- UTC, ISO 8601 without offset
);
CREATE INDEX IF NOT EXISTS decisions_change ON decisions (change_id, decision_id);
"""
FIELDS = "decision_id, change_id, status, note, decided_by, decided_at"
LATEST = f"""
SELECT {FIELDS} FROM decisions
WHERE decision_id IN (SELECT max(decision_id) FROM decisions GROUP BY change_id)
"""
# The latest decision of each change, applied where the warehouse says something else.
MERGE = f"""
UPDATE changes SET review_status = d.status, review_note = d.note, reviewed_at = d.decided
FROM ({unnest("VARCHAR", "VARCHAR", "VARCHAR", "TIMESTAMP")}) AS d(id, status, note, decided)
WHERE changes.change_id = d.id
  AND (changes.review_status IS DISTINCT FROM d.status
       OR changes.review_note IS DISTINCT FROM d.note
       OR changes.reviewed_at IS DISTINCT FROM d.decided)
"""
BUSY_MS = 10_000  # writers queue on SQLite's lock; a decision is a one-row insert


@dataclass(frozen=True)
class Decision:
    decision_id: int
    change_id: str
    status: str
    note: str | None
    decided_by: str
    decided_at: str

    @property
    def at(self) -> datetime:
        return datetime.fromisoformat(self.decided_at)


def path_for(db: str | Path) -> Path:
    """`warehouse/permitwatch.duckdb` -> `warehouse/permitwatch.decisions.sqlite`."""
    db = Path(db)
    return db.with_name(f"{db.stem}.decisions.sqlite")


def connect(path: str | Path) -> sqlite3.Connection:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path, timeout=BUSY_MS / 1000, isolation_level=None)
    con.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")  # a decision acknowledged is on disk
    con.executescript(SCHEMA)
    return con


def _decisions(rows: Iterable[tuple]) -> list[Decision]:
    return [Decision(*row) for row in rows]


def record(
    path: str | Path,
    change_id: str,
    status: str,
    note: str | None,
    by: str,
    expected_latest: int | None = None,
) -> tuple[Decision, Decision | None]:
    """Append a decision; return it and the one it supersedes (None for the first).

    With `expected_latest` (the decision id the person saw, 0 for none), a decision made
    meanwhile by someone else is not silently superseded: `StaleDecision` is raised and
    nothing is written.
    """
    if status not in REVIEW_STATUSES:
        raise ValueError(f"status must be one of {', '.join(REVIEW_STATUSES)}, not {status!r}")
    if not by.strip():
        raise ValueError("a decision needs the name of who made it")
    note = (note or "").strip() or None
    con = connect(path)
    try:
        con.execute("BEGIN IMMEDIATE")  # the check and the insert see the same latest
        try:
            before = latest_of(con, change_id)
            seen = before.decision_id if before else 0
            if expected_latest is not None and expected_latest != seen:
                raise StaleDecision(before)
            at = datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
            cursor = con.execute(
                "INSERT INTO decisions (change_id, status, note, decided_by, decided_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [change_id, status, note, by.strip(), at],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()
    return Decision(cursor.lastrowid, change_id, status, note, by.strip(), at), before


class StaleDecision(RuntimeError):
    """Someone decided on the change after the person saw it."""

    def __init__(self, latest: Decision | None):
        super().__init__("the change was decided meanwhile")
        self.latest = latest


def latest_of(con: sqlite3.Connection, change_id: str) -> Decision | None:
    row = con.execute(
        f"SELECT {FIELDS} FROM decisions WHERE change_id = ? ORDER BY decision_id DESC LIMIT 1",
        [change_id],
    ).fetchone()
    return Decision(*row) if row else None


def history(path: str | Path, change_id: str) -> list[Decision]:
    """Every decision on a change, newest first."""
    if not Path(path).exists():
        return []
    con = connect(path)
    try:
        return _decisions(
            con.execute(
                f"SELECT {FIELDS} FROM decisions WHERE change_id = ? ORDER BY decision_id DESC",
                [change_id],
            )
        )
    finally:
        con.close()


def latest(path: str | Path) -> dict[str, Decision]:
    """The latest decision of every change decided at least once."""
    if not Path(path).exists():
        return {}
    con = connect(path)
    try:
        return {d.change_id: d for d in _decisions(con.execute(LATEST))}
    finally:
        con.close()


def merge(con: duckdb.DuckDBPyConnection, path: str | Path) -> int:
    """Write the latest decision of each change into `changes`; how many rows changed.

    Decisions on changes the warehouse does not hold (yet) wait in the store.
    """
    found = latest(path)
    if not found:
        return 0
    rows = [(d.change_id, d.status, d.note, d.at) for d in found.values()]
    result = con.execute(MERGE, columns(rows)).fetchone()
    return result[0] if result else 0
