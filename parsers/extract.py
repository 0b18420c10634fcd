"""One page in, its facts out: the single entry point of the parsers."""

from __future__ import annotations

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
    or a list item there is none, so each part reads exactly as the whole page would. Only
    a run four times too long with no such block (a hostile page) is cut anyway.
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


def _amounts(blocks: list[Block], parts: list[tuple[int, int]], deadline: Deadline) -> list:
    """Amounts part by part (see _parts)."""
    found: list[Amount] = []
    for start, end in parts:
        deadline.check("the amounts")
        found.extend(extract_amounts(blocks[start:end]))
    return found


def _conditions(blocks: list[Block], parts: list[tuple[int, int]], deadline: Deadline) -> list:
    """Conditions part by part; a block's conditions may look at the next block, so each part
    is read with the first block of the next, whose own conditions come with its part."""
    if len(parts) <= 1:
        return extract_conditions(blocks)
    found: list[Condition] = []
    for start, end in parts:
        deadline.check("the conditions")
        stop = blocks[end].index if end < len(blocks) else None
        for condition in extract_conditions(blocks[start : end + 1]):
            if stop is None or condition.block_index < stop:
                found.append(replace(condition, position=len(found)))
    return found


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
