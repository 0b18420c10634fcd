"""`rebuild --cluster local:2`: extraction on two Dask worker processes (127.0.0.1 only), the
warehouse written by the flow's own process, and every fact and change as the runs told them."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.devpages import tuning_pages
from tests.server import Route
from warehouse import schema

pytestmark = pytest.mark.usefixtures("prefect_harness")
PAGES = tuning_pages(12)


def _bumped(body: bytes) -> bytes:
    """The page's three-digit amounts with their first digit raised: a second edition."""
    return re.sub(rb"\b(\d)(\d\d)\b", lambda m: bytes([(m[1][0] - 48 + 1) % 10 + 48]) + m[2], body)


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    con = schema.connect(db, read_only=True)
    try:
        return {
            "amounts": con.execute("SELECT * FROM amounts ORDER BY ALL").fetchall(),
            "conditions": con.execute("SELECT * FROM conditions ORDER BY ALL").fetchall(),
            "changes": con.execute(
                "SELECT * EXCLUDE (detected_at) FROM changes ORDER BY change_id"
            ).fetchall(),
        }
    finally:
        con.close()


def test_rebuild_on_a_two_worker_local_cluster_tells_the_same(server, tmp_path):
    from flows.nightly import nightly

    lines = ["defaults: {delay_seconds: 0, retries: 1, timeout_seconds: 10}", "sources:"]
    for i, page in enumerate(PAGES):
        server.routes[f"/{i}"] = Route(body=page.read_bytes())
        url = server.url(f"/{i}")
        lines.append(f"  - {{id: p{i:02d}, publisher: federal, lang: en, url: '{url}'}}")
    sources = tmp_path / "sources.yaml"
    sources.write_text("\n".join(lines) + "\n")
    db = tmp_path / "w.duckdb"
    for night in (1, 2):
        if night == 2:
            for i in range(0, len(PAGES), 3):
                server.routes[f"/{i}"] = Route(body=_bumped(PAGES[i].read_bytes()))
        asyncio.run(nightly(sources=str(sources), db=str(db), reports=str(tmp_path / "r")))
    told = _snapshot(db)
    assert len(told["amounts"]) > 100
    assert sum(1 for c in told["changes"] if c[3] == "amount_changed") >= 4

    result = CliRunner().invoke(
        app, ["rebuild", "--sources", str(sources), "--db", str(db), "--cluster", "local:2"]
    )
    assert result.exit_code == 0, result.output
    assert f"rebuilt {len(PAGES) + len(range(0, len(PAGES), 3))} snapshots" in result.output
    assert _snapshot(db) == told


def test_a_cluster_that_is_no_address_is_a_clear_error(tmp_path):
    db = tmp_path / "w.duckdb"
    schema.connect(db).close()
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n  - {id: a, publisher: federal, lang: en, url: 'https://a.be/'}\n"
    )
    result = CliRunner().invoke(
        app, ["rebuild", "--sources", str(sources), "--db", str(db), "--cluster", "my-laptop"]
    )
    assert result.exit_code == 2
    assert "tcp://host:port" in result.output
