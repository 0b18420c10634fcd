"""What the review desk reads from the published copy: the inbox, a change, a snapshot, a fact.

Every query takes the volunteers' latest decisions as an overlay (two lists: change ids and
statuses), so a decision made a second ago counts before any run has merged it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from warehouse.vocab import severity_order_sql

SEVERITY_RANK = severity_order_sql("c.severity")


@dataclass(frozen=True)
class Filters:
    publisher: str | None = None
    lang: str | None = None
    severity: str | None = None
    status: str | None = "pending"  # None: every status
    run: int | None = None
    text: str | None = None
    group: str | None = None  # one rule or page

    def params(self) -> dict:
        return {
            "grp": self.group,
            "publisher": self.publisher,
            "lang": self.lang,
            "severity": self.severity,
            "status": self.status,
            "run": self.run,
            "text": self.text.lower() if self.text else None,
        }


@dataclass
class Overlay:
    """The latest decision of each change from the decisions file."""

    ids: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    notes: list[str | None] = field(default_factory=list)
    by: list[str] = field(default_factory=list)


def has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    """The rules layer adds `rule_id`; until then the desk groups by page."""
    return bool(
        con.execute(
            "SELECT count(*) FROM information_schema.columns "
            "WHERE table_name = ? AND column_name = ?",
            [table, column],
        ).fetchone()[0]
    )


def _changes_cte(group: str) -> str:
    return f"""
    decided AS MATERIALIZED (
        SELECT unnest($ids::VARCHAR[]) AS change_id, unnest($statuses::VARCHAR[]) AS decided,
               unnest($notes::VARCHAR[]) AS decided_note, unnest($by::VARCHAR[]) AS decided_by
    ),
    listed AS MATERIALIZED (
        SELECT c.change_id, c.run_id, c.source_id, c.change_kind, c.severity, c.section,
               c.subject, c.old_value, c.new_value, c.old_quote, c.new_quote, c.position,
               s.publisher, s.lang, coalesce(c.url, s.url) AS url, {group} AS grp,
               coalesce(d.decided, c.review_status) AS status,
               CASE WHEN d.change_id IS NULL THEN c.review_note ELSE d.decided_note END AS note,
               d.decided_by, {SEVERITY_RANK} AS rank
        FROM changes c LEFT JOIN sources s USING (source_id) LEFT JOIN decided d USING (change_id)
    ),
    wanted AS (
        SELECT * FROM listed
        WHERE ($publisher::VARCHAR IS NULL OR publisher = $publisher)
          AND ($lang::VARCHAR IS NULL OR lang = $lang)
          AND ($severity::VARCHAR IS NULL OR severity = $severity)
          AND ($status::VARCHAR IS NULL OR status = $status)
          AND ($run::INTEGER IS NULL OR run_id = $run)
          AND ($grp::VARCHAR IS NULL OR grp = $grp)
          AND ($text::VARCHAR IS NULL OR contains(lower(concat_ws(' ', source_id, section,
               subject, old_value, new_value, old_quote, new_quote, change_id)), $text))
    )"""


def _group_expr(con: duckdb.DuckDBPyConnection) -> str:
    """A group is one rule in one jurisdiction ("au_pair.pocket_money (flanders)", the
    subject of its `rule_changed`): a Flemish and a Brussels indexation of one rule are two
    things to check (the words of `warehouse.rulebook.rule_subject`). Without a
    jurisdiction (rows of no region), the rule; without a rule, the page."""
    if has_column(con, "changes", "jurisdiction"):
        return "coalesce(c.rule_id || ' (' || c.jurisdiction || ')', c.rule_id, c.source_id)"
    if has_column(con, "changes", "rule_id"):
        return "coalesce(c.rule_id, c.source_id)"
    return "c.source_id"


def _overlay_params(overlay: Overlay) -> dict:
    return {
        "ids": overlay.ids,
        "statuses": overlay.statuses,
        "notes": overlay.notes,
        "by": overlay.by,
    }


def _records(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@dataclass
class Inbox:
    groups: list[dict]  # grp, best, n, high, changes (at most `per_group` of them)
    total_groups: int
    total_changes: int


def inbox(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    overlay: Overlay,
    limit: int = 25,
    offset: int = 0,
    per_group: int = 6,
) -> Inbox:
    """Groups of changes (a rule, else a page), the most important group first.

    Only the groups on this page and their first `per_group` changes leave DuckDB: with
    20,000 changes the inbox moves about 150 rows, not 20,000.
    """
    cte = _changes_cte(_group_expr(con))
    params = {**_overlay_params(overlay), **filters.params()}
    total_groups, total_changes = con.execute(
        f"WITH {cte} SELECT count(DISTINCT grp), count(*) FROM wanted", params
    ).fetchone()
    rows = _records(
        con.execute(
            f"""WITH {cte},
            groups AS (
                SELECT grp, min(rank) AS best, count(*) AS n,
                       count(*) FILTER (WHERE severity = 'high') AS high,
                       max(run_id) AS last_run
                FROM wanted GROUP BY grp
                ORDER BY best, n DESC, grp LIMIT $limit OFFSET $offset
            )
            SELECT g.best, g.n, g.high, g.last_run, w.*
            FROM groups g JOIN wanted w USING (grp)
            QUALIFY row_number() OVER (PARTITION BY grp ORDER BY w.rank, w.run_id DESC,
                                       w.position) <= $per_group
            ORDER BY g.best, g.n DESC, grp, w.rank, w.run_id DESC, w.position""",
            {**params, "limit": limit, "offset": offset, "per_group": per_group},
        )
    )
    groups: list[dict] = []
    for row in rows:
        if not groups or groups[-1]["grp"] != row["grp"]:
            groups.append({k: row[k] for k in ("grp", "best", "n", "high", "last_run")})
            groups[-1].update(
                publisher=row["publisher"], lang=row["lang"], url=row["url"], changes=[]
            )
        groups[-1]["changes"].append(row)
    return Inbox(groups, total_groups, total_changes)


def choices(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """What the filters offer: publishers, languages and runs that have changes."""
    return {
        "publishers": [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT publisher FROM sources WHERE publisher IS NOT NULL ORDER BY 1"
            ).fetchall()
        ],
        "langs": [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT lang FROM sources WHERE lang IS NOT NULL ORDER BY 1"
            ).fetchall()
        ],
        "runs": [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT run_id FROM changes ORDER BY 1 DESC LIMIT 200"
            ).fetchall()
        ],
    }


CHANGE = """
SELECT c.*, s.publisher, s.lang, s.topic, coalesce(c.url, s.url) AS page_url,
       r.finished_at AS run_finished_at
FROM changes c LEFT JOIN sources s USING (source_id) LEFT JOIN runs r USING (run_id)
WHERE c.change_id = ?
"""


def change(con: duckdb.DuckDBPyConnection, change_id: str) -> dict | None:
    found = _records(con.execute(CHANGE, [change_id]))
    return found[0] if found else None


# The body a source had as of a run: its latest good fetch in that run or before.
SNAPSHOT = """
SELECT f.content_sha256, f.run_id, coalesce(f.final_url, f.url) AS url, f.fetched_at,
       d.body, d.content_type
FROM fetches f JOIN documents d USING (content_sha256)
WHERE f.source_id = ? AND f.run_id <= ? AND f.outcome IN ('changed', 'unchanged')
  AND f.content_sha256 IS NOT NULL
ORDER BY f.run_id DESC, f.attempt DESC LIMIT 1
"""
PREVIOUS_RUN = """
SELECT max(run_id) FROM fetches
WHERE source_id = ? AND run_id < ? AND outcome IN ('changed', 'unchanged')
  AND content_sha256 IS NOT NULL
"""


@dataclass(frozen=True)
class Snapshot:
    digest: str
    run_id: int
    url: str
    fetched_at: object
    body: bytes  # still compressed
    content_type: str | None


def snapshot(con: duckdb.DuckDBPyConnection, source_id: str, run_id: int) -> Snapshot | None:
    row = con.execute(SNAPSHOT, [source_id, run_id]).fetchone()
    return Snapshot(*row) if row else None


def previous_run(con: duckdb.DuckDBPyConnection, source_id: str, run_id: int) -> int | None:
    """The last run before `run_id` that holds a body of the page: the 'before' snapshot."""
    return con.execute(PREVIOUS_RUN, [source_id, run_id]).fetchone()[0]


# The amount a change is about: the statement with the change's quote on that page that
# started in the change's run (or, for a removal, ended in it).
FACT_OF_CHANGE = """
SELECT slot FROM amounts
WHERE source_id = $source AND quote = $quote
  AND (CASE WHEN $removed THEN valid_to_run = $run ELSE valid_from_run = $run END)
ORDER BY position LIMIT 1
"""
SLOT_ROWS = """
SELECT a.valid_from_run, a.valid_to_run, a.position, a.fact_id, a.kind, a.value, a.value_max,
       a.unit, a.per, a.bound, a.date_value, a.quote, a.section, a.source_id,
       s.publisher, s.lang, coalesce(s.url, '') AS url
FROM amounts a LEFT JOIN sources s USING (source_id)
WHERE a.slot = ?
"""
RUN_TIMES = "SELECT run_id, finished_at FROM runs WHERE run_id IN (SELECT unnest(?::INTEGER[]))"


def _open_at(rows: list[dict], run: int) -> list[dict]:
    """The slot's statements the page made as of `run`, in page order."""
    found = [
        r
        for r in rows
        if r["valid_from_run"] <= run and (r["valid_to_run"] is None or r["valid_to_run"] > run)
    ]
    return sorted(found, key=lambda r: (r["position"], r["fact_id"]))


def fact_of_change(con: duckdb.DuckDBPyConnection, record: dict) -> tuple[str, int] | None:
    """(slot, rank) of the amount a change is about, or None for other changes.

    A slot is a place on a page (section, kind, unit, rate, the words before the number);
    a table can hold several amounts in one slot, so the fact is the rank-th statement of
    its slot in page order, followed from run to run.
    """
    kind = record.get("change_kind") or ""
    if not kind.startswith("amount_"):
        return None
    removed = kind == "amount_removed"
    quote = record.get("old_quote" if removed else "new_quote") or ""
    run = record["run_id"]
    row = con.execute(
        FACT_OF_CHANGE,
        {"source": record["source_id"], "quote": quote, "removed": removed, "run": run},
    ).fetchone()
    if row is None:
        return None
    rows = _records(con.execute(SLOT_ROWS, [row[0]]))
    as_of = _open_at(rows, run - 1 if removed else run)
    rank = next((i for i, r in enumerate(as_of) if r["quote"] == quote), None)
    return None if rank is None else (row[0], rank)


def fact_history(con: duckdb.DuckDBPyConnection, slot: str, rank: int) -> list[dict]:
    """Each value the rank-th statement of a slot took, with the run it took it in."""
    rows = _records(con.execute(SLOT_ROWS, [slot]))
    runs = sorted({r["valid_from_run"] for r in rows} | {r["valid_to_run"] for r in rows} - {None})
    told: list[dict] = []
    for run in runs:
        as_of = _open_at(rows, run)
        if rank >= len(as_of):
            continue
        pick = as_of[rank]
        if told and told[-1]["fact_id"] == pick["fact_id"]:
            continue  # the same statement, still standing
        told.append({**pick, "run_id": run})
    times = dict(con.execute(RUN_TIMES, [[t["run_id"] for t in told]]).fetchall())
    return [{**t, "finished_at": times.get(t["run_id"])} for t in told]


def changes_of_fact(
    con: duckdb.DuckDBPyConnection, source_id: str, quotes: list[str]
) -> dict[tuple[str, int], str]:
    """The change that told each quote in each run, to link a chart's points to."""
    if not quotes:
        return {}
    rows = con.execute(
        "SELECT new_quote, run_id, min(change_id) FROM changes "
        "WHERE source_id = ? AND new_quote IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1, 2",
        [source_id, quotes],
    ).fetchall()
    return {(quote, run): change for quote, run, change in rows}


def same_rule_elsewhere(con: duckdb.DuckDBPyConnection, record: dict) -> list[dict]:
    """Other pages' current statements of the change's rule (once the rules layer exists), in
    the change's jurisdiction when it has one: Brussels' pocket money does not confirm
    Flanders'."""
    if not (has_column(con, "amounts", "rule_id") and has_column(con, "changes", "rule_id")):
        return []
    rule = record.get("rule_id")
    if not rule:
        return []
    where = record.get("jurisdiction")
    return _records(
        con.execute(
            "SELECT a.source_id, s.publisher, s.lang, s.url, a.quote, a.section, a.jurisdiction "
            "FROM current_amounts a JOIN sources s USING (source_id) "
            "WHERE a.rule_id = ? AND a.source_id <> ? "
            "AND (?::VARCHAR IS NULL OR a.jurisdiction = ?) "
            "ORDER BY s.publisher, a.source_id LIMIT 50",
            [rule, record["source_id"], where, where],
        )
    )
