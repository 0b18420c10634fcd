"""Which Prefect server a command uses: the maintainer's, the local background one, or a
temporary one, and the line that says so."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from flows import server
from tests.server import Route


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: nothing listens


@pytest.fixture
def web(server):
    return server  # the local HTTP server of conftest (the module's `server` is flows.server)


@pytest.fixture
def auto(monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv(server.MODE, "auto")


def test_a_local_server_that_answers_its_health_check_is_used(web, auto, monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "")  # restored after the test: use() sets it
    monkeypatch.delenv("PREFECT_API_URL")
    web.routes["/api/health"] = Route(b"true", content_type="application/json")
    choice = server.choose(web.port)
    assert choice.api_url == f"http://127.0.0.1:{web.port}/api"
    assert "using the local server" in choice.line
    server.use(choice)
    assert os.environ["PREFECT_API_URL"] == choice.api_url


def test_without_a_local_server_a_temporary_one_is_started_and_the_line_says_how_to_avoid_it(
    auto,
):
    choice = server.choose(closed_port())
    assert choice.api_url is None
    assert "temporary server" in choice.line and "permitwatch server start" in choice.line


def test_a_server_that_answers_something_else_is_not_taken_for_prefect(web, auto):
    web.routes["/api/health"] = Route(b"no", status=503)
    assert server.choose(web.port).api_url is None


def test_the_maintainers_own_api_url_always_wins(web, monkeypatch):
    web.routes["/api/health"] = Route(json.dumps(True).encode())
    monkeypatch.setenv("PREFECT_API_URL", "http://prefect.example:4200/api")
    choice = server.choose(web.port)
    assert choice.api_url == "http://prefect.example:4200/api"
    assert "PREFECT_API_URL" in choice.line


def test_the_test_suite_never_uses_a_developers_background_server(web, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    web.routes["/api/health"] = Route(b"true")
    assert server.choose(web.port).api_url is None  # conftest: temporary


# `permitwatch server start` itself: a detached process whose output goes to a log file.
# Prefect's own `--background` left the server writing to pipes nobody read once the
# starting command had exited; its next log line failed the request (HTTP 500) and the
# server died (a 5,000-page night's 3 MB artifact). The stand-in logs on every request.

FAKE = [sys.executable, str(Path(__file__).with_name("fake_prefect_server.py"))]


def _get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status


def _start_in_a_process_that_exits(port: int, home: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from flows import server; "
        f"print(server.start({port}, Path({str(home)!r}), 30, {FAKE + [str(port)]!r}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == server.local_api_url(port)


def test_the_server_keeps_answering_and_logging_after_the_start_command_exits(tmp_path):
    port, home = closed_port(), tmp_path / "prefect-home"
    _start_in_a_process_that_exits(port, home)
    try:
        for _ in range(3):  # each request makes the server log a line
            assert _get(f"http://127.0.0.1:{port}/api/artifacts/") == 200
        assert server.answers(server.local_api_url(port))
        log = (home / server.LOG).read_text()
        assert "fake prefect server starting" in log
        assert log.count("refusing to publish an event for /api/artifacts/") == 3
    finally:
        said = server.stop(home, timeout=10)
    assert "stopped the local Prefect server" in said and str(home / server.LOG) in said
    assert not server.answers(server.local_api_url(port))
    assert not (home / server.PID).exists()


def test_a_stale_pid_file_does_not_stop_a_new_start(tmp_path):
    port, home = closed_port(), tmp_path / "prefect-home"
    home.mkdir()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    (home / server.PID).write_text(gone.stdout)  # a server that died without `stop`
    assert server.stop(home) == "no local Prefect server was running"
    (home / server.PID).write_text(gone.stdout)
    try:
        assert server.start(port, home, 30, [*FAKE, str(port)]) == server.local_api_url(port)
    finally:
        server.stop(home, timeout=10)


def test_a_server_that_cannot_start_says_why_from_its_log(tmp_path):
    port, home = closed_port(), tmp_path / "prefect-home"
    broken = [sys.executable, "-c", "import sys; print('cannot bind: address in use'); sys.exit(3)"]
    with pytest.raises(RuntimeError) as failure:
        server.start(port, home, 30, broken)
    assert "stopped before it answered" in str(failure.value)
    assert "cannot bind: address in use" in str(failure.value)
    assert not (home / server.PID).exists()
