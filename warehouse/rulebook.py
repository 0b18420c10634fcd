"""The rules layer in the warehouse: the catalogue table and the queries over the rule views.

The views themselves are SQL in the migrations (008_rules.sql); this module keeps the
`rules` table equal to rules.yaml and reads the views for the command line and the reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from rules.catalogue import Catalogue
from warehouse.diff import describe_quantity
from warehouse.store import columns, unnest

JURISDICTIONS = ("federal", "flanders", "brussels", "wallonia", "ostbelgien")

INSERT_RULE = f"""
INSERT INTO rules (rule_id, family, kind, unit, per, label_en, label_nl, label_fr, label_de,
                   description, range_low, range_high)
{unnest(*["VARCHAR"] * 10, "DOUBLE", "DOUBLE")}
"""


def sync_catalogue(con: duckdb.DuckDBPyConnection, catalogue: Catalogue) -> None:
    """Make the `rules` table hold exactly the catalogue (75 rows: one statement each way;
    executemany ran one a row, 0.045 s of every night)."""
    con.execute("DELETE FROM rules")
    con.execute(
        INSERT_RULE,
        columns(
            [
                (
                    r.id,
                    r.family,
                    r.kind,
                    r.unit,
                    r.per,
                    r.labels.en,
                    r.labels.nl,
                    r.labels.fr,
                    r.labels.de,
                    r.description,
                    r.range[0],
                    r.range[1],
                )
                for r in catalogue.rules
            ]
        ),
    )


@dataclass(frozen=True)
class RuleValue:
    """One value of a rule in one jurisdiction, as `current_rules` or `rule_values` state it."""

    rule_id: str
    jurisdiction: str
    bound: str
    value: float | None
    value_max: float | None
    unit: str | None
    per: str | None
    effective_from: date | None
    pages: int
    source_ids: tuple[str, ...]
    disagree: bool = False
    first_run: int | None = None
    last_run: int | None = None
    current: bool = True


CURRENT = """
SELECT rule_id, jurisdiction, bound, value, value_max, unit, per, effective_from, pages,
       source_ids, disagree
FROM current_rules WHERE ? IS NULL OR rule_id = ?
ORDER BY rule_id, bound, jurisdiction
"""
HISTORY = """
SELECT rule_id, jurisdiction, bound, value, value_max, unit, per, effective_from,
       len(source_ids), source_ids, false, first_run, last_run, current
FROM rule_values WHERE rule_id = ?
ORDER BY jurisdiction, bound, effective_from NULLS FIRST, first_run, value
"""
LABELS = "SELECT rule_id, label_en FROM rules ORDER BY rule_id"
# Everything `current_rules` and `rule_conflicts` read, summed row by row (order-free; a
# count beside each sum): the current amounts' columns the views use, the catalogue's, and
# today's date (a value applies from its date). Equal fingerprints, equal views.
FINGERPRINT = """
SELECT current_date::VARCHAR,
       (SELECT count(*) || ':' || coalesce(sum(hash(source_id, rule_id, jurisdiction,
               effective_from, value, value_max, unit, per, bound)), 0)
        FROM amounts WHERE valid_to_run IS NULL),
       (SELECT count(*) || ':' || coalesce(sum(hash(rule_id, family, unit, per, label_en)), 0)
        FROM rules)
"""
CONFLICTS = """
SELECT rule_id, jurisdiction, effective_from, source_id, lang, value, value_max, unit, per,
       bound, quote, url
FROM rule_conflicts ORDER BY rule_id, jurisdiction, effective_from, value, source_id
"""


def current(con: duckdb.DuckDBPyConnection, rule_id: str | None = None) -> list[RuleValue]:
    return [
        RuleValue(*row[:9], tuple(row[9]), bool(row[10]))
        for row in con.execute(CURRENT, [rule_id, rule_id]).fetchall()
    ]


def fingerprint(con: duckdb.DuckDBPyConnection) -> list[str]:
    """What the rule views would answer now depends on, as a key: a report of a night that
    changed no fact reuses the previous night's rule table (reading `current_rules` costs
    ~0.085 s of CPU at 1,000 pages, this ~0.004 s).

    The current amounts are read from `amounts` itself, not through `current_amounts`:
    the hash takes no column of `sources`, which that view joins in, and every amount is of
    a source that is kept (sources are never deleted), so the key is the same without the
    join: 6.1 -> 4.0 ms of CPU at 1,000 pages (benchmarks/README.md, round 17)."""
    return list(con.execute(FINGERPRINT).fetchone())


def history(con: duckdb.DuckDBPyConnection, rule_id: str) -> list[RuleValue]:
    return [
        RuleValue(*row[:9], tuple(row[9]), bool(row[10]), row[11], row[12], bool(row[13]))
        for row in con.execute(HISTORY, [rule_id]).fetchall()
    ]


def labels(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute(LABELS).fetchall())


def conflicts(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(CONFLICTS).fetchall()


# --- changes at the level of rules ------------------------------------------------------

STATE = """
SELECT rule_id, jurisdiction, CASE WHEN bound = 'max' THEN 'max' ELSE 'min' END, bound, value,
       value_max, unit, per, effective_from, source_ids
FROM current_rules
"""
CONFLICT_STATE = """
SELECT rule_id, jurisdiction, source_id, lang, value, value_max, unit, per, url
FROM rule_conflicts ORDER BY rule_id, jurisdiction, value, source_id
"""


@dataclass(frozen=True)
class RuleState:
    """What the current pages say of every rule, and which rules they disagree on."""

    values: dict[tuple[str, str, str], RuleValue]
    conflicts: dict[tuple[str, str], tuple[tuple, ...]]


def state(con: duckdb.DuckDBPyConnection, values: bool = True) -> RuleState:
    """What `current_rules` and `rule_conflicts` say now. `values=False` reads the conflicts
    only: after a parse stage that began with no rule values, no rule can have changed (see
    `rule_changes`), and `current_rules` is the dearer view to read (a cold night of 1,000
    pages: +15 MB at the run's peak, benchmarks/memory.py)."""
    said = {}
    rows = con.execute(STATE).fetchall() if values else []
    for rule_id, jur, side, bound, *rest, sources in rows:
        value, value_max, unit, per, when = rest
        said[(rule_id, jur, side)] = RuleValue(
            rule_id, jur, bound, value, value_max, unit, per, when, len(sources), tuple(sources)
        )
    conflicts: dict[tuple[str, str], list[tuple]] = {}
    for rule_id, jur, *statement in con.execute(CONFLICT_STATE).fetchall():
        conflicts.setdefault((rule_id, jur), []).append(tuple(statement))
    return RuleState(said, {key: tuple(rows) for key, rows in conflicts.items()})


def _says(value: RuleValue) -> tuple:
    """What a volunteer must hear about: the value, not a newer date for the same value."""
    return (value.value, value.value_max, value.unit, value.per)


def describe(value: RuleValue) -> str:
    """'at least EUR 48,912 per year from 2025-01-01': a rule's value in words."""
    bound = {"min": "at least ", "max": "at most "}.get(value.bound, "")
    when = f" from {value.effective_from.isoformat()}" if value.effective_from else ""
    return f"{bound}{_words(value.value, value.value_max, value.unit, value.per)}{when}"


def rule_changes(before: RuleState, after: RuleState) -> list[tuple[str, str | None, list]]:
    """The run's rule-level changes as (source_id, url, [Change]) for changes.record_changes:
    one `rule_changed` per rule, jurisdiction and side whose value changed, however many pages
    state it (naming them, with the old and new value as numbers; no fact id: many
    statements make one rule value); one `rule_conflict` per rule and jurisdiction whose
    pages came to disagree, one `rule_conflict_resolved` when they agree again. A rule no
    page stated before is new, not changed: with no values before, `after` needs none."""
    from warehouse.records import Change

    told = []
    for key, new in sorted(after.values.items()):
        old = before.values.get(key)
        if old is None or _says(old) == _says(new):
            continue
        pages = ", ".join(new.source_ids)
        change = Change(
            change_kind="rule_changed",
            section=None,
            subject=rule_subject(new.rule_id, new.jurisdiction),
            old_value=describe(old),
            new_value=describe(new),
            reason=f"stated by {len(new.source_ids)} page(s): {pages}",
            old_number=old.value,
            new_number=new.value,
            old_number_max=old.value_max,
            new_number_max=new.value_max,
            unit=new.unit if new.unit == old.unit else None,
            rule_id=new.rule_id,
            jurisdiction=new.jurisdiction,
        )
        told.append((new.source_ids[0], None, [change]))
    for key in sorted(set(after.conflicts) - set(before.conflicts)):
        told.append(_conflict_change("rule_conflict", key, _odd_first(after.conflicts[key])))
    for key in sorted(set(before.conflicts) - set(after.conflicts)):
        told.append(_conflict_change("rule_conflict_resolved", key, before.conflicts[key]))
    return told


def rule_subject(rule_id: str, jurisdiction: str) -> str:
    """A rule change's subject, "au_pair.pocket_money (flanders)": the review desk groups a
    change under the same words (`warehouse.desk_reads._group_expr` builds them in SQL)."""
    return f"{rule_id} ({jurisdiction})"


def _conflict_change(kind: str, key: tuple[str, str], rows: tuple[tuple, ...]) -> tuple:
    """A disagreement appearing (which page says what) or resolved, filed under rows[0]."""
    from warehouse.records import Change

    said = "; ".join(
        f"{source} ({lang}): {_words(v, vmax, unit, per)}"
        for source, lang, v, vmax, unit, per, _ in rows
    )
    appeared = kind == "rule_conflict"
    change = Change(
        change_kind=kind,
        section=None,
        subject=rule_subject(*key),
        old_value=None if appeared else said,
        new_value=said if appeared else None,
        reason="pages of one publisher state different values for the same rule and period"
        if appeared
        else "the pages agree again",
        rule_id=key[0],
        jurisdiction=key[1],
    )
    return (rows[0][0], rows[0][-1], [change])


def _odd_first(rows: tuple[tuple, ...]) -> tuple[tuple, ...]:
    """The statements with the value fewest pages give first: the page that lags is the one
    the change is filed under (rows are source, lang, value, value_max, unit, per, url)."""
    counts: dict[tuple, int] = {}
    for row in rows:
        counts[row[2:6]] = counts.get(row[2:6], 0) + 1
    return tuple(sorted(rows, key=lambda row: counts[row[2:6]]))


def _words(value, value_max, unit, per) -> str:
    return "?" if value is None else describe_quantity(value, value_max, unit, per)
