"""The GUIDE's conditions section as a contract (issue 12, tuning round 8).

tests/devset/GUIDE.md is what the labels of every batch follow: its rules on conditions and
every case settled up to and including check part 6 (the two check-part-7 entries are left
out: they were written from the check part's pages). Each test below is one rule, named
after it, stated in the four languages as a federal, Flemish, Brussels, Walloon or
Ostbelgien page would say it, in our own sentences, and asserts the reading the GUIDE gives:
the kind of a row, or that a sentence is no row at all. A failing case is a rule the
extractor does not implement, not a page's miss.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions

NO_ROW = None

# Cases of the contract the extractor does not implement yet (issue 12, round 8 report):
# strict, so a case that starts to pass fails here until it is taken off the list.
NOT_YET: set[str] = set()
# (round 19: "only_h1-fr-2", "Vous introduisez un recours" under h1 "Procédure en cas de
# refus", now reads as a step: the reader told as acting in a step context, tune19a)


def row_of(html: str, needle: str):
    """The first row whose text holds `needle`, None when no row does."""
    rows = extract_conditions(extract_blocks(f"<main>{html}</main>"))
    return next((c for c in rows if needle in c.text), None)


def kind_of(html: str, needle: str) -> str | None:
    """The kind of the row whose text holds `needle`, None when no row does."""
    row = row_of(html, needle)
    return row.kind if row else None


def cases(rule: str, table: list[tuple[str, str, str, str | None]]) -> list:
    """(lang, html, needle, kind) rows as pytest params named rule-lang-n."""
    return [
        pytest.param(
            html,
            needle,
            kind,
            id=f"{rule}-{lang}-{n}",
            marks=[pytest.mark.xfail(strict=True, reason="GUIDE rule not implemented")]
            if f"{rule}-{lang}-{n}" in NOT_YET
            else [],
        )
        for n, (lang, html, needle, kind) in enumerate(table)
    ]


def check(html: str, needle: str, kind: str | None) -> None:
    assert kind_of(html, needle) == kind


# --- Conditions: the heading names the kind ---------------------------------------------

HEADED = [
    # heading about conditions / who may apply -> requirement
    (
        "en",
        "<h2>Conditions</h2><ul><li>A valid passport.</li><li>A clean criminal record.</li></ul>",
        "clean criminal record",
        "requirement",
    ),
    (
        "nl",
        "<h2>Voorwaarden</h2><ul><li>Een geldig paspoort.</li><li>Een blanco strafregister."
        "</li></ul>",
        "blanco strafregister",
        "requirement",
    ),
    (
        "fr",
        "<h2>Conditions d'octroi</h2><ul><li>Un passeport valable.</li><li>Un casier "
        "judiciaire vierge.</li></ul>",
        "casier judiciaire vierge",
        "requirement",
    ),
    (
        "de",
        "<h2>Voraussetzungen</h2><ul><li>Ein gültiger Reisepass.</li><li>Ein sauberes "
        "Führungszeugnis.</li></ul>",
        "sauberes Führungszeugnis",
        "requirement",
    ),
    (
        "en",
        "<h3>Who can apply?</h3><ul><li>Researchers with a hosting agreement.</li></ul>",
        "hosting agreement",
        "requirement",
    ),
    (
        "nl",
        "<h3>Wie kan een aanvraag indienen?</h3><ul><li>Onderzoekers met een "
        "gastovereenkomst.</li></ul>",
        "gastovereenkomst",
        "requirement",
    ),
    (
        "fr",
        "<h3>Qui peut introduire la demande ?</h3><ul><li>Les chercheurs avec une convention "
        "d'accueil.</li></ul>",
        "convention d'accueil",
        "requirement",
    ),
    (
        "de",
        "<h3>Wer kann den Antrag stellen?</h3><ul><li>Forscher mit einer "
        "Aufnahmevereinbarung.</li></ul>",
        "Aufnahmevereinbarung",
        "requirement",
    ),
    # heading about documents -> document
    (
        "en",
        "<h2>Required documents</h2><ul><li>A copy of the employment contract.</li></ul>",
        "employment contract",
        "document",
    ),
    (
        "nl",
        "<h2>Welke documenten?</h2><ul><li>Een kopie van de arbeidsovereenkomst.</li></ul>",
        "arbeidsovereenkomst",
        "document",
    ),
    (
        "fr",
        "<h2>Documents à joindre</h2><ul><li>Une copie du contrat de travail.</li></ul>",
        "contrat de travail",
        "document",
    ),
    (
        "de",
        "<h2>Unterlagen</h2><ul><li>Eine Kopie des Arbeitsvertrags.</li></ul>",
        "Arbeitsvertrags",
        "document",
    ),
    # heading about the procedure -> step
    (
        "en",
        "<h2>How to apply</h2><ul><li>The employer files the application online.</li></ul>",
        "files the application",
        "step",
    ),
    (
        "nl",
        "<h2>Hoe aanvragen?</h2><ul><li>De werkgever dient de aanvraag online in.</li></ul>",
        "dient de aanvraag online in",
        "step",
    ),
    (
        "fr",
        "<h2>Procédure</h2><ul><li>L'employeur introduit la demande en ligne.</li></ul>",
        "introduit la demande",
        "step",
    ),
    (
        "de",
        "<h2>Verfahren</h2><ul><li>Der Arbeitgeber reicht den Antrag online ein.</li></ul>",
        "reicht den Antrag",
        "step",
    ),
    # heading about exemptions -> exemption
    (
        "en",
        "<h2>Exemptions</h2><ul><li>Recognised refugees.</li><li>Students during the "
        "holidays.</li></ul>",
        "Recognised refugees",
        "exemption",
    ),
    (
        "nl",
        "<h2>Vrijstellingen</h2><ul><li>Erkende vluchtelingen.</li><li>Studenten tijdens de "
        "vakantie.</li></ul>",
        "Erkende vluchtelingen",
        "exemption",
    ),
    (
        "fr",
        "<h2>Dispenses</h2><ul><li>Les réfugiés reconnus.</li><li>Les étudiants pendant les "
        "vacances.</li></ul>",
        "réfugiés reconnus",
        "exemption",
    ),
    (
        "de",
        "<h2>Befreiungen</h2><ul><li>Anerkannte Flüchtlinge.</li><li>Studierende in den "
        "Ferien.</li></ul>",
        "Anerkannte Flüchtlinge",
        "exemption",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("heading_names_kind", HEADED))
def test_heading_names_kind(html, needle, kind):
    check(html, needle, kind)


ELSEWHERE_OBLIGATION = [
    (
        "en",
        "<p>Some news. The employer must keep a copy of the permit at the workplace.</p>",
        "must keep a copy",
        "requirement",
    ),
    (
        "nl",
        "<p>Enig nieuws. De werkgever moet een kopie van de vergunning op de werkplek bewaren.</p>",
        "moet een kopie",
        "requirement",
    ),
    (
        "fr",
        "<p>Quelques nouvelles. L'employeur doit conserver une copie du permis sur le lieu "
        "de travail.</p>",
        "doit conserver",
        "requirement",
    ),
    (
        "de",
        "<p>Einige Neuigkeiten. Der Arbeitgeber muss eine Kopie der Erlaubnis am "
        "Arbeitsplatz aufbewahren.</p>",
        "muss eine Kopie",
        "requirement",
    ),
    # a prohibition stays a requirement
    (
        "en",
        "<p>The au pair may not work more than the agreed hours.</p>",
        "may not work",
        "requirement",
    ),
    (
        "nl",
        "<p>De au pair mag niet meer werken dan afgesproken.</p>",
        "mag niet meer",
        "requirement",
    ),
    (
        "fr",
        "<p>L'au pair ne peut pas travailler plus que convenu.</p>",
        "ne peut pas",
        "requirement",
    ),
    (
        "de",
        "<p>Das Au-pair darf nicht mehr arbeiten als vereinbart.</p>",
        "darf nicht mehr",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("elsewhere_obligation", ELSEWHERE_OBLIGATION))
def test_elsewhere_obligation_is_requirement(html, needle, kind):
    check(html, needle, kind)


LIFTED = [
    (
        "en",
        "<p>Nationals of the European Union do not need to apply for a work permit.</p>",
        "do not need to apply",
        "exemption",
    ),
    (
        "nl",
        "<p>Onderdanen van de Europese Unie moeten geen arbeidskaart aanvragen.</p>",
        "moeten geen arbeidskaart",
        "exemption",
    ),
    (
        "fr",
        "<p>Les ressortissants de l'Union européenne ne doivent pas demander de permis de "
        "travail.</p>",
        "ne doivent pas demander",
        "exemption",
    ),
    (
        "de",
        "<p>Staatsangehörige der Europäischen Union müssen keine Arbeitserlaubnis beantragen.</p>",
        "müssen keine Arbeitserlaubnis",
        "exemption",
    ),
    # an obligation redirected, not lifted, stays a requirement
    (
        "en",
        "<p>In that case you must not apply for a work card but for a single permit.</p>",
        "not apply for a work card but",
        "requirement",
    ),
    (
        "nl",
        "<p>Dan moet u geen arbeidskaart maar een gecombineerde vergunning aanvragen.</p>",
        "geen arbeidskaart maar",
        "requirement",
    ),
    (
        "fr",
        "<p>Vous ne devez alors pas demander une carte de travail mais un permis unique.</p>",
        "mais un permis unique",
        "requirement",
    ),
    (
        "de",
        "<p>Dann müssen Sie keine Arbeitskarte, sondern eine kombinierte Erlaubnis beantragen.</p>",
        "sondern eine kombinierte",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("lifted_obligation", LIFTED))
def test_lifted_obligation_is_exemption_redirected_is_not(html, needle, kind):
    check(html, needle, kind)


NOT_CONDITIONS = [
    # lead-ins that only introduce a list are no row
    (
        "en",
        "<p>The au pair must meet these conditions:</p><ul><li>Be at least 18.</li></ul>",
        "meet these conditions",
        NO_ROW,
    ),
    (
        "nl",
        "<p>De au pair moet aan deze voorwaarden voldoen:</p><ul><li>Minstens 18 zijn.</li></ul>",
        "aan deze voorwaarden",
        NO_ROW,
    ),
    (
        "fr",
        "<p>L'au pair doit remplir ces conditions :</p><ul><li>Avoir au moins 18 ans.</li></ul>",
        "remplir ces conditions",
        NO_ROW,
    ),
    (
        "de",
        "<p>Das Au-pair muss diese Bedingungen erfüllen:</p><ul><li>Mindestens 18 Jahre alt "
        "sein.</li></ul>",
        "diese Bedingungen",
        NO_ROW,
    ),
    # headings are no row
    (
        "en",
        "<h2>Conditions</h2><p>The worker must hold a valid passport.</p>",
        "Conditions",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>Voorwaarden</h2><p>De werknemer moet een geldig paspoort hebben.</p>",
        "Voorwaarden",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Conditions</h2><p>Le travailleur doit avoir un passeport valable.</p>",
        "Conditions",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Voraussetzungen</h2><p>Der Arbeitnehmer muss einen gültigen Pass haben.</p>",
        "Voraussetzungen",
        NO_ROW,
    ),
    # a links list is no row
    (
        "en",
        '<h2>More information</h2><ul><li><a href="/a">Single permit</a></li></ul>',
        "Single permit",
        NO_ROW,
    ),
    (
        "nl",
        '<h2>Meer informatie</h2><ul><li><a href="/a">Gecombineerde vergunning</a></li></ul>',
        "Gecombineerde vergunning",
        NO_ROW,
    ),
    (
        "fr",
        '<h2>Plus d\'informations</h2><ul><li><a href="/a">Permis unique</a></li></ul>',
        "Permis unique",
        NO_ROW,
    ),
    (
        "de",
        '<h2>Weitere Informationen</h2><ul><li><a href="/a">Kombinierte Erlaubnis</a></li></ul>',
        "Kombinierte Erlaubnis",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("not_conditions", NOT_CONDITIONS))
def test_headings_lead_ins_and_links_are_no_rows(html, needle, kind):
    check(html, needle, kind)


# --- Settled while adding the federal pages of issue 12 ----------------------------------

LEAD_IN_AS_HEADING = [
    (
        "en",
        "<p>Several proofs are accepted, among others:</p><ul><li>a lease contract;</li>"
        "<li>a utility bill.</li></ul>",
        "utility bill",
        "document",
    ),
    (
        "nl",
        "<p>Verschillende bewijzen worden aanvaard, onder meer:</p><ul><li>een huurcontract;"
        "</li><li>een energiefactuur.</li></ul>",
        "energiefactuur",
        "document",
    ),
    (
        "fr",
        "<p>Plusieurs preuves sont acceptées, notamment :</p><ul><li>un bail ;</li><li>une "
        "facture d'énergie.</li></ul>",
        "facture d'énergie",
        "document",
    ),
    (
        "de",
        "<p>Mehrere Nachweise werden angenommen, unter anderem:</p><ul><li>ein Mietvertrag;"
        "</li><li>eine Stromrechnung.</li></ul>",
        "Stromrechnung",
        "document",
    ),
    (
        "en",
        "<p>Are entitled to work:</p><ul><li>holders of a long-term residence card;</li></ul>",
        "long-term residence card",
        "exemption",
    ),
    (
        "nl",
        "<p>Mogen zonder vergunning werken:</p><ul><li>houders van een verblijfskaart van "
        "langdurig ingezetene;</li></ul>",
        "langdurig ingezetene",
        "exemption",
    ),
    (
        "fr",
        "<p>Sont autorisés à travailler :</p><ul><li>les titulaires d'une carte de résident "
        "de longue durée ;</li></ul>",
        "résident de longue durée",
        "exemption",
    ),
    (
        "de",
        "<p>Sind berechtigt zu arbeiten:</p><ul><li>Inhaber einer Daueraufenthaltskarte;</li></ul>",
        "Daueraufenthaltskarte",
        "exemption",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("lead_in_as_heading", LEAD_IN_AS_HEADING))
def test_lead_in_works_like_a_heading(html, needle, kind):
    check(html, needle, kind)


NOT_REQUIRED_OF_ANYONE = [
    ("en", "<p>Personal appearance is not required.</p>", "Personal appearance", NO_ROW),
    (
        "nl",
        "<p>Een persoonlijke verschijning is niet vereist.</p>",
        "persoonlijke verschijning",
        NO_ROW,
    ),
    (
        "fr",
        "<p>Une comparution personnelle n'est pas requise.</p>",
        "comparution personnelle",
        NO_ROW,
    ),
    (
        "de",
        "<p>Ein persönliches Erscheinen ist nicht erforderlich.</p>",
        "persönliches Erscheinen",
        NO_ROW,
    ),
    (
        "en",
        "<p>If the worker holds a work card C, the employer does not have to apply for a "
        "work permit.</p>",
        "does not have to apply",
        "exemption",
    ),
    (
        "nl",
        "<p>Heeft de werknemer een arbeidskaart C, dan moet de werkgever geen "
        "arbeidsvergunning aanvragen.</p>",
        "moet de werkgever geen",
        "exemption",
    ),
    (
        "fr",
        "<p>Si le travailleur a une carte de travail C, l'employeur ne doit pas demander "
        "d'autorisation d'occupation.</p>",
        "ne doit pas demander",
        "exemption",
    ),
    (
        "de",
        "<p>Hat der Arbeitnehmer eine Arbeitskarte C, muss der Arbeitgeber keine "
        "Beschäftigungserlaubnis beantragen.</p>",
        "muss der Arbeitgeber keine",
        "exemption",
    ),
]


@pytest.mark.parametrize(
    "html,needle,kind", cases("not_required_of_anyone", NOT_REQUIRED_OF_ANYONE)
)
def test_not_required_of_anyone_is_no_row_lifted_for_a_group_is_exemption(html, needle, kind):
    check(html, needle, kind)


# --- Check part 2 (devset-d, devset-e) -----------------------------------------------------

PROCEDURE_LIFT_AND_DATA = [
    (
        "en",
        "<h2>Procedure</h2><p>The employer files the form online. If the stay is shorter "
        "than a month, in that case you do not have to file an application.</p>",
        "do not have to file",
        "exemption",
    ),
    (
        "nl",
        "<h2>Procedure</h2><p>De werkgever dient het formulier online in. Duurt het verblijf "
        "korter dan een maand, dan hoeft u geen aanvraag in te dienen.</p>",
        "hoeft u geen aanvraag",
        "exemption",
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>L'employeur introduit le formulaire en ligne. Si le séjour "
        "dure moins d'un mois, vous ne devez dans ce cas pas introduire de demande.</p>",
        "pas introduire de demande",
        "exemption",
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Der Arbeitgeber reicht das Formular online ein. Dauert der "
        "Aufenthalt weniger als einen Monat, müssen Sie in diesem Fall keinen Antrag stellen.</p>",
        "keinen Antrag stellen",
        "exemption",
    ),
    (
        "en",
        "<h2>Which data must you report?</h2><ul><li>the worker's name and date of birth;"
        "</li><li>the start date of the work.</li></ul>",
        "date of birth",
        "document",
    ),
    (
        "nl",
        "<h2>Welke gegevens moet u melden?</h2><ul><li>de naam en geboortedatum van de "
        "werknemer;</li><li>de begindatum van het werk.</li></ul>",
        "geboortedatum",
        "document",
    ),
    (
        "fr",
        "<h2>Quelles données devez-vous déclarer ?</h2><ul><li>le nom et la date de "
        "naissance du travailleur ;</li><li>la date de début du travail.</li></ul>",
        "date de naissance",
        "document",
    ),
    (
        "de",
        "<h2>Welche Daten müssen Sie melden?</h2><ul><li>Name und Geburtsdatum des "
        "Arbeitnehmers;</li><li>das Anfangsdatum der Arbeit.</li></ul>",
        "Geburtsdatum",
        "document",
    ),
]


@pytest.mark.parametrize(
    "html,needle,kind", cases("procedure_lift_and_data", PROCEDURE_LIFT_AND_DATA)
)
def test_procedure_lift_is_exemption_and_data_to_report_are_documents(html, needle, kind):
    check(html, needle, kind)


EXEMPTION_HEADING_OBLIGATION = [
    (
        "en",
        "<h2>Exemptions</h2><p>Au pairs from the EU need no permit. The employer must still "
        "file the usual declaration.</p>",
        "must still file",
        "requirement",
    ),
    (
        "nl",
        "<h2>Vrijstellingen</h2><p>Au pairs uit de EU hebben geen vergunning nodig. De "
        "werkgever moet wel de gewone aangifte doen.</p>",
        "moet wel de gewone",
        "requirement",
    ),
    (
        "fr",
        "<h2>Dispenses</h2><p>Les au pairs de l'UE n'ont pas besoin de permis. L'employeur "
        "doit toutefois faire la déclaration habituelle.</p>",
        "doit toutefois",
        "requirement",
    ),
    (
        "de",
        "<h2>Befreiungen</h2><p>Au-pairs aus der EU brauchen keine Erlaubnis. Der "
        "Arbeitgeber muss dennoch die übliche Meldung machen.</p>",
        "muss dennoch",
        "requirement",
    ),
    # and a sentence that lifts under it is an exemption (tune12, 'La dispense vaut de plein droit')
    (
        "en",
        "<h2>Exemptions</h2><p>The exemption applies by law: no application has to be sent "
        "to us.</p>",
        "applies by law",
        "exemption",
    ),
    (
        "nl",
        "<h2>Vrijstellingen</h2><p>De vrijstelling geldt van rechtswege: er moet geen "
        "aanvraag naar ons worden gestuurd.</p>",
        "van rechtswege",
        "exemption",
    ),
    (
        "fr",
        "<h2>Dispenses</h2><p>La dispense s'applique de plein droit : aucune demande ne doit "
        "nous être envoyée.</p>",
        "de plein droit",
        "exemption",
    ),
    (
        "de",
        "<h2>Befreiungen</h2><p>Die Befreiung gilt von Rechts wegen: es muss kein Antrag an "
        "uns gesendet werden.</p>",
        "von Rechts wegen",
        "exemption",
    ),
]


@pytest.mark.parametrize(
    "html,needle,kind", cases("exemption_heading_obligation", EXEMPTION_HEADING_OBLIGATION)
)
def test_under_exemptions_an_obligation_is_requirement(html, needle, kind):
    check(html, needle, kind)


# --- Round 3 (tune12b): every stage under a procedure heading is a step ---------------------

STAGES = [
    (
        "en",
        "<h2>Procedure</h2><p>The ministry examines your application. Any missing document "
        "is requested from you.</p>",
        "examines your application",
        "step",
    ),
    (
        "nl",
        "<h2>Procedure</h2><p>Het departement onderzoekt uw aanvraag. Ontbrekende documenten "
        "worden bij u opgevraagd.</p>",
        "onderzoekt uw aanvraag",
        "step",
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Le service examine votre demande. Tout document manquant vous "
        "est réclamé.</p>",
        "examine votre demande",
        "step",
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Das Ministerium prüft Ihren Antrag. Fehlende Unterlagen werden "
        "bei Ihnen angefordert.</p>",
        "prüft Ihren Antrag",
        "step",
    ),
    # not steps: a question, a pointer to more reading
    (
        "en",
        "<h2>Procedure</h2><p>The ministry examines your application. Do you have questions?</p>",
        "questions",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>Procedure</h2><p>Het departement onderzoekt uw aanvraag. Heeft u vragen?</p>",
        "vragen",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Le service examine votre demande. Vous avez des questions ?</p>",
        "questions",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Das Ministerium prüft Ihren Antrag. Haben Sie Fragen?</p>",
        "Fragen",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Quand ?</h2><p>En savoir plus sur la demande introduite par un membre de la "
        "famille d'un réfugié (protection subsidiaire)</p>",
        "En savoir plus",
        NO_ROW,
    ),
    (
        "en",
        "<h2>When?</h2><p>Find out more about the application filed by a refugee's family "
        "member (subsidiary protection)</p>",
        "Find out more",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>Wanneer?</h2><p>Meer weten over de aanvraag van een familielid van een "
        "vluchteling (subsidiaire bescherming)</p>",
        "Meer weten",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Wann?</h2><p>Mehr erfahren über den Antrag eines Familienmitglieds eines "
        "Flüchtlings (subsidiärer Schutz)</p>",
        "Mehr erfahren",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("procedure_stages", STAGES))
def test_stage_under_procedure_is_step_question_is_not(html, needle, kind):
    check(html, needle, kind)


# --- Cases settled after the second labelling --------------------------------------------

NEED_WORDS = [
    (
        "en",
        "<p>A seasonal worker needs a single permit for this work.</p>",
        "needs a single permit",
        "requirement",
    ),
    (
        "nl",
        "<p>Een seizoenarbeider heeft voor dit werk een gecombineerde vergunning nodig.</p>",
        "heeft voor dit werk",
        "requirement",
    ),
    (
        "fr",
        "<p>Le travailleur saisonnier a besoin d'un permis unique pour ce travail.</p>",
        "a besoin d'un permis",
        "requirement",
    ),
    (
        "de",
        "<p>Ein Saisonarbeiter braucht für diese Arbeit eine kombinierte Erlaubnis.</p>",
        "braucht für diese",
        "requirement",
    ),
    (
        "en",
        "<p>A seasonal worker from the EU needs no permit for this work.</p>",
        "needs no permit",
        "exemption",
    ),
    (
        "nl",
        "<p>Een seizoenarbeider uit de EU heeft voor dit werk geen vergunning nodig.</p>",
        "geen vergunning nodig",
        "exemption",
    ),
    (
        "fr",
        "<p>Le travailleur saisonnier de l'UE n'a pas besoin de permis pour ce travail.</p>",
        "n'a pas besoin",
        "exemption",
    ),
    (
        "de",
        "<p>Ein Saisonarbeiter aus der EU braucht für diese Arbeit keine Erlaubnis.</p>",
        "keine Erlaubnis",
        "exemption",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("need_words", NEED_WORDS))
def test_need_words_oblige_and_negated_lift(html, needle, kind):
    check(html, needle, kind)


IMPERATIVES = [
    (
        "en",
        "<h2>How to apply</h2><p>Send the form to the regional employment service.</p>",
        "Send the form",
        "step",
    ),
    (
        "nl",
        "<h2>Hoe aanvragen</h2><p>Stuur het formulier naar de gewestelijke dienst.</p>",
        "Stuur het formulier",
        "step",
    ),
    (
        "fr",
        "<h2>Comment introduire la demande</h2><p>Envoyez le formulaire au service régional.</p>",
        "Envoyez le formulaire",
        "step",
    ),
    (
        "de",
        "<h2>Antrag</h2><p>Senden Sie das Formular an den Fachbereich.</p>",
        "Senden Sie",
        "step",
    ),
    ("en", "<h2>News</h2><p>Read our annual report on the website.</p>", "annual report", NO_ROW),
    ("nl", "<h2>Nieuws</h2><p>Lees ons jaarverslag op de website.</p>", "jaarverslag", NO_ROW),
    (
        "fr",
        "<h2>Actualités</h2><p>Lisez notre rapport annuel sur le site.</p>",
        "rapport annuel",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Neuigkeiten</h2><p>Lesen Sie unseren Jahresbericht auf der Website.</p>",
        "Jahresbericht",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("imperatives", IMPERATIVES))
def test_imperative_is_step_only_under_procedure(html, needle, kind):
    check(html, needle, kind)


ONLY_H1 = [
    (
        "en",
        "<h1>Conditions and restrictions</h1><ul><li>A signed employment contract.</li></ul>",
        "signed employment contract",
        "requirement",
    ),
    (
        "nl",
        "<h1>Voorwaarden en beperkingen</h1><ul><li>Een ondertekende arbeidsovereenkomst."
        "</li></ul>",
        "ondertekende arbeidsovereenkomst",
        "requirement",
    ),
    (
        "fr",
        "<h1>Procédure en cas de refus</h1><p>Vous introduisez un recours auprès du ministre.</p>",
        "introduisez un recours",
        "step",
    ),
    (
        "de",
        "<h1>Voraussetzungen und Einschränkungen</h1><ul><li>Ein unterschriebener "
        "Arbeitsvertrag.</li></ul>",
        "unterschriebener Arbeitsvertrag",
        "requirement",
    ),
    # an h1 naming only the topic names no kind
    (
        "en",
        "<h1>Au pair</h1><ul><li>A friendly host family in Ghent.</li></ul>",
        "friendly host family",
        NO_ROW,
    ),
    (
        "nl",
        "<h1>Au pair</h1><ul><li>Een vriendelijk gastgezin in Gent.</li></ul>",
        "vriendelijk gastgezin",
        NO_ROW,
    ),
    (
        "fr",
        "<h1>Au pair</h1><ul><li>Une famille d'accueil sympathique à Namur.</li></ul>",
        "famille d'accueil",
        NO_ROW,
    ),
    (
        "de",
        "<h1>Au-pair</h1><ul><li>Eine freundliche Gastfamilie in Eupen.</li></ul>",
        "Gastfamilie",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("only_h1", ONLY_H1))
def test_h1_as_only_heading_names_the_kind(html, needle, kind):
    check(html, needle, kind)


WHO_MAY_FILE = [
    (
        "en",
        "<h2>Procedure</h2><p>The employer or a mandated agent files the application.</p>",
        "mandated agent",
        "step",
    ),
    (
        "nl",
        "<h2>Procedure</h2><p>De werkgever of een gemachtigde dient de aanvraag in.</p>",
        "gemachtigde",
        "step",
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>L'employeur ou un mandataire introduit la demande.</p>",
        "mandataire",
        "step",
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Der Arbeitgeber oder ein Bevollmächtigter stellt den Antrag.</p>",
        "Bevollmächtigter",
        "step",
    ),
    (
        "en",
        "<h2>Who can apply?</h2><p>The employer or a mandated agent files the application.</p>",
        "mandated agent",
        "requirement",
    ),
    (
        "nl",
        "<h2>Wie kan aanvragen?</h2><p>De werkgever of een gemachtigde dient de aanvraag in.</p>",
        "gemachtigde",
        "requirement",
    ),
    (
        "fr",
        "<h2>Qui peut introduire la demande ?</h2><p>L'employeur ou un mandataire introduit "
        "la demande.</p>",
        "mandataire",
        "requirement",
    ),
    (
        "de",
        "<h2>Wer kann den Antrag stellen?</h2><p>Der Arbeitgeber oder ein Bevollmächtigter "
        "stellt den Antrag.</p>",
        "Bevollmächtigter",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("who_may_file", WHO_MAY_FILE))
def test_who_may_file_follows_its_heading(html, needle, kind):
    check(html, needle, kind)


LIMITS = [
    (
        "en",
        "<p>Each certificate may be at most 6 months old.</p>",
        "at most 6 months old",
        "requirement",
    ),
    (
        "nl",
        "<p>Elk attest mag hoogstens 6 maanden oud zijn.</p>",
        "hoogstens 6 maanden",
        "requirement",
    ),
    (
        "fr",
        "<p>Chaque certificat peut dater de 6 mois au maximum.</p>",
        "6 mois au maximum",
        "requirement",
    ),
    (
        "de",
        "<p>Jede Bescheinigung darf höchstens 6 Monate alt sein.</p>",
        "höchstens 6 Monate",
        "requirement",
    ),
    (
        "en",
        "<p>Only the employer can file the application.</p>",
        "Only the employer",
        "requirement",
    ),
    (
        "nl",
        "<p>Alleen de werkgever kan de aanvraag indienen.</p>",
        "Alleen de werkgever",
        "requirement",
    ),
    (
        "fr",
        "<p>Seul l'employeur peut introduire la demande.</p>",
        "Seul l'employeur",
        "requirement",
    ),
    (
        "de",
        "<p>Nur der Arbeitgeber kann den Antrag stellen.</p>",
        "Nur der Arbeitgeber",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("limits", LIMITS))
def test_limit_or_exclusive_permission_is_requirement(html, needle, kind):
    check(html, needle, kind)


DEFINING_HEADING = [
    (
        "en",
        "<h2>Who is considered a frontier worker?</h2><p>A person who works in Belgium and "
        "returns home every week.</p>",
        "returns home every week",
        "requirement",
    ),
    (
        "nl",
        "<h2>Wie wordt als grensarbeider beschouwd?</h2><p>Iemand die in België werkt en "
        "elke week naar huis terugkeert.</p>",
        "elke week naar huis",
        "requirement",
    ),
    (
        "fr",
        "<h2>Qui est travailleur frontalier ?</h2><p>Une personne qui travaille en Belgique "
        "et rentre chez elle chaque semaine.</p>",
        "rentre chez elle",
        "requirement",
    ),
    (
        "de",
        "<h2>Wer gilt als Grenzgänger?</h2><p>Eine Person, die in Belgien arbeitet und jede "
        "Woche nach Hause zurückkehrt.</p>",
        "jede Woche nach Hause",
        "requirement",
    ),
    (
        "en",
        "<h2>Who is concerned?</h2><ul><li>Workers from outside the EU.</li></ul>",
        "outside the EU",
        "requirement",
    ),
    (
        "nl",
        "<h2>Voor wie?</h2><ul><li>Werknemers van buiten de EU.</li></ul>",
        "buiten de EU",
        "requirement",
    ),
    (
        "fr",
        "<h2>Pour qui ?</h2><ul><li>Les travailleurs hors UE.</li></ul>",
        "hors UE",
        "requirement",
    ),
    (
        "de",
        "<h2>Für wen?</h2><ul><li>Arbeitnehmer aus Drittstaaten.</li></ul>",
        "Drittstaaten",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("defining_heading", DEFINING_HEADING))
def test_heading_on_whom_rules_apply_heads_requirements(html, needle, kind):
    check(html, needle, kind)


PRESUMPTION_WAIVER = [
    (
        "en",
        "<p>For an occupation on the list, a shortage is presumed.</p>",
        "shortage is presumed",
        "exemption",
    ),
    (
        "nl",
        "<p>Voor een beroep op de lijst wordt een tekort vermoed.</p>",
        "tekort vermoed",
        "exemption",
    ),
    (
        "fr",
        "<p>Pour un métier de la liste, la pénurie est présumée.</p>",
        "pénurie est présumée",
        "exemption",
    ),
    (
        "de",
        "<p>Für einen Beruf auf der Liste wird ein Mangel vermutet.</p>",
        "Mangel vermutet",
        "exemption",
    ),
    (
        "en",
        "<p>The Minister may depart from these conditions in individual cases.</p>",
        "depart from these conditions",
        "exemption",
    ),
    (
        "nl",
        "<p>De minister kan in individuele gevallen van deze voorwaarden afwijken.</p>",
        "voorwaarden afwijken",
        "exemption",
    ),
    (
        "fr",
        "<p>Le ministre peut déroger à ces conditions dans des cas individuels.</p>",
        "déroger à ces conditions",
        "exemption",
    ),
    (
        "de",
        "<p>Der Minister kann im Einzelfall von diesen Bedingungen abweichen.</p>",
        "Bedingungen abweichen",
        "exemption",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("presumption_waiver", PRESUMPTION_WAIVER))
def test_presumption_or_waiver_is_exemption(html, needle, kind):
    check(html, needle, kind)


QUALIFYING = [
    (
        "en",
        "<h2>Conditions</h2><p>You must have worked here for 4 years. This period can be "
        "shorter in some cases.</p>",
        "can be shorter",
        "requirement",
    ),
    (
        "nl",
        "<h2>Voorwaarden</h2><p>U moet hier 4 jaar gewerkt hebben. Die periode kan in "
        "sommige gevallen korter zijn.</p>",
        "korter zijn",
        "requirement",
    ),
    (
        "fr",
        "<h2>Conditions</h2><p>Vous devez avoir travaillé ici 4 ans. Cette période peut être "
        "plus courte dans certains cas.</p>",
        "plus courte",
        "requirement",
    ),
    (
        "de",
        "<h2>Voraussetzungen</h2><p>Sie müssen hier 4 Jahre gearbeitet haben. Dieser "
        "Zeitraum kann in einigen Fällen kürzer sein.</p>",
        "kürzer sein",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("qualifying", QUALIFYING))
def test_sentence_qualifying_a_condition_is_requirement(html, needle, kind):
    check(html, needle, kind)


# --- Check part 4 (devset-m) -------------------------------------------------------------

BINDS_NOBODY = [
    (
        "en",
        "<p>The present model must be replaced, the recommendation says.</p>",
        "must be replaced",
        NO_ROW,
    ),
    (
        "nl",
        "<p>Het huidige model moet worden vervangen, zo luidt de aanbeveling.</p>",
        "moet worden vervangen",
        NO_ROW,
    ),
    (
        "fr",
        "<p>Le modèle actuel doit être remplacé, selon la recommandation.</p>",
        "doit être remplacé",
        NO_ROW,
    ),
    (
        "de",
        "<p>Das derzeitige Modell muss ersetzt werden, so die Empfehlung.</p>",
        "muss ersetzt werden",
        NO_ROW,
    ),
    (
        "en",
        "<p>It is for the Region to issue the work permit.</p>",
        "for the Region to issue",
        "requirement",
    ),
    (
        "nl",
        "<p>Het is aan het Gewest om de arbeidskaart af te geven.</p>",
        "aan het Gewest",
        "requirement",
    ),
    (
        "fr",
        "<p>Il revient à la Région de délivrer le permis de travail.</p>",
        "revient à la Région",
        "requirement",
    ),
    (
        "de",
        "<p>Es obliegt der Gemeinschaft, die Arbeitserlaubnis auszustellen.</p>",
        "obliegt der Gemeinschaft",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("binds_nobody", BINDS_NOBODY))
def test_obligation_binding_nobody_is_no_row_which_authority_issues_is(html, needle, kind):
    check(html, needle, kind)


CASES_LIST = [
    (
        "en",
        "<p>It applies in three cases:</p><ul><li>stays of at most 90 days;</li><li>frontier "
        "workers;</li></ul>",
        "frontier workers",
        NO_ROW,
    ),
    (
        "nl",
        "<p>Het geldt in drie gevallen:</p><ul><li>verblijven van maximaal 90 dagen;</li>"
        "<li>grensarbeiders;</li></ul>",
        "grensarbeiders",
        NO_ROW,
    ),
    (
        "fr",
        "<p>Il s'applique dans trois cas :</p><ul><li>les séjours de 90 jours au plus ;</li>"
        "<li>les travailleurs frontaliers ;</li></ul>",
        "travailleurs frontaliers",
        NO_ROW,
    ),
    (
        "de",
        "<p>Sie gilt in drei Fällen:</p><ul><li>Aufenthalte von höchstens 90 Tagen;</li>"
        "<li>Grenzgänger;</li></ul>",
        "Grenzgänger",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("cases_list", CASES_LIST))
def test_list_naming_the_cases_a_permit_is_for_is_no_condition(html, needle, kind):
    check(html, needle, kind)


# --- Check part 6 (devset-r, devset-u) ---------------------------------------------------

FULL_STOP_LEAD_IN = [
    (
        "en",
        "<p>The following conditions apply.</p><ul><li>A permanent contract.</li><li>A "
        "full-time job.</li></ul>",
        "full-time job",
        "requirement",
    ),
    (
        "nl",
        "<p>De volgende voorwaarden gelden.</p><ul><li>Een vaste overeenkomst.</li><li>Een "
        "voltijdse job.</li></ul>",
        "voltijdse job",
        "requirement",
    ),
    (
        "fr",
        "<p>Les conditions suivantes s'appliquent.</p><ul><li>Un contrat à durée "
        "indéterminée.</li><li>Un emploi à temps plein.</li></ul>",
        "temps plein",
        "requirement",
    ),
    (
        "de",
        "<p>Es gelten folgende Bedingungen.</p><ul><li>Ein unbefristeter Vertrag.</li>"
        "<li>Eine Vollzeitstelle.</li></ul>",
        "Vollzeitstelle",
        "requirement",
    ),
    (
        "en",
        "<p>The following conditions apply.</p><ul><li>A full-time job.</li></ul>",
        "conditions apply",
        NO_ROW,
    ),
    (
        "nl",
        "<p>De volgende voorwaarden gelden.</p><ul><li>Een voltijdse job.</li></ul>",
        "voorwaarden gelden",
        NO_ROW,
    ),
    (
        "fr",
        "<p>Les conditions suivantes s'appliquent.</p><ul><li>Un emploi à temps plein.</li></ul>",
        "suivantes",
        NO_ROW,
    ),
    (
        "de",
        "<p>Es gelten folgende Bedingungen.</p><ul><li>Eine Vollzeitstelle.</li></ul>",
        "folgende Bedingungen",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("full_stop_lead_in", FULL_STOP_LEAD_IN))
def test_lead_in_ending_with_a_full_stop_works_like_a_colon(html, needle, kind):
    check(html, needle, kind)


AUTHORITY_WONT = [
    ("en", "<p>The counter accepts no incomplete file.</p>", "no incomplete file", NO_ROW),
    ("nl", "<p>Het loket aanvaardt geen onvolledig dossier.</p>", "onvolledig dossier", NO_ROW),
    ("fr", "<p>Le guichet n'accepte aucun dossier incomplet.</p>", "dossier incomplet", NO_ROW),
    (
        "de",
        "<p>Der Schalter nimmt keine unvollständige Akte an.</p>",
        "unvollständige Akte",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("authority_wont", AUTHORITY_WONT))
def test_what_the_authority_will_not_accept_is_no_row(html, needle, kind):
    check(html, needle, kind)


MUNICIPAL = [
    # a heading naming the formality heads the procedure
    (
        "en",
        "<h2>Declaration of arrival</h2><p>You report to the town hall within eight days.</p>",
        "report to the town hall",
        "step",
    ),
    (
        "nl",
        "<h2>Aangifte van aankomst</h2><p>U meldt zich binnen acht dagen bij het gemeentehuis.</p>",
        "meldt zich",
        "step",
    ),
    (
        "fr",
        "<h2>Déclaration d'arrivée</h2><p>Vous vous présentez à l'administration communale "
        "dans les huit jours.</p>",
        "vous présentez",
        "step",
    ),
    (
        "de",
        "<h2>Abmeldung ins Ausland</h2><p>Sie melden sich im Bürgerbüro ab.</p>",
        "melden sich",
        "step",
    ),
    # a limit among them stays a requirement
    (
        "en",
        "<h2>Declaration of arrival</h2><p>The stay may not exceed 90 days.</p>",
        "may not exceed",
        "requirement",
    ),
    (
        "nl",
        "<h2>Aangifte van aankomst</h2><p>Het verblijf mag niet langer dan 90 dagen duren.</p>",
        "mag niet langer",
        "requirement",
    ),
    (
        "fr",
        "<h2>Déclaration d'arrivée</h2><p>Le séjour ne peut excéder 90 jours.</p>",
        "ne peut excéder",
        "requirement",
    ),
    (
        "de",
        "<h2>Anmeldung</h2><p>Der Aufenthalt darf 90 Tage nicht überschreiten.</p>",
        "nicht überschreiten",
        "requirement",
    ),
    # "bring the following" lead-ins name documents
    (
        "en",
        "<p>Arrangements: please bring:</p><ul><li>your passport;</li><li>a recent photo."
        "</li></ul>",
        "recent photo",
        "document",
    ),
    (
        "nl",
        "<p>Modaliteiten: breng mee:</p><ul><li>uw paspoort;</li><li>een recente foto.</li></ul>",
        "recente foto",
        "document",
    ),
    (
        "fr",
        "<p>Modalités : se munir de :</p><ul><li>votre passeport ;</li><li>une photo "
        "récente.</li></ul>",
        "photo récente",
        "document",
    ),
    (
        "de",
        "<p>Bringen Sie bitte folgende Unterlagen mit:</p><ul><li>Ihren Reisepass;</li>"
        "<li>ein aktuelles Foto.</li></ul>",
        "aktuelles Foto",
        "document",
    ),
    # instructions lead-ins name steps
    (
        "en",
        "<p>General instructions for registering:</p><ul><li>Make an appointment online.</li></ul>",
        "Make an appointment",
        "step",
    ),
    (
        "nl",
        "<p>Algemene instructies voor de inschrijving:</p><ul><li>Maak online een afspraak."
        "</li></ul>",
        "Maak online",
        "step",
    ),
    (
        "fr",
        "<p>Instructions générales pour l'inscription :</p><ul><li>Prenez rendez-vous en "
        "ligne.</li></ul>",
        "Prenez rendez-vous",
        "step",
    ),
    (
        "de",
        "<p>Allgemeine Instruktionen zur Anmeldung:</p><ul><li>Vereinbaren Sie online einen "
        "Termin.</li></ul>",
        "Vereinbaren Sie",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("municipal", MUNICIPAL))
def test_municipal_formality_heading_and_lead_ins(html, needle, kind):
    check(html, needle, kind)


FEE_VALIDITY_DELAY = [
    (
        "en",
        "<h2>Declaration of arrival</h2><p>Cost: 5.00 EUR</p><p>Validity: 5 years</p>"
        "<p>Time: 2 working days</p>",
        "Cost",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>Aangifte van aankomst</h2><p>Kostprijs: 5,00 EUR</p><p>Geldigheid: 5 jaar</p>"
        "<p>Termijn: 2 werkdagen</p>",
        "Kostprijs",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Déclaration d'arrivée</h2><p>Coût : 5,00 EUR</p><p>Validité : 5 ans</p><p>Délai "
        ": 2 jours ouvrables</p>",
        "Coût",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Anmeldung</h2><p>Kosten: 5,00 EUR</p><p>Gültigkeit: 5 Jahre</p><p>Frist: 2 "
        "Werktage</p>",
        "Kosten",
        NO_ROW,
    ),
    (
        "en",
        "<h2>Declaration of arrival</h2><p>Cost: 5.00 EUR</p><p>Validity: 5 years</p>"
        "<p>Time: 2 working days</p>",
        "Validity",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>Aangifte van aankomst</h2><p>Kostprijs: 5,00 EUR</p><p>Geldigheid: 5 jaar</p>"
        "<p>Termijn: 2 werkdagen</p>",
        "Geldigheid",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Déclaration d'arrivée</h2><p>Coût : 5,00 EUR</p><p>Validité : 5 ans</p><p>Délai "
        ": 2 jours ouvrables</p>",
        "Validité",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Anmeldung</h2><p>Kosten: 5,00 EUR</p><p>Gültigkeit: 5 Jahre</p><p>Frist: 2 "
        "Werktage</p>",
        "Gültigkeit",
        NO_ROW,
    ),
    (
        "en",
        "<h2>Declaration of arrival</h2><p>Cost: 5.00 EUR</p><p>Time limit for the "
        "declaration: 3 working days</p>",
        "3 working days",
        "step",
    ),
    (
        "nl",
        "<h2>Aangifte van aankomst</h2><p>Kostprijs: 5,00 EUR</p><p>Termijn voor de "
        "aangifte: 3 werkdagen</p>",
        "3 werkdagen",
        "step",
    ),
    (
        "fr",
        "<h2>Déclaration d'arrivée</h2><p>Coût : 5,00 EUR</p><p>Délai de déclaration : 3 "
        "jours ouvrables</p>",
        "3 jours ouvrables",
        "step",
    ),
    (
        "de",
        "<h2>Anmeldung</h2><p>Kosten: 5,00 EUR</p><p>Frist für die Anmeldung: 3 Werktage</p>",
        "3 Werktage",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("fee_validity_delay", FEE_VALIDITY_DELAY))
def test_fee_or_validity_line_is_no_row_a_delay_line_is_a_step(html, needle, kind):
    check(html, needle, kind)


# --- Settled while adding check part 7 (devset-y), released at 08:58 -------------------
# On a municipal page a one-line instruction that only names what to bring is a `document`
# row, like the items of a "bring the following" lead-in; under a heading naming the
# formality or under one naming no kind alike. An instruction line that tells an act of the
# procedure instead stays a step there.
INSTRUCTION_BRING = [
    (
        "en",
        "<h2>Electronic identity card</h2><p>Instructions: bring a recent passport photo.</p>",
        "recent passport photo",
        "document",
    ),
    (
        "nl",
        "<h2>Elektronische identiteitskaart</h2><p>Instructies: breng een recente pasfoto mee.</p>",
        "recente pasfoto",
        "document",
    ),
    (
        "fr",
        "<h2>Carte d'identité électronique</h2><p>Instructions : apporter une photo récente.</p>",
        "photo récente",
        "document",
    ),
    (
        "de",
        "<h2>Elektronischer Personalausweis</h2><p>Hinweise: ein aktuelles Passfoto "
        "mitbringen.</p>",
        "aktuelles Passfoto",
        "document",
    ),
    # under a heading naming the formality
    (
        "en",
        "<h2>Declaration of arrival</h2><p>Instructions: bring your passport and the rental "
        "contract.</p>",
        "rental contract",
        "document",
    ),
    (
        "nl",
        "<h2>Aangifte van aankomst</h2><p>Instructies: breng uw paspoort en het huurcontract "
        "mee.</p>",
        "huurcontract",
        "document",
    ),
    (
        "fr",
        "<h2>Déclaration d'arrivée</h2><p>Instructions : apporter le passeport et le contrat "
        "de bail.</p>",
        "contrat de bail",
        "document",
    ),
    (
        "de",
        "<h2>Anmeldung</h2><p>Hinweise: den Reisepass und den Mietvertrag mitbringen.</p>",
        "Mietvertrag",
        "document",
    ),
    # as a list item among the lines of a formality
    (
        "en",
        "<h2>Change of address</h2><ul><li>Instructions: bring the identity cards of everyone "
        "moving.</li></ul>",
        "identity cards of everyone",
        "document",
    ),
    (
        "nl",
        "<h2>Adreswijziging</h2><ul><li>Instructies: breng de identiteitskaarten van alle "
        "verhuizers mee.</li></ul>",
        "alle verhuizers",
        "document",
    ),
    (
        "fr",
        "<h2>Changement d'adresse</h2><ul><li>Instructions : apporter les cartes d'identité de "
        "toutes les personnes qui déménagent.</li></ul>",
        "qui déménagent",
        "document",
    ),
    (
        "de",
        "<h2>Adressänderung</h2><ul><li>Hinweise: die Ausweise aller umziehenden Personen "
        "mitbringen.</li></ul>",
        "umziehenden Personen",
        "document",
    ),
    # an instruction that tells an act of the formality is a step, not a document
    (
        "en",
        "<h2>Declaration of arrival</h2><p>Instructions: report in person to the population "
        "department.</p>",
        "report in person",
        "step",
    ),
    (
        "nl",
        "<h2>Aangifte van aankomst</h2><p>Instructies: u meldt zich persoonlijk bij de dienst "
        "bevolking.</p>",
        "meldt zich persoonlijk",
        "step",
    ),
    (
        "fr",
        "<h2>Déclaration d'arrivée</h2><p>Instructions : vous vous présentez en personne au "
        "service population.</p>",
        "en personne",
        "step",
    ),
    (
        "de",
        "<h2>Anmeldung</h2><p>Hinweise: Sie melden sich persönlich beim Einwohnermeldeamt.</p>",
        "persönlich",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("instruction_bring", INSTRUCTION_BRING))
def test_instruction_naming_what_to_bring_is_a_document(html, needle, kind):
    check(html, needle, kind)


# --- Every list item at any depth, its own text without its nested list ------------------
NESTED_ITEMS = [
    (
        "en",
        "<h2>Required documents</h2><ul><li>Proof of income:<ul><li>your last three pay "
        "slips;</li></ul></li></ul>",
        "your last three pay slips;",
        "document",
    ),
    (
        "nl",
        "<h2>Vereiste documenten</h2><ul><li>Bewijs van inkomsten:<ul><li>uw laatste drie "
        "loonfiches;</li></ul></li></ul>",
        "uw laatste drie loonfiches;",
        "document",
    ),
    (
        "fr",
        "<h2>Documents à joindre</h2><ul><li>Preuve des revenus :<ul><li>vos trois dernières "
        "fiches de paie ;</li></ul></li></ul>",
        "vos trois dernières fiches de paie ;",
        "document",
    ),
    (
        "de",
        "<h2>Erforderliche Unterlagen</h2><ul><li>Einkommensnachweis:<ul><li>Ihre letzten drei "
        "Gehaltsabrechnungen;</li></ul></li></ul>",
        "Ihre letzten drei Gehaltsabrechnungen;",
        "document",
    ),
    (
        "en",
        "<h2>Conditions</h2><ul><li>The worker holds a degree.<ul><li>A master's degree "
        "counts.</li></ul></li></ul>",
        "The worker holds a degree.",
        "requirement",
    ),
    (
        "nl",
        "<h2>Voorwaarden</h2><ul><li>De werknemer heeft een diploma.<ul><li>Een masterdiploma "
        "telt.</li></ul></li></ul>",
        "De werknemer heeft een diploma.",
        "requirement",
    ),
    (
        "fr",
        "<h2>Conditions</h2><ul><li>Le travailleur est diplômé.<ul><li>Un master "
        "compte.</li></ul></li></ul>",
        "Le travailleur est diplômé.",
        "requirement",
    ),
    (
        "de",
        "<h2>Voraussetzungen</h2><ul><li>Der Arbeitnehmer hat einen Abschluss.<ul><li>Ein "
        "Master zählt.</li></ul></li></ul>",
        "Der Arbeitnehmer hat einen Abschluss.",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("nested_items", NESTED_ITEMS))
def test_nested_item_is_a_row_and_an_item_keeps_its_own_text(html, needle, kind):
    check(html, needle, kind)
    # each row is one item's own words: the outer item without its nested list, the nested
    # item alone (the needles are whole items)
    assert row_of(html, needle).text == needle


# --- Settled while adding check part 8 (devset-za), released at 11:42 -------------------
# Under a heading about exemptions, list items written as questions that name the cases the
# exemption covers are `exemption` rows like any item there; the same questions under no
# such heading stay no row.
EXEMPTION_QUESTIONS = [
    (
        "en",
        "<h2>Exceptions</h2><ul><li>Is the intern older than the age limit?</li><li>Will the "
        "placement last longer than 12 months?</li></ul><p>In that case the minister may "
        "allow an exception.</p>",
        "older than the age limit?",
        "exemption",
    ),
    (
        "nl",
        "<h2>Uitzonderingen</h2><ul><li>Is de stagiair ouder dan de leeftijdsgrens?</li><li>"
        "Duurt de stage langer dan 12 maanden?</li></ul><p>In dat geval kan de minister een "
        "uitzondering toestaan.</p>",
        "langer dan 12 maanden?",
        "exemption",
    ),
    (
        "fr",
        "<h2>Dérogations</h2><ul><li>Le stagiaire a-t-il dépassé la limite d'âge ?</li><li>Le "
        "stage dure-t-il plus de 12 mois ?</li></ul><p>Dans ce cas, le ministre peut accorder "
        "une dérogation.</p>",
        "dépassé la limite d'âge ?",
        "exemption",
    ),
    (
        "de",
        "<h2>Ausnahmen</h2><ul><li>Ist der Praktikant älter als die Altersgrenze?</li><li>"
        "Dauert das Praktikum länger als 12 Monate?</li></ul><p>In diesem Fall kann der "
        "Minister eine Ausnahme gewähren.</p>",
        "länger als 12 Monate?",
        "exemption",
    ),
    # the same questions under a heading naming no kind are no rows
    (
        "en",
        "<h2>Internships abroad</h2><ul><li>Is the intern older than the age limit?</li>"
        "<li>Will the placement last longer than 12 months?</li></ul>",
        "older than the age limit?",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>Stages in het buitenland</h2><ul><li>Is de stagiair ouder dan de "
        "leeftijdsgrens?</li><li>Duurt de stage langer dan 12 maanden?</li></ul>",
        "langer dan 12 maanden?",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Stages à l'étranger</h2><ul><li>Le stagiaire a-t-il dépassé la limite d'âge "
        "?</li><li>Le stage dure-t-il plus de 12 mois ?</li></ul>",
        "dépassé la limite d'âge ?",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Praktika im Ausland</h2><ul><li>Ist der Praktikant älter als die "
        "Altersgrenze?</li><li>Dauert das Praktikum länger als 12 Monate?</li></ul>",
        "länger als 12 Monate?",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("exemption_questions", EXEMPTION_QUESTIONS))
def test_questions_under_exemptions_are_exemptions_elsewhere_no_row(html, needle, kind):
    check(html, needle, kind)


# --- Settled while adding check part 8 (devset-zb), released at 11:42 -------------------
# On a page whose h1 names the documents, an h2-h4 naming the group a set of documents is for
# keeps the `document` kind for the sentences naming what to hand in; it is not a heading
# about who may apply.
DOCUMENT_GROUP = [
    (
        "en",
        "<h1>Documents for registering a family member</h1><h2>Partner of a Belgian "
        "national</h2><p>Hand in a valid passport and a marriage certificate.</p>",
        "marriage certificate",
        "document",
    ),
    (
        "nl",
        "<h1>Documenten voor de inschrijving van een familielid</h1><h2>Partner van een "
        "Belg</h2><p>Breng een geldig paspoort en een huwelijksakte mee.</p>",
        "huwelijksakte",
        "document",
    ),
    (
        "fr",
        "<h1>Documents pour l'inscription d'un membre de la famille</h1><h2>Conjoint d'un "
        "citoyen de l'Union</h2><p>Présentez un passeport valable et un acte de "
        "mariage.</p>",
        "acte de mariage",
        "document",
    ),
    (
        "de",
        "<h1>Unterlagen für die Anmeldung eines Familienangehörigen</h1><h2>Ehepartner eines "
        "Unionsbürgers</h2><p>Legen Sie einen gültigen Reisepass und eine Heiratsurkunde "
        "vor.</p>",
        "Heiratsurkunde",
        "document",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("document_group", DOCUMENT_GROUP))
def test_group_heading_under_a_documents_h1_keeps_documents(html, needle, kind):
    check(html, needle, kind)


# In a "bring the following" list an item that gives a fee together with something the reader
# must bring or do is a `document` row; an item that only gives a fee, with or without its
# amount, is no condition.
FEE_ITEMS = [
    (
        "en",
        "<h2>Residence card</h2><p>Bring the following:</p><ul><li>your passport;</li>"
        "<li>2 photos, € 20 (payment by card only);</li><li>€ 15.</li></ul>",
        "2 photos",
        "document",
    ),
    (
        "en",
        "<h2>Residence card</h2><p>Bring the following:</p><ul><li>your passport;</li>"
        "<li>2 photos;</li><li>€ 15.</li></ul>",
        "€ 15.",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>Verblijfskaart</h2><p>Breng het volgende mee:</p><ul><li>uw paspoort;</li>"
        "<li>25 euro (enkel betalen met bankkaart);</li><li>2 pasfoto's.</li></ul>",
        "enkel betalen met bankkaart",
        "document",
    ),
    (
        "nl",
        "<h2>Verblijfskaart</h2><p>Breng het volgende mee:</p><ul><li>uw paspoort;</li>"
        "<li>2 pasfoto's;</li><li>Er wordt een kleine retributie gevraagd.</li></ul>",
        "kleine retributie",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Carte de séjour</h2><p>Se munir de :</p><ul><li>votre passeport ;</li><li>2 "
        "photos, 20 € ;</li><li>10 euros.</li></ul>",
        "2 photos",
        "document",
    ),
    (
        "fr",
        "<h2>Carte de séjour</h2><p>Se munir de :</p><ul><li>votre passeport ;</li><li>2 "
        "photos ;</li><li>10 euros.</li></ul>",
        "10 euros.",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Aufenthaltskarte</h2><p>Bringen Sie bitte folgende Unterlagen mit:</p><ul>"
        "<li>Ihren Reisepass;</li><li>20 Euro (nur Kartenzahlung);</li><li>2 "
        "Passfotos.</li></ul>",
        "nur Kartenzahlung",
        "document",
    ),
    (
        "de",
        "<h2>Aufenthaltskarte</h2><p>Bringen Sie bitte folgende Unterlagen mit:</p><ul>"
        "<li>Ihren Reisepass;</li><li>2 Passfotos;</li><li>Es wird eine kleine Gebühr "
        "erhoben.</li></ul>",
        "kleine Gebühr",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("fee_items", FEE_ITEMS))
def test_fee_with_something_to_bring_is_a_document_fee_alone_is_no_row(html, needle, kind):
    check(html, needle, kind)


# --- Settled in the label audit (2026-12-07) ----------------------------------------------

STAGE_HEADINGS = [
    (
        "en",
        "<h2>Renewal</h2><p>The employer must file the renewal at the latest two months before "
        "the permit expires.</p>",
        "file the renewal",
        "step",
    ),
    (
        "nl",
        "<h2>Vernieuwing</h2><p>De werkgever moet de vernieuwing ten laatste twee maanden voor "
        "de vervaldatum aanvragen.</p>",
        "vernieuwing ten laatste",
        "step",
    ),
    (
        "fr",
        "<h2>Recours contre une décision</h2><p>La lettre recommandée doit être envoyée dans un "
        "délai d'un mois à partir de la notification.</p>",
        "lettre recommandée",
        "step",
    ),
    (
        "de",
        "<h2>Verlängerung</h2><p>Die Verlängerung muss spätestens 2 Monate vor Ablauf beantragt "
        "werden.</p>",
        "spätestens 2 Monate",
        "step",
    ),
    (
        "en",
        "<h2>Decision</h2><p>The municipality then issues the residence card to the worker.</p>",
        "issues the residence card",
        "step",
    ),
    (
        "de",
        "<h2>Antrag</h2><p>Ein entsandter Arbeitnehmer darf nicht unter dieser Erlaubnis "
        "beschäftigt werden.</p>",
        "entsandter Arbeitnehmer",
        "requirement",
    ),
    (
        "nl",
        "<h2>Wanneer</h2><p>De gewestelijke dienst onderzoekt het dossier.</p>",
        "onderzoekt het dossier",
        "step",
    ),
    (
        "en",
        "<h2>When?</h2><p>The region examines the file within ten working days.</p>",
        "examines the file",
        "step",
    ),
    (
        "fr",
        "<h2>Où ?</h2><p>La demande doit être déposée au guichet de la commune.</p>",
        "guichet de la commune",
        "step",
    ),
    (
        "de",
        "<h2>Wann?</h2><p>Das Ministerium prüft die Akte innerhalb von zehn Werktagen.</p>",
        "prüft die Akte",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("stage_heading", STAGE_HEADINGS))
def test_a_heading_naming_a_stage_of_the_procedure_heads_steps(html, needle, kind):
    """Under "Renewal", "Vernieuwing", "Recours contre une décision", "Verlängerung",
    "Decision", the stages told are `step` rows, also with "must"; a prohibition there stays a
    `requirement` (GUIDE, label audit)."""
    check(html, needle, kind)


# A validity limit stated as a sentence ("granted for at most …", "maximaal een jaar geldig")
# is a requirement row on every page (GUIDE 22:58, applied in the label audit), while a line
# that only labels the validity ("Validity: 5 years") stays no row (devset-u, above).
VALIDITY_LIMITS = [
    (
        "en",
        "<h2>Single permit</h2><p>The single permit is granted for at most three years.</p>",
        "granted for at most",
        "requirement",
    ),
    (
        "nl",
        "<h2>Arbeidskaart</h2><p>De arbeidskaart is maximaal een jaar geldig.</p>",
        "maximaal een jaar geldig",
        "requirement",
    ),
    (
        "fr",
        "<h2>Permis unique</h2><p>L'autorisation est accordée pour une durée de trois ans au "
        "maximum.</p>",
        "trois ans au maximum",
        "requirement",
    ),
    (
        "de",
        "<h2>Arbeitserlaubnis</h2><p>Die Arbeitserlaubnis ist höchstens ein Jahr gültig.</p>",
        "höchstens ein Jahr gültig",
        "requirement",
    ),
    (
        "en",
        "<h2>Blue card</h2><p>Validity: 5 years</p>",
        "Validity: 5 years",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("validity_limit", VALIDITY_LIMITS))
def test_a_validity_limit_is_a_requirement_a_validity_label_is_no_row(html, needle, kind):
    check(html, needle, kind)


# A prohibition in a sentence of its own ("Het getuigschrift mag niet ouder zijn dan 3
# maanden.") stays a requirement under a documents or a procedure heading (label audit).
OWN_PROHIBITION = [
    (
        "nl",
        "<h2>Vereiste documenten</h2><ul><li>Een getuigschrift van goed gedrag.</li></ul>"
        "<p>Het getuigschrift mag niet ouder zijn dan 3 maanden.</p>",
        "mag niet ouder",
        "requirement",
    ),
    (
        "en",
        "<h2>Documents to enclose</h2><ul><li>A medical certificate.</li></ul>"
        "<p>The medical certificate must not be older than six months.</p>",
        "must not be older",
        "requirement",
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Le dossier est introduit auprès de la Région wallonne.</p>"
        "<p>L'extrait de casier judiciaire ne peut pas dater de plus de trois mois.</p>",
        "ne peut pas dater",
        "requirement",
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Der Antrag wird beim Ministerium eingereicht.</p>"
        "<p>Das Führungszeugnis darf nicht älter als drei Monate sein.</p>",
        "darf nicht älter",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("own_prohibition", OWN_PROHIBITION))
def test_a_prohibition_in_its_own_sentence_stays_a_requirement(html, needle, kind):
    check(html, needle, kind)


# A sentence that lifts an obligation is an exemption whatever its words (GUIDE 22:58): a
# group said to fall under an exemption, or an obligation said to have exemptions; and "être
# dans l'obligation de" binds like "must" (GUIDE: an obligation word makes a requirement).
FALLS_UNDER_EXEMPTION = [
    (
        "nl",
        "<h2>Artiesten</h2><p>Ook de begeleiders van de artiest vallen onder deze "
        "vrijstelling.</p>",
        "begeleiders",
        "exemption",
    ),
    (
        "en",
        "<h2>Performing artists</h2><p>The technicians who travel with the artist also fall "
        "under this exemption.</p>",
        "technicians",
        "exemption",
    ),
    (
        "fr",
        "<h2>Parcours d'intégration</h2><p>Cette obligation connaît des exceptions et des "
        "dispenses.</p>",
        "connaît des exceptions",
        "exemption",
    ),
    (
        "de",
        "<h2>Künstler</h2><p>Auch Begleitpersonen des Künstlers fallen unter diese Befreiung.</p>",
        "Begleitpersonen",
        "exemption",
    ),
    (
        "fr",
        "<h2>Parcours d'intégration</h2><p>Les primo-arrivants sont dans l'obligation de suivre "
        "le parcours.</p>",
        "dans l'obligation",
        "requirement",
    ),
    (
        "en",
        "<h2>Integration</h2><p>Newcomers are under an obligation to follow the course.</p>",
        "under an obligation",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("falls_under_exemption", FALLS_UNDER_EXEMPTION))
def test_falling_under_an_exemption_is_an_exemption(html, needle, kind):
    check(html, needle, kind)


# Round 15 (issue 12): the GUIDE's step rules that had no contract case yet, in the four
# languages, our own sentences.

# "Only by appointment" is an exclusive permission on how one may file or be received: a
# `requirement`, also under a heading naming the formality or the procedure and with the office
# as subject; an opening-hours line that adds "(by appointment)" is no row (GUIDE, audit14).
BY_APPOINTMENT_ONLY = [
    (
        "en",
        "<h2>Declaration of arrival</h2><p>The population service receives applicants by "
        "appointment only.</p>",
        "by appointment only",
        "requirement",
    ),
    (
        "nl",
        "<h2>Aangifte van aankomst</h2><p>Aangiftes gebeuren enkel op afspraak.</p>",
        "enkel op afspraak",
        "requirement",
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Les demandes sont reçues uniquement sur rendez-vous.</p>",
        "uniquement sur rendez-vous",
        "requirement",
    ),
    (
        "de",
        "<h2>Anmeldung</h2><p>Anmeldungen erfolgen nur nach Terminvereinbarung.</p>",
        "nur nach Terminvereinbarung",
        "requirement",
    ),
    (
        "en",
        "<h2>Procedure</h2><p>Counter open Monday to Friday from 9 to 12 (by appointment "
        "only).</p>",
        "Counter open",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("by_appointment_only", BY_APPOINTMENT_ONLY))
def test_only_by_appointment_is_a_requirement_under_a_procedure_heading(html, needle, kind):
    check(html, needle, kind)


# A check the reader must make first ("whether an exemption covers the worker") is a `step`
# under a heading about the procedure, a `requirement` with an obligation word elsewhere, and
# no row as a bare imperative elsewhere (GUIDE, audit14; 22:35).
CHECK_FIRST = [
    (
        "en",
        "<h2>Step 1 - Check whether your worker needs a permit</h2><p>Check first whether one "
        "of the exemptions covers the worker.</p>",
        "Check first whether",
        "step",
    ),
    (
        "nl",
        "<h2>Procedure</h2><p>Ga eerst na of de werknemer onder een vrijstelling valt.</p>",
        "Ga eerst na",
        "step",
    ),
    (
        "fr",
        "<p>L'employeur doit vérifier que le travailleur ne relève pas d'une dispense.</p>",
        "doit vérifier",
        "requirement",
    ),
    (
        "de",
        "<h2>Allgemeines</h2><p>Prüfen Sie zuerst, ob eine Befreiung greift.</p>",
        "Prüfen Sie zuerst",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("check_first", CHECK_FIRST))
def test_a_check_to_make_first_follows_its_heading(html, needle, kind):
    check(html, needle, kind)


# A heading that asks where or when to apply, or names handing over the result ("Where?",
# "Waar?", "Où ?", "Wo?"; "Issuing of professional cards", "Afgifte", "Délivrance",
# "Ausstellung"), heads the stages told under it: what someone does there is a `step`
# (GUIDE, label audit).
WHERE_WHEN_ISSUING = [
    (
        "en",
        "<h2>Where?</h2><p>You lodge the application with the enterprise counter of your "
        "choice.</p>",
        "You lodge the application",
        "step",
    ),
    (
        "nl",
        "<h2>Afgifte</h2><p>De gemeente reikt de kaart uit aan de werknemer.</p>",
        "De gemeente reikt",
        "step",
    ),
    (
        "fr",
        "<h2>Où ?</h2><p>Vous introduisez la demande auprès du guichet d'entreprises.</p>",
        "Vous introduisez",
        "step",
    ),
    (
        "de",
        "<h2>Ausstellung</h2><p>Die Gemeinde händigt dem Arbeitnehmer seine Karte aus.</p>",
        "Die Gemeinde händigt",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("where_when_issuing", WHERE_WHEN_ISSUING))
def test_where_when_and_issuing_headings_head_steps(html, needle, kind):
    check(html, needle, kind)


# Under a lead-in naming which formalities are handled where ("Only the following can be
# done at the counter:"), each item is a `step` (GUIDE, devset-ak).
HANDLED_WHERE = [
    (
        "en",
        "<h2>Counter</h2><p>Only the following can be done at the counter:</p><ul><li>"
        "declaring the arrival of a foreign worker;</li><li>renewing a residence card.</li></ul>",
        "renewing a residence card",
        "step",
    ),
    (
        "nl",
        "<h2>Loket</h2><p>Enkel het volgende kan aan het loket:</p><ul><li>de aankomst van "
        "een buitenlandse werknemer aangeven;</li><li>een verblijfskaart vernieuwen.</li></ul>",
        "een verblijfskaart vernieuwen",
        "step",
    ),
    (
        "fr",
        "<h2>Guichet</h2><p>Seules les démarches suivantes peuvent être faites au guichet :</p>"
        "<ul><li>déclarer l'arrivée d'un travailleur étranger ;</li><li>renouveler une carte de "
        "séjour.</li></ul>",
        "renouveler une carte",
        "step",
    ),
    (
        "de",
        "<h2>Schalter</h2><p>Folgende Anträge werden per E-Mail geschickt:</p><ul><li>die "
        "Verlängerung einer Aufenthaltskarte;</li><li>die Anmeldung eines Arbeitnehmers.</li>"
        "</ul>",
        "die Anmeldung eines",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("handled_where", HANDLED_WHERE))
def test_items_of_a_lead_in_naming_where_formalities_are_handled_are_steps(html, needle, kind):
    check(html, needle, kind)


# A heading naming the formality itself — registering, a first registration — is a heading
# about the procedure: who registers, where, how and by when is a `step`, also with "must"
# (GUIDE devset-u; audit14 case 5).
REGISTRATION_HEADING = [
    (
        "en",
        "<h2>First registration</h2><p>You must register at the town hall within eight days "
        "of arriving.</p>",
        "You must register",
        "step",
    ),
    (
        "nl",
        "<h2>Eerste inschrijving</h2><p>U moet zich binnen acht dagen aanmelden bij de dienst "
        "bevolking.</p>",
        "U moet zich",
        "step",
    ),
    (
        "fr",
        "<h2>Première inscription</h2><p>Vous devez demander votre inscription à la commune "
        "dans les huit jours.</p>",
        "Vous devez demander",
        "step",
    ),
    (
        "de",
        "<h2>Erstanmeldung</h2><p>Sie müssen sich innerhalb von acht Tagen bei der Gemeinde "
        "anmelden.</p>",
        "Sie müssen sich",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("registration_heading", REGISTRATION_HEADING))
def test_a_registration_heading_heads_steps(html, needle, kind):
    check(html, needle, kind)


# Under a heading about the procedure, an obligation telling a stage is a `step` ("The
# renewal must be filed at the latest two months before expiry"), while an obligation to be
# in a state stays a `requirement` ("The worker must live in Wallonia") (GUIDE, tune12b and
# label audit).
OBLIGATION_UNDER_PROCEDURE = [
    (
        "en",
        "<h2>Procedure</h2><p>The employer must file the application with the region.</p>",
        "The employer must file",
        "step",
    ),
    (
        "nl",
        "<h2>Procedure</h2><p>De werkgever moet de aanvraag indienen bij het gewest.</p>",
        "De werkgever moet",
        "step",
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Le travailleur doit résider en Wallonie.</p>",
        "doit résider",
        "requirement",
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Der Arbeitgeber muss den Antrag bei der Region einreichen.</p>",
        "Der Arbeitgeber muss",
        "step",
    ),
]


@pytest.mark.parametrize(
    "html,needle,kind", cases("obligation_under_procedure", OBLIGATION_UNDER_PROCEDURE)
)
def test_an_obligation_under_a_procedure_heading_is_a_step_unless_a_state(html, needle, kind):
    check(html, needle, kind)


# --- Settled in the round-14 label audit (2026-12-07) ---------------------------------------

# "Only by appointment" is an exclusive permission on how one files or is received: a
# requirement, also under a heading naming the formality or the procedure and also with the
# office as the subject; an opening-hours line adding "(by appointment)" and a heading holding
# the words are no row (GUIDE, round-14 label audit).
ONLY_BY_APPOINTMENT = [
    (
        "en",
        "<h2>Conditions</h2><p>Applications are received by appointment only.</p>",
        "by appointment only",
        "requirement",
    ),
    (
        "nl",
        "<h2>Aanvraag indienen</h2><p>Het loket ontvangt aanvragers enkel op afspraak.</p>",
        "enkel op afspraak",
        "requirement",
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Le service population reçoit les demandeurs uniquement sur "
        "rendez-vous.</p>",
        "uniquement sur rendez-vous",
        "requirement",
    ),
    (
        "de",
        "<h2>Antrag</h2><p>Anträge werden nur nach Terminvereinbarung entgegengenommen.</p>",
        "nur nach Terminvereinbarung",
        "requirement",
    ),
    (
        "en",
        "<h2>Registration at the town hall</h2><p>The civil registry sees residents only by "
        "appointment.</p>",
        "only by appointment",
        "requirement",
    ),
    (
        "nl",
        "<h2>Contact</h2><p>Maandag tot vrijdag van 9 tot 12 uur (op afspraak).</p>",
        "Maandag tot vrijdag",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Horaires</h2><p>Le mardi et le jeudi de 14 h à 17 h sur rendez-vous.</p>",
        "Le mardi et le jeudi",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Nur nach Terminvereinbarung</h2><p>Das Bürgerbüro befindet sich im Rathaus.</p>",
        "Nur nach Terminvereinbarung",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("only_by_appointment", ONLY_BY_APPOINTMENT))
def test_only_by_appointment_is_a_requirement_office_hours_are_not(html, needle, kind):
    check(html, needle, kind)


# A sentence of its own saying what counts towards a limit or a threshold is a requirement
# under any heading; inside a lead-in to a list it stays part of the lead-in (round-14 audit).
COUNTS_TOWARDS_LIMIT = [
    (
        "en",
        "<h2>Short stays</h2><p>Where assignments follow one another, the earlier periods count "
        "towards the 90 days.</p>",
        "earlier periods count",
        "requirement",
    ),
    (
        "nl",
        "<h2>Loon</h2><p>Vakantiegeld en premies tellen niet mee voor het minimumloon.</p>",
        "tellen niet mee",
        "requirement",
    ),
    (
        "fr",
        "<h2>Séjours courts</h2><p>Les périodes antérieures entrent dans le calcul des 90 "
        "jours.</p>",
        "entrent dans le calcul",
        "requirement",
    ),
    (
        "de",
        "<h2>Gehalt</h2><p>Zulagen und Prämien zählen nicht mit.</p>",
        "zählen nicht mit",
        "requirement",
    ),
    (
        "en",
        "<h2>Salary</h2><p>Only the gross base salary is taken into account.</p>",
        "base salary",
        "requirement",
    ),
    (
        "nl",
        "<h2>Kort verblijf</h2><p>Eerdere periodes worden meegerekend voor de 90 dagen.</p>",
        "worden meegerekend",
        "requirement",
    ),
    (
        "fr",
        "<h2>Rémunération</h2><p>Ce qui n'est pas pris en compte : les primes et les "
        "indemnités.</p>",
        "pas pris en compte",
        "requirement",
    ),
    (
        "de",
        "<h2>Kurzaufenthalt</h2><p>Frühere Zeiträume werden auf die 90 Tage angerechnet.</p>",
        "angerechnet",
        "requirement",
    ),
    (
        "en",
        "<h2>Long assignments</h2><p>Where the work lasts more than 90 days (earlier periods "
        "count towards it), send:</p><ul><li>A copy of the contract.</li></ul>",
        "earlier periods count",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("counts_towards", COUNTS_TOWARDS_LIMIT))
def test_what_counts_towards_a_limit_is_a_requirement(html, needle, kind):
    check(html, needle, kind)


# "Depends on" that only says which case applies is no row outside a kind-giving heading;
# under a conditions heading it qualifies a condition, and with a limit of its own it is a
# requirement (round-14 audit).
DEPENDS_ON = [
    (
        "en",
        "<h2>Working in Belgium</h2><p>Which authorisation you request depends on how long the "
        "stay lasts.</p>",
        "depends on",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>Tewerkstelling</h2><p>De procedure hangt af van de duur van de "
        "tewerkstelling.</p>",
        "hangt af van",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Travailler en Belgique</h2><p>L'autorisation à demander dépend de la durée du "
        "séjour.</p>",
        "dépend de la durée",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Arbeiten in Belgien</h2><p>Welches Verfahren gilt, hängt vom Land ab, in dem Sie "
        "wohnen.</p>",
        "hängt vom Land ab",
        NO_ROW,
    ),
    (
        "en",
        "<h2>Conditions</h2><p>The required salary depends on the worker's age.</p>",
        "depends on",
        "requirement",
    ),
    (
        "fr",
        "<h2>Étudiants</h2><p>Ils ne peuvent gagner qu'un montant limité ; le plafond dépend de "
        "leur âge.</p>",
        "montant limité",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("depends_on", DEPENDS_ON))
def test_depends_on_only_selecting_the_case_is_no_row(html, needle, kind):
    check(html, needle, kind)


# Items of "the procedure does not apply to:" name the route a case follows, not a lifted
# obligation: no row outside a procedure heading; "you then no longer need ..." is an
# exemption (round-14 audit).
PROCEDURE_DOES_NOT_APPLY = [
    (
        "en",
        "<h2>Single permit</h2><p>The single permit procedure does not apply to:</p><ul>"
        "<li>au pairs;</li><li>researchers holding a hosting agreement.</li></ul>",
        "au pairs",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>Gecombineerde vergunning</h2><p>De procedure geldt niet voor:</p><ul>"
        "<li>seizoenarbeiders;</li><li>gedetacheerde werknemers.</li></ul>",
        "seizoenarbeiders",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Permis unique</h2><p>La procédure du permis unique ne s'applique pas aux :</p>"
        "<ul><li>travailleurs saisonniers ;</li><li>chercheurs avec une convention "
        "d'accueil.</li></ul>",
        "travailleurs saisonniers",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Kombinierte Erlaubnis</h2><p>Das Verfahren gilt nicht für:</p><ul>"
        "<li>Saisonarbeiter;</li><li>entsandte Arbeitnehmer.</li></ul>",
        "Saisonarbeiter",
        NO_ROW,
    ),
    (
        "en",
        "<h2>Work card</h2><p>The mention is printed on your residence card, so you no longer "
        "need a separate work card.</p>",
        "no longer need",
        "exemption",
    ),
    (
        "nl",
        "<h2>Arbeidskaart</h2><p>De vermelding staat op uw verblijfskaart; u hebt geen aparte "
        "arbeidskaart meer nodig.</p>",
        "geen aparte",
        "exemption",
    ),
]


@pytest.mark.parametrize(
    "html,needle,kind", cases("procedure_not_apply", PROCEDURE_DOES_NOT_APPLY)
)
def test_procedure_not_applying_names_a_route_not_an_exemption(html, needle, kind):
    check(html, needle, kind)


# A check the reader must make first is a requirement outside a procedure heading, a step
# under one, and a bare imperative elsewhere is no row; "When to request a work permit" asks
# who must apply (round-14 audit).
CHECK_BEFORE_ANYTHING = [
    (
        "en",
        "<h2>Employing a foreign worker</h2><p>The employer must first check whether the worker "
        "meets the conditions for an exemption.</p>",
        "must first check",
        "requirement",
    ),
    (
        "fr",
        "<h2>Occuper un travailleur étranger</h2><p>L'employeur doit vérifier que le "
        "travailleur ne relève pas d'une dispense.</p>",
        "doit vérifier",
        "requirement",
    ),
    (
        "nl",
        "<h2>Buitenlandse werknemers</h2><p>De werkgever moet eerst nagaan of de werknemer "
        "vrijgesteld is.</p>",
        "moet eerst nagaan",
        "requirement",
    ),
    (
        "de",
        "<h2>Ausländische Arbeitnehmer</h2><p>Der Arbeitgeber muss zuerst prüfen, ob der "
        "Arbeitnehmer von der Erlaubnis befreit ist.</p>",
        "muss zuerst prüfen",
        "requirement",
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Étape 1 – Vérifiez si votre travailleur a besoin d'un "
        "permis.</p>",
        "Vérifiez si",
        "step",
    ),
    (
        "en",
        "<h2>Seasonal work</h2><p>Check first whether your country is on the list.</p>",
        "Check first",
        NO_ROW,
    ),
    (
        "en",
        "<h2>When to request a work permit</h2><p>A work permit is needed for every job "
        "longer than three months.</p>",
        "every job longer",
        "requirement",
    ),
    (
        "nl",
        "<h2>Wanneer een arbeidskaart aanvragen?</h2><p>Een arbeidskaart is nodig voor elke "
        "betrekking van meer dan drie maanden.</p>",
        "elke betrekking",
        "requirement",
    ),
    (
        "fr",
        "<h2>Quand demander un permis de travail ?</h2><p>Un permis de travail est nécessaire "
        "pour tout emploi de plus de trois mois.</p>",
        "tout emploi",
        "requirement",
    ),
    (
        "de",
        "<h2>Wann muss eine Arbeitserlaubnis beantragt werden?</h2><p>Eine Arbeitserlaubnis "
        "ist für jede Beschäftigung von mehr als drei Monaten erforderlich.</p>",
        "jede Beschäftigung",
        "requirement",
    ),
    (
        "en",
        "<h2>When to apply for a work permit</h2><p>A work permit is required for every "
        "assignment in Belgium.</p>",
        "every assignment",
        "requirement",
    ),
    (
        "en",
        "<h2>When to apply for a work permit</h2><p>The application must be filed before the "
        "worker arrives.</p>",
        "must be filed",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("check_before_anything", CHECK_BEFORE_ANYTHING))
def test_a_check_to_make_first_is_a_requirement_outside_a_procedure(html, needle, kind):
    check(html, needle, kind)


# --- Settled in the label audit: what stays its own kind under a stage heading ------------

# Under a heading naming a stage of the procedure or handing over the result ("Issuing",
# "Afgifte", "Délivrance", "Ausstellung"), the stages told are steps; an exclusive permission
# stays a requirement, a lifted obligation an exemption, a list of papers documents (GUIDE,
# label audit).
UNDER_A_STAGE_HEADING = [
    (
        "en",
        "<h2>Issuing of professional cards</h2><p>The province sends the card to the "
        "municipality where the applicant lives.</p>",
        "sends the card",
        "step",
    ),
    (
        "nl",
        "<h2>Afgifte</h2><p>De gemeente overhandigt de kaart aan de aanvrager na betaling.</p>",
        "overhandigt de kaart",
        "step",
    ),
    (
        "fr",
        "<h2>Demande</h2><p>Seuls les guichets d'entreprises agréés peuvent introduire la "
        "demande.</p>",
        "Seuls les guichets",
        "requirement",
    ),
    (
        "nl",
        "<h2>Aanvraag</h2><p>Alleen erkende ondernemingsloketten mogen de aanvraag "
        "versturen.</p>",
        "Alleen erkende",
        "requirement",
    ),
    (
        "en",
        "<h2>Application</h2><p>Only accredited enterprise counters may send the "
        "application.</p>",
        "Only accredited",
        "requirement",
    ),
    (
        "de",
        "<h2>Antrag</h2><p>Nur zugelassene Unternehmensschalter dürfen den Antrag "
        "einreichen.</p>",
        "Nur zugelassene",
        "requirement",
    ),
    (
        "en",
        "<h2>Renewal</h2><p>In that case you do not have to file a renewal application.</p>",
        "do not have to file",
        "exemption",
    ),
    (
        "de",
        "<h2>Verlängerung</h2><p>Folgende Unterlagen:</p><ul><li>Eine Kopie des Reisepasses."
        "</li><li>Ein aktuelles Passfoto.</li></ul>",
        "Kopie des Reisepasses",
        "document",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("under_stage", UNDER_A_STAGE_HEADING))
def test_under_a_stage_heading_a_permission_lifting_or_paper_keeps_its_kind(html, needle, kind):
    check(html, needle, kind)


# Under a lead-in that names which formalities are handled where ("Only the following can be
# done at the counter:", "These requests are sent by e-mail:"), each item is a step (GUIDE,
# devset-ak).
FORMALITIES_HANDLED_WHERE = [
    (
        "en",
        "<h2>Population office</h2><p>Only the following can be done at the counter:</p>"
        "<ul><li>first registration of a foreign resident;</li><li>renewal of a residence "
        "card.</li></ul>",
        "first registration",
        "step",
    ),
    (
        "nl",
        "<h2>Dienst bevolking</h2><p>Enkel het volgende kan aan het loket:</p><ul><li>eerste "
        "inschrijving van een buitenlandse inwoner;</li><li>vernieuwing van een "
        "verblijfskaart.</li></ul>",
        "eerste inschrijving",
        "step",
    ),
    (
        "fr",
        "<h2>Service population</h2><p>Ces demandes sont envoyées par e-mail :</p><ul>"
        "<li>changement d'adresse ;</li><li>duplicata d'une carte de séjour.</li></ul>",
        "changement d'adresse",
        "step",
    ),
    (
        "de",
        "<h2>Bürgerbüro</h2><p>Diese Anträge werden per E-Mail gestellt:</p><ul>"
        "<li>Adressänderung;</li><li>Duplikat einer Aufenthaltskarte.</li></ul>",
        "Adressänderung",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("formalities_where", FORMALITIES_HANDLED_WHERE))
def test_formalities_a_lead_in_says_are_handled_at_a_place_are_steps(html, needle, kind):
    check(html, needle, kind)


# --- Settled in the round-15 label audit (2026-12-07) ---------------------------------------

# A heading that asks what to do is a heading about the procedure: what the reader does or
# what then happens is a step, also with "must"; a condition on the person stays a
# requirement, a paper to attach a document (GUIDE, round-15 audit).
WHAT_TO_DO_HEADING = [
    (
        "en",
        "<h2>What to do after you arrive?</h2><p>Report your address to the town hall "
        "within eight days.</p>",
        "Report your address",
        "step",
    ),
    (
        "en",
        "<h2>What should you do when your card expires?</h2><p>You must apply for a new card "
        "at the municipality.</p>",
        "apply for a new card",
        "step",
    ),
    (
        "nl",
        "<h2>Wat moet u doen bij een verhuis?</h2><p>Meld uw nieuwe adres aan de gemeente "
        "binnen acht dagen.</p>",
        "Meld uw nieuwe adres",
        "step",
    ),
    (
        "nl",
        "<h2>Wat moet je doen als je contract eindigt?</h2><p>Je moet het einde van de "
        "tewerkstelling melden aan de dienst.</p>",
        "einde van de tewerkstelling",
        "step",
    ),
    (
        "fr",
        "<h2>Que faire si la carte expire ?</h2><p>Vous devez prévenir l'administration "
        "communale avant la date d'échéance.</p>",
        "prévenir l'administration",
        "step",
    ),
    (
        "fr",
        "<h2>Que dois-je faire en arrivant ?</h2><p>Présentez-vous à la commune avec votre "
        "passeport.</p>",
        "Présentez-vous",
        "step",
    ),
    (
        "de",
        "<h2>Was ist zu tun, wenn der Vertrag endet?</h2><p>Vor jedem Wechsel des "
        "Arbeitgebers beantragen Sie eine neue Erlaubnis.</p>",
        "beantragen Sie eine neue",
        "step",
    ),
    (
        "de",
        "<h2>Was müssen Sie tun?</h2><p>Sie müssen sich innerhalb von acht Tagen bei der "
        "Gemeinde melden.</p>",
        "bei der Gemeinde melden",
        "step",
    ),
    (
        "en",
        "<h2>What to do after you arrive?</h2><p>You must hold a valid passport during the "
        "whole stay.</p>",
        "valid passport",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("what_to_do", WHAT_TO_DO_HEADING))
def test_a_heading_that_asks_what_to_do_heads_steps(html, needle, kind):
    check(html, needle, kind)


# An h3 or h4 naming no kind of its own (a case, a place, a group) under a heading about the
# procedure takes that heading's kind; an h3 naming a kind gives its own (GUIDE, round-15).
CASE_SUBHEADING_UNDER_PROCEDURE = [
    (
        "en",
        "<h1>Single permit</h1>"
        "<h2>How to apply</h2><h3>You already live in Belgium</h3><p>The employer sends the "
        "file to the regional service.</p>",
        "sends the file",
        "step",
    ),
    (
        "nl",
        "<h1>Single permit</h1>"
        "<h2>Procedure</h2><h3>U verblijft in het buitenland</h3><p>U dient de aanvraag in "
        "bij de ambassade.</p>",
        "dient de aanvraag in",
        "step",
    ),
    (
        "fr",
        "<h1>Single permit</h1>"
        "<h2>Comment introduire la demande ?</h2><h3>Séjour de moins de trois mois</h3><p>La "
        "demande est introduite par l'employeur auprès de la Région.</p>",
        "introduite par l'employeur",
        "step",
    ),
    (
        "de",
        "<h1>Single permit</h1>"
        "<h2>Antragsverfahren</h2><h3>Sie wohnen im Ausland</h3><p>Sie reichen den Antrag "
        "bei der Botschaft ein.</p>",
        "reichen den Antrag",
        "step",
    ),
    (
        "en",
        "<h1>Single permit</h1>"
        "<h2>How to apply</h2><h4>Students</h4><p>The school sends the enrolment "
        "certificate to the office.</p>",
        "enrolment certificate to the office",
        "step",
    ),
    (
        "nl",
        "<h1>Single permit</h1>"
        "<h2>Procedure</h2><h3>Voorwaarden</h3><ul><li>U bent ouder dan 18 jaar.</li>"
        "<li>U heeft een geldig paspoort.</li></ul>",
        "ouder dan 18",
        "requirement",
    ),
    (
        "en",
        "<h1>Single permit</h1><h2>How to apply</h2><h3>Seasonal workers</h3><ul><li>The "
        "employer sends the application to the region.</li><li>The region decides within "
        "four months.</li></ul>",
        "region decides",
        "step",
    ),
    (
        "fr",
        "<h1>Permis unique</h1><h2>Procédure</h2><h3>Travailleurs saisonniers</h3><p>Vous "
        "devez envoyer le dossier complet à la Région.</p>",
        "envoyer le dossier",
        "step",
    ),
    (
        "de",
        "<h1>Kombinierte Erlaubnis</h1><h2>Antragsverfahren</h2><h3>Saisonarbeitnehmer</h3>"
        "<ul><li>Der Arbeitgeber reicht den Antrag bei der Region ein.</li></ul>",
        "reicht den Antrag",
        "step",
    ),
    (
        "nl",
        "<h1>Gecombineerde vergunning</h1><h2>Procedure</h2><h3>Seizoenarbeiders</h3><p>U "
        "moet het volledige dossier naar het Gewest sturen.</p>",
        "volledige dossier",
        "step",
    ),
]


# an h4 under an h3 that names no kind either: the nearest heading naming one decides
CASE_SUBHEADING_UNDER_PROCEDURE += [
    (
        "en",
        "<h1>Family reunification</h1><h2>How to apply</h2><h3>Family members</h3><h4>Living "
        "abroad</h4><p>The family member files the visa application at the embassy.</p>",
        "files the visa application",
        "step",
    ),
    (
        "nl",
        "<h1>Gezinshereniging</h1><h2>Procedure</h2><h3>Gezinsleden</h3><h4>In het "
        "buitenland</h4><ul><li>Het gezinslid dient de visumaanvraag in bij de ambassade.</li>"
        "</ul>",
        "dient de visumaanvraag in",
        "step",
    ),
    (
        "fr",
        "<h1>Regroupement familial</h1><h2>Procédure</h2><h3>Membres de la famille</h3><h4>À "
        "l'étranger</h4><p>Vous devez envoyer le dossier à l'ambassade.</p>",
        "envoyer le dossier",
        "step",
    ),
    (
        "de",
        "<h1>Familienzusammenführung</h1><h2>Antragsverfahren</h2><h3>Familienangehörige</h3>"
        "<h4>Im Ausland</h4><p>Das Familienmitglied reicht den Visumantrag bei der Botschaft "
        "ein.</p>",
        "reicht den Visumantrag",
        "step",
    ),
]


@pytest.mark.parametrize(
    "html,needle,kind", cases("case_under_procedure", CASE_SUBHEADING_UNDER_PROCEDURE)
)
def test_a_subheading_naming_no_kind_takes_the_procedure_headings_kind(html, needle, kind):
    check(html, needle, kind)


# A heading about loss or theft names the formality of reporting and replacing the card: its
# acts are steps, a photo to bring a document, an exclusive permission a requirement (GUIDE,
# round-15 audit).
LOSS_OR_THEFT_HEADING = [
    (
        "en",
        "<h2>Lost or stolen card</h2><p>Report it to the police first.</p>",
        "Report it to the police",
        "step",
    ),
    (
        "en",
        "<h2>If your card is lost or stolen</h2><p>You receive a temporary certificate from "
        "the municipality.</p>",
        "temporary certificate",
        "step",
    ),
    (
        "nl",
        "<h2>Bij verlies of diefstal</h2><p>Een nieuwe kaart vraag je persoonlijk aan bij de "
        "dienst bevolking.</p>",
        "nieuwe kaart vraag je",
        "step",
    ),
    (
        "nl",
        "<h2>Verlies of diefstal van uw kaart</h2><p>Je kunt de aangifte alleen bij de "
        "politie doen.</p>",
        "aangifte alleen",
        "requirement",
    ),
    (
        "fr",
        "<h2>En cas de perte ou de vol</h2><p>Vous recevez un duplicata après quelques "
        "semaines.</p>",
        "duplicata",
        "step",
    ),
    (
        "fr",
        "<h2>Perte ou vol du titre de séjour</h2><p>Déclarez la perte au commissariat de "
        "police.</p>",
        "Déclarez la perte",
        "step",
    ),
    (
        "de",
        "<h2>Bei Verlust oder Diebstahl</h2><p>Melden Sie sich bei der Polizei.</p>",
        "Melden Sie sich",
        "step",
    ),
    (
        "de",
        "<h2>Verlust der Karte</h2><p>Bringen Sie ein aktuelles Passfoto mit.</p>",
        "Passfoto",
        "document",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("loss_or_theft", LOSS_OR_THEFT_HEADING))
def test_a_heading_about_loss_or_theft_heads_steps(html, needle, kind):
    check(html, needle, kind)


# A heading that asks who files the application is a heading about who may apply: its
# sentences naming who files are requirements, a later stage told there stays a step (GUIDE,
# round-15 audit). Dutch "Wie" before a verb of the third person asks who.
WHO_FILES_HEADING = [
    (
        "en",
        "<h1>Single permit</h1><h2>Who files the application?</h2><p>The employer files it, or "
        "a person it has mandated.</p>",
        "employer files it",
        "requirement",
    ),
    (
        "nl",
        "<h1>Gecombineerde vergunning</h1><h2>Wie dient de aanvraag in?</h2><p>De werkgever "
        "dient de aanvraag in.</p>",
        "werkgever dient",
        "requirement",
    ),
    (
        "fr",
        "<h1>Permis unique</h1><h2>Qui introduit la demande ?</h2><p>La demande part de "
        "l'employeur.</p>",
        "part de l'employeur",
        "requirement",
    ),
    (
        "de",
        "<h1>Kombinierte Erlaubnis</h1><h2>Wer stellt den Antrag?</h2><p>Den Antrag stellt der "
        "Arbeitgeber.</p>",
        "stellt der Arbeitgeber",
        "requirement",
    ),
    (
        "en",
        "<h1>Single permit</h1><h2>Who files the application?</h2><p>The employer files it.</p>"
        "<p>The region then examines the file.</p>",
        "region then examines",
        "step",
    ),
    (
        "nl",
        "<h1>Gecombineerde vergunning</h1><h2>Wie dient de aanvraag in?</h2><p>De werkgever "
        "dient de aanvraag in.</p><p>Het gewest onderzoekt daarna het dossier.</p>",
        "onderzoekt daarna",
        "step",
    ),
    (
        "fr",
        "<h1>Permis unique</h1><h2>Qui introduit la demande ?</h2><p>L'employeur introduit la "
        "demande.</p><p>La Région examine ensuite le dossier.</p>",
        "examine ensuite",
        "step",
    ),
    (
        "de",
        "<h1>Kombinierte Erlaubnis</h1><h2>Wer stellt den Antrag?</h2><p>Der Arbeitgeber stellt "
        "den Antrag.</p><p>Die Region prüft danach die Akte.</p>",
        "prüft danach",
        "step",
    ),
    # a lead-in there saying who files, and its items naming who: requirements
    (
        "en",
        "<h1>Single permit</h1><h2>Who files the application?</h2><p>The application is filed "
        "by the employer or by its agent, that is:</p><ul><li>either the employer itself;</li>"
        "<li>or a person the employer has mandated.</li></ul>",
        "either the employer itself",
        "requirement",
    ),
    (
        "nl",
        "<h1>Gecombineerde vergunning</h1><h2>Wie dient de aanvraag in?</h2><p>De aanvraag "
        "wordt ingediend door de werkgever of zijn gemachtigde, namelijk:</p><ul><li>ofwel de "
        "werkgever zelf;</li><li>ofwel een persoon die de werkgever heeft gemachtigd.</li></ul>",
        "ofwel de werkgever zelf",
        "requirement",
    ),
    (
        "fr",
        "<h1>Permis unique</h1><h2>Qui introduit la demande ?</h2><p>La demande est introduite "
        "par l'employeur ou son mandataire, c'est-à-dire :</p><ul><li>soit l'employeur lui-même "
        ";</li><li>soit une personne que l'employeur a mandatée.</li></ul>",
        "soit l'employeur lui-même",
        "requirement",
    ),
    (
        "de",
        "<h1>Kombinierte Erlaubnis</h1><h2>Wer reicht den Antrag ein?</h2><p>Der Antrag wird vom "
        "Arbeitgeber oder seinem Vertreter eingereicht, das heißt:</p><ul><li>entweder vom "
        "Arbeitgeber selbst</li><li>oder von einer bevollmächtigten Person.</li></ul>",
        "entweder vom Arbeitgeber selbst",
        "requirement",
    ),
    # German "Wie" asks how: the procedure's heading
    (
        "de",
        "<h1>Kombinierte Erlaubnis</h1><h2>Wie stelle ich den Antrag?</h2><p>Sie reichen den "
        "Antrag bei der Gemeinde ein.</p>",
        "reichen den Antrag",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("who_files", WHO_FILES_HEADING))
def test_a_heading_asking_who_files_heads_requirements_a_later_stage_stays_a_step(
    html, needle, kind
):
    check(html, needle, kind)


# --- Settled in the round-15 label audit (2026-12-07): requirement, exemption, document ------

# A heading that asks who files the application is a heading about who may apply: a sentence
# there naming who files or acts is a requirement; a later stage told there stays a step
# (GUIDE, audit15).
WHO_FILES = [
    (
        "en",
        "<h2>Who files the application?</h2><p>The employer files it, or a firm it has "
        "mandated.</p>",
        "employer files it",
        "requirement",
    ),
    (
        "nl",
        "<h2>Wie dient de aanvraag in?</h2><p>De werkgever dient de aanvraag in bij de "
        "bevoegde dienst.</p>",
        "werkgever dient",
        "requirement",
    ),
    (
        "fr",
        "<h2>Qui introduit la demande ?</h2><p>La demande part de l'employeur ou de son "
        "mandataire.</p>",
        "part de l'employeur",
        "requirement",
    ),
    (
        "de",
        "<h2>Wer stellt den Antrag?</h2><p>Den Antrag stellt der Arbeitgeber oder ein von ihm "
        "Beauftragter.</p>",
        "stellt der Arbeitgeber",
        "requirement",
    ),
    (
        "en",
        "<h3>Who submits the request?</h3><p>Only the worker himself may submit it.</p>",
        "worker himself",
        "requirement",
    ),
    (
        "nl",
        "<h3>Wie vraagt de kaart aan?</h3><p>De zelfstandige vraagt de kaart zelf aan.</p>",
        "zelfstandige vraagt",
        "requirement",
    ),
    (
        "fr",
        "<h3>Qui doit introduire la demande ?</h3><p>C'est l'employeur qui introduit la "
        "demande.</p>",
        "employeur qui introduit",
        "requirement",
    ),
    (
        "de",
        "<h3>Wer reicht den Antrag ein?</h3><p>Der Arbeitgeber reicht den Antrag ein.</p>",
        "Arbeitgeber reicht",
        "requirement",
    ),
    (
        "en",
        "<h2>Who files the application?</h2><p>The employer files it. The Region then "
        "examines the application.</p>",
        "Region then examines",
        "step",
    ),
    (
        "nl",
        "<h2>Wie dient de aanvraag in?</h2><p>De werkgever dient de aanvraag in. Daarna "
        "onderzoekt de dienst het dossier.</p>",
        "onderzoekt de dienst",
        "step",
    ),
    (
        "fr",
        "<h2>Qui introduit la demande ?</h2><p>L'employeur introduit la demande. La Région "
        "examine ensuite le dossier.</p>",
        "examine ensuite",
        "step",
    ),
    (
        "de",
        "<h2>Wer stellt den Antrag?</h2><p>Den Antrag stellt der Arbeitgeber. Die Behörde "
        "prüft dann die Akte.</p>",
        "prüft dann",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("who_files_b", WHO_FILES))
def test_a_heading_asking_who_files_heads_requirements(html, needle, kind):
    check(html, needle, kind)


# A list item ending with ":" before a nested list is a row of its heading's kind when its
# own words name a condition, a paper, a group or a stage; a bare caption or a case opener
# that only announces its nested list is a lead-in, no row (GUIDE, audit15).
NESTED_LIST_OPENER = [
    (
        "en",
        "<h2>Who is exempt?</h2><ul><li>Lighting technicians in these concert halls:<ul>"
        "<li>the Royal Hall;</li><li>the Arena.</li></ul></li></ul>",
        "Lighting technicians",
        "exemption",
    ),
    (
        "nl",
        "<h2>Documenten</h2><ul><li>een bewijs van het huwelijk voor de partner:<ul>"
        "<li>een huwelijksakte;</li><li>een uittreksel.</li></ul></li></ul>",
        "bewijs van het huwelijk",
        "document",
    ),
    (
        "fr",
        "<h2>Conditions</h2><ul><li>les enfants des chercheurs suivants :<ul>"
        "<li>doctorants ;</li><li>professeurs invités.</li></ul></li></ul>",
        "enfants des chercheurs",
        "requirement",
    ),
    (
        "de",
        "<h2>Voraussetzungen</h2><ul><li>Lehrkräfte an diesen Schulen:<ul>"
        "<li>Musikschulen;</li><li>Kunstakademien.</li></ul></li></ul>",
        "Lehrkräfte an diesen",
        "requirement",
    ),
    (
        "en",
        "<h2>Documents</h2><ul><li>Other papers:<ul><li>a copy of the passport;</li>"
        "<li>a photo.</li></ul></li></ul>",
        "Other papers",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>Documenten</h2><ul><li>Algemene stukken:<ul><li>een kopie van het paspoort;</li>"
        "<li>een pasfoto.</li></ul></li></ul>",
        "Algemene stukken",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>Documents</h2><ul><li>Si le travailleur réside à l'étranger :<ul>"
        "<li>une copie du passeport ;</li><li>un certificat médical.</li></ul></li></ul>",
        "réside à l'étranger",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Unterlagen</h2><ul><li>Der Arbeitgeber legt bei:<ul>"
        "<li>eine Kopie des Reisepasses;</li><li>ein Lichtbild.</li></ul></li></ul>",
        "legt bei",
        NO_ROW,
    ),
    (
        "en",
        "<h2>Documents</h2><ul><li>Other papers:<ul><li>a copy of the passport;</li>"
        "<li>a photo.</li></ul></li></ul>",
        "copy of the passport",
        "document",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("nested_opener", NESTED_LIST_OPENER))
def test_a_list_item_opening_a_nested_list_is_a_row_unless_a_caption(html, needle, kind):
    check(html, needle, kind)


# A sentence of its own on what counts towards the 90 days, in brackets or not, and a "does
# not count" sentence are requirements; the redirect after it in the same brackets is no row
# (GUIDE, audit15 (b)).
COUNTS_TOWARDS_ROUND15 = [
    (
        "en",
        "<h2>Short stays</h2><p>Where stays follow one another, the earlier ones are added "
        "up.</p>",
        "added up",
        "requirement",
    ),
    (
        "nl",
        "<h2>Kort verblijf</h2><p>U mag 90 dagen blijven. (Vroegere opdrachten worden "
        "samengeteld.)</p>",
        "samengeteld",
        "requirement",
    ),
    (
        "fr",
        "<h2>Séjour court</h2><p>Les séjours antérieurs comptent aussi.</p>",
        "comptent aussi",
        "requirement",
    ),
    (
        "de",
        "<h2>Kurzaufenthalt</h2><p>Frühere Aufenthalte werden mitgezählt.</p>",
        "mitgezählt",
        "requirement",
    ),
    (
        "nl",
        "<h2>Kort verblijf</h2><p>Stages tijdens de studie tellen niet mee.</p>",
        "tellen niet mee",
        "requirement",
    ),
    (
        "en",
        "<h2>Short stays</h2><p>Days spent on training do not count.</p>",
        "do not count",
        "requirement",
    ),
    (
        "fr",
        "<h2>Séjour court</h2><p>Les jours de formation ne sont pas comptés.</p>",
        "pas comptés",
        "requirement",
    ),
    (
        "de",
        "<h2>Kurzaufenthalt</h2><p>Schulungstage werden nicht mitgerechnet.</p>",
        "nicht mitgerechnet",
        "requirement",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("counts_r15", COUNTS_TOWARDS_ROUND15))
def test_what_counts_towards_the_limit_in_its_own_sentence_is_a_requirement(
    html, needle, kind
):
    check(html, needle, kind)


# A sentence saying an obligation has exceptions lifts it for some groups: an exemption
# (GUIDE, audit15 (c)).
THERE_ARE_EXCEPTIONS = [
    (
        "en",
        "<h2>Declaring the posting</h2><p>There are exceptions to this duty.</p>",
        "exceptions to this duty",
        "exemption",
    ),
    (
        "nl",
        "<h2>Melding</h2><p>Op die verplichting bestaan uitzonderingen.</p>",
        "bestaan uitzonderingen",
        "exemption",
    ),
    (
        "fr",
        "<h2>Déclaration</h2><p>Cette obligation connaît des exceptions.</p>",
        "connaît des exceptions",
        "exemption",
    ),
    (
        "de",
        "<h2>Meldung</h2><p>Davon gibt es Ausnahmen.</p>",
        "gibt es Ausnahmen",
        "exemption",
    ),
    (
        "en",
        "<h2>Work permit</h2><p>Some exceptions apply to this rule.</p>",
        "exceptions apply",
        "exemption",
    ),
    (
        "nl",
        "<h2>Arbeidskaart</h2><p>Er zijn uitzonderingen op deze regel.</p>",
        "uitzonderingen op deze",
        "exemption",
    ),
    (
        "fr",
        "<h2>Permis de travail</h2><p>Il existe des exceptions à cette règle.</p>",
        "existe des exceptions",
        "exemption",
    ),
    (
        "de",
        "<h2>Arbeitserlaubnis</h2><p>Für diese Pflicht gelten Ausnahmen.</p>",
        "gelten Ausnahmen",
        "exemption",
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("exceptions_exist", THERE_ARE_EXCEPTIONS))
def test_there_are_exceptions_is_an_exemption(html, needle, kind):
    check(html, needle, kind)


# The items of "the new procedure does not hold for:" under no procedure heading name which
# route a case follows: no row (GUIDE, audit15 (a)).
ROUTES_NOT_COVERED = [
    (
        "en",
        "<h2>The reform</h2><p>The new procedure does not cover:</p><ul>"
        "<li>trainees;</li><li>posted workers.</li></ul>",
        "trainees",
        NO_ROW,
    ),
    (
        "nl",
        "<h2>De hervorming</h2><p>De nieuwe procedure is niet van toepassing op:</p><ul>"
        "<li>stagiairs;</li><li>gedetacheerde werknemers.</li></ul>",
        "stagiairs",
        NO_ROW,
    ),
    (
        "fr",
        "<h2>La réforme</h2><p>La nouvelle procédure ne vaut pas pour :</p><ul>"
        "<li>les stagiaires ;</li><li>les travailleurs détachés.</li></ul>",
        "stagiaires",
        NO_ROW,
    ),
    (
        "de",
        "<h2>Die Reform</h2><p>Das neue Verfahren betrifft nicht:</p><ul>"
        "<li>Praktikanten;</li><li>entsandte Arbeitnehmer.</li></ul>",
        "Praktikanten",
        NO_ROW,
    ),
]


@pytest.mark.parametrize("html,needle,kind", cases("routes_not_covered", ROUTES_NOT_COVERED))
def test_routes_a_new_procedure_does_not_cover_are_no_row(html, needle, kind):
    check(html, needle, kind)
