"""The raw layer: migrations, content-addressed bodies, fetch rows, run bookkeeping."""

import zlib

import duckdb
import pytest

from fetch.fetcher import Attempt
from warehouse import schema, store


@pytest.fixture
def con(tmp_path):
    connection = schema.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def ok(source_id: str, body: bytes, etag: str | None = None) -> Attempt:
    return Attempt(
        source_id=source_id,
        attempt=1,
        url=f"https://x.be/{source_id}",
        outcome="ok",
        status_code=200,
        body=body,
        etag=etag,
        content_type="text/html",
    )


def test_migrations_are_applied_once(tmp_path):
    path = tmp_path / "w.duckdb"
    first = schema.connect(path)
    versions = first.execute("SELECT version FROM schema_migrations").fetchall()
    first.close()
    again = schema.connect(path)
    assert schema.migrate(again) == []
    assert again.execute("SELECT version FROM schema_migrations").fetchall() == versions
    again.close()


def test_a_body_is_stored_once_compressed_and_read_back(con):
    run, _ = store.start_run(con, "live", None)
    body = b"<p>pocket money EUR 450</p>" * 100
    first = store.record_fetch(con, run, [ok("a", body)], None)
    second = store.record_fetch(con, run, [ok("b", body)], None)  # same body, another page
    assert first.new_document and not second.new_document
    assert first.content_sha256 == second.content_sha256 == store.sha256(body)
    stored, size = con.execute("SELECT body, bytes FROM documents").fetchone()
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert len(stored) < len(body) and size == len(body)
    assert zlib.decompress(stored) == body
    assert store.read_body(con, first.content_sha256) == body


def test_a_group_of_bodies_larger_than_one_statement_is_stored_whole_and_in_order(con, monkeypatch):
    """A fetch group's bodies go in statements of a bounded size (DuckDB's conversion of a
    bound list costs about ten times its bytes): every body is still stored, once, readable,
    and a body bigger than the bound goes alone rather than not at all."""
    monkeypatch.setattr(store, "BODY_BYTES_PER_STATEMENT", 600)
    run, _ = store.start_run(con, "live", None)
    bodies = {f"p{i}": bytes(range(256)) * (i + 1) for i in range(7)}  # 256 B to 1.8 KB packed
    log = store.FetchLog.open(con, run, every=3600, most=100)
    for source_id, body in bodies.items():
        log.record([ok(source_id, body)], None)
    log.commit()
    stored = con.execute("SELECT content_sha256, bytes FROM documents ORDER BY rowid").fetchall()
    assert stored == [(store.sha256(body), len(body)) for body in bodies.values()]
    for body in bodies.values():
        assert store.read_body(con, store.sha256(body)) == body
    parts = list(store.body_statements([("d", b"x" * 700), ("e", b"y" * 10)], body=1))
    assert [len(part) for part in parts] == [1, 1]


def test_groups_written_in_the_background_are_all_stored_and_a_failed_one_is_raised(con):
    """The fetch stage's log writes its groups of bodiless attempts (304s, failures) after
    the first on a thread: every attempt is stored once its `commit` returns, and a group the
    warehouse refuses stops the caller at its next step, with the groups around it stored."""

    def timed_out(source_id: str) -> Attempt:
        return Attempt(
            source_id=source_id,
            attempt=1,
            url=f"https://x.be/{source_id}",
            outcome="failed",
            error_class="timeout",
            error="no complete answer within 30 s",
        )

    run, _ = store.start_run(con, "live", None)
    log = store.FetchLog.open(con, run, most=2, background=True)
    pages = [f"p{i}" for i in range(9)]
    for source_id in pages:
        log.record([timed_out(source_id)], None)
    log.commit()
    stored = con.execute("SELECT source_id, outcome FROM fetches ORDER BY source_id").fetchall()
    assert stored == [(source_id, "failed") for source_id in pages]

    log.record([timed_out("p0")], None)  # p0's attempt 1 again: refused
    log.tick()  # handed to the thread
    log.record([ok("q", b"<p>EUR 999</p>")], None)  # a body: written at once, after it
    with pytest.raises(duckdb.ConstraintException):
        log.commit()
    assert con.execute("SELECT outcome FROM fetches WHERE source_id = 'q'").fetchall() == [
        ("changed",)
    ]
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_listed_sources_are_stored_and_marked_and_an_unlisted_one_is_kept(con):
    from fetch.sources import Source

    def source(sid: str, url: str) -> Source:
        return Source(id=sid, publisher="federal", lang="en", url=url, topic="work")

    a, b, c = (source(x, f"https://x.be/{x}") for x in "abc")
    store.upsert_sources(con, [a, b, c], 1)
    moved = source("b", "https://x.be/b-new")
    store.upsert_sources(con, [a, moved, source("d", "https://x.be/d")], 2)
    rows = con.execute(
        "SELECT source_id, url, first_listed_run, last_listed_run FROM sources ORDER BY 1"
    ).fetchall()
    assert rows == [
        ("a", "https://x.be/a", 1, 2),
        ("b", "https://x.be/b-new", 1, 2),
        ("c", "https://x.be/c", 1, 1),  # no longer listed: kept, as it was
        ("d", "https://x.be/d", 2, 2),
    ]


class NoWarehouse:
    """A connection that must not be asked anything."""

    def execute(self, *args):
        raise AssertionError(f"the warehouse was read: {args[0][:40]}")


def test_the_spool_keeps_what_the_fetch_stage_stored_and_reads_only_the_rest(con):
    run, _ = store.start_run(con, "live", None)
    earlier = store.record_fetch(con, run, [ok("a", b"<p>EUR 450</p>")], None).content_sha256
    with store.DocumentSpool() as spool:
        log = store.FetchLog.open(con, run, spool=spool)
        log.record([ok("b", b"<p>EUR 500</p>")], None)
        log.commit()
        new = store.sha256(b"<p>EUR 500</p>")
        spool.fill(NoWarehouse(), [new])  # in hand already: no scan of the bodies
        assert spool.read([new]) == {new: (b"<p>EUR 500</p>", "text/html")}
        assert spool.read([earlier]) == {}
        spool.fill(con, [new, earlier])  # the one it lacks, from the warehouse
        assert spool.read([earlier, new]) == {
            earlier: (b"<p>EUR 450</p>", "text/html"),
            new: (b"<p>EUR 500</p>", "text/html"),
        }
        # a group that does not commit (here: b's attempt 1 again) leaves no body behind
        log.record([ok("b", b"<p>EUR 550</p>")], None)
        with pytest.raises(duckdb.ConstraintException):
            log.commit()
        lost = store.sha256(b"<p>EUR 550</p>")
        assert spool.read([lost]) == {}
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)


def test_outcomes_compare_with_what_we_knew(con):
    run1, _ = store.start_run(con, "live", None)
    assert store.record_fetch(con, run1, [ok("a", b"v1", '"e1"')], None).outcome == "changed"
    store.finish_run(con, run1, "completed", {})
    known = store.known_pages(con)["a"]
    assert (known.etag, known.content_sha256) == ('"e1"', store.sha256(b"v1"))

    run2, _ = store.start_run(con, "live", None)
    same = store.record_fetch(con, run2, [ok("a", b"v1")], known)
    assert (same.outcome, same.new_document) == ("unchanged", False)
    run3, _ = store.start_run(con, "live", None)
    not_modified = Attempt(
        source_id="a",
        attempt=1,
        url="https://x.be/a",
        outcome="not_modified",
        status_code=304,
        etag='"e1"',
    )
    recorded = store.record_fetch(con, run3, [not_modified], known)
    assert (recorded.outcome, recorded.content_sha256) == ("unchanged", known.content_sha256)


def test_a_failure_keeps_what_we_knew(con):
    run1, _ = store.start_run(con, "live", None)
    store.record_fetch(con, run1, [ok("a", b"v1")], None)
    run2, _ = store.start_run(con, "live", None)
    failed = [
        Attempt(
            source_id="a",
            attempt=1,
            url="https://x.be/a",
            outcome="retry",
            status_code=503,
            error_class="http_503",
            error="HTTP 503",
        ),
        Attempt(
            source_id="a",
            attempt=2,
            url="https://x.be/a",
            outcome="failed",
            status_code=503,
            error_class="http_503",
            error="HTTP 503 (gave up after 2 attempts)",
        ),
    ]
    assert store.record_fetch(con, run2, failed, store.known_pages(con)["a"]).outcome == "failed"
    rows = con.execute(
        "SELECT attempt, outcome, error_class FROM fetches WHERE run_id = ? ORDER BY attempt",
        [run2],
    ).fetchall()
    assert rows == [(1, "retry", "http_503"), (2, "failed", "http_503")]  # every attempt a row
    assert store.known_pages(con)["a"].content_sha256 == store.sha256(b"v1")


def test_a_304_with_no_stored_copy_is_a_failure_not_a_silent_gap(con):
    run, _ = store.start_run(con, "live", None)
    weird = Attempt(
        source_id="a", attempt=1, url="https://x.be/a", outcome="not_modified", status_code=304
    )
    recorded = store.record_fetch(con, run, [weird], None)
    assert recorded.outcome == "failed"


def test_a_run_left_running_is_marked_aborted_at_the_next_start(con):
    dead, _ = store.start_run(con, "live", None)
    run, aborted = store.start_run(con, "live", None)
    assert aborted == [dead]
    status = con.execute("SELECT status FROM runs WHERE run_id = ?", [dead]).fetchone()[0]
    assert status == "aborted"


def test_a_second_writer_gets_a_clear_error(tmp_path):
    path = tmp_path / "w.duckdb"
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from warehouse import schema; c = schema.connect(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(30)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(schema.WarehouseBusy, match="in use by another permitwatch process"):
            schema.connect(path)
    finally:
        holder.kill()
        holder.wait()


def test_a_second_writer_in_the_same_process_is_told_the_warehouse_is_busy(tmp_path):
    path = tmp_path / "w.duckdb"
    first = schema.connect(path)
    try:
        with pytest.raises(schema.WarehouseBusy, match="already open for writing in this process"):
            schema.connect(path)
        first.execute("SELECT count(*) FROM schema_migrations").fetchone()  # the first still works
    finally:
        first.close()
    schema.connect(path).close()  # and once it is closed, the file opens again


def test_the_writer_caps_duckdb_memory_and_a_bad_cap_is_named(tmp_path, monkeypatch):
    con = schema.connect(tmp_path / "w.duckdb")
    limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    con.close()
    assert limit == "122.0 MiB"  # schema.MEMORY_LIMIT, 128 MB, as DuckDB prints it
    monkeypatch.setenv("PERMITWATCH_MEMORY_LIMIT", "a lot")
    with pytest.raises(ValueError, match="PERMITWATCH_MEMORY_LIMIT='a lot'"):
        schema.connect(tmp_path / "w.duckdb")
    monkeypatch.setenv("PERMITWATCH_MEMORY_LIMIT", "1GB")
    con = schema.connect(tmp_path / "w.duckdb")  # the file was left whole and usable
    assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "953.6 MiB"
    con.close()


def test_rows_beyond_one_statement_are_all_written_in_order(con, monkeypatch):
    monkeypatch.setattr(store, "ROWS_PER_STATEMENT", 3)
    con.execute("CREATE TABLE t (i INTEGER, s VARCHAR)")
    rows = [(i, f"row {i}") for i in range(10)]  # four statements: 3 + 3 + 3 + 1
    store.insert_rows(con, f"INSERT INTO t {store.unnest('INTEGER', 'VARCHAR')}", rows)
    assert con.execute("SELECT i, s FROM t ORDER BY rowid").fetchall() == rows
    store.insert_rows(con, f"INSERT INTO t {store.unnest('INTEGER', 'VARCHAR')}", [])
    assert con.execute("SELECT count(*) FROM t").fetchone() == (10,)


def test_releasing_the_cache_mid_transaction_keeps_the_transaction_and_the_cap(con):
    """More is pinned than the moment's low cap (uncommitted rows): DuckDB refuses it, and
    that refusal must neither abort the run's transaction nor leave the cap lowered."""
    cap = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    con.execute("CREATE TABLE t (s VARCHAR)")
    with store.transaction(con):
        con.execute("INSERT INTO t SELECT repeat('x', 300) || range FROM range(200000)")
        store.release_cache(con)
        con.execute("INSERT INTO t VALUES ('after')")
    assert con.execute("SELECT count(*) FROM t").fetchone() == (200001,)
    assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == cap


def test_a_lean_commit_keeps_every_row_and_gives_the_settings_back(con, tmp_path):
    """A lean transaction (a parse stage's) commits all its rows, spilled or not, and leaves
    the cap and the threads as they were; one that fails leaves nothing."""
    cap = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    con.execute("CREATE TABLE t (s VARCHAR)")
    with store.transaction(con, lean=True):
        con.execute("INSERT INTO t SELECT repeat('x', 300) || range FROM range(100000)")
        store.release_cache(con)
        con.execute("INSERT INTO t SELECT repeat('y', 300) || range FROM range(100000)")
    with pytest.raises(RuntimeError), store.transaction(con, lean=True):
        con.execute("INSERT INTO t VALUES ('lost')")
        raise RuntimeError("the run dies")
    settings = "SELECT current_setting('memory_limit'), current_setting('threads')"
    assert con.execute(settings).fetchone() == (cap, threads)
    con.close()
    again = schema.connect(tmp_path / "w.duckdb")  # the fixture's file: committed rows only
    try:
        assert again.execute(
            "SELECT count(*), count(*) FILTER (WHERE s LIKE 'y%'), count(*) FILTER (s = 'lost') "
            "FROM t"
        ).fetchone() == (200000, 100000, 0)
    finally:
        again.close()


def test_one_thread_is_given_back(con):
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    with store.one_thread(con):
        assert con.execute("SELECT current_setting('threads')").fetchone()[0] == 1
    assert con.execute("SELECT current_setting('threads')").fetchone()[0] == threads


def test_a_checkpoint_leaves_the_committed_rows_in_the_file_alone(con, tmp_path):
    """After `checkpoint` the file alone holds what was committed (the WAL is empty), and the
    writer's cap and threads are as they were."""
    cap, threads = con.execute(
        "SELECT current_setting('memory_limit'), current_setting('threads')"
    ).fetchone()
    con.execute("CREATE TABLE t (s VARCHAR)")
    con.execute("INSERT INTO t SELECT 'body ' || range FROM range(5000)")
    wal = tmp_path / "w.duckdb.wal"
    assert wal.exists() and wal.stat().st_size > 0
    store.checkpoint(con)
    assert not wal.exists() or wal.stat().st_size == 0
    assert con.execute(
        "SELECT current_setting('memory_limit'), current_setting('threads')"
    ).fetchone() == (cap, threads)
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes((tmp_path / "w.duckdb").read_bytes())  # the file alone, as published
    reader = duckdb.connect(str(copy), read_only=True)
    try:
        assert reader.execute("SELECT count(*) FROM t").fetchone() == (5000,)
    finally:
        reader.close()


def test_the_writer_writes_small_row_groups_that_any_reader_reads(tmp_path):
    """Rows past a row group are written to the file before the COMMIT (so it does not carry
    them all at once); the catalog keeps the file's stem, the spill goes to `<db>.tmp`, and
    a plain read-only DuckDB reads the file as published."""
    path = tmp_path / "night.v2.duckdb"
    con = schema.connect(path)
    try:
        assert con.execute(
            "SELECT current_database(), current_setting('temp_directory')"
        ).fetchone() == ("night", f"{path}.tmp")
        rows = 3 * schema.ROW_GROUP_SIZE + 5
        con.execute("CREATE TABLE t (i INTEGER, s VARCHAR)")
        with store.transaction(con, lean=True):
            con.execute(f"INSERT INTO t SELECT range, 'fact ' || range FROM range({rows})")
        store.checkpoint(con)
        groups = con.execute(
            "SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('t')"
        ).fetchone()[0]
        assert groups == 4
    finally:
        con.close()
    reader = duckdb.connect(str(path), read_only=True)
    try:
        assert reader.execute("SELECT count(*), sum(i) FROM t").fetchone() == (
            rows,
            rows * (rows - 1) // 2,
        )
    finally:
        reader.close()


WRITER = """
import os, signal, sys
from warehouse import schema, store
con = schema.connect(sys.argv[1])
con.execute("CREATE TABLE IF NOT EXISTS t (night INTEGER, i INTEGER, s VARCHAR)")
night, rows = int(sys.argv[2]), 3 * schema.ROW_GROUP_SIZE + 7
con.execute("BEGIN TRANSACTION")
con.execute(f"INSERT INTO t SELECT {night}, range, 'fact ' || range FROM range({rows})")
store.release_cache(con)
if sys.argv[3] == "commit":
    con.execute("COMMIT")
os.kill(os.getpid(), signal.SIGKILL)  # no checkpoint, no close: a process killed
"""


def test_a_writer_killed_with_row_groups_written_loses_only_what_it_had_not_committed(tmp_path):
    """Row groups written to the file before the COMMIT: a process killed before its COMMIT
    leaves nothing of them, one killed after it (before any checkpoint) leaves them all, and
    the file takes the next night as before."""
    import subprocess
    import sys

    path = tmp_path / "w.duckdb"
    for night, how in [(1, "commit"), (2, "die"), (3, "commit")]:
        killed = subprocess.run([sys.executable, "-c", WRITER, str(path), str(night), how])
        assert killed.returncode == -9
    rows = 3 * schema.ROW_GROUP_SIZE + 7
    con = schema.connect(path)
    try:
        assert con.execute(
            "SELECT night, count(*), sum(i) FROM t GROUP BY night ORDER BY night"
        ).fetchall() == [
            (1, rows, rows * (rows - 1) // 2),
            (3, rows, rows * (rows - 1) // 2),
        ]
        con.execute("INSERT INTO t VALUES (4, 0, 'next night')")
        store.checkpoint(con)
    finally:
        con.close()


FETCHER = """
import os, signal, sys
from warehouse import schema, store
con = schema.connect(sys.argv[1])
con.execute("CREATE TABLE t (i INTEGER, body BLOB)")
with store.no_automatic_checkpoint(con):
    for group in range(4):  # 4 commits of 6 MB: past DuckDB's own 16 MB threshold
        con.execute(
            "INSERT INTO t SELECT range, repeat(md5(range::VARCHAR), 1000)::BLOB "
            f"FROM range({group * 200}, {(group + 1) * 200})"
        )
    print(os.path.getsize(sys.argv[1] + ".wal"), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_commits_without_an_automatic_checkpoint_are_kept_by_the_wal_through_a_kill(tmp_path):
    """Inside `no_automatic_checkpoint` DuckDB leaves a WAL past its 16 MB threshold alone
    (the fetch stage checkpoints its bodies once, at its end); a process killed there loses
    no commit, and the threshold is given back on the way out."""
    import subprocess
    import sys

    path = tmp_path / "w.duckdb"
    killed = subprocess.run(
        [sys.executable, "-c", FETCHER, str(path)], capture_output=True, text=True
    )
    assert killed.returncode == -9
    assert int(killed.stdout) > 16 * 2**20  # the commits stayed in the WAL, unchecked
    con = schema.connect(path)
    try:
        assert con.execute("SELECT count(*), count(DISTINCT i) FROM t").fetchone() == (800, 800)
        threshold = "SELECT current_setting('checkpoint_threshold')"
        before = con.execute(threshold).fetchone()
        with pytest.raises(RuntimeError), store.no_automatic_checkpoint(con):
            assert con.execute(threshold).fetchone() != before
            raise RuntimeError("the stage stops")
        assert con.execute(threshold).fetchone() == before
    finally:
        con.close()


def test_a_lean_read_gives_the_same_answer_whether_the_low_cap_holds_or_not(con, monkeypatch):
    """The rule views are read under a lower cap when no transaction is open; a read that
    does not fit there is read again under the writer's cap, and the answer is the same.
    Inside an open transaction (a parse stage's) the read sees its rows and leaves it open."""
    con.execute("CREATE TABLE t (g INTEGER, s VARCHAR)")
    con.execute("INSERT INTO t SELECT range % 5000, repeat('x', 200) || range FROM range(200000)")
    query = "SELECT g, count(*), max(s) FROM t GROUP BY g ORDER BY g"
    settings = "SELECT current_setting('memory_limit'), current_setting('threads')"
    before = con.execute(settings).fetchone()
    expected = con.execute(query).fetchall()
    assert store.read_lean(con, lambda: con.execute(query).fetchall()) == expected
    monkeypatch.setattr(store, "READ_CAP", "1MB")  # DuckDB refuses this query there
    with pytest.raises(duckdb.OutOfMemoryException):
        con.execute("SET memory_limit = '1MB'")
        con.execute(query).fetchall()
    con.execute("SET memory_limit = ?", [before[0]])
    assert store.read_lean(con, lambda: con.execute(query).fetchall()) == expected
    assert con.execute(settings).fetchone() == before
    with store.transaction(con):
        con.execute("INSERT INTO t VALUES (7, 'uncommitted')")
        counted = store.read_lean(con, lambda: con.execute("SELECT count(*) FROM t").fetchone())
        assert counted == (200001,)
        con.execute("INSERT INTO t VALUES (8, 'still in the same transaction')")
    assert con.execute("SELECT count(*) FROM t").fetchone() == (200002,)
    assert con.execute(settings).fetchone() == before


CHECKPOINTER = """
import sys
from warehouse import schema, store
con = schema.connect(sys.argv[1])
con.execute("CREATE TABLE IF NOT EXISTS t (night INTEGER, i INTEGER, body BLOB)")
night = int(sys.argv[2])
with store.no_automatic_checkpoint(con):
    for group in range(4):  # the fetch stage's commits: 6 MB each
        con.execute(
            f"INSERT INTO t SELECT {night}, range, repeat(md5(range::VARCHAR), 1000)::BLOB "
            f"FROM range({group * 200}, {(group + 1) * 200})"
        )
print("checkpointing", flush=True)
store.checkpoint(con)
print("checkpointed", flush=True)
sys.stdin.read()  # held open until killed
"""


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.3])
def test_a_kill_during_the_bodies_checkpoint_loses_no_commit(tmp_path, delay):
    """Killed while it checkpoints the night's bodies (or just before, or after), the
    writer's commits are all there at the next start, the earlier night's with them."""
    import signal
    import subprocess
    import sys
    import time

    path = tmp_path / "w.duckdb"
    for night in (1, 2):
        writer = subprocess.Popen(
            [sys.executable, "-c", CHECKPOINTER, str(path), str(night)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert writer.stdout.readline().strip() == "checkpointing"
            if night == 2:
                time.sleep(delay)
                writer.send_signal(signal.SIGKILL)
            else:
                assert writer.stdout.readline().strip() == "checkpointed"
                writer.kill()
        finally:
            writer.wait(timeout=60)
    con = schema.connect(path)
    try:
        assert con.execute(
            "SELECT night, count(*), count(DISTINCT i), min(octet_length(body)) "
            "FROM t GROUP BY night ORDER BY night"
        ).fetchall() == [(1, 800, 800, 32000), (2, 800, 800, 32000)]
    finally:
        con.close()
