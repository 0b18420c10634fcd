"""The HTML report in a real browser: what Chromium builds from it is text, never script."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from reports.render import write_report

CHROMIUM = Path("/usr/bin/chromium")
FIXTURE = Path(__file__).parent / "fixtures" / "report_sample.json"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (apt-get install chromium)"
)


def chromium(tmp_path: Path, name: str, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{name}"  # one profile per process: no lock contention
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report")
    report = json.loads(FIXTURE.read_text(encoding="utf-8"))
    write_report(report, out)
    return out / "report.html"


def test_dom_shows_changes_and_hostile_quotes_as_text(rendered, tmp_path):
    dom = chromium(tmp_path, "dom", "--dump-dom", rendered.as_uri()).stdout
    assert "<script" not in dom.lower()
    tree = HTMLParser(dom)
    assert not tree.css("script, img, svg, iframe, object, embed")
    assert not [n for n in tree.css("*") if any(a.startswith("on") for a in n.attributes)]
    text = tree.body.text()
    for visible in (
        "Run 2 — 23 November 2026",
        "Pages we could not check (1)",
        "Amount changed",
        "at least EUR 500 per month",
        "Het bruto jaarloon bedraagt minstens € 49.896.",
        "Condition removed",
        "Checked on the page: the new amount is stated twice, same wording.",
    ):
        assert visible in text, visible
    hostile = tree.css_first("article#c-2-0006").text()
    assert "<script>alert(1)</script>" in hostile
    assert "<img src=x onerror=alert(1)>" in hostile
    assert "[x](javascript:alert(1))" in hostile
    assert all(a.attributes["href"].startswith(("https://", "http://", "#")) for a in tree.css("a"))


def test_screenshot(rendered, tmp_path):
    png = tmp_path / "report.png"
    chromium(tmp_path, "shot", f"--screenshot={png}", "--window-size=1200,2000", rendered.as_uri())
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert int.from_bytes(data[16:20], "big") == 1200  # width from the IHDR chunk
    assert len(data) > 50_000  # a blank or error page compresses to a few kB
