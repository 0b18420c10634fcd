"""Open the warehouse and bring its schema up to date with the numbered migrations."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import duckdb

from warehouse.store import transaction

DEFAULT_DB = Path("warehouse/permitwatch.duckdb")
# DuckDB's own default is 80 % of the machine's memory; a night's writes never need that much.
# With a cap, the uncommitted rows of a big parse stage (a first run, a new parser version)
# spill to `<db>.tmp` instead of staying in memory. Measured at 5,000 new pages (parse stage
# alone, extraction cached): uncapped +189 MB and 3.0 ms a page, 256 MB +109 MB and 3.3 ms,
# 128 MB +29 MB and 3.9 ms. Set PERMITWATCH_MEMORY_LIMIT (a DuckDB size: "1GB") to change it.
MEMORY_LIMIT = "128MB"
# DuckDB's allocator keeps what its threads freed, up to 128 MiB and 512 MiB by default, for
# reuse: the rule views alone (read twice a night, `warehouse.rulebook.state`) left +43, +16,
# +13 MB behind on a 21-page warehouse, and a cold night of 1,000 pages carried it all to its
# peak. Flushed from 1 MB, four reads of `current_rules` leave +28 MB instead of +74.
ALLOCATOR_SETTINGS = {
    "allocator_flush_threshold": "1MB",
    "allocator_bulk_deallocation_flush_threshold": "1MB",
}


# Rows a row group of the writer's tables holds (DuckDB's default: 122,880). A transaction's
# rows wait in memory (or the spill) until its COMMIT appends them and writes the WAL, unless
# a whole row group is there: DuckDB then writes it to the file as the rows come (an
# "optimistic write") and the COMMIT only links it in. A cold night's 68,000 facts never
# filled one, so its COMMIT carried them all at once, +35 MB at 1,000 pages (a probe of that
# COMMIT alone; +0 in groups of 8,192). Readers need nothing: a file holds row groups of any
# size. Set with ATTACH, the only place DuckDB takes it.
ROW_GROUP_SIZE = 8192
# How many full row groups a transaction keeps before it writes them (DuckDB: 5, "reducing
# this setting can reduce memory consumption"): one, so each goes to the file once full.
WRITE_BUFFER_ROW_GROUPS = 1


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse open for writing."""


def migrations() -> list[tuple[int, str, str]]:
    """The bundled migrations as (version, name, sql), in order."""
    folder = resources.files("warehouse") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            version = int(entry.name.split("_", 1)[0])
            found.append((version, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every migration not applied yet, each in its own transaction."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, sql in migrations():
        if version in done:
            continue
        with transaction(con):
            con.execute(sql)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, now()::TIMESTAMP)", [version, name]
            )
        applied.append(name)
    return applied


def connect(path: str | Path = DEFAULT_DB, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and for writers, create and migrate) the warehouse file.

    DuckDB lets one process write a file at a time; a second writer gets a clear
    WarehouseBusy instead of DuckDB's lock error. So does a second writer in the same
    process (a writer attaches the file, and DuckDB refuses to attach it twice).
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=True) if read_only else _attach(path)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseBusy(
                f"{path} is in use by another permitwatch process; "
                "wait for that run to finish (only one run writes at a time)"
            ) from exc
        raise
    except duckdb.ResourceInUseException as exc:
        raise WarehouseBusy(
            f"{path} is already open for writing in this process; "
            "close that connection first (only one run writes at a time)"
        ) from exc
    con.execute("SET TimeZone = 'UTC'")  # every stored time is UTC, whatever the machine says
    for name, value in ALLOCATOR_SETTINGS.items():
        con.execute(f"SET {name} = '{value}'")
    if not read_only:
        limit = os.environ.get("PERMITWATCH_MEMORY_LIMIT", MEMORY_LIMIT)
        try:
            con.execute("SET memory_limit = ?", [limit])
        except duckdb.Error as exc:
            con.close()
            raise ValueError(
                f"PERMITWATCH_MEMORY_LIMIT={limit!r} is not a memory size DuckDB reads, "
                f"such as '512MB' or '2GB' ({exc})"
            ) from exc
        migrate(con)
    return con


def _attach(path: Path) -> duckdb.DuckDBPyConnection:
    """A writer's connection to `path`, as `duckdb.connect(path)` opens it (the same catalog
    name, the spill in `<db>.tmp`), with row groups of ROW_GROUP_SIZE rows."""
    con = duckdb.connect(config={"temp_directory": f"{path}.tmp"})
    name = path.name.split(".")[0]  # what duckdb.connect names the catalog: the file's stem
    try:
        con.execute(f"ATTACH ? AS {_quoted(name)} (ROW_GROUP_SIZE {ROW_GROUP_SIZE})", [str(path)])
        con.execute(f"USE {_quoted(name)}")
        con.execute(f"SET write_buffer_row_group_count = {WRITE_BUFFER_ROW_GROUPS}")
    except BaseException:
        con.close()
        raise
    return con


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
