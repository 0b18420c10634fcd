"""Families of misses on check part 2, released to tuning (issue 12, round 4).

Every sentence here is our own, in en, nl, fr and de; each case names what a volunteer would
read wrong in a report otherwise (a deadline read as a plain period, an age read as any
number of years, a session's date read as a rule's date, a step missing from the page).
"""

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks


def amounts(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return [(a.kind, a.value, a.value_max, a.unit, a.per, a.bound) for a in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "The employer has a period of 20 days to lodge an appeal.",
        "De werkgever heeft een termijn van 20 dagen om beroep in te stellen.",
        "L'employeur dispose d'un délai de vingt jours pour introduire un recours.",
        "Der Arbeitgeber hat eine Frist von 20 Tagen, um Einspruch einzulegen.",
    ],
)
def test_the_time_one_has_named_by_its_noun_is_a_deadline(sentence):
    assert ("duration", 20.0, None, "days", None, "max") in amounts(f"<p>{sentence}</p>")


@pytest.mark.parametrize(
    ("sentence", "bound"),
    [
        # alone, "within a period of" sets the time to act
        ("Missing papers must reach the office within a period of 10 days.", "max"),
        ("De stukken moeten binnen een periode van 10 dagen toekomen.", "max"),
        # after a first value it is the window the first is counted in
        ("He may stay 5 days within a period of 10 days.", "exact"),
        ("Hij mag 5 dagen blijven binnen een periode van 10 dagen.", "exact"),
    ],
)
def test_within_a_period_is_a_deadline_unless_it_counts_another_value(sentence, bound):
    assert ("duration", 10.0, None, "days", None, bound) in amounts(f"<p>{sentence}</p>")


@pytest.mark.parametrize(
    "sentence",
    [
        "A criminal record extract, if the worker is over twenty years of age.",
        "Een uittreksel uit het strafregister, als de werknemer boven de 20 jaar is.",
        "Ein Strafregisterauszug, wenn der Arbeitnehmer über 20 Jahre alt ist.",
    ],
)
def test_over_an_age_is_older_than_it(sentence):
    assert ("age", 20.0, None, "years", None, "min") in amounts(f"<p>{sentence}</p>")


def test_over_a_period_is_no_bound():
    assert ("duration", 5.0, None, "years", None, "exact") in amounts(
        "<p>The income is averaged over 5 years.</p>"
    )
