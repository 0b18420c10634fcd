"""A read-only copy of the warehouse for readers, replaced atomically after each commit.

DuckDB lets one process write a file and, while it does, nobody else may open that file,
not even to read. Readers (dashboards, `permitwatch query`, volunteers' notebooks) open
`published/<name>` instead: a complete copy made after a run commits, swapped in with one
rename. A reader therefore sees the last committed state, never half a run, and never
waits for the writer; a reader that has the old copy open keeps reading it undisturbed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import duckdb

from warehouse import store

FOLDER = "published"


def published_path(db: str | Path) -> Path:
    """Where the copy of `db` is published: `<db folder>/published/<db name>`."""
    db = Path(db)
    return db.parent / FOLDER / db.name


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(
    con: duckdb.DuckDBPyConnection,
    db: str | Path,
    before_replace: Callable[[], None] | None = None,
) -> Path:
    """Copy the committed warehouse to its published path, atomically.

    `con` must be the writer's connection with no transaction open: CHECKPOINT moves the
    WAL into the file, so the file alone is the committed state while we hold the lock.
    The copy is written beside its target, flushed, opened once to prove it reads, then
    renamed over the old copy; a crash at any point leaves the old copy whole (and at
    worst a stray temporary file, removed by the next publish). `before_replace` is a
    hook for crash tests.
    """
    return start(con, db).finish(before_replace)


def start(con: duckdb.DuckDBPyConnection, db: str | Path) -> Copying:
    """`publish`'s first half: the CHECKPOINT, then the file copied and flushed on a thread.

    Until `finish`, `con` may read (a night's reports: nothing a read does writes the file)
    and must not write. The copy of 31 MB and its fsync (~40 ms at 1,000 pages, waiting on
    the disk) so overlap the reports instead of preceding them.
    """
    target = published_path(db)
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(f".{target.name}.*.tmp"):
        stale.unlink(missing_ok=True)  # a copy a killed run left half-written
    # The night's peak was here: 275 MB at 1,000 new pages, 315 MB with 5 % edited; with the
    # pool's dead blocks dropped first and one thread, 263 and 307 (benchmarks/memory.py).
    # The night's new bodies are checkpointed after the fetch stage (flows/pipeline.py).
    store.checkpoint(con)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    return Copying(con, target, temporary, _COPIER.submit(_copy, Path(db), temporary))


def _copy(db: Path, temporary: Path) -> None:
    shutil.copyfile(db, temporary)
    _fsync(temporary)


class Copying:
    """A published copy being written (`start`); `finish` makes it the readers' copy."""

    def __init__(self, con, target: Path, temporary: Path, copying: Future):
        self._con, self._target, self._temporary, self._copying = con, target, temporary, copying

    def finish(self, before_replace: Callable[[], None] | None = None) -> Path:
        """Wait for the copy, prove it reads, rename it over the old one: or raise, with the
        old copy left whole."""
        try:
            self._copying.result()
            _proof_read(self._con, self._temporary)
        except BaseException:
            self._temporary.unlink(missing_ok=True)
            raise
        if before_replace is not None:
            before_replace()
        os.replace(self._temporary, self._target)
        _fsync(self._target.parent)
        return self._target


_COPIER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="permitwatch-publish")


def _proof_read(con: duckdb.DuckDBPyConnection, copy: Path) -> None:
    """Open `copy` read-only and read from it, as a reader would: a copy that is not a whole
    database raises here, before it replaces anything. Attached to the writer's connection:
    a database instance of its own cost ~15 ms of CPU more a night (its function catalogue),
    ~2 ms so."""
    quoted = str(copy).replace("'", "''")
    con.execute(f"ATTACH '{quoted}' AS {_PROOF} (READ_ONLY)")
    try:
        con.execute(f"SELECT count(*) FROM {_PROOF}.runs").fetchone()
    finally:
        con.execute(f"DETACH {_PROOF}")


_PROOF = "published_proof"


def reader_path(db: str | Path) -> Path:
    """What a reader should open: the published copy when there is one, else `db` itself."""
    copy = published_path(db)
    return copy if copy.exists() else Path(db)
