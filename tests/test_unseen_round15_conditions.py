"""Round 15 (issue 12): requirement, exemption and document classes, in four languages.

Each family is a class of construction, written from its structure and completed from the
four languages, not from the phrasing of one page. Our own sentences, never a page's. Each
case asserts the reading a volunteer relies on: the kind of the row read, or that no row is.
"""

from __future__ import annotations

import pytest

from tests.conditions_read import kind_of

NO_ROW = None


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


# --- Half B of check part 12 (read after the half-A work; fixed in commits that say so) ----

# A lead-in obliging the reader to hold one of the papers it lists ("You must hold one of
# these residence documents:") lists states to be in, requirements; a lead-in to hand papers
# in still lists documents.
HOLD_ONE_OF = [
    ("en", "<h2>Conditions</h2><p>You must hold one of these residence documents:</p><ul>"
     "<li>an electronic card A</li><li>a certificate of registration</li></ul>",
     "electronic card A", "requirement"),
    ("nl", "<h2>Voorwaarden</h2><p>Je moet een van deze verblijfsdocumenten hebben:</p><ul>"
     "<li>een elektronische kaart A</li><li>een bewijs van inschrijving</li></ul>",
     "elektronische kaart A", "requirement"),
    ("fr", "<h2>Conditions</h2><p>Vous devez posséder un de ces documents de séjour :</p><ul>"
     "<li>une carte électronique A</li><li>une attestation d'immatriculation</li></ul>",
     "carte électronique A", "requirement"),
    ("de", "<h2>Voraussetzungen</h2><p>Sie müssen eines dieser Aufenthaltsdokumente besitzen:"
     "</p><ul><li>eine elektronische Karte A</li><li>eine Eintragungsbescheinigung</li></ul>",
     "elektronische Karte A", "requirement"),
    ("en", "<h2>Conditions</h2><p>You must attach these documents:</p><ul><li>a copy of the "
     "passport</li><li>a birth certificate</li></ul>", "copy of the passport", "document"),
]


@pytest.mark.parametrize("html,needle,kind", _params(HOLD_ONE_OF))
def test_a_lead_in_to_hold_papers_lists_requirements(html, needle, kind):
    assert kind_of(html, needle) == kind


# A lead-in that says whom the rule takes and goes on with "and:" ("That applies to whoever
# works here as self-employed, and:") lists the rest of the condition, verb-final clauses:
# requirements.
WHO_AND = [
    ("nl", "<h2>Beroepskaart</h2><p>Dat geldt voor wie hier als zelfstandige werkt, en:</p>"
     "<ul><li>niet de Belgische nationaliteit bezit</li><li>geen onderdaan van de EER is</li>"
     "</ul>", "Belgische nationaliteit", "requirement"),
    ("en", "<h2>Professional card</h2><p>This applies to anyone who works here as "
     "self-employed and:</p><ul><li>does not hold Belgian nationality</li><li>is not an EEA "
     "national</li></ul>", "Belgian nationality", "requirement"),
    ("fr", "<h2>Carte professionnelle</h2><p>Cela vaut pour quiconque exerce ici une activité "
     "indépendante et :</p><ul><li>ne possède pas la nationalité belge</li><li>n'est pas "
     "ressortissant de l'EEE</li></ul>", "nationalité belge", "requirement"),
    ("de", "<h2>Berufskarte</h2><p>Das gilt für jeden, der hier selbstständig arbeitet und:</p>"
     "<ul><li>nicht die belgische Staatsangehörigkeit besitzt</li><li>kein EWR-Bürger ist</li>"
     "</ul>", "belgische Staatsangehörigkeit", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(WHO_AND))
def test_a_lead_in_on_whom_going_on_with_and_lists_requirements(html, needle, kind):
    assert kind_of(html, needle) == kind


# What an exemption can rest on ("An exemption can be based on:", "kan steunen op",
# "peut reposer sur", "kann beruhen auf") names grounds, like "depends on:": no rows.
GROUNDS = [
    ("en", "<h2>Are you exempt?</h2><p>An exemption can be based on:</p><ul><li>your "
     "residence right</li><li>international treaties</li></ul>", "residence right", NO_ROW),
    ("nl", "<h2>Ben je vrijgesteld?</h2><p>Een vrijstelling kan steunen op:</p><ul><li>je "
     "verblijfsrecht</li><li>internationale verdragen</li></ul>", "verblijfsrecht", NO_ROW),
    ("fr", "<h2>Êtes-vous dispensé ?</h2><p>Une dispense peut reposer sur :</p><ul><li>votre "
     "droit de séjour</li><li>des traités internationaux</li></ul>", "droit de séjour", NO_ROW),
    ("de", "<h2>Sind Sie befreit?</h2><p>Eine Befreiung kann beruhen auf:</p><ul><li>Ihrem "
     "Aufenthaltsrecht</li><li>internationalen Verträgen</li></ul>", "Aufenthaltsrecht",
     NO_ROW),
]


@pytest.mark.parametrize("html,needle,kind", _params(GROUNDS))
def test_grounds_an_exemption_rests_on_are_no_rows(html, needle, kind):
    assert kind_of(html, needle) == kind


# French "ne doit pas" + infinitive + a negated partitive ("ne doivent pas faire de
# déclaration", "ne devez pas payer de redevance") says no such thing is owed: lifted, an
# exemption; without the partitive "ne doit pas quitter le territoire" stays a ban.
NEGATED_PARTITIVE = [
    ("fr", "<h2>Déclaration</h2><p>Certaines catégories de personnes ne doivent pas faire de "
     "déclaration.</p>", "ne doivent pas faire", "exemption"),
    ("fr", "<h2>Redevance</h2><p>Les étudiants boursiers ne doivent pas payer de redevance."
     "</p>", "boursiers", "exemption"),
    ("fr", "<h2>Séjour</h2><p>Le travailleur ne doit pas quitter le territoire pendant la "
     "procédure.</p>", "quitter le territoire", "requirement"),
    ("en", "<h2>Declaration</h2><p>Some categories of people do not have to file a "
     "declaration.</p>", "do not have to file", "exemption"),
    ("nl", "<h2>Melding</h2><p>Sommige categorieën moeten geen melding doen.</p>",
     "geen melding", "exemption"),
    ("de", "<h2>Meldung</h2><p>Bestimmte Personengruppen müssen keine Meldung machen.</p>",
     "keine Meldung", "exemption"),
]


@pytest.mark.parametrize("html,needle,kind", _params(NEGATED_PARTITIVE))
def test_ne_doit_pas_with_a_partitive_lifts(html, needle, kind):
    assert kind_of(html, needle) == kind


# Demanded in the passive ("certain knowledge is demanded", "wordt … geëist", "est exigée",
# "wird verlangt"): an obligation.
DEMANDED = [
    ("en", "<h2>Professional card</h2><p>Some knowledge of business management is also "
     "demanded.</p>", "business management", "requirement"),
    ("nl", "<h2>Beroepskaart</h2><p>Er wordt ook bepaalde kennis van bedrijfsbeheer geëist."
     "</p>", "bedrijfsbeheer", "requirement"),
    ("fr", "<h2>Carte professionnelle</h2><p>Une connaissance de la gestion est également "
     "exigée.</p>", "gestion", "requirement"),
    ("de", "<h2>Berufskarte</h2><p>Es werden auch Kenntnisse der Betriebsführung verlangt.</p>",
     "Betriebsführung", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(DEMANDED))
def test_demanded_in_the_passive_obliges(html, needle, kind):
    assert kind_of(html, needle) == kind


# Valid only as, only open to, reserved for: an exclusive permission, a requirement.
ONLY_VALID_OR_OPEN = [
    ("nl", "<h2>Garant</h2><p>De verbintenis geldt alleen als bewijs voor een kort verblijf."
     "</p>", "geldt alleen", "requirement"),
    ("en", "<h2>Guarantor</h2><p>The undertaking is only valid as proof for a short stay.</p>",
     "only valid", "requirement"),
    ("fr", "<h2>Garant</h2><p>L'engagement ne vaut que comme preuve pour un court séjour.</p>",
     "ne vaut que", "requirement"),
    ("de", "<h2>Bürge</h2><p>Die Verpflichtung gilt nur als Nachweis für einen kurzen "
     "Aufenthalt.</p>", "gilt nur", "requirement"),
    ("en", "<h2>Financial plan</h2><p>The fourth option is only open to students who have "
     "already registered.</p>", "only open to", "requirement"),
    ("nl", "<h2>Financieel plan</h2><p>De vierde optie is voorbehouden aan studenten die al "
     "ingeschreven zijn.</p>", "voorbehouden aan", "requirement"),
    ("fr", "<h2>Plan financier</h2><p>La quatrième option est réservée aux étudiants déjà "
     "inscrits.</p>", "réservée aux", "requirement"),
    ("de", "<h2>Finanzplan</h2><p>Die vierte Option steht nur Studierenden offen, die bereits "
     "eingeschrieben sind.</p>", "nur Studierenden offen", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(ONLY_VALID_OR_OPEN))
def test_valid_only_or_open_only_to_is_an_exclusive_permission(html, needle, kind):
    assert kind_of(html, needle) == kind


# Which authority is competent to issue ("Ce sont les autorités régionales qui sont
# compétentes pour délivrer les permis"): a requirement, like who may file (GUIDE devset-m).
COMPETENT_AUTHORITY = [
    ("fr", "<h2>Permis de travail</h2><p>Ce sont les autorités régionales qui sont "
     "compétentes pour délivrer les permis de travail.</p>", "compétentes", "requirement"),
    ("en", "<h2>Work permits</h2><p>The regional authorities are competent to issue work "
     "permits.</p>", "competent to issue", "requirement"),
    ("nl", "<h2>Arbeidskaarten</h2><p>De gewesten zijn bevoegd om arbeidskaarten af te "
     "geven.</p>", "bevoegd", "requirement"),
    ("de", "<h2>Arbeitserlaubnis</h2><p>Die Regionen sind dafür zuständig, die "
     "Arbeitserlaubnis auszustellen.</p>", "zuständig", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(COMPETENT_AUTHORITY))
def test_the_authority_competent_to_issue_is_a_requirement(html, needle, kind):
    assert kind_of(html, needle) == kind


# An exemption bounded in time or by a state ("The exemption lasts no longer than the
# project", "Die vrijstelling geldt voor maximum 3 maanden", "loopt deze vrijstelling maximaal
# 21 dagen", "La dispense vaut au maximum trois mois", "Die Befreiung gilt höchstens drei
# Monate"): the limit binds, a requirement; a limit after a list of papers binds too.
EXEMPTION_BOUNDED = [
    ("en", "<h2>Exemption</h2><p>You are exempt. The exemption lasts no longer than the "
     "research project.</p>", "lasts no longer", "requirement"),
    ("nl", "<h2>Vrijstelling</h2><p>Je bent vrijgesteld. Die vrijstelling geldt voor maximum "
     "3 maanden.</p>", "maximum 3 maanden", "requirement"),
    ("nl", "<h2>Vrijstelling</h2><p>In het Vlaams gewest loopt deze vrijstelling maximaal 21 "
     "dagen.</p>", "maximaal 21 dagen", "requirement"),
    ("fr", "<h2>Dispense</h2><p>Vous êtes dispensé. La dispense vaut au maximum trois mois.</p>",
     "au maximum trois mois", "requirement"),
    ("de", "<h2>Befreiung</h2><p>Sie sind befreit. Die Befreiung gilt höchstens drei Monate.</p>",
     "höchstens drei Monate", "requirement"),
    ("nl", "<h2>Documenten</h2><ul><li>Een bewijs van partnerschap.</li><li>Een kopie van de "
     "identiteitskaart.</li></ul><p>Dat geldt enkel voor partnerschappen die in het buitenland "
     "gesloten zijn.</p>", "geldt enkel voor", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(EXEMPTION_BOUNDED))
def test_an_exemptions_bound_is_a_requirement(html, needle, kind):
    assert kind_of(html, needle) == kind


# "That applies only to …" after an exemption's case scopes that exemption: the item stays
# an exemption. "… or is not exempt for any other reason" negates the exemption: no lifting.
SCOPE_AND_NO_OTHER_REASON = [
    ("nl", "<h2>Vrijstellingen</h2><ul><li>je bent familielid van een Belg en je komt samen met "
     "hem wonen. Dat geldt alleen voor deze familieleden.</li></ul>", "familielid", "exemption"),
    ("en", "<h2>Exemptions</h2><ul><li>you are a family member of a Belgian and live with them. "
     "This applies only to these family members.</li></ul>", "family member", "exemption"),
    ("fr", "<h2>Dispenses</h2><ul><li>vous êtes membre de la famille d'un Belge et vivez avec "
     "lui. Cela ne vaut que pour ces membres de la famille.</li></ul>", "membre de la famille",
     "exemption"),
    ("de", "<h2>Befreiungen</h2><ul><li>Sie sind Familienangehöriger eines Belgiers und wohnen "
     "bei ihm. Das gilt nur für diese Familienangehörigen.</li></ul>", "Familienangehöriger",
     "exemption"),
    ("nl", "<h2>Beroepskaart</h2><p>Dat geldt voor wie hier werkt, en:</p><ul><li>niet Belg is"
     "</li><li>of om geen andere reden al van deze formaliteit is vrijgesteld</li></ul>",
     "geen andere reden", "requirement"),
    ("en", "<h2>Professional card</h2><p>This applies to anyone who works here and:</p><ul>"
     "<li>is not Belgian</li><li>or is not exempt from this formality for any other reason"
     "</li></ul>", "any other reason", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(SCOPE_AND_NO_OTHER_REASON))
def test_scope_of_an_exemption_and_no_other_reason(html, needle, kind):
    assert kind_of(html, needle) == kind


# An instruction to bring set in brackets names what to bring: a document row.
BRACKETED_BRING = [
    ("nl", "<h2>Afgifte</h2><p>Het gemeentebestuur levert de kaart zelf af (breng één pasfoto "
     "mee).</p>", "pasfoto", "document"),
    ("en", "<h2>Issuing</h2><p>The municipality hands out the card itself (bring one passport "
     "photo).</p>", "passport photo", "document"),
    ("fr", "<h2>Délivrance</h2><p>La commune remet elle-même la carte (apportez une photo "
     "d'identité).</p>", "photo d'identité", "document"),
    ("de", "<h2>Ausstellung</h2><p>Die Gemeinde händigt die Karte selbst aus (bringen Sie ein "
     "Passfoto mit).</p>", "Passfoto", "document"),
]


@pytest.mark.parametrize("html,needle,kind", _params(BRACKETED_BRING))
def test_an_instruction_to_bring_in_brackets_is_a_document(html, needle, kind):
    assert kind_of(html, needle) == kind


# A paper the authority asks for, or a set of papers to prepare, outside a kind-giving
# heading: a document row (GUIDE devset-y). An obligation to present a paper stays the
# requirement it states.
PAPER_TO_HAND_IN = [
    ("en", "<h2>Visa</h2><p>Please prepare one set of supporting documents, in the order given "
     "below.</p>", "supporting documents", "document"),
    ("en", "<h2>Arrival</h2><p>The municipality may ask you for a standard form.</p>",
     "standard form", "document"),
    ("nl", "<h2>Aankomst</h2><p>De gemeente kan u om een attest van de universiteit vragen.</p>",
     "attest van de universiteit", "document"),
    ("fr", "<h2>Arrivée</h2><p>La commune peut vous demander un formulaire type.</p>",
     "formulaire type", "document"),
    ("de", "<h2>Ankunft</h2><p>Die Gemeinde kann Sie um eine Bescheinigung der Universität "
     "bitten.</p>", "Bescheinigung", "document"),
    ("en", "<h2>Visa</h2><p>The au pair must present a passport valid for at least one year.</p>",
     "must present a passport", "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(PAPER_TO_HAND_IN))
def test_a_paper_asked_for_is_a_document(html, needle, kind):
    assert kind_of(html, needle) == kind


# A negated limit ("not limited to ninety days") sets no bound: no row; the limit itself
# stays a requirement.
NEGATED_LIMIT = [
    ("nl", "<h2>Arbeidskaart C</h2><p>Deze arbeidskaarten zijn niet beperkt tot negentig "
     "dagen.</p>", "niet beperkt", NO_ROW),
    ("en", "<h2>Work card C</h2><p>These work cards are not limited to ninety days.</p>",
     "not limited", NO_ROW),
    ("fr", "<h2>Carte de travail C</h2><p>Ces cartes de travail ne sont pas limitées à quatre-"
     "vingt-dix jours.</p>", "pas limitées", NO_ROW),
    ("de", "<h2>Arbeitskarte C</h2><p>Diese Arbeitskarten sind nicht auf neunzig Tage "
     "beschränkt.</p>", "nicht auf neunzig", NO_ROW),
    ("en", "<h2>Work card B</h2><p>The stay is limited to ninety days.</p>", "limited to",
     "requirement"),
]


@pytest.mark.parametrize("html,needle,kind", _params(NEGATED_LIMIT))
def test_a_negated_limit_sets_no_bound(html, needle, kind):
    assert kind_of(html, needle) == kind
