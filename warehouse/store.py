"""Write and read the raw layer: sources, runs, fetch attempts and content-addressed bodies.

SQL for each table lives in this module, next to the function that uses it, so the
contract in SCHEMA.md has exactly one place to check against.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    from flows.fetcher import Attempt
    from flows.sources import Source


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Everything inside commits together or not at all (a crash inside leaves no trace)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


# --- many rows, one statement ----------------------------------------------


def unnest(*types: str) -> str:
    """`SELECT unnest(?::T1[]), unnest(?::T2[]), ...`: the rows of an INSERT, one list a column.

    DuckDB's executemany prepares and runs its statement once per row (about a millisecond
    each); binding each column as one list and unnesting the lists side by side writes all
    the rows with one statement, in their order. Pass the rows through `columns`.
    """
    return "SELECT " + ", ".join(f"unnest(?::{t}[])" for t in types)


def columns(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """The parameters of an `unnest` statement: the rows turned into one list per column."""
    return [list(column) for column in zip(*rows, strict=True)]


# --- sources ---------------------------------------------------------------

UPSERT_SOURCE = f"""
INSERT INTO sources (source_id, publisher, lang, topic, grp, url, first_listed_run, last_listed_run)
{unnest("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "INTEGER")}
ON CONFLICT (source_id) DO UPDATE SET
    publisher = excluded.publisher, lang = excluded.lang, topic = excluded.topic,
    grp = excluded.grp, url = excluded.url, last_listed_run = excluded.last_listed_run
"""


def upsert_sources(con: duckdb.DuckDBPyConnection, sources: Iterable[Source], run_id: int) -> None:
    rows = [(s.id, s.publisher, s.lang, s.topic, s.group, s.url, run_id, run_id) for s in sources]
    if rows:
        con.execute(UPSERT_SOURCE, columns(rows))


# --- runs ------------------------------------------------------------------

ABORT_STALE_RUNS = """
UPDATE runs SET status = 'aborted', finished_at = now()::TIMESTAMP,
       note = 'the process ended before the run finished; marked at the next start'
WHERE status = 'running'
RETURNING run_id
"""
START_RUN = """
INSERT INTO runs (started_at, status, parser_version, mode)
VALUES (now()::TIMESTAMP, 'running', ?, ?) RETURNING run_id
"""
FINISH_RUN = """
UPDATE runs SET status = ?, finished_at = now()::TIMESTAMP, counts = ?, note = ? WHERE run_id = ?
"""


def start_run(
    con: duckdb.DuckDBPyConnection, mode: str, parser_version: str | None
) -> tuple[int, list[int]]:
    """Open a run; any run still 'running' belongs to a dead process (we hold the write lock)."""
    aborted = [row[0] for row in con.execute(ABORT_STALE_RUNS).fetchall()]
    run_id = con.execute(START_RUN, [parser_version, mode]).fetchone()[0]
    return run_id, aborted


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    status: str,
    counts: dict[str, Any],
    note: str | None = None,
) -> None:
    con.execute(FINISH_RUN, [status, json.dumps(counts), note, run_id])


# --- documents -------------------------------------------------------------

HAS_DOCUMENT = "SELECT 1 FROM documents WHERE content_sha256 = ?"
INSERT_DOCUMENT = """
INSERT INTO documents (content_sha256, content_type, body, bytes, first_seen_run)
VALUES (?, ?, ?, ?, ?)
"""
READ_DOCUMENT = "SELECT body, content_type FROM documents WHERE content_sha256 = ?"
READ_DOCUMENTS = """
SELECT content_sha256, body, content_type FROM documents
WHERE content_sha256 IN (SELECT unnest(?::VARCHAR[]))
"""


def sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def store_document(
    con: duckdb.DuckDBPyConnection, body: bytes, content_type: str | None, run_id: int
) -> tuple[str, bool]:
    """Store a body once, by content; returns (sha256, whether it was new)."""
    digest = sha256(body)
    if con.execute(HAS_DOCUMENT, [digest]).fetchone():
        return digest, False
    con.execute(INSERT_DOCUMENT, [digest, content_type, zlib.compress(body, 6), len(body), run_id])
    return digest, True


def read_document(con: duckdb.DuckDBPyConnection, digest: str) -> tuple[bytes, str | None]:
    """A stored body, decompressed, with the content type it came with."""
    row = con.execute(READ_DOCUMENT, [digest]).fetchone()
    if row is None:
        raise KeyError(digest)
    return zlib.decompress(row[0]), row[1]


def read_documents(
    con: duckdb.DuckDBPyConnection, digests: Sequence[str]
) -> dict[str, tuple[bytes, str | None]]:
    """Several stored bodies at once, decompressed, by digest (missing ones are left out).

    Digests are random, so finding one body scans the table, and the later it was stored the
    longer that takes (3 ms at 1,000 documents, growing with every night's new bodies); one
    query for a batch of digests costs about as much as a single lookup.
    """
    rows = con.execute(READ_DOCUMENTS, [list(digests)]).fetchall()
    return {digest: (zlib.decompress(body), content_type) for digest, body, content_type in rows}


def read_body(con: duckdb.DuckDBPyConnection, digest: str) -> bytes:
    return read_document(con, digest)[0]


# --- fetches ---------------------------------------------------------------

# The last good fetch of each source: its body is what we currently know of the page.
LAST_GOOD_FETCHES = """
SELECT source_id, url, etag, last_modified, content_sha256
FROM fetches
WHERE outcome IN ('changed', 'unchanged') AND content_sha256 IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY run_id DESC, attempt DESC) = 1
"""
INSERT_FETCH = """
INSERT INTO fetches (run_id, source_id, attempt, url, final_url, status_code, etag, last_modified,
                     content_sha256, bytes, elapsed_ms, outcome, error_class, error, fetched_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""  # one row a statement: nearly every source has one attempt, and executemany costs more


@dataclass(frozen=True)
class KnownPage:
    url: str
    etag: str | None
    last_modified: str | None
    content_sha256: str


def known_pages(con: duckdb.DuckDBPyConnection) -> dict[str, KnownPage]:
    """What the last good fetch of every source left us: validators and current body."""
    return {row[0]: KnownPage(*row[1:]) for row in con.execute(LAST_GOOD_FETCHES).fetchall()}


@dataclass(frozen=True)
class Recorded:
    outcome: str  # changed | unchanged | failed | no_capture
    content_sha256: str | None
    new_document: bool


def record_fetch(
    con: duckdb.DuckDBPyConnection, run_id: int, attempts: list[Attempt], known: KnownPage | None
) -> Recorded:
    """Store one source's attempts (and its body, once) in a single transaction."""
    final = attempts[-1]
    digest, new_document, outcome = None, False, final.outcome
    con.execute("BEGIN TRANSACTION")
    try:
        if final.outcome == "ok":
            digest, new_document = store_document(
                con, final.body or b"", final.content_type, run_id
            )
            outcome = "unchanged" if known and known.content_sha256 == digest else "changed"
        elif final.outcome == "not_modified":
            if known is None:  # a 304 for a page we never stored: nothing to fall back on
                outcome = "failed"
                final.error_class = "not_modified_without_copy"
                final.error = "server answered 304 but no earlier body is stored"
            else:
                digest, outcome = known.content_sha256, "unchanged"
        rows = []
        for item in attempts:
            is_final = item is final
            rows.append(
                (
                    run_id,
                    item.source_id,
                    item.attempt,
                    item.url,
                    item.final_url,
                    item.status_code,
                    item.etag,
                    item.last_modified,
                    digest if is_final else None,
                    len(item.body) if item.body is not None else None,
                    item.elapsed_ms,
                    outcome if is_final else item.outcome,
                    item.error_class,
                    item.error,
                    item.fetched_at,
                )
            )
        for row in rows:
            con.execute(INSERT_FETCH, row)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return Recorded(outcome, digest, new_document)
