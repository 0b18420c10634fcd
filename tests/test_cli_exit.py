"""The console script as a shell runs it: `run` ends at once after its work (flows.cli.main),
with the command's status and every line said; a night imports no PDF reader and no alert
sender it does not use."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def permitwatch(
    *args: str, cwd: Path, home: Path | None = None, timeout: int = 120, **env: str
) -> subprocess.CompletedProcess:
    # `-m flows.cli` runs `main`, as the `permitwatch` script does
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(home or cwd), **env},
    )


def test_a_run_that_ends_at_once_keeps_its_status_and_its_message(tmp_path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - {id: a, publisher: nowhere, lang: en, url: 'https://x.be/a'}\n")
    done = permitwatch("run", "--sources", str(bad), "--db", str(tmp_path / "w.duckdb"), cwd=ROOT)
    assert done.returncode == 2, done.stderr
    assert "nothing was fetched" in done.stderr
    assert "publisher" in done.stderr
    assert not (tmp_path / "w.duckdb").exists()


def test_other_commands_end_as_python_does(tmp_path):
    good = tmp_path / "sources.yaml"
    good.write_text("sources:\n  - {id: a, publisher: federal, lang: en, url: 'https://x.be/a'}\n")
    done = permitwatch("sources", "check", "--sources", str(good), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "1 sources, valid" in done.stdout


def test_the_night_imports_no_pdf_reader_until_a_pdf_comes():
    script = (
        "import sys, flows.cli, flows.nightly\n"
        "before = 'pypdf' in sys.modules\n"
        "from parsers.pdf import extract_pdf_blocks\n"
        "try:\n"
        "    extract_pdf_blocks(b'%PDF-1.4 not really')\n"
        "except Exception:\n"
        "    pass\n"
        "print(before, 'pypdf' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


def test_a_clean_night_ends_quietly_after_its_temporary_server(tmp_path):
    # Prefect's temporary server is stopped by the exit handlers; the run's last log lines
    # must reach it first, or a clean night ends on "Error logging to API" (seen after the
    # quick end came in). HOME in tmp_path: a Prefect home of its own, as on a fresh machine.
    done = permitwatch(
        "run", "--offline", "--edition", "1",
        "--db", str(tmp_path / "w.duckdb"), "--reports", str(tmp_path / "reports"),
        cwd=ROOT, home=tmp_path, timeout=180, PERMITWATCH_PREFECT_SERVER="temporary",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "run 1 completed, health ok" in done.stdout + done.stderr
    assert "Stopping temporary server" in done.stderr  # it did run on the temporary server
    assert "Error" not in done.stderr and "Traceback" not in done.stderr, done.stderr[-3000:]


def test_the_night_imports_no_alert_sender_until_a_target_is_set():
    # apprise is 66 modules and 4 MB of the run's memory: loaded only to send
    script = (
        "import sys, flows.cli, flows.nightly\n"
        "from reports.alerts import Alert, send\n"
        "from reports.config import Notify\n"
        "before = 'apprise' in sys.modules\n"
        "nobody = send(Alert('t', 'b', 'info'), Notify())\n"
        "quiet = 'apprise' in sys.modules\n"
        "send(Alert('t', 'b', 'info'), Notify(urls=['json://127.0.0.1:9/']))\n"
        "print(before, nobody, quiet, 'apprise' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "False", "True"]


def test_the_night_fetches_without_loading_trio_and_leaves_it_importable():
    # httpcore would import trio (installed for selenium) at Prefect's import: 3-5 MB of the
    # run's memory for an event loop a night never runs (flows/without_trio.py)
    script = (
        "import asyncio, sys, threading\n"
        "from http.server import BaseHTTPRequestHandler, HTTPServer\n"
        "import flows.cli, flows.nightly, httpx\n"
        "class Page(BaseHTTPRequestHandler):\n"
        "    def do_GET(self):\n"
        "        self.send_response(200); self.end_headers(); self.wfile.write(b'EUR 450')\n"
        "    def log_message(self, *args): pass\n"
        "server = HTTPServer(('127.0.0.1', 0), Page)\n"
        "threading.Thread(target=server.serve_forever, daemon=True).start()\n"
        "async def get():\n"
        "    async with httpx.AsyncClient() as client:\n"
        "        return (await client.get(f'http://127.0.0.1:{server.server_port}/')).text\n"
        "print(asyncio.run(get()), 'trio' in sys.modules)\n"
        "import trio\n"
        "print(trio.__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["EUR", "450", "False", "trio"]
