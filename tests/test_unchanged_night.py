"""A night on which no page changed reads no rule view (the rule state cannot have moved),
and a night that changes a rule still tells it."""

import pytest

from fetch.fetcher import Attempt
from fetch.sources import parse_sources
from warehouse import parse_stage as stage
from warehouse import schema, store

CONFIG = parse_sources(
    "sources:\n  - {id: ap, publisher: flanders, lang: en, url: 'https://x.vlaanderen.be/ap'}\n"
)
PAGE = (
    "<main><h1>Au pair</h1><p>The au pair receives pocket money of at least EUR {} a month."
    "</p></main>"
)


@pytest.fixture
def con(tmp_path):
    connection = schema.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def night(con, euros: int):
    run_id, _ = store.start_run(con, "live", "1")
    body = PAGE.format(euros).encode()
    attempt = Attempt(
        source_id="ap", attempt=1, url="https://x.vlaanderen.be/ap", outcome="ok",
        status_code=200, body=body,
    )  # fmt: skip
    store.record_fetch(con, run_id, [attempt], store.known_pages(con).get("ap"))
    store.upsert_sources(con, CONFIG.sources, run_id)
    result = stage.parse_stage(con, run_id, CONFIG)
    store.finish_run(con, run_id, "completed", {})
    return result


def test_an_unchanged_night_reads_no_rule_view(con, monkeypatch):
    night(con, 450)
    read = []
    real = stage.rulebook.state
    monkeypatch.setattr(stage.rulebook, "state", lambda c, **kw: read.append(1) or real(c, **kw))
    unchanged = night(con, 450)
    assert (unchanged.parsed, unchanged.changes, read) == (0, 0, [])
    changed = night(con, 500)
    assert changed.parsed == 1 and len(read) == 2  # before and after the pages changed
    told = con.execute(
        "SELECT change_kind, new_value FROM changes WHERE change_kind = 'rule_changed'"
    ).fetchall()
    assert len(told) == 1 and "500" in told[0][1]
