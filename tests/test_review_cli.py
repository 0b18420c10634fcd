"""A volunteer marks a change; the report shows it; a dismissed change stays in history."""

import json

from typer.testing import CliRunner

from flows.cli import app
from tests.test_history import CONFIG, V1, V2, night
from warehouse import schema, store


def test_review_is_stored_shown_and_kept(tmp_path):
    db, out = tmp_path / "w.duckdb", tmp_path / "out"
    con = schema.connect(db)
    night(con, V1)
    run_id, _ = night(con, V2)
    change_id = con.execute(
        "SELECT change_id FROM changes WHERE run_id = ? AND change_kind = 'amount_changed'",
        [run_id],
    ).fetchone()[0]
    con.close()

    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "review",
            change_id,
            "--status",
            "dismissed",
            "--note",
            "pocket money misread",
            "--db",
            str(db),
            "--reports",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads((out / str(run_id) / "changes.json").read_text())
    (reviewed,) = [c for c in data["changes"] if c["change_id"] == change_id]
    assert (reviewed["review_status"], reviewed["review_note"]) == (
        "dismissed",
        "pocket money misread",
    )
    assert "pocket money misread" in (out / str(run_id) / "report.md").read_text()

    con = schema.connect(db, read_only=True)
    assert (
        con.execute("SELECT count(*) FROM changes WHERE change_id = ?", [change_id]).fetchone()[0]
        == 1
    )  # dismissed, not deleted
    con.close()

    again = runner.invoke(app, ["report", str(run_id), "--db", str(db), "--reports", str(out)])
    assert again.exit_code == 0 and "report.html" in again.output


def test_review_of_an_unknown_change_or_status_fails_clearly(tmp_path):
    db = tmp_path / "w.duckdb"
    con = schema.connect(db)
    store.upsert_sources(con, CONFIG.sources, 1)
    con.close()
    runner = CliRunner()
    missing = runner.invoke(app, ["review", "c-9-0001", "--status", "confirmed", "--db", str(db)])
    assert missing.exit_code == 2 and "there is no change c-9-0001" in missing.output
    wrong = runner.invoke(app, ["review", "c-9-0001", "--status", "maybe", "--db", str(db)])
    assert wrong.exit_code == 2 and "--status must be" in wrong.output
