"""The report's rule table, kept beside the reports with what it was read from.

`current_rules` is the dearest read of an unchanged night's report (0.085 s of CPU at 1,000
pages: the view's windows and its `rule_conflicts` EXISTS). When nothing it reads changed
(`rulebook.fingerprint`: the current amounts, the catalogue, today's date) the table kept by
the previous report is the same table, so it is used instead of being read again.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from reports.build import rules_table
from reports.render import write_atomic
from warehouse import rulebook

NAME = ".rules-table.json"


def cached_rules_table(con: duckdb.DuckDBPyConnection, out_dir: Path) -> list[dict]:
    """`build.rules_table(con)`, from `<out_dir>/.rules-table.json` when its key still holds.

    A missing, unreadable or stale file is read again from the warehouse and rewritten; a
    folder that cannot be written only loses the saving."""
    path = Path(out_dir) / NAME
    key = rulebook.fingerprint(con)
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        if kept["key"] == key:
            return kept["rules_table"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    table = rules_table(con)
    try:
        write_atomic(path, json.dumps({"key": key, "rules_table": table}, ensure_ascii=False))
    except OSError:
        pass
    return table
