"""One page in, its facts out: the single entry point of the parsers."""

from __future__ import annotations

from dataclasses import dataclass

from parsers.amounts import Amount, extract_amounts
from parsers.blocks import Block, extract_blocks
from parsers.conditions import Condition, extract_conditions
from parsers.decoding import decode


@dataclass(frozen=True)
class Facts:
    blocks: list[Block]
    amounts: list[Amount]
    conditions: list[Condition]


def extract(
    body: bytes | str,
    content_type: str | None = None,
    select: str | None = None,
    remove: tuple[str, ...] = (),
) -> Facts:
    html = body if isinstance(body, str) else decode(body, content_type)
    blocks = extract_blocks(html, select, remove)
    return Facts(blocks, extract_amounts(blocks), extract_conditions(blocks))
