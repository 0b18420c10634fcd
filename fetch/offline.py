"""Replay bundled captures through an httpx transport.

Everything from the response on is the live code path: the fetcher, storage and parsing
do not know they are offline. The transport answers conditional GETs like a real server,
so replaying one edition twice shows the unchanged path.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import yaml

from fetch.paths import CAPTURES

__all__ = ["CAPTURES", "CaptureTransport", "editions", "load_manifest"]


def load_manifest(captures: Path = CAPTURES) -> dict[str, str]:
    """URL -> capture file name, from captures/manifest.yaml."""
    entries = yaml.safe_load((captures / "manifest.yaml").read_text(encoding="utf-8")) or []
    return {entry["url"]: entry["file"] for entry in entries}


def editions(captures: Path = CAPTURES) -> list[int]:
    return sorted(int(p.name.split("-")[1]) for p in captures.glob("edition-*") if p.is_dir())


class CaptureTransport(httpx.AsyncBaseTransport):
    """Serve `captures/edition-N/<file>` for the URLs of the manifest; 404 for the rest."""

    def __init__(self, captures: Path = CAPTURES, edition: int = 1):
        self.folder = captures / f"edition-{edition}"
        if not self.folder.is_dir():
            raise FileNotFoundError(f"no captures for edition {edition} in {captures}")
        self.files = load_manifest(captures)

    def path_for(self, url: str) -> Path | None:
        name = self.files.get(url)
        path = self.folder / name if name else None
        return path if path and path.is_file() else None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = self.path_for(str(request.url))
        if path is None:
            return httpx.Response(404, text="no capture for this URL", request=request)
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        if request.headers.get("if-none-match") == etag:
            return httpx.Response(304, headers={"ETag": etag}, request=request)
        kind = "application/pdf" if path.suffix == ".pdf" else "text/html; charset=utf-8"
        headers = {"Content-Type": kind, "ETag": etag}
        return httpx.Response(200, headers=headers, content=body, request=request)
