"""Write and read the raw layer: sources, runs, fetch attempts and content-addressed bodies.

SQL for each table lives in this module, next to the function that uses it, so the
contract in SCHEMA.md has exactly one place to check against.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import json
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import duckdb

from parsers.content import UNSUPPORTED, content_kind

if TYPE_CHECKING:
    from fetch.fetcher import Attempt
    from fetch.sources import Source

T = TypeVar("T")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection, lean: bool = False) -> Iterator[None]:
    """Everything inside commits together or not at all (a crash inside leaves no trace).

    `lean`, for a transaction that holds a parse stage's rows: the COMMIT runs with nothing
    cached beside them and on one thread, as the checkpoints do (`checkpoint`).
    """
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    if not lean:
        con.execute("COMMIT")
        return
    release_cache(con)
    with one_thread(con):
        con.execute("COMMIT")
    trim_heap()


# --- memory ----------------------------------------------------------------


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None on a C library without it."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or None).malloc_trim
    except (OSError, AttributeError):
        return None


_TRIM = _malloc_trim()


def trim_heap() -> None:
    """Give the C heap's free pages back to the system.

    A batch's facts, its selectolax trees and DuckDB's conversion of its rows are freed when
    the batch is written, but glibc keeps the pages for reuse: the run's resident memory
    stepped up batch after batch. Trimmed after each batch, 20 MB less at 1,000 new pages.
    """
    if _TRIM is not None:
        _TRIM(0)


def release_cache(con: duckdb.DuckDBPyConnection) -> None:
    """Drop DuckDB's cached blocks that nothing pins, then trim the heap.

    Reading a stage's bodies once (DocumentSpool) leaves their blocks in DuckDB's buffer
    pool until the memory cap forces them out, and nothing reads them again: ~20 MB more at
    the peak of a cold night of 1,000 pages (benchmarks/README.md, round 4). Lowering the cap
    for a moment evicts them. The cap is the database's, so it is lowered from a cursor of
    its own: when more is pinned than the low cap (the run's uncommitted rows), DuckDB evicts
    what it can and refuses, and that refusal must not abort the run's transaction.
    """
    limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    with con.cursor() as own:
        try:
            own.execute("SET memory_limit = '8MB'")
        except duckdb.Error:  # more is pinned: what could be evicted was
            pass
        finally:
            own.execute("SET memory_limit = ?", [limit])
    trim_heap()


def checkpoint(con: duckdb.DuckDBPyConnection) -> None:
    """Move the WAL into the file: no cached block around it, on one thread, heap trimmed.

    A checkpoint rewrites a table appended to since the last one whole (its row group), not
    only the new rows: 50 new bodies among 1,050 rewrite all of `documents` (+57 MB for the
    moment at 1,000 pages). Needs no open transaction on `con`.
    """
    release_cache(con)
    with one_thread(con):
        con.execute("CHECKPOINT")
    trim_heap()


# The cap a read of the rule views runs under when it may (`read_lean`): DuckDB's operators
# keep their working blocks in its buffer pool, and under the writer's 128 MB they never
# give any back. `current_rules` for the report after a cold night of 1,000 pages: +32 MB
# at the night's peak, +17-19 under 48 MB (benchmarks/memory.py); under 24 MB it refused.
READ_CAP = "48MB"


def in_transaction(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether `con` has a transaction open: outside one, each statement runs in its own.
    (A BEGIN to find out would abort the one open.)"""
    current = "SELECT txid_current()"
    return con.execute(current).fetchone() == con.execute(current).fetchone()


def read_lean(con: duckdb.DuckDBPyConnection, read: Callable[[], T]) -> T:
    """`read()` on one thread, under READ_CAP in a transaction of its own when none is open.

    A read DuckDB cannot fit under the low cap is refused: that transaction (it only read) is
    rolled back and the read runs again under the writer's cap, so the answer is the same
    either way. Inside a transaction already open (a parse stage's) a refusal would abort
    it: there the read runs under the writer's cap straight away.
    """
    with one_thread(con):
        if in_transaction(con):  # never risk it
            return read()
        con.execute("BEGIN TRANSACTION")
        limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        try:
            con.execute("SET memory_limit = ?", [READ_CAP])
            return read()
        except duckdb.Error:  # refused under the low cap: again below, under the writer's
            pass
        finally:
            con.execute("ROLLBACK")
            con.execute("SET memory_limit = ?", [limit])
        return read()


# What stops DuckDB from checkpointing on its own while it holds: a WAL larger than this.
NO_AUTOMATIC_CHECKPOINT = "1TB"


@contextmanager
def no_automatic_checkpoint(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """DuckDB checkpoints on its own inside only if its WAL passes NO_AUTOMATIC_CHECKPOINT.

    A checkpoint rewrites the row group of a table appended to since the last one, bodies
    and all. The fetch stage's commits crossed DuckDB's 16 MB threshold near the 900th new
    body of a cold night of 1,000 pages, and the stage's own `checkpoint` then rewrote those
    900 again to add the last 100: +48-54 MB (a probe of that second checkpoint; the first,
    of bodies no checkpoint wrote yet, +14-16). Durability is the WAL's either way: only the
    moment the WAL moves into the file changes. Call `checkpoint` after.
    """
    threshold = con.execute("SELECT current_setting('checkpoint_threshold')").fetchone()[0]
    con.execute(f"SET checkpoint_threshold = '{NO_AUTOMATIC_CHECKPOINT}'")
    try:
        yield
    finally:
        con.execute("SET checkpoint_threshold = ?", [threshold])


@contextmanager
def one_thread(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run DuckDB on one thread inside: for the rule views, read twice a night, whose window
    and list operators each thread sizes on its own (a cold night of 1,000 pages: +32 MB
    at the peak on two threads, +20 on one). They read a few thousand rows: one is enough.
    Also for the checkpoints and a parse stage's COMMIT (`transaction(lean=True)`)."""
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    con.execute("SET threads = 1")
    try:
        yield
    finally:
        con.execute(f"SET threads = {int(threads)}")


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


# DuckDB turns each bound list into one value per element before it runs the statement: the
# 7,400 amount rows of a batch of 256 new pages cost +33 MB at once. 1,024 rows a statement
# cost +6-14 MB, and 8 statements instead of 1 a batch (about a millisecond each).
ROWS_PER_STATEMENT = 1024


def insert_rows(con: duckdb.DuckDBPyConnection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """Run an `unnest` INSERT over `rows`, ROWS_PER_STATEMENT rows a statement, in order."""
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        con.execute(sql, columns(rows[start : start + ROWS_PER_STATEMENT]))


# A bound list of bodies costs DuckDB about ten times its bytes while it converts and unnests
# it: a fetch group's 128 new bodies (2.4 MB stored) +27-35 MB for the INSERT alone, 16 at a
# time +8-10 MB (a probe on a cold night's 1,000 real bodies). Bodies vary from a few KB to
# the size cap, so a statement is bounded by their stored bytes, never fewer than one body.
BODY_BYTES_PER_STATEMENT = 256 * 1024


def body_statements(documents: Sequence[tuple], body: int) -> Iterator[Sequence[tuple]]:
    """`documents` in order, in runs of at most BODY_BYTES_PER_STATEMENT stored bytes
    (`row[body]`), each run at least one row."""
    start, size = 0, 0
    for end, row in enumerate(documents):
        if end > start and size + len(row[body]) > BODY_BYTES_PER_STATEMENT:
            yield documents[start:end]
            start, size = end, 0
        size += len(row[body])
    if start < len(documents):
        yield documents[start:]


# --- sources ---------------------------------------------------------------

UPSERT_SOURCE = f"""
INSERT INTO sources (source_id, publisher, lang, topic, grp, url, first_listed_run, last_listed_run)
{unnest("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "INTEGER")}
ON CONFLICT (source_id) DO UPDATE SET
    publisher = excluded.publisher, lang = excluded.lang, topic = excluded.topic,
    grp = excluded.grp, url = excluded.url, last_listed_run = excluded.last_listed_run
"""


LISTED_SOURCES = "SELECT source_id, publisher, lang, topic, grp, url FROM sources"
LISTED_AGAIN = """
UPDATE sources SET last_listed_run = ? WHERE source_id IN (SELECT unnest(?::VARCHAR[]))
"""


def upsert_sources(con: duckdb.DuckDBPyConnection, sources: Iterable[Source], run_id: int) -> None:
    """Store the listed sources, each marked listed in `run_id`, in one transaction.

    A source stored as listed gets only its `last_listed_run` set: the upsert of all 1,000
    sources every night rewrote six columns of each, 41-77 ms against 23-34 (5 rounds).
    """
    rows = [(s.id, s.publisher, s.lang, s.topic, s.group, s.url) for s in sources]
    if not rows:
        return
    with transaction(con):
        stored = set(con.execute(LISTED_SOURCES).fetchall())
        changed = [(*row, run_id, run_id) for row in rows if row not in stored]
        if changed:
            con.execute(UPSERT_SOURCE, columns(changed))
        same = [row[0] for row in rows if row in stored]
        if same:
            con.execute(LISTED_AGAIN, [run_id, same])


# --- runs ------------------------------------------------------------------

RUN_ROW = """
SELECT run_id, started_at, finished_at, status, mode, health, health_reason
FROM runs WHERE run_id = ?
"""
LATEST_FINISHED_RUN = "SELECT max(run_id) FROM runs WHERE status IN ('completed', 'failed')"
FINAL_FETCHES_OF_RUN = """
SELECT source_id, outcome, coalesce(final_url, url), error_class, error
FROM final_fetches WHERE run_id = ? ORDER BY source_id
"""


def run_row(con: duckdb.DuckDBPyConnection, run_id: int) -> tuple | None:
    """(run_id, started_at, finished_at, status, mode, health, health_reason), or None."""
    return con.execute(RUN_ROW, [run_id]).fetchone()


def latest_finished_run(con: duckdb.DuckDBPyConnection) -> int | None:
    return con.execute(LATEST_FINISHED_RUN).fetchone()[0]


def final_fetches(con: duckdb.DuckDBPyConnection, run_id: int) -> list[tuple]:
    """Each source's last attempt of the run: (source_id, outcome, url, error_class, error)."""
    return con.execute(FINAL_FETCHES_OF_RUN, [run_id]).fetchall()


# Sources failing in a run, with how many completed runs in a row (up to that one) they
# failed: since their last good fetch, or since they were first tried.
FAILURE_STREAKS = """
WITH tried AS (
    SELECT f.source_id, f.run_id, f.outcome, coalesce(f.final_url, f.url) AS url,
           f.error_class, f.error
    FROM final_fetches f JOIN runs r USING (run_id)
    WHERE r.status = 'completed' AND f.run_id <= $run AND f.outcome <> 'no_capture'
), last_good AS (
    SELECT source_id, max(run_id) AS run_id FROM tried
    WHERE outcome IN ('changed', 'unchanged') GROUP BY source_id
)
SELECT t.source_id, arg_max(t.url, t.run_id), count(*), min(t.run_id),
       arg_max(t.error_class, t.run_id), arg_max(t.error, t.run_id)
FROM tried t LEFT JOIN last_good g USING (source_id)
WHERE t.outcome = 'failed' AND t.run_id > coalesce(g.run_id, 0)
  AND t.source_id IN (SELECT source_id FROM tried WHERE run_id = $run AND outcome = 'failed')
GROUP BY t.source_id
ORDER BY count(*) DESC, t.source_id
"""


@dataclass(frozen=True)
class FailureStreak:
    source_id: str
    url: str
    nights: int  # completed runs in a row, this one included
    since_run: int
    error_class: str | None
    error: str | None


def failure_streaks(con: duckdb.DuckDBPyConnection, run_id: int) -> list[FailureStreak]:
    """The sources that failed in `run_id`, longest streak of failed nights first."""
    return [FailureStreak(*row) for row in con.execute(FAILURE_STREAKS, {"run": run_id}).fetchall()]


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
UPDATE runs SET status = ?, finished_at = now()::TIMESTAMP, counts = ?, note = ?, health = ?,
                health_reason = ?
WHERE run_id = ?
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
    health: tuple[str, str] | None = None,
) -> None:
    """Close a run; `health` is (verdict, reason) for a run that got as far as judging it."""
    verdict, reason = health or (None, None)
    con.execute(FINISH_RUN, [status, json.dumps(counts), note, verdict, reason, run_id])


# --- documents -------------------------------------------------------------

INSERT_DOCUMENTS = f"""
INSERT INTO documents (content_sha256, content_type, body, bytes, first_seen_run)
{unnest("VARCHAR", "VARCHAR", "BLOB", "BIGINT", "INTEGER")}
"""
STORED_DIGESTS = "SELECT content_sha256 FROM documents"
READ_DOCUMENT = "SELECT body, content_type FROM documents WHERE content_sha256 = ?"
READ_DOCUMENTS = """
SELECT content_sha256, body, content_type FROM documents
WHERE content_sha256 IN (SELECT unnest(?::VARCHAR[]))
"""


def sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def read_document(con: duckdb.DuckDBPyConnection, digest: str) -> tuple[bytes, str | None]:
    """A stored body, decompressed, with the content type it came with."""
    row = con.execute(READ_DOCUMENT, [digest]).fetchone()
    if row is None:
        raise KeyError(digest)
    return zlib.decompress(row[0]), row[1]


class DocumentSpool:
    """The stored bodies a whole stage parses, kept compressed in a temporary file, then
    handed out in any order a chunk at a time.

    A query for some digests scans every stored body (DuckDB reads the whole body column to
    find them), so reading a stage's pages 64 at a time cost ~0.5 ms a page at 1,000 pages
    and ~1.5 ms at 5,000 (CPU; more under the memory cap, whose spills evict them): it grew
    with N. One scan (`fill`) is ~0.05 ms a page at any N, the spool's reads ~0.2 ms
    (decompression); memory stays flat whatever the order the stage wants its pages in.
    The night's new bodies are `add`ed by the fetch stage as it stores them (FetchLog), so
    the scan reads only the others: it holds every body it reads at once (DuckDB reads a
    vector of 2,048 rows whole), +63 MB at a cold night of 1,000 pages.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="permitwatch-bodies-")
        self._where: dict[str, tuple[int, int, str | None]] = {}

    def add(self, digest: str, packed: bytes, content_type: str | None) -> None:
        """Keep one body as stored (zlib-compressed), unless the spool has it."""
        if digest not in self._where:
            self._file.seek(0, 2)
            self._where[digest] = (self._file.tell(), len(packed), content_type)
            self._file.write(packed)

    def fill(self, con: duckdb.DuckDBPyConnection, digests: Sequence[str]) -> None:
        """Read from the warehouse, with one scan, the bodies of `digests` not kept yet."""
        wanted = sorted(set(digests) - self._where.keys())
        if not wanted:
            return
        found = con.execute(READ_DOCUMENTS, [wanted])
        while rows := found.fetchmany(256):
            for digest, body, content_type in rows:
                self.add(digest, body, content_type)
        del found
        release_cache(con)  # the bodies are in the spool now: their blocks are dead weight

    def read(self, digests: Sequence[str]) -> dict[str, tuple[bytes, str | None]]:
        """Bodies decompressed, by digest (a digest not stored is left out)."""
        return {
            digest: (zlib.decompress(packed), content_type)
            for digest, (packed, content_type) in self.read_packed(digests).items()
        }

    def read_packed(self, digests: Sequence[str]) -> dict[str, tuple[bytes, str | None]]:
        """Bodies as stored (zlib), by digest (a digest not stored is left out)."""
        found = {}
        for digest in digests:
            if digest in self._where:
                offset, size, content_type = self._where[digest]
                self._file.seek(offset)
                found[digest] = (self._file.read(size), content_type)
        return found

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> DocumentSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_body(con: duckdb.DuckDBPyConnection, digest: str) -> bytes:
    return read_document(con, digest)[0]


# --- fetches ---------------------------------------------------------------

# The last good fetch of each source: its body is what we currently know of the page. An
# arg_max, not a window over all history (read twice a night): a year of nightly fetches of
# 5,000 pages takes 0.75 s instead of 2.7-3.6 s.
LAST_GOOD_FETCHES = """
SELECT source_id, last.url, last.etag, last.last_modified, last.content_sha256
FROM (
    SELECT source_id,
           arg_max({'url': url, 'etag': etag, 'last_modified': last_modified,
                    'content_sha256': content_sha256}, (run_id, attempt)) AS last
    FROM fetches
    WHERE outcome IN ('changed', 'unchanged') AND content_sha256 IS NOT NULL
    GROUP BY source_id
)
"""
INSERT_FETCHES = f"""
INSERT INTO fetches (run_id, source_id, attempt, url, final_url, status_code, etag, last_modified,
                     content_sha256, bytes, elapsed_ms, outcome, error_class, error, fetched_at)
{
    unnest(
        "INTEGER",
        "VARCHAR",
        "INTEGER",
        "VARCHAR",
        "VARCHAR",
        "INTEGER",
        "VARCHAR",
        "VARCHAR",
        "VARCHAR",
        "BIGINT",
        "INTEGER",
        "VARCHAR",
        "VARCHAR",
        "VARCHAR",
        "TIMESTAMP",
    )
}
"""


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


# The fetch log's groups after the first, when written in the background (FetchLog).
_WRITER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="permitwatch-fetchlog")

# zlib releases the GIL while it compresses: bodies are compressed on this thread while the
# event loop goes on fetching (2 ms a 100 KB page at level 6, 40 % of a cold fetch stage).
_COMPRESSOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="permitwatch-zlib")


@dataclass
class FetchLog:
    """A run's fetch attempts and new bodies, committed in groups at most `every` s apart.

    Committing each source alone (a WAL flush) cost more than all the rest of storing it.
    A group holds at most a second of fetching (and `most` sources): a crash loses at most
    that, which the next run fetches again; nothing committed before is ever touched, and
    each source's attempts and body always commit together. `record` commits a group that
    is due when the next source arrives; while the others are still pending (one page
    hanging until its timeout) nothing arrives, so the fetch stage calls `tick` on a timer.

    With `background`, a group due after the first that holds no body (a night of 304s) is
    written on a thread of its own while the caller goes on (the fetch stage's event loop
    went on fetching nothing during each group's INSERT and COMMIT: 7 groups, ~50-75 ms of
    an unchanged night of 1,000 pages, cProfile); one group is written at a time, nothing
    else may use `con` until `commit` returns, and a write that failed is raised by the
    next `record`, `tick` or `commit`. A group with bodies is written while the caller
    waits, as without `background`: a cold night's peak memory stays where it was.
    """

    con: duckdb.DuckDBPyConnection
    run_id: int
    # digests of the bodies already in `documents` or in a group: read at the first body
    # (none on a night of 304s; the read was ~11 ms at 1,000 bodies and grows with them)
    stored: set[str] | None = None
    every: float = 1.0
    most: int = 256
    fetches: list[tuple] = field(default_factory=list)
    documents: list[tuple] = field(default_factory=list)
    committed_at: float = float("-inf")  # the first source commits at once
    spool: DocumentSpool | None = None  # where the new bodies go too, once stored
    background: bool = False
    writing: Future | None = None  # the group being written on _WRITER, if any

    @classmethod
    def open(cls, con: duckdb.DuckDBPyConnection, run_id: int, **settings: Any) -> FetchLog:
        return cls(con, run_id, **settings)

    def _stored(self) -> set[str]:
        if self.stored is None:
            if self.writing is not None:
                wait([self.writing])  # `con` is the writing thread's until its group is in
            self.stored = {row[0] for row in self.con.execute(STORED_DIGESTS).fetchall()}
        return self.stored

    def record(self, attempts: list[Attempt], known: KnownPage | None) -> Recorded:
        """Queue one source's attempts (and its body, once); commit if the group is due."""
        final = attempts[-1]
        digest, new_document, outcome = None, False, final.outcome
        if final.outcome == "ok":
            body = final.body or b""
            digest = sha256(body)
            kind, why = content_kind(body, final.content_type)
            if kind == UNSUPPORTED:  # kept as fetched, but no page to parse: say so here
                final.error_class = "unsupported_content_type"
                final.error = f"{why}: stored, not parsed"
            stored = self._stored()
            if digest not in stored:
                stored.add(digest)
                packed = _COMPRESSOR.submit(zlib.compress, body, 6)
                self.documents.append((digest, final.content_type, packed, len(body), self.run_id))
                new_document = True
            outcome = "unchanged" if known and known.content_sha256 == digest else "changed"
        elif final.outcome == "not_modified":
            if known is None:  # a 304 for a page we never stored: nothing to fall back on
                outcome = "failed"
                final.error_class = "not_modified_without_copy"
                final.error = "server answered 304 but no earlier body is stored"
            else:
                digest, outcome = known.content_sha256, "unchanged"
        for item in attempts:
            is_final = item is final
            self.fetches.append(
                (
                    self.run_id,
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
        if time.monotonic() - self.committed_at >= self.every or len(self.fetches) >= self.most:
            self._due()
        return Recorded(outcome, digest, new_document)

    @property
    def pending(self) -> int:
        """Attempts recorded and not yet committed."""
        return len(self.fetches)

    def tick(self) -> None:
        """Commit what is pending (the fetch stage's timer, every `every / 2` seconds)."""
        if self.fetches:
            self._due()

    def _due(self) -> None:
        """Write the pending group: here, or on _WRITER when `background` (not the first group,
        which commits at once, nor one with bodies, nor while the last one is still being
        written, unless twice `most` wait: then the caller waits too, as without it)."""
        if not self.background or self.committed_at == float("-inf") or self.documents:
            # bodies too: in the background, a cold night of 1,000 pages peaked at 236-261 MB
            # against 229-231 (run.py, loaded machine): the next bodies came in while DuckDB
            # held the group's bound copies
            self.commit()
            return
        if self.writing is not None:
            if not self.writing.done() and len(self.fetches) < 2 * self.most:
                return  # written at the next due moment, once the last group is in
            self.writing, writing = None, self.writing
            writing.result()  # a group that could not be written stops the caller, as before
        fetches, documents = self._take()
        self.writing = _WRITER.submit(self._write, fetches, documents)

    def _take(self) -> tuple[list[tuple], list[tuple]]:
        fetches, documents = self.fetches, self.documents
        self.fetches, self.documents = [], []
        self.committed_at = time.monotonic()
        return fetches, documents

    def commit(self) -> None:
        """Write the group: its bodies and attempts in one transaction (after the group being
        written on a thread, if any; its failure is raised once this group is written)."""
        failed = None
        if self.writing is not None:
            self.writing, writing = None, self.writing
            failed = writing.exception()
        self._write(*self._take())
        if failed is not None:
            raise failed

    def _write(self, fetches: list[tuple], documents: list[tuple]) -> None:
        if not fetches:
            return
        try:
            documents = [(d, kind, packed.result(), n, r) for d, kind, packed, n, r in documents]
            with transaction(self.con):
                for part in body_statements(documents, body=2):
                    self.con.execute(INSERT_DOCUMENTS, columns(part))
                self.con.execute(INSERT_FETCHES, columns(fetches))
        except BaseException:
            if documents:  # not stored after all (a group with bodies read `stored` first)
                self.stored -= {row[0] for row in documents}
            raise
        if self.spool is not None:  # the parse stage reads them there, not from the warehouse
            for digest, kind, packed, _, _ in documents:
                self.spool.add(digest, packed, kind)
        if documents:  # the bodies are stored and no one reads them this stage: drop them
            release_cache(self.con)  # (a cold fetch stage of 1,000 pages: 263 -> 246 MB)


def record_fetch(
    con: duckdb.DuckDBPyConnection, run_id: int, attempts: list[Attempt], known: KnownPage | None
) -> Recorded:
    """Store one source's attempts (and its body, once) in a single transaction."""
    log = FetchLog.open(con, run_id)
    recorded = log.record(attempts, known)
    log.commit()
    return recorded
