"""What can go wrong when fetching a source, and whether the fetcher tries again.

Every failure is a `FetchError` with an `error_class` that lands in `fetches.error_class`;
the run goes on with the other sources and never replaces a page's stored body. The tree
(classes marked `R` are retried with backoff, honouring Retry-After, at most `retries` times):

* refused before any request (one attempt, no retry)
  - `forbidden_address`        the source's host is link-local or a cloud metadata service
                               (by name or by what it resolves to): never fetched
  - `robots_disallowed`        robots.txt forbids the path, answers 5xx or redirects in a
                               loop (RFC 9309: not fetched); when robots.txt cannot be
                               reached at all, the source fails with that connection's
                               class (`connection_ConnectError`, `timeout`), not this one
  - `internal_error`           a bug of ours; the other sources go on
* the request never got a whole answer
  - `timeout`                R no complete answer within `timeout_seconds`
  - `connection_<Error>`     R httpx's transport error by name: `connection_ConnectError`
                               (refused, DNS), `connection_ReadError` (reset),
                               `connection_RemoteProtocolError` (body shorter than declared) …
* an answer that is not the page
  - `http_<code>`            R for 429, 500, 502, 503, 504; final for every other code
  - `empty_body`             R HTTP 200 with nothing in it: a glitch, never the new page
  - `too_large`                body (after gzip/deflate/br/zstd) over `max_bytes`
  - `bad_encoding`             gzip/deflate/br/zstd that does not decode
  - `unexpected_encoding`      a Content-Encoding we did not ask for: never stored as the page
* a redirect we will not follow
  - `redirect_not_allowed`     to another host than the source's `allow_hosts`, not
                               http(s), or an invalid URL
  - `redirect_private_address` from a public page to a private, loopback or link-local address,
                               or from any page to link-local or cloud metadata
  - `too_many_redirects`       more than `max_redirects` hops
* found when storing (warehouse/store.py)
  - `not_modified_without_copy` a 304 for a page we hold no body of
  - `unsupported_content_type`  neither a web page nor a PDF (an image, an archive, an
                               Office file; by its first bytes, then its Content-Type):
                               stored as fetched (outcome changed/unchanged), never parsed,
                               no fact and no change; its parse says so too
* found when parsing (warehouse/parse_stage.py), in `parses.error` as "<class>: <why>";
  the page keeps its previous facts and tells no change
  - `parse_timeout`            not parsed within `parse_budget_seconds`
  - `unsupported_content_type` as above, when its stored body comes to be parsed

`ERROR_CLASSES` lists the fixed names (the two families are `http_` and `connection_`);
SCHEMA.md documents each and a test keeps the two in step.
"""

from __future__ import annotations

ERROR_CLASSES = (
    "forbidden_address",
    "robots_disallowed",
    "internal_error",
    "timeout",
    "empty_body",
    "too_large",
    "bad_encoding",
    "unexpected_encoding",
    "redirect_not_allowed",
    "redirect_private_address",
    "too_many_redirects",
    "not_modified_without_copy",
    "unsupported_content_type",
)
PARSE_ERROR_CLASSES = ("parse_timeout", "unsupported_content_type")  # parses.error prefixes
ERROR_FAMILIES = ("http_", "connection_")  # http_<status code>, connection_<httpx error name>
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})


class FetchError(Exception):
    """One failed attempt: its `error_class`, whether to try again, and what the server said."""

    def __init__(
        self,
        error_class: str,
        message: str,
        retryable: bool = False,
        status_code: int | None = None,
        retry_after: float | None = None,
    ):
        super().__init__(message)
        self.error_class = error_class
        self.retryable = retryable
        self.status_code = status_code
        self.retry_after = retry_after


def is_known(error_class: str) -> bool:
    """True for a documented class: a fixed name or one of the two families."""
    return error_class in ERROR_CLASSES or error_class.startswith(ERROR_FAMILIES)
