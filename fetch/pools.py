"""One connection pool per host, under one cap for the whole run.

httpcore's pool walks every connection it holds, and for each idle one every connection
again, each time a request starts or ends, and asks each connection's socket whether the
server closed it: with 8 hosts x 2 connections an unchanged night of 1,000 pages spent
about a quarter of its fetching there (py-spy). The fetcher already sends each host's
requests through its own gate, so a pool per host holds only that host's few connections
and the walk stays short. The run keeps the shared pool's bounds: at most `most`
connections open at once (a request past that waits, as it did in the shared pool) and
idle pools of hosts no longer asked are closed once more than `hosts` are kept. The https
pools share one SSL context a process, made when the first https host is asked.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
from collections import OrderedDict
from collections.abc import AsyncIterator

import httpx


@functools.cache
def verified_context() -> ssl.SSLContext:
    """The context every https pool verifies with, made once a process: loading the CA
    bundle is ~29 ms of CPU a context (`timeit`), paid by each client before, for every run
    of the demo, every test and a night whose pages are all http."""
    return httpx.create_ssl_context()


def _plain_context() -> ssl.SSLContext:
    """What an http:// pool is given (httpx's transport wants one): never used, since such a
    pool only connects to its own http host; it trusts no certificate, so it would refuse
    any handshake it were asked to make. ~0.1 ms."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class _Pool:
    """One host's transport and the requests it has in flight (sent, body not yet closed)."""

    def __init__(self, transport: httpx.AsyncHTTPTransport):
        self.transport = transport
        self.in_flight = 0


class _Released(httpx.AsyncByteStream):
    """A response body that gives its request's place back once closed."""

    def __init__(self, stream: httpx.AsyncByteStream, release):
        self._stream = stream
        self._release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


class HostPools(httpx.AsyncBaseTransport):
    """An httpx transport that keeps one connection pool per scheme, host and port."""

    def __init__(self, per_host: int, most: int = 64, hosts: int = 32):
        self._per_host = per_host
        self._hosts = hosts
        self._slots = asyncio.Semaphore(most)
        self._pools: OrderedDict[tuple[bytes, str, int | None], _Pool] = OrderedDict()

    def _pool(self, url: httpx.URL) -> _Pool:
        key = (url.raw_scheme, url.host, url.port)
        pool = self._pools.get(key)
        if pool is None:
            limits = httpx.Limits(max_connections=None, max_keepalive_connections=self._per_host)
            tls = verified_context() if url.scheme == "https" else _plain_context()
            transport = httpx.AsyncHTTPTransport(verify=tls, limits=limits)
            pool = self._pools[key] = _Pool(transport)
        self._pools.move_to_end(key)
        return pool

    async def _close_idle(self) -> None:
        """Close the least recently used pools with nothing in flight, down to `hosts`."""
        idle = [key for key, pool in self._pools.items() if pool.in_flight == 0]
        for key in idle[: max(0, len(self._pools) - self._hosts)]:
            await self._pools.pop(key).transport.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._slots.acquire()
        pool = self._pool(request.url)
        pool.in_flight += 1

        def release() -> None:
            pool.in_flight -= 1
            self._slots.release()

        try:
            if len(self._pools) > self._hosts:
                await self._close_idle()
            response = await pool.transport.handle_async_request(request)
        except BaseException:
            release()
            raise
        response.stream = _Released(response.stream, release)
        return response

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), OrderedDict()
        for pool in pools:
            await pool.transport.aclose()
