"""Each amount gets the rule it states, whose rule it is and from when it applies."""

from datetime import date
from pathlib import Path

import pytest

from parsers.extract import extract
from rules.assign import assign
from rules.catalogue import load_catalogue

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(ROOT / "rules.yaml")


def assigned(catalogue, html: str, publisher: str = "federal", lang: str = "en", topic=None):
    facts = extract(f"<html><body><main>{html}</main></body></html>")
    found = assign(facts.blocks, facts.amounts, publisher, lang, catalogue, topic)
    return [
        (a.kind, a.value, x.rule_id, x.jurisdiction, x.effective_from)
        for a, x in zip(facts.amounts, found, strict=True)
        if a.kind != "date"
    ]


def test_au_pair_statements_get_their_rules(catalogue):
    rows = assigned(
        catalogue,
        "<h1>Au pair</h1><ul><li>The au pair is at least 18 years old and not yet 26.</li>"
        "<li>The host family pays pocket money of at least EUR 450 a month.</li>"
        "<li>Tasks take at most 4 hours a day and 20 hours a week.</li></ul>",
        publisher="flanders",
    )
    assert [r[2] for r in rows] == [
        "au_pair.age",
        "au_pair.age",
        "au_pair.pocket_money",
        "au_pair.hours_per_day",
        "au_pair.hours_per_week",
    ]
    assert {r[3] for r in rows} == {"flanders"}


def test_an_amount_no_rule_states_keeps_rule_null(catalogue):
    rows = assigned(catalogue, "<p>The office is open 8 hours a day for visitors.</p>")
    assert rows == [("hours", 8.0, None, "federal", None)]


def test_a_value_outside_the_plausible_range_is_no_rule(catalogue):
    rows = assigned(
        catalogue, "<h2>Highly qualified workers</h2><p>The fee is at least EUR 5 a year.</p>"
    )
    assert rows[0][2] is None


def test_region_headings_give_the_jurisdiction_on_a_federal_page(catalogue):
    rows = assigned(
        catalogue,
        "<h1>Salary thresholds of highly qualified workers</h1>"
        "<h2>Vlaams Gewest</h2><p>Highly qualified: at least EUR 48.912 a year.</p>"
        "<h2>Région de Bruxelles-Capitale</h2><p>Highly qualified: at least EUR 53.971 a year.</p>"
        "<h2>Deutschsprachige Gemeinschaft</h2><p>Highly qualified: at least EUR 49.830 a year.</p>"
        "<h2>Wallonie</h2><p>Highly qualified: at least EUR 47.000 a year.</p>",
    )
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (48912.0, "single_permit.highly_qualified.salary_min", "flanders"),
        (53971.0, "single_permit.highly_qualified.salary_min", "brussels"),
        (49830.0, "single_permit.highly_qualified.salary_min", "ostbelgien"),
        (47000.0, "single_permit.highly_qualified.salary_min", "wallonia"),
    ]


def test_a_federal_page_quoting_a_regional_threshold_gives_the_region(catalogue):
    rows = assigned(
        catalogue,
        "<p>In the Flemish Region, a Blue Card holder earns at least EUR 63.586 a year.</p>"
        "<p>Brussels and Wallonia each publish their own Blue Card threshold of EUR 55.000.</p>",
    )
    assert [r[3] for r in rows] == ["flanders", "federal"]  # two regions named: no one region


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In 2025, the au pair gets at least EUR 450 pocket money a month.", "en", "2025-01-01"),
        ("Au pair pocket money (2025): at least EUR 450 a month.", "en", "2025-01-01"),
        ("Vanaf 1 juli 2025 krijgt de au pair minstens 450 euro zakgeld.", "nl", "2025-07-01"),
        (
            "À partir du 1er janvier 2026, l'argent de poche de l'au pair est d'au moins 480 € "
            "par mois.",
            "fr",
            "2026-01-01",
        ),
        (
            "Ab dem 1. Januar 2026 erhält das Au-pair mindestens 480 EUR Taschengeld pro Monat.",
            "de",
            "2026-01-01",
        ),
        ("The au pair receives at least EUR 450 pocket money a month.", "en", None),
    ],
)
def test_the_effective_date_the_page_gives(catalogue, text, lang, expected):
    (row,) = assigned(catalogue, f"<p>{text}</p>", lang=lang, topic="au-pair")
    assert row[2] == "au_pair.pocket_money"
    assert row[4] == (date.fromisoformat(expected) if expected else None)


def test_each_value_takes_the_year_of_its_own_clause(catalogue):
    rows = assigned(
        catalogue,
        "<h2>Highly qualified workers</h2><p>Divide by 13.92: EUR 45.984 : 13.92 = EUR 3.303,45 "
        "a month in 2023, and EUR 46.632 : 13.92 = EUR 3.350 a month in 2024.</p>",
    )
    assert [(r[1], r[4].year) for r in rows] == [
        (45984.0, 2023),
        (3303.45, 2023),
        (46632.0, 2024),
        (3350.0, 2024),
    ]


def test_a_past_value_is_dated_before_the_new_one_never_today(catalogue):
    rows = assigned(
        catalogue,
        "<p>À partir du 1er janvier 2026, le seuil de la carte bleue est de 4.748 € bruts par "
        "mois au lieu de 4.604 €.</p>",
        lang="fr",
    )
    assert [(r[1], r[2], r[4]) for r in rows] == [
        (4748.0, "blue_card.salary_min", date(2026, 1, 1)),
        (4604.0, "blue_card.salary_min", date(2025, 1, 1)),
    ]


def test_a_past_value_with_its_own_year_keeps_it(catalogue):
    rows = assigned(
        catalogue,
        "<p>Vanaf 1 januari 2025 bedraagt het zakgeld van de au pair 450 euro per maand, "
        "in plaats van 400 euro in 2019.</p>",
        lang="nl",
    )
    assert [(r[1], r[4]) for r in rows] == [(450.0, date(2025, 1, 1)), (400.0, date(2019, 1, 1))]


def test_table_period_columns_give_the_date_and_no_bound(catalogue):
    html = (
        "<h2>Minimum pay of highly qualified staff</h2><table>"
        "<tr><th>Category</th><th>until 31/12/2025</th><th>from 01/01/2026</th></tr>"
        "<tr><th>Highly qualified staff (gross a year)</th><td>EUR 53.971</td>"
        "<td>EUR 55.422</td></tr></table>"
    )
    facts = extract(f"<main>{html}</main>")
    money = [a for a in facts.amounts if a.kind == "money"]
    assert [a.bound for a in money] == ["exact", "exact"]  # the period is not "at most"/"at least"
    rows = assigned(catalogue, html)
    assert [(r[2], r[4]) for r in rows] == [
        ("single_permit.highly_qualified.salary_min", date(2025, 1, 1)),
        ("single_permit.highly_qualified.salary_min", date(2026, 1, 1)),
    ]


def test_renewal_words_tell_earliest_from_latest(catalogue):
    rows = assigned(
        catalogue,
        "<p>La demande de renouvellement doit être introduite au plus tôt 4 mois et au plus "
        "tard 2 mois avant l'expiration du permis unique.</p>",
        publisher="wallonia",
        lang="fr",
    )
    assert [r[2] for r in rows] == [
        "single_permit.renewal_earliest",
        "single_permit.renewal_latest",
    ]
