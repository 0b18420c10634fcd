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


def regions_named(text: str) -> set[str]:
    """The regions a text names (by their official names, in any of the four languages)."""
    if not text:
        return set()
    pattern, names, needles = region_names()
    lower = lowered(text)
    if lower is not None and not any(map(lower.__contains__, needles)):
        return set()  # most texts: none of the names' words, no need to run the pattern
    return {
        names.get(_SPACES.sub(" ", m.group(0).lower()), "") for m in pattern.finditer(text, lower)
    } - {""}


@lru_cache(maxsize=4096)  # headings and sentences repeat for every amount under them
def one_region(text: str) -> str | None:
    named = regions_named(text)
    return named.pop() if len(named) == 1 else None


def jurisdiction(
    publisher: str, sentence: str, section: tuple[str, ...], headers: tuple[str, ...] = ()
) -> str:
    """The region named closest to the value: the sentence, the table headers of its cell,
    then the headings above it from the nearest up; else the publisher."""
    for text in (sentence, *headers, *reversed(section)):
        region = one_region(text)
        if region:
            return region
    return publisher
