"""Query results as text: an aligned table for people, CSV and JSON for scripts.

Nulls are empty cells (JSON null), never "NaN" or "NaT"; nothing is cut unless the reader
asks for a width, since a quote cut at 60 characters is a misquote.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

FORMATS = ("table", "csv", "json", "parquet")


def cell(value: Any) -> str:
    """One value as text: '' for null, ISO 8601 for dates and times."""
    if value is None:
        return ""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _cut(text: str, width: int | None) -> str:
    text = " ".join(text.split()) if "\n" in text or "\t" in text else text
    if width is not None and len(text) > width:
        return text[: max(width - 1, 0)] + "…"
    return text


def table(names: Sequence[str], rows: Sequence[Sequence[Any]], width: int | None = None) -> str:
    """Columns padded to their widest cell; numbers right-aligned, text left-aligned."""
    if not rows:
        return "(no rows)\n"
    cells = [[_cut(cell(v), width) for v in row] for row in rows]
    numeric = [
        all(isinstance(row[i], int | float | Decimal) or row[i] is None for row in rows)
        for i in range(len(names))
    ]
    widths = [max(len(names[i]), *(len(r[i]) for r in cells)) for i in range(len(names))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v.rjust(w) if right else v.ljust(w)
            for v, w, right in zip(values, widths, numeric, strict=True)
        ).rstrip()

    return "\n".join([line(names), *(line(r) for r in cells)]) + "\n"


def to_csv(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    writer.writerows([cell(v) for v in row] for row in rows)
    return out.getvalue()


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def to_json(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A list of objects, one per row; JSON columns (counts) stay text as DuckDB gives them."""
    records = [dict(zip(names, row, strict=True)) for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2, default=_json_value) + "\n"


def render(
    names: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str, width: int | None = None
) -> str:
    if fmt == "table":
        return table(names, rows, width)
    if fmt == "csv":
        return to_csv(names, rows)
    if fmt == "json":
        return to_json(names, rows)
    raise ValueError(f"format must be one of {', '.join(FORMATS[:-1])} for text, not {fmt!r}")
