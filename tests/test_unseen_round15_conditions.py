"""Round 15 (issue 12): requirement, exemption and document classes, in four languages.

Each family is a class of construction, written from its structure and completed from the
four languages, not from the phrasing of one page. Our own sentences, never a page's. Each
case asserts the reading a volunteer relies on: the kind of the row read, or that no row is.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions

NO_ROW = None


def kind_of(html: str, needle: str) -> str | None:
    rows = extract_conditions(extract_blocks(f"<main>{html}</main>"))
    row = next((c for c in rows if needle in c.text), None)
    return row.kind if row else None


def _params(table):
    return [pytest.param(h, n, k, id=f"{lang}-{i}") for i, (lang, h, n, k) in enumerate(table)]


# That an obligation has exemptions, with a quantifier between the verb of existence and the
# noun, or the exemptions as the subject of "apply": an exemption row.
EXEMPTIONS_EXIST = [
    ("en", "<h2>Declaration</h2><p>There are several exemptions from this duty.</p>",
     "several exemptions", "exemption"),
    ("nl", "<h2>Melding</h2><p>Op deze verplichting bestaan verschillende vrijstellingen.</p>",
     "verschillende vrijstellingen", "exemption"),
    ("fr", "<h2>Déclaration</h2><p>Il existe plusieurs dispenses à cette obligation.</p>",
     "plusieurs dispenses", "exemption"),
    ("de", "<h2>Meldung</h2><p>Von dieser Pflicht gibt es mehrere Ausnahmen.</p>",
     "mehrere Ausnahmen", "exemption"),
    ("nl", "<h2>Melding</h2><p>Vrijstellingen van de meldingsplicht gelden vooral voor korte "
     "opdrachten.</p>", "korte opdrachten", "exemption"),
    ("en", "<h2>Declaration</h2><p>There is no exemption for seasonal work.</p>",
     "no exemption", NO_ROW),
]


@pytest.mark.parametrize("html,needle,kind", _params(EXEMPTIONS_EXIST))
def test_exemptions_said_to_exist_are_an_exemption(html, needle, kind):
    assert kind_of(html, needle) == kind


# A cost lifted for a case the sentence opens with: an exemption.
FREE_FOR_A_CASE = [
    ("en", "<h2>Fees</h2><p>If you arrived with a long-stay visa, the first card is free of "
     "charge.</p>", "free of charge", "exemption"),
    ("nl", "<h2>Kosten</h2><p>Als u met een visum D aankwam, kost de eerste kaart niets.</p>",
     "kost de eerste kaart niets", "exemption"),
    ("fr", "<h2>Coût</h2><p>Si vous êtes arrivé avec un visa D, la première carte est "
     "gratuite.</p>", "est gratuite", "exemption"),
    ("de", "<h2>Kosten</h2><p>Wenn Sie mit einem Visum D eingereist sind, ist die erste Karte "
     "kostenlos.</p>", "ist die erste Karte kostenlos", "exemption"),
]


@pytest.mark.parametrize("html,needle,kind", _params(FREE_FOR_A_CASE))
def test_a_cost_lifted_for_a_case_is_an_exemption(html, needle, kind):
    assert kind_of(html, needle) == kind


# Dutch and German set the subject after the verb when something opens the sentence
# ("Voorlopig hebben ook … een arbeidskaart nodig", "Ab 2025 brauchen auch … eine
# Arbeitserlaubnis"): the need still binds, however long the subject.
INVERTED_NEED = [
    ("nl", "<h2>Omschrijving</h2><p>Voorlopig hebben ook nieuwe EU-burgers uit Kroatië en "
     "Slovenië een arbeidskaart nodig.</p>", "Kroatië", "requirement"),
    ("de", "<h2>Überblick</h2><p>Vorläufig brauchen auch neue EU-Bürger aus Kroatien und "
     "Slowenien eine Arbeitserlaubnis.</p>", "Kroatien", "requirement"),
    ("en", "<h2>Overview</h2><p>For now, new EU citizens from Croatia and Slovenia also need a "
     "work card.</p>", "Croatia", "requirement"),
    ("fr", "<h2>Description</h2><p>Pour l'instant, les nouveaux citoyens de l'UE venant de "
     "Croatie et de Slovénie ont aussi besoin d'une carte de travail.</p>", "Croatie",
     "requirement"),
    ("nl", "<h2>Omschrijving</h2><p>Werknemers die een arbeidskaart nodig hebben, vinden hier "
     "meer uitleg.</p>", "vinden hier", NO_ROW),
]


@pytest.mark.parametrize("html,needle,kind", _params(INVERTED_NEED))
def test_a_need_with_the_subject_after_the_verb_binds(html, needle, kind):
    assert kind_of(html, needle) == kind


# A grant bounded by a maximum duration said as an adjective ("met een maximale duur van",
# "avec une durée maximale de", "mit einer Höchstdauer von", "with a maximum term of"):
# a validity limit, a requirement (GUIDE 22:58).
MAXIMUM_DURATION = [
    ("nl", "<h2>Geldigheid</h2><p>De toelating wordt afgegeven voor de duur van de opdracht, "
     "met een maximale duur van twee jaar.</p>", "maximale duur", "requirement"),
    ("fr", "<h2>Validité</h2><p>L'autorisation est délivrée pour la durée de la mission, avec "
     "une durée maximale de deux ans.</p>", "durée maximale", "requirement"),
    ("de", "<h2>Gültigkeit</h2><p>Die Erlaubnis wird für die Dauer des Auftrags erteilt, mit "
     "einer Höchstdauer von zwei Jahren.</p>", "Höchstdauer", "requirement"),
    ("en", "<h2>Validity</h2><p>The authorisation is issued for the length of the assignment, "
     "with a maximum term of two years.</p>", "maximum term", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(MAXIMUM_DURATION))
def test_a_grant_bounded_by_a_maximum_duration_is_a_requirement(html, needle, kind):
    assert kind_of(html, needle) == kind


# A group said to belong to a category of exemptions is exempt.
BELONGS_TO_EXEMPTIONS = [
    ("en", "<h2>Family</h2><p>Holders of an F card also belong to this category of "
     "exemptions.</p>", "F card", "exemption"),
    ("nl", "<h2>Familie</h2><p>Houders van een F-kaart behoren ook tot deze categorie van "
     "vrijstellingen.</p>", "F-kaart", "exemption"),
    ("fr", "<h2>Famille</h2><p>Les titulaires d'une carte F relèvent aussi de cette catégorie "
     "de dispenses.</p>", "carte F", "exemption"),
    ("de", "<h2>Familie</h2><p>Inhaber einer F-Karte gehören auch zu dieser Gruppe von "
     "Befreiungen.</p>", "F-Karte", "exemption"),
]


@pytest.mark.parametrize("html,needle,kind", _params(BELONGS_TO_EXEMPTIONS))
def test_belonging_to_a_category_of_exemptions_is_an_exemption(html, needle, kind):
    assert kind_of(html, needle) == kind


# Not subject to an obligation (French "au"/"aux" contracting "à le"/"à les") lifts it; still
# subject to it binds.
SUBJECT_TO = [
    ("fr", "<h2>Étudiants</h2><p>En principe, les doctorants ne sont pas soumis au permis de "
     "travail.</p>", "doctorants", "exemption"),
    ("fr", "<h2>Étudiants</h2><p>Les stagiaires ne sont pas soumis aux formalités du permis."
     "</p>", "stagiaires", "exemption"),
    ("en", "<h2>Students</h2><p>In principle, doctoral students are not subject to the work "
     "permit.</p>", "doctoral students", "exemption"),
    ("nl", "<h2>Studenten</h2><p>In principe zijn doctorandi niet onderworpen aan de "
     "arbeidskaart.</p>", "doctorandi", "exemption"),
    ("de", "<h2>Studenten</h2><p>Grundsätzlich unterliegen Doktoranden nicht der "
     "Arbeitserlaubnis.</p>", "Doktoranden", "exemption"),
    ("fr", "<h2>Étudiants</h2><p>Certains pays restent soumis à l'obligation du permis.</p>",
     "restent soumis", "requirement"),
    ("en", "<h2>Students</h2><p>Some countries remain subject to the permit obligation.</p>",
     "remain subject", "requirement"),
    ("nl", "<h2>Studenten</h2><p>Sommige landen blijven onderworpen aan de "
     "arbeidskaartplicht.</p>", "blijven onderworpen", "requirement"),
    ("de", "<h2>Studenten</h2><p>Einige Länder unterliegen weiterhin der Pflicht zur "
     "Arbeitserlaubnis.</p>", "unterliegen weiterhin", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(SUBJECT_TO))
def test_not_subject_to_lifts_still_subject_to_binds(html, needle, kind):
    assert kind_of(html, needle) == kind


# "X is a condition for Y": a requirement under any heading.
IS_A_CONDITION = [
    ("en", "<h2>Enrolment</h2><p>Paying the fee of €150 is a condition for the review of the "
     "file.</p>", "is a condition for", "requirement"),
    ("nl", "<h2>Inschrijving</h2><p>De betaling van €150 is een voorwaarde voor het onderzoek "
     "van het dossier.</p>", "is een voorwaarde", "requirement"),
    ("fr", "<h2>Inscription</h2><p>Le paiement de 150 € est une condition pour l'examen du "
     "dossier.</p>", "est une condition", "requirement"),
    ("de", "<h2>Einschreibung</h2><p>Die Zahlung von 150 € ist eine Voraussetzung für die "
     "Prüfung der Akte.</p>", "ist eine Voraussetzung", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(IS_A_CONDITION))
def test_is_a_condition_for_is_a_requirement(html, needle, kind):
    assert kind_of(html, needle) == kind


# A lead-in that ends on a verb of handing in ("Please submit in person:", "Leg persoonlijk
# voor:", "Veuillez présenter en personne :", "Bitte legen Sie persönlich vor:") over a paper:
# a document row, also under a procedure heading.
HAND_IN_LEAD = [
    ("en", "<h2>How to apply</h2><p>Please submit in person:</p><ul><li>A valid passport."
     "</li></ul>", "valid passport", "document"),
    ("nl", "<h2>Hoe aanvragen</h2><p>Leg persoonlijk voor:</p><ul><li>Een geldig paspoort."
     "</li></ul>", "geldig paspoort", "document"),
    ("fr", "<h2>Comment introduire la demande</h2><p>Veuillez présenter en personne :</p><ul>"
     "<li>Un passeport valable.</li></ul>", "passeport valable", "document"),
    ("de", "<h2>Antragstellung</h2><p>Bitte legen Sie persönlich vor:</p><ul><li>Einen "
     "gültigen Reisepass.</li></ul>", "Reisepass", "document"),
    ("en", "<h2>How to apply</h2><p>Please submit the application:</p><ul><li>online through "
     "the portal.</li></ul>", "online through", "step"),
]


@pytest.mark.parametrize("html,needle,kind", _params(HAND_IN_LEAD))
def test_a_lead_in_handing_in_a_paper_heads_a_document(html, needle, kind):
    assert kind_of(html, needle) == kind


# What an exemption leaves standing, opened by the exemption as a concession ("Even when
# exempt, …", "Malgré la dispense, …"): it qualifies the exemption, an exemption row.
DESPITE_EXEMPTION = [
    ("en", "<h2>Exemptions</h2><p>Even when exempt, the worker remains subject to the usual "
     "residence formalities.</p>", "remains subject", "exemption"),
    ("nl", "<h2>Vrijstellingen</h2><p>Ondanks de vrijstelling moet de werknemer zich bij de "
     "gemeente melden.</p>", "bij de gemeente", "exemption"),
    ("fr", "<h2>Dispenses</h2><p>Malgré la dispense, le travailleur reste soumis aux démarches "
     "de séjour.</p>", "reste soumis", "exemption"),
    ("de", "<h2>Befreiungen</h2><p>Trotz der Befreiung muss sich der Arbeitnehmer bei der "
     "Gemeinde melden.</p>", "Gemeinde melden", "exemption"),
]


@pytest.mark.parametrize("html,needle,kind", _params(DESPITE_EXEMPTION))
def test_what_an_exemption_leaves_standing_qualifies_it(html, needle, kind):
    assert kind_of(html, needle) == kind


# A line naming what to bring set as a question ("What to bring if you are not an EU
# citizen;") is a label, no row; Dutch "meenemen in de planning" takes into account, it
# brings nothing. A real instruction to bring stays a document.
NOT_BRINGING = [
    ("nl", "<h2>Inschrijving</h2><ul><li>Wat breng je mee als je geen EU-burger bent;</li>"
     "</ul>", "Wat breng je mee", NO_ROW),
    ("en", "<h2>Registration</h2><ul><li>What to bring if you are not an EU citizen;</li></ul>",
     "What to bring", NO_ROW),
    ("fr", "<h2>Inscription</h2><ul><li>Que faut-il apporter si vous n'êtes pas citoyen de "
     "l'UE ;</li></ul>", "apporter", NO_ROW),
    ("de", "<h2>Ausländer</h2><ul><li>Was bringen Sie mit, wenn Sie kein EU-Bürger sind;</li>"
     "</ul>", "Was bringen Sie mit", NO_ROW),
    ("nl", "<h2>Nieuws</h2><p>Neem de nieuwe regels nu al mee in uw planning voor komende "
     "aanwervingen.</p>", "planning", NO_ROW),
    ("nl", "<h2>Inschrijving</h2><ul><li>Breng een recente pasfoto mee.</li></ul>",
     "pasfoto", "document"),
]


@pytest.mark.parametrize("html,needle,kind", _params(NOT_BRINGING))
def test_a_question_or_taking_into_account_names_nothing_to_bring(html, needle, kind):
    assert kind_of(html, needle) == kind


# A need word in "if necessary" names a case and binds no one; the paper or act keeps the
# kind its heading or lead-in gives it, never a requirement of its own.
IF_NEEDED = [
    ("en", "<h2>Arrival</h2><ul><li>Attach a copy of your visa, if necessary.</li></ul>",
     "copy of your visa", NO_ROW),
    ("nl", "<h2>Aankomst</h2><ul><li>Voeg een kopie van uw visum toe, indien nodig.</li></ul>",
     "kopie van uw visum", NO_ROW),
    ("fr", "<h2>Arrivée</h2><ul><li>Joindre une copie de votre visa, si nécessaire.</li></ul>",
     "copie de votre visa", NO_ROW),
    ("de", "<h2>Ankunft</h2><ul><li>Eine Kopie des Visums beifügen, falls erforderlich.</li>"
     "</ul>", "Kopie des Visums", NO_ROW),
    ("en", "<h2>Arrival</h2><p>You must attach a copy of your visa.</p>", "copy of your visa",
     "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(IF_NEEDED))
def test_if_necessary_names_a_case_and_obliges_no_one(html, needle, kind):
    assert kind_of(html, needle) == kind


# Dutch "dient … in" lodges; a "te" of an "om … te" purpose clause before it does not make
# it "must": where to lodge under a procedure heading is a step (GUIDE).
OM_TE_DIENEN = [
    ("nl", "<h2>Hoe aanvragen</h2><p>Uw aanvraag om een kaart te krijgen, dient u in bij:</p>"
     "<ul><li>het gemeentebestuur van uw woonplaats, als u in België woont;</li></ul>",
     "gemeentebestuur", "step"),
    ("nl", "<h2>Algemeen</h2><p>Om een kaart te krijgen, dient u een aanvraag in te vullen."
     "</p>", "aanvraag in te vullen", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(OM_TE_DIENEN))
def test_dienen_in_a_purpose_clause_lodges(html, needle, kind):
    assert kind_of(html, needle) == kind


# A sentence that names itself a condition stays a requirement under a procedure heading.
CONDITION_UNDER_PROCEDURE = [
    ("en", "<h2>How to apply</h2><p>Paying the fee is a condition for the examination of your "
     "application.</p>", "is a condition for", "requirement"),
    ("nl", "<h2>Procedure</h2><p>De betaling van de bijdrage is een voorwaarde voor de "
     "behandeling van de aanvraag.</p>", "is een voorwaarde", "requirement"),
    ("fr", "<h2>Procédure</h2><p>Le paiement de la redevance est une condition pour le "
     "traitement de la demande.</p>", "est une condition", "requirement"),
    ("de", "<h2>Verfahren</h2><p>Die Zahlung der Gebühr ist eine Voraussetzung für die "
     "Bearbeitung des Antrags.</p>", "ist eine Voraussetzung", "requirement"),
    ("fr", "<h2>Étudiants</h2><p>Certains pays restent soumis, jusqu'à nouvel ordre, à "
     "l'obligation du permis.</p>", "restent soumis", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(CONDITION_UNDER_PROCEDURE))
def test_a_condition_named_as_such_stays_a_requirement(html, needle, kind):
    assert kind_of(html, needle) == kind
