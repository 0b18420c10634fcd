"""The per-run fetch summary a maintainer reads: every source, how its fetch ended, and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warehouse.runs import RunSummary


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def render_run_summary(summary: RunSummary) -> str:
    """Markdown: the summary line, then failures first, then every other source."""
    lines = [f"# Run {summary.run_id}: fetches", "", summary.line(), ""]
    if summary.aborted_runs:
        lines += [f"Earlier runs marked aborted: {', '.join(map(str, summary.aborted_runs))}", ""]
    rank = {"failed": 0, "no_capture": 1, "changed": 2, "unchanged": 3}
    lines += ["| source | outcome | error |", "|---|---|---|"]
    for r in sorted(summary.results, key=lambda r: (rank.get(r.outcome, 9), r.source_id)):
        error = f"{r.error_class}: {r.error}" if r.error_class else r.error
        lines.append(f"| {_cell(r.source_id)} | {r.outcome} | {_cell(error)} |")
    return "\n".join(lines) + "\n"
