"""A stored page as text a volunteer can read, with the quote of a change marked.

The body comes from `documents` (what we fetched then), never from the live site; the
text is cut into blocks by the same parser the facts came from, and every piece is escaped
before the quote is wrapped in <mark>: scraped markup is shown as text, never run.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from markupsafe import Markup, escape

from parsers.blocks import extract_blocks
from parsers.decoding import decode

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Line:
    kind: str  # heading | paragraph | list_item | table_cell
    level: int
    html: Markup
    marked: bool
    where: str  # row and column headers of a table cell, else ""


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _mark(text: str, quote: str) -> tuple[Markup, bool]:
    """`text` escaped, with `quote` (compared without case or spacing) in <mark>."""
    if quote:
        start = text.lower().find(quote.lower())
        if start >= 0:
            end = start + len(quote)
            return (
                escape(text[:start])
                + Markup('<mark class="quote">')
                + escape(text[start:end])
                + Markup("</mark>")
                + escape(text[end:]),
                True,
            )
    return escape(text), False


def _overlap(quote_words: set[str], text: str) -> float:
    words = set(_WORD.findall(text.lower()))
    return len(quote_words & words) / len(quote_words) if quote_words else 0.0


def page_lines(compressed: bytes, content_type: str | None, quote: str | None) -> list[Line]:
    """The page's blocks in order; the block holding the quote marked (or, when the quote
    spans blocks or was normalised, the block sharing most of its words, at least 60 %)."""
    html = decode(zlib.decompress(compressed), content_type)
    blocks = extract_blocks(html)
    quote = _squash(quote or "")
    lines: list[Line] = []
    found = False
    for block in blocks:
        text = _squash(block.text)
        marked_html, marked = _mark(text, quote) if not found else (escape(text), False)
        found = found or marked
        where = " / ".join(x for x in (block.row_header, block.col_header) if x)
        lines.append(Line(block.kind, block.level, marked_html, marked, where))
    if quote and not found and lines:
        words = set(_WORD.findall(quote.lower()))
        best = max(range(len(lines)), key=lambda i: _overlap(words, blocks[i].text))
        if _overlap(words, blocks[best].text) >= 0.6:
            line = lines[best]
            lines[best] = Line(
                line.kind,
                line.level,
                Markup('<mark class="quote">') + line.html + Markup("</mark>"),
                True,
                line.where,
            )
    return lines
