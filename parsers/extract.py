"""One page in, its facts out: the single entry point of the parsers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from parsers import condition_model
from parsers.amounts import Amount, extract_amounts
from parsers.blocks import Block, extract_blocks
from parsers.budget import Deadline, ParseTimeout
from parsers.conditions import Condition, extract_conditions
from parsers.content import PDF, UNSUPPORTED, UnsupportedContent, content_kind
from parsers.decoding import decode
from parsers.pdf import extract_pdf_blocks

__all__ = ["Facts", "ParseTimeout", "UnsupportedContent", "extract", "read_blocks"]

# Blocks are read in parts of about this much text between two looks at the parse budget.
# A normal page (under 50,000 characters of guidance) is one part: read exactly as before.
PART_CHARS = 50_000
PART_BLOCKS = 1024


@dataclass(frozen=True)
class Facts:
    blocks: list[Block]
    amounts: list[Amount]
    conditions: list[Condition]


def _parts(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) of consecutive runs of blocks, each about PART_CHARS of text.

    A part ends after a block that is neither a paragraph nor a table cell: the amounts of
    a block read the paragraph above them (extract_amounts' `before`), and after a heading
    or a list item there is none; what a section said earlier is read again from its
    heading (_window). Only a run four times too long with no such block (a hostile
    page) is cut anyway.
    """
    bounds, start, size = [], 0, 0
    for i, block in enumerate(blocks):
        size += len(block.text)
        full = size >= PART_CHARS or i + 1 - start >= PART_BLOCKS
        overfull = size >= 4 * PART_CHARS or i + 1 - start >= 4 * PART_BLOCKS
        if (full and block.kind not in ("paragraph", "table_cell")) or overfull:
            bounds.append((start, i + 1))
            start, size = i + 1, 0
    if start < len(blocks):
        bounds.append((start, len(blocks)))
    return bounds


def _window(blocks: list[Block], start: int, end: int) -> tuple[int, int]:
    """The blocks to read for the part blocks[start:end]: from the heading that opens its
    first block's section to the heading that opens the section after its last one (each at
    most PART_BLOCKS away).

    What a block reads can depend on its section around it: the lead-in of its list, a
    paragraph that lifted an obligation, "the same applies to", the threshold a sum points
    back to, the list a heading's count names ("Three types of permit" over three items).
    Nothing reads across a heading, so a part read within its sections reads as the whole
    page would (the dev set as one page, in parts of 3,000 to 50,000 characters:
    tests/test_hostile_pages.py). The bounds keep a hostile page without headings from being
    read again and again.
    """
    low = max(start - PART_BLOCKS, 0)
    lo = next((i for i in range(start - 1, low - 1, -1) if blocks[i].kind == "heading"), low)
    high = min(end + PART_BLOCKS, len(blocks))
    hi = next((i for i in range(end, high) if blocks[i].kind == "heading"), high)
    return lo, hi


def _read_in_parts(
    read: Callable[[list[Block]], list],
    blocks: list[Block],
    parts: list[tuple[int, int]],
    deadline: Deadline,
    what: str,
) -> list:
    """`read` (extract_amounts or extract_conditions) part by part, each part read within
    its sections (_window), keeping only the facts of the part's own blocks."""
    if len(parts) <= 1:
        return read(blocks)
    found = []
    for start, end in parts:
        deadline.check(what)
        lo, hi = _window(blocks, start, end)
        first = blocks[start].index
        stop = blocks[end].index if end < len(blocks) else None
        found.extend(
            fact
            for fact in read(blocks[lo:hi])
            if fact.block_index >= first and (stop is None or fact.block_index < stop)
        )
    return found


def _amounts(blocks: list[Block], parts: list[tuple[int, int]], deadline: Deadline) -> list:
    """Amounts part by part (see _read_in_parts)."""
    return _read_in_parts(extract_amounts, blocks, parts, deadline, "the amounts")


def _conditions(blocks: list[Block], parts: list[tuple[int, int]], deadline: Deadline) -> list:
    """Conditions part by part (see _read_in_parts), numbered again in the page's order."""
    found = _read_in_parts(extract_conditions, blocks, parts, deadline, "the conditions")
    if len(parts) <= 1:
        return found
    return [replace(condition, position=i) for i, condition in enumerate(found)]


def read_blocks(
    body: bytes | str,
    content_type: str | None = None,
    select: str | None = None,
    remove: tuple[str, ...] = (),
    deadline: Deadline | None = None,
) -> list[Block]:
    """The guidance blocks of a web page or a PDF, without facts: what the text safety net
    compares (`parsers.passages`) costs this part of `extract` only."""
    deadline = deadline or Deadline(None)
    if isinstance(body, str):
        return extract_blocks(body, select, remove, deadline)
    kind, why = content_kind(body, content_type)
    if kind == UNSUPPORTED:
        raise UnsupportedContent(why)
    if kind == PDF:
        return extract_pdf_blocks(body, deadline)
    return extract_blocks(decode(body, content_type), select, remove, deadline)


def extract(
    body: bytes | str,
    content_type: str | None = None,
    select: str | None = None,
    remove: tuple[str, ...] = (),
    budget: float | None = None,
) -> Facts:
    """The facts of a web page or a PDF (by content_kind); ParseTimeout when it takes more
    than `budget` seconds, UnsupportedContent for anything else (an image, an archive)."""
    deadline = Deadline(budget)
    blocks = read_blocks(body, content_type, select, remove, deadline)
    parts = _parts(blocks)
    amounts = _amounts(blocks, parts, deadline)
    conditions = _conditions(blocks, parts, deadline)
    if condition_model.ENABLED:
        deadline.check("the conditions")
        conditions = condition_model.apply(blocks, conditions)
    deadline.check("the conditions")
    return Facts(blocks, amounts, conditions)
