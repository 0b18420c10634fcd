"""The records the warehouse stages hand each other, documented field by field, and the
column list of each table they write, written once for the SQL, the row builders and the
schema test (`tests/test_contracts.py`).

Build records with keyword arguments: a fact has a dozen fields of a few types, and a
positional slip (a reason in a quote's place) is silent until a volunteer reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from operator import itemgetter

from parsers.frozen import fast_init
from warehouse.vocab import CHANGE_KINDS


# frozen, built without a setattr call a field (parsers.frozen): a cold night of 1,000 pages
# builds 28,000 of these and 45,000 ConditionRows in the run's own process
@fast_init
@dataclass(frozen=True)
class AmountRow:
    """One current statement of an amount on a page, as the diff compares it.

    - ``fact_id``: identity of the statement (source, section, values, quote, repeat count);
      an unchanged statement keeps it, so it keeps its history row.
    - ``slot``: where the statement stands whatever its value (source, section, kind, unit,
      rate, the words before it): a changed value in the same slot is one `amount_changed`.
    - ``section``: the headings above the statement, joined with " > ".
    - ``kind``, ``unit``, ``per``, ``bound``: words of `warehouse.vocab` (KINDS, UNITS, PERS,
      BOUNDS); ``unit`` and ``per`` may be None.
    - ``value``, ``value_max``: the number, and the upper end of a range (else None); both
      None for a date.
    - ``date_value``: the day of a `date` amount, else None.
    - ``quote``: the sentence as published.
    - ``rule_id``, ``jurisdiction``, ``effective_from``: the catalogued rule it states
      (`rules.yaml`, None when none), whose rule it is, and from when it applies (None when
      the page does not say): see `rules.assign`. They are part of the identity, not of
      `values`: a new catalogue re-files a statement without telling a change.
    """

    fact_id: str
    slot: str
    section: str
    kind: str
    value: float | None
    value_max: float | None
    unit: str | None
    per: str | None
    bound: str
    date_value: date | None
    quote: str
    rule_id: str | None = None
    jurisdiction: str | None = None
    effective_from: date | None = None

    @property
    def values(self) -> tuple:
        """What the statement says, without where: equal values mean no rule changed."""
        return (
            self.kind,
            self.value,
            self.value_max,
            self.unit,
            self.per,
            self.bound,
            self.date_value,
        )


@fast_init
@dataclass(frozen=True)
class ConditionRow:
    """One current condition on a page.

    - ``fact_id``: identity (source, section, kind, the words without numbers and case).
    - ``section``: the headings above it.
    - ``kind``: a word of `warehouse.vocab.CONDITION_KINDS`.
    - ``text``: the sentence or list item as published.
    """

    fact_id: str
    section: str
    kind: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Change:
    """One thing a volunteer should look at, as one row of `changes` and one report line.

    - ``change_kind``: a key of `warehouse.vocab.CHANGE_KINDS`; it sets ``severity``.
    - ``section``: the headings the change is under; None for a page-level change.
    - ``subject``: what changed, in a few words ("money (EUR per month)", "requirement",
      "page", "section").
    - ``old_value``, ``new_value``: before and after in words ("at least EUR 450 per month",
      a condition's text, "12 facts"); None where there is no before or no after.
    - ``old_quote``, ``new_quote``: the sentences as published, before and after; never
      anything of ours.
    - ``reason``: why we judged it so, when that is ours to say (a page_suspect: "the page
      lost 9 of its 12 facts at once"); else None.
    - ``old_fact_id``, ``new_fact_id``: the `amounts.fact_id` / `conditions.fact_id` of the
      statement before (its history row closed by this run) and after (opened by it); None
      on the side that does not exist, and for section, page and rule changes, which
      compare no single statement.
    - ``old_number``, ``new_number``, ``old_number_max``, ``new_number_max``: an amount's
      ``value`` and ``value_max`` on each side (450.0 for "at least EUR 450 per month");
      for a `rule_changed`, the rule's value before and after. None for conditions, dates
      and the side that does not exist.
    - ``unit``: the unit of those numbers ("EUR", "days"); None when there are none, or
      when the two sides are in different units ("four months" -> "90 days": each side's
      unit is in `amounts`, by fact id).
    - ``rule_id``: the catalogued rule the change is about (`rules.yaml`): the rule of the
      statement after (else before) for an amount change, the rule a rule change names; None
      for conditions, sections, pages and amounts of no catalogued rule. The review desk
      groups an indexation stated on many pages under it.
    - ``jurisdiction``: whose rule it is (`rules.assign`: federal, flanders, brussels,
      wallonia, ostbelgien), set with ``rule_id`` and None without it: the desk groups a
      Flemish and a Brussels change of one rule apart.

    These link a change to its facts and never take part in its id (`changes.change_id`):
    the words and quotes it digests already carry what they say.
    """

    change_kind: str
    section: str | None
    subject: str | None
    old_value: str | None = None
    new_value: str | None = None
    old_quote: str | None = None
    new_quote: str | None = None
    reason: str | None = None
    old_fact_id: str | None = None
    new_fact_id: str | None = None
    old_number: float | None = None
    new_number: float | None = None
    old_number_max: float | None = None
    new_number_max: float | None = None
    unit: str | None = None
    rule_id: str | None = None
    jurisdiction: str | None = None

    @property
    def severity(self) -> str:
        return CHANGE_KINDS[self.change_kind]


def field_names(record: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record))


@dataclass(frozen=True)
class Table:
    """The columns a stage writes into one table, in order, with their DuckDB types.

    `insert` writes whole batches of rows with one statement (see `warehouse.store.unnest`);
    `row` builds one row from keyword arguments, refusing a missing or unknown column.
    """

    name: str
    columns: tuple[tuple[str, str], ...]
    computed: tuple[tuple[str, str], ...] = ()  # (column, SQL expression) filled by DuckDB

    def __post_init__(self) -> None:
        # `row` is called once per fact written (68,000 at a cold night of 1,000 pages):
        # the names and their set are computed once, not twice a row (~1 s of the parse
        # stage's main process under py-spy, a tenth of it).
        names = tuple(name for name, _ in self.columns)
        object.__setattr__(self, "_names", names)
        object.__setattr__(self, "_name_set", frozenset(names))
        object.__setattr__(self, "_values", itemgetter(*names) if len(names) > 1 else None)

    @property
    def names(self) -> tuple[str, ...]:
        return self._names

    def insert(self, verb: str = "INSERT") -> str:
        names = [*self.names, *(name for name, _ in self.computed)]
        values = [f"unnest(?::{kind}[])" for _, kind in self.columns]
        values += [expression for _, expression in self.computed]
        return f"{verb} INTO {self.name} ({', '.join(names)})\nSELECT {', '.join(values)}"

    def maker(self, record: type, *extras: str, **renamed: str) -> Callable[..., tuple]:
        """A row builder for rows made from records by the ten thousand: `make(record,
        *extras)` gives the row in this table's column order, each column read from the
        record's field of the same name (or of the name `renamed` gives it) or taken from the
        extra argument of that name. Names are matched once, here, refusing a column no
        field or extra gives and an extra no column takes; `row`'s keyword dict and check
        cost ~2 us a row more (73,000 fact rows at a cold night of 1,000 pages)."""
        given = set(field_names(record))
        unknown = sorted(set(extras) - self._name_set)
        missing = [n for n in self._names if n not in extras and renamed.get(n, n) not in given]
        if missing or unknown:
            raise TypeError(f"{self.name} maker: missing {missing}, unknown {unknown}")
        parts = [n if n in extras else f"record.{renamed.get(n, n)}" for n in self._names]
        source = f"def make(record, {', '.join(extras)}):\n    return ({', '.join(parts)},)\n"
        namespace: dict = {}
        exec(source, {}, namespace)  # noqa: S102 (code built from column and field names only)
        return namespace["make"]

    def row(self, **values: object) -> tuple:
        if values.keys() != self._name_set:
            missing = sorted(self._name_set - values.keys())
            unknown = sorted(values.keys() - self._name_set)
            raise TypeError(f"{self.name} row: missing {missing}, unknown {unknown}")
        if self._values is None:
            return (values[self._names[0]],)
        return self._values(values)


AMOUNTS = Table(
    "amounts",
    (
        ("fact_id", "VARCHAR"),
        ("slot", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("section", "VARCHAR"),
        ("position", "INTEGER"),
        ("kind", "VARCHAR"),
        ("value", "DOUBLE"),
        ("value_max", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("per", "VARCHAR"),
        ("bound", "VARCHAR"),
        ("date_value", "DATE"),
        ("quote", "VARCHAR"),
        ("content_sha256", "VARCHAR"),
        ("valid_from_run", "INTEGER"),
        ("rule_id", "VARCHAR"),
        ("jurisdiction", "VARCHAR"),
        ("effective_from", "DATE"),
    ),
)
CONDITIONS = Table(
    "conditions",
    (
        ("fact_id", "VARCHAR"),
        ("source_id", "VARCHAR"),
        ("section", "VARCHAR"),
        ("position", "INTEGER"),
        ("condition_kind", "VARCHAR"),
        ("text", "VARCHAR"),
        ("content_sha256", "VARCHAR"),
        ("valid_from_run", "INTEGER"),
    ),
)
PARSES = Table(
    "parses",
    (
        ("source_id", "VARCHAR"),
        ("run_id", "INTEGER"),
        ("content_sha256", "VARCHAR"),
        ("parser_version", "VARCHAR"),
        ("blocks", "INTEGER"),
        ("amounts", "INTEGER"),
        ("conditions", "INTEGER"),
        ("elapsed_ms", "INTEGER"),
        ("error", "VARCHAR"),
    ),
)
CHANGES = Table(
    "changes",
    (
        ("change_id", "VARCHAR"),
        ("run_id", "INTEGER"),
        ("source_id", "VARCHAR"),
        ("change_kind", "VARCHAR"),
        ("section", "VARCHAR"),
        ("subject", "VARCHAR"),
        ("old_value", "VARCHAR"),
        ("new_value", "VARCHAR"),
        ("severity", "VARCHAR"),
        ("old_quote", "VARCHAR"),
        ("new_quote", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("url", "VARCHAR"),
        ("position", "INTEGER"),
        ("old_fact_id", "VARCHAR"),
        ("new_fact_id", "VARCHAR"),
        ("old_number", "DOUBLE"),
        ("new_number", "DOUBLE"),
        ("old_number_max", "DOUBLE"),
        ("new_number_max", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("rule_id", "VARCHAR"),
        ("jurisdiction", "VARCHAR"),
    ),
    computed=(("detected_at", "now()::TIMESTAMP"),),
)
TABLES = (AMOUNTS, CONDITIONS, PARSES, CHANGES)
