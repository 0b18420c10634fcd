"""accuracy.py --categories: what the misses are made of, counted without printing any, so the
check part (read only to measure) can still say which family of error is largest."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import Report, render_categories, score_page  # noqa: E402


def _key(value, bound="exact", per=None, kind="money", unit="EUR"):
    return (kind, float(value), None, unit, per, bound, None)


def _row(value, bound="exact", per=None, kind="money", unit="EUR"):
    return {"kind": kind, "value": value, "value_max": None, "unit": unit, "per": per,
            "bound": bound, "date": None}  # fmt: skip


def _score(amounts, conditions, gold) -> Report:
    report = Report()
    report.pages = 1
    score_page(report, "p", "en", amounts, conditions, gold)
    return report


def test_a_value_read_with_the_wrong_bound_is_told_apart_from_a_value_never_read():
    gold = {"amounts": [_row(450, "min", "month"), _row(90, kind="duration", unit="days")]}
    found = [(_key(450, "exact", "month"), "€ 450 a month"), (_key(12, per="year"), "12")]
    categories = _score(found, [], gold).categories
    assert categories == {
        "amounts: value read, bound (min read as exact) wrong": 1,
        "amounts: value not read": 1,  # the 90 days
        "amounts: read, no gold with that value": 1,  # the 12
    }


def test_the_false_reading_nearest_the_gold_row_is_the_one_paired_with_it():
    gold = {"amounts": [_row(450, "min", "month")]}
    found = [(_key(450, "max", "year"), "a"), (_key(450, "exact", "month"), "b")]
    categories = _score(found, [], gold).categories
    assert categories == {
        "amounts: value read, bound (min read as exact) wrong": 1,
        "amounts: read, no gold with that value": 1,
    }


def test_a_condition_read_with_another_kind_is_not_counted_as_missed_and_spurious():
    text = "A copy of your passport, valid for the whole stay."
    gold = {"conditions": [{"kind": "requirement", "text": text},
                           {"kind": "step", "text": "Send the form to the region."}]}  # fmt: skip
    found = [("document", text), ("requirement", "The employer pays the trip home.")]
    report = _score([], found, gold)
    assert report.categories == {
        "conditions: requirement read as document": 1,
        "conditions: read, no gold row near": 1,
        "conditions: step not read": 1,
    }
    assert "passport" not in render_categories(report)  # counts only: no page text printed


def test_a_page_read_right_has_no_category():
    gold = {"amounts": [_row(450, "min", "month")], "conditions": []}
    assert not _score([(_key(450, "min", "month"), "€ 450")], [], gold).categories
