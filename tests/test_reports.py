"""Change reports: what a volunteer reads must be complete, ordered, and never carry markup."""

from __future__ import annotations

import copy
import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from reports.feed import ATOM_NS, update_feed
from reports.render import (
    escape_markdown,
    render_html,
    render_json,
    render_markdown,
    safe_url,
    word_diff,
    write_report,
)

FIXTURE = Path(__file__).parent / "fixtures" / "report_sample.json"
A = f"{{{ATOM_NS}}}"
HOSTILE_URL = "javascript:alert(1)"


@pytest.fixture
def report() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture
def quiet(report) -> dict:
    """The same run with no change: what most nights look like."""
    quiet = copy.deepcopy(report)
    quiet["changes"] = []
    quiet["summary"].update(sources_changed=0, by_severity={}, by_publisher={})
    return quiet


def hostile(report: dict) -> dict:
    """A change whose every scraped field tries to become markup, and a javascript: URL."""
    evil = copy.deepcopy(report)
    change = next(c for c in evil["changes"] if c["change_id"] == "c-2-0006")
    change.update(
        url=HOSTILE_URL,
        section="# Injected heading\n\n## and another",
        subject="<b>bold</b> *stars* _under_ `code`",
        old_value="[x](javascript:alert(1)) ![img](http://evil.example/p.png)",
        review_status="dismissed",
        review_note='"><script>alert(2)</script>',
    )
    change["old_quote"] += "\n# heading on its own line\n> quoted\n- item\n1. first\n&lt;b&gt;"
    evil["summary"]["failed_sources"].append(
        {"source_id": "evil", "url": "JaVaScRiPt:alert(3)", "error": "<svg onload=alert(3)>"}
    )
    return evil


def changes_in_html(html: str) -> list[str]:
    return [n.attributes["id"] for n in HTMLParser(html).css("article.change")]


def change_node(html: str, change_id: str):
    return HTMLParser(html).css_first(f"article#{change_id}")


# --- Markdown ---------------------------------------------------------------


def test_markdown_title_summary_and_failed(report):
    md = render_markdown(report)
    assert md.startswith("# permitwatch — run 2 (2026-11-23)\n")
    assert "**9 changes**: 5 high, 3 medium, 1 low" in md
    assert "by publisher: Flanders 6, Brussels 3" in md
    assert "56 checked, 7 changed, 1 failed" in md
    assert "## Pages we could not check (1)" in md
    assert "- brussels-au-pair-en: http_503: HTTP 503 Service Unavailable" in md


def test_markdown_change_blocks(report):
    md = render_markdown(report)
    block = md.split("#### Voorwaarden > Het gastgezin")[1].split("###")[0]
    assert "**Amount changed** · high · money (EUR per month): value changed · c-2-0004" in block
    assert "**Before:** at least EUR 450 per month → **After:** at least EUR 500 per month" in block
    assert "> het gastgezin stort elke maand minstens 450 euro zakgeld" in block
    assert "> het gastgezin stort elke maand minstens 500 euro zakgeld" in block
    assert "Review: **Confirmed** — Checked on the page" in block
    # A pending change says nothing about review; a removal has no "After".
    removal = md.split("#### Conditions > The au pair")[1].split("####")[0]
    assert "Review" not in removal and "After" not in removal
    assert "**Condition removed** · high · requirement" in removal
    assert "Page reachable again" in md and "Section added" in md and "Page unreachable" in md


def test_markdown_grouping_and_order(report):
    md = render_markdown(report)
    headings = [line for line in md.splitlines() if line.startswith(("## ", "### ", "#### "))]
    assert headings == [
        "## Pages we could not check (1)",
        "## Brussels (3 changes)",
        "### brussels-au-pair-en",
        "#### Whole page",
        "### brussels-blue-card-en",
        "#### Conditions > Salary",
        "### brussels-exemptions-en",
        "#### Exempted workers > Researchers",
        "## Flanders (6 changes)",
        "### flanders-au-pair-en",
        "#### Conditions > The au pair",  # high before the same page's medium section
        "#### Conditions > Chores",
        "### flanders-au-pair-nl",
        "#### Voorwaarden > Het gastgezin",
        "### flanders-highly-qualified-nl",
        "#### Voorwaarden > Loon",
        "### flanders-exemptions-nl",
        "#### Vrijstellingen > Vergaderingen",
        "### flanders-salary-thresholds-nl",
        "#### Whole page",
    ]


def test_group_order_follows_severity_even_if_input_is_not_sorted(report):
    shuffled = copy.deepcopy(report)
    shuffled["changes"].reverse()
    tree = HTMLParser(render_html(shuffled))
    rank = {"is-high": 0, "is-medium": 1, "is-low": 2}

    def ranks(node) -> list[int]:
        return [rank[a.attributes["class"].split()[1]] for a in node.css("article.change")]

    def non_decreasing(values: list[int]) -> bool:
        return values == sorted(values)

    publishers = tree.css("section.publisher")
    assert non_decreasing([min(ranks(p)) for p in publishers])
    for publisher in publishers:
        assert non_decreasing([min(ranks(page)) for page in publisher.css("section.page")])
        for page in publisher.css("section.page"):
            assert non_decreasing([min(ranks(s)) for s in page.css("div.section")])
            for section in page.css("div.section"):
                assert non_decreasing(ranks(section))
    # The same page's changes stay together whatever their severity.
    page = tree.css_first("article#c-2-0003").parent.parent
    assert page.css_first("article#c-2-0007") is not None


def test_markdown_no_changes(quiet):
    md = render_markdown(quiet)
    assert "No changes in the rules" in md
    assert "56 sources checked, 1 failed" in md
    assert "brussels-au-pair-en" in md
    assert "## Brussels" not in md and "## Flanders" not in md
    assert len(md.splitlines()) < 15


def test_markdown_warns_when_the_run_did_not_complete(report):
    report["run"].update(status="failed", mode="offline")
    md = render_markdown(report)
    assert 'ended as "failed", not "completed"' in md
    assert "not a live run (offline)" in md


def test_escape_markdown_unit():
    assert escape_markdown("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))"
    assert escape_markdown("# heading") == "\\# heading"
    assert escape_markdown("- item") == "\\- item"
    assert escape_markdown("1. first") == "1\\. first"
    assert escape_markdown("> quote") == "\\> quote"
    assert escape_markdown("<script>") == "\\<script>"
    assert escape_markdown("a\n\n# b") == "a \\# b"
    assert escape_markdown("http_503 _x_ *y*") == "http_503 \\_x\\_ \\*y\\*"
    assert escape_markdown("&lt; R&D") == "\\&lt; R&D"
    # Ordinary legal text stays readable.
    assert escape_markdown("at least EUR 3.703,44 per month (gross)") == (
        "at least EUR 3.703,44 per month (gross)"
    )


def test_markdown_hostile_text_stays_text(report):
    markdown_it = pytest.importorskip("markdown_it")
    md = render_markdown(hostile(report))
    for line in md.splitlines():
        assert not line.startswith(("# Injected", "## and another", "# heading", "- item"))
    assert "[x](javascript:" not in md.replace("\\[x\\](javascript:", "")
    # Rendered as a mail client or forge would, nothing but our own structure appears.
    html = markdown_it.MarkdownIt("commonmark").render(md)
    tree = HTMLParser(html)
    assert not tree.css("script, img, svg, b, code, em")
    assert all(safe_url(a.attributes.get("href")) for a in tree.css("a"))
    assert [h.text() for h in tree.css("h1")] == ["permitwatch — run 2 (2026-11-23)"]
    headings = [h.text() for h in tree.css("h4")]
    assert "# Injected heading ## and another" in headings
    text = tree.body.text()
    assert "[x](javascript:alert(1))" in text
    assert "<script>alert(2)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "&lt;b&gt;" in text  # an entity in scraped text is shown as typed, not decoded
    assert "JaVaScRiPt:alert(3) (not a web link)" in text
    assert "javascript:alert(1) (not a web link)" in text  # the change's page URL


# --- HTML -------------------------------------------------------------------


def test_html_head_is_locked_down(report):
    html = render_html(report)
    tree = HTMLParser(html)
    assert html.startswith("<!DOCTYPE html>")
    assert tree.css_first("html").attributes["lang"] == "en"
    assert tree.css_first("meta[charset]").attributes["charset"] == "utf-8"
    csp = tree.css_first('meta[http-equiv="Content-Security-Policy"]').attributes["content"]
    assert csp.startswith("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    assert "<script" not in html.lower()
    assert not tree.css("script, link, iframe, object, embed, img")
    assert not tree.css("[src], [style]")
    assert "@import" not in html and "url(" not in html


def test_html_summary_and_changes(report):
    html = render_html(report)
    tree = HTMLParser(html)
    text = tree.body.text(separator=" ")
    assert "Run 2 — 23 November 2026" in text
    summary = tree.css_first("section.summary").text(separator=" ")
    assert "9" in summary and "5 high" in summary and "3 medium" in summary
    assert "Flanders" in summary and "Brussels" in summary and "56" in summary
    failed = tree.css_first("section.failed").text(separator=" ")
    assert "brussels-au-pair-en" in failed and "HTTP 503" in failed
    assert len(changes_in_html(html)) == 9
    c4 = change_node(html, "c-2-0004")
    assert c4.css_first(".badge").text() == "High"
    assert c4.css_first(".kind").text() == "Amount changed"
    assert c4.css_first(".review").text() == "Confirmed"
    assert "Checked on the page" in c4.css_first(".note").text()
    old, new = c4.css(".col")
    assert old.css_first(".value").text() == "at least EUR 450 per month"
    assert new.css_first(".value").text() == "at least EUR 500 per month"
    assert "minstens 450 euro zakgeld" in old.css_first("blockquote").text()
    assert new.css_first("blockquote").attributes["lang"] == "nl"
    removal = change_node(html, "c-2-0003").css(".col")[1].text()
    assert "no longer on the page" in removal


def test_html_groups_by_publisher_page_section(report):
    tree = HTMLParser(render_html(report))
    assert [h.text().split(" ·")[0].strip() for h in tree.css("section.publisher > h2")] == [
        "Brussels",
        "Flanders",
    ]
    flanders = tree.css("section.publisher")[1]
    assert [h.text() for h in flanders.css("section.page h3")] == [
        "flanders-au-pair-en",
        "flanders-au-pair-nl",
        "flanders-highly-qualified-nl",
        "flanders-exemptions-nl",
        "flanders-salary-thresholds-nl",
    ]
    first = flanders.css_first("section.page")
    sections = [h.text() for h in first.css("h4")]
    assert sections == ["Conditions > The au pair", "Conditions > Chores"]
    link = first.css_first(".pageurl a")
    assert link.attributes["href"].startswith("https://www.vlaanderen.be/en/")
    assert link.attributes["rel"] == "noopener noreferrer"


def test_word_diff_marks_exactly_the_changed_words(report):
    html = render_html(report)
    c4 = change_node(html, "c-2-0004")
    assert [d.text() for d in c4.css("del")] == ["450", "450"]  # value and quote
    assert [i.text() for i in c4.css("ins")] == ["500", "500"]
    c5 = change_node(html, "c-2-0005")
    assert [d.text() for d in c5.css("blockquote del")] == ["48.912"]
    assert [i.text() for i in c5.css("blockquote ins")] == ["49.896"]
    assert word_diff("at least EUR 450 per month", "at least EUR 500 per month") == (
        "at least EUR <del>450</del> per month",
        "at least EUR <ins>500</ins> per month",
    )
    # Several words in a row are one mark; unrelated texts are not marked word by word.
    assert word_diff("take no more than 4 hours", "take at most 4 hours") == (
        "take <del>no more than</del> 4 hours",
        "take <ins>at most</ins> 4 hours",
    )
    old, new = word_diff("https://a.example/x", "http_503: HTTP 503 Service Unavailable")
    assert "<del>" not in old and "<ins>" not in new


def test_word_diff_escapes_each_piece():
    old, new = word_diff("exempt <b>now</b>", "exempt <script>alert(1)</script>")
    assert "<b>" not in old and "<script>" not in new
    assert [n.tag for n in HTMLParser(f"<p>{old}</p>").css("p *")] == ["del", "del", "del"]
    assert HTMLParser(f"<p>{old}</p>").css_first("p").text() == "exempt <b>now</b>"
    assert HTMLParser(f"<p>{new}</p>").css_first("p").text() == "exempt <script>alert(1)</script>"
    assert word_diff(None, "<i>x</i>") == ("", "&lt;i&gt;x&lt;/i&gt;")


def test_html_hostile_text_stays_text(report):
    html = render_html(hostile(report))
    assert "<script" not in html.lower()
    tree = HTMLParser(html)
    assert not tree.css("script, img, svg, code, [src], [style]")
    ours = {"article", "header", "span", "div", "h5", "p", "a", "blockquote", "del", "ins", "b"}
    for article in tree.css("article.change"):
        assert {n.tag for n in article.css("*")} <= ours
        assert [b.text() for b in article.css("b")] in ([], ["Reviewer note:"])
    for node in tree.css("*"):
        for name, value in node.attributes.items():
            assert not name.lower().startswith("on"), (node.tag, name)
            assert "javascript:" not in (value or "").lower(), (node.tag, name, value)
    for a in tree.css("a"):
        href = a.attributes["href"]
        assert href.startswith("#") or safe_url(href), href
        if not href.startswith("#"):
            assert a.attributes["rel"] == "noopener noreferrer"
    c6 = change_node(html, "c-2-0006")
    text = c6.text()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "[x](javascript:alert(1))" in text
    assert '"><script>alert(2)</script>' in c6.css_first(".note").text()
    page = c6.parent.parent
    assert page.css_first(".pageurl a") is None  # the javascript: page URL is not a link
    assert HOSTILE_URL in page.css_first(".pageurl").text()
    assert "<svg onload=alert(3)>" in tree.css_first("section.failed").text()


def test_safe_url():
    assert safe_url("https://www.vlaanderen.be/a?b=1#c")
    assert safe_url("http://example.org")
    for bad in (
        HOSTILE_URL,
        " https://x.be",
        "JAVASCRIPT:alert(1)",
        "data:text/html,x",
        "https:///nohost",
        "//x.be/a",
        "https://x.be/a b",
        "https:\\\\x.be",
        None,
        "",
    ):
        assert safe_url(bad) is None, bad


def test_html_no_changes(quiet):
    html = render_html(quiet)
    tree = HTMLParser(html)
    text = tree.body.text(separator=" ")
    assert "No changes in the rules" in text
    assert "56 sources checked" in text
    assert "brussels-au-pair-en" in tree.css_first("section.failed").text()
    assert not tree.css("article.change") and not tree.css("nav.toc")


# --- JSON and files ---------------------------------------------------------


def test_json_round_trip_and_stable_order(report):
    text = render_json(report)
    assert json.loads(text) == report
    assert text.startswith('{\n  "format": "permitwatch-changes/1",\n  "run": {\n')
    assert "€ 48.912" in text  # UTF-8, not \\u escapes
    reordered = {k: report[k] for k in reversed(list(report))}
    reordered["changes"] = [dict(reversed(list(c.items()))) for c in report["changes"]]
    assert render_json(reordered) == text
    first = json.loads(text)["changes"][0]
    assert list(first)[:3] == ["change_id", "source_id", "publisher"]


def test_write_report(report, tmp_path):
    out = tmp_path / "runs" / "2"
    paths = write_report(report, out)
    assert [p.name for p in paths] == ["report.md", "report.html", "changes.json"]
    assert all(p.parent == out and p.stat().st_size > 0 for p in paths)
    assert json.loads((out / "changes.json").read_text(encoding="utf-8")) == report
    assert sorted(p.name for p in out.iterdir()) == ["changes.json", "report.html", "report.md"]


def test_a_report_file_that_cannot_be_written_is_an_error_and_the_others_are_whole(
    report, tmp_path
):
    out = tmp_path / "2"
    (out / "report.html").mkdir(parents=True)  # in the way: the html cannot replace it
    with pytest.raises(IsADirectoryError):
        write_report(report, out)
    assert json.loads((out / "changes.json").read_text(encoding="utf-8")) == report
    assert (out / "report.md").read_text(encoding="utf-8") == render_markdown(report)
    assert sorted(p.name for p in out.iterdir()) == ["changes.json", "report.html", "report.md"]


def test_wrong_format_is_refused(report):
    report["format"] = "permitwatch-changes/2"
    for render in (render_markdown, render_html, render_json):
        with pytest.raises(ValueError, match="permitwatch-changes/1"):
            render(report)


# --- Atom feed --------------------------------------------------------------


def run(report: dict, run_id: int, n_changes: int | None = None) -> dict:
    other = copy.deepcopy(report)
    other["run"]["run_id"] = run_id
    day = 10 + run_id
    other["run"]["started_at"] = f"2026-11-{day:02d}T02:00:03"
    other["run"]["finished_at"] = f"2026-11-{day:02d}T02:04:10"
    if n_changes is not None:
        other["changes"] = other["changes"][:n_changes]
    return other


def entries(feed_path: Path) -> list[ET.Element]:
    root = ET.parse(feed_path).getroot()
    assert root.tag == f"{A}feed"
    return root.findall(f"{A}entry")


def test_feed_entry(report, tmp_path):
    feed = tmp_path / "out" / "feed.xml"
    update_feed(feed, report, report_url="https://example.org/runs/2/report.html")
    root = ET.parse(feed).getroot()
    assert root.tag == f"{A}feed"
    for tag in ("id", "title", "updated", "author"):
        assert root.find(f"{A}{tag}") is not None, tag
    [entry] = entries(feed)
    assert entry.findtext(f"{A}id") == "urn:permitwatch:run:2"
    assert entry.findtext(f"{A}title") == "Run 2: 9 changes (5 high), 1 could not be checked"
    updated = datetime.fromisoformat(entry.findtext(f"{A}updated"))
    assert updated.tzinfo is not None and updated.hour == 2
    assert entry.find(f"{A}link").get("href") == "https://example.org/runs/2/report.html"
    summary = entry.find(f"{A}summary")
    assert summary.get("type") == "text"
    assert "at least EUR 450 per month → at least EUR 500 per month" in summary.text
    content = entry.find(f"{A}content")
    assert content.get("type") == "html"
    fragment = HTMLParser(content.text)
    assert not fragment.css("script, img")
    assert "[x](javascript:alert(1))" in fragment.body.text()
    assert "5 high, 3 medium, 1 low" in fragment.body.text()
    assert not list(feed.parent.glob(".*tmp"))  # the temp file was renamed, not left behind


def test_feed_keeps_newest_first_and_replaces_a_rerendered_run(report, tmp_path):
    feed = tmp_path / "feed.xml"
    for run_id in (3, 1, 2):
        update_feed(feed, run(report, run_id))
    assert [e.findtext(f"{A}id") for e in entries(feed)] == [
        "urn:permitwatch:run:3",
        "urn:permitwatch:run:2",
        "urn:permitwatch:run:1",
    ]
    before = feed.read_bytes()
    update_feed(feed, run(report, 2))
    assert feed.read_bytes() == before  # idempotent
    update_feed(feed, run(report, 2, n_changes=2))
    titles = [e.findtext(f"{A}title") for e in entries(feed)]
    assert titles == [
        "Run 3: 9 changes (5 high), 1 could not be checked",
        "Run 2: 2 changes (2 high), 1 could not be checked",
        "Run 1: 9 changes (5 high), 1 could not be checked",
    ]
    root = ET.parse(feed).getroot()
    assert root.findtext(f"{A}updated") == entries(feed)[0].findtext(f"{A}updated")


def test_feed_is_capped(report, tmp_path):
    feed = tmp_path / "feed.xml"
    for run_id in range(1, 8):
        update_feed(feed, run(report, run_id), max_entries=3)
    ids = [e.findtext(f"{A}id") for e in entries(feed)]
    assert ids == [f"urn:permitwatch:run:{n}" for n in (7, 6, 5)]


def test_every_run_has_a_feed_entry_the_quiet_and_the_failed_ones_too(report, quiet, tmp_path):
    feed = tmp_path / "feed.xml"
    update_feed(feed, run(report, 1))
    update_feed(feed, run(quiet, 2))
    dead = run(quiet, 3)
    dead["run"].update(health="failed", health_reason="all 56 sources failed (56 timeout)")
    dead["summary"].update(sources_checked=0, sources_failed=56)
    update_feed(feed, dead)
    titles = [e.findtext(f"{A}title") for e in entries(feed)]
    checked = quiet["summary"]["sources_checked"]
    assert titles == [
        "Run 3 failed: all 56 sources failed (56 timeout)",
        f"Run 2: no change in the rules; {checked} pages checked, 1 could not be checked",
        "Run 1: 9 changes (5 high), 1 could not be checked",
    ]
    summaries = [e.findtext(f"{A}summary") for e in entries(feed)]
    assert summaries[0].startswith("No change in the rules. 0 sources checked, 56 failed. ")
    assert "Health failed: all 56 sources failed" in summaries[0]
    assert summaries[1].startswith(f"No change in the rules. {checked} sources checked")
    stopped = run(quiet, 4)
    stopped["run"].update(status="failed", health=None, health_reason=None)
    update_feed(feed, stopped)
    assert entries(feed)[0].findtext(f"{A}title") == (
        "Run 4 failed: an error stopped it before it finished (see its log)"
    )
    # A run rendered again after its changes were withdrawn keeps one, quiet, entry.
    update_feed(feed, run(quiet, 1))
    assert entries(feed)[-1].findtext(f"{A}title").startswith("Run 1: no change in the rules")
    assert len(entries(feed)) == 4


def test_feed_refuses_non_web_report_url(report, tmp_path):
    with pytest.raises(ValueError, match="report_url"):
        update_feed(tmp_path / "feed.xml", report, report_url=HOSTILE_URL)
    update_feed(tmp_path / "feed.xml", report, report_url="2/report.html")
    assert entries(tmp_path / "feed.xml")[0].find(f"{A}link").get("href") == "2/report.html"


def test_feed_unreadable_file_is_kept_aside(report, tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text("<feed><entry>", encoding="utf-8")
    update_feed(feed, report)
    assert (tmp_path / "feed.xml.broken").read_text(encoding="utf-8") == "<feed><entry>"
    assert len(entries(feed)) == 1
    assert re.search(r"<feed xmlns=\"http://www.w3.org/2005/Atom\">", feed.read_text())


def test_counts_that_disagree_with_the_listed_changes_are_flagged(report):
    assert "Counts differ" not in render_html(report)
    report["summary"]["by_severity"] = {"high": 6, "medium": 3, "low": 1}
    assert "the run summary counts 10 changes by severity, this report lists 9" in (
        render_markdown(report)
    )
    assert "Counts differ" in render_html(report)


def test_a_quiet_run_lists_the_pages_it_checked():
    from reports.render import render_html, render_markdown

    quiet = {
        "format": "permitwatch-changes/1",
        "run": {
            "run_id": 5,
            "started_at": "2026-11-23T02:00:00",
            "finished_at": "2026-11-23T02:03:00",
            "status": "completed",
            "mode": "live",
        },
        "summary": {
            "sources_checked": 2,
            "sources_changed": 0,
            "by_severity": {},
            "by_publisher": {},
            "failed_sources": [],
            "checked_sources": [
                {"source_id": "flanders-au-pair-nl", "url": "https://www.vlaanderen.be/a"},
                {"source_id": "odd-one", "url": "javascript:alert(1)"},
            ],
        },
        "changes": [],
    }
    markdown = render_markdown(quiet)
    assert "No changes in the rules" in markdown
    assert "[flanders-au-pair-nl](https://www.vlaanderen.be/a)" in markdown
    assert "](javascript:" not in markdown
    html = render_html(quiet)
    assert "Pages checked" in html and 'href="https://www.vlaanderen.be/a"' in html
    assert 'href="javascript:' not in html


def test_a_report_published_once_reads_the_same_and_a_changed_one_reads_its_change(
    report, quiet, tmp_path
):
    """`one_view` (publish_run) computes the view once for the files and the feed; they say
    what rendering each alone says, and a report changed after the block is read anew."""
    from reports.render import one_view

    alone = (render_markdown(report), render_html(report))
    with one_view(report):
        shared = (render_markdown(report), render_html(report))
        assert render_markdown(quiet) == render_markdown(copy.deepcopy(quiet))  # another report
    assert shared == alone
    report["changes"] = []
    assert "No changes in the rules" not in alone[0]
    assert "No changes in the rules" in render_markdown(report)
