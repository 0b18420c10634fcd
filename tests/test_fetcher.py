"""The fetcher against a real server on 127.0.0.1: politeness, retries, validators, caps."""

import asyncio
import time

import httpx
import pytest

from fetch.fetcher import (
    HostGate,
    Validators,
    fetch_all,
    fetch_source,
    make_client,
    retry_after_seconds,
)
from fetch.sources import Settings, Source
from tests.server import Route

FAST = Settings(delay_seconds=0, retries=2, backoff_seconds=0.05, timeout_seconds=3)


def source(server, path: str, **extra) -> Source:
    return Source(
        id="s" + path.replace("/", "-"),
        publisher="federal",
        lang="en",
        url=server.url(path),
        **extra,
    )


def fetch(server, src: Source, settings: Settings = FAST, validators=None):
    async def go():
        async with make_client(settings) as client:
            gate = HostGate(settings.concurrency_per_host, settings.delay_seconds)
            return await fetch_source(client, src, settings, gate, validators)

    return asyncio.run(go())


def test_a_page_is_fetched_with_its_validators_and_our_user_agent(server):
    server.routes["/p"] = Route(
        body=b"<p>EUR 450</p>", etag='"v1"', last_modified="Mon, 02 Nov 2026 10:00:00 GMT"
    )
    (attempt,) = fetch(server, source(server, "/p"))
    assert (attempt.outcome, attempt.status_code, attempt.body) == ("ok", 200, b"<p>EUR 450</p>")
    assert attempt.etag == '"v1"'
    assert attempt.last_modified == "Mon, 02 Nov 2026 10:00:00 GMT"
    assert attempt.final_url == server.url("/p")
    assert server.seen[-1].headers["User-Agent"].startswith("permitwatch/")


def test_conditional_get_turns_into_not_modified(server):
    server.routes["/p"] = Route(body=b"<p>x</p>", etag='"v1"')
    (attempt,) = fetch(server, source(server, "/p"), validators=Validators(etag='"v1"'))
    assert (attempt.outcome, attempt.status_code, attempt.body) == ("not_modified", 304, None)
    assert server.seen[-1].headers["If-None-Match"] == '"v1"'
    assert attempt.etag == '"v1"'  # kept for the next conditional GET


def test_unchanged_pages_share_one_connection(server):
    # A 304 left unread closed its connection: every later request paid a new TCP handshake.
    for i in range(5):
        server.routes[f"/p{i}"] = Route(body=b"<p>x</p>", etag='"v1"')
    sources = [source(server, f"/p{i}") for i in range(5)]
    settings = FAST.model_copy(update={"concurrency_per_host": 1, "respect_robots": False})
    done = []

    async def go():
        async with make_client(settings) as client:
            validators = {s.id: Validators(etag='"v1"') for s in sources}
            await fetch_all(client, sources, settings, validators, lambda s, a: done.append(a))

    asyncio.run(go())
    assert [attempts[-1].outcome for attempts in done] == ["not_modified"] * 5
    assert len({seen.connection for seen in server.seen}) == 1


def test_a_cookie_a_page_sets_is_sent_back_and_answers_without_one_skip_the_jar(
    server, monkeypatch
):
    # A site's consent cookie keeps travelling with the later requests of the night; the
    # answers that set none (a night of 304s) are no work for http.cookiejar.
    import http.cookiejar

    jar_reads = []
    extract = http.cookiejar.CookieJar.extract_cookies

    def counted(jar, response, request):
        jar_reads.append(request.get_full_url())
        return extract(jar, response, request)

    monkeypatch.setattr(http.cookiejar.CookieJar, "extract_cookies", counted)
    server.routes["/consent"] = Route(body=b"<p>ok</p>", headers={"Set-Cookie": "consent=yes"})
    for i in range(3):
        server.routes[f"/p{i}"] = Route(body=b"<p>EUR 450</p>", etag='"v1"')
    settings = FAST.model_copy(update={"concurrency_per_host": 1})
    done = []

    async def go():
        async with make_client(settings) as client:
            first = [source(server, "/consent")]
            await fetch_all(client, first, settings, {}, lambda s, a: done.append(a[-1]))
            rest = [source(server, f"/p{i}") for i in range(3)]
            validators = {s.id: Validators(etag='"v1"') for s in rest}
            await fetch_all(client, rest, settings, validators, lambda s, a: done.append(a[-1]))

    asyncio.run(go())
    assert [a.outcome for a in done] == ["ok", "not_modified", "not_modified", "not_modified"]
    assert jar_reads == [server.url("/consent")]
    pages = [seen for seen in server.seen if seen.path.startswith("/p")]
    assert [seen.headers.get("Cookie") for seen in pages] == ["consent=yes"] * 3


def test_last_modified_alone_also_gives_not_modified(server):
    stamp = "Mon, 02 Nov 2026 10:00:00 GMT"
    server.routes["/p"] = Route(body=b"<p>x</p>", last_modified=stamp)
    (attempt,) = fetch(server, source(server, "/p"), validators=Validators(last_modified=stamp))
    assert attempt.outcome == "not_modified"


def test_retry_after_is_honoured_then_the_page_arrives(server):
    server.routes["/p"] = Route(body=b"ok", fail_first=1, fail_status=503, retry_after="1")
    started = time.monotonic()
    first, second = fetch(server, source(server, "/p"))
    assert (first.outcome, first.status_code, first.error_class) == ("retry", 503, "http_503")
    assert (second.outcome, second.body) == ("ok", b"ok")
    requests = [s.at for s in server.seen if s.path == "/p"]
    assert requests[1] - requests[0] >= 0.95  # waited as the server asked
    assert time.monotonic() - started < 3


def test_429_is_retried_too(server):
    server.routes["/p"] = Route(body=b"ok", fail_first=2, fail_status=429, retry_after="0")
    attempts = fetch(server, source(server, "/p"))
    assert [a.outcome for a in attempts] == ["retry", "retry", "ok"]


def test_persistent_500_gives_up_after_the_configured_retries(server):
    server.routes["/p"] = Route(status=500, body=b"boom")
    attempts = fetch(server, source(server, "/p"))
    assert [a.outcome for a in attempts] == ["retry", "retry", "failed"]
    assert attempts[-1].error_class == "http_500"
    assert "gave up after 3 attempts" in attempts[-1].error
    assert server.hits("/p") == 3


def test_a_retry_after_longer_than_allowed_is_not_waited_for(server):
    server.routes["/p"] = Route(body=b"ok", fail_first=5, retry_after="3600")
    attempts = fetch(server, source(server, "/p"))
    assert len(attempts) == 1
    assert attempts[0].outcome == "failed"
    assert "3600" in attempts[0].error


def test_404_is_not_retried(server):
    (attempt,) = fetch(server, source(server, "/gone"))
    assert (attempt.outcome, attempt.status_code, attempt.error_class) == (
        "failed",
        404,
        "http_404",
    )


def test_redirects_are_followed_and_the_final_url_recorded(server):
    server.routes["/old"] = Route(redirect_to="/new")
    server.routes["/new"] = Route(body=b"moved here")
    (attempt,) = fetch(server, source(server, "/old"))
    assert attempt.url == server.url("/old")
    assert attempt.final_url == server.url("/new")
    assert attempt.body == b"moved here"


def test_a_redirect_off_the_allowed_hosts_is_refused(server):
    server.routes["/old"] = Route(redirect_to="http://example.org/elsewhere")
    (attempt,) = fetch(server, source(server, "/old"))
    assert (attempt.outcome, attempt.error_class) == ("failed", "redirect_not_allowed")


def test_a_redirect_loop_ends(server):
    server.routes["/a"] = Route(redirect_to="/b")
    server.routes["/b"] = Route(redirect_to="/a")
    (attempt,) = fetch(server, source(server, "/a"))
    assert attempt.error_class == "too_many_redirects"


def test_a_body_over_the_cap_is_refused(server):
    server.routes["/big"] = Route(body=b"x" * 2000)
    (attempt,) = fetch(server, source(server, "/big"), Settings(max_bytes=1000, retries=0))
    assert (attempt.outcome, attempt.error_class) == ("failed", "too_large")


def test_a_slow_page_times_out_within_its_own_budget(server):
    server.routes["/slow"] = Route(body=b"late", delay=2)
    started = time.monotonic()
    (attempt,) = fetch(
        server, source(server, "/slow"), Settings(timeout_seconds=0.3, retries=0, delay_seconds=0)
    )
    assert attempt.error_class == "timeout"
    assert time.monotonic() - started < 1.5


class _Watch(httpx.AsyncBaseTransport):
    """The client's own view of its requests: when each left, how many were out at once.

    Measured where the fetcher sends, not where the server receives: a test server's thread
    that waits for the GIL can see two requests sent 0.1 s apart arrive together.
    """

    def __init__(self, prefix: str) -> None:
        self.inner, self.prefix = httpx.AsyncHTTPTransport(), prefix
        self.starts: list[float] = []
        self.out = self.most = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.startswith(self.prefix):  # robots.txt
            return await self.inner.handle_async_request(request)
        self.starts.append(time.monotonic())
        self.out += 1
        self.most = max(self.most, self.out)
        try:  # until the answer's head is in: the server holds each one 0.2 s before it
            return await self.inner.handle_async_request(request)
        finally:
            self.out -= 1

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_per_host_concurrency_and_delay_are_respected(server):
    for i in range(6):
        server.routes[f"/p{i}"] = Route(body=b"x", delay=0.2)
    settings = Settings(concurrency_per_host=2, delay_seconds=0.1, retries=0)
    done = []
    watch = _Watch("/p")

    async def go():
        async with make_client(settings, transport=watch) as client:
            await fetch_all(
                client,
                [source(server, f"/p{i}") for i in range(6)],
                settings,
                {},
                lambda s, attempts: done.append(attempts[-1].outcome),
            )

    asyncio.run(go())
    assert done == ["ok"] * 6
    assert watch.most == 2 and server.max_in_flight <= 2
    starts = sorted(watch.starts)
    assert len(starts) == 6
    assert all(b - a >= 0.09 for a, b in zip(starts, starts[1:], strict=False))


def test_a_request_cancelled_while_waiting_its_turn_gives_its_place_back():
    # Two places, starts half a second apart: the second request waits for its start and is
    # cancelled (its source's budget ran out); a third gets that place, at its own start.
    async def go():
        gate = HostGate(2, 0.5)
        async with gate.slot():
            waiting = asyncio.create_task(_enter_and_hold(gate))
            await asyncio.sleep(0.05)
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting
            async with asyncio.timeout(3):  # held by the cancelled one, it would never come
                async with gate.slot():
                    return True

    assert asyncio.run(go())


async def _enter_and_hold(gate: HostGate) -> None:
    async with gate.slot():
        await asyncio.sleep(10)


def test_one_failing_source_does_not_hold_back_the_others(server):
    server.routes["/hang"] = Route(body=b"x", delay=2)
    for i in range(3):
        server.routes[f"/ok{i}"] = Route(body=b"fine")
    settings = Settings(concurrency_per_host=2, delay_seconds=0, retries=0, timeout_seconds=0.5)
    finished = {}

    async def go():
        started = time.monotonic()
        async with make_client(settings) as client:
            srcs = [source(server, "/hang")] + [source(server, f"/ok{i}") for i in range(3)]
            await fetch_all(
                client,
                srcs,
                settings,
                {},
                lambda s, a: finished.setdefault(s.id, (a[-1].outcome, time.monotonic() - started)),
            )

    asyncio.run(go())
    assert finished["s-hang"][0] == "failed"
    assert all(finished[f"s-ok{i}"][0] == "ok" for i in range(3))
    assert all(finished[f"s-ok{i}"][1] < 0.5 for i in range(3))


def test_robots_txt_refusal_is_recorded_without_fetching(server):
    server.routes["/robots.txt"] = Route(
        body=b"User-agent: *\nDisallow: /private\n", content_type="text/plain"
    )
    server.routes["/private/page"] = Route(body=b"secret")
    outcomes = {}

    async def go():
        async with make_client(FAST) as client:
            await fetch_all(
                client,
                [source(server, "/private/page")],
                FAST,
                {},
                lambda s, a: outcomes.update({s.id: a[-1]}),
            )

    asyncio.run(go())
    attempt = outcomes["s-private-page"]
    assert (attempt.outcome, attempt.error_class) == ("failed", "robots_disallowed")
    assert server.hits("/private/page") == 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5", 5.0),
        ("0", 0.0),
        (None, None),
        ("soon", None),
        ("Mon, 23 Nov 2026 10:00:30 GMT", 30.0),
    ],
)
def test_retry_after_parsing(value, expected):
    from datetime import UTC, datetime

    now = datetime(2026, 11, 23, 10, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(value, now) == expected
