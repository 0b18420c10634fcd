"""How the condition tests read a snippet of guidance: the rows a volunteer would be shown, and
the kind of the first row holding a phrase (one home, not one copy per tuning round)."""

from __future__ import annotations

from parsers.blocks import extract_blocks
from parsers.conditions import Condition, extract_conditions


def rows(html: str) -> list[Condition]:
    """The condition rows of `html`, read as the body of a page's main content."""
    return extract_conditions(extract_blocks(f"<main>{html}</main>"))


def kind_of(html: str, needle: str) -> str | None:
    """The kind of the first row whose text holds `needle`, None when no row does."""
    return next((c.kind for c in rows(html) if needle in c.text), None)
