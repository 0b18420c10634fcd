"""A finished run's health: ok, degraded (some sources or pages failed) or failed.

A run that completes is not necessarily a good night: with the network down every source
fails, the run still commits (nothing is lost) and a quiet report would hide it. The verdict
and its reason are stored with the run and shown wherever the run is (summary line, report,
feed, status.json, alerts); a `failed` verdict also fails the Prefect flow run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from warehouse.runs import SourceResult

# More than half of the sources we tried failed: the night tells us little about the rules
# (56 sources with the network down: 56 failed, "failed"; one site down: "degraded").
FAILED_SHARE = 0.5
TOP_CLASSES = 3


@dataclass(frozen=True)
class Health:
    verdict: str  # ok | degraded | failed (warehouse.vocab.HEALTHS)
    reason: str

    @property
    def alarming(self) -> bool:
        return self.verdict != "ok"


def _classes(failures: Sequence[SourceResult]) -> str:
    counts = Counter(f.error_class or "unknown" for f in failures).most_common()
    shown = ", ".join(f"{n} {name}" for name, n in counts[:TOP_CLASSES])
    rest = sum(n for _, n in counts[TOP_CLASSES:])
    return shown + (f", {rest} other" if rest else "")


def judge(results: Sequence[SourceResult], unparseable: int = 0) -> Health:
    """The verdict on a run's fetch results (and pages its parsers could not read).

    Sources without a capture (offline) were never tried and do not count.
    """
    tried = [r for r in results if r.outcome != "no_capture"]
    failures = [r for r in tried if r.outcome == "failed"]
    if not tried:
        return Health("failed", "no source could be tried (no source has a capture or a URL)")
    if len(failures) == len(tried) or len(failures) > FAILED_SHARE * len(tried):
        everything = "all" if len(failures) == len(tried) else f"{len(failures)} of"
        return Health(
            "failed", f"{everything} {len(tried)} sources failed ({_classes(failures)})"
        )
    problems = []
    if failures:
        problems.append(f"{len(failures)} of {len(tried)} sources failed ({_classes(failures)})")
    if unparseable:
        problems.append(f"{unparseable} pages could not be parsed")
    if problems:
        return Health("degraded", "; ".join(problems))
    return Health("ok", f"all {len(tried)} sources fetched")
