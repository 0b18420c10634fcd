"""The passages of a page: what a person reads as one statement of the guidance.

A passage is a list item (whole, as the conditions read it) or one sentence of a paragraph
(as the conditions and amounts quote it). Headings are the sections passages stand in, and
table cells are the amounts' business, so neither is a passage. Blocks already leave out the
boilerplate (cookie banners, share buttons, "last updated", navigation, footers), so neither
do passages. The text safety net (`warehouse/passage_diff.py`) compares them between two
bodies of a page to tell what changed that no fact tells (issue 12: an exemption item
without an obligation word was dropped, and nothing was reported).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from parsers.blocks import Block
from parsers.lexicon import merged
from parsers.text import WORD

__all__ = ["Passage", "passages", "passage_key"]

_DIGIT_GROUP = re.compile(r"(?<=\d)[.,\u00a0\u202f ](?=\d)")  # "3.703,44", "54 000"


@dataclass(frozen=True)
class Passage:
    section: str  # the headings above it, joined with " > " (as facts' `section`)
    kind: str  # list_item | sentence
    text: str  # as published (normalized white space and typography)

    @cached_property
    def key(self) -> tuple[str, ...]:
        """Computed once: a page's passages are compared by it several times."""
        return passage_key(self.text)


def passage_key(text: str) -> tuple[str, ...]:
    """The words that make a passage what it is: lower case, no punctuation, "€" read as
    "eur", and numbers without their group and decimal separators, so "EUR 3.703,44" and
    "€ 3703,44" are one passage: retyping a number is no change (DESIGN, step 7)."""
    text = _DIGIT_GROUP.sub("", text.lower().replace("€", " eur "))
    return tuple(WORD.findall(text))


def _stamp(key: tuple[str, ...]) -> bool:
    """A date stamp the blocks kept: its words, numbers aside, are a piece of a boilerplate
    phrase ("Mise à jour : 2026-12-04" of "dernière mise à jour"; the blocks drop a line
    only when it starts with a whole phrase). It changes every time the page is touched."""
    words = " ".join(w for w in key if not w[0].isdigit())
    return (
        bool(words)
        and len(words) < len(" ".join(key))
        and any(f" {words} " in f" {phrase} " for phrase in _BOILERPLATE)
    )


_BOILERPLATE = merged().boilerplate


def passages(blocks: list[Block]) -> list[Passage]:
    """Every list item and every paragraph sentence, in page order, less date stamps."""
    found: list[Passage] = []
    for block in blocks:
        if block.kind == "list_item":
            found.append(Passage(block.section_path, "list_item", block.text))
        elif block.kind == "paragraph":
            found.extend(Passage(block.section_path, "sentence", s) for s in block.sentences)
    return [p for p in found if p.key and not _stamp(p.key)]
