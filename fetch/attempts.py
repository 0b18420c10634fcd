"""The records of the fetch stage: one `Attempt` per request, stored as a `fetches` row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass
class Validators:
    """What the last good fetch of a source told us, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Attempt:
    """One request for one source, stored as one `fetches` row.

    - ``attempt``: 1 for the first request, 2.. for retries.
    - ``outcome``: `ok`, `not_modified` (304), `retry` (failed, tried again), `failed`.
    - ``url`` asked, ``final_url`` after redirects; ``status_code`` None when no answer came.
    - ``etag``, ``last_modified``: validators for the next conditional GET.
    - ``content_type``, ``body``: the answer (body decoded of gzip/deflate, None unless 200).
    - ``elapsed_ms``: the request itself, not the wait for a per-host slot.
    - ``error_class``, ``error``: see `fetch/errors.py`.
    """

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
