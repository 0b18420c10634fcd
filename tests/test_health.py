"""The run health verdict and the summary line, without Prefect."""

from warehouse.health import judge
from warehouse.runs import RunSummary, SourceResult


def results(ok: int, failed: list[str], no_capture: int = 0) -> list[SourceResult]:
    out = [SourceResult(f"ok-{i}", "https://a.be", "unchanged") for i in range(ok)]
    out += [SourceResult(f"f-{i}", "https://a.be", "failed", c, "x") for i, c in enumerate(failed)]
    out += [SourceResult(f"n-{i}", "https://a.be", "no_capture") for i in range(no_capture)]
    return out


def test_a_night_where_everything_answered_is_ok():
    assert judge(results(56, [])).verdict == "ok"
    # pages without a capture (offline) were never tried: they neither help nor hurt
    assert judge(results(19, [], no_capture=37)).verdict == "ok"


def test_some_failures_degrade_and_most_fail_the_run():
    one_site = judge(results(54, ["timeout", "http_503"]))
    assert (one_site.verdict, one_site.reason) == (
        "degraded",
        "2 of 56 sources failed (1 timeout, 1 http_503)",
    )
    network_down = judge(results(0, ["connection_ConnectError"] * 56))
    assert (network_down.verdict, network_down.reason) == (
        "failed",
        "all 56 sources failed (56 connection_ConnectError)",
    )
    assert judge(results(2, ["timeout"] * 3)).verdict == "failed"  # most failed
    assert judge(results(2, ["timeout"] * 2)).verdict == "degraded"  # half: degraded


def test_unparseable_pages_degrade_and_a_run_that_tried_nothing_failed():
    assert judge(results(5, []), unparseable=1).reason == "1 pages could not be parsed"
    assert judge(results(0, [], no_capture=3)).verdict == "failed"


def test_the_reason_names_the_commonest_error_classes_first():
    classes = ["timeout"] * 3 + ["http_404"] * 2 + ["http_500", "http_502", "too_large"]
    assert judge(results(10, classes)).reason == (
        "8 of 18 sources failed (3 timeout, 2 http_404, 1 http_500, 2 other)"
    )


def test_the_summary_line_gives_health_and_both_times():
    summary = RunSummary(7, "completed", 0.74, results(1, ["timeout"]))
    summary.health = judge(summary.results)
    line = summary.line(wall_seconds=22.03)
    assert line.startswith("run 7 completed, health degraded (1 of 2 sources failed (1 timeout)): ")
    assert line.endswith("; 22.0 s in all, the run's work 0.7 s")
    assert summary.line().endswith("; the run's work 0.7 s")
