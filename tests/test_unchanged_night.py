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


def test_an_unchanged_nights_report_reuses_the_rule_table_and_says_the_same(
    con, tmp_path, monkeypatch
):
    from reports import build, publish, rules_cache

    out = tmp_path / "reports"
    night(con, 450)
    first, _ = publish.publish_run(con, 1, out)
    read = []
    real = build.rulebook.current
    monkeypatch.setattr(build.rulebook, "current", lambda c: read.append(1) or real(c))
    night(con, 450)
    unchanged, _ = publish.publish_run(con, 2, out)
    assert read == []  # the view was not read again ...
    assert unchanged["rules_table"] == build.rules_table(con) == first["rules_table"]  # ... same
    assert any("450" in str(row.values()) for row in unchanged["rules_table"])
    read.clear()
    night(con, 500)  # a fact changed: the view is read and the report says the new figure
    changed, _ = publish.publish_run(con, 3, out)
    assert read == [1] and changed["rules_table"] == build.rules_table(con)
    assert any("500" in str(row.values()) for row in changed["rules_table"])
    read.clear()
    (out / rules_cache.NAME).write_text("{half a fi", encoding="utf-8")  # a torn file: read again
    again, _ = publish.publish_run(con, 3, out)
    assert read == [1] and again["rules_table"] == changed["rules_table"]


def test_the_rule_table_key_moves_with_what_the_views_read(con):
    from warehouse import rulebook

    night(con, 450)
    key = rulebook.fingerprint(con)
    night(con, 450)
    assert rulebook.fingerprint(con) == key
    con.execute("UPDATE rules SET label_en = label_en || '!' WHERE rule_id IN "
                "(SELECT rule_id FROM current_amounts)")  # fmt: skip
    assert rulebook.fingerprint(con) != key
    assert key[0] == str(con.execute("SELECT current_date").fetchone()[0])  # a value's date
