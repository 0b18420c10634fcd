"""A PDF (a form, a brochure) -> the same blocks a web page gives: pages as sections.

pypdf extracts each page's text line by line; lines are joined back into paragraphs and
list items (a line starting with a bullet starts an item; a short line with no closing
punctuation after a finished sentence is a heading), so amounts and conditions read a PDF
exactly as they read a page.
"""

from __future__ import annotations

import io
import logging
import re

from parsers.blocks import Block
from parsers.budget import NO_DEADLINE, Deadline
from parsers.text import normalize

_BULLET = re.compile(r"^\s*(?:[•▪◦●‣∙·*]|[-–—](?=\s))\s*")
_ENDS_SENTENCE = re.compile(r"[.!?:;]\"?$")
_HEADING_WORDS = 12
_HEADING_CHARS = 80

logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings on odd files are noise here


def _is_heading(line: str, previous: str | None, following: str | None) -> bool:
    """A short capitalised line without punctuation, after a finished sentence (or none),
    not followed by a line that goes on in lower case (a paragraph wrapped there)."""
    return (
        len(line) <= _HEADING_CHARS
        and len(line.split()) <= _HEADING_WORDS
        and line[:1].isupper()
        and not _ENDS_SENTENCE.search(line)
        and "," not in line
        and (previous is None or bool(_ENDS_SENTENCE.search(previous)))
        and not (following and following[:1].islower())
    )


class _Page:
    """Turns one page's lines into blocks, appended to `blocks`."""

    def __init__(self, blocks: list[Block], number: int):
        self.blocks = blocks
        self.page = f"Page {number}"
        self.heading: str | None = None
        self.kind: str | None = None  # of the block being built
        self.parts: list[str] = []
        self.lead_in: str | None = None

    @property
    def section(self) -> tuple[str, ...]:
        return (self.page, self.heading) if self.heading else (self.page,)

    def flush(self) -> None:
        text = normalize(" ".join(self.parts))
        kind, self.kind, self.parts = self.kind, None, []
        if not text:
            return
        extra: dict = {}
        if kind == "list_item":
            extra = {"level": 1, "lead_ins": (self.lead_in,) if self.lead_in else ()}
        else:
            self.lead_in = text if text.endswith(":") else None
        kind = kind or "paragraph"
        self.blocks.append(Block(len(self.blocks), kind, text, self.section, **extra))

    def add(self, line: str, following: str | None = None) -> None:
        previous = self.parts[-1] if self.parts else None
        bullet = _BULLET.match(line)
        if bullet:
            self.flush()
            self.kind, self.parts = "list_item", [line[bullet.end() :]]
        elif _is_heading(line, previous, following):
            self.flush()
            self.lead_in = None
            self.heading = normalize(line)
            self.blocks.append(Block(len(self.blocks), "heading", self.heading, self.section, 2))
        elif self.kind == "list_item" and previous and _ENDS_SENTENCE.search(previous):
            self.flush()  # the item ended: this line starts a paragraph
            self.kind, self.parts = "paragraph", [line]
        elif self.kind is None:
            self.kind, self.parts = "paragraph", [line]
        elif previous and previous.endswith("-") and line[:1].islower():
            self.parts[-1] = previous[:-1] + line  # a word hyphenated at the line's end
        else:
            self.parts.append(line)


def extract_pdf_blocks(body: bytes, deadline: Deadline = NO_DEADLINE) -> list[Block]:
    """The blocks of a PDF, page after page (the budget is checked between pages)."""
    from pypdf import PdfReader  # 0.16 s of imports: paid by a run that meets a PDF only

    reader = PdfReader(io.BytesIO(body))
    if reader.is_encrypted:
        reader.decrypt("")  # forms are often "encrypted" with an empty password
    blocks: list[Block] = []
    for number, page in enumerate(reader.pages, start=1):
        deadline.check(f"page {number} of the PDF")
        builder = _Page(blocks, number)
        lines = [raw.strip() for raw in (page.extract_text() or "").splitlines()]
        for i, line in enumerate(lines):
            if line:
                builder.add(line, lines[i + 1] if i + 1 < len(lines) else None)
            else:
                builder.flush()
        builder.flush()
    return blocks
