"""A better parser is not a rule change (issue 12): two parser versions over one unchanged
body, through real runs against a local server, tell corrections and no change of the rules.

The older parser is the real one that knew no counts (as if its lexicon had no count nouns);
the newer one is today's parser, with today's version.
"""

import asyncio
import json
from pathlib import Path

import pytest

import flows.nightly
import parsers.extract
import warehouse.parse_stage
from parsers import PARSER_VERSION
from parsers.extract import Facts, extract
from reports.feed import ENTRY_ID
from tests.server import Route
from warehouse import schema

pytestmark = pytest.mark.usefixtures("prefect_harness")

PAGE = """<!doctype html><html><head><title>Au pair</title></head><body>
<main><h1>Au pair</h1><h2>Documents</h2><ul><li>Attach three passport photos.</li>
<li>Attach a copy of the passport.</li></ul>
<h2>Pocket money</h2><p>The host family pays at least EUR {money} a month.</p></main>
<footer>(c) 2025</footer></body></html>"""


def old_parser(*args, **kwargs) -> Facts:
    facts = extract(*args, **kwargs)
    return Facts(facts.blocks, [a for a in facts.amounts if a.kind != "count"], facts.conditions)


def run(tmp_path: Path, server) -> int:
    sources = tmp_path / "sources.yaml"
    lines = ["defaults: {delay_seconds: 0, retries: 0, timeout_seconds: 5}", "sources:"]
    lines += [
        f"  - {{id: {n}, publisher: federal, lang: en, url: '{server.url('/' + n)}'}}"
        for n in ("same", "edited")
    ]
    sources.write_text("\n".join(lines) + "\n")
    result = asyncio.run(
        flows.nightly.nightly(
            sources=str(sources), db=str(tmp_path / "w.duckdb"), reports=str(tmp_path / "r")
        )
    )
    return result.run_id


def first_run_with_the_old_parser(server, tmp_path: Path, monkeypatch) -> int:
    """Both pages served, read by the old parser (its version recorded with the facts)."""
    server.routes["/same"] = Route(body=PAGE.format(money="450").encode())
    server.routes["/edited"] = Route(body=PAGE.format(money="450").encode())
    with monkeypatch.context() as old:
        # the stage's and the pages' own extraction (both import it when a page is parsed)
        old.setattr(parsers.extract, "extract", old_parser)
        old.setattr(warehouse.parse_stage, "PARSER_VERSION", "old-1")
        old.setattr(flows.nightly, "PARSER_VERSION", "old-1")
        return run(tmp_path, server)


def told(tmp_path: Path, run_id: int) -> list[tuple]:
    con = schema.connect(tmp_path / "w.duckdb", read_only=True)
    rows = con.execute(
        "SELECT source_id, change_kind, severity, old_value, new_value, reason FROM changes "
        "WHERE run_id = ? ORDER BY source_id, position",
        [run_id],
    ).fetchall()
    con.close()
    return rows


def test_a_new_parser_over_an_unchanged_body_tells_corrections_not_rule_changes(
    server, tmp_path, monkeypatch
):
    first = first_run_with_the_old_parser(server, tmp_path, monkeypatch)
    assert {kind for _, kind, *_ in told(tmp_path, first)} == {"page_added"}

    # the same night the parser improves, one page really changes its amount
    server.routes["/edited"] = Route(body=PAGE.format(money="500").encode())
    second = run(tmp_path, server)
    rows = told(tmp_path, second)
    assert [(s, k, sev, old, new) for s, k, sev, old, new, _ in rows] == [
        (
            "edited",
            "amount_changed",
            "high",
            "at least EUR 450 per month",
            "at least EUR 500 per month",
        ),
        ("edited", "parser_corrected", "low", None, "3 items"),
        # the real edit moves the rule: 450 and 500 tie a page each, and the tie goes to the
        # stricter floor (migration 013) — the page's edit, not the parser, changed it
        (
            "edited",
            "rule_changed",
            "high",
            "at least EUR 450 per month",
            "at least EUR 500 per month",
        ),
        ("same", "parser_corrected", "low", None, "3 items"),
        # the two pages of one publisher now state different pocket money: a rule conflict
        (
            "same",
            "rule_conflict",
            "high",
            None,
            "same (en): EUR 450 per month; edited (en): EUR 500 per month",
        ),
    ]
    reason = rows[3][-1]
    assert f"parser old-1 -> {PARSER_VERSION}" in reason and "amount_added" in reason

    out = tmp_path / "r" / str(second)
    report = json.loads((out / "changes.json").read_text())
    kinds = [c["change_kind"] for c in report["changes"]]
    assert kinds == ["rule_changed", "amount_changed", "rule_conflict"]
    assert [c["source_id"] for c in report["corrections"]] == ["edited", "same"]
    assert report["summary"]["parser_corrections"] == 2
    assert report["summary"]["by_severity"] == {"high": 2}
    markdown = (out / "report.md").read_text()
    corrections = markdown.split("## Parser corrections (2)")[1]
    assert "Amount added" not in markdown and "same" in corrections
    assert "3 items" in corrections and "3 items" not in markdown.split("## Parser corrections")[0]
    html = (out / "report.html").read_text()
    assert 'id="parser-corrections"' in html
    feed = (tmp_path / "r" / "feed.xml").read_text()
    assert "2 parser corrections (not rule changes)" in feed
    assert "3 items" not in feed  # in the feed only as a count

    third = run(tmp_path, server)  # same parser, same bodies: nothing parsed, nothing told
    assert told(tmp_path, third) == []


def test_a_run_with_only_corrections_reports_no_change_in_the_rules(server, tmp_path, monkeypatch):
    first = first_run_with_the_old_parser(server, tmp_path, monkeypatch)
    second = run(tmp_path, server)
    assert {(k, sev) for _, k, sev, *_ in told(tmp_path, second)} == {("parser_corrected", "low")}
    markdown = (tmp_path / "r" / str(second) / "report.md").read_text()
    assert "No changes in the rules" in markdown and "## Parser corrections (2)" in markdown
    feed = (tmp_path / "r" / "feed.xml").read_text()  # run 1 added its pages: the feed exists
    assert ENTRY_ID.format(run_id=first) in feed
    # every run has an entry (issue 14): this one says no rule changed
    assert ENTRY_ID.format(run_id=second) in feed
    assert f"<title>Run {second}: no change in the rules; " in feed
    assert "2 parser corrections (not rule changes)." in feed
