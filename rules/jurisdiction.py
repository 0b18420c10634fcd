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
def one_region(text: str) -> str | None:
    named = regions_named(text)
    return named.pop() if len(named) == 1 else None


# Where one region's part of a sentence ends: "EUR 48.912 in Flanders, EUR 58.000 in Brussels
# and EUR 45.000 in Wallonia", "En Flandre … 48.912 €, alors qu'en Wallonie … 45.000 €".
_CLAUSE = re.compile(
    r"[,;:]\s|\s(?:and|but|while|whereas|en|maar|terwijl|et|mais|alors que|alors qu'|"
    r"tandis que|und|aber|während|wohingegen)\s",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1024)
def _clauses(sentence: str) -> tuple[tuple[int, int, str | None], ...]:
    """The sentence's clauses (start, end) and the one region each names, if it names one.
    A clause with no figure belongs to the next ("En Flandre, le seuil est de 48.912 €"; "In
    Brussels and Wallonia the floor is …" names two regions for one value)."""
    mentions = region_mentions(sentence)
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(sentence)), len(sentence) + 1]
    out, start = [], 0
    for cut, end in zip(cuts, cuts[1:], strict=False):
        if end <= len(sentence) and not _DIGIT.search(sentence, cut, end):
            continue  # no figure: the clause runs on into the next
        named = {region for at, region in mentions if start <= at < end}
        out.append((start, end, named.pop() if len(named) == 1 else None))
        start = end
    return tuple(out)


def own_clause_region(sentence: str, offset: int) -> str | None:
    """In a sentence naming several regions, the one named in the value's own clause."""
    return next((r for start, end, r in _clauses(sentence) if start <= offset < end), None)


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
    if offset is not None and len(regions_named(sentence)) > 1:
        region = own_clause_region(sentence, offset)
        if region:
            return region
    for text in (*headers, *reversed(section)):
        region = one_region(text)
        if region:
            return region
    return publisher
