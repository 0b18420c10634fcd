"""robots.txt, read once per host and run (RFC 9309: unreachable means disallow)."""

from __future__ import annotations

import asyncio
import urllib.robotparser
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx

from fetch.body import read_prefix
from fetch.errors import FetchError
from fetch.sources import Settings, Source

if TYPE_CHECKING:
    from fetch.fetcher import HostGate

ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB; we read no more


class Robots:
    """robots.txt per host, fetched once per run (RFC 9309: unreachable means disallow)."""

    def __init__(self, client: httpx.AsyncClient, settings: Settings):
        self._client = client
        self._settings = settings
        self._rules: dict[str, asyncio.Task] = {}

    async def _load(
        self, origin: str, gate: HostGate
    ) -> urllib.robotparser.RobotFileParser | tuple[str, str]:
        parser = urllib.robotparser.RobotFileParser()
        try:
            async with gate.slot(), asyncio.timeout(self._settings.timeout_seconds):
                request = self._client.build_request("GET", f"{origin}/robots.txt")
                response = await self._client.send(request, stream=True, follow_redirects=True)
                try:
                    body = await read_prefix(response, ROBOTS_MAX_BYTES)
                finally:
                    await response.aclose()
                text = body.decode("utf-8", "replace") if response.status_code == 200 else ""
        except (TimeoutError, httpx.HTTPError, httpx.InvalidURL, FetchError) as exc:
            return unreachable(origin, exc)
        if response.status_code >= 500:
            code = response.status_code
            return "robots_disallowed", f"robots.txt of {origin} answered HTTP {code}"
        parser.parse(text.splitlines())  # 4xx: no rules, everything allowed
        return parser

    async def refusal(self, source: Source, gate: HostGate) -> tuple[str, str] | None:
        """(error_class, why) when robots.txt forbids this source, or None when it may be
        fetched."""
        if not self._settings.respect_robots:
            return None
        parts = urlsplit(source.url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._rules:
            self._rules[origin] = asyncio.ensure_future(self._load(origin, gate))
        rules = await self._rules[origin]
        if isinstance(rules, tuple):
            return rules
        if not rules.can_fetch(self._settings.user_agent, source.url):
            return "robots_disallowed", f"robots.txt of {origin} disallows {parts.path or '/'}"
        return None


def unreachable(origin: str, exc: Exception) -> tuple[str, str]:
    """Why robots.txt could not be read, classed like a page's own failure.

    The source is not fetched either way (RFC 9309), but a network that is down must read
    as `connection_ConnectError` or `timeout`, not as a site's refusal: 56 "robots_disallowed"
    hid an outage. A redirect loop or an oversized answer stays a refusal.
    """
    what = f"robots.txt of {origin} unreachable ({type(exc).__name__}); page not fetched"
    if isinstance(exc, TimeoutError | httpx.TimeoutException):
        return "timeout", what
    if isinstance(exc, httpx.TransportError):
        return f"connection_{type(exc).__name__}", what
    return "robots_disallowed", what
