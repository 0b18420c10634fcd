"""Today's value of each rule in each jurisdiction, side by side; and one rule's history.

Plain text for `permitwatch rules`, rows for the HTML report: one row per rule (and bound,
"at least 18" and "under 26" being the two ends of one rule), one column per jurisdiction.
"""

from __future__ import annotations

from warehouse.rulebook import JURISDICTIONS, RuleValue

_BOUND_WORDS = {"min": "≥ ", "max": "≤ ", "exact": "", "range": ""}


def amount_text(value: RuleValue) -> str:
    """'≥ 48.912 EUR/year (2025)': the value as a volunteer reads it."""
    number = _number(value.value)
    if value.value_max is not None:
        number = f"{number}–{_number(value.value_max)}"
    unit = {"items": "", "percent": "%"}.get(value.unit or "", value.unit or "")
    rate = f"/{value.per}" if value.per else ""
    when = f" ({_when(value)})" if value.effective_from else ""
    mark = " !" if value.disagree else ""
    spaced = f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip()
    return f"{_BOUND_WORDS.get(value.bound, '')}{spaced}{rate}{when}{mark}".strip()


def _when(value: RuleValue) -> str:
    day = value.effective_from
    return str(day.year) if (day.month, day.day) == (1, 1) else day.isoformat()


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def comparison(values: list[RuleValue], labels: dict[str, str]) -> list[tuple[str, ...]]:
    """(rule id, label, side (min or max), one cell per jurisdiction) for every rule stated."""
    cells: dict[tuple[str, str], dict[str, str]] = {}
    for value in values:  # a row per side: "at least"/"exactly" below, "at most" above
        side = "max" if value.bound == "max" else "min"
        cells.setdefault((value.rule_id, side), {})[value.jurisdiction] = amount_text(value)
    return [
        (rule_id, labels.get(rule_id, ""), bound, *(row.get(j, "") for j in JURISDICTIONS))
        for (rule_id, bound), row in sorted(cells.items())
    ]


def render_comparison(values: list[RuleValue], labels: dict[str, str]) -> str:
    rows = comparison(values, labels)
    if not rows:
        return "(no rule is stated by the current pages)"
    header = ("rule", *JURISDICTIONS)
    body = [(f"{r[0]} ({r[2]})" if r[2] in ("min", "max") else r[0], *r[3:]) for r in rows]
    widths = [max(len(str(line[i])) for line in (header, *body)) for i in range(len(header))]
    lines = [
        "  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True))
        for line in (header, *body)
    ]
    lines += ["", "≥ at least, ≤ at most; (year) applies from; ! pages disagree (rule_conflicts)"]
    return "\n".join(line.rstrip() for line in lines)


def render_history(values: list[RuleValue], label: str) -> str:
    if not values:
        return "(no page has stated this rule)"
    lines = [label, ""]
    for v in values:
        seen = f"runs {v.first_run}–{v.last_run}" + ("" if v.current else " (no longer stated)")
        pages = ", ".join(v.source_ids)
        lines.append(f"  {v.jurisdiction:11} {amount_text(v):32} {seen:24} {pages}")
    return "\n".join(lines)
