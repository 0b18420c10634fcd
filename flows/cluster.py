"""Parse batches on a Dask cluster through prefect-dask, while this process writes.

`--cluster tcp://host:8786` sends extraction to a running Dask scheduler; `--cluster local:N`
starts N worker processes on 127.0.0.1 for the run (a local cluster of processes: the same
path, testable on one machine). Only extraction travels: each chunk of 64 stored bodies is
one Prefect task run (`extract`) on a worker, its facts come back in page order, and the
warehouse is still read and written by the flow's own process, in one transaction
(docs/decisions/0009-dask-for-parse-batches.md says why Dask and how far it goes).

Imported only when `--cluster` is given: prefect-dask imports `distributed` (~1 s).
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Sequence

from prefect import Flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect_dask import DaskTaskRunner

from parsers.pool import Extracted, Extraction, Job, extract_one

LOCAL = re.compile(r"^local:(\d+)$")
ADDRESS = re.compile(r"^tcp://[^\s/:]+:\d+$")


class ClusterSpecError(ValueError):
    """--cluster names neither `local:N` nor a scheduler address `tcp://host:port`."""


def with_cluster(flow: Flow, spec: str | None) -> Flow:
    """The flow as it runs with `--cluster spec` (itself without one)."""
    return flow.with_options(task_runner=task_runner(spec)) if spec else flow


def task_runner(spec: str) -> DaskTaskRunner:
    """The flow's task runner for `--cluster`: a running scheduler, or N local processes."""
    local = LOCAL.match(spec)
    if local:
        workers = int(local[1])
        if workers < 1:
            raise ClusterSpecError(f"--cluster {spec}: a local cluster needs at least 1 worker")
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={
                "n_workers": workers,
                "threads_per_worker": 1,  # extraction holds the GIL: one page at a time each
                "processes": True,
                "host": "127.0.0.1",  # nothing listens beyond this machine
                "dashboard_address": None,
            },
        )
    if ADDRESS.match(spec):
        return DaskTaskRunner(address=spec)
    raise ClusterSpecError(
        f"--cluster {spec!r}: give a Dask scheduler as tcp://host:port, "
        "or local:N for N worker processes on this machine"
    )


@task(name="extract", cache_policy=NO_CACHE, persist_result=False)
def extract_chunk(jobs: Sequence[Job]) -> list[Extracted]:
    return [extract_one(job) for job in jobs]


def on_cluster() -> Extraction:
    """Extraction on the current flow run's Dask cluster, one chunk ahead per worker thread.

    Call inside a flow run whose task runner is `task_runner(...)`.
    """
    context = FlowRunContext.get()
    if context is None or not isinstance(context.task_runner, DaskTaskRunner):
        raise RuntimeError("on_cluster() needs a flow run with a DaskTaskRunner")
    runner = context.task_runner
    if runner._client is None and runner.cluster_kwargs.get("processes"):
        # Local workers must report to this run's Prefect server, not start one of their
        # own (a temporary server's address is in this process's settings only). A remote
        # cluster's workers are set up by whoever runs them (see the decision record).
        api = str(context.client.api_url).rstrip("/")  # the settings hold no temporary URL
        runner.cluster_kwargs["env"] = {"PREFECT_API_URL": api}
    threads = sum(runner.client.nthreads().values()) or 1

    # Submitted in the flow run's context even from inside the parse task: Prefect would
    # otherwise ship the task's context to the worker, and with it the task's parameters
    # (the warehouse connection, which cannot be pickled).
    flow_context = contextvars.copy_context()

    def submit(jobs: Sequence[Job]):
        # Not quote()d as the flow's other tasks' parameters are: Dask takes the annotation
        # for a tuple and the task would get (jobs,). 64 jobs walked cost well under 1 ms.
        future = flow_context.run(extract_chunk.submit, list(jobs))
        return future.result

    return Extraction(submit, ahead=threads + 1)
