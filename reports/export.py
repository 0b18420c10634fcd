"""Exports for downstream tools: the rule views as Parquet, and the rules as OpenFisca parameters.

    permitwatch export --format parquet DIR     # one .parquet per view, and a README
    permitwatch export --format openfisca DIR   # DIR/<jurisdiction>/<rule path>.yaml

OpenFisca keeps a parameter as YAML: `description`, `values` by date (each with the
`reference` it comes from) and `metadata` (unit, period, label). Here every value comes from
the pages themselves, with the quote behind it, so the parameters follow the sources.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import yaml

PARQUET_VIEWS = (
    "current_rules",
    "rule_values",
    "rule_conflicts",
    "current_amounts",
    "current_conditions",
    "changes",
)


def export_parquet(con: duckdb.DuckDBPyConnection, out: Path) -> list[Path]:
    """One Parquet file per view or table, and README.md listing their columns."""
    out.mkdir(parents=True, exist_ok=True)
    written, lines = (
        [],
        [
            "# permitwatch export (Parquet)",
            "",
            "One file per view of the warehouse; what each column means is in the project's",
            "`warehouse/SCHEMA.md` (same names). Lists are Parquet lists, dates are dates.",
            "",
        ],
    )
    for name in PARQUET_VIEWS:
        path = out / f"{name}.parquet"
        con.execute(f"COPY (SELECT * FROM {name}) TO '{path}' (FORMAT parquet)")
        columns = con.execute(f"DESCRIBE SELECT * FROM {name}").fetchall()
        rows = con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        lines += [f"## {name}.parquet ({rows} rows)", ""]
        lines += [f"- `{column}` {sql_type}" for column, sql_type, *_ in columns]
        lines.append("")
        written.append(path)
    readme = out / "README.md"
    readme.write_text("\n".join(lines), encoding="utf-8")
    return [*written, readme]


# --- OpenFisca ------------------------------------------------------------------------

STATEMENTS = """
SELECT a.rule_id, a.jurisdiction, CASE WHEN a.bound = 'max' THEN 'max' ELSE 'min' END AS side,
       a.effective_from, a.value, a.unit, a.per, a.source_id, s.url, a.quote,
       (a.unit = r.unit AND a.per IS NOT DISTINCT FROM r.per) AS own_terms,
       CAST(min(u.started_at) OVER (PARTITION BY a.rule_id, a.jurisdiction, a.value) AS DATE)
           AS first_seen,
       r.family, r.label_en, r.label_nl, r.label_fr, r.label_de, r.description, r.unit AS r_unit,
       r.per AS r_per
FROM amounts a
JOIN rules r USING (rule_id)
JOIN sources s USING (source_id)
JOIN runs u ON u.run_id = a.valid_from_run
WHERE a.rule_id IS NOT NULL AND a.value IS NOT NULL AND a.value_max IS NULL
ORDER BY a.rule_id, a.jurisdiction, side, a.effective_from NULLS LAST, a.source_id
"""
_UNITS = {"EUR": "currency-EUR", "percent": "/1"}
_END = {"min": "lower", "max": "upper"}


@dataclass(frozen=True)
class _Statement:
    day: date
    dated: bool
    value: float
    terms: tuple[str | None, str | None]  # unit, per
    own_terms: bool
    source_id: str
    url: str | None
    quote: str


def export_openfisca(con: duckdb.DuckDBPyConnection, out: Path) -> list[Path]:
    """One OpenFisca parameter file per rule and jurisdiction (a rule stated with an upper
    and a lower end, like the au pair's age, is a node of two parameters: min and max).

    A value the page dates ('vanaf 1 juli 2025') is filed at that date; an undated one at
    the day our run first saw it (said in its reference). Only statements in the rule's own
    unit and rate count (not the monthly equivalent of an annual threshold), or else those in
    the terms the region uses most; at one date the value most statements give wins."""
    grouped: dict[tuple[str, str], dict[str, list[_Statement]]] = {}
    rules: dict[str, tuple] = {}
    for row in con.execute(STATEMENTS).fetchall():
        rule_id, jur, side, when, value, unit, per, source, url, quote, own, seen = row[:12]
        rules[rule_id] = row[12:]
        statement = _Statement(
            when or seen,
            when is not None,
            _in_rule_terms(value, unit, row[18]),
            (unit, per),
            own,
            source,
            url,
            quote,
        )
        grouped.setdefault((rule_id, jur), {}).setdefault(side, []).append(statement)
    written = []
    for (rule_id, jur), sides in sorted(grouped.items()):
        family, en, nl, fr, de, description, *_ = rules[rule_id]
        labels = {"label": en, "label_nl": nl, "label_fr": fr, "label_de": de}
        chosen = {side: _in_one_terms(statements) for side, statements in sides.items()}
        unit, per = next(iter(chosen.values()))[0].terms
        metadata = {"unit": _UNITS.get(unit, unit), **labels, "family": family}
        if per:
            metadata["period"] = per
        params = {side: _values(statements) for side, statements in chosen.items()}
        if len(params) == 1:
            (values,) = params.values()
            document = {"description": description, "values": values, "metadata": metadata}
        else:
            document = {
                "description": description,
                **{
                    side: {
                        "description": f"{description} ({_END[side]} end)",
                        "values": values,
                        "metadata": metadata,
                    }
                    for side, values in params.items()
                },
            }
        path = out.joinpath(jur, *rule_id.split(".")).with_suffix(".yaml")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
        written.append(path)
    return written


def _in_one_terms(statements: list[_Statement]) -> list[_Statement]:
    """The statements in the rule's own unit and rate; when a region states none that way
    (Brussels gives its thresholds per month), those in the terms it uses most."""
    own = [s for s in statements if s.own_terms]
    if own:
        return own
    terms, _ = Counter(s.terms for s in statements).most_common(1)[0]
    return [s for s in statements if s.terms == terms]


def _in_rule_terms(value: float, unit: str | None, rule_unit: str) -> float:
    return value / 100 if unit == "percent" and rule_unit == "percent" else value


def _values(statements: list[_Statement]) -> dict[str, dict]:
    """Values by date: the most stated value of each date, with its references."""
    by_day: dict[date, list[_Statement]] = {}
    for s in statements:
        by_day.setdefault(s.day, []).append(s)
    values = {}
    for day, found in sorted(by_day.items()):
        own = found
        value, _ = Counter(s.value for s in own).most_common(1)[0]
        backing = [s for s in own if s.value == value]
        values[day.isoformat()] = {
            "value": value,
            "reference": [
                {
                    "title": s.source_id
                    + ("" if s.dated else f" (undated on the page; first seen {day.isoformat()})"),
                    "href": s.url,
                    "quote": s.quote,
                }
                for s in {s.source_id: s for s in backing}.values()
            ],
        }
    return values
