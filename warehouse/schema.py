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
    WarehouseBusy instead of DuckDB's lock error.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseBusy(
                f"{path} is in use by another permitwatch process; "
                "wait for that run to finish (only one run writes at a time)"
            ) from exc
        raise
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
