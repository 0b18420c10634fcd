"""`permitwatch run` on a night where no page changed does not import the extractors, and
no night imports FastAPI.

Compiling the extractors' patterns and lexicons (parsers.amounts, parsers.conditions,
parsers.blocks, parsers.numbers, parsers.passages and rules.assign above them) took
0.55-0.7 s of the 2.4 s a whole unchanged night of 300 pages took (`python -X importtime`,
benchmarks/README.md round 15), and such a night parses nothing. The run is a real process
against the session's Prefect server; what it imported is read from `sys.modules` as it
exits.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server import Route
from tests.test_nightly_flow import run_flow, write_sources

pytestmark = pytest.mark.usefixtures("prefect_harness")

ROOT = Path(__file__).resolve().parents[1]
PARSING = (
    "parsers.extract",
    "parsers.amounts",
    "parsers.conditions",
    "parsers.blocks",
    "parsers.numbers",
    "parsers.passages",
    "rules.assign",
)
# FastAPI: Prefect encodes a flow run's parameters with it (flows/plain_flow.py); no night needs it
WATCHED = (*PARSING, "fastapi")
# The console script's main, with a last exit handler that says which of WATCHED it imported
RUN = (
    "import atexit, json, sys\n"
    f"WATCHED = {WATCHED!r}\n"
    "atexit.register(\n"
    "    lambda: print('imported', json.dumps([m for m in WATCHED if m in sys.modules]))\n"
    ")\n"
    "from flows.cli import main\n"
    "sys.argv[0] = 'permitwatch'\n"
    "main()\n"
)
PAGE = "<main><h2>Conditions</h2><p>The au pair receives at least EUR {} a month.</p></main>"


def run_process(sources: Path, tmp_path: Path) -> tuple[str, list[str]]:
    from prefect.settings import PREFECT_API_URL

    args = ["run", "--sources", str(sources), "--db", str(tmp_path / "w.duckdb")]
    done = subprocess.run(
        [sys.executable, "-c", RUN, *args, "--reports", str(tmp_path / "r")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "PYTHONPATH": str(ROOT),
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "PREFECT_API_URL": PREFECT_API_URL.value(),  # the session's server
        },
    )
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("imported "))
    summary = next(x for x in done.stdout.splitlines() if x.startswith("run "))
    return summary, json.loads(line.removeprefix("imported "))


def test_an_unchanged_night_imports_no_extractor_and_a_changed_one_does(server, tmp_path):
    server.routes["/p"] = Route(body=PAGE.format(450).encode())
    sources = write_sources(tmp_path / "sources.yaml", server, ["/p"])
    run_flow(sources, tmp_path / "w.duckdb", tmp_path)  # the first night, in this process

    summary, imported = run_process(sources, tmp_path)
    assert "(0 changed, 1 unchanged)" in summary and "0 pages parsed" in summary
    assert imported == []

    server.routes["/p"] = Route(body=PAGE.format(500).encode())
    summary, imported = run_process(sources, tmp_path)
    assert "(1 changed, 0 unchanged)" in summary and "1 pages parsed" in summary
    assert imported == list(PARSING)  # what a page to parse needs, and what is read above


def test_plain_parameters_are_sent_as_prefects_own_encoding_gives_them():
    from prefect import flow

    from flows.nightly import nightly
    from flows.plain_flow import PlainFlow

    def fn(a: str, b: int | None = None, c: bool = False, d: float = 0.5, e=None):
        pass

    ours, prefects = PlainFlow(fn=fn, name="f"), flow(fn, name="f")
    plain = {"a": "x.yaml", "b": None, "c": True, "d": 2.5, "e": 3}
    assert ours.serialize_parameters(plain) == prefects.serialize_parameters(plain) == plain
    other = {"a": Path("/tmp/x.yaml"), "b": 1, "e": {"k": (1, 2)}}  # not plain: Prefect's own
    assert ours.serialize_parameters(other) == prefects.serialize_parameters(other)
    assert ours.serialize_parameters(other) == {"a": "/tmp/x.yaml", "b": 1, "e": {"k": [1, 2]}}
    assert isinstance(nightly, PlainFlow)
