"""A reader's SQL, run as given: rows for the terminal and scripts, or a Parquet file.

`permitwatch query` calls these on a read-only connection (the published copy by default),
so a query can read anything and change nothing.
"""

from __future__ import annotations

from pathlib import Path

import duckdb


def _statement(sql: str) -> str:
    return sql.strip().rstrip(";").strip()


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple]]:
    """(column names, rows) with DuckDB's own Python values: None for null, never NaN."""
    cursor = con.execute(_statement(sql))
    if cursor.description is None:
        return [], []
    return [d[0] for d in cursor.description], cursor.fetchall()


def copy_to_parquet(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> int:
    """Write the query's result to a Parquet file with DuckDB's own writer (no pyarrow)."""
    target = str(path).replace("'", "''")
    con.execute(f"COPY ({_statement(sql)}) TO '{target}' (FORMAT parquet)")
    return duckdb.sql(f"SELECT count(*) FROM read_parquet('{target}')").fetchall()[0][0]
