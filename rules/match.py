"""Which catalogued rule an amount states: the kind, unit, rate, bound and range must fit,
then the cue words of the sentence (and table headers) and of the section decide.

A rule whose cue words do not appear at all is never chosen: an amount that states no
catalogued rule keeps `rule_id` null rather than the least unlikely rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsers.lexicon import alternation, lowered
from rules.catalogue import Catalogue, Rule

# A statement in another unit, converted to the rule's for the range check: a year is 12
# months, 52 weeks or 365 days; a month 30 days (Belgian pages: "3 months" or "90 days").
_FACTOR = {
    ("years", "months"): 12.0,
    ("years", "weeks"): 52.0,
    ("years", "days"): 365.0,
    ("months", "weeks"): 30.0 / 7.0,
    ("months", "days"): 30.0,
    ("weeks", "days"): 7.0,
}
# An annual salary is the monthly one times 12 (13.92 with holiday pay and bonus).
_PER_YEAR = {"year": (1.0,), "month": (12.0, 13.92), "week": (52.0,), "day": (365.0,)}
SENTENCE_WEIGHT = 3
SECTION_WEIGHT = 1
NEAR_WEIGHT = 3
# Thresholds stand under a heading that names the category ("Highly qualified staff") in a
# sentence that does not; a duration, an age or a count needs its own sentence to say what
# it is ("1 year" under "Au pair" may be the passport's validity or the stay's length).
SECTION_NAMES = frozenset({"money", "percent"})


@dataclass(frozen=True)
class Statement:
    """What the matcher reads of one amount."""

    kind: str
    value: float | None
    value_max: float | None
    unit: str | None
    per: str | None
    bound: str
    lang: str
    sentence: str  # the sentence, with a table cell's headers and caption
    section: str  # the section path and list lead-ins
    near: str  # the words just before and after the value ("au plus tôt 4 mois")
    page_topic: str = ""  # the source's topic in sources.yaml ("au pair"), read as English


@cache
def _pattern(words: tuple[str, ...]) -> re.Pattern | None:
    """Cue words match at word starts: "hooggeschool" finds "hooggeschoolde"."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})") if words else None


def _found(words: tuple[str, ...], text: str) -> set[str]:
    pattern = _pattern(words)
    return {m.group(0) for m in pattern.finditer(text)} if pattern and text else set()


def _hits(words: tuple[str, ...], text: str) -> int:
    return len(_found(words, text))


def _convert(value: float, unit: str, per: str | None, rule: Rule) -> tuple[float, ...]:
    """The value in the rule's unit and rate, one reading per plausible factor."""
    if (unit, rule.unit) in _FACTOR:
        return (value * _FACTOR[unit, rule.unit],)
    if (rule.unit, unit) in _FACTOR:
        return (value / _FACTOR[rule.unit, unit],)
    if rule.kind == "money" and per and rule.per and per != rule.per:
        return tuple(value * f / g for f in _PER_YEAR[per] for g in _PER_YEAR[rule.per])
    return (value,)


def _in_range(statement: Statement, rule: Rule) -> bool:
    low, high = rule.range
    slack = (high - low) * 0.001 + abs(high) * 0.01
    for value in (statement.value, statement.value_max):
        if value is None:
            continue
        readings = _convert(value, statement.unit or "", statement.per, rule)
        if not any(low - slack <= v <= high + slack for v in readings):
            return False
    return statement.value is not None


def fits(statement: Statement, rule: Rule) -> bool:
    """Kind, unit, rate, bound and range allow the rule (cue words aside)."""
    if statement.unit not in rule.units or statement.bound not in rule.bounds:
        return False
    if statement.per != rule.per and statement.per is not None:
        if statement.per not in rule.also_per:
            return False
    if statement.per is None and rule.per is not None and rule.kind != "money":
        return False  # "20 hours" alone is not "20 hours a week"
    return _in_range(statement, rule)


def score(statement: Statement, rule: Rule) -> int:
    """How strongly the words around the amount name the rule; 0 when they rule it out.

    Words of the sentence (with a table cell's headers) count three times those of the section
    path. A rule with `topic` words needs one of them in the sentence or section, one with
    `near` words one of them just before the value.
    """
    lang = statement.lang
    if _hits(rule.avoid.of(lang), statement.sentence):
        return 0
    topic = rule.topic.of(lang)
    if topic and not (
        _hits(topic, statement.sentence)
        or _hits(topic, statement.section)
        or _hits(rule.topic.en, statement.page_topic)
    ):
        return 0
    near = _hits(rule.near.of(lang), statement.near)
    if rule.near.of(lang) and not near:
        return 0
    sentence = _hits(rule.cues.sentence.of(lang), statement.sentence)
    if not sentence and rule.kind not in SECTION_NAMES:
        return 0
    section = len(
        _found(rule.cues.section.of(lang), statement.section)
        | _found(rule.cues.section.en, statement.page_topic)
    )
    return SENTENCE_WEIGHT * sentence + SECTION_WEIGHT * section + NEAR_WEIGHT * near


def best_rule(statement: Statement, catalogue: Catalogue) -> str | None:
    """The id of the catalogued rule the amount states, or None."""
    best, best_key = None, None
    for rule in catalogue.by_kind.get(statement.kind, ()):
        if not fits(statement, rule):
            continue
        points = score(statement, rule)
        if points <= 0:
            continue
        low, high = rule.range
        key = (points, -(high - low) / (abs(high) or 1.0))  # a tie goes to the narrower rule
        if best_key is None or key > best_key:
            best, best_key = rule.id, key
    return best


def statement_of(
    amount, lang: str, sentence: str, section: str, page_topic: str = "", near: str = ""
) -> Statement:
    return Statement(
        amount.kind,
        amount.value,
        amount.value_max,
        amount.unit,
        amount.per,
        amount.bound,
        lang,
        lowered(sentence) or sentence.lower(),
        lowered(section) or section.lower(),
        (lowered(near) or near.lower()) if near else amount.context,
        page_topic.lower().replace("-", " "),
    )
