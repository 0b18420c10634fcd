"""Alerts: what is worth a message, one message per run, secrets from the environment, and
delivery end to end through apprise's json:// target to a local server."""

import asyncio
import copy
import json
from pathlib import Path

import pytest

from reports.alerts import compose
from reports.config import ConfigError, Notify, load_publishing
from tests.server import LocalServer, Route
from tests.test_nightly_flow import write_sources
from warehouse.store import FailureStreak

FIXTURE = Path(__file__).parent / "fixtures" / "report_sample.json"
LINK = "https://pw.example.org/reports/2/report.html"


@pytest.fixture
def report() -> dict:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["run"].update(health="ok", health_reason="all 56 sources fetched")
    return data


def quiet(report: dict) -> dict:
    out = copy.deepcopy(report)
    out["changes"] = []
    out["summary"].update(by_severity={}, by_publisher={})
    return out


def streak(source_id: str, nights: int) -> FailureStreak:
    return FailureStreak(source_id, "https://a.be", nights, 10 - nights, "timeout", "no answer")


def test_changes_at_or_above_the_severity_make_one_message_with_the_top_lines(report):
    alert = compose(report, [], Notify(min_severity="high", max_lines=3), LINK)
    assert alert.title == "permitwatch: Run 2: 9 changes (5 high), 1 could not be checked"
    lines = alert.body.splitlines()
    assert lines[0] == "5 changes at or above high (all: 5 high, 3 medium, 1 low):"
    assert len([x for x in lines if x.startswith("- ")]) == 3  # capped: a flood is one message
    assert "… and 2 more in the report." in lines
    assert lines[-1] == f"Report: {LINK}"
    assert alert.level == "info"
    every = compose(report, [], Notify(min_severity="low", max_lines=50), LINK)
    assert every.body.startswith("9 changes at or above low")


def test_a_quiet_healthy_night_sends_nothing(report):
    assert compose(quiet(report), [], Notify(), LINK) is None
    # only low changes, and high is the threshold: nothing either
    low = copy.deepcopy(report)
    low["changes"] = [c for c in low["changes"] if c["severity"] == "low"]
    assert compose(low, [], Notify(min_severity="high"), LINK) is None


def test_an_unhealthy_run_is_told_with_its_reason(report):
    dead = quiet(report)
    dead["run"].update(health="failed", health_reason="all 56 sources failed (56 timeout)")
    alert = compose(dead, [], Notify(), LINK)
    assert alert.level == "failure"
    assert alert.title.startswith("permitwatch: Run 2 failed: all 56 sources failed")
    assert alert.body.startswith("Health failed: all 56 sources failed (56 timeout).")
    degraded = quiet(report)
    degraded["run"].update(health="degraded", health_reason="1 of 56 sources failed (1 timeout)")
    assert compose(degraded, [], Notify(on_health="degraded"), LINK).level == "warning"
    assert compose(degraded, [], Notify(on_health="failed"), LINK) is None


def test_a_source_failing_n_nights_is_told_at_n_then_every_n(report):
    notify = Notify(failing_nights=3)
    told = [n for n in range(1, 10) if compose(quiet(report), [streak("x", n)], notify, LINK)]
    assert told == [3, 6, 9]
    alert = compose(quiet(report), [streak("x", 3), streak("y", 1)], notify, LINK)
    assert "- x: 3 nights since run 7 (timeout)" in alert.body
    assert "- y:" not in alert.body


def test_secrets_come_from_the_environment_and_are_never_shown(tmp_path, monkeypatch):
    path = tmp_path / "notify.yaml"
    path.write_text("notify:\n  urls: ['json://127.0.0.1:9/hook/${PW_TEST_SECRET}']\n")
    monkeypatch.delenv("PW_TEST_SECRET", raising=False)
    with pytest.raises(ConfigError, match=r"\$\{PW_TEST_SECRET\} is not set in the environment"):
        load_publishing(path)
    monkeypatch.setenv("PW_TEST_SECRET", "s3cret-value")
    config = load_publishing(path)
    assert config.notify.urls == ("json://127.0.0.1:9/hook/${PW_TEST_SECRET}",)  # kept unexpanded
    path.write_text("notify:\n  urls: ['nosuchservice://${PW_TEST_SECRET}@x']\n")
    with pytest.raises(ConfigError) as caught:
        load_publishing(path)
    written = "'nosuchservice://${PW_TEST_SECRET}@x'"
    assert f"not a URL apprise can send to: {written}" in str(caught.value)
    assert "s3cret-value" not in str(caught.value)
    path.write_text("notify:\n  min_severity: urgent\n")
    with pytest.raises(ConfigError, match="must be one of high, medium, low, not 'urgent'"):
        load_publishing(path)


@pytest.mark.usefixtures("prefect_harness")
def test_alerts_reach_a_json_webhook_once_per_run(server, tmp_path, monkeypatch):
    from flows.nightly import nightly

    pages = {"/a": "EUR 450 a month", "/c": "at most 20 hours a week"}
    for path, text in pages.items():
        server.routes[path] = Route(body=f"<p>{text}</p>".encode())
    server.routes["/b"] = Route(status=503)
    sources = write_sources(tmp_path / "sources.yaml", server, ["/a", "/b", "/c"])
    monkeypatch.setenv("PW_HOOK_SECRET", "s3cret")
    with LocalServer() as hook:
        (tmp_path / "notify.yaml").write_text(
            "base_url: https://pw.example.org/reports/\n"
            "notify:\n"
            f"  urls: ['json://127.0.0.1:{hook.port}/hook/${{PW_HOOK_SECRET}}']\n"
            "  min_severity: high\n  failing_nights: 2\n  max_lines: 3\n"
        )

        def run():
            return asyncio.run(
                nightly(
                    sources=str(sources),
                    db=str(tmp_path / "w.duckdb"),
                    reports=str(tmp_path / "reports"),
                )
            )

        run()  # degraded (b fails): told
        body = "".join(f"<p>EUR {450 + i} a month.</p>" for i in range(40))
        server.routes["/a"] = Route(body=f"<main>{body}</main>".encode())
        server.routes["/c"] = Route(body=f"<main>{body}</main>".encode())
        run()  # a flood of amount changes, and b failing 2 nights: still one message
        server.routes["/b"] = Route(body=b"<p>back</p>")
        run()  # b is back (a low change), nothing else: no message
        posted = [(p.path, json.loads(p.body)) for p in hook.posted]

    assert [path for path, _ in posted] == ["/hook/s3cret", "/hook/s3cret"]
    first, flood = (message for _, message in posted)
    assert first["title"].startswith("permitwatch: Run 1: 2 changes, 1 could not be checked")
    assert first["message"].startswith("Health degraded: 1 of 3 sources failed (1 http_503).")
    assert first["type"] == "warning"
    assert flood["title"].startswith("permitwatch: Run 2: ")
    assert len([x for x in flood["message"].splitlines() if x.startswith("- Amount")]) == 3
    assert "more in the report." in flood["message"]
    assert "- page-b: 2 nights since run 1 (http_503)" in flood["message"]
    assert flood["message"].endswith("Report: https://pw.example.org/reports/2/report.html")


def test_a_target_that_refuses_is_logged_and_never_fails_the_run(report, caplog):
    from reports.alerts import send
    from tests.test_run_health import closed_port

    alert = compose(report, [], Notify(), LINK)
    notify = Notify(urls=(f"json://127.0.0.1:{closed_port()}/hook",))
    assert send(alert, notify) is False
    assert "not delivered to every target" in caplog.text
