"""Fetch watched pages politely: per-host concurrency and delay, robots.txt, retries
with backoff that honour Retry-After, conditional GET, capped bodies, recorded redirects.

Every request becomes an `Attempt`; the caller stores them (one row each in `fetches`).
Nothing here touches the warehouse, so it is tested against a real local server alone.
What each server fault turns into is listed in docs/reliability.md.
"""

from __future__ import annotations

import asyncio
import time
import urllib.robotparser
import zlib
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from flows.addresses import AddressGuard
from flows.sources import Settings, Source

RETRYABLE_STATUS = {429, 500, 502, 503, 504}
INFLATE_STEP = 65536  # most bytes one step of gzip/deflate decoding may produce
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB; we read no more


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


async def _decoded(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body with gzip/deflate removed, never more than INFLATE_STEP bytes per step.

    httpx inflates each network chunk whole, so one 64 KB chunk of a gzip bomb becomes
    ~64 MB in memory before a cap can look at it; inflating in bounded steps lets the cap
    stop a bomb after `max_bytes`. Other encodings are left to httpx.
    """
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate"):
        async for chunk in response.aiter_bytes():
            yield chunk
        return
    gzipped = encoding != "deflate"
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if gzipped else zlib.MAX_WBITS)
    started = False
    async for raw in response.aiter_raw():
        data = raw
        while data:
            try:
                out = inflater.decompress(data, INFLATE_STEP)
            except zlib.error as exc:
                if not gzipped and not started:  # "deflate" sent without its zlib header
                    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    started = True
                    continue
                raise FetchError(
                    "bad_encoding", f"the {encoding} body cannot be decoded ({exc})"
                ) from exc
            started = True
            data = inflater.unconsumed_tail
            if out:
                yield out
            if len(out) == INFLATE_STEP and not data:  # a full step: output may still wait
                while out := inflater.decompress(b"", INFLATE_STEP):
                    yield out
    if tail := inflater.flush():
        yield tail


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if (
        declared.isdigit()
        and int(declared) > max_bytes
        and "content-encoding" not in response.headers
    ):
        raise FetchError("too_large", f"Content-Length {declared} exceeds the cap of {max_bytes}")
    chunks, total = [], 0
    async for chunk in _decoded(response):
        total += len(chunk)
        if total > max_bytes:
            raise FetchError("too_large", f"body exceeds the cap of {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _get(
    client: httpx.AsyncClient,
    source: Source,
    headers: dict[str, str],
    settings: Settings,
    guard: AddressGuard,
) -> tuple[httpx.Response, bytes, str]:
    """GET with redirects followed by hand, so each hop is checked against the allowed hosts
    and, from a public source, refused when it leads to a private address."""
    url = source.url
    hosts = allowed_hosts(source)
    for _ in range(settings.max_redirects + 1):
        response = await client.send(
            client.build_request("GET", url, headers=headers), stream=True, follow_redirects=False
        )
        try:
            if response.has_redirect_location:
                target = response.url.join(response.headers["location"])
                if target.scheme not in ("http", "https") or target.host not in hosts:
                    raise FetchError(
                        "redirect_not_allowed",
                        f"redirect from {url} to {target} leaves the allowed hosts "
                        f"({', '.join(sorted(hosts))})",
                        status_code=response.status_code,
                    )
                refusal = await guard.refusal(source.host, target.host)
                if refusal:
                    raise FetchError(
                        "redirect_private_address",
                        f"redirect from {url} to {target} refused: {refusal}",
                        status_code=response.status_code,
                    )
                url = str(target)
                continue
            if response.status_code == 304:
                # No body, but reading its end hands the connection back to the pool: a 304
                # closed unread costs the next request a new TCP connection (measured: 16 %
                # of a warm night's fetching).
                await response.aread()
                return response, b"", url
            return response, await _read_capped(response, settings.max_bytes), url
        finally:
            await response.aclose()
    raise FetchError(
        "too_many_redirects", f"more than {settings.max_redirects} redirects from {source.url}"
    )


def _classify(response: httpx.Response, body: bytes) -> None:
    """Raise for a status that is not a usable answer."""
    code = response.status_code
    if code == 200 and not body.strip():
        # A glitch far more often than a page emptied on purpose: retry, and never store it
        # as the page's new body.
        raise FetchError(
            "empty_body", "HTTP 200 with an empty body", retryable=True, status_code=code
        )
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


def _transport_error(exc: httpx.TransportError) -> FetchError:
    """A connection failure, with the innermost cause that has words (httpx's are often empty)."""
    cause: BaseException | None = exc
    detail = ""
    while cause is not None and not detail:
        detail = str(cause)
        cause = cause.__cause__ or cause.__context__
    name = type(exc).__name__
    return FetchError(f"connection_{name}", f"{name}: {detail}".rstrip(": "), retryable=True)


async def fetch_source(
    client: httpx.AsyncClient,
    source: Source,
    settings: Settings,
    gate: HostGate,
    validators: Validators | None = None,
    guard: AddressGuard | None = None,
) -> list[Attempt]:
    """All attempts for one source; the last one says how it ended."""
    guard = guard or AddressGuard()
    headers = {}
    if validators and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    attempts: list[Attempt] = []
    for number in range(1, settings.retries + 2):
        error: FetchError | None = None
        async with gate.slot():  # time and stamp the attempt itself, not the wait for a slot
            started = time.monotonic()
            record = Attempt(source_id=source.id, attempt=number, url=source.url, outcome="failed")
            try:
                async with asyncio.timeout(settings.timeout_seconds):
                    response, body, final_url = await _get(client, source, headers, settings, guard)
                record.final_url = final_url
                record.status_code = response.status_code
                _classify(response, body)
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
                error = _transport_error(exc)
            except httpx.DecodingError as exc:
                error = FetchError("bad_encoding", f"the body cannot be decoded ({exc})")
            except httpx.InvalidURL as exc:  # httpx parses a Location even when not following
                error = FetchError("redirect_not_allowed", f"redirect to an invalid URL ({exc})")
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


async def _read_prefix(response: httpx.Response, limit: int) -> bytes:
    """At most `limit` bytes of the decoded body; the rest is not read."""
    chunks, total = [], 0
    async for chunk in _decoded(response):
        chunks.append(chunk[: limit - total])
        total += len(chunks[-1])
        if total >= limit:
            break
    return b"".join(chunks)


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
                request = self._client.build_request("GET", f"{origin}/robots.txt")
                response = await self._client.send(request, stream=True, follow_redirects=True)
                try:
                    body = await _read_prefix(response, ROBOTS_MAX_BYTES)
                finally:
                    await response.aclose()
                text = body.decode("utf-8", "replace") if response.status_code == 200 else ""
        except (TimeoutError, httpx.HTTPError, httpx.InvalidURL, FetchError) as exc:
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


def _failed(source: Source, error_class: str, error: str) -> Attempt:
    return Attempt(
        source_id=source.id,
        attempt=1,
        url=source.url,
        outcome="failed",
        error_class=error_class,
        error=error,
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
    guard = AddressGuard()

    async def one(source: Source) -> None:
        gate = gates.setdefault(
            source.host, HostGate(settings.concurrency_per_host, settings.delay_seconds)
        )
        try:
            refusal = await robots.refusal(source, gate)
            if refusal:
                attempts = [_failed(source, "robots_disallowed", refusal)]
            else:
                attempts = await fetch_source(
                    client, source, settings, gate, validators.get(source.id), guard
                )
        except Exception as exc:  # an answer nobody foresaw must not sink the other sources
            attempts = [_failed(source, "internal_error", f"{type(exc).__name__}: {exc}")]
        on_done(source, attempts)

    await asyncio.gather(*(one(s) for s in sources))
