"""Each change row links to its facts: fact ids in the history, the numbers and their unit."""

import json

import pytest

from reports.build import build_report
from reports.render import render_json
from tests.test_history import V1, V2, night
from tests.test_rules_warehouse import POCKET, THREE, night_serving
from warehouse import changes, schema
from warehouse.records import Change

FACT_COLUMNS = (
    "old_fact_id, new_fact_id, old_number, new_number, old_number_max, new_number_max, unit"
)


@pytest.fixture
def con(tmp_path):
    connection = schema.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def told(con, run_id: int, kind: str) -> list[dict]:
    cursor = con.execute(
        f"SELECT source_id, {FACT_COLUMNS} FROM changes WHERE run_id = ? AND change_kind = ? "
        "ORDER BY position",
        [run_id, kind],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_an_amount_change_links_the_closed_and_the_opened_fact_with_its_numbers(con):
    night(con, V1)
    run_id, _ = night(con, V2)
    (change,) = told(con, run_id, "amount_changed")
    old = con.execute(
        "SELECT value, unit, valid_to_run FROM amounts WHERE fact_id = ?", [change["old_fact_id"]]
    ).fetchall()
    new = con.execute(
        "SELECT value, unit, valid_from_run, valid_to_run FROM amounts WHERE fact_id = ?",
        [change["new_fact_id"]],
    ).fetchall()
    assert old == [(450.0, "EUR", run_id)]  # closed by this run
    assert new == [(500.0, "EUR", run_id, None)]  # opened by it, still current
    assert (change["old_number"], change["new_number"], change["unit"]) == (450.0, 500.0, "EUR")
    assert change["old_number_max"] is None and change["new_number_max"] is None


def test_a_condition_change_links_its_facts_and_has_no_numbers(con):
    night(con, V1)
    reworded = V1.replace(b"one full day off each week", b"two full days off each week")
    run_id, _ = night(con, reworded)
    (change,) = told(con, run_id, "condition_changed")
    closed = con.execute(
        "SELECT text, valid_to_run FROM conditions WHERE fact_id = ?", [change["old_fact_id"]]
    ).fetchall()
    opened = con.execute(
        "SELECT text, valid_to_run FROM conditions WHERE fact_id = ?", [change["new_fact_id"]]
    ).fetchall()
    assert closed == [("gives at least one full day off each week.", run_id)]
    assert opened == [("gives at least two full days off each week.", None)]
    assert [change[k] for k in ("old_number", "new_number", "unit")] == [None, None, None]


def test_a_removed_amount_links_only_its_old_fact(con):
    night(con, V1)
    run_id, _ = night(con, V1.replace(b"<li>pays at least EUR 450 a month;</li>", b""))
    (change,) = told(con, run_id, "amount_removed")
    assert change["new_fact_id"] is None and change["new_number"] is None
    assert con.execute(
        "SELECT value FROM amounts WHERE fact_id = ? AND valid_to_run = ?",
        [change["old_fact_id"], run_id],
    ).fetchall() == [(450.0,)]
    assert (change["old_number"], change["unit"]) == (450.0, "EUR")


def test_a_page_level_change_links_no_fact(con):
    run_id, _ = night(con, V1)
    (change,) = told(con, run_id, "page_added")
    assert change == {"source_id": "au-pair"} | dict.fromkeys(FACT_COLUMNS.split(", "))


def rule_night(con, pocket: int) -> int:
    return night_serving(con, THREE, {k: v.format(n=pocket) for k, v in POCKET.items()})


def test_a_rule_change_carries_the_rules_numbers_and_unit_and_no_single_fact(con):
    rule_night(con, 450)
    run_id = rule_night(con, 480)
    (change,) = told(con, run_id, "rule_changed")
    assert change["old_fact_id"] is None and change["new_fact_id"] is None
    assert (change["old_number"], change["new_number"], change["unit"]) == (450.0, 480.0, "EUR")
    # The three pages' own amount changes link their facts, each its page's.
    pages = told(con, run_id, "amount_changed")
    assert sorted(p["source_id"] for p in pages) == ["ap-en", "ap-fr", "ap-nl"]
    for page in pages:
        assert con.execute(
            "SELECT source_id, value FROM current_amounts WHERE fact_id = ?",
            [page["new_fact_id"]],
        ).fetchall() == [(page["source_id"], 480.0)]


def test_changes_json_carries_the_facts_of_each_change(con):
    night(con, V1)
    run_id, _ = night(con, V2)
    report = json.loads(render_json(build_report(con, run_id)))
    (change,) = [c for c in report["changes"] if c["change_kind"] == "amount_changed"]
    row = told(con, run_id, "amount_changed")[0]
    assert {k: change[k] for k in FACT_COLUMNS.split(", ")} == {
        k: row[k] for k in FACT_COLUMNS.split(", ")
    }
    assert change["new_number"] == 500.0 and change["new_fact_id"]


def test_the_facts_take_no_part_in_the_change_id(tmp_path):
    words = Change(
        change_kind="amount_added",
        section="Conditions",
        subject="money (EUR per month)",
        new_value="at least EUR 450 per month",
        new_quote="pays at least EUR 450 a month",
    )
    linked = Change(**vars(words) | {"new_fact_id": "f1", "new_number": 450.0, "unit": "EUR"})
    assert changes.change_id(3, "p", words) == changes.change_id(3, "p", linked)
    # The same words stated twice on one page (two facts) are two changes with two ids.
    con = schema.connect(tmp_path / "w.duckdb")
    twice = [linked, Change(**vars(linked) | {"new_fact_id": "f2"})]
    assert changes.record_changes(con, 3, [("p", None, twice)]) == 2
    ids = con.execute("SELECT change_id, new_fact_id FROM changes ORDER BY position").fetchall()
    con.close()
    assert ids[0][0] == changes.change_id(3, "p", words, 1)
    assert ids[1][0] == changes.change_id(3, "p", words, 2)
    assert [fact for _, fact in ids] == ["f1", "f2"]


def test_after_a_parser_upgrade_every_fact_a_change_names_is_in_the_history(
    server, tmp_path, monkeypatch, prefect_harness
):
    """The page changes of a parser upgrade are told from the previous body read again; the
    facts they name are still those `amounts` holds: closed by the run, or open after it."""
    from tests.server import Route
    from tests.test_parser_corrections import PAGE, first_run_with_the_old_parser, run

    first_run_with_the_old_parser(server, tmp_path, monkeypatch)
    server.routes["/edited"] = Route(body=PAGE.format(money="500").encode())
    second = run(tmp_path, server)
    con = schema.connect(tmp_path / "w.duckdb", read_only=True)
    rows = con.execute(
        "SELECT change_kind, old_fact_id, new_fact_id, old_number, new_number FROM changes "
        "WHERE run_id = ? AND change_kind IN ('amount_changed', 'parser_corrected') "
        "ORDER BY source_id, position",
        [second],
    ).fetchall()
    closed = {
        f
        for (f,) in con.execute(
            "SELECT fact_id FROM amounts WHERE valid_to_run = ?", [second]
        ).fetchall()
    }
    current = {f for (f,) in con.execute("SELECT fact_id FROM current_amounts").fetchall()}
    con.close()
    changed, *corrections = rows
    assert changed[0] == "amount_changed" and changed[3:] == (450.0, 500.0)
    assert changed[1] in closed and changed[2] in current
    assert [c[0] for c in corrections] == ["parser_corrected", "parser_corrected"]
    assert all(c[1] is None and c[2] in current and c[4] == 3.0 for c in corrections)
