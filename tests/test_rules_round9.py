"""Rules after extraction round 9: how threshold lists name the executive, from when a list's
lead-in dates its values, and the time given to complete a file (our own sentences around
the real figures, in four languages)."""

from datetime import date

import pytest

from tests.test_rules_assign import assigned, catalogue  # noqa: F401  (a fixture)


def rules_of(catalogue, html, lang="en", publisher="brussels", topic=None):  # noqa: F811
    return [r[2] for r in assigned(catalogue, html, publisher, lang, topic)]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Highly qualified staff and directors</h2><ul>"
         "<li>director: 83.936 euros a year</li>"
         "<li>highly qualified worker: 50.310 euros a year</li></ul>", "en"),
        ("<h2>Hooggeschoolden en directeurs</h2><ul>"
         "<li>directeur: 83.936 euro per jaar</li>"
         "<li>hooggeschoolde werknemer: 50.310 euro per jaar</li></ul>", "nl"),
        ("<h2>Hautement qualifiés et directeurs</h2><ul>"
         "<li>directeur : 83.936 euros par an</li>"
         "<li>travailleur hautement qualifié : 50.310 euros par an</li></ul>", "fr"),
        ("<h2>Hochqualifizierte und Direktoren</h2><ul>"
         "<li>Direktor: 83.936 Euro im Jahr</li>"
         "<li>hochqualifizierte Arbeitnehmer: 50.310 Euro im Jahr</li></ul>", "de"),
    ],
)  # fmt: skip
def test_a_director_threshold_is_the_executive_floor(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang) == [
        "single_permit.executive.salary_min",
        "single_permit.highly_qualified.salary_min",
    ]


def test_the_open_ended_contract_floor_needs_its_contract_said(catalogue):  # noqa: F811
    """A high figure under a highly qualified heading is not the permanent-contract floor
    unless the page speaks of an open-ended contract."""
    plain = "<h2>Highly qualified staff</h2><p>The annual pay is at least EUR 95.000.</p>"
    assert rules_of(catalogue, plain, publisher="ostbelgien") == [None]
    said = (
        "<h2>Highly qualified staff</h2><p>On a permanent contract the annual pay is at least "
        "EUR 95.000.</p>"
    )
    assert rules_of(catalogue, said, publisher="ostbelgien") == [
        "single_permit.highly_qualified.salary_min_unlimited"
    ]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Admissibility</h2><p>If a document is lacking, the employer has 15 days to "
         "complete the file.</p>", "en"),
        ("<h2>Ontvankelijkheid</h2><p>Is er een stuk niet in orde, dan heeft de werkgever "
         "15 dagen om het dossier aan te vullen.</p>", "nl"),
        ("<h2>Recevabilité</h2><p>S'il manque une pièce, l'employeur dispose de 15 jours pour "
         "compléter le dossier.</p>", "fr"),
        ("<h2>Zulässigkeit</h2><p>Ist eine Unterlage nicht dabei, hat der Arbeitgeber 15 Tage, "
         "um die Akte zu vervollständigen.</p>", "de"),
        ("<h2>Additional documents</h2><p>They are due within 15 days, and meanwhile the "
         "period for the decision is suspended.</p>", "en"),
    ],
)  # fmt: skip
def test_the_time_to_complete_a_file_is_the_missing_documents_deadline(
    catalogue,  # noqa: F811
    html,
    lang,
):
    assert rules_of(catalogue, html, lang, publisher="federal") == [
        "single_permit.missing_documents_days"
    ]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Processing</h2><p>The file must be processed within 4 months.</p>", "en"),
        ("<h2>Behandeling</h2><p>Het dossier wordt behandeld binnen 4 maanden.</p>", "nl"),
        ("<h2>Traitement</h2><p>Le dossier est traité dans les 4 mois.</p>", "fr"),
        ("<h2>Bearbeitung</h2><p>Die Akte wird bearbeitet innerhalb von 4 Monaten.</p>", "de"),
    ],
)  # fmt: skip
def test_a_file_processed_within_months_is_the_time_to_decide(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang, publisher="wallonia") == [
        "single_permit.processing_time"
    ]


@pytest.mark.parametrize(
    ("html", "lang", "year"),
    [
        ("<p>The pay must exceed the following amount, for an application filed in 2023:</p>"
         "<ul><li>director: 78.704 euros a year</li></ul>"
         "<p>For an application filed in 2024:</p>"
         "<ul><li>director: 83.936 euros a year</li></ul>", "en", (2023, 2024)),
        ("<p>Voor een aanvraag ingediend in 2023 moet het loon hoger zijn dan:</p>"
         "<ul><li>directeur: 78.704 euro per jaar</li></ul>"
         "<p>Voor een aanvraag ingediend in 2024:</p>"
         "<ul><li>directeur: 83.936 euro per jaar</li></ul>", "nl", (2023, 2024)),
        ("<p>Pour une demande introduite en 2023, la rémunération doit dépasser :</p>"
         "<ul><li>directeur : 78.704 euros par an</li></ul>"
         "<p>Pour une demande introduite en 2024 :</p>"
         "<ul><li>directeur : 83.936 euros par an</li></ul>", "fr", (2023, 2024)),
        ("<p>Für Anträge im Jahr 2023 muss das Gehalt höher sein als:</p>"
         "<ul><li>Direktor: 78.704 Euro im Jahr</li></ul>"
         "<p>Für einen Antrag im Jahr 2024:</p>"
         "<ul><li>Direktor: 83.936 Euro im Jahr</li></ul>", "de", (2023, 2024)),
    ],
)  # fmt: skip
def test_a_list_lead_in_dates_the_thresholds_under_it(catalogue, html, lang, year):  # noqa: F811
    rows = assigned(catalogue, html, "brussels", lang)
    assert [(r[2], r[4]) for r in rows] == [
        ("single_permit.executive.salary_min", date(year[0], 1, 1)),
        ("single_permit.executive.salary_min", date(year[1], 1, 1)),
    ]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Highly qualified staff and directors</h2><ul>"
         "<li>director: 83.936 euros (seconded: 6.994,67 euros x 12; NSSO in Belgium: "
         "6.029,89 euros x 13,92)</li>"
         "<li>highly qualified worker: 50.310 euros (seconded: 4.192,50 euros x 12; NSSO in "
         "Belgium: 3.614,22 euros x 13,92)</li></ul>", "en"),
        ("<h2>Hooggeschoolden en directeurs</h2><ul>"
         "<li>directeur: 83.936 euro (gedetacheerd: 6.994,67 euro x 12; RSZ in België: "
         "6.029,89 euro x 13,92)</li>"
         "<li>hooggeschoolde werknemer: 50.310 euro (gedetacheerd: 4.192,50 euro x 12; RSZ "
         "in België: 3.614,22 euro x 13,92)</li></ul>", "nl"),
        ("<h2>Hautement qualifiés et directeurs</h2><ul>"
         "<li>directeur : 83.936 euros (détaché : 6.994,67 euros x 12 ; ONSS en Belgique : "
         "6.029,89 euros x 13,92)</li>"
         "<li>travailleur hautement qualifié : 50.310 euros (détaché : 4.192,50 euros x 12 ; "
         "ONSS en Belgique : 3.614,22 euros x 13,92)</li></ul>", "fr"),
        ("<h2>Hochqualifizierte und Direktoren</h2><ul>"
         "<li>Direktor: 83.936 Euro (entsandt: 6.994,67 Euro x 12; LSS in Belgien: "
         "6.029,89 Euro x 13,92)</li>"
         "<li>hochqualifizierte Arbeitnehmer: 50.310 Euro (entsandt: 4.192,50 Euro x 12; LSS "
         "in Belgien: 3.614,22 Euro x 13,92)</li></ul>", "de"),
    ],
)  # fmt: skip
def test_a_monthly_pay_times_12_or_13_92_states_the_annual_threshold_of_its_item(
    catalogue,  # noqa: F811
    html,
    lang,
):
    """Each list item names its category once, before its colon; the monthly figures after
    it, multiplied by 12 or 13,92, are that category's threshold too."""
    executive, qualified = (
        "single_permit.executive.salary_min",
        "single_permit.highly_qualified.salary_min",
    )
    assert rules_of(catalogue, html, lang) == [executive] * 3 + [qualified] * 3


def test_a_monthly_figure_without_its_multiplier_is_no_annual_threshold(catalogue):  # noqa: F811
    html = (
        "<h2>Highly qualified staff</h2><ul><li>highly qualified worker: 50.310 euros "
        "(a bonus of 4.192,50 euros may be added)</li></ul>"
    )
    assert rules_of(catalogue, html) == ["single_permit.highly_qualified.salary_min", None]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Documents</h2><p>Bring a recent photo, at most 6 months old.</p>", "en"),
        ("<h2>Documenten</h2><p>Breng een recente pasfoto mee (hoogstens 6 maanden oud).</p>",
         "nl"),
        ("<h2>Documents</h2><p>Une photo récente, datée de 6 mois au plus.</p>", "fr"),
        ("<h2>Unterlagen</h2><p>Ein aktuelles Passfoto, höchstens 6 Monate alt.</p>", "de"),
    ],
)  # fmt: skip
def test_a_photos_age_is_no_certificates_age(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang) == [None]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Documents</h2><p>A decision is due in 9 months at most, counted from the date "
         "on the certificate of filing.</p>", "en"),
        ("<h2>Documenten</h2><p>Ten hoogste 9 maanden, te rekenen vanaf de datum op het attest "
         "van indiening.</p>", "nl"),
        ("<h2>Documents</h2><p>Au maximum 9 mois, à compter de la date qui figure sur "
         "l'attestation de dépôt.</p>", "fr"),
        ("<h2>Unterlagen</h2><p>Höchstens 9 Monate, ab dem Datum auf der Bescheinigung über "
         "die Einreichung.</p>", "de"),
    ],
)  # fmt: skip
def test_a_time_counted_from_a_certificates_date_is_not_its_age(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang, publisher="federal") == [None]


def test_a_certificates_age_still_holds(catalogue):  # noqa: F811
    html = "<h2>Documenten</h2><p>Het uittreksel is hoogstens 6 maanden oud.</p>"
    assert rules_of(catalogue, html, "nl") == ["application.document_age_max"]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Trainees</h2><p>The trainee is a student or a recent graduate whose degree is "
         "less than 2 years old.</p>", "en"),
        ("<h2>Stagiairs</h2><p>De stagiair heeft zijn diploma minder dan 2 jaar geleden "
         "behaald.</p>", "nl"),
        ("<h2>Stagiaires</h2><p>Le stagiaire a obtenu son diplôme il y a moins de 2 ans.</p>",
         "fr"),
        ("<h2>Praktikanten</h2><p>Der Praktikant hat seinen Abschluss vor weniger als 2 Jahren "
         "erworben.</p>", "de"),
    ],
)  # fmt: skip
def test_a_trainees_recent_degree_is_not_the_blue_card_graduate_rule(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang) == [None]


def test_a_blue_card_graduates_years_still_hold(catalogue):  # noqa: F811
    html = (
        "<h2>EU Blue Card</h2><p>A worker who obtained the degree less than 3 years ago may "
        "be paid the reduced threshold.</p>"
    )
    assert rules_of(catalogue, html) == ["qualification.recent_graduate_years"]


def test_a_police_record_from_18_is_the_criminal_record_age(catalogue):  # noqa: F811
    html = "<p>Documents:</p><ul><li>Police record for every person older than 18</li></ul>"
    assert rules_of(catalogue, html, publisher="federal") == ["application.criminal_record_age"]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Fixed term</h2><p>For executives the employer may apply for the single permit for "
         "three years at once.</p>", "en"),
        ("<h2>Bepaalde duur</h2><p>Voor leidinggevenden kan de werkgever de vergunning in één "
         "keer voor drie jaar aanvragen.</p>", "nl"),
        ("<h2>Durée déterminée</h2><p>Pour les dirigeants, l'employeur peut demander le permis "
         "en une fois pour trois ans.</p>", "fr"),
        ("<h2>Befristet</h2><p>Für Führungskräfte kann der Arbeitgeber die Erlaubnis auf einmal "
         "für drei Jahre beantragen.</p>", "de"),
    ],
)  # fmt: skip
def test_a_permit_applied_for_years_at_once_states_its_longest_validity(
    catalogue,  # noqa: F811
    html,
    lang,
):
    assert rules_of(catalogue, html, lang, publisher="flanders") == ["single_permit.validity_max"]
