"""robots.txt, read once per host and run (RFC 9309: unreachable means disallow)."""

from __future__ import annotations

import asyncio
import urllib.robotparser
from typing import TYPE_CHECKING

import httpx

from fetch.addresses import AddressGuard
from fetch.body import read_prefix
from fetch.errors import FetchError
from fetch.sources import Settings, Source, url_parts

if TYPE_CHECKING:
    from fetch.fetcher import HostGate

ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB; we read no more
ROBOTS_MAX_REDIRECTS = 5  # RFC 9309 2.3.1.2: follow at least five consecutive redirects


class Robots:
    """robots.txt per host, fetched once per run (RFC 9309: unreachable means disallow)."""

    def __init__(
        self, client: httpx.AsyncClient, settings: Settings, guard: AddressGuard | None = None
    ):
        self._client = client
        self._settings = settings
        self._guard = guard or AddressGuard()
        self._rules: dict[str, asyncio.Task] = {}

    async def _send(self, origin: str, host: str) -> httpx.Response:
        """GET robots.txt, each redirect hop checked as a page's hops are: http(s) only, never
        link-local or metadata, never from a public host into a private network.

        Any host may serve the rules (RFC 9309 allows redirects to other hosts); a refused hop
        raises FetchError, so the host counts as unreadable and nothing on it is fetched.
        """
        url = httpx.URL(f"{origin}/robots.txt")
        for _ in range(ROBOTS_MAX_REDIRECTS + 1):
            request = self._client.build_request("GET", url)
            response = await self._client.send(request, stream=True, follow_redirects=False)
            if not response.has_redirect_location:
                return response
            await response.aclose()
            target = response.url.join(response.headers["location"])
            refusal = (
                f"{target.scheme} is not http(s)"
                if target.scheme not in ("http", "https")
                else await self._guard.refusal(host, target.host)
            )
            if refusal:
                raise FetchError(
                    "redirect_private_address", f"redirect to {target} refused: {refusal}"
                )
            url = target
        raise httpx.TooManyRedirects(f"more than {ROBOTS_MAX_REDIRECTS} redirects")

    async def _load(
        self, origin: str, host: str, gate: HostGate
    ) -> urllib.robotparser.RobotFileParser | tuple[str, str]:
        parser = urllib.robotparser.RobotFileParser()
        try:
            async with gate.slot(), asyncio.timeout(self._settings.timeout_seconds):
                response = await self._send(origin, host)
                try:
                    body = await read_prefix(response, ROBOTS_MAX_BYTES)
                finally:
                    await response.aclose()
                text = body.decode("utf-8", "replace") if response.status_code == 200 else ""
        except FetchError as exc:  # a refused redirect hop or an oversized answer: a refusal
            return "robots_disallowed", f"robots.txt of {origin} unreachable ({exc})"
        except (TimeoutError, httpx.HTTPError, httpx.InvalidURL) as exc:
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
        parts = url_parts(source.url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._rules:
            self._rules[origin] = asyncio.ensure_future(
                self._load(origin, source.host, gate)
            )
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
