"""A change id names what changed, whatever order the changes were told in."""

from tests.test_history import CONFIG, V1, V2, V3, night
from warehouse import changes, schema
from warehouse.parse_stage import rebuild
from warehouse.records import Change

RAISE = Change(
    change_kind="amount_changed",
    section="Conditions",
    subject="money",
    old_value="EUR 450",
    new_value="EUR 500",
    old_quote="450 a",
    new_quote="500 a",
)
NEW_RULE = Change(
    change_kind="condition_added",
    section="Conditions",
    subject="requirement",
    new_value="be 18",
    new_quote="be 18",
)


def ids(con, run_id: int) -> dict[tuple, str]:
    rows = con.execute(
        "SELECT source_id, change_kind, new_value, change_id FROM changes WHERE run_id = ?",
        [run_id],
    ).fetchall()
    return {row[:3]: row[3] for row in rows}


def test_the_same_change_gets_the_same_id_in_any_order(tmp_path):
    first = schema.connect(tmp_path / "a.duckdb")
    second = schema.connect(tmp_path / "b.duckdb")
    changes.record_changes(first, 7, [("p1", None, [RAISE, NEW_RULE]), ("p2", None, [RAISE])])
    changes.record_changes(second, 7, [("p2", None, [RAISE]), ("p1", None, [NEW_RULE, RAISE])])
    assert ids(first, 7) == ids(second, 7)
    assert len(set(ids(first, 7).values())) == 3  # one per page and change
    assert all(i.startswith("c-7-") for i in ids(first, 7).values())
    # The same words twice on one page are two changes, each with an id of its own.
    changes.record_changes(first, 8, [("p1", None, [NEW_RULE, NEW_RULE])])
    assert first.execute(
        "SELECT count(DISTINCT change_id) FROM changes WHERE run_id = 8"
    ).fetchone() == (2,)


def test_review_rebuild_and_the_id_names_the_same_change_with_its_decision(tmp_path):
    con = schema.connect(tmp_path / "w.duckdb")
    night(con, V1)
    run2, _ = night(con, V2)
    night(con, V3)
    before = con.execute(
        "SELECT change_id, run_id, change_kind, old_value, new_value FROM changes ORDER BY 1"
    ).fetchall()
    raised = next(row[0] for row in before if row[2] == "amount_changed")
    assert changes.review(con, raised, "confirmed", "EUR 500 checked on the page")
    rebuild(con, CONFIG)
    after = con.execute(
        "SELECT change_id, run_id, change_kind, old_value, new_value FROM changes ORDER BY 1"
    ).fetchall()
    assert after == before
    assert con.execute(
        "SELECT run_id, old_value, new_value, review_status, review_note FROM changes "
        "WHERE change_id = ?",
        [raised],
    ).fetchone() == (
        run2,
        "at least EUR 450 per month",
        "at least EUR 500 per month",
        "confirmed",
        "EUR 500 checked on the page",
    )
    con.close()
