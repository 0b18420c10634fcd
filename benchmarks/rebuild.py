"""`permitwatch rebuild` of N stored pages, serial, on local worker processes, on a Dask cluster.

    .venv/bin/python benchmarks/rebuild.py --pages 1000 --modes workers:1,workers:2,local:2

Stores N generated pages (benchmarks/corpus.py) as one run in a fresh warehouse, then runs
the real command once per mode (`workers:K` is `--workers K`, `local:K` / `tcp://…` is
`--cluster …`), each on its own copy, as a whole process. Prints the wall time and CPU time
of the process tree, its ms a page, and the flow body from Prefect's log: the per-page costs
behind docs/decisions/0009-dask-for-parse-batches.md. Facts are checked to be the same in
every mode.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import duckdb  # noqa: E402
import parse_stage as stored  # noqa: E402

FLOW = re.compile(
    r"(\d\d):(\d\d):(\d\d)\.(\d{3}) \| \w+ *\| Flow run '[^']+' - (Beginning|Finished)"
)


def flow_seconds(log: str) -> float | None:
    marks = [
        int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000
        for h, m, s, ms, _ in FLOW.findall(log)
    ]
    return marks[-1] - marks[0] if len(marks) >= 2 else None


def facts(db: Path) -> tuple:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return tuple(
            con.execute(f"SELECT count(*), sum(hash(fact_id)) FROM {table}").fetchone()
            for table in ("amounts", "conditions")
        )
    finally:
        con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--modes", default="workers:1,workers:2,local:2")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rebuild-bench-"))
    try:
        template = work / "stored.duckdb"
        stored.stored_warehouse(template, args.pages, args.seed)
        sources = work / "sources.yaml"
        lines = ["sources:"] + [
            f"  - {{id: {s.id}, publisher: {s.publisher}, lang: {s.lang}, url: '{s.url}'}}"
            for s in stored.config_for(args.pages).sources
        ]
        sources.write_text("\n".join(lines) + "\n")
        seen = set()
        for mode in args.modes.split(","):
            kind, _, value = mode.partition(":")
            option = ["--workers", value] if kind == "workers" else ["--cluster", mode]
            db = work / "w.duckdb"
            shutil.copy(template, db)
            command = [str(Path(sys.executable).with_name("permitwatch")), "rebuild",
                       "--sources", str(sources), "--db", str(db), *option]  # fmt: skip
            before = os.times()
            started = time.perf_counter()
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
            wall = time.perf_counter() - started
            after = os.times()
            cpu = (after.children_user + after.children_system) - (
                before.children_user + before.children_system
            )
            if done.returncode != 0:
                print(done.stdout[-2000:], done.stderr[-4000:])
                return 1
            body = flow_seconds(done.stdout + done.stderr)
            seen.add(facts(db))
            print(
                f"rebuild {args.pages} pages, {' '.join(option)}: wall {wall:.1f} s "
                f"({wall / args.pages * 1000:.2f} ms a page), flow body "
                + (f"{body:.1f} s ({body / args.pages * 1000:.2f} ms a page)" if body else "?")
                + f", CPU of the process tree {cpu:.1f} s ({cpu / args.pages * 1000:.2f} ms "
                f"a page)",
                flush=True,
            )
            db.unlink()
        if len(seen) != 1 or next(iter(seen))[0][0] == 0:
            print(f"the modes disagree on the facts: {seen}")
            return 1
        print(f"same facts in every mode: {seen.pop()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
