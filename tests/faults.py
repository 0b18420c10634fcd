"""Fault injection for the local test server: per path, the answers a real server gets wrong.

Each function returns a `Route` for `LocalServer.routes[path]`. Faults that plain status
codes and bodies cannot express (a reset, a short body, a drip) write the answer by hand
through `Route.respond`. Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import functools
import socket
import struct
import time
import zlib
from http.server import BaseHTTPRequestHandler

from tests.server import Route

DRIP_LIMIT_SECONDS = 30.0  # a drip never outlives the test that asked for it


def _head(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str]) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.flush()


def timeout(seconds: float = 5.0) -> Route:
    """No answer at all for `seconds`: the client's timeout must end it."""
    return Route(body=b"<p>too late</p>", delay=seconds)


def drip(every: float = 0.1, declared: int = 100_000) -> Route:
    """Headers at once, then one byte every `every` seconds: each read succeeds, the whole never
    arrives. A per-read timeout never fires; only a budget for the whole response ends it."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        try:
            _head(handler, 200, {"Content-Type": "text/html", "Content-Length": str(declared)})
            stop = time.monotonic() + DRIP_LIMIT_SECONDS
            while time.monotonic() < stop:
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(every)
        except OSError:
            pass  # the client hung up: what a timeout looks like from here

    return Route(respond=respond)


def status(code: int, retry_after: str | None = None, body: bytes = b"busy") -> Route:
    """Every request answered with `code` (500, 503, 429...), with Retry-After when given."""
    return Route(fail_first=10**6, fail_status=code, retry_after=retry_after, body=body)


def reset() -> Route:
    """Read the request, then close with a TCP RST instead of an answer."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        conn = handler.connection
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()

    return Route(respond=respond)


def short_body(body: bytes = b"<p>half a page", declared: int = 10_000) -> Route:
    """Content-Length promises `declared` bytes; fewer come, then the connection closes."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        try:
            _head(handler, 200, {"Content-Type": "text/html", "Content-Length": str(declared)})
            handler.wfile.write(body)
            handler.wfile.flush()
            handler.connection.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    return Route(respond=respond)


def chunked(body: bytes, piece: int = 65536) -> Route:
    """The body in chunked transfer encoding: no Content-Length to refuse it by up front."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        try:
            _head(handler, 200, {"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
            for start in range(0, len(body), piece):
                part = body[start : start + piece]
                handler.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            handler.wfile.write(b"0\r\n\r\n")
            handler.wfile.flush()
        except OSError:
            pass  # the client stopped reading at its cap

    return Route(respond=respond)


@functools.cache
def _bomb(megabytes: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip framing
    zeros = b"\0" * 1_000_000
    return b"".join(packer.compress(zeros) for _ in range(megabytes)) + packer.flush()


def gzip_bomb(megabytes: int = 50) -> Route:
    """A ~50 KB gzip body that expands to `megabytes` MB of zeros."""
    return Route(body=_bomb(megabytes), headers={"Content-Encoding": "gzip"})


@functools.cache
def _zeros(megabytes: int, encoding: str) -> bytes:
    return encode(b"\0" * (megabytes * 1_000_000), encoding)


def encode(body: bytes, encoding: str) -> bytes:
    """`body` as a server sends it with `Content-Encoding: encoding` (br or zstd)."""
    if encoding == "br":
        import brotli

        return brotli.compress(body, quality=5)
    from fetch.body import zstd

    return zstd.compress(body)


def encoded(body: bytes, encoding: str) -> Route:
    """A page sent with a compression the client asked for."""
    return Route(body=encode(body, encoding), headers={"Content-Encoding": encoding})


def bomb(encoding: str, megabytes: int = 50) -> Route:
    """A few KB of br or zstd that expand to `megabytes` MB of zeros."""
    return Route(body=_zeros(megabytes, encoding), headers={"Content-Encoding": encoding})


def redirect(to: str) -> Route:
    return Route(redirect_to=to)


def charset(text: str, encoding: str, label: str | None) -> Route:
    """`text` encoded as `encoding` but labelled `label` (None: no charset at all)."""
    content_type = f"text/html; charset={label}" if label else "text/html"
    return Route(body=text.encode(encoding), content_type=content_type)


def robots(disallow: str) -> Route:
    return Route(body=f"User-agent: *\nDisallow: {disallow}\n".encode(), content_type="text/plain")
