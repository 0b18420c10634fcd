"""Reading a response body within bounds: gzip/deflate inflated in steps, a size cap."""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator

import httpx

from fetch.errors import FetchError

INFLATE_STEP = 65536  # most bytes one step of gzip/deflate decoding may produce


async def decoded(response: httpx.Response) -> AsyncIterator[bytes]:
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


async def read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if (
        declared.isdigit()
        and int(declared) > max_bytes
        and "content-encoding" not in response.headers
    ):
        raise FetchError("too_large", f"Content-Length {declared} exceeds the cap of {max_bytes}")
    chunks, total = [], 0
    async for chunk in decoded(response):
        total += len(chunk)
        if total > max_bytes:
            raise FetchError("too_large", f"body exceeds the cap of {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_prefix(response: httpx.Response, limit: int) -> bytes:
    """At most `limit` bytes of the decoded body; the rest is not read."""
    chunks, total = [], 0
    async for chunk in decoded(response):
        chunks.append(chunk[: limit - total])
        total += len(chunks[-1])
        if total >= limit:
            break
    return b"".join(chunks)
