"""What a stored body is: a web page, a PDF, or something we do not read.

Decided by the first bytes before the Content-Type, as browsers sniff: a server that calls
a PDF `text/html` (or a PNG `application/pdf`) is common, and a PDF parsed as HTML turned
its `%PDF-1.7` header into a fact ("percent 1.7") quoting 16,745 characters of binary.
"""

from __future__ import annotations

HTML, PDF, UNSUPPORTED = "html", "pdf", "unsupported"

# Signatures of the formats official sites serve besides pages (WHATWG MIME Sniffing).
_MAGIC = (
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, audio or video)"),
    (b"PK\x03\x04", "a zip archive (an Office or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"{\\rtf", "an RTF document"),
)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PDF_TYPES = ("application/pdf", "application/x-pdf")
# Labels that say nothing of the content: the bytes decide.
_VAGUE_TYPES = ("", "application/octet-stream", "text/plain", "binary/octet-stream")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


class UnsupportedContent(ValueError):
    """A body that is neither a web page nor a PDF: stored, never parsed into facts."""


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def content_kind(body: bytes, content_type: str | None) -> tuple[str, str]:
    """(HTML, PDF or UNSUPPORTED, why) for a stored body and the Content-Type it came with."""
    head = body[:1024].lstrip()
    for bom in _BOMS:
        head = head.removeprefix(bom)
    declared = media_type(content_type)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == PDF:
                return PDF, "a PDF document"
            return UNSUPPORTED, f"Content-Type {declared or 'none'}, but the bytes are {kind}"
    if declared in _HTML_TYPES:
        return HTML, "a web page"
    if declared in _PDF_TYPES:
        return PDF, "a PDF document (by its Content-Type)"
    if declared in _VAGUE_TYPES and head.startswith(b"<"):
        return HTML, "a web page (by its first bytes)"
    return UNSUPPORTED, f"Content-Type {declared or 'none'} is neither a web page nor a PDF"
