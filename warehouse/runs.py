"""The records a run reports: how each source's fetch ended, what parsing did, the summary.

They live here, below `reports/` and `flows/`, because both read them: the flow builds a
`RunSummary`, the fetch summary and the CLI print it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warehouse.health import Health


@dataclass
class ParseResult:
    """What the parse stage (or a rebuild) did, summed over its pages.

    - ``parsed``: pages parsed; ``failed``: (source_id, error) of pages that could not be;
      ``suspect``: (source_id, reason) of pages judged broken (their facts kept).
    - ``amounts_opened`` / ``amounts_closed``, ``conditions_opened`` / ``conditions_closed``:
      history rows opened and closed.
    - ``changes``: changes recorded.
    """

    parsed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    amounts_opened: int = 0
    amounts_closed: int = 0
    conditions_opened: int = 0
    conditions_closed: int = 0
    changes: int = 0
    suspect: list[tuple[str, str]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "changes": self.changes,
            "suspect": len(self.suspect),
            "parsed": self.parsed,
            "parse_failed": len(self.failed),
            "amounts_added": self.amounts_opened,
            "amounts_closed": self.amounts_closed,
            "conditions_added": self.conditions_opened,
            "conditions_closed": self.conditions_closed,
        }


@dataclass(frozen=True)
class SourceResult:
    """How one source's fetch ended in a run.

    - ``outcome``: `changed` (a new body), `unchanged`, `failed`, `no_capture` (an offline
      run without a capture of this page).
    - ``error_class``, ``error``: for a failure, its class (`fetch/errors.py`) and sentence.
    - ``new_document``: the body was not stored before; ``content_sha256``: the body kept.
    """

    source_id: str
    url: str
    outcome: str
    error_class: str | None = None
    error: str | None = None
    new_document: bool = False
    content_sha256: str | None = None


@dataclass
class RunSummary:
    """One run as the flow returns it and the CLI prints it: ``status`` as in `runs`,
    ``seconds`` the flow's time, one ``results`` entry per source, the ``aborted_runs`` this
    run found dead, and the ``parse`` stage's result (None when it did not run)."""

    run_id: int
    status: str
    seconds: float
    results: list[SourceResult] = field(default_factory=list)
    aborted_runs: list[int] = field(default_factory=list)
    parse: ParseResult | None = None
    health: Health | None = None

    @property
    def counts(self) -> dict[str, int]:
        by_outcome = Counter(r.outcome for r in self.results)
        parse = self.parse.counts() if self.parse else {}
        return parse | {
            "sources": len(self.results),
            "changed": by_outcome["changed"],
            "unchanged": by_outcome["unchanged"],
            "failed": by_outcome["failed"],
            "no_capture": by_outcome["no_capture"],
            "new_documents": sum(r.new_document for r in self.results),
        }

    @property
    def failures(self) -> list[SourceResult]:
        return [r for r in self.results if r.outcome == "failed"]

    def line(self, wall_seconds: float | None = None) -> str:
        """One line for the log and the terminal.

        `seconds` is the run's own work (the flow, from loading sources to the report);
        `wall_seconds`, when the caller knows it, is the whole command's time, start-up of
        Python, Prefect and its temporary server included (0.7 s of work in a 22 s command).
        """
        c = self.counts
        ok = c["changed"] + c["unchanged"]
        parts = [
            f"{ok} ok ({c['changed']} changed, {c['unchanged']} unchanged)",
            f"{c['failed']} failed",
        ]
        if c["no_capture"]:
            parts.append(f"{c['no_capture']} no capture")
        facts = ""
        if self.parse:
            p = self.parse
            facts = (
                f"; {p.changes} changes; {p.parsed} pages parsed "
                f"(amounts +{p.amounts_opened}/-{p.amounts_closed}, "
                f"conditions +{p.conditions_opened}/-{p.conditions_closed}"
                + (f", {len(p.failed)} unparseable" if p.failed else "")
                + ")"
            )
        health = ""
        if self.health:
            health = f", health {self.health.verdict}"
            if self.health.verdict != "ok":
                health += f" ({self.health.reason})"
        timing = f"the run's work {self.seconds:.1f} s"
        if wall_seconds is not None:
            timing = f"{wall_seconds:.1f} s in all, {timing}"
        return (
            f"run {self.run_id} {self.status}{health}: {c['sources']} sources: "
            + ", ".join(parts)
            + f"; {c['new_documents']} new documents{facts}; {timing}"
        )


class RunFailed(RuntimeError):
    """A run whose health is `failed`: its data is committed and its report written, but the
    flow run must end red (Prefect's UI and notifications, the CLI's exit status)."""

    def __init__(self, summary: RunSummary):
        reason = summary.health.reason if summary.health else "unknown"
        super().__init__(f"run {summary.run_id} failed: {reason}")
        self.summary = summary
