"""Fetch watched pages politely: per-host concurrency and delay, robots.txt, retries
with backoff that honour Retry-After, conditional GET, capped bodies, recorded redirects.

Every request becomes an `Attempt`; the caller stores them (one row each in `fetches`).
Nothing here touches the warehouse, so it is tested against a real local server alone.
"""

from __future__ import annotations

import asyncio
import time
import urllib.robotparser
from collections.abc import Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from flows.sources import Settings, Source

RETRYABLE_STATUS = {429, 500, 502, 503, 504}


@dataclass
class Validators:
    """What the last good fetch of a source told us, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Attempt:
    """One request for one source. `outcome` is ok | not_modified | retry | failed."""

    source_id: str
    attempt: int
    url: str
    outcome: str
    final_url: str | None = None
    status_code: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    body: bytes | None = None
    elapsed_ms: int = 0
    error_class: str | None = None
    error: str | None = None
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(tzinfo=None))


class FetchError(Exception):
    def __init__(
        self,
        error_class: str,
        message: str,
        retryable: bool = False,
        status_code: int | None = None,
        retry_after: float | None = None,
    ):
        super().__init__(message)
        self.error_class = error_class
        self.retryable = retryable
        self.status_code = status_code
        self.retry_after = retry_after


class HostGate:
    """At most `concurrency` requests in flight to one host, starts `delay` seconds apart."""

    def __init__(self, concurrency: int, delay: float):
        self._slots = asyncio.Semaphore(concurrency)
        self._order = asyncio.Lock()
        self._delay = delay
        self._next_start = 0.0

    @asynccontextmanager
    async def slot(self):
        async with self._slots:
            async with self._order:
                loop = asyncio.get_running_loop()
                wait = self._next_start - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next_start = loop.time() + self._delay
            yield


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds to wait: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def allowed_hosts(source: Source) -> set[str]:
    return {source.host, *source.allow_hosts}


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if (
        declared.isdigit()
        and int(declared) > max_bytes
        and "content-encoding" not in response.headers
    ):
        raise FetchError("too_large", f"Content-Length {declared} exceeds the cap of {max_bytes}")
    chunks, total = [], 0
    async for chunk in response.aiter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise FetchError("too_large", f"body exceeds the cap of {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _get(
    client: httpx.AsyncClient, source: Source, headers: dict[str, str], settings: Settings
) -> tuple[httpx.Response, bytes, str]:
    """GET with redirects followed by hand, so each hop is checked against the allowed hosts."""
    url = source.url
    hosts = allowed_hosts(source)
    for _ in range(settings.max_redirects + 1):
        response = await client.send(
            client.build_request("GET", url, headers=headers), stream=True, follow_redirects=False
        )
        try:
            if response.has_redirect_location:
                target = response.url.join(response.headers["location"])
                if target.host not in hosts:
                    raise FetchError(
                        "redirect_not_allowed",
                        f"redirect from {url} to {target} leaves the allowed hosts "
                        f"({', '.join(sorted(hosts))})",
                        status_code=response.status_code,
                    )
                url = str(target)
                continue
            body = (
                b""
                if response.status_code == 304
                else await _read_capped(response, settings.max_bytes)
            )
            return response, body, url
        finally:
            await response.aclose()
    raise FetchError(
        "too_many_redirects", f"more than {settings.max_redirects} redirects from {source.url}"
    )


def _classify(response: httpx.Response) -> None:
    """Raise for a status that is not a usable answer."""
    code = response.status_code
    if code in (200, 304):
        return
    retry_after = retry_after_seconds(response.headers.get("retry-after"))
    raise FetchError(
        f"http_{code}",
        f"HTTP {code} {response.reason_phrase}".strip(),
        retryable=code in RETRYABLE_STATUS,
        status_code=code,
        retry_after=retry_after,
    )


async def fetch_source(
    client: httpx.AsyncClient,
    source: Source,
    settings: Settings,
    gate: HostGate,
    validators: Validators | None = None,
) -> list[Attempt]:
    """All attempts for one source; the last one says how it ended."""
    headers = {}
    if validators and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    attempts: list[Attempt] = []
    for number in range(1, settings.retries + 2):
        started = time.monotonic()
        record = Attempt(source_id=source.id, attempt=number, url=source.url, outcome="failed")
        error: FetchError | None = None
        async with gate.slot():
            try:
                async with asyncio.timeout(settings.timeout_seconds):
                    response, body, final_url = await _get(client, source, headers, settings)
                record.final_url = final_url
                record.status_code = response.status_code
                _classify(response)
                record.outcome = "not_modified" if response.status_code == 304 else "ok"
                record.etag = response.headers.get("etag") or (validators and validators.etag)
                record.last_modified = response.headers.get("last-modified") or (
                    validators and validators.last_modified
                )
                record.content_type = response.headers.get("content-type")
                record.body = body if response.status_code == 200 else None
            except FetchError as exc:
                error = exc
            except TimeoutError:
                error = FetchError(
                    "timeout",
                    f"no complete answer within {settings.timeout_seconds:g} s",
                    retryable=True,
                )
            except httpx.TransportError as exc:
                error = FetchError(
                    f"connection_{type(exc).__name__}",
                    f"{type(exc).__name__}: {exc}".rstrip(": "),
                    retryable=True,
                )
        record.elapsed_ms = int((time.monotonic() - started) * 1000)
        attempts.append(record)
        if error is None:
            return attempts
        record.error_class, record.error = error.error_class, str(error)
        record.status_code = error.status_code or record.status_code
        if not error.retryable or number > settings.retries:
            if error.retryable:
                record.error += f" (gave up after {number} attempts)"
            return attempts
        wait = (
            error.retry_after
            if error.retry_after is not None
            else (settings.backoff_seconds * 2 ** (number - 1))
        )
        if wait > settings.max_retry_after_seconds:
            record.error += (
                f"; server asks to wait {wait:g} s, more than the allowed "
                f"{settings.max_retry_after_seconds:g} s"
            )
            return attempts
        record.outcome = "retry"
        await asyncio.sleep(wait)
    return attempts


class Robots:
    """robots.txt per host, fetched once per run (RFC 9309: unreachable means disallow)."""

    def __init__(self, client: httpx.AsyncClient, settings: Settings):
        self._client = client
        self._settings = settings
        self._rules: dict[str, asyncio.Task] = {}

    async def _load(self, origin: str, gate: HostGate) -> urllib.robotparser.RobotFileParser | str:
        parser = urllib.robotparser.RobotFileParser()
        try:
            async with gate.slot(), asyncio.timeout(self._settings.timeout_seconds):
                response = await self._client.get(f"{origin}/robots.txt", follow_redirects=True)
                text = response.text if response.status_code == 200 else ""
        except (TimeoutError, httpx.TransportError) as exc:
            return f"robots.txt of {origin} unreachable ({type(exc).__name__})"
        if response.status_code >= 500:
            return f"robots.txt of {origin} answered HTTP {response.status_code}"
        parser.parse(text.splitlines())  # 4xx: no rules, everything allowed
        return parser

    async def refusal(self, source: Source, gate: HostGate) -> str | None:
        """Why robots.txt forbids this source, or None when it may be fetched."""
        if not self._settings.respect_robots:
            return None
        parts = urlsplit(source.url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._rules:
            self._rules[origin] = asyncio.ensure_future(self._load(origin, gate))
        rules = await self._rules[origin]
        if isinstance(rules, str):
            return rules
        if not rules.can_fetch(self._settings.user_agent, source.url):
            return f"robots.txt of {origin} disallows {parts.path or '/'}"
        return None


def make_client(
    settings: Settings,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The one client of a run; redirects are followed by `_get`, not by httpx."""
    return httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(settings.timeout_seconds),
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
        transport=transport,
        follow_redirects=False,
    )


async def fetch_all(
    client: httpx.AsyncClient,
    sources: Iterable[Source],
    settings: Settings,
    validators: dict[str, Validators],
    on_done: Callable[[Source, list[Attempt]], None],
) -> None:
    """Fetch every source concurrently within the per-host limits; report each as it ends."""
    gates: dict[str, HostGate] = {}
    robots = Robots(client, settings)

    async def one(source: Source) -> None:
        gate = gates.setdefault(
            source.host, HostGate(settings.concurrency_per_host, settings.delay_seconds)
        )
        refusal = await robots.refusal(source, gate)
        if refusal:
            attempts = [
                Attempt(
                    source_id=source.id,
                    attempt=1,
                    url=source.url,
                    outcome="failed",
                    error_class="robots_disallowed",
                    error=refusal,
                )
            ]
        else:
            attempts = await fetch_source(client, source, settings, gate, validators.get(source.id))
        on_done(source, attempts)

    await asyncio.gather(*(one(s) for s in sources))
