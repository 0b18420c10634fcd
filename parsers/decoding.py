"""Bytes -> text as browsers read a page, without losing a page's euros to one stray byte.

Order: a byte order mark; else bytes that are valid UTF-8 (with non-ASCII characters) are
UTF-8 whatever the label says (windows-1252 text almost never forms valid multi-byte
sequences); else the charset of the Content-Type header, then of a `<meta>`, then UTF-8.
A page labelled UTF-8 (or not labelled) with a few invalid bytes is UTF-8 with those bytes
replaced by U+FFFD, counted and logged: decoding it whole as windows-1252 turned every "€"
into "â‚¬" and dropped all its amounts. Only a body that is not mostly UTF-8 (fewer valid
multi-byte characters than invalid bytes) is read as windows-1252.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_ESCAPED = re.compile("[\udc80-\udcff]")  # invalid bytes, as surrogateescape leaves them
_NON_ASCII = re.compile("[^\x00-\x7f]")
# WHATWG Encoding: these labels mean windows-1252 in every browser.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}


@dataclass(frozen=True)
class Decoded:
    text: str
    charset: str
    replaced: int = 0  # invalid UTF-8 bytes replaced by U+FFFD


def _labels(body: bytes, content_type: str | None) -> list[str]:
    """The declared charsets, header first, then the first `<meta>` in the first 4 KB."""
    found = []
    if content_type and "charset=" in content_type.lower():
        found.append(content_type.lower().split("charset=")[1].split(";")[0].strip(" \"'"))
    match = _META_CHARSET.search(body[:4096])
    if match:
        found.append(match.group(1).decode("ascii", "ignore").lower())
    return ["windows-1252" if label in _WINDOWS_1252 else label for label in found]


def _is_utf8(label: str) -> bool:
    try:
        return codecs.lookup(label).name == "utf-8"
    except LookupError:
        return False


def decode_page(body: bytes, content_type: str | None = None) -> Decoded:
    for bom, charset in _BOMS:
        if body.startswith(bom):
            return Decoded(body[len(bom) :].decode(charset, "replace"), charset)
    if body.isascii():
        return Decoded(body.decode("ascii"), "ascii")
    try:
        return Decoded(body.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", "surrogateescape")
    invalid = len(_ESCAPED.findall(text))
    labels = _labels(body, content_type)
    label = labels[0] if labels else None
    if label and not _is_utf8(label):
        try:
            return Decoded(body.decode(label), label)
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown label, or bytes it cannot hold: judge the bytes themselves
    if len(_NON_ASCII.findall(text)) - invalid > invalid:  # mostly UTF-8
        log.warning("%d byte(s) of a UTF-8 page are not UTF-8: replaced with U+FFFD", invalid)
        return Decoded(_ESCAPED.sub("\ufffd", text), "utf-8", invalid)
    return Decoded(body.decode("windows-1252", "replace"), "windows-1252")


def decode(body: bytes, content_type: str | None = None) -> str:
    """The text of a page's bytes (see the module docstring for the order)."""
    return decode_page(body, content_type).text
