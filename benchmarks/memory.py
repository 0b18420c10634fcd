"""Peak memory of real `permitwatch run` processes, phase by phase.

    .venv/bin/python benchmarks/memory.py --pages 1000                 # cold, unchanged, 5 % edited
    PERMITWATCH_MEMORY_LIMIT=64MB .venv/bin/python benchmarks/memory.py --nights cold
    MEMORY_TIMELINE=1 MEMORY_MARKS=reports.build:rulebook.current .venv/bin/python \
        benchmarks/memory.py --nights cold                  # every phase in order, finer marks

Serves N generated pages with the benchmark's web (web.py, as run.py does), writes their
sources.yaml and runs each night as a child process: the same `permitwatch run`, with a
thread sampling its resident memory every 5 ms and a mark at each phase (the flow's start,
the fetch stage, the parse stage and its two reads of the rule views, the commit, the
published copy, the reports, the artifacts). Prints each phase's peak and the child's
maxrss (what `/usr/bin/time` reports); with MEMORY_TIMELINE set, every phase in order with
the RSS it started from and what it added. MEMORY_MARKS adds phases, `module:attribute.path`
each, comma-separated, patched where the caller looks it up (`flows.nightly:schema.connect`).
Peak RSS is not disturbed by the machine's load, so
these figures hold on a shared machine where times do not. A background Prefect server is
started in `--out` (as `run.py --prefect-server`) unless PREFECT_API_URL is set.
"""

from __future__ import annotations

import argparse
import inspect
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# (module, function, phase) marked in the child; each phase's peak is printed
PHASES = [
    ("flows.cli", "_check_config", "checks"),
    ("flows.nightly", "get_run_logger", "flow start"),
    ("flows.pipeline", "fetch_stage", "fetch stage"),
    ("warehouse.parse_stage", "parse_stage", "parse stage"),
    ("warehouse.parse_stage", "_parse_batch", "parse batch"),
    ("warehouse.rulebook", "state", "rule views"),
    ("flows.nightly", "store.finish_run", "commit"),
    ("flows.nightly", "published.start", "published copy"),
    ("flows.nightly", "publish_run", "reports"),
    ("flows.nightly", "create_markdown_artifact", "artifacts"),
]


def _rss_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


def child(argv: list[str]) -> None:
    """Run the CLI in this process with the phases marked; print the eight highest phases."""
    import importlib

    current = {"phase": "imports", "peak": 0, "entry": 0}
    peaks: dict[str, int] = {}
    timeline: list[tuple[str, int, int]] = []  # (phase, RSS at its start, its peak), in order

    def sample() -> None:
        while True:
            current["peak"] = max(current["peak"], _rss_mb())
            time.sleep(0.005)

    def enter(phase: str) -> None:
        peak = max(current["peak"], _rss_mb())
        peaks[current["phase"]] = max(peaks.get(current["phase"], 0), peak)
        timeline.append((current["phase"], current["entry"], peak))
        now = _rss_mb()
        current.update(phase=phase, peak=now, entry=now)

    def marked(function, phase: str):
        if inspect.iscoroutinefunction(function):

            async def wrapper(*args, **kwargs):
                enter(phase)
                try:
                    return await function(*args, **kwargs)
                finally:
                    enter(f"after {phase}")
        else:

            def wrapper(*args, **kwargs):
                enter(phase)
                try:
                    return function(*args, **kwargs)
                finally:
                    enter(f"after {phase}")

        return wrapper

    threading.Thread(target=sample, daemon=True).start()
    import flows.cli
    import flows.nightly  # noqa: F401  (the run's own imports, before the marks)

    enter("command")
    extra = [  # MEMORY_MARKS="reports.publish:build_report,...": finer phases, named by path
        (*mark.split(":"), mark.split(":")[1])
        for mark in os.environ.get("MEMORY_MARKS", "").split(",")
        if mark
    ]
    for module_name, path, phase in PHASES + extra:
        owner = importlib.import_module(module_name)
        *parents, name = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        setattr(owner, name, marked(getattr(owner, name), phase))
    sys.argv = ["permitwatch", *argv]
    try:
        flows.cli.app()
    except SystemExit as exc:
        enter("end")
        for phase, peak in sorted(peaks.items(), key=lambda item: -item[1])[:8]:
            print(f"  {phase:16} peak {peak:4} MB", file=sys.stderr)
        if os.environ.get("MEMORY_MODULES"):  # a file: the modules the night had loaded
            Path(os.environ["MEMORY_MODULES"]).write_text("\n".join(sorted(sys.modules)))
        if os.environ.get("MEMORY_TIMELINE"):  # every phase in order: from, peak, added
            for phase, entry, peak in timeline:
                print(
                    f"    {phase:22} from {entry:4} MB peak {peak:4} MB (+{peak - entry})",
                    file=sys.stderr,
                )
        raise SystemExit(exc.code) from None


def night(label: str, work: Path, env: dict[str, str]) -> None:
    command = [
        sys.executable, str(Path(__file__)), "--child", "run",
        "--sources", str(work / "sources.yaml"), "--db", str(work / "w.duckdb"),
        "--reports", str(work / "reports"),
    ]  # fmt: skip
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    started = time.perf_counter()
    with open(logs / f"{label}.out", "w+") as out, open(logs / f"{label}.err", "w+") as err:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)  # this child's own maxrss
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    seconds = time.perf_counter() - started
    summary = [line for line in stdout.splitlines() if " in all" in line]
    print(f"{label}: exit {process.returncode}, {seconds:.1f} s, load {os.getloadavg()[0]:.1f}")
    print("\n".join(line for line in stderr.splitlines() if " peak " in line))
    said = summary[-1] if summary else stderr[-500:]
    print(f"  process maxrss {usage.ru_maxrss // 1024} MB; {said}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--nights", default="cold,unchanged,edit,changed")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "memory")
    args, rest = parser.parse_known_args()
    if rest[:1] == ["--child"]:
        child(rest[1:])
        return 0
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT))
    import run as bench  # the web and sources.yaml of benchmarks/run.py

    from flows import server

    work = args.out / f"n{args.pages}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), PERMITWATCH_PREFECT_SERVER="auto")
    home = args.out / "prefect-home"
    started_server = "PREFECT_API_URL" not in env
    if started_server:
        port = int(os.environ.get("BENCH_PREFECT_PORT", "4291"))
        env["PREFECT_API_URL"] = server.start(port=port, home=home)
    try:
        with bench.Web(args.pages, 8, args.seed) as site:
            bench.write_sources(work / "sources.yaml", site.urls(args.pages), 2)
            for label in args.nights.split(","):
                if label == "edit":  # the next night finds 5 % of the pages edited
                    site.edit(0.05, 1, args.pages)
                    continue
                night(label, work, env)
    finally:
        if started_server:
            server.stop(home=home)
    return 0


if __name__ == "__main__":
    sys.exit(main())
