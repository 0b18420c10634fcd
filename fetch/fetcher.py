"""Fetch watched pages politely: per-host concurrency and delay, robots.txt, retries
with backoff that honour Retry-After, conditional GET, capped bodies, recorded redirects.

Every request becomes an `Attempt`; the caller stores them (one row each in `fetches`).
Nothing here touches the warehouse, so it is tested against a real local server alone.
What each server fault turns into is listed in docs/reliability.md.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from fetch.addresses import AddressGuard
from fetch.attempts import Attempt, Validators
from fetch.body import ACCEPT_ENCODING, read_capped
from fetch.errors import RETRYABLE_STATUS, FetchError
from fetch.pools import HostPools
from fetch.robots import Robots
from fetch.sources import Settings, Source


class HostGate:
    """At most `concurrency` requests in flight to one host, starts `delay` seconds apart."""

    def __init__(self, concurrency: int, delay: float):
        self._slots = asyncio.Semaphore(concurrency)
        self._order = asyncio.Lock()
        self._delay = delay
        self._next_start = 0.0

    def slot(self) -> HostGate:
        """`async with gate.slot():` a place among the host's requests, held to the block's end.

        The gate is its own context manager (nothing of one request is kept on it): an
        @asynccontextmanager built a generator for every request: 4.0-4.2 -> 2.0-2.2 us a
        slot, uncontended (best of 7 x 1,000; benchmarks/README.md, round 18).
        """
        return self

    async def __aenter__(self) -> None:
        await self._slots.acquire()
        try:
            async with self._order:
                loop = asyncio.get_running_loop()
                wait = self._next_start - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next_start = loop.time() + self._delay
        except BaseException:  # cancelled while waiting its turn: the place is given back
            self._slots.release()
            raise

    async def __aexit__(self, *exc: object) -> None:
        self._slots.release()


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
            return response, await read_capped(response, settings.max_bytes), url
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
    forbidden = await guard.forbidden(source.host)
    if forbidden:
        return [_failed(source, "forbidden_address", forbidden)]
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


class _SetCookies(httpx.Cookies):
    """The client's cookies, read from an answer only when it sets one.

    httpx hands every response to `http.cookiejar`, wrapping it and its request (the URL
    parsed again) before the jar looks for a Set-Cookie header: ~20 us an answer, 3 % of an
    unchanged night's fetching (1,000 304s, none with a cookie; benchmarks/README.md, round
    18). Kept and sent as before when a server does set one.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers or "set-cookie2" in response.headers:
            super().extract_cookies(response)


class _Client(httpx.AsyncClient):
    """httpx's client with `_SetCookies` (httpx reads `client.cookies` for each answer)."""

    def __init__(self, **options) -> None:
        super().__init__(**options)
        self.cookies = options.get("cookies")

    @property
    def cookies(self) -> httpx.Cookies:
        return self._set_cookies

    @cookies.setter
    def cookies(self, cookies: httpx.Cookies | dict[str, str] | None) -> None:
        self._set_cookies = _SetCookies(cookies)


def make_client(
    settings: Settings,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The one client of a run; redirects are followed by `_get`, not by httpx. At most 64
    connections open, a pool per host (fetch/pools.py)."""
    return _Client(
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        timeout=httpx.Timeout(settings.timeout_seconds),
        transport=transport or HostPools(settings.concurrency_per_host, most=64, hosts=32),
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
    guard = AddressGuard()
    robots = Robots(client, settings, guard)

    async def one(source: Source) -> None:
        gate = gates.get(source.host)
        if gate is None:  # one a host, not one built (and dropped) for every source
            gate = gates[source.host] = HostGate(
                settings.concurrency_per_host, settings.delay_seconds
            )
        try:
            forbidden = await guard.forbidden(source.host)
            refusal = None if forbidden else await robots.refusal(source, gate)
            if forbidden:  # not even its robots.txt is asked
                attempts = [_failed(source, "forbidden_address", forbidden)]
            elif refusal:
                attempts = [_failed(source, *refusal)]
            else:
                attempts = await fetch_source(
                    client, source, settings, gate, validators.get(source.id), guard
                )
        except Exception as exc:  # an answer nobody foresaw must not sink the other sources
            attempts = [_failed(source, "internal_error", f"{type(exc).__name__}: {exc}")]
        on_done(source, attempts)

    await asyncio.gather(*(one(s) for s in sources))
