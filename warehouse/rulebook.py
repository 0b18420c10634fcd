"""The rules layer in the warehouse: the catalogue table and the queries over the rule views.

The views themselves are SQL in the migrations (007_rules.sql); this module keeps the
`rules` table equal to rules.yaml and reads the views for the command line and the reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from rules.catalogue import Catalogue

JURISDICTIONS = ("federal", "flanders", "brussels", "wallonia", "ostbelgien")

INSERT_RULE = """
INSERT INTO rules (rule_id, family, kind, unit, per, label_en, label_nl, label_fr, label_de,
                   description, range_low, range_high)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def sync_catalogue(con: duckdb.DuckDBPyConnection, catalogue: Catalogue) -> None:
    """Make the `rules` table hold exactly the catalogue (75 rows: one statement each way)."""
    con.execute("DELETE FROM rules")
    con.executemany(
        INSERT_RULE,
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
        ],
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


def history(con: duckdb.DuckDBPyConnection, rule_id: str) -> list[RuleValue]:
    return [
        RuleValue(*row[:9], tuple(row[9]), bool(row[10]), row[11], row[12], bool(row[13]))
        for row in con.execute(HISTORY, [rule_id]).fetchall()
    ]


def labels(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute(LABELS).fetchall())


def conflicts(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(CONFLICTS).fetchall()
