"""Facts as history: unchanged facts write nothing, vanished ones close, rebuild replays."""

from datetime import date

import pytest

import parsers.extract
from fetch.fetcher import Attempt
from fetch.sources import parse_sources
from parsers.extract import extract
from warehouse import history, schema, store
from warehouse import parse_stage as stage
from warehouse.parse_stage import parse_stage, rebuild

V1 = b"""<main><h2>Conditions</h2><ul><li>pays at least EUR 450 a month;</li>
<li>gives at least one full day off each week.</li></ul></main>"""
V2 = b"""<main><h2>Conditions</h2><ul><li>pays at least EUR 500 a month;</li>
<li>gives at least one full day off each week.</li></ul></main>"""
CONFIG = parse_sources(
    "sources:\n  - {id: au-pair, publisher: flanders, lang: en, "
    "url: 'https://www.vlaanderen.be/au-pair'}\n"
)


@pytest.fixture
def con(tmp_path):
    connection = schema.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def night(con, body: bytes):
    run_id, _ = store.start_run(con, "live", "1")
    known = store.known_pages(con).get("au-pair")
    store.record_fetch(
        con,
        run_id,
        [
            Attempt(
                source_id="au-pair",
                attempt=1,
                url="https://www.vlaanderen.be/au-pair",
                outcome="ok",
                status_code=200,
                body=body,
            )
        ],
        known,
    )
    store.upsert_sources(con, CONFIG.sources, run_id)
    result = parse_stage(con, run_id, CONFIG)
    store.finish_run(con, run_id, "completed", {})
    return run_id, result


def as_of(con, run_id: int) -> list[tuple]:
    return con.execute(
        "SELECT kind, value, per, bound FROM amounts WHERE valid_from_run <= ? "
        "AND (valid_to_run IS NULL OR valid_to_run > ?) ORDER BY position",
        [run_id, run_id],
    ).fetchall()


def test_history_keeps_what_each_run_said(con):
    r1, first = night(con, V1)
    assert (first.parsed, first.amounts_opened, first.conditions_opened) == (1, 2, 2)
    r2, same = night(con, V1)
    assert same.parsed == 0  # unchanged body: not parsed again, nothing written
    r3, changed = night(con, V2)
    assert (changed.amounts_opened, changed.amounts_closed) == (1, 1)
    assert (changed.conditions_opened, changed.conditions_closed) == (1, 1)
    assert as_of(con, r2) == [("money", 450, "month", "min"), ("duration", 1, "week", "min")]
    assert as_of(con, r3)[0] == ("money", 500, "month", "min")
    current = con.execute("SELECT publisher, lang, value FROM current_amounts ORDER BY position")
    assert current.fetchall() == [("flanders", "en", 500), ("flanders", "en", 1)]
    assert con.execute("SELECT count(*) FROM amounts").fetchone()[0] == 3


def test_a_page_flipping_back_is_parsed_again(con):
    night(con, V1)
    night(con, V2)
    _, back = night(con, V1)
    assert back.parsed == 1
    assert con.execute("SELECT value FROM current_amounts WHERE kind = 'money'").fetchall() == [
        (450,)
    ]


def test_rebuild_replays_history_with_the_same_result(con):
    night(con, V1)
    night(con, V1)
    night(con, V2)
    before = con.execute("SELECT * EXCLUDE (fact_id) FROM amounts ORDER BY ALL").fetchall()
    result = rebuild(con, CONFIG)
    assert result.parsed == 2  # two distinct bodies in the source's history
    after = con.execute("SELECT * EXCLUDE (fact_id) FROM amounts ORDER BY ALL").fetchall()
    assert after == before


V3 = b"""<main><h2>Conditions</h2><ul><li>is at least 18 years old;</li>
<li>pays at least EUR 500 a month;</li>
<li>gives at least one full day off each week.</li></ul></main>"""


def test_open_facts_come_back_in_one_order_even_when_positions_tie(con):
    night(con, V2)
    run3, _ = night(con, V3)  # a new first amount: it takes position 0, as EUR 500 did
    amounts, _ = history.open_rows(con, ["au-pair", "nothing-stored"])["au-pair"]
    assert [(a.kind, a.value) for a in amounts] == [("money", 500), ("age", 18), ("duration", 1)]
    positions = con.execute(
        "SELECT position, valid_from_run FROM amounts WHERE valid_to_run IS NULL ORDER BY ALL"
    ).fetchall()
    assert positions == [(0, 1), (0, run3), (1, 1)]  # the tie the order has to settle
    assert history.open_rows(con, ["nothing-stored"]) == {"nothing-stored": ([], [])}


@pytest.mark.parametrize("kept", [False, True], ids=["bodies read back", "bodies kept"])
def test_a_batch_of_pages_gets_each_page_its_own_facts(con, monkeypatch, kept):
    """Whether the parse stage reads the night's bodies from the warehouse or from the
    spool the fetch stage filled as it stored them (a night's way), the same facts."""
    monkeypatch.setattr(stage, "BATCH", 2)  # two batches, the first read in two goes
    monkeypatch.setattr(stage, "READ_BATCH", 1)
    config = parse_sources(
        "sources:\n"
        + "".join(
            f"  - {{id: p{i}, publisher: flanders, lang: en, url: 'https://example.org/{i}'}}\n"
            for i in range(3)
        )
    )
    run_id, _ = store.start_run(con, "live", "1")
    store.upsert_sources(con, config.sources, run_id)
    spool = store.DocumentSpool() if kept else None
    log = store.FetchLog.open(con, run_id, spool=spool)
    for i, body in enumerate((V1, V2, V3)):
        attempt = Attempt(
            source_id=f"p{i}", attempt=1, url=f"https://example.org/{i}", outcome="ok",
            status_code=200, body=body,
        )  # fmt: skip
        log.record([attempt], None)
    log.commit()
    if kept:  # the stored copies are not read at all: spoiled, they change nothing
        con.execute("UPDATE documents SET body = ''::BLOB")
    result = parse_stage(con, run_id, config, spool=spool)
    assert (result.parsed, result.changes) == (3, 3)  # one page_added each
    found = history.open_rows(con, ["p0", "p1", "p2"])
    money = {sid: [a.value for a in rows[0] if a.kind == "money"] for sid, rows in found.items()}
    assert money == {"p0": [450], "p1": [500], "p2": [500]}
    assert [len(rows[1]) for rows in found.values()] == [2, 2, 3]


def told(con, run_id: int) -> list[tuple]:
    return con.execute(
        "SELECT change_kind, old_value, new_value FROM changes WHERE run_id = ? ORDER BY position",
        [run_id],
    ).fetchall()


def without_durations(*args, **kwargs):
    """An older parser: today's, blind to durations."""
    facts = extract(*args, **kwargs)
    return type(facts)(
        facts.blocks, [a for a in facts.amounts if a.kind != "duration"], facts.conditions
    )


def test_a_new_parser_over_the_same_body_tells_corrections_only(con, monkeypatch):
    real = stage.PARSER_VERSION
    with monkeypatch.context() as old:
        old.setattr(stage, "PARSER_VERSION", "old-1")
        # the stage's and the pages' own (parsers.pool): both import it when a page is parsed
        old.setattr(parsers.extract, "extract", without_durations)
        night(con, V1)
    run_id, result = night(con, V1)
    assert result.parsed == 1  # the parser changed: the same body is read again
    assert told(con, run_id) == [("parser_corrected", None, "at least 1 days per week")]
    reason = con.execute("SELECT reason, severity FROM changes WHERE run_id = ?", [run_id])
    assert reason.fetchone() == (
        f"the page did not change; parser old-1 -> {real} reads it differently "
        "(would be amount_added)",
        "low",
    )


def test_after_a_failed_parse_the_body_the_facts_came_from_is_the_one_compared(con, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("the old parser could not read this page")

    with monkeypatch.context() as old:
        old.setattr(stage, "PARSER_VERSION", "old-1")
        night(con, V1)
        old.setattr(parsers.extract, "extract", broken)
        night(con, V2)  # logged as failed: the facts still come from V1
    run_id, _ = night(con, V2)
    assert told(con, run_id) == [
        ("amount_changed", "at least EUR 450 per month", "at least EUR 500 per month")
    ]


def test_a_fact_row_made_by_name_equals_the_row_built_from_keywords():
    """`Table.maker` (the parse stage's row builder) puts every field in its column, as
    `Table.row` does, and refuses a column nothing gives or an extra no column takes."""
    from warehouse.records import AMOUNTS, CONDITIONS, AmountRow, ConditionRow

    amount = AmountRow(
        fact_id="f1", slot="s1", section="Salary", kind="money", value=3703.44,
        value_max=None, unit="EUR", per="month", bound="min", date_value=None,
        quote="at least EUR 3.703,44 a month", rule_id="single_permit.salary_min_monthly",
        jurisdiction="flanders", effective_from=date(2026, 1, 1),
    )  # fmt: skip
    make = AMOUNTS.maker(AmountRow, "source_id", "position", "content_sha256", "valid_from_run")
    fields = {name: getattr(amount, name) for name in AmountRow.__dataclass_fields__}
    extras = {"source_id": "p1", "position": 3, "content_sha256": "d" * 64, "valid_from_run": 7}
    assert make(amount, **extras) == AMOUNTS.row(**fields, **extras)
    condition = ConditionRow(fact_id="c1", section="Who", kind="requirement", text="Be 18.")
    make = CONDITIONS.maker(
        ConditionRow, "source_id", "position", "content_sha256", "valid_from_run",
        condition_kind="kind",
    )  # fmt: skip
    assert make(condition, **extras) == CONDITIONS.row(
        fact_id="c1", section="Who", condition_kind="requirement", text="Be 18.", **extras
    )
    with pytest.raises(TypeError, match="missing \\['condition_kind'\\]"):
        CONDITIONS.maker(ConditionRow, "source_id", "position", "content_sha256", "valid_from_run")
    with pytest.raises(TypeError, match="unknown \\['colour'\\]"):
        AMOUNTS.maker(
            AmountRow, "source_id", "position", "content_sha256", "valid_from_run", "colour"
        )
