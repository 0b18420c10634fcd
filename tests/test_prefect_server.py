"""Which Prefect server a command uses: the maintainer's, the local background one, or a
temporary one, and the line that says so."""

from __future__ import annotations

import json
import os
import socket

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
