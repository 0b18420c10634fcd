"""How fast is a night? The real pipeline against a bare fetch-and-parse loop, as N grows.

    .venv/bin/python benchmarks/run.py              # N = 200 and 1,000 (about 15 minutes)
    .venv/bin/python benchmarks/run.py --large      # adds N = 5,000
    .venv/bin/python benchmarks/run.py --smoke      # N = 50, one round each (under 2 minutes)

A local web (benchmarks/web.py) serves N generated pages (benchmarks/corpus.py) on 8
loopback hosts with ETag / Last-Modified / 304. For each N, the real pipeline
(`permitwatch run` in a subprocess, with its own sources.yaml, warehouse and reports) goes
through three scenarios: cold (empty warehouse), warm-unchanged (every fetch a 304) and
warm-5% (5 % of pages edited: amounts and conditions). Beside each, in this process, the
bare limit: the same pages fetched with httpx at the same per-host concurrency and parsed
with selectolax, nothing else; and the floor: the bare loop plus the project's own
extraction (parsers.extract), the least a run must compute with today's parsers.

The fixed start-up cost (interpreter, imports, Prefect's temporary server, flow-run
bookkeeping) is measured by runs of the same pipeline on one page and kept apart from the
per-page cost. See benchmarks/README.md for what every figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import duckdb  # noqa: E402
import httpx  # noqa: E402
import peers  # noqa: E402
import web  # noqa: E402
from bare import BareRound  # noqa: E402
from bare import bare as bare_rounds  # noqa: E402

from fetch.sources import DEFAULT_USER_AGENT  # noqa: E402

SCENARIOS = ("cold", "warm-unchanged", "warm-5%")
# The targets, judged on the flow body against the bare loop in this process, at N >= 1,000
# only: the start-ups (interpreter, Prefect) are reported beside, never subtracted.
TARGETS = {"cold": 2.0, "warm-unchanged": 1.3}
GATE_FROM = 1000
NIGHTS: dict[int, list[dict[str, float]]] = {}  # N -> the extra unchanged nights
# "run 7 completed, health ok: 47 sources: … ; 41.2 s in all, the run's work 12.0 s": the
# health verdict and the whole command's time are optional (older lines have neither);
# `seconds` is the run's own work either way.
SUMMARY = re.compile(
    r"^run (?P<run>\d+) (?P<status>\w+)(?:, health \w+[^:]*)?: (?P<sources>\d+) sources: "
    r"(?P<ok>\d+) ok "
    r"\((?P<changed>\d+) changed, (?P<unchanged>\d+) unchanged\), (?P<failed>\d+) failed"
    r".*?; (?P<new_docs>\d+) new documents(?:; (?P<changes>\d+) changes; (?P<parsed>\d+) pages "
    r"parsed)?.*; (?:[\d.]+ s in all, the run's work )?(?P<seconds>[\d.]+) s$",
    re.MULTILINE,
)
PIPELINE_TIMEOUT = 3600  # seconds; a run that takes longer is killed and the benchmark fails


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- the local web -------------------------------------------------------------------------


class Web:
    """benchmarks/web.py in a child process; stops when we close its stdin."""

    def __init__(self, pages: int, hosts: int, seed: int):
        self.pages, self.hosts, self.seed = pages, hosts, seed

    def __enter__(self) -> Web:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                str(HERE / "web.py"),
                "--pages",
                str(self.pages),
                "--hosts",
                str(self.hosts),
                "--seed",
                str(self.seed),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stdout.readline()  # generation of the corpus happens before this
        if not line.startswith("ready "):
            self.proc.kill()
            raise RuntimeError(f"the local web did not start: {line!r}")
        self.port = int(line.split()[1])
        self.control = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=600)
        return self

    def __exit__(self, *exc) -> None:
        self.control.close()
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def urls(self, n: int) -> list[str]:
        return [web.url_of(self.seed, i, self.hosts, self.port) for i in range(n)]

    def edit(self, fraction: float, round_: int, pages: int) -> list[int]:
        params = {"fraction": fraction, "round": round_, "pages": pages}
        response = self.control.post("/_bench/edit", params=params)
        return response.raise_for_status().json()["edited"]

    def reset(self) -> None:
        self.control.post("/_bench/reset").raise_for_status()

    def stats(self, reset: bool = True) -> dict[str, int]:
        stats = self.control.get("/_bench/stats").raise_for_status().json()
        if reset:
            self.control.post("/_bench/stats/reset").raise_for_status()
        return stats


def write_sources(path: Path, urls: list[str], concurrency: int) -> Path:
    """A sources.yaml like the real one, for the generated pages; no delay between requests."""
    lines = [
        "# generated by benchmarks/run.py",
        "defaults:",
        f"  concurrency_per_host: {concurrency}",
        "  delay_seconds: 0",
        "  timeout_seconds: 30",
        "  retries: 2",
        "  backoff_seconds: 0.5",
        "sources:",
    ]
    for i, url in enumerate(urls):
        lang, publisher, topic = web.corpus.meta(0, i)
        lines += [
            f"  - id: {publisher}-{topic}-{lang}-{i:05d}",
            f"    publisher: {publisher}",
            f"    lang: {lang}",
            f"    url: {url}",
            f"    topic: {topic}",
            f"    group: {publisher}-{topic}-{i // 4:05d}",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bare(urls, concurrency, validators, repeats, extract=False):
    return bare_rounds(urls, concurrency, validators, repeats, extract, DEFAULT_USER_AGENT)


# --- the pipeline, in a subprocess ---------------------------------------------------------


# Prefect's console log lines ("17:17:45.366 | INFO    | Flow run 'x' - Beginning flow run")
# date the stages of a run inside the child process, to the millisecond.
LOG_LINE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) \| \w+ *\| (.*)$", re.MULTILINE)
MARKS = {
    "server_start": re.compile(r"Starting temporary server"),
    "flow_begin": re.compile(r"Beginning flow run"),
    "fetch_done": re.compile(r"Task run 'fetch-\w+' - Finished"),
    "parse_done": re.compile(r"Task run 'parse-\w+' - Finished"),
    "flow_end": re.compile(r"Flow run '[^']+' - Finished in state"),
    "server_stop": re.compile(r"Stopping temporary server"),
}


def log_marks(text: str) -> dict[str, float]:
    """Seconds (since midnight, unwrapped) of the first log line of each mark."""
    found: dict[str, float] = {}
    last = None
    for match in LOG_LINE.finditer(text):
        h, m, sec, ms, message = match.groups()
        moment = int(h) * 3600 + int(m) * 60 + int(sec) + int(ms) / 1000
        if last is not None and moment < last - 43_200:
            moment += 86_400  # the run went past midnight
        last = moment
        for name, pattern in MARKS.items():
            if name not in found and pattern.search(message):
                found[name] = moment
    return found


@dataclass
class PipelineRun:
    wall: float  # the whole command, as the shell sees it
    imports: float  # launch to "Starting temporary server": interpreter, imports, CLI
    server: float  # Prefect's temporary server starting, and the flow run being created
    flow: float  # the flow body: "Beginning flow run" to "Finished in state" (Prefect's log)
    fetch: float  # flow start (sources, warehouse open, upsert) to the fetch task's end
    parse: float  # the parse task (page events, parse, facts, changes)
    rest: float  # commit, read-only copy, reports, artifacts
    flow_seconds: float  # what the summary line says (flow start to the summary)
    line: str
    counts: dict[str, int]
    peak_rss_mb: float  # the permitwatch process itself (VmHWM)
    peak_tree_mb: float  # it and its children, summed
    task_runs: int | None
    warehouse_bytes: int
    warehouse_used_bytes: int
    fetch_status: dict[str, int] = field(default_factory=dict)
    cpu: float = 0.0  # user + system CPU of the process and the workers it waited for

    @property
    def startup(self) -> float:
        """Everything outside the flow body: interpreter, imports, Prefect's server, exit."""
        return self.wall - self.flow

    @property
    def teardown(self) -> float:
        """After the flow body: Prefect's bookkeeping, its server stopping, the exit."""
        return self.startup - self.imports - self.server


def children_cpu() -> float:
    """User + system CPU of this process's children that have ended (and theirs, waited for).

    On a machine shared with other work, wall times move with the load while CPU seconds
    barely do: taken before and after one child, the difference is what that child cost.
    """
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _status_kb(pid: int, key: str) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    todo += [int(c) for c in children.read().split()]
        except OSError:
            continue
    return found


class RssWatch(threading.Thread):
    """Polls /proc every 50 ms: peak of the process (VmHWM) and of its whole tree."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self.tree_kb = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.05):
            self.peak_kb = max(self.peak_kb, _status_kb(self.pid, "VmHWM"))
            self.tree_kb = max(self.tree_kb, sum(_status_kb(p, "VmRSS") for p in _tree(self.pid)))


PREFECT_SERVER: dict[str, str] = {}  # --prefect-server: the API URL runs are pointed at


def pipeline_env(prefect_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)  # the temporary local server, as a cron run has ...
    env["PERMITWATCH_PREFECT_SERVER"] = "temporary"
    env.update(PREFECT_SERVER)  # ... unless --prefect-server: the maintainer's background one
    env["PREFECT_HOME"] = str(prefect_home)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def permitwatch() -> list[str]:
    script = Path(sys.executable).parent / "permitwatch"
    return [str(script)] if script.exists() else [sys.executable, "-m", "flows.cli"]


def warehouse_size(db: Path) -> tuple[int, int]:
    """(bytes on disk, file and WAL; bytes in used blocks)."""
    on_disk = sum(p.stat().st_size for p in (db, db.with_name(db.name + ".wal")) if p.exists())
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT block_size, used_blocks FROM pragma_database_size()").fetchone()
    finally:
        con.close()
    return on_disk, row[0] * row[1]


def _task_runs(prefect_home: Path) -> int | None:
    """Task runs of the latest flow run in the benchmark's own Prefect database."""
    path = prefect_home / "prefect.db"
    if not path.exists():
        return None
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        row = con.execute(
            "SELECT count(*) FROM task_run WHERE flow_run_id = "
            "(SELECT id FROM flow_run ORDER BY created DESC LIMIT 1)"
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return row[0]


def _fetch_status(db: Path, run_id: int) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT coalesce(CAST(status_code AS VARCHAR), 'none'), count(*) FROM fetches "
            "WHERE run_id = ? GROUP BY ALL",
            [run_id],
        ).fetchall()
    finally:
        con.close()
    return {str(code): n for code, n in rows}


def run_pipeline(work: Path, prefect_home: Path, label: str) -> PipelineRun:
    sources, db, reports = work / "sources.yaml", work / "warehouse.duckdb", work / "reports"
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    command = [
        *permitwatch(),
        "run",
        "--sources",
        str(sources),
        "--db",
        str(db),
        "--reports",
        str(reports),
    ]
    with open(logs / f"{label}.out", "w") as out, open(logs / f"{label}.err", "w") as err:
        launched = datetime.now()  # local time, as Prefect's log lines are
        started = time.perf_counter()
        cpu_before = children_cpu()
        proc = subprocess.Popen(
            command,
            cwd=ROOT,
            env=pipeline_env(prefect_home),
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
        )
        watch = RssWatch(proc.pid)
        watch.start()
        try:
            proc.wait(timeout=PIPELINE_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise RuntimeError(f"{label}: permitwatch run took over {PIPELINE_TIMEOUT} s") from None
        finally:
            wall = time.perf_counter() - started
            cpu = children_cpu() - cpu_before
            watch.stop.set()
            watch.join()
    text = (logs / f"{label}.out").read_text()
    match = SUMMARY.search(text)
    if proc.returncode != 0 or match is None:
        raise RuntimeError(
            f"{label}: permitwatch run exited {proc.returncode}; see {logs / label}.out/.err\n"
            + text[-2000:]
        )
    counts = {
        k: int(v)
        for k, v in match.groupdict().items()
        if v is not None and k not in ("seconds", "status")
    }
    on_disk, used = warehouse_size(db)
    marks = log_marks(text + "\n" + (logs / f"{label}.err").read_text())
    if not {"flow_begin", "fetch_done", "parse_done", "flow_end"} <= marks.keys():
        raise RuntimeError(f"{label}: Prefect's log lines are missing; see {logs / label}.err")
    zero = launched.hour * 3600 + launched.minute * 60 + launched.second
    zero += launched.microsecond / 1e6
    server_start = marks.get("server_start", marks["flow_begin"])
    if server_start < zero - 43_200:
        server_start += 86_400
    return PipelineRun(
        wall=wall,
        imports=server_start - zero,
        server=marks["flow_begin"] - server_start,
        flow=marks["flow_end"] - marks["flow_begin"],
        fetch=marks["fetch_done"] - marks["flow_begin"],
        parse=marks["parse_done"] - marks["fetch_done"],
        rest=marks["flow_end"] - marks["parse_done"],
        flow_seconds=float(match["seconds"]),
        line=match.group(0),
        counts=counts,
        peak_rss_mb=watch.peak_kb / 1024,
        peak_tree_mb=watch.tree_kb / 1024,
        task_runs=_task_runs(prefect_home),
        warehouse_bytes=on_disk,
        warehouse_used_bytes=used,
        fetch_status=_fetch_status(db, counts["run"]),
        cpu=cpu,
    )


@dataclass
class Whole:
    """A command as a user runs it: wall time and peak memory of the whole process."""

    wall: float
    peak_rss_mb: float
    out: str
    cpu: float = 0.0  # user + system CPU of the whole process


def whole_process(command: list[str], logs: Path, label: str, env=None) -> Whole:
    logs.mkdir(parents=True, exist_ok=True)
    with open(logs / f"{label}.out", "w") as out, open(logs / f"{label}.err", "w") as err:
        started = time.perf_counter()
        cpu_before = children_cpu()
        proc = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL
        )
        watch = RssWatch(proc.pid)
        watch.start()
        try:
            proc.wait(timeout=PIPELINE_TIMEOUT)
        finally:
            wall = time.perf_counter() - started
            cpu = children_cpu() - cpu_before
            watch.stop.set()
            watch.join()
    text = (logs / f"{label}.out").read_text()
    if proc.returncode != 0:
        raise RuntimeError(f"{label}: {command[0]} exited {proc.returncode}; see {logs}")
    return Whole(wall, watch.peak_kb / 1024, text, cpu)


class Peers:
    """The bare loop as its own process, and urlwatch (with --peers), on one size's pages."""

    def __init__(self, work: Path, urls: list[str], concurrency: int, urlwatch: Path | None):
        self.logs = work / "logs"
        self.urls_file = work / "urls.txt"
        self.urls_file.write_text("\n".join(urls) + "\n")
        self.validators = work / "bare-validators.json"
        self.validators.unlink(missing_ok=True)
        self.concurrency = concurrency
        self.urlwatch = None
        if urlwatch is not None:
            self.urlwatch = peers.urlwatch_command(
                urlwatch, peers.urlwatch_files(work / "urlwatch", urls)
            )

    def bare(self, label: str) -> Whole:
        command = [
            sys.executable, str(HERE / "bare.py"), "--urls", str(self.urls_file),
            "--concurrency", str(self.concurrency), "--validators", str(self.validators),
            "--save", str(self.validators), "--user-agent", DEFAULT_USER_AGENT,
        ]  # fmt: skip
        return whole_process(command, self.logs, f"bare-{label}")

    def urlwatch_run(self, label: str) -> Whole | None:
        if self.urlwatch is None:
            return None
        env = dict(os.environ, HOME=str(self.logs.parent / "urlwatch"))  # nothing in ~
        ran = whole_process(self.urlwatch, self.logs, f"urlwatch-{label}", env)
        check("ERROR" not in ran.out, f"urlwatch {label}: errors, see {self.logs}")
        return ran


# --- the benchmark ------------------------------------------------------------------------


@dataclass
class Row:
    n: int
    scenario: str
    wall: float
    startup: float  # this run's fixed cost: wall minus the flow body
    imports: float  # of which: interpreter, imports, CLI
    server: float  # of which: Prefect's temporary server and the flow run's creation
    flow: float
    per_page_ms: float  # (flow - flow of the one-page probe) / n
    fetch_ms: float  # per page, same way, by stage
    parse_ms: float
    rest_ms: float
    bare_ms: float
    floor_ms: float | None
    ratio: float
    ratio_floor: float | None
    pages_per_s: float
    peak_rss_mb: float
    peak_tree_mb: float
    warehouse_mb: float
    growth_kb: float
    used_growth_kb: float
    task_runs: int | None
    changed: int
    changes: int | None
    fetch_status: dict[str, int]
    line: str
    flow_ratio: float  # flow body / bare loop (in this process): what the targets judge
    bare_whole: float  # the bare loop as its own process: wall s
    bare_whole_mb: float
    urlwatch: float | None  # urlwatch's whole process: wall s (--peers)
    urlwatch_mb: float | None
    cpu: float = 0.0  # permitwatch's whole process (and its workers): user + system CPU s
    bare_cpu: float = 0.0  # the bare loop in this process: CPU s of its best round
    bare_whole_cpu: float = 0.0  # the bare loop as its own process: CPU s
    urlwatch_cpu: float | None = None


@dataclass
class Probe:
    """One-page runs: what a run costs whatever N (medians over the repetitions)."""

    runs: dict[str, list[PipelineRun]]

    def median(self, scenario: str, what: str) -> float:
        """0 without probe runs (--smoke): per-page figures then include the flow's fixed part."""
        runs = self.runs["cold" if scenario == "cold" else "warm"]
        return statistics.median(getattr(r, what) for r in runs) if runs else 0.0

    def as_dict(self) -> dict:
        return {
            kind: {
                "wall": [round(r.wall, 3) for r in runs],
                "startup": [round(r.startup, 3) for r in runs],
                "imports": [round(r.imports, 3) for r in runs],
                "server": [round(r.server, 3) for r in runs],
                "teardown": [round(r.teardown, 3) for r in runs],
                "flow": [round(r.flow, 3) for r in runs],
                "peak_rss_mb": [round(r.peak_rss_mb) for r in runs],
            }
            for kind, runs in self.runs.items()
        }


def startup_probe(site: Web, out: Path, prefect_home: Path, reps: int, concurrency: int) -> Probe:
    """Runs on one page, cold then warm, `reps` times, each in a fresh warehouse."""
    probe = Probe({"cold": [], "warm": []})
    for rep in range(reps):
        work = out / f"startup-{rep}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        write_sources(work / "sources.yaml", site.urls(1), concurrency)
        cold = run_pipeline(work, prefect_home, "cold")
        warm = run_pipeline(work, prefect_home, "warm")
        probe.runs["cold"].append(cold)
        probe.runs["warm"].append(warm)
        log(
            f"start-up probe {rep + 1}/{reps} (one page): cold {cold.wall:.1f} s "
            f"(flow {cold.flow:.2f} s), warm {warm.wall:.1f} s (flow {warm.flow:.2f} s)"
        )
    return probe


def check(condition: bool, message: str) -> None:
    if not condition:
        raise RuntimeError(f"benchmark sanity check failed: {message}")


def bench_size(site: Web, n: int, out: Path, prefect_home: Path, args, probe: Probe) -> list[Row]:
    site.reset()
    site.stats()
    work = out / f"n{n}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    urls = site.urls(n)
    write_sources(work / "sources.yaml", urls, args.concurrency)
    rows: list[Row] = []
    previous = (0, 0)

    def row(
        scenario: str,
        run: PipelineRun,
        base: BareRound,
        floor: BareRound | None,
        whole: Whole,
        peer: Whole | None,
    ) -> Row:
        nonlocal previous

        def per_page(what: str) -> float:
            return max(getattr(run, what) - probe.median(scenario, what), 0.0) / n * 1000

        page_ms = per_page("flow")
        bare_ms = base.seconds / n * 1000
        floor_ms = floor.seconds / n * 1000 if floor else None
        growth = run.warehouse_bytes - previous[0]
        used_growth = run.warehouse_used_bytes - previous[1]
        previous = (run.warehouse_bytes, run.warehouse_used_bytes)
        result = Row(
            n=n,
            scenario=scenario,
            wall=run.wall,
            startup=run.startup,
            imports=run.imports,
            server=run.server,
            flow=run.flow,
            per_page_ms=page_ms,
            fetch_ms=per_page("fetch"),
            parse_ms=per_page("parse"),
            rest_ms=per_page("rest"),
            bare_ms=bare_ms,
            floor_ms=floor_ms,
            ratio=page_ms / bare_ms,
            ratio_floor=page_ms / floor_ms if floor_ms else None,
            pages_per_s=1000 / page_ms if page_ms else float("inf"),
            peak_rss_mb=run.peak_rss_mb,
            peak_tree_mb=run.peak_tree_mb,
            warehouse_mb=run.warehouse_bytes / 2**20,
            growth_kb=growth / 1024,
            used_growth_kb=used_growth / 1024,
            task_runs=run.task_runs,
            changed=run.counts["changed"],
            changes=run.counts.get("changes"),
            fetch_status=run.fetch_status,
            line=run.line,
            flow_ratio=run.flow / base.seconds,
            bare_whole=whole.wall,
            bare_whole_mb=whole.peak_rss_mb,
            urlwatch=peer.wall if peer else None,
            urlwatch_mb=peer.peak_rss_mb if peer else None,
            cpu=run.cpu,
            bare_cpu=base.cpu,
            bare_whole_cpu=whole.cpu,
            urlwatch_cpu=peer.cpu if peer else None,
        )
        log(
            f"N={n} {scenario}: wall {run.wall:.1f} s = start-up {run.startup:.1f} s + flow "
            f"{run.flow:.2f} s (fetch {run.fetch:.2f}, parse {run.parse:.2f}, rest "
            f"{run.rest:.2f}); {page_ms:.2f} ms/page vs bare {bare_ms:.2f}"
            + (f", floor {floor_ms:.2f}" if floor_ms else "")
            + f" (ratio {result.ratio:.2f}); RSS {run.peak_rss_mb:.0f} MB; warehouse "
            f"{growth / 1024:+.0f} KB (used blocks {used_growth / 1024:+.0f} KB); "
            f"task runs {run.task_runs}; {run.line}"
        )
        log(
            f"N={n} {scenario}, whole processes: bare loop {whole.wall:.2f} s, "
            + (f"urlwatch {peer.wall:.2f} s ({peer.peak_rss_mb:.0f} MB), " if peer else "")
            + f"permitwatch {run.wall:.2f} s (flow body {run.flow:.2f} s, "
            f"{result.flow_ratio:.2f}x the bare loop's {base.seconds:.2f} s); CPU: bare loop "
            f"{whole.cpu:.2f} s, permitwatch {run.cpu:.2f} s"
        )
        return result

    # cold: empty warehouse, every page new
    side = Peers(work, urls, args.concurrency, args.urlwatch)
    base, validators = bare(urls, args.concurrency, {}, args.repeats)
    check(base.ok == n, f"bare cold fetched {base.ok} of {n}")
    floor, _ = bare(urls, args.concurrency, {}, 1, extract=True)
    whole = side.bare("cold")
    peer = side.urlwatch_run("cold")
    site.stats()
    run = run_pipeline(work, prefect_home, "cold")
    stats = site.stats()
    check(run.counts["changed"] == n and run.counts["failed"] == 0, f"cold: {run.line}")
    check(stats["ok"] == n, f"cold: the web served {stats['ok']} pages, not {n}")
    rows.append(row("cold", run, base, floor, whole, peer))

    # warm-unchanged: nothing changed, every fetch a 304
    base, _ = bare(urls, args.concurrency, validators, args.repeats)
    check(base.not_modified == n, f"bare warm: {base.not_modified} of {n} were 304")
    whole = side.bare("warm-unchanged")
    peer = side.urlwatch_run("warm-unchanged")
    site.stats()
    run = run_pipeline(work, prefect_home, "warm-unchanged")
    stats = site.stats()
    check(run.counts["unchanged"] == n and run.counts["failed"] == 0, f"warm: {run.line}")
    check(stats["not_modified"] == n, f"warm: the web answered {stats['not_modified']} 304s")
    rows.append(row("warm-unchanged", run, base, None, whole, peer))

    # warm-5%: a fraction of pages edited (amounts, conditions), new ETag / Last-Modified
    edited = site.edit(args.fraction, 1, n)
    base, _ = bare(urls, args.concurrency, validators, args.repeats)
    check(base.ok == len(edited), f"bare warm-5%: {base.ok} pages changed, not {len(edited)}")
    floor, _ = bare(urls, args.concurrency, validators, 1, extract=True)
    whole = side.bare("warm-5")
    peer = side.urlwatch_run("warm-5")
    site.stats()
    run = run_pipeline(work, prefect_home, "warm-5")
    check(run.counts["changed"] == len(edited), f"warm-5%: {run.line}")
    check(not edited or (run.counts.get("changes") or 0) > 0, f"warm-5%: no change: {run.line}")
    rows.append(row("warm-5%", run, base, floor, whole, peer))

    # more nights where nothing changes: what the warehouse grows by once it has free blocks
    growth = []
    for night in range(args.extra_nights):
        run = run_pipeline(work, prefect_home, f"night-{night + 2}")
        check(run.counts["unchanged"] == n, f"extra night: {run.line}")
        growth.append(
            {
                "flow": run.flow,
                "file_kb": (run.warehouse_bytes - previous[0]) / 1024,
                "used_kb": (run.warehouse_used_bytes - previous[1]) / 1024,
                "wall": run.wall,
            }
        )
        previous = (run.warehouse_bytes, run.warehouse_used_bytes)
    if growth:
        NIGHTS[n] = growth
        log(f"N={n}: {len(growth)} more unchanged nights: {growth}")
    return rows


def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 2**20:.0f} GB"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cores": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def table(rows: list[Row]) -> str:
    head = (
        "| N | scenario | wall s | start-up s | per page ms (fetch+parse+rest) | bare ms "
        "| ratio | floor ms | ratio to floor | pages/s | peak RSS MB | warehouse MB "
        "| growth KB |\n"
        "|---:|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    lines = []
    for r in rows:
        floor = f"{r.floor_ms:.2f}" if r.floor_ms is not None else "–"
        ratio_floor = f"{r.ratio_floor:.2f}x" if r.ratio_floor is not None else "–"
        lines.append(
            f"| {r.n:,} | {r.scenario} | {r.wall:.1f} | {r.startup:.1f} "
            f"| {r.per_page_ms:.2f} ({r.fetch_ms:.2f}+{r.parse_ms:.2f}+{r.rest_ms:.2f}) "
            f"| {r.bare_ms:.2f} | {r.ratio:.2f}x | {floor} | {ratio_floor} "
            f"| {r.pages_per_s:.0f} | {r.peak_rss_mb:.0f} | {r.warehouse_mb:.1f} "
            f"| {r.growth_kb:+.0f} |"
        )
    return head + "\n".join(lines) + "\n"


def users_table(rows: list[Row]) -> str:
    """Whole processes side by side, as a user waits for them, and the flow body apart."""
    head = (
        "| N | scenario | bare loop s | urlwatch s | permitwatch s | of which flow body s "
        "| flow body / bare (in-process) | permitwatch / urlwatch | peak RSS MB "
        "(bare / urlwatch / permitwatch) | CPU s (bare / urlwatch / permitwatch) |\n"
        "|---:|---|---:|---:|---:|---:|---:|---:|---|---|\n"
    )
    lines = []
    for r in rows:
        peer = f"{r.urlwatch:.2f}" if r.urlwatch is not None else "–"
        versus = f"{r.wall / r.urlwatch:.2f}x" if r.urlwatch else "–"
        peer_mb = f"{r.urlwatch_mb:.0f}" if r.urlwatch_mb is not None else "–"
        peer_cpu = f"{r.urlwatch_cpu:.2f}" if r.urlwatch_cpu is not None else "–"
        lines.append(
            f"| {r.n:,} | {r.scenario} | {r.bare_whole:.2f} | {peer} | {r.wall:.2f} "
            f"| {r.flow:.2f} | {r.flow_ratio:.2f}x | {versus} "
            f"| {r.bare_whole_mb:.0f} / {peer_mb} / {r.peak_rss_mb:.0f} "
            f"| {r.bare_whole_cpu:.2f} / {peer_cpu} / {r.cpu:.2f} |"
        )
    return head + "\n".join(lines) + "\n"


def gate(rows: list[Row]) -> tuple[str, bool]:
    """The targets, on the flow body against the bare loop, at N >= GATE_FROM; (text, all met)."""
    out, met = [], True
    for r in rows:
        target = TARGETS.get(r.scenario)
        if target is None or r.n < GATE_FROM:
            continue
        ok = r.flow_ratio <= target
        met = met and ok
        out.append(
            f"- N {r.n:,} {r.scenario}: flow body {r.flow:.2f} s / bare {r.flow / r.flow_ratio:.2f}"
            f" s = {r.flow_ratio:.2f}x (target <= {target:g}x): {'met' if ok else 'MISSED'}; "
            f"CPU, whole processes: permitwatch {r.cpu:.2f} s, bare loop {r.bare_whole_cpu:.2f} s"
        )
    if not out:
        out.append(f"- no size >= {GATE_FROM:,}: the targets are not judged on smaller runs")
    return "\n".join(out), met


def scaling(rows: list[Row]) -> str:
    """Marginal per-page cost between consecutive sizes, independent of the start-up probe."""
    out = []
    for scenario in SCENARIOS:
        points = sorted((r.n, r.flow, r.per_page_ms) for r in rows if r.scenario == scenario)
        for (n1, f1, p1), (n2, f2, p2) in zip(points, points[1:], strict=False):
            out.append(
                f"- {scenario}: N {n1:,} -> {n2:,} (x{n2 / n1:g}): flow {f1:.1f} s -> {f2:.1f} s "
                f"(x{f2 / f1:.2f}); per page {p1:.2f} -> {p2:.2f} ms; each added page "
                f"{(f2 - f1) / (n2 - n1) * 1000:.2f} ms"
            )
    for n, nights in NIGHTS.items():
        out.append(
            f"- N {n:,}: {len(nights)} more unchanged nights after warm-5%: warehouse file "
            + ", ".join(f"{x['file_kb']:+.0f}" for x in nights)
            + " KB, used blocks "
            + ", ".join(f"{x['used_kb']:+.0f}" for x in nights)
            + f" KB; flow {statistics.mean(x['flow'] for x in nights):.2f} s on average"
        )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="200,1000", help="comma-separated page counts")
    parser.add_argument("--large", action="store_true", help="also N = 5,000")
    parser.add_argument("--smoke", action="store_true", help="N = 50, one round each")
    parser.add_argument("--hosts", type=int, default=8, help="loopback hosts (127.0.0.2..)")
    parser.add_argument("--concurrency", type=int, default=2, help="requests in flight per host")
    parser.add_argument("--fraction", type=float, default=0.05, help="pages edited for warm-5%%")
    parser.add_argument("--repeats", type=int, default=2, help="bare-loop rounds (best kept)")
    parser.add_argument("--startup-reps", type=int, default=3, help="one-page start-up probes")
    parser.add_argument(
        "--extra-nights", type=int, default=3, help="unchanged nights after warm-5%% (growth)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--peers", action="store_true", help="also urlwatch (a throwaway venv under --out)"
    )
    parser.add_argument(
        "--prefect-server",
        action="store_true",
        help="runs use a background Prefect server (`permitwatch server start`), not a "
        "temporary one each",
    )
    parser.add_argument(
        "--gate", action="store_true", help="exit 1 when a target is missed at N >= 1,000"
    )
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.large and 5000 not in sizes:
        sizes.append(5000)
    if args.smoke:  # does every part work? Its figures are not measurements
        sizes, args.repeats, args.startup_reps, args.extra_nights = [50], 1, 0, 0
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    prefect_home = out / "prefect-home"
    args.urlwatch = peers.ensure_urlwatch(out) if args.peers else None
    if args.prefect_server:
        from flows import server

        port = int(os.environ.get("BENCH_PREFECT_PORT", "4290"))
        PREFECT_SERVER["PREFECT_API_URL"] = server.start(port=port, home=prefect_home)
        log(f"background Prefect server at {PREFECT_SERVER['PREFECT_API_URL']}")
    command = "benchmarks/run.py " + " ".join(sys.argv[1:])
    started = time.perf_counter()
    log(f"generating {max(sizes):,} pages and starting the local web on {args.hosts} hosts")
    rows: list[Row] = []
    try:
        rows = measure(args, sizes, out, prefect_home, started)
    finally:
        if args.prefect_server:
            from flows import server

            server.stop(home=prefect_home)
    return report(args, rows, out, command, started)


def measure(args, sizes: list[int], out: Path, prefect_home: Path, started: float) -> list[Row]:
    rows: list[Row] = []
    with Web(max(sizes), args.hosts, args.seed) as site:
        log(f"local web ready on port {site.port} ({time.perf_counter() - started:.0f} s)")
        probe = Probe({"cold": [], "warm": []})
        if args.startup_reps > 0:
            warm_up = out / "warm-up"
            shutil.rmtree(warm_up, ignore_errors=True)
            warm_up.mkdir()
            write_sources(warm_up / "sources.yaml", site.urls(1), args.concurrency)
            log("warm-up run (creates the benchmark's own Prefect database; not measured)")
            run_pipeline(warm_up, prefect_home, "warm-up")
            probe = startup_probe(site, out, prefect_home, args.startup_reps, args.concurrency)
        for n in sizes:
            rows += bench_size(site, n, out, prefect_home, args, probe)
    args.probe = probe
    return rows


def report(args, rows: list[Row], out: Path, command: str, started: float) -> int:
    probe = args.probe
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "command": f".venv/bin/python {command}".strip(),
        "machine": machine(),
        "settings": {
            "hosts": args.hosts,
            "concurrency_per_host": args.concurrency,
            "fraction": args.fraction,
            "seed": args.seed,
            "bare_repeats": args.repeats,
        },
        "probe": probe.as_dict(),
        "extra_nights": {str(n): nights for n, nights in NIGHTS.items()},
        "rows": [asdict(r) for r in rows],
        "peers": str(args.urlwatch) if args.urlwatch else None,
        "prefect_server": PREFECT_SERVER.get("PREFECT_API_URL"),
        "seconds": time.perf_counter() - started,
    }
    name = "smoke" if args.smoke else "results"
    (out / f"{name}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    if probe.runs["cold"]:
        fixed = (
            f"one-page probe (median of {args.startup_reps}): cold start-up "
            f"{probe.median('cold', 'startup'):.1f} s + flow {probe.median('cold', 'flow'):.2f} s, "
            f"warm start-up {probe.median('warm', 'startup'):.1f} s + flow "
            f"{probe.median('warm', 'flow'):.2f} s; peak RSS "
            f"{probe.median('cold', 'peak_rss_mb'):.0f} MB\n"
            f"start-up = interpreter and imports {probe.median('cold', 'imports'):.1f} s + "
            f"Prefect's temporary server {probe.median('cold', 'server'):.1f} s + teardown "
            f"{probe.median('cold', 'teardown'):.1f} s (cold probe medians)\n"
        )
    else:
        fixed = "no one-page probe: per-page figures include the flow's fixed part\n"
    m = result["machine"]
    targets, met = gate(rows)
    text = (
        f"{result['date']}, {m['cores']} cores ({m['cpu']}, {m['memory']}), "
        f"Python {m['python']}, {m['system']}\n"
        f"`{result['command']}`; {args.hosts} hosts x {args.concurrency} in flight\n"
        + ("runs used a background Prefect server\n" if args.prefect_server else "")
        + fixed
        + "\nWhole processes, as a user waits for them (each its own process, one run each):\n\n"
        + users_table(rows)
        + f"\nTargets (flow body / bare loop, N >= {GATE_FROM:,}):\n\n"
        + targets
        + "\n\nPer page (flow body minus the one-page probe's, / N):\n\n"
        + table(rows)
        + "\n"
        + scaling(rows)
        + "\n"
    )
    (out / f"{name}.md").write_text(text, encoding="utf-8")
    print(text)
    log(f"done in {time.perf_counter() - started:.0f} s; {out / name}.json")
    return 1 if args.gate and not met else 0


if __name__ == "__main__":
    sys.exit(main())
