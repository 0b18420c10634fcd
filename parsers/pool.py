"""Extraction on every core: pages' facts computed in worker processes, in page order.

Extraction is pure and CPU-bound (~7 ms a 90 KB page), so a night of new pages can use
every core while the one process that writes the warehouse diffs and stores. Workers are
never forked from the run: it holds Prefect's threads and a forked copy of their locks can
deadlock. They are forked from a forkserver, a fresh interpreter with no thread that has
imported the extractors once (`PRELOAD`), so each worker does not import and compile them
again (spawned, each did: 0.7 s of CPU a worker). A fresh interpreter normally imports the
parent's `__main__` (for the `permitwatch` console script that is the CLI, and through it
`flows`); `_bare_main` hides it while the forkserver and the workers start, so a worker
imports only `multiprocessing` and `parsers` (tests/test_pool.py checks its `sys.modules`).

`Extracted` is what one page gives: facts or the error that stopped it, and the time it took.
`extract_one` is the serial path and the workers' function alike; `ExtractPool.submit` sends a
chunk of jobs and returns a callable that yields their results in the jobs' order, so the
caller can read the next chunk from the warehouse while this one is extracted. Results come
as each worker's part of the chunk is done, not once the whole chunk is: the writer files the
first pages while the workers still extract the last.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import select
import sys
import threading
import time
import types
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from parsers.budget import ParseTimeout
from parsers.content import UnsupportedContent

if TYPE_CHECKING:
    from parsers.extract import Facts

WORKERS_ENV = "PERMITWATCH_WORKERS"
# Below this many pages to parse, a run extracts in its own process: two spawned workers are
# up and through a first page each in 0.2-0.56 s (interpreter and `parsers` imports; 2-core
# benchmark machine, `benchmarks/parse_stage.py` prints it), and a page costs ~6.6-7 ms of
# which ~5 ms is extraction: a free second core would repay the start from ~100-150 pages.
# A busy one repays nothing (benchmarks/README.md, round 3): PERMITWATCH_WORKERS=1 then.
MIN_PAGES = 150
CHUNK = 16  # pages sent to a worker at once: fewer round trips, still an even spread


Submit = Callable[[Sequence["Job"]], Callable[[], Iterable["Extracted"]]]


@dataclass(frozen=True)
class Job:
    body: bytes
    content_type: str | None
    select: str | None = None
    remove: tuple[str, ...] = ()
    budget: float | None = None  # seconds (parse_budget_seconds); None: no limit
    # `body` as the warehouse stores it (zlib), inflated where it is extracted: the writer
    # does not inflate every page itself (0.5 s of its CPU at a cold night of 1,000 pages)
    # and sends workers a fifth of the bytes.
    packed: bool = False


@dataclass(frozen=True)
class Extracted:
    facts: Facts | None  # None when extraction failed
    error: str | None  # as the parse log records it: "parse_timeout: …", "Type: message"
    elapsed_ms: int


def extract_one(job: Job) -> Extracted:
    """Extract one page; an error is returned, never raised: one bad page stops nothing."""
    # The extractors, imported at the first page: compiling their patterns is 0.55-0.65 s
    # (`python -X importtime`), which a night with nothing to parse, or `sources check`,
    # does not pay.
    from parsers.extract import extract

    try:
        body = zlib.decompress(job.body) if job.packed else job.body
        started = time.perf_counter()  # the time extraction took, as the parse log says
        facts = extract(body, job.content_type, job.select, job.remove, job.budget)
    except ParseTimeout as exc:
        return Extracted(None, f"parse_timeout: {exc}", 0)
    except UnsupportedContent as exc:
        return Extracted(None, f"unsupported_content_type: {exc}", 0)
    except Exception as exc:  # any parser error is the page's, not the run's
        return Extracted(None, f"{type(exc).__name__}: {exc}", 0)
    return Extracted(facts, None, int((time.perf_counter() - started) * 1000))


def _leave_with(run: int) -> None:
    """Worker initializer: exit when the run's process is gone.

    A killed run (SIGKILL, OOM) never shuts its pool down, and its workers would wait on
    their task queue for ever: each holds both ends of it, so no end-of-file ever comes.
    A worker's parent is the forkserver, not the run, and the forkserver stays up while any
    worker lives, so the worker watches the run itself: a pidfd is readable once the run has
    exited (zombie or reaped); without pidfds, the run's pid is polled.
    """

    def gone() -> None:
        os._exit(0)

    def watch() -> None:
        try:
            pidfd = os.pidfd_open(run)
        except ProcessLookupError:
            gone()
        except (AttributeError, OSError):  # no pidfd here: poll
            while True:
                try:
                    os.kill(run, 0)
                except ProcessLookupError:
                    gone()
                time.sleep(0.5)
        select.select([pidfd], [], [])
        gone()

    threading.Thread(target=watch, name="leave-with-parent", daemon=True).start()


def _extract_chunk(jobs: Sequence[Job]) -> list[Extracted]:
    return [extract_one(job) for job in jobs]


def serial(jobs: Sequence[Job]) -> Callable[[], Iterable[Extracted]]:
    """The in-process path, with the same shape as ExtractPool.submit (work done when asked,
    a page at a time)."""
    return lambda: (extract_one(job) for job in jobs)


@dataclass(frozen=True)
class Extraction:
    """Where pages' facts are computed: `submit` sends a chunk of jobs and returns the wait
    for their results, in order; `ahead` chunks are sent before the first one is consumed
    (one keeps two local workers busy; a cluster of W workers needs about W)."""

    submit: Submit
    ahead: int = 1


SERIAL = Extraction(serial)


def workers_wanted(requested: int | None = None) -> int:
    """--workers, else PERMITWATCH_WORKERS, else one per core; 1 means no pool at all."""
    if requested is None:
        env = os.environ.get(WORKERS_ENV, "").strip()
        if env:
            try:
                requested = int(env)
            except ValueError:
                raise ValueError(f"{WORKERS_ENV}={env!r} is not a number of workers") from None
    if requested is None:
        requested = os.cpu_count() or 1
    if requested < 1:
        raise ValueError(f"workers must be at least 1, not {requested}")
    return requested


@contextmanager
def _bare_main() -> Iterator[None]:
    """Hide the parent's `__main__` from spawned children (see the module's docstring)."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


# What the forkserver imports before it forks a worker: the extractors, whose patterns are
# compiled at import (0.68 s of CPU). Spawned, each worker paid it: a pool of 2 up and
# through a first page each took 1.40-1.46 s of workers' CPU; forked from the preloaded
# forkserver, 0.81 s, paid once a run (`benchmarks/parse_stage.py`, first pool of the
# process). At N=1000 with 2 workers the stage's CPU went from 15.8-16.2 to 14.8-15.2 ms a
# page.
PRELOAD = ["parsers.extract"]


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from a forkserver that has imported PRELOAD.

    The forkserver is itself a fresh interpreter, started once a run, that imports PRELOAD
    and not the run's `__main__` (which is not in PRELOAD), and holds no thread: forking it is
    safe where forking the run, with Prefect's threads and their locks, is not. Where there
    is no forkserver (not POSIX), workers are spawned as before."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    _stop_at_exit()
    return context


@cache
def _stop_at_exit() -> None:
    """Register `_stop_forkserver` once a process."""
    atexit.register(_stop_forkserver)


def _stop_forkserver() -> None:
    """At exit, stop the forkserver and wait for it (it has reaped its workers by then).

    Left to itself it outlives the run, an orphan reaped by init, and takes its workers'
    CPU with it: whoever waits for the run (a shell's `time`, benchmarks/run.py) then saw 7 s
    of CPU for a cold night of 1,000 pages that used 21 s, as a spawned pool's workers,
    reaped by the run itself, were counted. `_stop` is multiprocessing's own way to do it
    (3.8+); where it is missing the forkserver is left as before."""
    from multiprocessing import forkserver

    server = forkserver._forkserver
    stop = getattr(server, "_stop", None)
    if stop is not None and getattr(server, "_forkserver_pid", None) is not None:
        try:
            stop()
        except OSError:  # already gone: nothing to wait for
            pass


def start_forkserver() -> None:
    """Start the forkserver now, so its import of PRELOAD runs beside what the run does next.

    Returns once the server process exists, not once it has imported: a pool created later
    gets its workers as soon as the import is done (each worker, forked then, is sent the
    run's `__main__`: the pool hides it then, `_bare_main`). Nothing where workers are
    spawned."""
    context = _context()
    if context.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    forkserver.ensure_running()


def early_start(workers: int | None = None) -> Callable[[], None]:
    """A count of the fetch's new bodies that starts the forkserver at the MIN_PAGES-th.

    A cold night waited for its pool at the parse stage's start: the forkserver's import of
    the extractors and a first page in each worker, 1.4-1.6 s of wall time at 1,000 pages
    (`benchmarks/parse_stage.py`, first pool of the process), with the run's process idle.
    Started while the fetch goes on, the import uses the core the fetch leaves idle. A night
    with fewer new bodies than a pool is used for (an unchanged one: its whole flow body is
    ~0.65 s at 1,000 pages) starts nothing, nor one that extracts serially (`workers` 1).
    """
    if workers_wanted(workers) < 2:
        return lambda: None
    seen = 0

    def new_body() -> None:
        nonlocal seen
        seen += 1
        if seen == MIN_PAGES:
            start_forkserver()

    return new_body


class ExtractPool:
    """Worker processes, forked from the preloaded forkserver, that import only `parsers`;
    results in submission order."""

    def __init__(self, workers: int):
        self.workers = workers
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=_context(),
            initializer=_leave_with,
            initargs=(os.getpid(),),
        )
        # Start every worker now, in this thread, while `__main__` is hidden: the executor
        # would otherwise start them one by one at later submits.
        with _bare_main():
            warm = [self._executor.submit(os.getpid) for _ in range(workers)]
            for future in warm:
                future.result()

    def submit(self, jobs: Sequence[Job]) -> Callable[[], Iterator[Extracted]]:
        """Send jobs now; the returned callable yields their results in the jobs' order,
        each CHUNK as soon as it is extracted (the writer's work on the first pages of a
        chunk overlaps the extraction of its last, and what is left to the writer alone
        once the workers are done is a CHUNK, not a whole chunk of READ_BATCH pages)."""
        chunks = [list(jobs[i : i + CHUNK]) for i in range(0, len(jobs), CHUNK)]
        with _bare_main():  # should a submit start a worker, it too imports only `parsers`
            futures = [self._executor.submit(_extract_chunk, chunk) for chunk in chunks]
        return lambda: (extracted for future in futures for extracted in future.result())

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ExtractPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def extraction(pages: int, workers: int | None = None) -> Iterator[Extraction]:
    """Extraction for `pages` pages: a pool from MIN_PAGES pages and two workers, else serial."""
    wanted = workers_wanted(workers)
    if wanted < 2 or pages < MIN_PAGES:
        yield SERIAL
        return
    with ExtractPool(min(wanted, -(-pages // CHUNK))) as extract_pool:
        yield Extraction(extract_pool.submit)
