"""The bare limit: the same pages fetched with one httpx client and parsed with selectolax.

Imported by run.py (in-process rounds, best of N), and run as its own process for the
whole-process figure a user would compare with (interpreter and imports included):

    .venv/bin/python benchmarks/bare.py --urls urls.txt --validators v.json --save v.json

Fetches every URL (conditional GET with the validators given), parses each 200 with
selectolax (text of `main`), or with `--extract` with the project's own extraction; no more.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from selectolax.lexbor import LexborHTMLParser

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class BareRound:
    seconds: float
    ok: int = 0
    cpu: float = 0.0  # CPU seconds of this process during the round
    not_modified: int = 0
    failed: int = 0


async def _bare(
    urls: list[str],
    concurrency: int,
    validators: dict[str, tuple[str, str]],
    extract: bool,
    user_agent: str,
) -> tuple[BareRound, dict[str, tuple[str, str]]]:
    """Fetch every page (conditional GET when validators are known) and parse it; no more."""
    if extract:
        sys.path.insert(0, str(ROOT))
        from parsers.extract import extract as extract_facts
    gates: dict[str, asyncio.Semaphore] = {}
    result = BareRound(0.0)
    seen: dict[str, tuple[str, str]] = {}
    client = httpx.AsyncClient(
        headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(30),
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
        follow_redirects=False,
    )

    async def one(url: str) -> None:
        host = httpx.URL(url).host
        gate = gates.setdefault(host, asyncio.Semaphore(concurrency))
        headers = {}
        if url in validators:
            headers["If-None-Match"], headers["If-Modified-Since"] = validators[url]
        async with gate:
            response = await client.get(url, headers=headers)
        if response.status_code == 304:
            result.not_modified += 1
            return
        if response.status_code != 200:
            result.failed += 1
            return
        result.ok += 1
        seen[url] = (response.headers["etag"], response.headers["last-modified"])
        if extract:
            extract_facts(response.content, response.headers.get("content-type"))
        else:
            tree = LexborHTMLParser(response.content)
            (tree.css_first("main") or tree.body).text(separator=" ")

    started, cpu = time.perf_counter(), time.process_time()
    async with client:
        await asyncio.gather(*(one(url) for url in urls))
    result.seconds = time.perf_counter() - started
    result.cpu = time.process_time() - cpu
    return result, seen


def bare(
    urls: list[str],
    concurrency: int,
    validators: dict[str, tuple[str, str]],
    repeats: int,
    extract: bool = False,
    user_agent: str = "permitwatch-benchmark",
) -> tuple[BareRound, dict[str, tuple[str, str]]]:
    """The best of `repeats` rounds (the web does not change between them)."""
    best, seen = None, {}
    for _ in range(repeats):
        result, seen = asyncio.run(_bare(urls, concurrency, validators, extract, user_agent))
        if result.failed:
            raise RuntimeError(f"bare loop: {result.failed} fetches failed")
        if best is None or result.seconds < best.seconds:
            best = result
    return best, seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--urls", type=Path, required=True, help="one URL a line")
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--validators", type=Path, help="JSON {url: [etag, last_modified]}")
    parser.add_argument("--save", type=Path, help="write the validators seen here")
    parser.add_argument("--extract", action="store_true", help="the project's extraction")
    parser.add_argument("--user-agent", default="permitwatch-benchmark")
    args = parser.parse_args()
    urls = args.urls.read_text().split()
    validators = {}
    if args.validators and args.validators.exists():
        validators = {u: tuple(v) for u, v in json.loads(args.validators.read_text()).items()}
    result, seen = asyncio.run(
        _bare(urls, args.concurrency, validators, args.extract, args.user_agent)
    )
    if args.save:
        args.save.write_text(json.dumps(validators | seen))
    print(json.dumps({"ok": result.ok, "not_modified": result.not_modified,
                      "failed": result.failed, "seconds": result.seconds}))  # fmt: skip
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
