"""Condition families fixed in tuning round 10 (issue 12, tune12o), each in four languages.

Our own sentences, as a federal, Flemish, Brussels, Walloon or Ostbelgien page would write
them. Each case asserts the kind a volunteer reads the row as, or that a line is no row.
"""

from __future__ import annotations

import pytest

from tests.conditions_read import kind_of

# A list with no heading and no lead-in whose items name papers is a list of documents; Dutch
# and German name the paper as the last part of a compound ("Eintragungsbescheinigung").
DOCUMENT_LIST = [
    (
        "<p>The amount goes to the account below.</p><ul><li>Valid passport</li><li>Enrolment "
        "certificate of the school</li><li>Study plan</li><li>Medical certificate</li></ul>",
        "Enrolment certificate",
    ),
    (
        "<p>Het bedrag stort u op de rekening hieronder.</p><ul><li>Geldig paspoort</li><li>"
        "Inschrijvingsattest van de school</li><li>Studieplan</li><li>Geboorteakte</li></ul>",
        "Geboorteakte",
    ),
    (
        "<p>Le montant est à verser au compte ci-dessous.</p><ul><li>Passeport valable</li>"
        "<li>Attestation d'inscription de l'école</li><li>Plan d'études</li><li>Acte de "
        "naissance</li></ul>",
        "Acte de naissance",
    ),
    (
        "<p>Der Betrag geht auf das Konto unten.</p><ul><li>Gültiger Reisepass</li><li>"
        "Eintragungsbescheinigung der Schule</li><li>Studienplan</li><li>Führungszeugnis</li>"
        "</ul>",
        "Führungszeugnis",
    ),
]


@pytest.mark.parametrize("html,needle", DOCUMENT_LIST, ids=["en", "nl", "fr", "de"])
def test_a_list_of_named_papers_is_documents_compounds_too(html, needle):
    assert kind_of(html, needle) == "document"


# A heading that asks what the reader needs names the documents that follow.
WHAT_DO_I_NEED = [
    (
        "<h2>What do I need?</h2><ul><li>Your valid passport.</li><li>Your signed lease.</li></ul>",
        "valid passport",
    ),
    (
        "<h2>Wat heb ik nodig?</h2><ul><li>Uw geldig paspoort.</li><li>Uw ondertekend "
        "huurcontract.</li></ul>",
        "geldig paspoort",
    ),
    (
        "<h2>De quoi avez-vous besoin ?</h2><ul><li>Votre passeport valable.</li><li>Votre "
        "bail signé.</li></ul>",
        "passeport valable",
    ),
    (
        "<h2>Was brauchen Sie?</h2><ul><li>Ihren gültigen Reisepass.</li><li>Ihren "
        "unterschriebenen Mietvertrag.</li></ul>",
        "gültigen Reisepass",
    ),
]


@pytest.mark.parametrize("html,needle", WHAT_DO_I_NEED, ids=["en", "nl", "fr", "de"])
def test_what_do_i_need_heads_documents(html, needle):
    assert kind_of(html, needle) == "document"


# A heading asking which persons may do something asks who may apply: its items are
# requirements, as under "Who can …?"; one asking which papers stays a documents heading.
WHICH_MAY = [
    (
        "<h2>1. Which family members can join a Belgian?</h2><ul><li>The spouse (no age "
        "condition)</li><li>Children under 21</li></ul>",
        "The spouse",
        "requirement",
    ),
    (
        "<h2>1. Welke familieleden mogen een Belg vervoegen?</h2><ul><li>De echtgenoot "
        "(zonder leeftijdsvoorwaarde)</li><li>Kinderen jonger dan 21</li></ul>",
        "De echtgenoot",
        "requirement",
    ),
    (
        "<h2>1. Quels membres de la famille peuvent rejoindre un Belge ?</h2><ul><li>Le "
        "conjoint (sans condition d'âge)</li><li>Les enfants de moins de 21 ans</li></ul>",
        "Le conjoint",
        "requirement",
    ),
    (
        "<h2>1. Welche Familienmitglieder haben ein Recht auf Nachzug?</h2><ul><li>Der "
        "Ehepartner (ohne Altersbedingung)</li><li>Kinder unter 21 Jahren</li></ul>",
        "Der Ehepartner",
        "requirement",
    ),
    (
        "<h2>Welche Unterlagen können Sie einreichen?</h2><ul><li>Der Mietvertrag</li><li>"
        "Eine Heiratsurkunde</li></ul>",
        "Der Mietvertrag",
        "document",
    ),
]


@pytest.mark.parametrize(
    "html,needle,kind", WHICH_MAY, ids=["en", "nl", "fr", "de", "de-documents"]
)
def test_which_persons_may_heads_requirements(html, needle, kind):
    assert kind_of(html, needle) == kind


# A heading asking what comes next ("And then?") heads the stages of the procedure.
AND_THEN = [
    (
        "<h2>And then?</h2><p>The population service checks your address at home.</p>",
        "checks your address",
    ),
    (
        "<h2>En dan?</h2><p>De dienst bevolking controleert uw adres bij u thuis.</p>",
        "controleert uw adres",
    ),
    (
        "<h2>Et ensuite ?</h2><p>Le service population contrôle votre adresse à domicile.</p>",
        "contrôle votre adresse",
    ),
    (
        "<h2>Und dann?</h2><p>Das Einwohnermeldeamt prüft Ihre Adresse bei Ihnen zu Hause.</p>",
        "prüft Ihre Adresse",
    ),
]


@pytest.mark.parametrize("html,needle", AND_THEN, ids=["en", "nl", "fr", "de"])
def test_and_then_heads_steps(html, needle):
    assert kind_of(html, needle) == "step"


# A lead-in that defines who counts as something heads requirement items, as a defining
# heading does (GUIDE 22:58).
DEFINES_LEAD = [
    (
        "<h2>EU and non-EU foreigners</h2><p>Are considered EU nationals:</p><ul><li>either "
        "the citizens of a member state;</li><li>or the citizens of Iceland, Norway or "
        "Switzerland.</li></ul>",
        "citizens of a member state",
    ),
    (
        "<h2>EU- en niet-EU-vreemdelingen</h2><p>Als EU-onderdanen gelden:</p><ul><li>ofwel "
        "de burgers van een lidstaat;</li><li>ofwel de burgers van IJsland, Noorwegen of "
        "Zwitserland.</li></ul>",
        "burgers van een lidstaat",
    ),
    (
        "<h2>Étrangers UE et non-UE</h2><p>Sont considérés comme ressortissants UE :</p><ul>"
        "<li>soit les citoyens d'un État membre ;</li><li>soit les citoyens de l'Islande, de "
        "la Norvège ou de la Suisse.</li></ul>",
        "citoyens d'un État membre",
    ),
    (
        "<h2>EU- und Nicht-EU-Ausländer</h2><p>Als Unionsbürger gelten:</p><ul><li>entweder "
        "die Bürger eines Mitgliedstaats;</li><li>oder die Bürger Islands, Norwegens oder der "
        "Schweiz.</li></ul>",
        "Bürger eines Mitgliedstaats",
    ),
]


@pytest.mark.parametrize("html,needle", DEFINES_LEAD, ids=["en", "nl", "fr", "de"])
def test_lead_in_defining_who_counts_heads_requirements(html, needle):
    assert kind_of(html, needle) == "requirement"


# Under a heading asking how to register, the stages are steps; handing the reader a paper
# is a stage like examining the file.
HOW_TO_REGISTER = [
    (
        "<h2>How must you register?</h2><p>After the visit, you are handed a registration "
        "certificate.</p>",
        "you are handed",
        "step",
    ),
    (
        "<h2>Hoe moet u zich inschrijven?</h2><p>Na het bezoek overhandigt de dienst u een "
        "inschrijvingsattest.</p>",
        "overhandigt de dienst",
        "step",
    ),
    (
        "<h2>Comment faut-il s'inscrire ?</h2><p>Après votre passage au guichet, une "
        "attestation vous est remise.</p>",
        "vous est remise",
        "step",
    ),
    (
        "<h2>Wie müssen Sie sich eintragen?</h2><p>Nach dem Besuch wird Ihnen eine "
        "Bescheinigung ausgehändigt.</p>",
        "ausgehändigt",
        "step",
    ),
]


@pytest.mark.parametrize("html,needle,kind", HOW_TO_REGISTER, ids=["en", "nl", "fr", "de"])
def test_how_to_register_heads_steps_and_handing_over_is_a_stage(html, needle, kind):
    assert kind_of(html, needle) == kind


# From half B of check part 8: a page that writes its list of papers as one-line paragraphs
# ("<p>Contrat de location</p>"), under a sub-heading naming the group, below a lead-in that
# names the documents. Each line is a document row; the lines of a page's metadata under an
# h1 that only names the topic ("Document de séjour …": "Coût", "Payant") are none.
DOCUMENT_LINES = [
    (
        "<h1>Foreigners</h1><h2>First registration</h2><p><strong>Documents to show when "
        "you register:</strong></p><h3>EU students</h3><p>Passport or identity card</p><p>"
        "Rental contract</p><p>4 recent identity photos</p><p>Original academic enrolment"
        "</p>",
        "Original academic enrolment",
    ),
    (
        "<h1>Vreemdelingen</h1><h2>Eerste inschrijving</h2><p><strong>Voor te leggen "
        "documenten bij uw inschrijving:</strong></p><h3>EU-studenten</h3><p>Paspoort of "
        "identiteitskaart</p><p>Huurcontract</p><p>4 recente pasfoto's</p><p>Originele "
        "academische inschrijving</p>",
        "Originele academische inschrijving",
    ),
    (
        "<h1>Étrangers</h1><h2>Première inscription</h2><p><strong>Documents à présenter "
        "lors de votre inscription :</strong></p><h3>Étudiants UE</h3><p>Passeport ou carte "
        "d'identité</p><p>Contrat de location</p><p>4 photos d'identité récentes</p><p>"
        "Inscription académique originale</p>",
        "Inscription académique originale",
    ),
    (
        "<h1>Ausländer</h1><h2>Erste Anmeldung</h2><p><strong>Bei der Anmeldung vorzulegende "
        "Unterlagen:</strong></p><h3>EU-Studierende</h3><p>Reisepass oder Personalausweis"
        "</p><p>Mietvertrag</p><p>4 aktuelle Passfotos</p><p>Originale Einschreibung der "
        "Hochschule</p>",
        "Originale Einschreibung",
    ),
]


@pytest.mark.parametrize("html,needle", DOCUMENT_LINES, ids=["en", "nl", "fr", "de"])
def test_papers_written_as_one_line_paragraphs_are_documents(html, needle):
    assert kind_of(html, needle) == "document"


def test_metadata_lines_under_a_topic_h1_are_no_documents():
    html = (
        "<h1>Document de séjour pour les étudiants</h1><p>Coût</p><p>Payant</p><p>Mode de "
        "paiement</p><p>En espèces, terminal de paiement</p>"
    )
    assert kind_of(html, "Payant") is None
    assert kind_of(html, "Mode de paiement") is None


# From half B of check part 8: a lead-in that joins a condition to its list by "and you are:"
# heads requirement items, while a bare "You are:" only says whom a page addresses; a lead-in
# that is only an "except" heads exemptions; a heading "These family members can come:"
# names who may apply, as "Which … can …?" does.
STATE_LEAD = [
    (
        "<p>You hold the nationality of a member state, and you are:</p><ul><li>Job-seeker"
        "</li><li>Student</li></ul>",
        "Job-seeker",
        "requirement",
    ),
    (
        "<p>U hebt de nationaliteit van een lidstaat en u bent:</p><ul><li>Werkzoekende</li>"
        "<li>Student</li></ul>",
        "Werkzoekende",
        "requirement",
    ),
    (
        "<p>Vous avez la nationalité d'un État membre et vous êtes :</p><ul><li>Demandeur "
        "d'emploi</li><li>Étudiant</li></ul>",
        "Demandeur d'emploi",
        "requirement",
    ),
    (
        "<p>Sie haben die Staatsangehörigkeit eines Mitgliedstaats und Sie sind:</p><ul><li>"
        "Arbeitsuchender</li><li>Student</li></ul>",
        "Arbeitsuchender",
        "requirement",
    ),
    (
        "<h2>Do you want to hire a foreign worker?</h2><p>You are:</p><ul><li>an employer "
        "in Belgium who wants to hire a worker;</li><li>an employer based abroad.</li></ul>",
        "an employer in Belgium",
        None,
    ),
]


@pytest.mark.parametrize(
    "html,needle,kind", STATE_LEAD, ids=["en", "nl", "fr", "de", "en-bare-you-are"]
)
def test_lead_in_ending_and_you_are_heads_requirements(html, needle, kind):
    assert kind_of(html, needle) == kind


EXCEPT_LEAD = [
    (
        "<p>Family reunification is only possible after two years of residence.</p><p>"
        "Except:</p><ul><li>the sponsor is a recognised refugee</li><li>the partners have a "
        "child together</li></ul>",
        "recognised refugee",
    ),
    (
        "<p>Gezinshereniging is pas mogelijk na twee jaar verblijf.</p><p>Behalve:</p><ul>"
        "<li>de gezinshereniger is erkend vluchteling</li><li>de partners hebben samen een "
        "kind</li></ul>",
        "erkend vluchteling",
    ),
    (
        "<p>Le regroupement familial n'est possible qu'après deux ans de séjour.</p><p>Sauf "
        ":</p><ul><li>le regroupant est un réfugié reconnu</li><li>les partenaires ont un "
        "enfant commun</li></ul>",
        "réfugié reconnu",
    ),
    (
        "<p>Die Familienzusammenführung ist erst nach zwei Jahren Aufenthalt möglich.</p><p>"
        "Außer:</p><ul><li>der Zusammenführende ist anerkannter Flüchtling</li><li>die "
        "Partner haben ein gemeinsames Kind</li></ul>",
        "anerkannter Flüchtling",
    ),
]


@pytest.mark.parametrize("html,needle", EXCEPT_LEAD, ids=["en", "nl", "fr", "de"])
def test_except_lead_in_heads_exemptions(html, needle):
    assert kind_of(html, needle) == "exemption"


THESE_MAY = [
    (
        "<h3>1. These family members can come to Belgium:</h3><ul><li>Minor, unmarried "
        "children</li></ul>",
        "Minor, unmarried children",
    ),
    (
        "<h3>1. Deze familieleden kunnen naar België komen:</h3><ul><li>Minderjarige, "
        "ongehuwde kinderen</li></ul>",
        "Minderjarige, ongehuwde kinderen",
    ),
    (
        "<h3>1. Ces membres de la famille peuvent venir en Belgique :</h3><ul><li>Les "
        "enfants mineurs non mariés</li></ul>",
        "enfants mineurs non mariés",
    ),
    (
        "<h3>1. Diese Familienmitglieder können nach Belgien kommen:</h3><ul><li>"
        "Minderjährige, unverheiratete Kinder</li></ul>",
        "Minderjährige, unverheiratete Kinder",
    ),
]


@pytest.mark.parametrize("html,needle", THESE_MAY, ids=["en", "nl", "fr", "de"])
def test_these_persons_may_heads_requirements(html, needle):
    assert kind_of(html, needle) == "requirement"


WHO_FALLS_UNDER = [
    (
        "<h2>Who falls under the declaration duty?</h2><p>The duty applies to all</p><ul><li>"
        "workers who come to work in Belgium for a while</li></ul>",
        "workers who come",
    ),
    (
        "<h2>Wie valt onder de meldingsplicht?</h2><p>De meldingsplicht geldt voor alle</p>"
        "<ul><li>werknemers die tijdelijk in België komen werken</li></ul>",
        "werknemers die",
    ),
    (
        "<h2>Qui est soumis à l'obligation de déclaration ?</h2><p>L'obligation vaut pour "
        "tous les</p><ul><li>travailleurs qui viennent travailler temporairement en Belgique"
        "</li></ul>",
        "travailleurs qui viennent",
    ),
    (
        "<h2>Wer fällt unter die Meldepflicht?</h2><p>Die Meldepflicht gilt für alle</p><ul>"
        "<li>Arbeitnehmer, die vorübergehend in Belgien arbeiten</li></ul>",
        "Arbeitnehmer, die",
    ),
]


@pytest.mark.parametrize("html,needle", WHO_FALLS_UNDER, ids=["en", "nl", "fr", "de"])
def test_who_falls_under_heads_requirements(html, needle):
    assert kind_of(html, needle) == "requirement"


# From half B of check part 8: a rule that lapses or does not reach a group lifts it
# ("Die leeftijdsvoorwaarde vervalt voor een stage bij een:", "valt niet onder de
# meldingsplicht", "aucune autorisation ne lui est nécessaire"): exemptions.
LAPSES = [
    (
        "<h2>Conditions</h2><p>The age condition lapses for an internship at:</p><ul><li>a "
        "university</li><li>a recognised research institution</li></ul>",
        "a university",
    ),
    (
        "<h2>Voorwaarden</h2><p>Die leeftijdsvoorwaarde vervalt voor een stage bij een:</p>"
        "<ul><li>universiteit</li><li>erkende wetenschappelijke instelling</li></ul>",
        "universiteit",
    ),
    (
        "<h2>Conditions</h2><p>La condition d'âge tombe pour un stage auprès d'une :</p><ul>"
        "<li>université</li><li>institution scientifique agréée</li></ul>",
        "université",
    ),
    (
        "<h2>Voraussetzungen</h2><p>Die Altersbedingung entfällt für ein Praktikum bei einer:"
        "</p><ul><li>Universität</li><li>anerkannten Forschungseinrichtung</li></ul>",
        "Universität",
    ),
]


@pytest.mark.parametrize("html,needle", LAPSES, ids=["en", "nl", "fr", "de"])
def test_a_condition_that_lapses_for_a_list_heads_exemptions(html, needle):
    assert kind_of(html, needle) == "exemption"


NOT_UNDER = [
    (
        "<p>Cross-border workers do not always fall under the declaration duty.</p>",
        "do not always fall under",
    ),
    (
        "<p>Ook wie grensoverschrijdend werkt, valt niet altijd onder de meldingsplicht.</p>",
        "valt niet altijd onder",
    ),
    (
        "<p>S'il s'agit de 90 jours au maximum, aucune autorisation d'occupation ne lui est "
        "nécessaire.</p>",
        "aucune autorisation",
    ),
    (
        "<p>Auch wer grenzüberschreitend arbeitet, fällt nicht immer unter die Meldepflicht.</p>",
        "fällt nicht immer unter",
    ),
]


@pytest.mark.parametrize("html,needle", NOT_UNDER, ids=["en", "nl", "fr", "de"])
def test_not_falling_under_a_duty_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


# A line of a price list ("Carte d'identité d'étranger : 5 EUR") gives a fee, no condition
# (GUIDE devset-u, devset-zb); one item that is itself a list of papers ("Paspoort, 3 foto's,
# € 7") is a document (GUIDE devset-zb).
PRICE_LINES = [
    (
        "<h2>Residence documents</h2><ul><li>Foreigner's identity card: 5 EUR</li><li>Registration "
        "certificate model A: 5 EUR</li></ul>",
        "Foreigner's identity card",
    ),
    (
        "<h2>Verblijfsdocumenten</h2><ul><li>Identiteitskaart voor vreemdelingen: 5 EUR</li><li>"
        "Inschrijvingsbewijs model A: 5 EUR</li></ul>",
        "Identiteitskaart voor vreemdelingen",
    ),
    (
        "<h2>Documents de séjour</h2><ul><li>Carte d'identité d'étranger : 5 EUR</li><li>"
        "Attestation d'immatriculation modèle A : 5 EUR</li></ul>",
        "Carte d'identité d'étranger",
    ),
    (
        "<h2>Aufenthaltsdokumente</h2><ul><li>Ausländerausweis: 5 EUR</li><li>"
        "Eintragungsbescheinigung Muster A: 5 EUR</li></ul>",
        "Ausländerausweis",
    ),
]


@pytest.mark.parametrize("html,needle", PRICE_LINES, ids=["en", "nl", "fr", "de"])
def test_a_price_list_line_is_no_row(html, needle):
    assert kind_of(html, needle) is None


ONE_ITEM_PAPERS = [
    (
        "<h3>You stay with a private host</h3><p>Within 7 days, with:</p><ul><li>Passport, 3 "
        "photos, € 7</li></ul>",
        "Passport, 3 photos",
    ),
    (
        "<h3>U logeert bij een particulier</h3><p>Binnen de 7 dagen, met:</p><ul><li>Paspoort, "
        "3 foto's, € 7</li></ul>",
        "Paspoort, 3 foto's",
    ),
    (
        "<h3>Vous logez chez un particulier</h3><p>Dans les 7 jours, avec :</p><ul><li>"
        "Passeport, 3 photos, 7 €</li></ul>",
        "Passeport, 3 photos",
    ),
    (
        "<h3>Sie wohnen bei einer Privatperson</h3><p>Innerhalb von 7 Tagen, mit:</p><ul><li>"
        "Reisepass, 3 Passfotos, 7 €</li></ul>",
        "Reisepass, 3 Passfotos",
    ),
]


@pytest.mark.parametrize("html,needle", ONE_ITEM_PAPERS, ids=["en", "nl", "fr", "de"])
def test_one_item_listing_papers_is_a_document(html, needle):
    assert kind_of(html, needle) == "document"


# A list of papers under a lead-in that only asks ("Required:") or under a heading that names
# conditions and documents together is a list of documents; under a heading about conditions
# with a lead-in "The worker must:", items naming a diploma to hold stay requirements.
PAPERS_UNDER_REQUIRED = [
    (
        "<h2>Registration</h2><p>Required:</p><ul><li>National passport with a visa C</li>"
        "<li>a photo</li></ul>",
        "a photo",
        "document",
    ),
    (
        "<h2>Inschrijving</h2><p>Vereist:</p><ul><li>Nationaal paspoort met een visum C</li>"
        "<li>een foto</li></ul>",
        "een foto",
        "document",
    ),
    (
        "<h2>Inscription</h2><p>Requis :</p><ul><li>Passeport national avec un visa C</li>"
        "<li>une photo</li></ul>",
        "une photo",
        "document",
    ),
    (
        "<h2>2. Die wichtigsten Bedingungen und Dokumente</h2><ul><li>Nachweis der "
        "Verwandtschaft (Geburtsurkunde)</li><li>Nachweis der Identität (Reisepass)</li></ul>",
        "Nachweis der Identität",
        "document",
    ),
    (
        "<h2>Bedingungen</h2><p>Der Arbeitnehmer soll:</p><ul><li>ein akademisches Diplom "
        "besitzen;</li><li>einen Arbeitsvertrag haben.</li></ul>",
        "akademisches Diplom",
        "requirement",
    ),
]


@pytest.mark.parametrize(
    "html,needle,kind",
    PAPERS_UNDER_REQUIRED,
    ids=["en", "nl", "fr", "de", "de-conditions-keep"],
)
def test_papers_under_a_bare_required_or_a_conditions_and_documents_heading(html, needle, kind):
    assert kind_of(html, needle) == kind


# Under a procedure heading, a sentence whose verb is one of applying ("vraag je zelf aan")
# tells a stage, like one naming the application.
APPLYING_STAGE = [
    (
        "<h2>Procedure</h2><p>The C card is something you apply for yourself at the town hall.</p>",
        "apply for yourself",
    ),
    (
        "<h2>Procedure</h2><p>De arbeidskaart C vraag je zelf aan in de gemeente waar je "
        "woont.</p>",
        "vraag je zelf aan",
    ),
    (
        "<h2>Procédure</h2><p>La carte C, vous la demandez vous-même à la commune où vous "
        "habitez.</p>",
        "demandez vous-même",
    ),
    (
        "<h2>Verfahren</h2><p>Die Karte C beantragen Sie selbst bei der Gemeinde, in "
        "der Sie wohnen.</p>",
        "selbst bei der Gemeinde",
    ),
]


@pytest.mark.parametrize("html,needle", APPLYING_STAGE, ids=["en", "nl", "fr", "de"])
def test_a_sentence_of_applying_under_a_procedure_heading_is_a_step(html, needle):
    assert kind_of(html, needle) == "step"


# Under a procedure heading, what an authority does told in the passive ("is examined by",
# "wordt onderzocht", "est examinée par", "wird geprüft") is a stage as the active is.
PASSIVE_STAGE = [
    (
        "<h2>Procedure</h2><p>The work part is examined by the regional authority.</p>",
        "is examined by",
    ),
    (
        "<h2>Procedure</h2><p>Het luik arbeid wordt door de gewestelijke overheid onderzocht.</p>",
        "wordt door de gewestelijke",
    ),
    (
        "<h2>Procédure</h2><p>Le volet travail est examinée par l'autorité régionale.</p>",
        "est examinée par",
    ),
    (
        "<h2>Verfahren</h2><p>Der Teil Arbeit wird von der regionalen Behörde geprüft.</p>",
        "regionalen Behörde geprüft",
    ),
]


@pytest.mark.parametrize("html,needle", PASSIVE_STAGE, ids=["en", "nl", "fr", "de"])
def test_what_an_authority_does_in_the_passive_is_a_step(html, needle):
    assert kind_of(html, needle) == "step"


# An obligation with a word between its verb and "obliged"/"tenus" ("are furthermore obliged
# to", "sont en outre tenus de") is one, as Dutch and German already read it.
SPLIT_DUTY = [
    (
        "<p>They and their employers are furthermore obliged to respect the rules on stay.</p>",
        "furthermore obliged",
    ),
    (
        "<p>Zij en hun werkgevers zijn bovendien verplicht de regels over verblijf na te leven."
        "</p>",
        "bovendien verplicht",
    ),
    (
        "<p>Eux-mêmes et leurs employeurs sont en outre tenus de respecter les règles de séjour."
        "</p>",
        "en outre tenus",
    ),
    (
        "<p>Sie und ihre Arbeitgeber sind außerdem verpflichtet, die Aufenthaltsregeln "
        "einzuhalten.</p>",
        "außerdem verpflichtet",
    ),
]


@pytest.mark.parametrize("html,needle", SPLIT_DUTY, ids=["en", "nl", "fr", "de"])
def test_an_obligation_split_by_an_adverb_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


# A list of papers stays one when an item with an obligation is added to it: the names
# after two adjectives or behind a bracketed front ("Gültiger nationaler (Reise-)Pass") count,
# so one more item does not tip the list below most of its items naming papers.
GROWN_LIST = [
    (
        "<ul><li>Valid national passport</li><li>Enrolment certificate</li><li>Study plan</li>"
        "<li>Medical certificate</li><li>Criminal record extract</li><li>The applicant must "
        "also hand in a certificate of the municipality.</li></ul>",
        "Study plan",
    ),
    (
        "<ul><li>Geldig nationaal paspoort</li><li>Inschrijvingsattest</li><li>Studieplan</li>"
        "<li>Medisch getuigschrift</li><li>Uittreksel uit het strafregister</li><li>De "
        "aanvrager moet ook een attest van de gemeente voorleggen.</li></ul>",
        "Studieplan",
    ),
    (
        "<ul><li>Passeport national valable</li><li>Attestation d'inscription</li><li>Plan "
        "d'études</li><li>Certificat médical</li><li>Extrait de casier judiciaire</li><li>Le "
        "demandeur doit aussi remettre une attestation de la commune.</li></ul>",
        "Plan d'études",
    ),
    (
        "<ul><li>Gültiger nationaler (Reise-)Pass</li><li>Eintragungsbescheinigung</li><li>"
        "Studienplan</li><li>Ärztliches Attest</li><li>Führungszeugnis</li><li>Der "
        "Antragsteller muss außerdem ein Führungszeugnis der Gemeinde vorlegen.</li></ul>",
        "Studienplan",
    ),
]


@pytest.mark.parametrize("html,needle", GROWN_LIST, ids=["en", "nl", "fr", "de"])
def test_a_list_of_papers_keeps_its_kind_when_an_item_is_added(html, needle):
    assert kind_of(html, needle) == "document"


def test_labelled_field_lines_are_no_list_of_papers():
    html = (
        "<h2>Inscription</h2><p>Document : inscription étrangers</p><p>Délai de "
        "déclaration : dans les 8 jours qui suivent l'arrivée.</p><p>Coût : variable</p>"
    )
    assert kind_of(html, "Document : inscription") is None


def test_a_line_with_a_colon_in_brackets_stays_a_paper_and_a_price_label_is_no_row():
    lines = (
        "<h2>Première inscription</h2><p><strong>Documents à présenter :</strong></p><h3>"
        "Étudiants</h3><p>Passeport</p><p>Contrat de location</p><p>Lettre d'acceptation "
        "(pour un étudiant en échange : Erasmus)</p>"
    )
    assert kind_of(lines, "Lettre d'acceptation") == "document"
    prices = (
        "<h2>Tarifs</h2><ul><li>Passeports pour réfugiés</li><li>Toute autre attestation ou "
        "copie</li><li>Photocopies :<ul><li>Impression noir et blanc, format A4 : 0,16 "
        "EUR/page</li><li>Impression couleur, format A4 : 0,68 EUR/page</li></ul></li></ul>"
    )
    assert kind_of(prices, "Photocopies") is None


def test_a_lapse_that_names_no_condition_lifts_nothing_and_a_threshold_line_stays():
    # "the route via the ministry lapses for these applications": no condition named
    route = (
        "<h2>Anträge online einreichen</h2><p>Der Weg über das Ministerium entfällt für diese "
        "Anträge.</p>"
    )
    assert kind_of(route, "Der Weg über das Ministerium") != "exemption"
    # a pay threshold under a lead-in on whom the permit takes is no price line
    threshold = (
        "<h2>Highly qualified worker</h2><p>You are concerned if the yearly pay goes beyond "
        "the following amount:</p><ul><li>manager: 80.000 euros</li></ul>"
    )
    assert kind_of(threshold, "manager: 80.000 euros") == "requirement"
    # steps that send a form are steps, not a list of papers
    steps = (
        "<h2>Hoe aanvragen</h2><ol><li>Vul het aanvraagformulier online in.</li><li>Stuur "
        "het formulier met de bijlagen naar de regionale dienst.</li></ol>"
    )
    assert kind_of(steps, "Stuur het formulier") == "step"
