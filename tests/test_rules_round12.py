"""Rules after amounts round 11: deadlines read as `max` by their noun (GUIDE, label audit)
must still be filed by what they are, and a month's pay given with its yearly multiplier
states the yearly threshold (our own sentences around the real figures, four languages)."""

import pytest

from tests.test_rules_assign import assigned, catalogue  # noqa: F401  (a fixture)


def rules_of(catalogue, html, lang, publisher="flanders", topic=None):  # noqa: F811
    return [(r[1], r[2]) for r in assigned(catalogue, html, publisher, lang, topic)]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Seasonal work</h2><p>The decision falls within 90 days of admissibility. A "
         "seasonal worker admitted here at least once in the preceding five years gets an "
         "answer within 60 days.</p>", "en"),
        ("<h2>Seizoenarbeid</h2><p>De beslissing valt binnen 90 dagen na de "
         "ontvankelijkheid. Werkte de seizoenarbeider de voorafgaande vijf jaar al eens in "
         "België, dan wordt die termijn ingekort tot 60 dagen.</p>", "nl"),
        ("<h2>Travail saisonnier</h2><p>La décision tombe dans les 90 jours après la "
         "recevabilité. Si le travailleur a été occupé comme saisonnier au cours des cinq "
         "années précédentes, le délai est de 60 jours.</p>", "fr"),
        ("<h2>Saisonarbeit</h2><p>Die Entscheidung fällt binnen 90 Tagen nach der "
         "Zulässigkeit. War der Saisonarbeitnehmer in den vorangegangenen fünf Jahren hier "
         "beschäftigt, beträgt die Frist 60 Tage.</p>", "de"),
    ],
)  # fmt: skip
def test_a_returning_seasonal_workers_term_is_its_own_rule_whatever_its_bound(
    catalogue, html, lang  # noqa: F811
):
    """'voorafgaande', 'preceding', 'vorangegangenen' say 'in the years before' as
    'voorgaande' and 'previous' do: the 60 days are the returning worker's, not the 90."""
    rows = rules_of(catalogue, html, lang, topic="seasonal-work")
    assert (90.0, "seasonal.processing_time") in rows
    assert (60.0, "seasonal.processing_time_returning") in rows
    assert (60.0, "seasonal.processing_time") not in rows


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Professional athletes</h2><p>The athlete earns more than EUR 88,320 a year "
         "(6,873.15 x 12.85).</p>", "en"),
        ("<h2>Beroepssporters</h2><p>De sporter verdient per jaar meer dan 88.320 € "
         "(6.873,15 x 12,85).</p>", "nl"),
        ("<h2>Sportifs professionnels</h2><p>Le sportif gagne plus de 88.320 € par an "
         "(6.873,15 x 12,85).</p>", "fr"),
        ("<h2>Berufssportler</h2><p>Der Sportler verdient mehr als 88.320 € im Jahr "
         "(6.873,15 x 12,85).</p>", "de"),
    ],
)  # fmt: skip
def test_a_monthly_pay_times_twelve_point_eighty_five_is_the_yearly_floor(
    catalogue, html, lang  # noqa: F811
):
    """12,85 months (the year with holiday pay) is a yearly multiplier as 12 and 13,92 are:
    the month's figure states the athlete's yearly threshold (GUIDE: a monthly equivalent
    states the same rule)."""
    assert rules_of(catalogue, html, lang, publisher="brussels") == [
        (88320.0, "single_permit.athlete.salary_min"),
        (6873.15, "single_permit.athlete.salary_min"),
    ]


def test_a_yearly_multiplier_is_twelve_to_fourteen_months():  # noqa: F811
    from rules.assign import _TIMES_A_YEAR

    assert _TIMES_A_YEAR.match("4.030,96 € x 13,92)")
    assert _TIMES_A_YEAR.match("6606,69 euros x 12.85")
    assert not _TIMES_A_YEAR.match("4.030,96 € x 120")
    assert not _TIMES_A_YEAR.match("4.030,96 € x 1,5")
