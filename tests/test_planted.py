"""Planted edits (benchmarks/planted.py): each edit really changes the page the way it says,
and the real diff tells the planted change and nothing for boilerplate."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import planted  # noqa: E402

from parsers import condition_model  # noqa: E402

PAGE = "flanders-au-pair-en"


def test_each_edit_is_planted_where_it_says():
    page = planted.load_page(PAGE)
    value = planted.plant(page, "value")
    removed = planted.plant(page, "removed")
    added = planted.plant(page, "added")
    reworded = planted.plant(page, "reworded")
    boilerplate = planted.plant(page, "boilerplate")
    assert len(removed) < len(page.html) < len(added)
    assert planted.NEW_ITEM["en"] in added and planted.REWORDING["en"] in reworded
    assert value != page.html and len(value) == len(page.html)  # one digit moved
    assert boilerplate != page.html
    assert planted.plant(page, "value") == value  # seeded: the same edit every time


def test_the_real_diff_finds_each_planted_change_and_nothing_for_boilerplate():
    outcomes = planted.run([PAGE, "wallonia-au-pair-fr", "ostbelgien-work-permit-de"])
    for edit in ("value", "removed", "reworded", "added"):
        assert (outcomes[edit].found, outcomes[edit].noise) == (3, 0), edit
    assert outcomes["boilerplate"].planted == 3
    assert outcomes["boilerplate"].noise == 0


def test_a_boilerplate_edit_that_is_told_counts_as_noise():
    page = planted.load_page(PAGE)
    changes = planted.told(page, planted.plant(page, "removed"))
    assert planted.score("boilerplate", changes) == (False, False, len(changes))
    assert planted.score("removed", changes) == (True, False, len(changes) - 1)


def test_an_edit_told_only_as_text_is_counted_apart_from_the_fact_changes(monkeypatch):
    # the travel purposes this page lists after a note are labelled conditions, but the rules
    # read no condition from them: removing one is text only (the condition classifier,
    # fitted on this very page, reads them, so it is switched off here)
    monkeypatch.setattr(condition_model, "ENABLED", False)
    outcomes = planted.run(["federal-visa-de"])
    removed = outcomes["removed"]
    assert (removed.planted, removed.found, removed.text_only, removed.noise) == (1, 0, 1, 0)
    assert removed.recall == 0.0 and removed.recall_with_text == 1.0
    without = planted.run(["federal-visa-de"], text=False)["removed"]
    assert (without.found, without.text_only) == (0, 0)


def test_bumped_numbers_keep_their_format_and_dates_stay_dates():
    assert [planted._bump(n) for n in ("450", "31", "01", "10", "3.703,44")] == [
        "451",
        "30",
        "02",
        "11",
        "3.703,43",
    ]


def _row(**fields) -> dict:
    return {"value": None, "value_max": None, "date": None, **fields}


def test_a_value_edit_moves_the_amounts_own_number_not_the_first_in_its_quote():
    # a year, a form's number or a photo's size before the value is not the value
    cases = [
        (_row(value=86209), "Pour 2022, ce montant s'élève à au moins 86.209 euros", "86.209"),
        (_row(value=43104.5), "In 2022 gaat dat bedrag naar 43.104,50 euro", "43.104,50"),
        (_row(value=90), "bijlage 46: meer dan 90 dagen", "90"),
        (_row(value=3), "passport photos of 4 x 5 cm, 3 of them", "3"),
        (_row(value=2, value_max=5), "Zwischen 2 und 5 Tagen", "2"),
    ]
    for row, quote, digits in cases:
        number, is_day = planted._number_of(row, quote)
        assert (number.group(0), is_day) == (digits, False), quote


def test_a_date_edit_moves_its_day_to_a_day_the_month_has():
    number, is_day = planted._number_of(_row(date="2017-09-30"), "le 30 septembre 2017")
    assert (number.group(0), is_day) == ("30", True)
    assert [planted._bump_day(d) for d in ("30", "31", "01", "1")] == ["29", "30", "02", "2"]
    number, is_day = planted._number_of(_row(date="2026-01-01"), "ab Januar 2026")
    assert (number.group(0), is_day) == ("2026", False)


def test_a_value_written_in_words_is_not_planted():
    assert planted._number_of(_row(value=2), "two recent 2 x 2 photos") is None
    assert planted._number_of(_row(value=8), "binnen de acht werkdagen na bijlage 46") is None
