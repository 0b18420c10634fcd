"""A real HTTP server on 127.0.0.1 for tests: each path answers as its `Route` says."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    redirect_to: str | None = None  # answer 302 with this Location
    fail_first: int = 0  # answer `fail_status` this many times before the real answer
    fail_status: int = 503
    retry_after: str | None = None  # sent with the failures
    delay: float = 0.0  # seconds before answering
    # Write the whole answer by hand (resets, short bodies, drips: tests/faults.py).
    respond: Callable[[BaseHTTPRequestHandler], None] | None = None


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    at: float
    connection: tuple[str, int] = ("", 0)  # the client's address: one per TCP connection


@dataclass
class Posted:
    path: str
    headers: dict[str, str]
    body: bytes


class _Listener(ThreadingHTTPServer):
    """A listen backlog like a real server's (Linux default 4096, nginx 511), not the stdlib's 5.

    With 5, eight clients connecting while the accept loop waits for the GIL in a busy test
    process lose their SYNs; the kernel resends them after 1 s, so a first attempt times out
    without ever reaching the handler (seen: test_faults' short-body counted 1 request for 2
    recorded attempts, 2 runs in 6 under load; reproduced with a 0.3 s late accept loop:
    6 of 12 connects timed out at backlog 5, none at 128).
    """

    request_queue_size = 128


class LocalServer:
    """Start with `with LocalServer() as server:`; routes may be changed between runs."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.posted: list[Posted] = []
        self._hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                server._answer(self)

            def do_POST(self) -> None:  # noqa: N802 (webhooks: alerts are posted here)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with server._lock:
                    server.posted.append(Posted(self.path, dict(self.headers), body))
                server._send(self, 200, b"ok", {"Content-Type": "text/plain"})

        self._httpd = _Listener(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        httpd = self._httpd

        def handle_error(request, client_address) -> None:
            # A client that hangs up mid-answer (timeouts, caps) is expected: no traceback.
            if not isinstance(sys.exc_info()[1], OSError):
                ThreadingHTTPServer.handle_error(httpd, request, client_address)

        self._httpd.handle_error = handle_error
        self.port = self._httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        return self._hits.get(path, 0)

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        with self._lock:
            self.seen.append(
                Seen(path, dict(handler.headers), time.monotonic(), handler.client_address)
            )
            count = self._hits[path] = self._hits.get(path, 0) + 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            route = self.routes.get(path)
            if route is None:
                return self._send(handler, 404, b"not found", {"Content-Type": "text/plain"})
            if route.delay:
                time.sleep(route.delay)
            if route.respond is not None:
                return route.respond(handler)
            if count <= route.fail_first:
                extra = {"Retry-After": route.retry_after} if route.retry_after else {}
                return self._send(handler, route.fail_status, b"busy", extra)
            if route.redirect_to:
                return self._send(handler, 302, b"", {"Location": route.redirect_to})
            headers = {"Content-Type": route.content_type, **route.headers}
            if route.etag:
                headers["ETag"] = route.etag
            if route.last_modified:
                headers["Last-Modified"] = route.last_modified
            if route.etag and handler.headers.get("If-None-Match") == route.etag:
                return self._send(handler, 304, b"", headers)
            if (
                route.last_modified
                and handler.headers.get("If-Modified-Since") == route.last_modified
            ):
                return self._send(handler, 304, b"", headers)
            return self._send(handler, route.status, route.body, headers)
        finally:
            with self._lock:
                self.in_flight -= 1

    @staticmethod
    def _send(
        handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]
    ) -> None:
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            if status != 304:
                handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if status != 304:
                handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (a timeout test); nothing to tell it

    def __enter__(self) -> LocalServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
