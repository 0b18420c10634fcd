"""Families of misses on the 45 pages of check part 1, released to tuning (issue 12, round 3).

Every sentence here is our own, in en, nl, fr and de; each case names what a volunteer would
read wrong in a report otherwise (a year reported as a count of au pairs, a decree's date as
a rule's date, a step of the procedure missing from the page's facts).
"""

from datetime import date

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def amounts(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return [(a.kind, a.value, a.value_max, a.unit, a.per, a.bound) for a in found]


def dates(html: str) -> list[date]:
    return [a.date_value for a in extract_amounts(extract_blocks(f"<main>{html}</main>"))]


def conditions(html: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2025 the au pair is paid at least EUR 450 a month.",
        "In 2025 de au pair krijgt minstens 450 euro per maand.",
        "Sinds 2019 de werkgevers van seizoenarbeiders betalen een bijdrage.",
        "Depuis 2021 les employeurs introduisent la demande en ligne.",
        "Seit 2021 die Arbeitgeber reichen den Antrag online ein.",
    ],
)
def test_a_year_before_a_count_noun_is_no_count(sentence):
    assert [a for a in amounts(f"<p>{sentence}</p>") if a[0] == "count"] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Add 2 recent photos to the file.", 2.0),
        ("Voeg 2 recente pasfoto's toe.", 2.0),
        ("Joignez 2 photos récentes.", 2.0),
        ("Fügen Sie 3 Passfotos bei.", 3.0),
    ],
)
def test_counts_of_things_stay(sentence, value):
    assert ("count", value, None, "items", None, "exact") in amounts(f"<p>{sentence}</p>")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rules are in the decree (art. 9, 8 KB 09/06/1999).",
        "Dat staat in de regeling (art. 9,12 en 9,13 KB 9 juni 1999).",
        "Ce cas est prévu (Art. 18, § 2, 5° AGRBC, 16 mai 2024).",
        "So steht es im Text (Art. 3, § 1 Erlass 12. März 2020).",
        "The exemption comes from the rules (art. 9,12 and 9,13 royal decree 9 June 1999).",
    ],
)
def test_a_bracket_citing_an_article_names_a_law_not_a_rule(sentence):
    """Its date is the law's name and '8 KB' is 8° of a royal decree (KB), not 8 kilobytes."""
    assert amounts(f"<p>{sentence}</p>") == []


def test_a_date_after_the_citation_bracket_is_still_a_rule_date():
    html = "<p>Dat staat in de regeling (art. 9, 8 KB). Het geldt vanaf 1 januari 2026.</p>"
    assert dates(html) == [date(2026, 1, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Call the helpline on 1700 years ago",  # no one writes a period of 1,700 years
        "Rufen Sie die Infolinie unter 1700 an.",
        "Bel de Vlaamse Infolijn op 1700 jaar in, jaar uit.",
        "Appelez le 1700 : un an de service gratuit.",
    ],
)
def test_more_years_than_a_lifetime_are_no_period(sentence):
    assert [a for a in amounts(f"<p>{sentence}</p>") if a[3] == "years" and a[1] == 1700] == []
