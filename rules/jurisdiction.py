"""Whose rule an amount states: the publisher's, unless the page names one region for it.

A federal page that quotes "the Flemish Region's threshold", or a page with one section
per region ("Vlaams Gewest", "Région de Bruxelles-Capitale", "Deutschsprachige
Gemeinschaft"), states other regions' rules; a sentence or heading naming two regions
("Brussels and Wallonia apply …") says nothing about whose rule a value is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.lexicon import lowered
from rules.clauses import clause_at
from rules.words import region_names

_SPACES = re.compile(r"\s+")


def region_mentions(text: str) -> list[tuple[int, str]]:
    """Where a text names a region and which (by the official names, in any language)."""
    if not text:
        return []
    pattern, names, needles = region_names()
    lower = lowered(text)
    if lower is not None and not any(map(lower.__contains__, needles)):
        return []  # most texts: none of the names' words, no need to run the pattern
    found = (
        (m.start(), names.get(_SPACES.sub(" ", m.group(0).lower()), ""))
        for m in pattern.finditer(text, lower)
    )
    return [(at, region) for at, region in found if region]


def regions_named(text: str) -> set[str]:
    """The regions a text names (by their official names, in any of the four languages)."""
    return {region for _, region in region_mentions(text)}


@lru_cache(maxsize=4096)  # headings and sentences repeat for every amount under them
def named_once(text: str) -> frozenset[str]:
    """regions_named, remembered: every value of a sentence asks about it."""
    return frozenset(regions_named(text))


@lru_cache(maxsize=4096)
def one_region(text: str) -> str | None:
    named = named_once(text)
    return next(iter(named)) if len(named) == 1 else None


def own_clause_region(sentence: str, offset: int) -> str | None:
    """In a sentence naming several regions, the one region named in the value's own clause
    (`rules.clauses`), if it names one."""
    start, end = clause_at(sentence, offset)
    named = {region for at, region in region_mentions(sentence) if start <= at < end}
    return named.pop() if len(named) == 1 else None


def jurisdiction(
    publisher: str,
    sentence: str,
    section: tuple[str, ...],
    headers: tuple[str, ...] = (),
    offset: int | None = None,
) -> str:
    """The region named closest to the value: the sentence (when it names several, the
    value's own clause, the value at `offset`), the table headers of its cell, then the
    headings above it from the nearest up; else the publisher."""
    region = one_region(sentence)
    if region:
        return region
    if offset is not None and len(named_once(sentence)) > 1:
        region = own_clause_region(sentence, offset)
        if region:
            return region
    for text in (*headers, *reversed(section)):
        region = one_region(text)
        if region:
            return region
    return publisher
