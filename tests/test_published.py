"""The published copy: what a reader opens after a night equals the committed warehouse,
and a copy that does not read as a database never replaces the one readers have."""

import shutil

import duckdb
import pytest

from tests.test_unchanged_night import night
from warehouse import published, schema


def _tables(con) -> dict[str, list]:
    names = [
        row[0]
        for row in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "ORDER BY table_name"
        ).fetchall()
    ]
    return {
        name: sorted(map(repr, con.execute(f'SELECT * FROM "{name}"').fetchall())) for name in names
    }


def _databases(con) -> list[str]:
    return sorted(
        row[0] for row in con.execute("SELECT database_name FROM duckdb_databases()").fetchall()
    )


@pytest.fixture
def warehouse(tmp_path):
    db = tmp_path / "w.duckdb"
    con = schema.connect(db)
    yield con, db
    con.close()


def test_after_an_unchanged_night_the_copy_a_reader_opens_equals_the_warehouse(warehouse):
    con, db = warehouse
    night(con, 450)
    published.publish(con, db)
    night(con, 450)  # nothing changed but the night's run and fetch rows
    attached = _databases(con)
    copy = published.publish(con, db)
    reader = duckdb.connect(str(published.reader_path(db)), read_only=True)
    try:
        assert published.reader_path(db) == copy
        seen, committed = _tables(reader), _tables(con)
    finally:
        reader.close()
    assert seen == committed
    assert len(seen["runs"]) == 2 and len(seen["fetches"]) == 2
    assert _databases(con) == attached  # the proof-read's attachment is gone


def test_reads_made_while_the_copy_is_written_leave_it_equal_to_the_warehouse(warehouse):
    """The nightly flow reads its reports while the copy is written on a thread
    (`published.start`): the copy a reader then opens is still the committed warehouse."""
    con, db = warehouse
    night(con, 450)
    published.publish(con, db)
    night(con, 450)
    copying = published.start(con, db)
    committed = _tables(con)  # reads on the writer's connection while the file is copied
    copy = copying.finish()
    reader = duckdb.connect(str(copy), read_only=True)
    try:
        assert _tables(reader) == committed
    finally:
        reader.close()
    assert len(committed["runs"]) == 2
    assert list(copy.parent.glob("*.tmp")) == []


def test_a_copy_that_does_not_read_never_replaces_the_readers_copy(warehouse, monkeypatch):
    con, db = warehouse
    night(con, 450)
    copy = published.publish(con, db)
    before = copy.read_bytes()
    night(con, 450)

    def torn(source, target):  # a copy cut short: the file's first bytes only
        shutil.copyfileobj(open(source, "rb"), open(target, "wb"), 4096)
        with open(target, "r+b") as handle:
            handle.truncate(4096)

    monkeypatch.setattr(published.shutil, "copyfile", torn)
    with pytest.raises(duckdb.Error):
        published.publish(con, db)
    assert copy.read_bytes() == before  # readers keep the last whole copy
    monkeypatch.undo()
    published.publish(con, db)  # the writer's connection is usable: nothing left attached
    reader = duckdb.connect(str(copy), read_only=True)
    try:
        assert reader.execute("SELECT count(*) FROM runs").fetchone() == (2,)
    finally:
        reader.close()
