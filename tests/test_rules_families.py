"""How pages speak of a rule, family by family: the words that name it, the words that say a
figure is some other rule's, in each language (our own sentences around the real figures)."""

import pytest

from tests.test_rules_assign import assigned, catalogue  # noqa: F401  (a fixture)


def rules_of(catalogue, html, lang="en", publisher="brussels", topic=None):  # noqa: F811
    return [r[2] for r in assigned(catalogue, html, publisher, lang, topic)]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        (
            "<h2>Procedure</h2><p>Once the file is complete, the procedure takes four months at "
            "most before the permit is issued.</p>",
            "en",
        ),  # fmt: skip
        (
            "<h2>Procedure</h2><p>Counting from the moment the region has the complete file, a "
            "reply comes in four months at most.</p>",
            "en",
        ),  # fmt: skip
        ("<h2>Verfahren</h2><p>Das Verfahren dauert höchstens vier Monate.</p>", "de"),
    ],
)
def test_how_long_the_procedure_takes_is_the_time_to_decide(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang) == ["single_permit.processing_time"]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        # a deadline before the card expires is no stay of 90 days
        (
            "<h2>Verlenging</h2><p>Uw aanvraag moet ten laatste 90 dagen vóór de vervaldatum "
            "van uw kaart binnen zijn.</p>",
            "nl",
        ),  # fmt: skip
        # the time to grant or refuse an older work card is neither a stay nor the single
        # permit's decision time
        (
            "<h2>Procedure</h2><p>Tussen het ogenblik dat het dossier volledig is en de "
            "kennisgeving van de weigering of de afgifte van de arbeidskaart verlopen maximaal "
            "90 dagen.</p>",
            "nl",
        ),  # fmt: skip
    ],
)
def test_ninety_days_that_are_no_stay_are_no_short_stay(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang) == [None]


def test_ninety_days_and_ninety_one_days_are_one_line(catalogue):  # noqa: F811
    html = (
        "<h2>Visa D</h2><p>A stay of more than 90 days needs a long-stay visa.</p>"
        "<p>Minimum stay of 91 days.</p>"
    )
    assert rules_of(catalogue, html) == ["short_stay.max_days", "short_stay.max_days"]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        (
            "<h2>Gastprofessoren</h2><p>De gasthoogleraar blijft langer dan 90 dagen, en ten "
            "hoogste vier jaar, aan de universiteit.</p>",
            "nl",
        ),  # fmt: skip
        (
            "<h2>Intra-corporate transfer</h2><p>The permit follows the secondment, up to a "
            "maximum duration of three years.</p>",
            "en",
        ),  # fmt: skip
    ],
)
def test_the_longest_a_category_may_work_is_the_maximum_validity(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang)[-1] == "single_permit.validity_max"


def test_a_professional_cards_term_and_not_its_usual_one(catalogue):  # noqa: F811
    granted = "<h2>Carte professionnelle</h2><p>La carte est accordée pour cinq ans maximum.</p>"
    assert rules_of(catalogue, granted, "fr") == ["professional_card.validity_max"]
    usual = "<h2>Berufskarte</h2><p>In der Regel gilt eine erste Berufskarte zwei Jahre lang.</p>"
    assert rules_of(catalogue, usual, "de", publisher="ostbelgien") == [None]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        (
            "<h2>Renewal</h2><p>Apply no more than two months before the current B permit "
            "expires.</p>",
            "en",
        ),  # fmt: skip
        (
            "<h2>Hernieuwing</h2><p>Vraag de hernieuwing van uw beroepskaart aan ten laatste 3 "
            "maanden voordat de kaart vervalt.</p>",
            "nl",
        ),  # fmt: skip
    ],
)
def test_another_permits_renewal_is_not_the_single_permits(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang) == [None]


def test_no_earlier_than_is_the_earliest_renewal(catalogue):  # noqa: F811
    html = (
        "<h2>Renewal</h2><p>Apply no earlier than four months and no later than one month "
        "before the current authorisation expires.</p>"
    )
    assert rules_of(catalogue, html, publisher="wallonia") == [
        "single_permit.renewal_earliest",
        "single_permit.renewal_latest",
    ]


def test_the_au_pairs_stay_in_french(catalogue):  # noqa: F811
    html = "<h2>Au pair</h2><p>Le séjour au pair dure au maximum 12 mois.</p>"
    assert rules_of(catalogue, html, "fr", publisher="wallonia") == ["au_pair.max_stay"]


def test_an_income_below_the_line_states_the_line(catalogue):  # noqa: F811
    html = (
        "<h2>Gezinshereniging</h2><p>Is het inkomen van de gezinshereniger lager dan "
        "1.524,61 € netto per maand, dan bekijkt de dienst de behoeften van het gezin.</p>"
    )
    assert rules_of(catalogue, html, "nl", publisher="federal") == [
        "family_reunification.income_min"
    ]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        (
            "<p>Un chercheur admis dans un autre État membre peut travailler ici au maximum 180 "
            "jours sur une période de 360 jours.</p>",
            "fr",
        ),  # fmt: skip
        (
            "<p>A researcher admitted by another member state may work here for up to 180 days "
            "in any period of 360 days.</p>",
            "en",
        ),  # fmt: skip
    ],
)
def test_a_mobility_period_is_neither_the_short_stay_nor_the_seasonal_one(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang, topic="researchers") == [None, None]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<p>Un court séjour compte au plus 90 jours sur une période de 180 jours.</p>", "fr"),
        ("<p>Kurzaufenthalt: höchstens 90 Tage je Zeitraum von 180 Tagen.</p>", "de"),
    ],
)
def test_the_short_stay_period_is_said_with_its_ninety_days(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang) == ["short_stay.max_days", "short_stay.reference_period"]


def test_five_months_to_decide_is_another_procedure_than_the_single_permit(catalogue):  # noqa: F811
    html = (
        "<h2>Examination period</h2><p>The Office decides within five months of the request "
        "for permanent residence.</p><p>The decision is taken within four months of "
        "admissibility.</p>"
    )
    assert rules_of(catalogue, html, publisher="federal") == [
        None,
        "single_permit.processing_time",
    ]


@pytest.mark.parametrize(
    ("html", "lang", "expected"),
    [
        ("<h2>First application</h2><p>A stay lasts 5 months at the most.</p>", "en",
         "seasonal.max_stay"),
        ("<h2>Erstantrag</h2><p>Der Aufenthalt dauert höchstens fünf Monate.</p>", "de",
         "seasonal.max_stay"),
        ("<h2>Seasonal work</h2><p>The employer has hired seasonal workers in the past 6 "
         "months.</p>", "en", None),
        ("<h2>Travail saisonnier</h2><p>L'employeur a occupé des saisonniers durant les 6 "
         "derniers mois.</p>", "fr", None),
    ],
)  # fmt: skip
def test_the_seasonal_stay_on_a_seasonal_page_and_no_look_back(catalogue, html, lang, expected):  # noqa: F811
    assert rules_of(catalogue, html, lang, topic="seasonal-work") == [expected]


@pytest.mark.parametrize(
    ("html", "lang", "expected"),
    [
        ("<p>Zij loopt vier maanden stage bij een Brusselse onderneming.</p>", "nl",
         "single_permit.trainee.duration"),
        ("<p>The traineeship lasts five months at most.</p>", "en",
         "single_permit.trainee.duration"),
        ("<p>The trainee applies 2 months before the traineeship starts.</p>", "en", None),
        ("<p>Le stagiaire reçoit une indemnité pendant 3 mois après le stage.</p>", "fr", None),
    ],
)  # fmt: skip
def test_a_traineeship_length_is_its_own_not_a_deadline_around_it(catalogue, html, lang, expected):  # noqa: F811
    assert rules_of(catalogue, html, lang, topic="trainee") == [expected]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Vacature</h2><p>moet minstens 5 weken vooraf op de site van de VDAB "
         "gepubliceerd zijn</p>", "nl"),
        ("<h2>Offre</h2><p>L'annonce doit être diffusée au moins 4 semaines par le Forem.</p>",
         "fr"),
    ],
)  # fmt: skip
def test_a_vacancy_published_with_the_employment_service(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang, topic="other-category") == ["shortage.vacancy_weeks_min"]


@pytest.mark.parametrize(
    ("html", "lang", "topic", "expected"),
    [
        # a fee is the professional card's only on the self-employed card's page or sentence
        ("<h2>Fees</h2><p>Applying for a long-stay visa costs a fee of EUR 180.</p>", "en", "visa",
         None),
        ("<h2>Kosten</h2><p>Für den Antrag wird eine Gebühr von 120 EUR erhoben.</p>", "de",
         "single-permit", None),
        ("<h2>Kostprijs</h2><p>De aanvraag kost 140 euro dossierkosten.</p>", "nl",
         "professional-card-price", "professional_card.fee"),
        ("<p>Pour un indépendant, les frais de la carte professionnelle sont de 140 €.</p>", "fr",
         "work-permit", "professional_card.fee"),
        # a validity is that of the card or permit it names
        ("<p>Uw verblijfskaart blijft ten hoogste 5 jaar geldig.</p>", "nl", "residence", None),
        ("<p>La carte professionnelle reste valable 5 ans au maximum.</p>", "fr", "work-permit",
         "professional_card.validity_max"),
        ("<p>Sur cette page aussi : le permis unique est valable 3 ans au maximum.</p>", "fr",
         "professional-card", "single_permit.validity_max"),
        ("<p>The visa stays valid for 1 year at most.</p>", "en", "visa", None),
        # the work permit B's renewal is no single permit's
        ("<h2>Renouvellement</h2><p>Le permis de travail B se renouvelle au plus tard 1 mois "
         "avant son échéance.</p>", "fr", "renewal", None),
        ("<h2>Verlängerung</h2><p>Die Arbeitserlaubnis B wird spätestens einen Monat vor ihrem "
         "Ablauf verlängert.</p>", "de", "renewal", None),
        ("<h2>Verlängerung</h2><p>Die kombinierte Erlaubnis wird spätestens zwei Monate vor "
         "ihrem Ablauf verlängert.</p>", "de", "renewal", "single_permit.renewal_latest"),
        # a visa's or an appeal's time is not the single permit's decision time, nor a stay
        ("<p>A decision on the student visa comes within 90 days.</p>", "en", "students", None),
        ("<p>La procédure de recours prend 3 mois.</p>", "fr", "single-permit", None),
        ("<p>La décision tombe dans un délai de 4 mois.</p>", "fr", "single-permit",
         "single_permit.processing_time"),
        # the professional card's own procedure is not the card's delivery to the municipality
        ("<p>The professional card is granted within 6 weeks.</p>", "en", "professional-card",
         None),
        ("<p>The card reaches your municipality within 3 weeks.</p>", "en", "blue-card",
         "residence_card.delivery_weeks"),
        # a share of an income is the family's means only where the family joins
        ("<p>Les revenus atteignent 120 % du revenu d'intégration.</p>", "fr", "work-permit",
         None),
        ("<h2>Regroupement familial</h2><p>Les moyens atteignent 120 % du revenu "
         "d'intégration.</p>", "fr", "work-permit", "family_reunification.income_percent"),
    ],
)  # fmt: skip
def test_a_figure_is_that_of_the_card_permit_or_procedure_it_is_said_of(
    catalogue,  # noqa: F811
    html,
    lang,
    topic,
    expected,
):
    assert rules_of(catalogue, html, lang, topic=topic) == [expected]


@pytest.mark.parametrize(
    ("html", "lang", "expected"),
    [
        ("<p>Highly qualified workers earn at least EUR 48.912 a year; those under 30 and "
         "nurses at least EUR 39.129.</p>", "en",
         ["single_permit.highly_qualified.salary_min",
          "single_permit.highly_qualified.reduced_age_limit",  # "under 30 and": an age
          "single_permit.highly_qualified.salary_min_reduced"]),
        ("<p>Hooggeschoolden verdienen minstens € 48.912 per jaar, verpleegkundigen minstens "
         "€ 39.129.</p>", "nl",
         ["single_permit.highly_qualified.salary_min",
          "single_permit.highly_qualified.salary_min_reduced"]),
        ("<p>Le seuil est de 55.422 € pour les travailleurs hautement qualifiés et de 92.370 € "
         "pour le personnel de direction.</p>", "fr",
         ["single_permit.highly_qualified.salary_min", "single_permit.executive.salary_min"]),
        ("<p>Hochqualifizierte verdienen mindestens 45.000 EUR, Führungskräfte mindestens "
         "75.000 EUR.</p>", "de",
         ["single_permit.highly_qualified.salary_min", "single_permit.executive.salary_min"]),
        ("<p>You have 15 working days to supply the missing papers; the region then examines "
         "the file in 15 calendar days.</p>", "en",
         ["single_permit.missing_documents_days", "single_permit.regional_examination_days"]),
    ],
)  # fmt: skip
def test_each_value_of_a_sentence_is_what_its_own_clause_says(catalogue, html, lang, expected):  # noqa: F811
    assert rules_of(catalogue, html, lang, topic="work-permit") == expected


def test_another_permit_named_anywhere_in_the_sentence_rules_out_every_value(catalogue):  # noqa: F811
    html = (
        "<h2>Renewal</h2><p>Apply at most 3 months and at least 1 month before your type B "
        "permit expires.</p>"
    )
    assert rules_of(catalogue, html, topic="renewal") == [None, None]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<p>The au pair may stay one year at most with the host family.</p>", "en"),
        ("<p>Le séjour au pair dure au maximum 1 an.</p>", "fr"),
        ("<p>Das Au-pair bleibt höchstens ein Jahr bei der Gastfamilie.</p>", "de"),
    ],
)
def test_the_au_pair_stay_in_every_language(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang, topic="au-pair") == ["au_pair.max_stay"]


@pytest.mark.parametrize(
    ("html", "lang", "topic", "expected"),
    [
        # the seasonal reference period said as "per 12 months" or against the calendar year
        ("<h2>Seizoenarbeid</h2><p>Een seizoenarbeider werkt hoogstens 5 maanden per 12 "
         "maanden.</p>", "nl", "short-stay", ["seasonal.max_stay", "seasonal.reference_period"]),
        ("<h2>Saisonarbeit</h2><p>Diese 12 Monate sind kein Kalenderjahr.</p>", "de",
         "short-stay", ["seasonal.reference_period"]),
        ("<h2>Seasonal work</h2><p>Permits granted in the past 12 months count too.</p>", "en",
         "seasonal-work", [None]),
        # exempt, said as no authorisation being needed
        ("<p>Er is geen toelating tot arbeid nodig als de opdracht niet langer duurt dan 3 "
         "opeenvolgende maanden.</p>", "nl", "international-agreement",
         ["exemption.short_assignment_months"]),
        # the reduced age limit is the highly qualified's, not a trainee's
        ("<p>Is de stagiair jonger dan 30 jaar, dan volgt een andere procedure.</p>", "nl",
         "trainee", [None]),
        ("<h2>Hooggeschoolden</h2><p>De vergunning loopt tot de dag vóór de 30e verjaardag.</p>",
         "nl", "work-permit", ["single_permit.highly_qualified.reduced_age_limit"]),
        # a frontier worker's permit is not the single permit
        ("<p>Pour un travailleur frontalier, le permis est accordé pour une validité de 12 mois "
         "au maximum.</p>", "fr", "frontier-workers", [None]),
        # a validity on the professional card's page is the card's
        ("<p>It is granted for a limited time, with a maximum validity of 4 years.</p>", "en",
         "professional-card-holders", ["professional_card.validity_max"]),
    ],
)  # fmt: skip
def test_what_half_b_showed_in_our_own_sentences(catalogue, html, lang, topic, expected):  # noqa: F811
    assert rules_of(catalogue, html, lang, topic=topic) == expected
