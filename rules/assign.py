"""Every amount of a page gets the rule it states, whose rule it is and from when it applies.

    assign(blocks, amounts, publisher, lang, catalogue) -> one Assignment per amount

Plain functions over the parser's blocks and amounts: the table cell's row and column
headers and caption, the section path and the sentence are all the context there is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from parsers.amounts import Amount, points_back, reference_bound
from parsers.blocks import Block
from rules.catalogue import Catalogue
from rules.clauses import clause_at
from rules.jurisdiction import jurisdiction
from rules.match import best_rule, matcher_for, statement_of
from rules.when import INDEXED_KINDS, date_end, effective_from, heading_start

_RIGHT_STOP = re.compile(r"\s(?:et|and|en|und|ou|or|of|oder)\s|[,;.]\s", re.IGNORECASE)
# A monthly pay given with its annual multiplier ("6.558,70 € x 12", "5.654,05 € x 13,92",
# "(6.873,15 x 12,85)": twelve months, or with holiday pay and the 13th month, anything from
# 12 to 13,99 months): the annual threshold it computes, value times the multiplier, though
# the page writes no "per month" (6.873,15 x 12,85 = 88.320, the yearly figure beside it).
_TIMES_A_YEAR = re.compile(
    r"[\d.,\s\u00a0]+(?:€|eur(?:o|os)?)?\s*[x×*]\s*(?P<months>1[23](?:[,.]\d{1,2})?)"
    r"(?!\d|[,.]\d)",
    re.IGNORECASE,
)
# A list item's head before its colon ("director: 78.704 euros (…; NSSO: 5.654,05 € x 13,92)"):
# names what every value of the item is, though the extractor cuts the item into sentences.
_ITEM_HEAD = re.compile(r"^([^\d:;]{2,60}):\s")


def _right_of(sentence: str, offset: int) -> str:
    """The value and the words after it, to the next conjunction: "4 mois au maximum avant"
    but not the "au plus tard" of "4 mois et au plus tard 2 mois"."""
    right = sentence[offset : offset + 40]
    stop = _RIGHT_STOP.search(right)
    return right[: stop.start()] if stop else right


@dataclass
class _Sentence:
    """What one sentence states: how many values (dates aside), where the first is, and
    whether one is money or a percentage (found once a sentence, not once a value)."""

    first: int
    values: int = 0
    indexed: bool = False
    dates: list[tuple[int, int, date]] | None = None  # (start, end, day) in the sentence


_POINTED = ("money", "percent")
# "Le plus souvent, c'est une autorisation B qui vous est accordée. Elle est valable pour une
# seule année": a validity whose subject is a pronoun is the validity of the thing the sentence
# before names, whose words (a permit B, a visa) say which rule it states, or none
_IT_SUBJECT = re.compile(
    r"^\s*(?:it|this|elle|il|celle-ci|celui-ci|ze|zij|hij|deze|dit|die|sie|er|es|diese|dieser|"
    r"dieses)\s",
    re.IGNORECASE,
)
_VALID_WORD = re.compile(r"\b(?:valid|valable|geldig|gültig|gilt|geldt|vaut)\b", re.IGNORECASE)


def _sentence_before(block: Block, start: int) -> str:
    """The block's last sentence that ends before `start` ("" for none)."""
    earlier = [s for s in block.sentences if block.text.find(s) + len(s) <= start]
    return earlier[-1] if earlier else ""


@dataclass(frozen=True)
class Assignment:
    rule_id: str | None
    jurisdiction: str
    effective_from: date | None


def _sentence_start(block: Block, amount: Amount) -> int:
    """Where the amount's sentence (its quote) starts in the block text."""
    found = block.text.rfind(amount.quote, 0, amount.start + len(amount.quote))
    return found if found >= 0 else 0


@lru_cache(maxsize=4096)
def _heading_start(heading: str) -> tuple[bool, date | None]:
    return heading_start(heading)


def clear_caches() -> None:
    """Forget the per-text memos (for benchmarks that parse the same page again)."""
    from rules import clauses, match, when
    from rules import jurisdiction as jur

    _heading_start.cache_clear()
    jur.named_once.cache_clear()
    jur.one_region.cache_clear()
    clauses.clauses.cache_clear()
    when.dates_in.cache_clear()
    when._said.cache_clear()
    for matcher in match._MATCHERS.values():
        matcher.vocabulary.clear()
        matcher.english.clear()


def assign(
    blocks: list[Block],
    amounts: list[Amount],
    publisher: str,
    lang: str,
    catalogue: Catalogue,
    topic: str | None = None,
) -> list[Assignment]:
    """One Assignment per amount, in the amounts' order. `topic` is the source's topic in
    sources.yaml ("au-pair"): the page's subject when its title lies outside `select`."""
    dates_by_block: dict[int, list[Amount]] = {}
    starts: dict[int, int] = {}  # each value's sentence start in its block
    sentences: dict[tuple[int, int], _Sentence] = {}  # what each sentence states
    for i, a in enumerate(amounts):
        if a.kind == "date":
            if a.date_value:
                dates_by_block.setdefault(a.block_index, []).append(a)
            continue
        start = starts[i] = _sentence_start(blocks[a.block_index], a)
        said = sentences.setdefault((a.block_index, start), _Sentence(a.start - start))
        said.values += 1
        said.first = min(said.first, a.start - start)
        said.indexed = said.indexed or a.kind in INDEXED_KINDS
    out = []
    matcher = matcher_for(catalogue, lang)
    sections: dict[int, str] = {}  # the amounts of a block share its section path
    rated: dict[tuple, str] = {}  # each value's rate where the page last gave it one
    for i, amount in enumerate(amounts):
        block = blocks[amount.block_index]
        if amount.kind == "date":
            out.append(Assignment(None, publisher, None))  # a date states when, not a rule
            continue
        headers = (block.row_header, block.col_header, block.caption)
        start = starts[i]
        said = sentences[amount.block_index, start]
        sentence = amount.quote
        if said.dates is None:  # the sentence's dates, found once for all its values
            said.dates = [
                (d.start - start, date_end(block.text, d.start) - start, d.date_value)
                for d in dates_by_block.get(amount.block_index, ())
                if start <= d.start < start + len(sentence)
            ]
        dates = said.dates
        if block.kind == "list_item" and start > 0:
            head = _ITEM_HEAD.match(block.text)
            if head:
                headers = (*headers, head.group(1))
        context = " | ".join(t for t in (sentence, *headers) if t)
        # a table's lead-in ("À partir du 01/10/2024, … au moins les montants suivants :")
        # names and dates its cells' values as a list's lead-in does its items'
        lead_ins = block.lead_ins or ((block.table_lead,) if block.table_lead else ())
        section = sections.get(block.index)
        if section is None:
            section = sections[block.index] = " > ".join((*block.section, *lead_ins))
        offset = amount.start - start
        named = ""  # the sentence before, when this one points back to what it names
        if (amount.kind in _POINTED and points_back(sentence[:offset])) or (
            amount.kind == "duration"
            and _IT_SUBJECT.match(sentence[:offset])
            and _VALID_WORD.search(sentence)
        ):
            named = _sentence_before(block, start)
            context = f"{named} | {context}"
        near = f"{amount.context} {_right_of(sentence, offset)}"
        clause = lead = ""
        if said.values > 1:  # several values: each is what its own clause says
            first, last = clause_at(sentence, offset)
            clause, lead = sentence[first:last], sentence[: said.first]
        statement = statement_of(amount, lang, context, section, topic or "", near, clause, lead)
        if named and amount.bound == "exact":
            # "je minstens het gemiddeld bruto jaarloon verdient. Voor 2024 is dat € 46.632":
            # the sum is exact (GUIDE, label audit), the threshold it gives a minimum
            statement = replace(statement, bound=reference_bound(named) or "exact")
        if amount.kind == "money" and amount.per is None and amount.value is not None:
            times = _TIMES_A_YEAR.match(sentence, offset)
            if times:
                months = float(times.group("months").replace(",", "."))
                statement = replace(statement, value=amount.value * months, per="year")
        rule_id = best_rule(statement, catalogue, matcher)
        key = (amount.kind, amount.value, amount.unit)
        if amount.per is not None:
            rated[key] = amount.per
        elif rule_id is None and amount.kind != "money" and key in rated:
            # "limited to 20 hours per week" … "the limitation of 20 hours does not apply": a
            # value restated without its rate states the rule it was stated for with it
            rule_id = best_rule(replace(statement, per=rated[key]), catalogue, matcher)
        set_by_law = amount.kind not in INDEXED_KINDS
        when = effective_from(
            block,
            sentence,
            offset,
            dates,
            (_heading_start(h) for h in (*reversed(lead_ins), *reversed(block.section))),
            set_by_law=set_by_law,
            beside_indexed=set_by_law and said.indexed,
        )
        out.append(
            Assignment(
                rule_id, jurisdiction(publisher, sentence, block.section, headers, offset), when
            )
        )
    return out
