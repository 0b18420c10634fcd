"""From when a value applies, as the page says it: `effective_from`.

"vanaf 1 juli 2025", "à partir du 1er janvier 2026", "ab dem 1. Januar 2026" give the day;
"in 2025", "(2025)", a column headed "Minimaal bruto jaarloon 2025" the year, read as its
1 January (Belgian thresholds are indexed on 1 January). A column headed "until 31/12/2025"
holds the 2025 value; "from 01/01/2026" the value from that day. A value the page gives as
past ("au lieu de 3.591,12 €" next to "à partir du 1er janvier 2026") is dated by its own
year when the page gives one, else as the year before the new value's: never today's.
Nothing said, nothing dated (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from parsers.amounts import DATE_DIGITS, DATE_WORDS, extract_amounts
from parsers.blocks import Block
from parsers.lexicon import CaseBlind, lowered
from rules.words import all_langs, phrases

_YEAR_AT = re.compile(r"(?:19|20)\d\d")
_YEAR = re.compile(r"(?<![\d/.,-])(?:19|20)\d\d(?![\d])(?![/.-]\d)")
_FROM_BEFORE = CaseBlind(rf"(?:{phrases(all_langs('from_before'))})\s*$")
_UNTIL_BEFORE = CaseBlind(rf"(?:{phrases(all_langs('until_before'))})\s*$")
_YEAR_BEFORE = CaseBlind(rf"(?:{phrases(all_langs('year_before'))})\s*$")
_PAST_BEFORE = CaseBlind(
    rf"(?:{phrases(all_langs('past_before'))})\s*(?:de\s+|d'|van\s+|von\s+)?(?:€|eur\w*)?\s*$"
)
_PAST_WORD = CaseBlind(phrases(all_langs("past_before")))
_SCHOOL_YEAR = re.compile(r"(?<![\d/.,-])((?:19|20)\d\d)\s?[-/–]\s?((?:19|20)\d\d)(?!\d)")
_SCHOOL_YEAR_BEFORE = CaseBlind(rf"(?:{phrases(all_langs('school_year_before'))})\s*[:(]?\s*$")
_ORDINAL_DAY = re.compile(r"(?:\d{1,2}(?:er|e|st|nd|rd|th|\.)?\s*)$")


@dataclass(frozen=True)
class Mention:
    """A date or a year in a text, read as the start of a period (or None when it ends one)."""

    start: int
    day: date | None
    said: str  # "from" | "until" | "year" | "plain"


def _marker(before: str) -> str:
    """What the words just before a date make of it: the longer of a "from" and an "until"
    phrase ending there ("jusqu'au" ends with the "au" of "du … au …": it says until)."""
    lower = lowered(before)
    since = _last_start(_FROM_BEFORE, before, lower)
    until = _last_start(_UNTIL_BEFORE, before, lower)
    if until is not None and (since is None or until < since):
        return "until"
    return "plain" if since is None else "from"


def _last_start(pattern: CaseBlind, text: str, lower: str | None) -> int | None:
    """Where the match of a pattern anchored at the text's end starts (the longest one)."""
    return next((match.start() for match in pattern.finditer(text, lower)), None)


def _as_start(day: date, said: str) -> date | None:
    if said == "from":
        return day
    if said == "until" and (day.month, day.day) == (12, 31):
        return date(day.year, 1, 1)  # "until 31/12/2025": the value of 2025
    return None


def mentions(text: str, dates: list[tuple[int, int, date]]) -> list[Mention]:
    """The dates (found by the amount extractor, law dates left out) and the years of a text."""
    found: list[Mention] = []
    spans = []
    for start, end, day in dates:
        spans.append((start, end))
        # "vanaf 1 januari": the day number belongs to the date, look before it
        said = _marker(text[max(0, start - 30) : start])
        found.append(Mention(start, _as_start(day, said), said))
    for match in _SCHOOL_YEAR.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        before = text[max(0, match.start() - 30) : match.start()]
        if second == first + 1 and (
            _SCHOOL_YEAR_BEFORE.found_in(before) or _YEAR_BEFORE.found_in(before)
        ):  # "Voor het academiejaar 2024 - 2025": the year it starts (GUIDE.md)
            found.append(Mention(match.start(), date(first, 1, 1), "year"))
            spans.append((match.start(), match.end()))
    for match in _YEAR.finditer(text):
        if any(s <= match.start() < e for s, e in spans):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        after = text[match.end() : match.end() + 1]
        year = int(match.group(0))
        if before.endswith("(") and after == ")":
            found.append(Mention(match.start(), date(year, 1, 1), "year"))
        elif _marker(before) == "from":
            found.append(Mention(match.start(), date(year, 1, 1), "from"))
        elif _YEAR_BEFORE.found_in(before):
            found.append(Mention(match.start(), date(year, 1, 1), "year"))
    return found


def header_start(header: str) -> date | None:
    """The period a table header names: 'from 01/01/2026', 'until 31/12/2025', '… 2025'."""
    if not header or not _YEAR_AT.search(header):
        return None
    dates = dates_in(header)
    for mention in mentions(header, dates):
        if mention.day:
            return mention.day
    if not dates:
        years = _YEAR.findall(header)
        if len(years) == 1:
            return date(int(years[0]), 1, 1)  # "Minimaal bruto jaarloon 2025"
    return None


@lru_cache(maxsize=4096)
def dates_in(text: str) -> list[tuple[int, int, date]]:
    """The full dates of a short text as the amount extractor finds them (law dates left
    out), as (start, end just after the year, day)."""
    if DATE_DIGITS.search(text) is None and not DATE_WORDS.found_in(text):
        return []  # the extractor finds its dates with these two: "Loon 2025" has none
    block = Block(0, "paragraph", text, ())
    return [
        (a.start, date_end(text, a.start), a.date_value)
        for a in extract_amounts([block])
        if a.kind == "date" and a.date_value
    ]


def date_end(text: str, start: int) -> int:
    """The end of a date starting at `start`: just after its year."""
    match = _YEAR_AT.search(text, start, start + 30)
    return match.end() if match else start + 1


def heading_start(heading: str) -> tuple[bool, date | None]:
    """Whether a heading names a period, and its start ('Drempels vanaf 1 januari 2026',
    'Lonen (2025)'). 'Beleid 1-6-2019 tot 31-8-2024' names one with no start to give: the
    values under it are not those of an outer 'Wijziging vanaf 1 september 2024'."""
    if not _YEAR_AT.search(heading):
        return False, None
    said = mentions(heading, dates_in(heading))
    return bool(said), next((m.day for m in said if m.day), None)


def is_past(left: str) -> bool:
    """Whether the words just before a value give it as a past one ('au lieu de 3.591,12 €')."""
    return _PAST_BEFORE.found_in(left[-40:])


_FIGURES = re.compile(r"\d(?:[\d.,\u00a0 ]*\d)?")  # "47.000", "3.703,44", "54 000": one figure each
_CLAUSE_BREAK = re.compile(r",\s|;|\s-\s")  # not ": " ("vanaf 1 mei 2024: € 2.070,48")
_STRONG_BREAK = re.compile(r";")


def _between(pattern: re.Pattern, sentence: str, a: int, b: int) -> bool:
    return pattern.search(sentence, min(a, b), max(a, b)) is not None


def _past_between(sentence: str, a: int, b: int) -> bool:
    return _PAST_WORD.found_in(sentence[a:b])


def _closest(found: list[Mention], sentence: str, offset: int) -> Mention | None:
    """The date of the value's own clause, the one before it first ("Voor 2023 geeft dat
    € 45.984, voor 2024 € 46.632"), else the nearest dated one short of a semicolon. A date
    after a past value is that value's ("Pour 2026, … 55.422 €, contre 53.971 € en 2025"),
    and a year said right after a value, no other figure between, its own ("For 2025 the
    floor is EUR 48.912 (EUR 47.000 in 2024)")."""
    before = [m for m in found if m.start < offset]
    after = [m for m in found if m.start > offset]
    if after and _past_between(sentence, offset, after[0].start):
        found = [*before, *(m for m in after if not _past_between(sentence, offset, m.start))]
        after = []
    if after and _own_year(sentence, offset, after[0]):
        return after[0]
    if before and not _between(_CLAUSE_BREAK, sentence, before[-1].start, offset):
        return before[-1]
    if after and not _between(_CLAUSE_BREAK, sentence, offset, after[0].start):
        return after[0]
    near = [m for m in found if m.day and not _between(_STRONG_BREAK, sentence, m.start, offset)]
    return min(near, key=lambda m: (abs(m.start - offset), -m.start)) if near else None


def _own_year(sentence: str, offset: int, mention: Mention) -> bool:
    """Whether a year after the value is said of it: the value the only figure before it,
    a few characters away, in its clause ("47.000 € en 2024", "EUR 47.000 in 2024")."""
    if mention.said != "year":
        return False
    figures = _FIGURES.findall(sentence, offset, mention.start)
    gap = sentence[offset : mention.start]
    return len(figures) == 1 and not _CLAUSE_BREAK.search(gap) and len(gap) <= OWN_YEAR_SPAN


OWN_YEAR_SPAN = 25  # characters from a value's start to a year said of it


def _has_year(text: str) -> bool:
    return _YEAR_AT.search(text) is not None


@lru_cache(maxsize=2048)  # every amount of a sentence asks about the same sentence
def _said(sentence: str, dates: tuple[tuple[int, int, date], ...]) -> list[Mention]:
    return [m for m in mentions(sentence, list(dates)) if m.day or m.said == "until"]


# Money and percentages are indexed, and pages date them. A duration, an age, an hour limit
# or a count is set by law: a date in its sentence mostly dates a procedure ("Since 1 June
# 2021 employers apply online to hire for more than 90 days") or the threshold beside it ("In
# 2024 the threshold for workers aged 30 or over rises to EUR 46.632"), and a heading's date
# the amounts it is about. Such a value takes a table's period, or a date said right by it.
INDEXED_KINDS = frozenset({"money", "percent"})
OWN_DATE_SPAN = 40  # characters between a law-set value and a date that is its own


def effective_from(
    block: Block,
    sentence: str,
    offset_in_sentence: int,
    dates: list[tuple[int, int, date]],
    section_starts=(),
    *,
    set_by_law: bool = False,
    beside_indexed: bool = False,
) -> date | None:
    """The start date of the value at `offset_in_sentence` of `sentence` (a sentence of
    `block`); `dates` are the full dates of the sentence as (start, end, day) offsets in it;
    `section_starts` the list lead-ins' and headings' (names a period, start), nearest first
    (read only when needed: "For an application filed in 2024:" dates the list under it).
    `set_by_law`: a value of a kind outside INDEXED_KINDS; `beside_indexed`: its sentence
    states a money or percent value too, which the sentence's dates are about."""
    if block.kind == "table_cell":
        for header in (block.col_header, block.caption, block.row_header):
            start = header_start(header)
            if start:
                return start
    if set_by_law:
        if beside_indexed:
            return None
        found = _said(sentence, tuple(dates)) if dates or _has_year(sentence) else []
        own = _closest(found, sentence, offset_in_sentence) if found else None
        if own and own.day and abs(own.start - offset_in_sentence) <= OWN_DATE_SPAN:
            return own.day
        return None
    found = _said(sentence, tuple(dates)) if dates or _has_year(sentence) else []
    past = bool(found) and is_past(sentence[:offset_in_sentence])
    if past:
        own = [m for m in found if m.said == "year" and m.start > offset_in_sentence]
        if own and own[0].start - offset_in_sentence < 40:
            return own[0].day  # "au lieu de 3.591,12 € en 2025"
        lead = [m for m in found if m.said == "year" and m.start < offset_in_sentence]
        if lead and not _between(_CLAUSE_BREAK, sentence, lead[-1].start, offset_in_sentence):
            return lead[-1].day  # "In 2019 the threshold was EUR 41.000"
        later = [m.day for m in found if m.day and m.said == "from"]
        return date(later[0].year - 1, 1, 1) if later else None
    if found:
        closest = _closest(found, sentence, offset_in_sentence)
        return closest.day if closest else None
    for names_period, start in section_starts:
        if names_period:
            return start
    return None
