"""After each run, one message to the maintainers' apprise URLs (mail, Slack, Matrix, ntfy…).

What is worth a message (`notify:` in notify.yaml): changes at or above a severity, a
degraded or failed run, a source failing N nights in a row. Whatever fired, a run sends at
most one message, its lines capped, so a flood (every page changed, the network down) is
one message, not 56. Sending never fails the run: a target that refuses is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reports.config import ConfigError, Notify, Publishing, expand, url_problems
from reports.feed import change_line
from reports.render import entry_title, one_view, plural, report_view
from warehouse.store import FailureStreak
from warehouse.vocab import HEALTHS, severity_rank

if TYPE_CHECKING:
    import apprise

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Alert:
    title: str
    body: str
    level: str  # info | warning | failure (apprise's notification types)


def _due(streak: FailureStreak, nights: int) -> bool:
    """At N nights in a row, then every N more: a reminder, not a nightly repeat."""
    return streak.nights >= nights and streak.nights % nights == 0


def compose(
    report: dict, streaks: Sequence[FailureStreak], notify: Notify, link: str
) -> Alert | None:
    """The one message this run is worth, or None when nothing crossed a threshold."""
    view = report_view(report)
    threshold = severity_rank(notify.min_severity)
    # the text safety net's lines (medium) too, after the rules' changes, when asked for
    told = [*report["changes"], *(report.get("text_changes") or [])]
    worth = [c for c in told if severity_rank(c.get("severity")) <= threshold]
    health = view["health"]
    unhealthy = health in HEALTHS and HEALTHS.index(health) >= HEALTHS.index(notify.on_health)
    failing = [s for s in streaks if _due(s, notify.failing_nights)]
    if not (worth or unhealthy or failing):
        return None
    lines = []
    if unhealthy:
        lines += [f"Health {health}: {view['health_reason']}.", ""]
    if worth:
        counts = ", ".join(f"{n} {sev}" for sev, n in view["by_severity"].items())
        texts = plural(view["text_total"], "other text change") if view["text_total"] else ""
        every = ", ".join(part for part in (counts, texts) if part)
        lines.append(
            f"{plural(len(worth), 'change')} at or above {notify.min_severity} (all: {every}):"
        )
        lines += [f"- {change_line(c)}" for c in worth[: notify.max_lines]]
        if len(worth) > notify.max_lines:
            lines.append(f"… and {len(worth) - notify.max_lines} more in the report.")
        lines.append("")
    if failing:
        lines.append(f"Failing {notify.failing_nights} nights in a row or more:")
        lines += [
            f"- {s.source_id}: {s.nights} nights since run {s.since_run} ({s.error_class})"
            for s in failing[: notify.max_lines]
        ]
        if len(failing) > notify.max_lines:
            lines.append(f"… and {len(failing) - notify.max_lines} more in status.json.")
        lines.append("")
    lines.append(f"Report: {link}")
    level = "failure" if health == "failed" else "warning" if unhealthy or failing else "info"
    return Alert(f"permitwatch: {entry_title(report)}", "\n".join(lines), level)


def targets(notify: Notify) -> apprise.Apprise:
    """The apprise targets, `${VAR}` expanded from the environment now (never stored)."""
    import apprise  # here: 66 modules and 4 MB that a night with no notify.urls never uses

    problems = url_problems(notify)
    if problems:
        raise ConfigError(problems)
    sender = apprise.Apprise()
    for url in notify.urls:
        sender.add(expand(url))
    return sender


def send(alert: Alert, notify: Notify) -> bool:
    """Deliver to every target; False (and a log line) when any refused."""
    if not notify.urls:
        return True
    import apprise

    level = {"info": apprise.NotifyType.INFO, "warning": apprise.NotifyType.WARNING}.get(
        alert.level, apprise.NotifyType.FAILURE
    )
    delivered = targets(notify).notify(
        body=alert.body, title=alert.title, notify_type=level, body_format=apprise.NotifyFormat.TEXT
    )
    if not delivered:
        log.error("alert %r not delivered to every target of notify.urls", alert.title)
    return bool(delivered)


def alert_run(
    report: dict, streaks: Sequence[FailureStreak], publishing: Publishing, link: str
) -> Alert | None:
    """Compose this run's message and send it when there is one; the message, for the log."""
    with one_view(report):  # compose reads the view twice (its counts, the title)
        alert = compose(report, streaks, publishing.notify, link)
    if alert is not None and publishing.notify.urls:
        send(alert, publishing.notify)
    return alert
