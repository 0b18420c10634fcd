"""Two editions over a real local server: each planted edit gives exactly its change."""

import asyncio
from pathlib import Path

import pytest

from tests.server import Route
from warehouse import schema

pytestmark = pytest.mark.usefixtures("prefect_harness")

CHROME = """<!doctype html><html><head><title>Au pair</title>
<script>var tracker = "{tracker}";</script></head><body>
<div class="cookie-banner">{cookie}</div><nav><a href="/">Home</a> {nav}</nav>
<main>{main}<p class="last-updated">Last updated: {updated}</p></main>
<footer>Phone 02 553 00 00 - (c) 2025</footer></body></html>"""

CONDITIONS = [
    "The au pair is at least 18 years old and younger than 26.",
    "The au pair must not take any other job in Belgium.",
    "The host family must give at least one full day off each week.",
    "The host family must take out insurance for medical costs.",
    "The host family must let inspectors into the home.",
]
BASE = {
    "pocket": "<h2>Pocket money</h2><p>The host family pays at least EUR 450 a month.</p>",
    "hours": "<h2>Working hours</h2><ul><li>Chores take at most 4 hours a day.</li>"
    "<li>Chores take at most 20 hours a week.</li></ul>",
}


def page(conditions=CONDITIONS, pocket=BASE["pocket"], extra="", boiler=1) -> bytes:
    items = "".join(f"<li>{c}</li>" for c in conditions)
    main = f"<h1>Au pair</h1><h2>Conditions</h2><ul>{items}</ul>{pocket}{BASE['hours']}{extra}"
    return CHROME.format(
        main=main,
        tracker=f"GTM-{boiler}X",
        cookie=f"Cookies v{boiler}",
        nav="News" if boiler == 1 else "News and press",
        updated=f"{boiler} November 2025",
    ).encode()


ERROR_PAGE = CHROME.format(
    main="<h1>Page not found</h1><p>Sorry, this page does not exist.</p>",
    tracker="x",
    cookie="c",
    nav="",
    updated="today",
).encode()


def sources_file(path: Path, server, names) -> Path:
    lines = ["defaults: {delay_seconds: 0, retries: 0, timeout_seconds: 5}", "sources:"]
    lines += [
        f"  - {{id: {n}, publisher: flanders, lang: en, url: '{server.url('/' + n)}'}}"
        for n in names
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def run(sources, db, tmp_path):
    from flows.nightly import nightly

    return asyncio.run(nightly(sources=str(sources), db=str(db), reports=str(tmp_path / "r")))


def changes_of(db, run_id):
    con = schema.connect(db, read_only=True)
    rows = con.execute(
        "SELECT source_id, change_kind, old_value, new_value FROM changes WHERE run_id = ? "
        "ORDER BY source_id, position",
        [run_id],
    ).fetchall()
    con.close()
    out = {}
    for source_id, kind, old, new in rows:
        out.setdefault(source_id, []).append((kind, old, new))
    return out


def test_planted_edits_give_exactly_their_changes(server, tmp_path):
    names = [
        "value",
        "added",
        "removed",
        "reworded",
        "section",
        "boiler",
        "reorder",
        "broken",
        "flaky",
    ]
    for name in names:
        server.routes[f"/{name}"] = Route(body=page())
    sources = sources_file(tmp_path / "sources.yaml", server, names)
    db = tmp_path / "w.duckdb"
    first = run(sources, db, tmp_path)
    assert {k for v in changes_of(db, first.run_id).values() for k, *_ in v} == {"page_added"}

    edits = {
        "value": page(pocket=BASE["pocket"].replace("450", "500"), boiler=2),
        "added": page(
            CONDITIONS
            + [
                "The host family must not already employ an au pair.",
                "The form must not contain &lt;script&gt;alert(1)&lt;/script&gt; or "
                "&lt;img src=x onerror=alert(2)&gt; text.",
            ],
            boiler=2,
        ),
        "removed": page(CONDITIONS[:-1], boiler=2),
        "reworded": page(
            CONDITIONS[:3]
            + ["The host family must insure the au pair against medical costs."]
            + CONDITIONS[4:],
            boiler=2,
        ),
        "section": page(
            extra="<h2>Renewal</h2><p>A renewal must be filed at the latest 4 "
            "months before expiry.</p>",
            boiler=2,
        ),
        "boiler": page(boiler=2),
        "reorder": page(list(reversed(CONDITIONS)), boiler=2),
        "broken": ERROR_PAGE,
    }
    for name, body in edits.items():
        server.routes[f"/{name}"] = Route(body=body)
    server.routes["/flaky"] = Route(status=503, body=b"down")
    second = run(sources, db, tmp_path)
    got = changes_of(db, second.run_id)

    # eight pages of the publisher still say 450: the edited one now disagrees with them
    assert got["value"][0] == (
        "amount_changed",
        "at least EUR 450 per month",
        "at least EUR 500 per month",
    )
    assert [k for k, *_ in got["value"][1:]] == ["rule_conflict"]
    assert got["value"][1][2].startswith("value (en): EUR 500 per month; ")
    assert [new for _, _, new in got["added"]] == [
        "The host family must not already employ an au pair.",
        "The form must not contain <script>alert(1)</script> or <img src=x onerror=alert(2)> text.",
    ]
    html = (tmp_path / "r" / str(second.run_id) / "report.html").read_text()
    assert "<script" not in html and "<img" not in html  # scraped markup never runs
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # it is shown, as text
    assert got["removed"] == [
        ("condition_removed", "The host family must let inspectors into the home.", None)
    ]
    assert [k for k, *_ in got["reworded"]] == ["condition_changed"]
    assert [(k, new) for k, _, new in got["section"]] == [
        ("section_added", "1 amounts, 1 conditions")
    ]
    assert "boiler" not in got and "reorder" not in got  # noise is not a change
    assert [k for k, *_ in got["broken"]] == ["page_suspect"]
    assert [k for k, *_ in got["flaky"]] == ["page_unreachable"]

    con = schema.connect(db, read_only=True)
    kept = con.execute("SELECT count(*) FROM current_conditions WHERE source_id = 'broken'")
    assert kept.fetchone()[0] == len(CONDITIONS)  # the error page did not erase the facts
    counts = dict(
        con.execute("SELECT source_id, count(*) FROM current_amounts GROUP BY 1").fetchall()
    )
    assert counts["flaky"] == counts["boiler"] == 6  # nor did the outage
    con.close()

    third = run(sources, db, tmp_path)  # still down: told once, not again
    assert "flaky" not in changes_of(db, third.run_id)
    server.routes["/flaky"] = Route(body=page())
    fourth = run(sources, db, tmp_path)
    assert [k for k, *_ in changes_of(db, fourth.run_id)["flaky"]] == ["page_restored"]
