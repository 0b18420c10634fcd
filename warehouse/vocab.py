"""The closed vocabularies of the warehouse contract, in one place for Python and SQL alike.

`warehouse/SCHEMA.md` documents each word; `tests/test_contracts.py` keeps the two in step.
The words of facts live with the parsers (`parsers/vocab.py`), fetch error classes with
the fetcher (`fetch/errors.py`), publishers and languages with
the sources schema (`fetch/sources.py`): each vocabulary has exactly one home.
"""

from __future__ import annotations

__all__ = [
    "BOUNDS",
    "CHANGE_KINDS",
    "CORRECTION_KINDS",
    "CONDITION_KINDS",
    "KINDS",
    "PERS",
    "REVIEW_STATUSES",
    "RUN_STATUSES",
    "SEVERITIES",
    "TEXT_KINDS",
    "UNITS",
    "check_review_status",
    "severity_order_sql",
    "severity_rank",
]

# facts: their home is parsers/vocab.py (the parsers write them)
from parsers.vocab import BOUNDS, CONDITION_KINDS, KINDS, PERS, UNITS  # noqa: E402

# changes: each kind's severity, and the severities most important first
SEVERITIES = ("high", "medium", "low")
CHANGE_KINDS = {
    "amount_changed": "high",
    "amount_added": "high",
    "amount_removed": "high",
    "condition_added": "high",
    "condition_removed": "high",
    "condition_changed": "medium",
    "section_added": "medium",
    "section_removed": "medium",
    "page_added": "low",
    "page_unreachable": "high",
    "page_restored": "low",
    "page_moved": "medium",
    "page_suspect": "high",
    "parser_corrected": "low",  # same page, a new parser reads it differently: no rule changed
    "text_changed": "medium",  # a passage no fact change tells came, went or was reworded
    "rule_changed": "high",
    "rule_conflict": "high",
    "rule_conflict_resolved": "low",
}

# change kinds that tell a difference of our reading, not of the page: reports list them
# apart ("Parser corrections") and never count them as changes of the rules
CORRECTION_KINDS = ("parser_corrected",)

# change kinds of the text safety net (warehouse/passage_diff.py): the page's text changed
# where we read no rule; reports list them apart, after the changes of the rules
TEXT_KINDS = ("text_changed",)

# a volunteer's decision on a change; every change starts `pending`. `follow_up` is "needs
# follow-up": someone must check with the publisher or a lawyer before deciding.
REVIEW_STATUSES = ("pending", "confirmed", "dismissed", "follow_up")

# runs: how a run ended, and how healthy a finished run was (beside its status)
RUN_STATUSES = ("running", "completed", "failed", "aborted")
HEALTHS = ("ok", "degraded", "failed")  # worst last: an alert fires on the last two


def severity_rank(severity: str | None) -> int:
    """0 for the most important; an unknown severity sorts last."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def severity_order_sql(column: str) -> str:
    """A SQL expression ranking `column` like `severity_rank`, for ORDER BY."""
    whens = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(SEVERITIES))
    return f"CASE {column} {whens} ELSE {len(SEVERITIES)} END"


def check_review_status(status: str) -> str:
    """The status, or a ValueError that lists the allowed ones."""
    if status not in REVIEW_STATUSES:
        raise ValueError(f"must be one of {', '.join(REVIEW_STATUSES)}, not {status!r}")
    return status
