"""Fetcher faults that need a closer look than a nightly run gives: private redirects (with
a public-looking host mapped to 127.0.0.1, no DNS), bounded gzip decoding, robots.txt that
cannot be read, and answers nobody foresaw. All on 127.0.0.1."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time

import httpx
import pytest

from fetch import body, fetcher
from fetch.addresses import AddressGuard, is_public
from fetch.fetcher import HostGate, fetch_all, fetch_source, make_client
from fetch.sources import Settings, Source
from tests import faults
from tests.server import Route

FAST = Settings(delay_seconds=0, retries=1, backoff_seconds=0.05, timeout_seconds=2)
PUBLIC_HOST = "guidance.example"  # stands for a public site; resolved by `fake_dns` only
FAKE_DNS = {
    PUBLIC_HOST: ["93.184.215.14"],
    "localhost": ["127.0.0.1", "::1"],
    "rebound.example": ["169.254.169.254"],  # a public-looking name for the metadata service
}


async def fake_dns(host: str) -> list[str]:
    return FAKE_DNS.get(host, [])


class MapHosts(httpx.AsyncBaseTransport):
    """Send requests for PUBLIC_HOST to the local server, as if DNS had said so."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.host == PUBLIC_HOST:
            url = url.copy_with(host="127.0.0.1")
        local = httpx.Request(request.method, url, headers=request.headers, stream=request.stream)
        return await self._inner.handle_async_request(local)

    async def aclose(self) -> None:
        await self._inner.aclose()


def run(coro):
    return asyncio.run(coro)


def fetch(src: Source, settings: Settings = FAST, transport=None, guard=None):
    async def go():
        async with make_client(settings, transport) as client:
            gate = HostGate(1, 0)
            return await fetch_source(client, src, settings, gate, None, guard)

    return run(go())


def public_source(server, path: str, allow: tuple[str, ...]) -> Source:
    url = server.url(path).replace("127.0.0.1", PUBLIC_HOST)
    return Source(id="pub", publisher="federal", lang="en", url=url, allow_hosts=allow)


# --- which addresses are private -------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2a00:1450:4001:82b::200e", True),
        ("127.0.0.1", False),
        ("127.9.9.9", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("224.0.0.1", False),
    ],
)
def test_which_addresses_count_as_public(address, public):
    assert is_public(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize(
    ("source_host", "target_host", "refused"),
    [
        (PUBLIC_HOST, "127.0.0.1", True),
        (PUBLIC_HOST, "localhost", True),  # a name is judged by what it resolves to
        (PUBLIC_HOST, "[::1]", True),
        (PUBLIC_HOST, "169.254.169.254", True),
        (PUBLIC_HOST, "10.0.0.8", True),
        (PUBLIC_HOST, "93.184.215.15", False),
        (PUBLIC_HOST, "unknown.example", False),  # unresolvable: the request fails by itself
        ("127.0.0.1", "localhost", False),  # the source itself is local: its operator's choice
        ("localhost", "10.0.0.8", False),
        ("unknown.example", "127.0.0.1", True),  # an unresolvable source is not private
        ("127.0.0.1", "169.254.169.254", True),  # link-local: refused even from a local source
        ("127.0.0.1", "[fe80::1]", True),
        ("10.0.0.8", "[fd00:ec2::254]", True),  # AWS metadata over IPv6
        ("127.0.0.1", "metadata.google.internal", True),
        ("localhost", "rebound.example", True),  # judged by what the name resolves to
    ],
)
def test_a_redirect_into_a_private_network_is_refused_from_a_public_source(
    source_host, target_host, refused
):
    refusal = run(AddressGuard(fake_dns).refusal(source_host, target_host))
    assert (refusal is not None) is refused


# --- private redirects end to end ------------------------------------------------------


@pytest.mark.parametrize("target", ["127.0.0.1", "localhost", "127.0.0.2"])
def test_a_public_page_redirecting_to_a_loopback_address_is_refused(server, target):
    server.routes["/p"] = faults.redirect(f"http://{target}:{server.port}/internal")
    server.routes["/internal"] = Route(body=b"<p>the admin page of the machine</p>")
    src = public_source(server, "/p", allow=(target,))  # even when allow_hosts lets it in
    (attempt,) = fetch(src, transport=MapHosts(), guard=AddressGuard(fake_dns))
    assert (attempt.outcome, attempt.error_class) == ("failed", "redirect_private_address")
    assert f"{target} is a private, loopback or link-local address" in attempt.error
    assert server.hits("/p") == 1 and server.hits("/internal") == 0


def test_without_allow_hosts_the_host_check_refuses_it_first(server):
    server.routes["/p"] = faults.redirect(f"http://127.0.0.1:{server.port}/internal")
    (attempt,) = fetch(public_source(server, "/p", allow=()), transport=MapHosts(),
                       guard=AddressGuard(fake_dns))
    assert attempt.error_class == "redirect_not_allowed"


def test_a_public_page_may_redirect_within_its_own_public_host(server):
    server.routes["/p"] = faults.redirect("/q")
    server.routes["/q"] = Route(body=b"<p>here</p>")
    (attempt,) = fetch(public_source(server, "/p", allow=()), transport=MapHosts(),
                       guard=AddressGuard(fake_dns))
    assert (attempt.outcome, attempt.body) == ("ok", b"<p>here</p>")
    assert attempt.final_url == f"http://{PUBLIC_HOST}:{server.port}/q"


def test_a_local_source_may_redirect_to_localhost_with_the_system_resolver(server):
    server.routes["/p"] = faults.redirect(f"http://localhost:{server.port}/q")
    server.routes["/q"] = Route(body=b"<p>here</p>")
    src = Source(id="loc", publisher="federal", lang="en", url=server.url("/p"),
                 allow_hosts=("localhost",))
    (attempt,) = fetch(src)
    assert attempt.outcome == "ok"


@pytest.mark.parametrize(
    "location", ["javascript:alert(1)", "ftp://127.0.0.1/file", "http://[not-an-ip/"]
)
def test_a_redirect_to_something_that_is_not_a_web_page_is_refused(server, location):
    server.routes["/p"] = Route(status=302, headers={"Location": location})
    src = Source(id="s", publisher="federal", lang="en", url=server.url("/p"),
                 allow_hosts=("127.0.0.1",))
    (attempt,) = fetch(src)
    assert (attempt.outcome, attempt.error_class) == ("failed", "redirect_not_allowed")


@pytest.mark.parametrize(
    "url", ["http://169.254.169.254/latest/meta-data/", "http://rebound.example/latest/"]
)
def test_a_metadata_source_is_never_requested_whatever_the_file_says(url):
    seen = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, text="secret-token")

    # Built without validation, as a file `sources check` would reject could never be.
    src = Source.model_construct(id="m", publisher="federal", lang="en", url=url,
                                 allow_hosts=(), select=None, remove=(), topic=None, group=None)
    outcomes = {}

    async def go():
        async with make_client(FAST, httpx.MockTransport(answer)) as client:
            await fetch_all(client, [src], FAST, {}, lambda s, a: outcomes.update({s.id: a}))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fetcher, "AddressGuard", lambda: AddressGuard(fake_dns))
        run(go())
    (attempt,) = outcomes["m"]
    assert (attempt.outcome, attempt.error_class) == ("failed", "forbidden_address")
    assert "link-local or cloud metadata" in attempt.error
    assert seen == []  # not the page, not its robots.txt


# --- bodies ------------------------------------------------------------------------------


def test_a_gzip_bomb_is_inflated_in_bounded_steps():
    bomb = faults.gzip_bomb(20).body
    response = httpx.Response(
        200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(bomb)
    )

    async def sizes():
        return [len(chunk) async for chunk in body.decoded(response)]

    steps = run(sizes())
    assert max(steps) <= body.INFLATE_STEP  # never more than 64 KB of it in memory at once
    assert sum(steps) == 20_000_000


@pytest.mark.parametrize("encoding", ["br", "zstd"])
def test_a_brotli_or_zstd_bomb_is_decoded_in_bounded_steps(encoding):
    bomb = faults.bomb(encoding, 20).body
    assert len(bomb) < 100_000
    response = httpx.Response(
        200, headers={"Content-Encoding": encoding}, stream=httpx.ByteStream(bomb)
    )

    async def sizes():
        return [len(chunk) async for chunk in body.decoded(response)]

    steps = run(sizes())
    # brotli stops growing its buffer at the step, in blocks: at most 1.5 steps measured
    assert max(steps) <= body.INFLATE_STEP * (1.5 if encoding == "br" else 1)
    assert sum(steps) == 20_000_000


def test_a_zstd_body_of_several_frames_is_read_whole(server):
    page = b"<p>one</p>" * 1000 + b"<p>two</p>" * 1000
    frames = faults.encode(page[:10_000], "zstd") + faults.encode(page[10_000:], "zstd")
    server.routes["/p"] = Route(body=frames, headers={"Content-Encoding": "zstd"})
    (attempt,) = fetch(Source(id="s", publisher="federal", lang="en", url=server.url("/p")))
    assert (attempt.outcome, attempt.body) == ("ok", page)


@pytest.mark.parametrize("encoding", ["br", "zstd"])
def test_a_brotli_or_zstd_page_is_stored_decoded(server, encoding):
    page = "<p>The host family pays at least € 450 a month.</p>".encode()
    server.routes["/p"] = faults.encoded(page, encoding)
    (attempt,) = fetch(Source(id="s", publisher="federal", lang="en", url=server.url("/p")))
    assert (attempt.outcome, attempt.body) == ("ok", page)
    assert encoding in server.seen[-1].headers["Accept-Encoding"]  # asked for, so accepted


@pytest.mark.parametrize("encoding", ["br", "zstd"])
def test_a_cut_brotli_or_zstd_stream_is_a_clear_failure(server, encoding):
    whole = faults.encode(b"<p>a page long enough to be cut</p>" * 200, encoding)
    server.routes["/p"] = Route(body=whole[: len(whole) // 2],
                                headers={"Content-Encoding": encoding})
    (attempt,) = fetch(Source(id="s", publisher="federal", lang="en", url=server.url("/p")))
    assert (attempt.outcome, attempt.error_class, attempt.body) == ("failed", "bad_encoding", None)


@pytest.mark.parametrize("encoding", ["compress", "xz", "gzip, br", "sdch"])
def test_an_encoding_not_asked_for_is_refused_never_stored(server, encoding):
    server.routes["/p"] = Route(body=b"\x1f\x9d\x90<p>packed</p>",
                                headers={"Content-Encoding": encoding})
    (attempt,) = fetch(Source(id="s", publisher="federal", lang="en", url=server.url("/p")))
    assert (attempt.outcome, attempt.error_class, attempt.body) == (
        "failed", "unexpected_encoding", None
    )
    assert f"Content-Encoding {encoding!r} was not asked for" in attempt.error
    assert server.hits("/p") == 1  # a server that sends it once will send it again


def test_a_body_that_is_not_the_gzip_it_claims_is_a_clear_failure(server):
    server.routes["/p"] = Route(body=b"plain text", headers={"Content-Encoding": "gzip"})
    src = Source(id="s", publisher="federal", lang="en", url=server.url("/p"))
    (attempt,) = fetch(src)
    assert (attempt.outcome, attempt.error_class) == ("failed", "bad_encoding")


def test_an_empty_200_is_retried_then_failed_never_stored(server):
    server.routes["/p"] = Route(body=b" \n")
    src = Source(id="s", publisher="federal", lang="en", url=server.url("/p"))
    attempts = fetch(src)
    assert [(a.outcome, a.error_class) for a in attempts] == [
        ("retry", "empty_body"),
        ("failed", "empty_body"),
    ]
    assert all(a.body is None for a in attempts)


def test_an_attempt_is_timed_from_its_request_not_from_the_wait_for_a_slot(server):
    server.routes["/slow"] = Route(body=b"x", delay=0.5)
    server.routes["/fast"] = Route(body=b"y")
    settings = Settings(concurrency_per_host=1, delay_seconds=0, retries=0)
    done = {}

    async def go():
        async with make_client(settings) as client:
            srcs = [
                Source(id=p.strip("/"), publisher="federal", lang="en", url=server.url(p))
                for p in ("/slow", "/fast")
            ]
            await fetch_all(client, srcs, settings, {}, lambda s, a: done.update({s.id: a[-1]}))

    run(go())
    assert done["fast"].outcome == "ok" and done["fast"].elapsed_ms < 300  # waited ~0.5 s first


# --- robots.txt --------------------------------------------------------------------------


def fetch_all_outcomes(server, paths, settings=FAST) -> dict[str, fetcher.Attempt]:
    outcomes = {}

    async def go():
        async with make_client(settings) as client:
            srcs = [
                Source(id=p.strip("/"), publisher="federal", lang="en", url=server.url(p))
                for p in paths
            ]
            await fetch_all(client, srcs, settings, {}, lambda s, a: outcomes.update({s.id: a[-1]}))

    run(go())
    return outcomes


def test_an_unreadable_robots_txt_means_nothing_on_that_host_is_fetched(server):
    server.routes["/robots.txt"] = faults.status(503)
    server.routes["/a"] = Route(body=b"<p>a</p>")
    server.routes["/b"] = Route(body=b"<p>b</p>")
    outcomes = fetch_all_outcomes(server, ["/a", "/b"])
    assert {k: (v.error_class, v.error) for k, v in outcomes.items()} == {
        k: ("robots_disallowed", f"robots.txt of {server.url('')} answered HTTP 503")
        for k in ("a", "b")
    }
    assert server.hits("/robots.txt") == 1  # once per host per run
    assert server.hits("/a") == server.hits("/b") == 0


def test_a_robots_txt_that_never_ends_is_read_no_further_than_its_cap(server):
    rules = b"User-agent: *\nDisallow: /private\n"
    server.routes["/robots.txt"] = faults.chunked(rules + b"# padding\n" * 2_000_000)
    server.routes["/private"] = Route(body=b"<p>x</p>")
    server.routes["/public"] = Route(body=b"<p>y</p>")
    started = time.monotonic()
    outcomes = fetch_all_outcomes(server, ["/private", "/public"])
    assert outcomes["private"].error_class == "robots_disallowed"
    assert outcomes["public"].outcome == "ok"
    assert time.monotonic() - started < 2


def test_a_robots_txt_that_hangs_is_bounded_by_the_timeout(server):
    server.routes["/robots.txt"] = faults.drip(every=0.05)
    server.routes["/a"] = Route(body=b"<p>a</p>")
    started = time.monotonic()
    outcomes = fetch_all_outcomes(server, ["/a"], Settings(delay_seconds=0, timeout_seconds=0.5))
    assert outcomes["a"].error_class == "timeout"  # a slow network, not the site's refusal
    assert "robots.txt of" in outcomes["a"].error
    assert "unreachable (TimeoutError)" in outcomes["a"].error
    assert time.monotonic() - started < 1.5


# --- nothing unforeseen sinks the run ----------------------------------------------------


def test_an_unforeseen_error_in_one_source_is_recorded_and_the_others_go_on(server, monkeypatch):
    server.routes["/a"] = Route(body=b"<p>a</p>")
    server.routes["/b"] = Route(body=b"<p>b</p>")
    real = fetcher.fetch_source

    async def flaky(client, source, *args):
        if source.id == "a":
            raise RuntimeError("a bug nobody saw coming")
        return await real(client, source, *args)

    monkeypatch.setattr(fetcher, "fetch_source", flaky)
    outcomes = fetch_all_outcomes(server, ["/a", "/b"])
    assert (outcomes["a"].error_class, outcomes["a"].error) == (
        "internal_error",
        "RuntimeError: a bug nobody saw coming",
    )
    assert outcomes["b"].outcome == "ok"


def test_a_robots_txt_redirect_loop_is_a_refusal_not_a_crash(server):
    server.routes["/robots.txt"] = faults.redirect("/robots.txt")
    server.routes["/a"] = Route(body=b"<p>a</p>")
    outcomes = fetch_all_outcomes(server, ["/a"])
    assert outcomes["a"].error_class == "robots_disallowed"
    assert "unreachable (TooManyRedirects)" in outcomes["a"].error


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on: connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_robots_txt_nobody_answers_is_a_connection_error_not_a_refusal():
    port = closed_port()
    outcomes = {}

    async def go():
        async with make_client(FAST) as client:
            srcs = [
                Source(id=n, publisher="federal", lang="en", url=f"http://127.0.0.1:{port}/{n}")
                for n in ("a", "b")
            ]
            await fetch_all(client, srcs, FAST, {}, lambda s, a: outcomes.update({s.id: a[-1]}))

    run(go())
    # The network (or the site) is down: said as such, so the run's health can tell it.
    assert {k: v.error_class for k, v in outcomes.items()} == {
        "a": "connection_ConnectError",
        "b": "connection_ConnectError",
    }
    origin = f"http://127.0.0.1:{port}"
    assert f"robots.txt of {origin} unreachable (ConnectError)" in outcomes["a"].error


@pytest.mark.parametrize(
    ("target", "why"),
    [
        ("http://169.254.169.254/latest/meta-data/", "link-local or cloud metadata"),
        ("http://127.0.0.1:{port}/robots.txt", "private, loopback or link-local"),
    ],
)
def test_a_robots_txt_redirect_goes_through_the_address_guard(server, target, why):
    """A public host whose robots.txt redirects into the machine's network: never followed,
    and, its rules unreadable, nothing on that host is fetched (before: followed by httpx)."""
    server.routes["/robots.txt"] = faults.redirect(target.format(port=server.port))
    server.routes["/a"] = Route(body=b"<p>a</p>")
    src = public_source(server, "/a", allow=())
    outcomes = {}

    async def go():
        async with make_client(FAST, MapHosts()) as client:
            await fetch_all(client, [src], FAST, {}, lambda s, a: outcomes.update({s.id: a[-1]}))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fetcher, "AddressGuard", lambda: AddressGuard(fake_dns))
        run(go())
    attempt = outcomes["pub"]
    assert attempt.error_class == "robots_disallowed"
    assert "redirect to" in attempt.error and why in attempt.error
    assert server.hits("/robots.txt") == 1  # the hop itself was never requested
    assert server.hits("/a") == 0


def test_a_robots_txt_may_redirect_within_public_hosts(server):
    server.routes["/robots.txt"] = faults.redirect("/rules.txt")
    server.routes["/rules.txt"] = faults.robots("/private")
    server.routes["/private"] = Route(body=b"<p>x</p>")
    server.routes["/public"] = Route(body=b"<p>y</p>")
    outcomes = fetch_all_outcomes(server, ["/private", "/public"])
    assert outcomes["private"].error_class == "robots_disallowed"
    assert outcomes["public"].outcome == "ok"
