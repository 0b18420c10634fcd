"""Reading a response body within bounds: every accepted encoding is decoded in bounded
steps under a size cap, and an encoding we did not ask for is refused, never stored."""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from fetch.errors import FetchError

try:  # Python 3.14 has it; the backport is a dependency before that
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from backports import zstd
    except ImportError:
        zstd = None
try:
    import brotli
except ImportError:  # pragma: no cover - a dependency; without it br is simply not asked for
    brotli = None

INFLATE_STEP = 65536  # most bytes one step of decoding may produce


class _Zlib:
    """gzip and deflate; "deflate" sent without its zlib header is read as raw deflate."""

    def __init__(self, encoding: str):
        self.encoding = encoding
        self.gzipped = encoding != "deflate"
        self.inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if self.gzipped else zlib.MAX_WBITS)
        self.started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            try:
                out = self.inflater.decompress(data, INFLATE_STEP)
            except zlib.error as exc:
                if not self.gzipped and not self.started:
                    self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    self.started = True
                    continue
                raise _undecodable(self.encoding, exc) from exc
            self.started = True
            data = self.inflater.unconsumed_tail
            if out:
                yield out
            if len(out) == INFLATE_STEP and not data:  # a full step: output may still wait
                while out := self.inflater.decompress(b"", INFLATE_STEP):
                    yield out

    def finish(self) -> Iterator[bytes]:
        if tail := self.inflater.flush():
            yield tail


class _Brotli:
    def __init__(self, encoding: str):
        self.encoding = encoding
        self.decoder = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        # The limit is where brotli's output buffer stops growing, not a hard cut: a step
        # yields at most about 1.5 x INFLATE_STEP (98,272 bytes measured).
        try:
            out = self.decoder.process(data, output_buffer_limit=INFLATE_STEP)
            while out:
                yield out
                out = self.decoder.process(b"", output_buffer_limit=INFLATE_STEP)
        except brotli.error as exc:
            raise _undecodable(self.encoding, exc) from exc

    def finish(self) -> Iterator[bytes]:
        if not self.decoder.is_finished():
            raise _undecodable(self.encoding, "the stream ends before its last block")
        yield from ()


class _Zstd:
    """zstd, frame after frame (a body may hold several)."""

    def __init__(self, encoding: str):
        self.encoding = encoding
        self.decoder = zstd.ZstdDecompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        while True:
            if self.decoder.eof:  # the next frame starts with what the last one left
                data = self.decoder.unused_data + data
                if not data:
                    return
                self.decoder = zstd.ZstdDecompressor()
            try:
                out = self.decoder.decompress(data, INFLATE_STEP)
            except (zstd.ZstdError, EOFError) as exc:
                raise _undecodable(self.encoding, exc) from exc
            data = b""
            if out:
                yield out
            if not self.decoder.eof and self.decoder.needs_input:
                return

    def finish(self) -> Iterator[bytes]:
        if not self.decoder.eof:
            raise _undecodable(self.encoding, "the stream ends inside a frame")
        yield from ()


def _undecodable(encoding: str, why: object) -> FetchError:
    return FetchError("bad_encoding", f"the {encoding} body cannot be decoded ({why})")


DECODERS: dict[str, type] = {"gzip": _Zlib, "x-gzip": _Zlib, "deflate": _Zlib}
if brotli is not None:
    DECODERS["br"] = _Brotli
if zstd is not None:
    DECODERS["zstd"] = _Zstd
# What the client asks for: exactly the encodings decoded here, no more.
ACCEPT_ENCODING = ", ".join(e for e in ("gzip", "deflate", "br", "zstd") if e in DECODERS)


async def decoded(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body with its Content-Encoding removed, never more than INFLATE_STEP bytes per step.

    httpx decodes each network chunk whole, so one 64 KB chunk of a gzip bomb becomes
    ~64 MB in memory before a cap can look at it; decoding in bounded steps lets the cap
    stop a bomb after `max_bytes`. An encoding not asked for (and so with no decoder here)
    is `unexpected_encoding`: its bytes are never handed on as the page.
    """
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        # aiter_bytes, not aiter_raw: a response built with its content in memory (the
        # offline captures) has no raw stream left to read
        async for chunk in response.aiter_bytes():
            yield chunk
        return
    if encoding not in DECODERS:
        raise FetchError(
            "unexpected_encoding",
            f"Content-Encoding {encoding!r} was not asked for (we accept {ACCEPT_ENCODING})",
        )
    decoder = DECODERS[encoding](encoding)
    async for raw in response.aiter_raw():
        for out in decoder.feed(raw):
            yield out
    for out in decoder.finish():
        yield out


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
