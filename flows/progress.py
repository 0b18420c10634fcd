"""A progress display for people at a terminal; silent for cron, CI and logs."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


@contextmanager
def progress_display(
    total: int, enabled: bool | None = None
) -> Iterator[Callable[[str, str], None]]:
    """Yield `advance(source_id, outcome)`; draws a bar only when stderr is a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield lambda source_id, outcome: None
        return
    columns = (
        TextColumn("fetching"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("", total=total)

        def advance(source_id: str, outcome: str) -> None:
            bar.update(task, advance=1, description=f"{source_id}: {outcome}")

        yield advance
