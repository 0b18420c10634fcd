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


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Decision</h2><p>For an ordinary single permit a term of 4 months applies.</p>",
         "en"),
        ("<h2>Beslissing</h2><p>Voor een gewone gecombineerde vergunning geldt een termijn "
         "van 4 maanden.</p>", "nl"),
        ("<h2>Décision</h2><p>Pour un permis unique ordinaire, un délai de 4 mois "
         "s'applique.</p>", "fr"),
        ("<h2>Entscheidung</h2><p>Für eine gewöhnliche kombinierte Erlaubnis gilt eine Frist "
         "von 4 Monaten.</p>", "de"),
    ],
)  # fmt: skip
def test_a_term_named_by_its_noun_is_the_time_to_decide(catalogue, html, lang):  # noqa: F811
    """'termijn', 'délai', 'Frist', 'a term of' name the time to decide as 'within' did:
    round 11 reads them as max (label audit), and they now reach their gold rows."""
    assert rules_of(catalogue, html, lang, topic="single-permit") == [
        (4.0, "single_permit.processing_time")
    ]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Renewal</h2><p>File the renewal within a term of 3 months before the expiry of "
         "the permit.</p>", "en"),
        ("<h2>Vernieuwing</h2><p>Dien de aanvraag tot vernieuwing in binnen een termijn van "
         "3 maanden voor het verstrijken van de vergunning.</p>", "nl"),
        ("<h2>Renouvellement</h2><p>Introduisez le renouvellement dans un délai de 3 mois "
         "avant l'expiration du permis.</p>", "fr"),
        ("<h2>Verlängerung</h2><p>Stellen Sie den Antrag binnen einer Frist von 3 Monaten vor "
         "Ablauf der Erlaubnis.</p>", "de"),
    ],
)  # fmt: skip
def test_a_term_counted_back_from_expiry_is_no_time_to_decide(catalogue, html, lang):  # noqa: F811
    rows = rules_of(catalogue, html, lang, topic="single-permit")
    assert rows and all(rule != "single_permit.processing_time" for _, rule in rows)


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Intra-corporate transfer</h2><p>The authorisation covers the length of the "
         "secondment, without exceeding three years.</p>", "en"),
        ("<h2>Intra-concernoverplaatsing</h2><p>De toelating dekt de duur van de detachering, "
         "zonder drie jaar te overschrijden.</p>", "nl"),
        ("<h2>Transfert intragroupe</h2><p>L'autorisation couvre la durée du détachement, sans "
         "pouvoir dépasser trois ans.</p>", "fr"),
        ("<h2>Unternehmensinterner Transfer</h2><p>Die Erlaubnis deckt die Dauer der "
         "Entsendung, ohne drei Jahre zu überschreiten.</p>", "de"),
    ],
)  # fmt: skip
def test_a_permits_ceiling_without_exceeding_is_its_longest_validity(
    catalogue, html, lang  # noqa: F811
):
    """GUIDE: the longest employment a permit allows ('up to a maximum duration of three
    years') is single_permit.validity_max; 'without exceeding three years' says the same,
    whatever bound extraction reads from the verb-last Dutch and German."""
    assert rules_of(catalogue, html, lang, publisher="brussels", topic="ict") == [
        (3.0, "single_permit.validity_max")
    ]
