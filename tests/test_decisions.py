"""Decisions live beside the warehouse: never lost, never blocking a run, never overwritten."""

import json
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

from typer.testing import CliRunner

from flows.cli import app
from tests.test_history import CONFIG, V1, V2, V3, night
from warehouse import decisions, published, schema
from warehouse.parse_stage import rebuild


def test_a_run_and_a_stream_of_decisions_at_once_lose_nothing(tmp_path):
    db = tmp_path / "w.duckdb"
    store = decisions.path_for(db)
    con = schema.connect(db)
    night(con, V1)
    night(con, V2)
    ids = [r[0] for r in con.execute("SELECT change_id FROM changes ORDER BY 1").fetchall()]
    night_done = threading.Event()
    made: list[decisions.Decision] = []

    def volunteers() -> None:  # decide until the run is over, and at least 40 times
        n = 0
        while n < 40 or (not night_done.is_set() and n < 2000):
            change = ids[n % len(ids)]
            made.append(decisions.record(store, change, "confirmed", f"note {n}", f"v{n % 3}")[0])
            n += 1

    thread = threading.Thread(target=volunteers)
    thread.start()
    run3, _ = night(con, V3)  # the run writes the warehouse while decisions keep coming
    night_done.set()
    thread.join(timeout=120)
    assert not thread.is_alive()
    assert len(made) >= 40 and len({d.decision_id for d in made}) == len(made)
    for change in ids:  # every decision kept, newest first
        mine = [d for d in made if d.change_id == change]
        assert decisions.history(store, change) == sorted(
            mine, key=lambda d: d.decision_id, reverse=True
        )

    # A volunteer's write is in progress while the run merges: the run reads past it.
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute(
        "INSERT INTO decisions (change_id, status, note, decided_by, decided_at) "
        "VALUES (?, 'dismissed', 'late', 'v9', '2026-12-06T20:00:00')",
        [ids[0]],
    )
    assert decisions.merge(con, store) == len(ids)  # every change decided, none waiting
    last = {d.change_id: d for d in made}
    stored = con.execute(
        "SELECT change_id, review_status, review_note FROM changes WHERE review_status <> 'pending'"
    ).fetchall()
    assert sorted(stored) == sorted((c, "confirmed", d.note) for c, d in last.items())
    holder.execute("COMMIT")
    holder.close()
    decisions.merge(con, store)  # the late decision is taken by the next merge
    assert con.execute(
        "SELECT review_status, review_note FROM changes WHERE change_id = ?", [ids[0]]
    ).fetchone() == ("dismissed", "late")
    assert con.execute("SELECT count(*) FROM changes WHERE run_id = ?", [run3]).fetchone()[0]
    con.close()


def test_review_keeps_history_names_who_and_survives_rebuild(tmp_path):
    db, out = tmp_path / "w.duckdb", tmp_path / "out"
    con = schema.connect(db)
    night(con, V1)
    run2, _ = night(con, V2)
    (change_id,) = con.execute(
        "SELECT change_id FROM changes WHERE run_id = ? AND change_kind = 'amount_changed'",
        [run2],
    ).fetchone()
    con.close()
    runner = CliRunner()
    args = ["review", change_id, "--db", str(db), "--reports", str(out)]
    first = runner.invoke(app, [*args, "--status", "dismissed", "--note", "misread", "--by", "an"])
    assert first.exit_code == 0, first.output
    assert f"kept in {decisions.path_for(db)}" in first.output
    assert str(out / str(run2) / "report.html") in first.output
    second = runner.invoke(app, [*args, "--status", "follow_up", "--note", "ask the region"])
    assert second.exit_code == 0, second.output
    assert "earlier: dismissed by an" in second.output  # told, and not overwritten
    history = decisions.history(decisions.path_for(db), change_id)
    assert [(d.status, d.note) for d in history] == [
        ("follow_up", "ask the region"),
        ("dismissed", "misread"),
    ]
    assert history[0].decided_by  # the OS user when no --by is given

    con = schema.connect(db)
    con.execute("UPDATE changes SET review_status = 'pending', review_note = NULL")
    rebuild(con, CONFIG)  # everything recomputed; the decision comes back by its id
    decisions.merge(con, decisions.path_for(db))
    assert con.execute(
        "SELECT review_status, review_note, new_value FROM changes WHERE change_id = ?",
        [change_id],
    ).fetchone() == ("follow_up", "ask the region", "at least EUR 500 per month")
    con.close()


def test_report_files_are_readable_by_a_web_server(tmp_path):
    db = tmp_path / "w.duckdb"
    old = os.umask(0o022)
    try:
        con = schema.connect(db)
        night(con, V1)
        run2, _ = night(con, V2)
        published.publish(con, db)
        con.close()
        result = CliRunner().invoke(app, ["report", str(run2), "--db", str(db)])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    folder = tmp_path / "reports"  # the warehouse's own reports folder, said aloud
    assert str(folder / str(run2) / "report.html") in result.output
    copy = published.published_path(db)  # the desk's and other readers' copy
    for path in [*(folder / str(run2)).iterdir(), folder / "feed.xml", copy]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path


HOLD = """
import sys
from warehouse import schema
con = schema.connect(sys.argv[1])
con.execute("BEGIN TRANSACTION")
print("holding", flush=True)
sys.stdin.read()
con.execute("COMMIT")
con.close()
"""


def test_review_while_another_process_writes_is_kept_and_merged_later(tmp_path):
    db, out = tmp_path / "w.duckdb", tmp_path / "out"
    con = schema.connect(db)
    night(con, V1)
    run2, _ = night(con, V2)
    (change_id,) = con.execute(
        "SELECT change_id FROM changes WHERE change_kind = 'amount_changed'"
    ).fetchone()
    published.publish(con, db)
    con.close()
    runner = CliRunner()
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    try:
        assert writer.stdout.readline().strip() == "holding"  # a run holds the warehouse
        held = runner.invoke(
            app, ["review", change_id, "--status", "confirmed", "--note", "seen", "--by", "an",
                  "--db", str(db), "--reports", str(out)],
        )  # fmt: skip
        assert held.exit_code == 0, held.output
        assert f"a run is writing {db}: it takes the decision when it finishes" in held.output
    finally:
        writer.communicate("", timeout=60)
    assert [d.status for d in decisions.history(decisions.path_for(db), change_id)] == [
        "confirmed"
    ]
    done = runner.invoke(app, ["report", str(run2), "--db", str(db), "--reports", str(out)])
    assert done.exit_code == 0, done.output
    data = json.loads((out / str(run2) / "changes.json").read_text())
    (told,) = [c for c in data["changes"] if c["change_id"] == change_id]
    assert (told["review_status"], told["review_note"]) == ("confirmed", "seen")
