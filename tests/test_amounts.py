"""Amounts in the four languages, and the numbers that are not amounts."""

from datetime import date

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks


def amounts(text: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main><p>{text}</p></main>"))
    return [(a.kind, a.value, a.value_max, a.unit, a.per, a.bound) for a in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money: formats, currency before or after, rates, bounds
        (
            "The host family pays at least EUR 450 a month as pocket money.",
            ("money", 450, None, "EUR", "month", "min"),
        ),
        (
            "Het minimumloon bedraagt EUR 3.703,44 per maand.",
            ("money", 3703.44, None, "EUR", "month", "min"),
        ),
        (
            "Le salaire annuel brut doit atteindre au moins 54 000 € par an.",
            ("money", 54000, None, "EUR", "year", "min"),
        ),
        (
            "Das Gehalt beträgt € 1.234 pro Monat.",
            ("money", 1234, None, "EUR", "month", "exact"),
        ),
        (
            "Das Mindestgehalt beträgt € 1.234 pro Monat.",
            ("money", 1234, None, "EUR", "month", "min"),
        ),
        (
            "An annual gross salary of €60,000 or more.",
            ("money", 60000, None, "EUR", "year", "min"),
        ),
        (
            "i.e. €2,131.28 (net amount per month)",
            ("money", 2131.28, None, "EUR", "month", "exact"),
        ),
        # ages and ranges
        ("The au pair is aged between 18 and 26.", ("age", 18, 26, "years", None, "range")),
        ("De au pair is van 18 tot 26 jaar oud.", ("age", 18, 26, "years", None, "range")),
        ("Le jeune au pair est âgé de 18 à 26 ans.", ("age", 18, 26, "years", None, "range")),
        (
            "Au-pairs müssen zwischen 18 und 26 Jahren alt sein.",
            ("age", 18, 26, "years", None, "range"),
        ),
        ("at least 1 child younger than 13", ("count", 1, None, "items", None, "min")),
        # durations and deadlines, numbers in words
        ("The permit is valid for three years.", ("duration", 3, None, "years", None, "exact")),
        ("De beslissing volgt binnen drie maanden.", ("duration", 3, None, "months", None, "max")),
        ("Le délai est de quatre mois au maximum.", ("duration", 4, None, "months", None, "max")),
        ("Die Erlaubnis gilt höchstens drei Monate.", ("duration", 3, None, "months", None, "max")),
        (
            "Renewal at the latest 4 months before expiry.",
            ("duration", 4, None, "months", None, "max"),
        ),
        (
            "gives the au pair at least one full day off each week",
            ("duration", 1, None, "days", "week", "min"),
        ),
        (
            "Het werk mag niet langer zijn dan 90 dagen.",
            ("duration", 90, None, "days", None, "max"),
        ),
        (
            "The work permit may not be valid for more than 1 year.",
            ("duration", 1, None, "years", None, "max"),
        ),
        # hours, sizes, percentages
        ("Chores take at most 4 hours per day.", ("hours", 4, None, "hours", "day", "max")),
        ("maximal 20 Stunden pro Woche", ("hours", 20, None, "hours", "week", "max")),
        ("One PDF of at most 20 MB.", ("size", 20, None, "MB", None, "max")),
        ("Un fichier de 500 Ko maximum.", ("size", 0.5, None, "MB", None, "max")),
        (
            "at least equivalent to 120% of the amount",
            ("percent", 120, None, "percent", None, "min"),
        ),
        ("80 procent van het gemiddelde loon", ("percent", 80, None, "percent", None, "exact")),
    ],
)
def test_amounts_in_four_languages(text, expected):
    assert expected in amounts(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The rule applies from 18 August 2025.", date(2025, 8, 18)),
        ("Vanaf 1 januari 2026 geldt het nieuwe bedrag.", date(2026, 1, 1)),
        ("À partir du 1er mai 2021, le permis unique remplace le permis B.", date(2021, 5, 1)),
        ("Ab dem 1. Mai 2021 gilt die kombinierte Erlaubnis.", date(2021, 5, 1)),
        ("if the permit was granted from August 18, 2025", date(2025, 8, 18)),
        ("Aanvragen ingediend na 01/01/2026.", date(2026, 1, 1)),
    ],
)
def test_effective_dates_in_every_form(text, day):
    found = extract_amounts(extract_blocks(f"<main><p>{text}</p></main>"))
    assert [(a.kind, a.date_value, a.value) for a in found] == [("date", day, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Under Article 9, 14° of the Royal Decree of 9 June 1999 an au pair is a young person.",
        "Zie artikel 18, § 2 van het koninklijk besluit van 2 september 2018.",
        "conformément à l'article 10 de la loi du 15 décembre 1980",
        "gemäß dem Königlichen Erlass vom 2. September 2018",
        "the Law of 26/05/2002 on the right to social integration",
        "Call us on 02 553 00 00 or +32 2 800 38 02.",
        "Boulevard du Jardin Botanique 20, 1035 Bruxelles.",
        "Enterprise number 0316.381.039.",
        "Stap 3: voeg de documenten toe.",
        "© 2025 Vlaamse overheid",
        "In 2025 the department handled many applications.",
    ],
)
def test_numbers_that_are_not_amounts(text):
    assert amounts(text) == []


def test_every_statement_is_its_own_row_with_its_quote_and_section():
    html = (
        "<main><h2>Pocket money of EUR 450</h2><p>The family pays at least EUR 450 a month. "
        "Nothing else.</p><ul><li>EUR 450 per month, always.</li></ul></main>"
    )
    found = extract_amounts(extract_blocks(html))
    assert [a.value for a in found] == [450, 450, 450]
    assert found[1].quote == "The family pays at least EUR 450 a month."
    assert {a.section for a in found} == {"Pocket money of EUR 450"}


def test_table_cells_take_rate_and_bound_from_their_headers():
    html = (
        "<main><table><tr><th>Categorie</th><th>Minimaal bruto jaarloon</th>"
        "<th>Maandloon</th></tr><tr><th>Hooggeschoolde</th><td>€ 48.912</td>"
        "<td>€ 3.513,79</td></tr></table></main>"
    )
    found = extract_amounts(extract_blocks(html))
    assert [(a.value, a.per, a.bound) for a in found] == [
        (48912, "year", "min"),
        (3513.79, "month", "exact"),
    ]
