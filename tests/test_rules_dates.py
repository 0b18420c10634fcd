"""Which date a value takes: a date dates the amount it is said of, not every number of its
sentence or section (our own sentences around the real figures)."""

from datetime import date

import pytest

from tests.test_rules_assign import assigned, catalogue  # noqa: F401  (a fixture)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sinds 1 juni 2021 dienen werkgevers die iemand van buiten de EU willen aanwerven "
            "voor langer dan 90 dagen hun aanvraag online in.",
            "nl",
        ),  # fmt: skip
        (
            "Depuis le 1er juin 2021, l'employeur qui engage un travailleur étranger pour plus "
            "de 90 jours introduit sa demande en ligne.",
            "fr",
        ),  # fmt: skip
        (
            "Seit dem 31. Mai 2021 stellen Arbeitgeber den Antrag für eine Beschäftigung von "
            "mehr als 90 Tagen über die Online-Plattform.",
            "de",
        ),  # fmt: skip
    ],
)
def test_the_date_of_a_procedure_is_not_the_date_of_the_ninety_days(catalogue, text, lang):  # noqa: F811
    (row,) = assigned(catalogue, f"<p>{text}</p>", lang=lang)
    assert row[2] == "short_stay.max_days"
    assert row[4] is None


def test_a_year_beside_a_threshold_dates_the_threshold_not_the_age_of_its_category(catalogue):  # noqa: F811
    rows = assigned(
        catalogue,
        "<h2>Highly qualified workers</h2><p>In 2025 the floor for highly qualified workers "
        "aged 30 or more goes up to EUR 48.912 gross a year.</p>",
        publisher="flanders",
    )
    assert [(r[0], r[4]) for r in rows] == [("age", None), ("money", date(2025, 1, 1))]


def test_a_law_set_value_takes_a_date_said_right_by_it(catalogue):  # noqa: F811
    (row,) = assigned(
        catalogue,
        "<h2>Studenten</h2><p>Vanaf 1 januari 2026 mag een student 24 uur per week werken.</p>",
        lang="nl",
    )
    assert row[2] == "student.work_hours_per_week"
    assert row[4] == date(2026, 1, 1)


def test_a_heading_date_dates_its_thresholds_not_the_durations_under_it(catalogue):  # noqa: F811
    rows = assigned(
        catalogue,
        "<h2>Nieuw beleid vanaf 1 september 2024</h2><p>Wie meer dan 90 dagen in België wil "
        "werken, vraagt een gecombineerde vergunning aan.</p><p>Het zakgeld van de au pair "
        "bedraagt minstens 450 euro per maand.</p>",
        publisher="wallonia",
        lang="nl",
    )
    assert [(r[2], r[4]) for r in rows] == [
        ("short_stay.max_days", None),
        ("au_pair.pocket_money", date(2024, 9, 1)),
    ]


def test_a_nearer_heading_naming_another_period_hides_the_outer_heading_date(catalogue):  # noqa: F811
    rows = assigned(
        catalogue,
        "<h2>Changes from 1 September 2024</h2><h3>The rules of 1-6-2019 to 31-8-2024</h3>"
        "<p>The au pair receives pocket money of at least EUR 450 a month.</p>",
        topic="au-pair",
    )
    assert [(r[2], r[4]) for r in rows] == [("au_pair.pocket_money", None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2019 the floor for highly qualified workers was EUR 41.000; today it is EUR "
         "48.912.", "en"),
        ("In 2019 bedroeg het minimumloon voor hooggeschoolden € 41.000; nu is het € 48.912.",
         "nl"),
    ],
)  # fmt: skip
def test_a_past_value_takes_the_year_said_before_it_in_its_clause(catalogue, text, lang):  # noqa: F811
    rows = assigned(catalogue, f"<p>{text}</p>", lang=lang, topic="highly-qualified")
    assert [(r[1], r[4]) for r in rows] == [(41000.0, date(2019, 1, 1)), (48912.0, None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pour 2026, un travailleur hautement qualifié gagne au moins 55.422 €, contre "
         "53.971 € en 2025.", "fr"),
        ("Für 2026 verdienen Hochqualifizierte mindestens 55.422 EUR, statt 53.971 EUR im Jahr "
         "2025.", "de"),
        ("For 2026 highly qualified workers earn at least EUR 55.422, compared with EUR 53.971 "
         "in 2025.", "en"),
    ],
)  # fmt: skip
def test_the_year_after_a_past_value_is_its_own_not_the_new_value_s(catalogue, text, lang):  # noqa: F811
    rows = assigned(catalogue, f"<p>{text}</p>", lang=lang, topic="highly-qualified")
    assert [(r[1], r[4]) for r in rows] == [
        (55422.0, date(2026, 1, 1)),
        (53971.0, date(2025, 1, 1)),
    ]
