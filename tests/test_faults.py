"""The fault-injection suite: every way a server misbehaves, through three real nightly runs.

Run 1 serves a good page on every path. Run 2 serves each path's fault. Run 3 serves the
good pages again. For each fault the suite asserts the fetches row (error class, message),
that it took no longer than its timeout and retries allow, and that the facts of its page
are untouched: the only change told is `page_unreachable` (then `page_restored`) or
`page_suspect`. docs/reliability.md lists these cases; keep the two in step.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import faults
from tests.server import LocalServer, Route
from warehouse import schema
from warehouse.runs import RunFailed

pytestmark = pytest.mark.usefixtures("prefect_harness")

TIMEOUT, RETRIES, MAX_WAIT, CAP, REDIRECTS = 1.0, 1, 2.0, 3_000_000, 3
DEFAULTS = (
    f"defaults: {{concurrency_per_host: 8, delay_seconds: 0, timeout_seconds: {TIMEOUT}, "
    f"retries: {RETRIES}, backoff_seconds: 0.05, max_retry_after_seconds: {MAX_WAIT}, "
    f"max_bytes: {CAP}, max_redirects: {REDIRECTS}}}"
)
SLACK_MS = 600  # scheduling noise on a busy CI machine, on top of the configured timeout

MAIN = """<h1>Au pair in Belgium</h1>
<h2>Conditions</h2><ul>
<li>The au pair is at least 18 years old and younger than 26.</li>
<li>The au pair must not take any other job in Belgium.</li>
<li>The host family must give at least one full day off each week.</li>
<li>The host family must take out insurance for medical costs (séjour, crèche and café
excluded).</li>
</ul>
<h2>Pocket money</h2><p>The host family pays at least €&nbsp;450 a month.</p>
<h2>Working hours</h2><ul><li>Chores take at most 4 hours a day.</li>
<li>Chores take at most 20 hours a week.</li></ul>
"""
HOSTILE_CONDITION = (
    "The host family must sign the &lt;script&gt;alert('pw')&lt;/script&gt; "
    "&lt;b&gt;agreement&lt;/b&gt; before the au pair arrives."
)


def page(main: str = MAIN, head: str = "", tail: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>Au pair</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a></nav><main>{main}</main>{tail}"
        "<footer>(c) 2025</footer></body></html>"
    )


GOOD = page().encode()
# The same page in other bytes (a new document, so it is parsed again with its new label).
RELABELLED = page(tail="<!-- served again, with another charset label -->")
# UTF-8 throughout but for one windows-1252 byte in a paragraph with no facts (issue 13: the
# whole page was read as windows-1252 and its three euro amounts vanished).
STRAY_BYTE = page(MAIN + "<p>A note without figures, written in a caf@.</p>").encode()
STRAY_BYTE = STRAY_BYTE.replace(b"caf@", "café".encode("cp1252"))
SOFT_404 = page("<h1>Page not found</h1><p>Sorry, this page does not exist.</p>").encode()
MALFORMED = (
    page(
        MAIN.replace("</li>", "").replace("</p>", "").replace("</ul>", "")
        + "<div><span><b>unclosed <table><tr><td>cell</div></td></tr>"
    )
    .replace("</main>", "")
    .replace("</body></html>", "<<>><!-- a comment that never ends")
    .encode()
)
SEVERAL_MB = page(
    tail="<div class='news'>"
    + "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>" * 40_000
    + "</div>"
).encode()
HOSTILE = page(
    MAIN.replace("</ul>\n<h2>Pocket", f"<li>{HOSTILE_CONDITION}</li></ul>\n<h2>Pocket", 1)
    + "<p><a href=\"javascript:alert('pw')\">Apply here</a> <img src=x onerror=alert(1)></p>",
    head="<script>alert('head')</script>",
).encode()


@dataclass(frozen=True)
class Case:
    """One path of the fault server: what it serves in run 2 and how that must end."""

    id: str
    fault: Callable[[LocalServer], Route]
    error_class: str | None  # None: the fetch must succeed
    message: str = ""  # words the recorded error must contain
    changes: tuple[str, ...] = ("page_unreachable",)  # what run 2 tells about the page
    attempts: int | None = None  # exact number of requests, when it matters
    allow_hosts: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        return f"/{self.id}"


def _loop(server: LocalServer) -> Route:
    server.routes["/redirect-loop-b"] = faults.redirect("/redirect-loop")
    return faults.redirect("/redirect-loop-b")


def _to_localhost(server: LocalServer) -> Route:
    server.routes["/landing"] = Route(body=GOOD)
    return faults.redirect(f"http://localhost:{server.port}/landing")


CASES = [
    Case("timeout", lambda s: faults.timeout(5), "timeout", "no complete answer within 1 s",
         attempts=2),
    Case("slow-drip", lambda s: faults.drip(), "timeout", "no complete answer within 1 s",
         attempts=2),
    Case("http-500", lambda s: faults.status(500), "http_500", "gave up after 2 attempts",
         attempts=2),
    Case("http-503-retry-after", lambda s: faults.status(503, "1"), "http_503",
         "HTTP 503 Service Unavailable (gave up after 2 attempts)", attempts=2),
    Case("http-429-retry-after", lambda s: faults.status(429, "1"), "http_429",
         "HTTP 429 Too Many Requests (gave up after 2 attempts)", attempts=2),
    Case("retry-after-too-long", lambda s: faults.status(503, "3600"), "http_503",
         "server asks to wait 3600 s, more than the allowed 2 s", attempts=1),
    Case("connection-reset", lambda s: faults.reset(), "connection_ReadError",
         "Connection reset by peer", attempts=2),
    Case("short-body", lambda s: faults.short_body(), "connection_RemoteProtocolError",
         "received 14 bytes, expected 10000", attempts=2),
    Case("gzip-bomb", lambda s: faults.gzip_bomb(), "too_large",
         f"body exceeds the cap of {CAP} bytes", attempts=1),
    Case("brotli-bomb", lambda s: faults.bomb("br"), "too_large",
         f"body exceeds the cap of {CAP} bytes", attempts=1),
    Case("zstd-bomb", lambda s: faults.bomb("zstd"), "too_large",
         f"body exceeds the cap of {CAP} bytes", attempts=1),
    Case("brotli-page", lambda s: faults.encoded(GOOD, "br"), None, changes=()),
    Case("zstd-page", lambda s: faults.encoded(GOOD, "zstd"), None, changes=()),
    Case("unexpected-encoding",
         lambda s: Route(body=GOOD, headers={"Content-Encoding": "compress"}),
         "unexpected_encoding", "Content-Encoding 'compress' was not asked for", attempts=1),
    Case("over-cap-declared", lambda s: Route(body=b"x" * (CAP + 500_000)), "too_large",
         f"Content-Length {CAP + 500_000} exceeds the cap of {CAP}", attempts=1),
    Case("over-cap-chunked", lambda s: faults.chunked(b"x" * (CAP + 500_000)), "too_large",
         f"body exceeds the cap of {CAP} bytes", attempts=1),
    Case("redirect-loop", _loop, "too_many_redirects", f"more than {REDIRECTS} redirects",
         attempts=1),
    Case("redirect-other-host", lambda s: faults.redirect("http://example.org/au-pair"),
         "redirect_not_allowed", "leaves the allowed hosts", attempts=1),
    Case("redirect-to-localhost-allowed", _to_localhost, None, changes=("page_moved",),
         allow_hosts=("localhost",)),
    Case("charset-1252-labelled-utf8",
         lambda s: faults.charset(RELABELLED, "windows-1252", "utf-8"), None, changes=()),
    Case("charset-utf8-labelled-1252",
         lambda s: faults.charset(RELABELLED, "utf-8", "windows-1252"), None, changes=()),
    Case("charset-missing", lambda s: faults.charset(RELABELLED, "windows-1252", None),
         None, changes=()),
    # the note is a new sentence of the page, told as text (no fact in it); its figures intact
    Case("charset-stray-byte", lambda s: Route(body=STRAY_BYTE), None, changes=("text_changed",)),
    Case("empty-200", lambda s: Route(body=b""), "empty_body", "HTTP 200 with an empty body",
         attempts=2),
    Case("soft-404", lambda s: Route(body=SOFT_404), None, changes=("page_suspect",)),
    Case("http-404", lambda s: faults.status(404, body=b"gone"), "http_404", "HTTP 404",
         attempts=1),
    Case("http-410", lambda s: faults.status(410, body=b"gone"), "http_410", "HTTP 410 Gone",
         attempts=1),
    Case("robots-blocked", lambda s: Route(body=GOOD), "robots_disallowed",
         "disallows /robots-blocked", attempts=1),
    # the broken tags leave the words "unclosed <<>>" on the page: new text, no fact changed
    Case("malformed-html", lambda s: Route(body=MALFORMED), None, changes=("text_changed",)),
    Case("several-mb", lambda s: Route(body=SEVERAL_MB), None, changes=()),
    Case("hostile-content", lambda s: Route(body=HOSTILE), None,
         changes=("condition_added", "text_changed")),  # and the new link's words
]
BY_ID = {c.id: c for c in CASES}


@dataclass
class Runs:
    server: LocalServer
    db: Path
    reports: Path
    summaries: list  # RunSummary of runs 1, 2, 3
    facts: list[dict[str, set[str]]]  # per run: source -> ids of its current facts
    changes: list[dict[str, list[str]]]  # per run: source -> change kinds
    fetches: dict[str, list[tuple]]  # run 2: source -> its attempts
    hits: dict[str, int]  # run 2: requests per path


def _current_facts(db: Path) -> dict[str, set[str]]:
    con = schema.connect(db, read_only=True)
    rows = con.execute(
        "SELECT source_id, fact_id FROM current_amounts UNION ALL "
        "SELECT source_id, fact_id FROM current_conditions"
    ).fetchall()
    con.close()
    out: dict[str, set[str]] = {}
    for source_id, fact_id in rows:
        out.setdefault(source_id, set()).add(fact_id)
    return out


def _changes(db: Path, run_id: int) -> dict[str, list[str]]:
    con = schema.connect(db, read_only=True)
    rows = con.execute(
        "SELECT source_id, change_kind FROM changes WHERE run_id = ? ORDER BY position",
        [run_id],
    ).fetchall()
    con.close()
    out: dict[str, list[str]] = {}
    for source_id, kind in rows:
        out.setdefault(source_id, []).append(kind)
    return out


def _fetches(db: Path, run_id: int) -> dict[str, list[tuple]]:
    con = schema.connect(db, read_only=True)
    rows = con.execute(
        "SELECT source_id, attempt, outcome, status_code, error_class, error, elapsed_ms, "
        "final_url FROM fetches WHERE run_id = ? ORDER BY source_id, attempt",
        [run_id],
    ).fetchall()
    con.close()
    out: dict[str, list[tuple]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(row[1:])
    return out


def _serve(server: LocalServer, faulty: bool) -> None:
    for case in CASES:
        server.routes[case.path] = case.fault(server) if faulty else Route(body=GOOD)
    if faulty:
        server.routes["/robots.txt"] = faults.robots("/robots-blocked")
    else:
        server.routes.pop("/robots.txt", None)  # 404: everything allowed


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> Runs:
    from flows.nightly import nightly

    tmp = tmp_path_factory.mktemp("faults")
    db, reports = tmp / "w.duckdb", tmp / "reports"
    with LocalServer() as server:
        lines = [DEFAULTS, "sources:"]
        for case in CASES:
            allow = f", allow_hosts: [{', '.join(case.allow_hosts)}]" if case.allow_hosts else ""
            lines.append(
                f"  - {{id: {case.id}, publisher: federal, lang: en, "
                f"url: '{server.url(case.path)}'{allow}}}"
            )
        sources = tmp / "sources.yaml"
        sources.write_text("\n".join(lines) + "\n")

        summaries, facts, changes = [], [], []
        fetches, hits = {}, {}
        for faulty in (False, True, False):
            _serve(server, faulty)
            before = {c.path: server.hits(c.path) for c in CASES}
            try:
                summary = asyncio.run(
                    nightly(sources=str(sources), db=str(db), reports=str(reports))
                )
            except RunFailed as failed:  # most pages fail on the faulty night: health failed
                assert faulty, failed
                summary = failed.summary
            summaries.append(summary)
            facts.append(_current_facts(db))
            changes.append(_changes(db, summary.run_id))
            if faulty:
                fetches = _fetches(db, summary.run_id)
                hits = {c.id: server.hits(c.path) - before[c.path] for c in CASES}
        yield Runs(server, db, reports, summaries, facts, changes, fetches, hits)


def test_the_baseline_run_fetches_and_parses_every_page(runs):
    first = runs.summaries[0]
    assert first.counts["failed"] == 0, first.failures
    assert all(len(runs.facts[0][c.id]) == 10 for c in CASES)  # 6 amounts, 4 conditions


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_fault_ends_as_a_recorded_outcome(runs, case):
    attempts = runs.fetches[case.id]
    *_, (number, outcome, status, error_class, error, _, final_url) = attempts
    if case.error_class is None:
        assert outcome in ("changed", "unchanged"), (error_class, error)
        assert error_class is None
    else:
        assert outcome == "failed"
        assert error_class == case.error_class
        assert case.message in error
        assert all(a[1] == "retry" for a in attempts[:-1])
        # every attempt met the fault itself, not a stray failure on the way to it
        assert [a[3] for a in attempts] == [case.error_class] * len(attempts), attempts
    if case.attempts is not None:
        assert len(attempts) == number == case.attempts
        if not case.id.startswith("redirect"):  # a redirect's hops are requests too
            expected = 0 if case.id == "robots-blocked" else case.attempts
            assert runs.hits[case.id] == expected, attempts
    if case.id == "redirect-to-localhost-allowed":
        assert final_url == f"http://localhost:{runs.server.port}/landing"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_no_fault_holds_the_run_longer_than_its_timeout_and_retries(runs, case):
    attempts = runs.fetches[case.id]
    assert len(attempts) <= RETRIES + 1
    assert all(a[5] <= TIMEOUT * 1000 + SLACK_MS for a in attempts)


def test_the_whole_faulty_run_is_bounded(runs):
    # every source in parallel: at worst (retries + 1) timeouts and the longest allowed wait
    bound = (RETRIES + 1) * TIMEOUT + RETRIES * MAX_WAIT
    assert runs.summaries[1].seconds < bound + 4  # + parsing, storing, reporting


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_fault_changes_no_fact_and_tells_only_what_it_should(runs, case):
    assert runs.changes[1].get(case.id, []) == list(case.changes)
    if case.id != "hostile-content":
        assert runs.facts[1][case.id] == runs.facts[0][case.id]


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.error_class], ids=[c.id for c in CASES if c.error_class]
)
def test_a_page_that_comes_back_is_restored_with_its_facts(runs, case):
    assert runs.changes[2].get(case.id, []) == ["page_restored"]
    assert runs.facts[2][case.id] == runs.facts[0][case.id]


def test_the_error_page_is_logged_as_suspect(runs):
    con = schema.connect(runs.db, read_only=True)
    (error,) = con.execute(
        "SELECT error FROM parses WHERE source_id = 'soft-404' AND run_id = ?",
        [runs.summaries[1].run_id],
    ).fetchone()
    con.close()
    assert error.startswith("suspect:") and "error page" in error


def test_scraped_content_never_runs_in_the_reports(runs):
    out = runs.reports / str(runs.summaries[1].run_id)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()  # the report has no script of its own either
    assert "javascript:" not in html.lower()
    assert "onerror" not in html.lower()
    assert "&lt;script&gt;alert(&#39;pw&#39;)&lt;/script&gt;" in html  # shown, as text
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<(script|b)>", markdown)  # only as \<script>: literal text
    data = json.loads((out / "changes.json").read_text(encoding="utf-8"))
    added = [c for c in data["changes"] if c["source_id"] == "hostile-content"]
    assert "<script>alert('pw')</script>" in added[0]["new_value"]  # data stays data


def test_the_fetch_summary_names_every_failure(runs):
    text = (runs.reports / str(runs.summaries[1].run_id) / "fetches.md").read_text()
    for case in CASES:
        if case.error_class:
            assert f"| {case.id} | failed | {case.error_class}" in text
