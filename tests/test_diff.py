"""The semantic diff: one change per real edit, nothing for noise."""

from datetime import date

from warehouse.changes import PageState
from warehouse.diff import (
    AmountRow,
    ConditionRow,
    describe_amount,
    diff_amounts,
    diff_conditions,
    diff_page,
    page_events,
    suspect,
)


def amount(
    fid,
    value,
    quote,
    slot="s1",
    section="Conditions",
    kind="money",
    unit="EUR",
    per="month",
    bound="min",
    value_max=None,
    day=None,
):
    return AmountRow(fid, slot, section, kind, value, value_max, unit, per, bound, day, quote)


def condition(fid, text, section="Conditions", kind="requirement"):
    return ConditionRow(fid, section, kind, text)


def kinds(changes):
    return [c.change_kind for c in changes]


def test_a_changed_value_in_the_same_slot_is_one_amount_changed():
    old = [amount("a", 450, "pays at least EUR 450 a month")]
    new = [amount("b", 500, "pays at least EUR 500 a month")]
    (change,) = diff_amounts(old, new)
    assert change.change_kind == "amount_changed" and change.severity == "high"
    assert (change.old_value, change.new_value) == (
        "at least EUR 450 per month",
        "at least EUR 500 per month",
    )
    assert change.subject == "money (EUR per month): value changed"
    assert (change.old_quote, change.new_quote) == (
        "pays at least EUR 450 a month",
        "pays at least EUR 500 a month",
    )


def test_a_value_changed_in_a_condition_of_several_sentences_is_told_once():
    """The list item holds the value's sentence and another: the amount_changed line shows
    both quotes, so the condition's rewording by that number alone is not told again."""
    item = "The family pays at least EUR {} a month. It also covers the travel costs."
    old_a = [amount("a", 450, "The family pays at least EUR 450 a month.")]
    new_a = [amount("b", 500, "The family pays at least EUR 500 a month.")]
    old_c = [condition("c", item.format(450))]
    new_c = [condition("d", item.format(500))]
    assert kinds(diff_page(old_a, new_a, old_c, new_c)) == ["amount_changed"]
    # a second number changed outside the quoted sentence is still its own change
    other = [condition("e", item.format(500).replace("the travel", "2 travel"))]
    told = diff_page(
        old_a, new_a, [condition("c", item.format(450).replace("the travel", "1 travel"))], other
    )
    assert kinds(told) == ["amount_changed", "condition_changed"]


def test_a_reworded_sentence_with_the_same_amount_is_no_change():
    old = [amount("a", 450, "pays at least EUR 450 a month", slot="s1")]
    new = [amount("b", 450, "transfers at least EUR 450 every month", slot="s2")]
    assert diff_amounts(old, new) == []


def test_a_duration_changing_unit_is_still_one_change():
    old = [
        amount(
            "a",
            4,
            "A decision is taken within four months.",
            slot="x",
            kind="duration",
            unit="months",
            per=None,
            bound="max",
        )
    ]
    new = [
        amount(
            "b",
            90,
            "A decision is taken within 90 days.",
            slot="y",
            kind="duration",
            unit="days",
            per=None,
            bound="max",
        )
    ]
    assert [(c.change_kind, c.old_value, c.new_value) for c in diff_amounts(old, new)] == [
        ("amount_changed", "at most 4 months", "at most 90 days")
    ]


def test_added_and_removed_amounts():
    old = [
        amount(
            "a",
            20,
            "One PDF of at most 20 MB.",
            slot="x",
            kind="size",
            unit="MB",
            per=None,
            bound="max",
            section="Files",
        )
    ]
    new = [
        amount(
            "b",
            1,
            "The date is",
            slot="y",
            kind="date",
            unit=None,
            per=None,
            bound="exact",
            section="Dates",
            day=date(2026, 1, 1),
        )
    ]
    assert kinds(diff_amounts(old, new)) == ["amount_removed", "amount_added"]


def test_reordered_conditions_are_no_change_and_a_reworded_one_is_one_change():
    old = [
        condition("1", "The au pair is at least 18 years old."),
        condition("2", "The host family gives one full day off each week."),
    ]
    reordered = list(reversed(old))
    assert diff_conditions(old, reordered) == []
    reworded = [old[0], condition("3", "The host family grants one complete day off every week.")]
    (change,) = diff_conditions(old, reworded)
    assert change.change_kind == "condition_changed" and change.severity == "medium"
    assert change.old_value == "The host family gives one full day off each week."


def test_a_new_and_a_dropped_condition():
    old = [condition("1", "The employer has not been sanctioned in the last 12 months.")]
    new = [condition("2", "The worker holds a diploma of higher education.")]
    assert kinds(diff_conditions(old, new)) == ["condition_removed", "condition_added"]


def test_a_whole_new_section_is_told_once():
    old = [amount("a", 450, "q", section="Pocket money")]
    new = old + [
        amount(
            "b",
            20,
            "at most 20 hours a week",
            section="Working hours",
            kind="hours",
            unit="hours",
            per="week",
            bound="max",
        )
    ]
    new_conditions = [condition("c", "Chores never exceed 4 hours a day.", section="Working hours")]
    changes = diff_page(old, new, [], new_conditions)
    assert kinds(changes) == ["section_added"]
    assert changes[0].new_value == "1 amounts, 1 conditions"


def test_a_renamed_heading_is_no_change():
    old = [condition("1", "The au pair is at least 18 years old.", section="Conditions")]
    new = [condition("2", "The au pair is at least 18 years old.", section="Who can come?")]
    assert diff_page([], [], old, new) == []


def test_a_page_that_loses_most_facts_is_suspect():
    assert suspect(40, 3, "Page not found") is not None
    assert "error page" in suspect(40, 3, "Page not found - 404")
    assert suspect(40, 0, "") is not None
    assert suspect(40, 36, "normal page") is None
    assert suspect(3, 1, "small page") is None  # too few facts to judge


def test_unreachable_is_told_once_then_restored():
    def state(now, before):
        return PageState(
            "p",
            now,
            "https://a.be/p",
            "http_503" if now == "failed" else None,
            "HTTP 503",
            before,
            "https://a.be/p",
        )

    assert kinds(page_events(state("failed", "unchanged"))) == ["page_unreachable"]
    assert page_events(state("failed", "failed")) == []
    assert kinds(page_events(state("unchanged", "failed"))) == ["page_restored"]
    assert page_events(state("unchanged", "unchanged")) == []


def test_a_source_never_fetched_well_is_no_page_event():
    def state(now, before):
        return PageState("p", now, "https://a.be/p", None, None, before, None, False)

    # failing on its first fetch is a failed fetch, not a high-severity change
    assert page_events(state("failed", None)) == []
    assert page_events(state("failed", "failed")) == []
    # its first good fetch is a page_added (from the parse stage), not a page_restored
    assert page_events(state("changed", "failed")) == []


def test_a_new_final_url_is_a_move():
    moved = PageState(
        "p", "changed", "https://a.be/new", None, None, "unchanged", "https://a.be/old"
    )
    (change,) = page_events(moved)
    assert (change.change_kind, change.old_value, change.new_value) == (
        "page_moved",
        "https://a.be/old",
        "https://a.be/new",
    )


def test_amount_wording():
    assert (
        describe_amount(
            amount("a", 18, "", kind="age", unit="years", per=None, bound="range", value_max=26)
        )
        == "18-26 years"
    )
    assert describe_amount(amount("a", 3703.44, "")) == "at least EUR 3,703.44 per month"
    assert (
        describe_amount(
            amount(
                "a",
                None,
                "",
                kind="date",
                unit=None,
                per=None,
                bound="exact",
                day=date(2025, 8, 18),
            )
        )
        == "2025-08-18"
    )


def test_a_heading_whose_number_changed_is_one_amount_changed_not_a_new_section():
    """The heading 'Hoogstens 90 dagen' names its section: its value changing renames it."""
    old_section, new_section = (
        "Welke toelating? > Hoogstens 90 dagen",
        "Welke toelating? > Hoogstens 60 dagen",
    )
    days = {"kind": "duration", "unit": "days", "per": None, "bound": "max"}
    old = [amount("a", 90, "Hoogstens 90 dagen", slot="h1", section=old_section, **days)]
    new = [amount("b", 60, "Hoogstens 60 dagen", slot="h2", section=new_section, **days)]
    old_c = [condition("c1", "De werkgever vraagt geen toelating aan.", section=old_section)]
    new_c = [condition("c2", "De werkgever vraagt geen toelating aan.", section=new_section)]
    (change,) = diff_page(old, new, old_c, new_c)
    assert change.change_kind == "amount_changed"
    assert (change.old_value, change.new_value) == ("at most 90 days", "at most 60 days")


ARRAYS_SCRIPT = """
import sys
{first}
import flows.cli, flows.nightly  # what a night has loaded when its first amount changes
from warehouse.diff import AmountRow, diff_page
old = AmountRow("a", "s1", "Pay", "money", 450.0, None, "EUR", "month", "min", None, "450 a month")
new = AmountRow("b", "s1", "Pay", "money", 500.0, None, "EUR", "week", "min", None, "500 a week")
told = diff_page([old], [new], [], [])
print(told[0].subject)
print(sorted(name for name in ("numpy", "pandas", "polars") if name in sys.modules))
import numpy  # still there for whoever needs it later
print(numpy.__name__)
"""


def _changed_amount_subprocess(first: str) -> list[str]:
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run(
        [sys.executable, "-c", ARRAYS_SCRIPT.format(first=first)],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_changed_amount_is_described_without_loading_numpy_or_pandas():
    # deepdiff would import both (+42 MB) to compare six plain fields (warehouse.diff._deepdiff)
    subject, loaded, later = _changed_amount_subprocess("")
    assert subject == "money (EUR per week): per, value changed"
    assert (loaded, later) == ("[]", "numpy")


def test_a_changed_amount_reads_the_same_when_numpy_and_pandas_are_loaded_first():
    subject, loaded, _ = _changed_amount_subprocess("import numpy, pandas")
    assert subject == "money (EUR per week): per, value changed"
    assert loaded == "['numpy', 'pandas']"
