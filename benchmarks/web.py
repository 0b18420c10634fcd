"""The benchmark's web: N generated pages served on loopback, with ETag, Last-Modified and 304.

    .venv/bin/python benchmarks/web.py --pages 1000 --hosts 8 --seed 1

Page i lives at http://127.0.0.{2 + i % hosts}:PORT/<lang>/<topic>/<publisher>-<i> (distinct
IP literals, so the fetcher sees distinct hosts and applies its per-host limits to each);
every host serves /robots.txt. Bodies are generated once (in parallel), kept gzip-compressed
in memory and sent gzip-encoded to clients that accept it, as public sites do. One asyncio
loop answers all hosts, so serving costs far less than fetching and parsing.

Control, on 127.0.0.1:PORT only:
  POST /_bench/edit?fraction=0.05&round=2&pages=1000
                                            edit that fraction of the first `pages` pages (new
                                            body, ETag and Last-Modified for those only)
  POST /_bench/reset                        every page back to its first edition
  GET  /_bench/stats                        requests, 200s, 304s, bytes sent since the last
  POST /_bench/stats/reset                  reset of the counters
When ready, the server prints `ready <port>` on stdout; it stops when stdin closes.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import random
import socket
import sys
import zlib
from concurrent.futures import ProcessPoolExecutor
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

FIRST_EDITION = 1_767_600_000  # 2026-01-05, the Last-Modified of every first edition
ROBOTS = b"User-agent: *\nDisallow: /private/\nDisallow: /search\n"


def host_of(index: int, hosts: int) -> str:
    return f"127.0.0.{2 + index % hosts}"


def path_of(seed: int, index: int) -> str:
    lang, publisher, topic = corpus.meta(seed, index)
    return f"/{lang}/{topic}/{publisher}-{index:05d}"


def url_of(seed: int, index: int, hosts: int, port: int) -> str:
    return f"http://{host_of(index, hosts)}:{port}{path_of(seed, index)}"


def _build(args: tuple[int, int, int]) -> bytes:
    seed, index, version = args
    return gzip.compress(corpus.page(seed, index, version).encode("utf-8"), 6, mtime=0)


class Site:
    def __init__(self, pages: int, seed: int, workers: int):
        self.seed = seed
        self.pages = pages
        self.version = [0] * pages
        self.paths = {path_of(seed, i): i for i in range(pages)}
        self.workers = workers
        self.bodies = self._generate([(seed, i, 0) for i in range(pages)], parallel=True)
        self.first = list(self.bodies)
        self.stats = dict.fromkeys(("requests", "ok", "not_modified", "bytes"), 0)

    def _generate(self, jobs: list[tuple[int, int, int]], parallel: bool = False) -> list[bytes]:
        """Bodies for these (seed, page, version); in worker processes only at start-up, before
        any thread exists (forking a process that has threads can deadlock the child)."""
        if not parallel or self.workers < 2 or len(jobs) < 64:
            return [_build(job) for job in jobs]
        with ProcessPoolExecutor(self.workers) as pool:
            return list(pool.map(_build, jobs, chunksize=16))

    def etag(self, index: int) -> str:
        return f'"p{index}-v{self.version[index]}"'

    def last_modified(self, index: int) -> str:
        return formatdate(FIRST_EDITION + 86_400 * self.version[index], usegmt=True)

    def edit(self, fraction: float, round_: int, among: int) -> list[int]:
        """Edit round(among * fraction) of the first `among` pages."""
        among = min(among, self.pages)
        count = round(among * fraction)
        chosen = sorted(random.Random(f"{self.seed}:round:{round_}").sample(range(among), count))
        for i in chosen:
            self.version[i] += 1
        bodies = self._generate([(self.seed, i, self.version[i]) for i in chosen])
        for i, body in zip(chosen, bodies, strict=True):
            self.bodies[i] = body
        return chosen

    def reset(self) -> None:
        self.version = [0] * self.pages
        self.bodies = list(self.first)


def _response(status: int, reason: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if status != 304:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (b"" if status == 304 else body)


def _not_modified(site: Site, index: int, headers: dict[str, str]) -> bool:
    if "if-none-match" in headers:  # RFC 9110: If-None-Match wins over If-Modified-Since
        return site.etag(index) in [t.strip() for t in headers["if-none-match"].split(",")]
    since = headers.get("if-modified-since")
    if since:
        try:
            when = parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError):
            return False
        return FIRST_EDITION + 86_400 * site.version[index] <= when
    return False


def answer(site: Site, method: str, target: str, headers: dict[str, str], local: str) -> bytes:
    parts = urlsplit(target)
    path = parts.path
    if path.startswith("/_bench/") and local == "127.0.0.1":
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if path == "/_bench/edit" and method == "POST":
            among = int(query.get("pages", site.pages))
            payload = {"edited": site.edit(float(query["fraction"]), int(query["round"]), among)}
        elif path == "/_bench/reset" and method == "POST":
            site.reset()
            payload = {"reset": True}
        elif path == "/_bench/stats/reset" and method == "POST":
            site.stats = dict.fromkeys(site.stats, 0)
            payload = {"reset": True}
        elif path == "/_bench/stats":
            payload = dict(site.stats)
        else:
            return _response(404, "Not Found", {"Content-Type": "text/plain"}, b"no such control")
        body = json.dumps(payload).encode()
        return _response(200, "OK", {"Content-Type": "application/json"}, body)
    site.stats["requests"] += 1
    if path == "/robots.txt":
        return _response(200, "OK", {"Content-Type": "text/plain"}, ROBOTS)
    index = site.paths.get(path)
    if index is None or method not in ("GET", "HEAD"):
        return _response(404, "Not Found", {"Content-Type": "text/html"}, b"<h1>Not found</h1>")
    common = {
        "Content-Type": "text/html; charset=utf-8",
        "ETag": site.etag(index),
        "Last-Modified": site.last_modified(index),
        "Cache-Control": "max-age=0, must-revalidate",
        "Vary": "Accept-Encoding",
    }
    if _not_modified(site, index, headers):
        site.stats["not_modified"] += 1
        return _response(304, "Not Modified", common)
    body = site.bodies[index]
    if "gzip" in headers.get("accept-encoding", ""):
        common["Content-Encoding"] = "gzip"
    else:
        body = zlib.decompress(body, 31)
    site.stats["ok"] += 1
    site.stats["bytes"] += len(body)
    return _response(200, "OK", common, b"" if method == "HEAD" else body)


async def serve_connection(site: Site, reader, writer) -> None:
    local = writer.get_extra_info("sockname")[0]
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                return
            lines = head.decode("latin-1").split("\r\n")
            method, target, _version = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                if line:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length") or 0)
            if length:
                await reader.readexactly(length)
            writer.write(answer(site, method, target, headers, local))
            await writer.drain()
            if headers.get("connection", "").lower() == "close":
                return
    except (ConnectionError, asyncio.IncompleteReadError):
        return
    finally:
        writer.close()


def _free_port(addresses: list[str]) -> int:
    """A port free on every address (bound just after, so a race is unlikely)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind((addresses[0], 0))
            port = probe.getsockname()[1]
        try:
            for address in addresses[1:]:
                with socket.socket() as other:
                    other.bind((address, port))
            return port
        except OSError:
            continue
    raise OSError("no port free on every loopback address")


async def main_async(site: Site, hosts: int, port: int) -> None:
    addresses = ["127.0.0.1", *(host_of(i, hosts) for i in range(hosts))]
    port = port or _free_port(addresses)

    async def handle(reader, writer) -> None:
        await serve_connection(site, reader, writer)

    servers = [
        await asyncio.start_server(handle, address, port, backlog=512, reuse_address=True)
        for address in addresses
    ]
    print(f"ready {port}", flush=True)
    loop = asyncio.get_running_loop()
    # Stop when the driver goes away (stdin closes): the benchmark always stops by itself.
    await loop.run_in_executor(None, sys.stdin.read)
    for server in servers:
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not 1 <= args.hosts <= 250:
        parser.error("--hosts must be between 1 and 250")
    site = Site(args.pages, args.seed, args.workers)
    asyncio.run(main_async(site, args.hosts, args.port))


if __name__ == "__main__":
    main()
