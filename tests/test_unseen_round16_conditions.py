"""Round 16 (issue 12, tune16b): condition families written as classes from the GUIDE.

Each family is stated in the four languages, in our own sentences (never a page's), and the
test reads what a volunteer would be shown: the row, its kind, or that no row is read.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from tests.conditions_read import kind_of, rows

# --- a heading asking who files heads who may file (requirement); a later stage is a step ---

WHO_FILES = [
    ("<h3>Who lodges the request?</h3><p>The host institution lodges it for the researcher.</p>",
     "host institution lodges", "requirement"),
    ("<h3>Wie dient het dossier in?</h3><p>De onderneming dient het dossier in voor haar "
     "werknemer.</p>", "onderneming dient", "requirement"),
    ("<h3>Qui dépose la demande ?</h3><p>La demande est déposée par l'employeur ou par un "
     "mandataire.</p>", "déposée par l'employeur", "requirement"),
    ("<h3>Wer reicht den Antrag ein?</h3><p>Den Antrag reicht die Gasteinrichtung für den "
     "Forscher ein.</p>", "Gasteinrichtung", "requirement"),
    ("<h3>Who lodges the request?</h3><p>The employer lodges it. The ministry then checks "
     "the request.</p>", "ministry then checks", "step"),
    ("<h3>Wie dient het dossier in?</h3><p>De werkgever dient het in. Vervolgens beslist de "
     "dienst over het dossier.</p>", "beslist de dienst", "step"),
]


@pytest.mark.parametrize("html,needle,kind", WHO_FILES)
def test_who_files_heading(html, needle, kind):
    assert kind_of(html, needle) == kind


def test_a_how_question_in_german_is_not_a_who_question():
    # German "Wie" asks how: the stages under it stay steps
    html = (
        "<h3>Wie beantragen Sie die Karte?</h3><p>Sie reichen den Antrag bei der Gemeinde "
        "ein.</p>"
    )
    assert kind_of(html, "Gemeinde") == "step"


# --- a list item ending with ":" before a nested list: a row when it names a group, paper,
#     condition or stage; a bare caption, a case opener or a handing-in lead-in is no row ---

def _nested(heading: str, opener: str, items: tuple[str, ...]) -> str:
    inner = "".join(f"<li>{t}</li>" for t in items)
    return f"<h2>{heading}</h2><ul><li>{opener}<ul>{inner}</ul></li></ul>"


NESTED_ROWS = [
    ("Exemptions", "Sound engineers at these festivals:", ("Rock Werchter;", "Pukkelpop."),
     "exemption"),
    ("Voorwaarden", "de kinderen van de volgende werknemers:", ("onderzoekers;", "docenten."),
     "requirement"),
    ("Documents à joindre", "une preuve du lien de parenté pour l'enfant :",
     ("un acte de naissance ;", "un jugement d'adoption."), "document"),
    ("Befreiungen", "Dolmetscher bei diesen Konferenzen:", ("Gipfeltreffen;", "Messen."),
     "exemption"),
]


@pytest.mark.parametrize("heading,opener,items,kind", NESTED_ROWS)
def test_an_opener_naming_a_group_or_paper_is_a_row(heading, opener, items, kind):
    assert kind_of(_nested(heading, opener, items), opener.rstrip(" :")) == kind


NESTED_CAPTIONS = [
    ("Required documents", "General papers:", ("a passport copy;", "two photos.")),
    ("Vereiste documenten", "Als de werknemer in het buitenland woont:",
     ("een kopie van het paspoort;", "een medisch attest.")),
    ("Pièces à fournir", "Le travailleur joint :", ("une copie du passeport ;", "une photo.")),
    ("Unterlagen", "Ist der Arbeitnehmer schon in Belgien:",
     ("eine Kopie der Aufenthaltskarte;", "ein Lichtbild.")),
]


@pytest.mark.parametrize("heading,opener,items", NESTED_CAPTIONS)
def test_a_caption_or_case_opener_over_a_nested_list_is_no_row(heading, opener, items):
    html = _nested(heading, opener, items)
    assert kind_of(html, opener.rstrip(" :")) is None
    assert kind_of(html, items[0].rstrip(" ;")) == "document"  # its items stay papers


def test_an_item_that_states_before_its_lead_in_stays_a_row():
    html = _nested("Procedure", "Come in person, as your fingerprints are taken. Bring along:",
                   ("your passport;", "a photo."))
    assert kind_of(html, "fingerprints") is not None


# --- a sentence of its own on what counts towards a limit is a requirement; inside a
#     lead-in's brackets it stays part of the lead-in ---

COUNTS = [
    ("<h2>Short stays</h2><p>Previous assignments for the same client also count.</p>",
     "also count"),
    ("<h2>Kort verblijf</h2><p>U mag 90 dagen werken. (Voorgaande tewerkstellingen worden "
     "samengeteld.)</p>", "samengeteld"),
    ("<h2>Séjour court</h2><p>Les missions précédentes ne comptent pas.</p>", "ne comptent pas"),
    ("<h2>Kurzaufenthalt</h2><p>Vorherige Einsätze werden zusammengerechnet.</p>",
     "zusammengerechnet"),
    ("<h2>Séjour court</h2><p>Les jours de congé sont également comptés.</p>",
     "également comptés"),
]


@pytest.mark.parametrize("html,needle", COUNTS)
def test_what_counts_towards_a_limit_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


def test_counting_in_brackets_inside_a_lead_in_is_no_row():
    html = (
        "<h2>Long stays</h2><p>When the work lasts over 90 days (earlier assignments count "
        "towards it), send the documents below.</p><h2>Contact</h2>"
    )
    assert kind_of(html, "earlier assignments") is None


# --- "this obligation has exceptions" lifts it for some groups: an exemption ---

EXCEPTIONS = [
    ("<h2>Notification</h2><p>This duty knows a few exceptions.</p>", "few exceptions"),
    ("<h2>Melding</h2><p>Deze plicht kent enkele uitzonderingen.</p>", "kent enkele"),
    ("<h2>Déclaration</h2><p>Cette règle comporte plusieurs exceptions.</p>", "comporte"),
    ("<h2>Meldung</h2><p>Die Meldepflicht kennt einige Ausnahmen.</p>", "kennt einige"),
]


@pytest.mark.parametrize("html,needle", EXCEPTIONS)
def test_an_obligation_having_exceptions_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


# --- the routes a procedure does not cover, under no procedure heading: no row ---

ROUTES = [
    ("<h2>Scope</h2><p>The new scheme does not concern:</p><ul><li>seasonal workers;</li>"
     "<li>au pairs.</li></ul>", "seasonal workers"),
    ("<h2>Toepassingsgebied</h2><p>De nieuwe procedure heeft geen betrekking op:</p><ul>"
     "<li>seizoenarbeiders;</li><li>au pairs.</li></ul>", "seizoenarbeiders"),
    ("<h2>Champ d'application</h2><p>La procédure ne concerne pas :</p><ul>"
     "<li>les saisonniers ;</li><li>les jeunes au pair.</li></ul>", "saisonniers"),
    ("<h2>Anwendungsbereich</h2><p>Das Verfahren umfasst nicht:</p><ul>"
     "<li>Saisonarbeiter;</li><li>Au-pair-Kräfte.</li></ul>", "Saisonarbeiter"),
]


@pytest.mark.parametrize("html,needle", ROUTES)
def test_routes_a_procedure_does_not_cover_are_no_row(html, needle):
    assert kind_of(html, needle) is None


# --- half A's misses as classes: the obligation's vocabulary completed in four languages ---

OBLIGATION_FORMS = [
    ("<h2>Researchers</h2><p>A hosting agreement is essential for every visiting scholar.</p>",
     "is essential"),
    ("<h2>Onderzoekers</h2><p>Een gastovereenkomst is onmisbaar voor elke gastonderzoeker.</p>",
     "onmisbaar"),
    ("<h2>Integration</h2><p>Newcomers have the obligation to attend the civic course.</p>",
     "have the obligation"),
    ("<h2>Inburgering</h2><p>De nieuwkomer heeft de plicht om de cursus te volgen.</p>",
     "heeft de plicht"),
    ("<h2>Intégration</h2><p>Le nouvel arrivant a l'obligation de suivre le cours.</p>",
     "a l'obligation"),
    ("<h2>Integration</h2><p>Neuankömmlinge haben die Pflicht, den Kurs zu besuchen.</p>",
     "haben die Pflicht"),
    ("<h2>Werkvergunning</h2><p>Het is de onderneming die verantwoordelijk is voor het "
     "dossier.</p>", "verantwoordelijk is"),
    ("<h2>Permis</h2><p>C'est vous, l'employeur, qui êtes responsable du dossier.</p>",
     "êtes responsable"),
    ("<h2>Erlaubnis</h2><p>Es ist das Unternehmen, das für die Akte verantwortlich ist.</p>",
     "verantwortlich ist"),
]


@pytest.mark.parametrize("html,needle", OBLIGATION_FORMS)
def test_completed_obligation_forms_are_requirements(html, needle):
    assert kind_of(html, needle) == "requirement"


def test_advice_that_something_is_essential_to_know_stays_no_row_in_french():
    html = "<h2>Budget</h2><p>Il est essentiel de bien préparer son budget.</p>"
    assert kind_of(html, "essentiel") is None


LIMIT_LIFTED = [
    ("<h2>Students</h2><p>You may work at most 20 hours a week. In summer this cap does not "
     "apply.</p>", "cap does not apply"),
    ("<h2>Studenten</h2><p>Je mag hoogstens 20 uur per week werken. In de zomer geldt die "
     "grens niet.</p>", "grens niet"),
    ("<h2>Étudiants</h2><p>Vous pouvez travailler 20 heures par semaine au plus. En été, cette "
     "limite ne s'applique pas.</p>", "limite ne s'applique"),
    ("<h2>Studierende</h2><p>Sie dürfen höchstens 20 Stunden pro Woche arbeiten. Im Sommer "
     "gilt diese Grenze nicht.</p>", "Grenze nicht"),
]


@pytest.mark.parametrize("html,needle", LIMIT_LIFTED)
def test_a_limit_said_not_to_apply_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


# --- a permission bound to a condition, and a validity that holds only so long ---

BOUND_PERMISSIONS = [
    ("<h2>Trainees</h2><p>Trainees may stay on after the course, provided that they find an "
     "employer.</p>", "provided that"),
    ("<h2>Stagiairs</h2><p>Stagiairs mogen na de opleiding blijven, mits ze een werkgever "
     "vinden.</p>", "mits"),
    ("<h2>Stagiaires</h2><p>Les stagiaires peuvent rester après la formation, pour autant "
     "qu'ils trouvent un employeur.</p>", "pour autant"),
    ("<h2>Praktikanten</h2><p>Praktikanten dürfen nach dem Kurs bleiben, vorausgesetzt sie "
     "finden einen Arbeitgeber.</p>", "vorausgesetzt"),
    ("<h2>Card</h2><p>The card is valid for two years only.</p>", "two years only"),
    ("<h2>Kaart</h2><p>De kaart is geldig voor slechts twee jaar.</p>", "slechts twee"),
    ("<h2>Carte</h2><p>La carte est valable pour un seul séjour.</p>", "un seul séjour"),
    ("<h2>Karte</h2><p>Die Karte ist nur zwei Jahre gültig.</p>", "nur zwei Jahre"),
]


@pytest.mark.parametrize("html,needle", BOUND_PERMISSIONS)
def test_a_bound_permission_or_validity_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


# --- a limit noun as the subject of a negated "apply" lifts the limit ---

LIMIT_NOUN_LIFTED = [
    ("<h2>Students</h2><p>During exams the cap of 20 hours does not apply.</p>", "cap of 20"),
    ("<h2>Studenten</h2><p>In de zomer geldt de grens van 20 uur niet.</p>", "grens van 20"),
    ("<h2>Étudiants</h2><p>En été, le plafond de 20 heures ne s'applique pas.</p>", "plafond"),
    ("<h2>Studierende</h2><p>Im Sommer gilt die Grenze von 20 Stunden nicht.</p>", "Grenze"),
]


@pytest.mark.parametrize("html,needle", LIMIT_NOUN_LIFTED)
def test_a_limit_noun_not_applying_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


# --- "subject to the obligation", and "only … may" with slechts / uniquement ---

SUBJECT_TO = [
    ("<h2>Trainees</h2><p>Every trainee is subject to the obligation to register.</p>",
     "subject to the obligation"),
    ("<h2>Stagiairs</h2><p>Elke stagiair is onderworpen aan de verplichting zich te melden.</p>",
     "onderworpen aan de verplichting"),
    ("<h2>Stagiaires</h2><p>Tout·e stagiaire est soumis·e à l'obligation de s'inscrire.</p>",
     "soumis·e"),
    ("<h2>Praktikanten</h2><p>Jeder Praktikant unterliegt der Pflicht, sich anzumelden.</p>",
     "unterliegt der Pflicht"),
    ("<h2>Werkgevers</h2><p>Een werkgever mag slechts een stagiair aannemen als de school "
     "akkoord gaat.</p>", "slechts een stagiair"),
    ("<h2>Employeurs</h2><p>Un employeur peut uniquement engager un stagiaire si l'école "
     "est d'accord.</p>", "uniquement engager"),
]


@pytest.mark.parametrize("html,needle", SUBJECT_TO)
def test_subject_to_an_obligation_and_only_may_are_requirements(html, needle):
    assert kind_of(html, needle) == "requirement"


# --- what the authority will not accept or do binds no reader: no row (GUIDE devset-r) ---

REFUSALS = [
    "<h2>Notes</h2><p>Otherwise the request will not be processed.</p>",
    "<h2>Remarques</h2><p>À défaut, le dossier ne sera pas examiné.</p>",
    "<h2>Opmerkingen</h2><p>Anders wordt de aanvraag niet in behandeling genomen.</p>",
    "<h2>Hinweise</h2><p>Sonst wird der Antrag nicht bearbeitet.</p>",
    "<h2>Vrijstellingen</h2><p>De dienst wijst elke aanvraag af als de werknemer niet tot de "
    "groepen behoort die zijn vrijgesteld.</p>",
]


@pytest.mark.parametrize("html", REFUSALS)
def test_what_the_authority_refuses_is_no_row(html):
    assert rows(html) == []


def test_an_obligation_with_a_refusal_after_it_stays_a_requirement():
    html = "<h2>Notes</h2><p>You must sign the form, otherwise it will not be accepted.</p>"
    assert kind_of(html, "must sign") == "requirement"


# --- a list of papers written as lettered paragraphs after a lead-in naming proof ---

LETTERED = [
    ("<h2>Means</h2><p>The sponsor shows his income by means of:</p><p>a) a pay slip of "
     "the last month.</p><p>b) an attestation of the employer.</p>", "a pay slip"),
    ("<h2>Middelen</h2><p>De borg bewijst zijn inkomen met:</p><p>a) een loonfiche van de "
     "laatste maand.</p><p>b) een attest van de werkgever.</p>", "een attest"),
    ("<h2>Moyens</h2><p>Le garant prouve ses revenus au moyen de :</p><p>a) une fiche de "
     "paie du dernier mois.</p><p>b) une attestation de l'employeur.</p>", "une attestation"),
    ("<h2>Mittel</h2><p>Der Bürge weist sein Einkommen nach durch:</p><p>a) einen Lohnzettel "
     "des letzten Monats.</p><p>b) eine Bescheinigung des Arbeitgebers.</p>",
     "eine Bescheinigung"),
]


@pytest.mark.parametrize("html,needle", LETTERED)
def test_lettered_papers_after_a_proof_lead_in_are_documents(html, needle):
    assert kind_of(html, needle) == "document"


def test_lettered_paragraphs_after_a_lead_in_naming_no_proof_are_not_papers():
    html = ("<h2>Groups</h2><p>Two groups are concerned:</p><p>a) a student of a university."
            "</p><p>b) a researcher.</p>")
    assert kind_of(html, "a student") is None


# --- "contains / includes" lists papers only when a paper or the file contains them ---

SCHEME_CONTENTS = [
    ("<h2>Activities</h2><p>We run the welcome course, which includes:</p><ul>"
     "<li>a language test;</li><li>a session on rights and duties.</li></ul>", "language test"),
    ("<h2>Activiteiten</h2><p>Het onthaaltraject omvat:</p><ul><li>een taaltest;</li>"
     "<li>een sessie over rechten en plichten.</li></ul>", "taaltest"),
    ("<h2>Actions</h2><p>Le parcours d'accueil comprend :</p><ul><li>un test de langue ;</li>"
     "<li>une séance sur les droits et devoirs.</li></ul>", "test de langue"),
    ("<h2>Angebote</h2><p>Der Integrationskurs umfasst:</p><ul><li>einen Sprachtest;</li>"
     "<li>eine Sitzung über Rechte und Pflichten.</li></ul>", "Sprachtest"),
]


@pytest.mark.parametrize("html,needle", SCHEME_CONTENTS)
def test_what_a_course_includes_is_no_document(html, needle):
    assert kind_of(html, needle) != "document"


FILE_CONTENTS = [
    ("<h2>Info</h2><p>The application contains:</p><ul><li>a copy of the passport;</li>"
     "<li>a photo.</li></ul>", "copy of the passport"),
    ("<h2>Info</h2><p>Het dossier bevat:</p><ul><li>een kopie van het paspoort;</li>"
     "<li>een pasfoto.</li></ul>", "kopie van het paspoort"),
    ("<h2>Info</h2><p>La demande comprend :</p><ul><li>une copie du passeport ;</li>"
     "<li>une photo.</li></ul>", "copie du passeport"),
    ("<h2>Info</h2><p>Der Antrag enthält:</p><ul><li>eine Kopie des Reisepasses;</li>"
     "<li>ein Lichtbild.</li></ul>", "Kopie des Reisepasses"),
]


@pytest.mark.parametrize("html,needle", FILE_CONTENTS)
def test_what_the_application_contains_is_a_document(html, needle):
    assert kind_of(html, needle) == "document"


# --- from half B's misses (classes, our sentences) ---

NOT_REQUIRE = [
    ("<h2>Exemptions</h2><p>Swiss nationals do not require a work permit.</p>", "do not require"),
    ("<h2>Vrijstellingen</h2><p>Zwitserse onderdanen vereisen geen arbeidskaart.</p>",
     "vereisen geen"),
    ("<h2>Dispenses</h2><p>Certains stages ne nécessitent pas de permis de travail.</p>",
     "ne nécessitent pas"),
    ("<h2>Befreiungen</h2><p>Manche Praktika erfordern keine Arbeitserlaubnis.</p>",
     "erfordern keine"),
]


@pytest.mark.parametrize("html,needle", NOT_REQUIRE)
def test_not_requiring_a_permit_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


def _lead(lead: str, items: tuple[str, ...]) -> str:
    return f"<h2>Validity</h2><p>{lead}</p><ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"


RESTRICTION_LIFTED_LEADS = [
    ("After a refusal you may apply again after two years only. This restriction does not "
     "apply if:", ("new facts arise;", "the activity is new.")),
    ("Na een weigering kan je pas na twee jaar opnieuw aanvragen. Deze beperking geldt niet "
     "als:", ("er nieuwe feiten zijn;", "de activiteit nieuw is.")),
    ("Après un refus, vous ne pouvez introduire une nouvelle demande qu'après deux ans. Cette "
     "restriction ne s'applique pas si :", ("des faits nouveaux surviennent ;",
                                            "l'activité est nouvelle.")),
    ("Nach einer Ablehnung können Sie erst nach zwei Jahren erneut beantragen. Diese "
     "Beschränkung gilt nicht, wenn:", ("neue Tatsachen vorliegen;", "die Tätigkeit neu ist.")),
]


@pytest.mark.parametrize("lead,items", RESTRICTION_LIFTED_LEADS)
def test_items_of_a_restriction_lifted_lead_in_are_exemptions(lead, items):
    found = {c.text: c.kind for c in rows(_lead(lead, items))}
    for item in items:
        assert found.get(item) == "exemption", (item, found)


BEYOND = [
    ("<h2>Students</h2><p>In summer students may work more than 20 hours a week.</p>",
     "more than 20"),
    ("<h2>Studenten</h2><p>In de zomer mogen studenten meer dan 20 uur per week werken.</p>",
     "meer dan 20"),
    ("<h2>Étudiants</h2><p>En été, les étudiants peuvent travailler plus de 20 heures par "
     "semaine.</p>", "plus de 20"),
    ("<h2>Studierende</h2><p>Im Sommer dürfen Studierende mehr als 20 Stunden pro Woche "
     "arbeiten.</p>", "mehr als 20"),
]


@pytest.mark.parametrize("html,needle", BEYOND)
def test_a_permission_beyond_a_limit_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


def test_a_permission_beyond_a_limit_negated_or_reported_is_not_an_exemption():
    assert kind_of("<h2>Students</h2><p>Students may not work more than 20 hours a week.</p>",
                   "may not") == "requirement"
    html = ("<h2>Permis</h2><p>Le travailleur reçoit un permis qui atteste qu'il peut "
            "séjourner plus de 90 jours.</p>")
    assert kind_of(html, "atteste") != "exemption"


NO_EXEMPTION = [
    ("<h2>Seasonal work</h2><p>Seasonal workers do not get an exemption from the labour "
     "market test.</p>", "do not get"),
    ("<h2>Seizoenarbeid</h2><p>Seizoenarbeiders krijgen geen vrijstelling van het "
     "onderzoek.</p>", "krijgen geen"),
    ("<h2>Saisonniers</h2><p>Les saisonniers ne bénéficient pas de la dispense d'examen.</p>",
     "ne bénéficient pas"),
    ("<h2>Saisonarbeit</h2><p>Saisonarbeiter erhalten keine Befreiung von der Prüfung.</p>",
     "erhalten keine"),
]


@pytest.mark.parametrize("html,needle", NO_EXEMPTION)
def test_an_exemption_not_given_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


AVAILABLE_BELOW = [
    "<h2>Welcome</h2><p>The online services you need are available below:</p><ul>"
    "<li>Declarations</li><li>Your duties</li></ul>",
    "<h2>Welkom</h2><p>De onlinediensten die u nodig hebt, zijn hieronder beschikbaar:</p>"
    "<ul><li>Aangiften</li><li>Uw verplichtingen</li></ul>",
    "<h2>Bienvenue</h2><p>Les services en ligne dont vous avez besoin sont disponibles "
    "ci-dessous :</p><ul><li>Déclarations</li><li>Vos obligations</li></ul>",
    "<h2>Willkommen</h2><p>Die Online-Dienste, die Sie brauchen, sind unten verfügbar:</p>"
    "<ul><li>Meldungen</li><li>Ihre Pflichten</li></ul>",
]


@pytest.mark.parametrize("html", AVAILABLE_BELOW)
def test_services_available_below_are_a_links_list(html):
    assert rows(html) == []


NOT_REQUIRED_FOR_ALL = [
    ("<h3>Visiting fellow</h3><p>A work permit is not required, regardless of nationality.</p>",
     "regardless"),
    ("<h3>Gastonderzoeker</h3><p>Een arbeidskaart is niet vereist, ongeacht de "
     "nationaliteit.</p>", "ongeacht"),
    ("<h3>Chercheur invité</h3><p>Le permis de travail n'est pas requis, quelle que soit la "
     "nationalité.</p>", "quelle que soit"),
    ("<h3>Gastforscher</h3><p>Eine Arbeitserlaubnis ist nicht erforderlich, unabhängig von der "
     "Staatsangehörigkeit.</p>", "unabhängig"),
]


@pytest.mark.parametrize("html,needle", NOT_REQUIRED_FOR_ALL)
def test_not_required_whatever_the_nationality_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


def test_not_required_of_no_one_named_stays_no_row():
    assert rows("<h3>Notes</h3><p>An appointment is not required.</p>") == []


CONDITION_DROPPED = [
    ("<h2>Changes</h2><p>The condition of a prior job offer is abolished for researchers.</p>",
     "is abolished"),
    ("<h2>Wijzigingen</h2><p>De voorwaarde van een voorafgaand jobaanbod valt weg voor "
     "onderzoekers.</p>", "valt weg"),
    ("<h2>Changements</h2><p>La condition d'une offre d'emploi préalable est supprimée pour "
     "les chercheurs.</p>", "est supprimée"),
    ("<h2>Änderungen</h2><p>Die Voraussetzung eines vorherigen Stellenangebots entfällt für "
     "Forscher.</p>", "entfällt"),
]


@pytest.mark.parametrize("html,needle", CONDITION_DROPPED)
def test_a_condition_dropped_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


def test_the_consequence_of_a_dropped_condition_is_not_the_lifting():
    html = ("<h2>Wijzigingen</h2><p>Nu die voorwaarde wegvalt, komt iedereen in aanmerking "
            "volgens de algemene voorwaarden.</p>")
    assert kind_of(html, "Nu die voorwaarde") != "exemption"


# --- applying denied to someone is a requirement, under a procedure heading too ---

DENIED = [
    ("<h2>How to apply</h2><p>Whoever stays unlawfully cannot submit an application.</p>",
     "cannot submit"),
    ("<h2>Hoe aanvragen</h2><p>Wie onwettig verblijft, kan geen aanvraag indienen.</p>",
     "kan geen aanvraag"),
    ("<h2>Procédure</h2><p>Le travailleur en séjour illégal ne peut pas introduire de "
     "demande.</p>", "ne peut pas introduire"),
    ("<h2>Verfahren</h2><p>Wer sich illegal aufhält, kann keinen Antrag einreichen.</p>",
     "kann keinen Antrag"),
    ("<h2>Students</h2><p>Students can no longer apply for a card C.</p>", "can no longer"),
]


@pytest.mark.parametrize("html,needle", DENIED)
def test_applying_denied_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


NOT_DENIED = [
    "<h2>Info</h2><p>Vanaf 2019 kunt u deze pagina's niet meer gebruiken!</p>",
    "<h2>Info</h2><p>Documents sent later can no longer be added to a filed application.</p>",
    "<h2>Info</h2><p>Omdat elk geval anders is, kunnen we geen vaste lijst opstellen.</p>",
]


@pytest.mark.parametrize("html", NOT_DENIED)
def test_a_notice_or_what_the_office_cannot_do_is_no_requirement(html):
    assert all(c.kind != "requirement" for c in rows(html))


# --- a sentence that only says where something is found is a pointer, no row ---

FOUND_THERE = [
    "<h2>Conditions</h2><ul><li>An overview of the general conditions can be found here.</li></ul>",
    "<h2>Voorwaarden</h2><ul><li>Een overzicht van de algemene voorwaarden vind je hier.</li></ul>",
    "<h2>Conditions</h2><p>Vous trouverez un aperçu des conditions générales ici.</p>",
    "<h2>Voraussetzungen</h2><p>Eine Übersicht der Voraussetzungen finden Sie hier.</p>",
]


@pytest.mark.parametrize("html", FOUND_THERE)
def test_where_something_is_found_is_no_row(html):
    assert rows(html) == []


CONDITION_IS = [
    ("<h2>Family</h2><p>For family members the condition is that the income is stable.</p>",
     "condition is that"),
    ("<h2>Gezin</h2><p>Voor gezinsleden geldt als voorwaarde dat het inkomen stabiel is.</p>",
     "geldt als voorwaarde"),
    ("<h2>Famille</h2><p>Pour les membres de la famille, la condition est que le revenu soit "
     "stable.</p>", "la condition est que"),
    ("<h2>Familie</h2><p>Für Familienangehörige gilt als Voraussetzung, dass das Einkommen "
     "stabil ist.</p>", "gilt als Voraussetzung"),
]


@pytest.mark.parametrize("html,needle", CONDITION_IS)
def test_a_condition_stated_as_such_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


COMPETENT_TO_RECEIVE = [
    ("<h2>Consulates</h2><p>It is the consulates that are competent to receive the visa "
     "applications.</p>", "competent to receive"),
    ("<h2>Consulaten</h2><p>Het zijn de consulaten die bevoegd zijn om de visumaanvragen te "
     "behandelen.</p>", "bevoegd zijn"),
    ("<h2>Consulats</h2><p>Ce sont les consulats qui sont compétents pour recevoir les demandes de "
     "visa.</p>", "compétents pour recevoir"),
    ("<h2>Konsulate</h2><p>Die Konsulate sind dafür zuständig, die Visumanträge "
     "entgegenzunehmen.</p>", "zuständig"),
]


@pytest.mark.parametrize("html,needle", COMPETENT_TO_RECEIVE)
def test_the_authority_competent_to_receive_applications_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


# --- the page speaking of itself binds no one ---

ABOUT_THIS_PAGE = [
    "<h2>Who can work?</h2><p>This page gives an overview of the conditions you must meet.</p>",
    "<h2>Wie mag werken?</h2><p>Deze pagina geeft een overzicht van de voorwaarden waaraan u "
    "moet voldoen.</p>",
    "<h2>Qui peut travailler ?</h2><p>Cette page résume les conditions que vous devez "
    "remplir.</p>",
    "<h2>Wer darf arbeiten?</h2><p>Diese Seite gibt einen Überblick über die Bedingungen, die "
    "Sie erfüllen müssen.</p>",
]


@pytest.mark.parametrize("html", ABOUT_THIS_PAGE)
def test_the_page_telling_what_it_holds_is_no_row(html):
    assert rows(html) == []


# --- the parts of a programme a page counts (amounts: count nouns in four languages) ---
# A row of a condition holding "the 4 axes of the course" read without its count told a
# planted edit of that figure as a condition change only (half A noise); the parts of a
# programme are things a page counts, like steps and modules.

PROGRAMME_PARTS = [
    "<p>Newcomers must follow the 3 pillars of the course.</p>",
    "<p>Nieuwkomers moeten de 3 pijlers van het traject volgen.</p>",
    "<p>Le primo-arrivant doit suivre les 3 axes du parcours.</p>",
    "<p>Neuankömmlinge müssen die 3 Säulen des Kurses besuchen.</p>",
]


@pytest.mark.parametrize("html", PROGRAMME_PARTS)
def test_the_parts_of_a_programme_are_counted(html):
    from parsers.amounts import extract_amounts

    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    assert [(a.kind, a.value) for a in found] == [("count", 3.0)]


# --- an envelope to send is a paper to bring: a list of such items lists documents ---

ENVELOPES = [
    ("<h2>How to apply</h2><ul><li>A stamped envelope with your address.</li>"
     "<li>A copy of the passport.</li><li>Two photos.</li></ul>", "stamped envelope"),
    ("<h2>Hoe aanvragen</h2><ul><li>Een gefrankeerde envelop met uw adres.</li>"
     "<li>Een kopie van het paspoort.</li><li>Twee foto's.</li></ul>", "gefrankeerde envelop"),
    ("<h2>Comment demander</h2><ul><li>Une enveloppe timbrée à votre adresse.</li>"
     "<li>Une copie du passeport.</li><li>Deux photos.</li></ul>", "enveloppe timbrée"),
    ("<h2>Antrag</h2><ul><li>Ein frankierter Rückumschlag mit Ihrer Adresse.</li>"
     "<li>Eine Kopie des Reisepasses.</li><li>Zwei Fotos.</li></ul>", "Rückumschlag"),
]


@pytest.mark.parametrize("html,needle", ENVELOPES)
def test_an_envelope_in_a_list_of_papers_is_a_document(html, needle):
    assert kind_of(html, needle) == "document"
