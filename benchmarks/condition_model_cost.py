"""What the condition classifier costs: parse time with it off and on, and a process's memory.

    .venv/bin/python benchmarks/condition_model_cost.py speed --pages /work/notes/tuning398.txt
        # parse_speed.py over the listed pages only, off then on then off then on (interleaved:
        # the machine's load moves between runs), with `uptime` beside each run
    .venv/bin/python benchmarks/condition_model_cost.py memory [EXPORT]
        # the export's size (and gzipped) and the RSS a fresh process adds when it loads it
        # (default: parsers/condition_model.json)

The cold night runs at ~234 MB of a 250 MB cap (issue 16), so the export's memory is what
decides whether a model can be shipped at all (decision 0011). `--pages` keeps the timing on
pages one may run (a protocol's tuning pages), not every page of tests/devset.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from parsers.condition_model import MODEL_PATH  # noqa: E402

PYTHON = sys.executable


def rss_kb(field: str = "VmRSS") -> int:
    """The process's resident memory now (VmRSS) or at its peak (VmHWM), in KB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _one_speed(pages_file: Path | None, switch: str) -> None:
    """parse_speed.py's own measure, in this process, over a directory of the listed pages."""
    import parse_speed

    from parsers import condition_model

    condition_model.ENABLED = switch == "on"
    with tempfile.TemporaryDirectory() as tmp:
        if pages_file is not None:
            for page_id in pages_file.read_text().split():
                source = parse_speed.DEVSET / f"{page_id}.html"
                if source.exists():  # a PDF page has no HTML to time
                    os.symlink(source, Path(tmp) / source.name)
            parse_speed.DEVSET = Path(tmp)
        parse_speed.main()


def _one_memory(path: Path = MODEL_PATH) -> None:
    """RSS can hide a load in the allocator's free lists (the imports leave some), so the
    Python objects the loaded model keeps (tracemalloc) are printed beside it."""
    import tracemalloc

    from parsers import condition_model

    before = rss_kb()
    model = condition_model.load(path)
    after, peak = rss_kb(), rss_kb("VmHWM")
    tracemalloc.start()  # a second copy, traced apart: tracing itself would swell the RSS
    again = condition_model.from_json(json.loads(path.read_text(encoding="utf-8")))
    kept = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert again == model
    size = path.stat().st_size
    packed = len(gzip.compress(path.read_bytes()))
    print(
        f"{path.name}: {size:,} bytes ({packed:,} gzipped), {len(model.weights):,} "
        f"features x {len(model.classes)} classes; loading adds {(after - before) / 1024:.1f} MB "
        f"RSS ({before / 1024:.1f} -> {after / 1024:.1f} MB, peak {peak / 1024:.1f} MB); "
        f"the model keeps {kept / 2**20:.1f} MB of Python objects"
    )


def speed(pages_file: Path | None, rounds: int) -> None:
    for n in range(rounds):
        for switch in ("off", "on"):
            load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
            print(f"-- round {n + 1}, model {switch}; {load}", flush=True)
            args = [PYTHON, __file__, "_speed", switch]
            if pages_file is not None:
                args += ["--pages", str(pages_file)]
            subprocess.run(args, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("speed")
    run.add_argument("--pages", type=Path, help="page ids to time (default: every dev page)")
    run.add_argument("--rounds", type=int, default=2)
    inner = sub.add_parser("_speed")  # one run in a fresh process (used by "speed")
    inner.add_argument("switch", choices=("on", "off"))
    inner.add_argument("--pages", type=Path)
    mem = sub.add_parser("memory")
    mem.add_argument("export", nargs="?", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    if args.command == "speed":
        speed(args.pages, args.rounds)
    elif args.command == "_speed":
        _one_speed(args.pages, args.switch)
    else:
        _one_memory(args.export)


if __name__ == "__main__":
    main()
