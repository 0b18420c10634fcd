"""Facts as history: unchanged facts write nothing, vanished ones close, rebuild replays."""

import pytest

from flows.fetcher import Attempt
from flows.pipeline import parse_stage, rebuild
from flows.sources import parse_sources
from warehouse import schema, store

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
