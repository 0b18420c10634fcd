"""A per-page parse budget: a page that takes longer is given up, not waited for.

Every parse step is linear in the page's size, but a 5 MB page of something nobody
foresaw must still not hold a night: the walk and the extraction check the clock every
few thousand steps and stop with ParseTimeout once the budget (`parse_budget_seconds` in
sources.yaml, 20 s by default) is spent. The caller keeps the page's previous facts.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field


class ParseTimeout(Exception):
    """The page was not parsed within its budget."""


@dataclass
class Deadline:
    seconds: float | None  # None: no budget (tests, benchmarks of normal pages)
    started: float = field(default_factory=time.perf_counter)

    def check(self, where: str) -> None:
        if self.seconds is None:
            return
        spent = time.perf_counter() - self.started
        if spent > self.seconds:
            raise ParseTimeout(
                f"not parsed within the budget of {self.seconds:g} s ({spent:.1f} s, in {where})"
            )


NO_DEADLINE = Deadline(None)
