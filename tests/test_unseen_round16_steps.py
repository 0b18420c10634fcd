"""Round 16 of issue 12, steps, in en, nl, fr, de (tests/devset/GUIDE.md, "Settled in the
round-15 label audit"): the heading structures that make a sentence a `step`, and the
exceptions that keep its own kind under them.

- a heading that asks what to do ("What should I do when …?", "Wat moet je doen als …?",
  "Que faut-il faire en cas de …?", "Was muss ich tun, wenn …?") heads steps: an act, an
  order or an obligation to act is a `step`, a fact about the permit is no row;
- a heading about a card lost or stolen heads steps; a right or a status lost ("Loss of the
  right of residence") is no such heading;
- an h3 naming a case, a place or a group under a procedure h2 takes the h2's kind, for its
  list items and its obligations too;
- under a heading about the procedure, an obligation to attach or bring a named paper is a
  `document`; "X is needed for …" under such an h3 says who needs it, a `requirement`.

Every sentence is our own; no form was taken from a page (the vocabulary of the what-to-do
questions and of loss and theft comes from knowing the four languages).
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def kinds(html: str) -> dict[str, str]:
    return {c.text: c.kind for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))}


def kind_of(html: str, needle: str) -> str | None:
    return next((k for text, k in kinds(html).items() if needle in text), None)


PAGE = "<h1>Residence card</h1>"

# (heading asking what to do, a sentence telling an act, a needle of it)
WHAT_TO_DO = [
    (
        "en",
        "What should I do when my address changes?",
        "Tell the town hall about it.",
        "town hall",
    ),
    (
        "en",
        "What needs to be done after the decision?",
        "You collect the card at the counter.",
        "collect the card",
    ),
    (
        "nl",
        "Wat moet je doen als je verhuist?",
        "Je meldt je nieuwe adres binnen acht dagen.",
        "nieuwe adres",
    ),
    ("nl", "Wat te doen na uw aankomst?", "Ga langs bij de dienst bevolking.", "dienst bevolking"),
    (
        "fr",
        "Que faut-il faire en cas de changement d'employeur ?",
        "Le nouvel employeur introduit une nouvelle demande.",
        "nouvelle demande",
    ),
    (
        "fr",
        "Que devez-vous faire à votre arrivée ?",
        "Rendez-vous à la maison communale.",
        "maison communale",
    ),
    (
        "de",
        "Was muss ich tun, wenn ich umziehe?",
        "Melden Sie die neue Adresse der Gemeinde.",
        "neue Adresse",
    ),
    (
        "de",
        "Was ist jetzt zu tun?",
        "Sie beantragen die Karte bei der Gemeinde.",
        "beantragen die Karte",
    ),
]


@pytest.mark.parametrize(
    "heading,sentence,needle",
    [pytest.param(h, s, n, id=f"{lang}-{i}") for i, (lang, h, s, n) in enumerate(WHAT_TO_DO)],
)
def test_an_act_under_a_heading_asking_what_to_do_is_a_step(heading, sentence, needle):
    assert kind_of(f"{PAGE}<h2>{heading}</h2><p>{sentence}</p>", needle) == "step"


# a fact about the permit under such a heading, told in a list: no row
FACT_UNDER_WHAT_TO_DO = [
    (
        "en",
        "What to do on arrival?",
        "The card stays valid for five years in every region.",
        "stays valid",
    ),
    (
        "nl",
        "Wat moet u doen bij aankomst?",
        "De kaart blijft in elk gewest vijf jaar geldig.",
        "blijft in elk",
    ),
    (
        "fr",
        "Que faire à l'arrivée ?",
        "La carte reste valable cinq ans dans chaque région.",
        "reste valable",
    ),
    (
        "de",
        "Was ist bei der Ankunft zu tun?",
        "Die Karte bleibt in jeder Region fünf Jahre gültig.",
        "bleibt in jeder",
    ),
]


@pytest.mark.parametrize(
    "heading,item,needle",
    [
        pytest.param(h, s, n, id=f"{lang}-{i}")
        for i, (lang, h, s, n) in enumerate(FACT_UNDER_WHAT_TO_DO)
    ],
)
def test_a_fact_under_a_heading_asking_what_to_do_is_no_row(heading, item, needle):
    assert kind_of(f"{PAGE}<h2>{heading}</h2><ul><li>{item}</li></ul>", needle) is None


LOSS = [
    ("en", "Stolen residence card", "Report the theft to the local police.", "Report the theft"),
    ("en", "Loss of your card", "You must apply for a duplicate at the town hall.", "duplicate"),
    (
        "nl",
        "Identiteitskaart verloren of gestolen?",
        "Doe aangifte bij de politie.",
        "aangifte bij",
    ),
    (
        "nl",
        "Verlies van uw verblijfskaart",
        "U vraagt een nieuwe kaart aan bij de gemeente.",
        "nieuwe kaart",
    ),
    ("fr", "Carte de séjour perdue ou volée", "Déclarez la perte à la police.", "Déclarez"),
    ("fr", "Vol du titre de séjour", "Vous devez demander un duplicata à la commune.", "duplicata"),
    (
        "de",
        "Verlust der Aufenthaltskarte",
        "Beantragen Sie eine neue Karte bei der Gemeinde.",
        "neue Karte",
    ),
    ("de", "Karte gestohlen?", "Erstatten Sie Anzeige bei der Polizei.", "Anzeige"),
]


@pytest.mark.parametrize(
    "heading,sentence,needle",
    [pytest.param(h, s, n, id=f"{lang}-{i}") for i, (lang, h, s, n) in enumerate(LOSS)],
)
def test_an_act_under_a_heading_about_a_lost_or_stolen_card_is_a_step(heading, sentence, needle):
    assert kind_of(f"{PAGE}<h2>{heading}</h2><p>{sentence}</p>", needle) == "step"


# a right or a status lost is no heading about a lost card: its sentences keep the kind they
# have under a heading naming no kind
LOST_RIGHT = [
    ("en", "Loss of the right of residence", "The office checks the file every year."),
    ("nl", "Verlies van het verblijfsrecht", "De dienst onderzoekt het dossier elk jaar."),
    ("fr", "Perte du droit de séjour", "L'Office examine le dossier chaque année."),
    ("de", "Verlust des Aufenthaltsrechts", "Das Amt prüft die Akte jedes Jahr."),
]


@pytest.mark.parametrize(
    "heading,sentence",
    [pytest.param(h, s, id=f"{lang}-{i}") for i, (lang, h, s) in enumerate(LOST_RIGHT)],
)
def test_a_right_lost_is_no_heading_about_a_lost_card(heading, sentence):
    assert kinds(f"{PAGE}<h2>{heading}</h2><p>{sentence}</p>") == {}


# an h3 naming a group under a procedure h2: its list items and obligations are steps
CASE_H3 = [
    (
        "en",
        "How to apply",
        "Family members abroad",
        "<ul><li>The family member files the visa at the embassy.</li></ul>",
        "files the visa",
    ),
    (
        "en",
        "Procedure",
        "Researchers",
        "<p>You must send the hosting agreement to the office.</p>",
        "hosting agreement",
    ),
    (
        "nl",
        "Procedure",
        "Gezinsleden in het buitenland",
        "<ul><li>Het gezinslid dient de visumaanvraag in bij de ambassade.</li></ul>",
        "visumaanvraag",
    ),
    (
        "nl",
        "Hoe aanvragen?",
        "Onderzoekers",
        "<p>U moet de gastovereenkomst naar de dienst sturen.</p>",
        "gastovereenkomst",
    ),
    (
        "fr",
        "Procédure",
        "Membres de la famille à l'étranger",
        "<ul><li>Le membre de la famille introduit la demande de visa à l'ambassade.</li></ul>",
        "demande de visa",
    ),
    (
        "fr",
        "Comment introduire la demande ?",
        "Chercheurs",
        "<p>Vous devez envoyer la convention d'accueil au service.</p>",
        "convention d'accueil",
    ),
    (
        "de",
        "Antragsverfahren",
        "Familienangehörige im Ausland",
        "<ul><li>Das Familienmitglied reicht den Visumantrag bei der Botschaft ein.</li></ul>",
        "Visumantrag",
    ),
    (
        "de",
        "Wie beantragen?",
        "Forscher",
        "<p>Sie müssen die Aufnahmevereinbarung an die Behörde senden.</p>",
        "Aufnahmevereinbarung",
    ),
]


@pytest.mark.parametrize(
    "h2,h3,body,needle",
    [pytest.param(a, b, c, n, id=f"{lang}-{i}") for i, (lang, a, b, c, n) in enumerate(CASE_H3)],
)
def test_an_h3_naming_a_group_under_a_procedure_heading_heads_steps(h2, h3, body, needle):
    assert kind_of(f"{PAGE}<h2>{h2}</h2><h3>{h3}</h3>{body}", needle) == "step"


# under a procedure heading, an obligation to attach or bring a named paper is a document
ATTACH_UNDER_PROCEDURE = [
    (
        "en",
        "Procedure",
        "You must attach a copy of the police report to the application.",
        "police report",
    ),
    (
        "nl",
        "Procedure",
        "U moet een kopie van het politieverslag bij de aanvraag voegen.",
        "politieverslag",
    ),
    (
        "fr",
        "Procédure",
        "Vous devez joindre une copie du procès-verbal de la police à la demande.",
        "procès-verbal",
    ),
    (
        "de",
        "Antragsverfahren",
        "Sie müssen dem Antrag eine Kopie der Polizeibescheinigung beifügen.",
        "Polizeibescheinigung",
    ),
]


@pytest.mark.parametrize(
    "h2,sentence,needle",
    [
        pytest.param(a, s, n, id=f"{lang}-{i}")
        for i, (lang, a, s, n) in enumerate(ATTACH_UNDER_PROCEDURE)
    ],
)
def test_an_obligation_to_attach_a_paper_under_a_procedure_heading_is_a_document(
    h2, sentence, needle
):
    assert kind_of(f"{PAGE}<h2>{h2}</h2><p>{sentence}</p>", needle) == "document"


# a heading naming the change of address (a municipal formality, GUIDE devset-u) heads steps
CHANGE_OF_ADDRESS = [
    ("en", "Change of address", "Report the new address to the population office.", "new address"),
    (
        "nl",
        "Adreswijziging",
        "U meldt uw nieuwe adres binnen acht dagen aan de gemeente.",
        "nieuwe adres",
    ),
    (
        "fr",
        "Changement d'adresse",
        "Vous devez signaler votre nouvelle adresse à la commune.",
        "nouvelle adresse",
    ),
    ("de", "Umzug", "Melden Sie Ihre neue Adresse bei der Gemeinde.", "neue Adresse"),
]


@pytest.mark.parametrize(
    "heading,sentence,needle",
    [
        pytest.param(h, s, n, id=f"{lang}-{i}")
        for i, (lang, h, s, n) in enumerate(CHANGE_OF_ADDRESS)
    ],
)
def test_a_heading_naming_the_change_of_address_heads_steps(heading, sentence, needle):
    assert kind_of(f"{PAGE}<h2>{heading}</h2><p>{sentence}</p>", needle) == "step"


# a sentence ending its section on ":" under a procedure heading that tells a whole act (the
# offices follow under the next heading) is a step; one that only points below, or a bare
# "must:", is no row
ACT_BEFORE_ITS_PLACES = [
    (
        "en",
        "Change of address",
        "Your new address has to be reported to the city services:",
        "step",
    ),
    (
        "nl",
        "Adreswijziging",
        "Een adreswijziging meldt u aan de dienst bevolking van uw gemeente:",
        "step",
    ),
    (
        "fr",
        "Changement d'adresse",
        "Le changement d'adresse se déclare auprès des services communaux suivants :",
        "step",
    ),
    (
        "de",
        "Umzug",
        "Die Adressänderung melden Sie bei den folgenden Stellen der Gemeinde:",
        "step",
    ),
    ("en", "Procedure", "See below how much time you have to file the application:", None),
    ("nl", "Procedure", "Bekijk hieronder hoeveel tijd je hebt om de aanvraag in te dienen:", None),
    ("fr", "Procédure", "La famille d'accueil doit :", None),
    ("de", "Verfahren", "Unten sehen Sie, wie viel Zeit Sie für den Antrag haben:", None),
]


@pytest.mark.parametrize(
    "heading,sentence,kind",
    [
        pytest.param(h, s, k, id=f"{lang}-{i}")
        for i, (lang, h, s, k) in enumerate(ACT_BEFORE_ITS_PLACES)
    ],
)
def test_an_act_ending_its_section_on_a_colon_is_a_step(heading, sentence, kind):
    html = (
        f"{PAGE}<h2>{heading}</h2><p>{sentence}</p><h2>Contact</h2><p>Town hall, Main street 1.</p>"
    )
    assert kind_of(html, sentence[:12]) == kind


# what the authority asks of the reader at a stage is a step ("vous sont réclamées"); fees
# "réclamés par" a provider describe a cost, no row
def test_papers_asked_of_the_reader_under_a_procedure_heading_are_a_step():
    html = f"{PAGE}<h2>Procédure</h2><p>Les pièces manquantes vous sont réclamées par courrier.</p>"
    assert kind_of(html, "pièces manquantes") == "step"


# what an authority or the applicant does, under a procedure heading: a step; the German object
# opened by "die" sits between the verb's parts ("leitet die Akte weiter"); an act given as an
# example of what an office is ("händigt zum Beispiel die Karten aus") describes it
PROCEDURE_HEADING = {"en": "Procedure", "nl": "Procedure", "fr": "Procédure", "de": "Verfahren"}
ACTS = [
    ("en", "The office stamps the passport of the worker.", "step"),
    ("en", "The municipality hands over the card to the worker.", "step"),
    ("en", "You then get an electronic residence card.", "step"),
    ("en", "The service will contact you by phone.", "step"),
    ("nl", "U laadt de documenten op in het portaal.", "step"),
    ("nl", "U haalt uw kaart op in het gemeentehuis.", "step"),
    ("nl", "De dienst neemt telefonisch contact met u op.", "step"),
    ("nl", "De kaart wordt door de gemeente uitgereikt.", "step"),
    ("fr", "La commune vous inscrit au registre des étrangers.", "step"),
    ("fr", "Vous retirez votre carte à la maison communale.", "step"),
    ("fr", "Vous obtenez ensuite une carte électronique.", "step"),
    ("fr", "Le service vous contactera par téléphone.", "step"),
    ("de", "Die Botschaft leitet die Akte an das Ausländeramt weiter.", "step"),
    ("de", "Die Gemeinde händigt die Karte aus.", "step"),
    ("de", "Die Gemeinde trägt Sie in das Fremdenregister ein.", "step"),
    ("de", "Sie laden die Dokumente im Portal hoch.", "step"),
    (
        "de",
        "Der Schalter ist ein Dienstleister und händigt zum Beispiel die Karten aus.",
        None,
    ),
]


@pytest.mark.parametrize(
    "lang,sentence,kind", [pytest.param(*case, id=f"{case[0]}-{i}") for i, case in enumerate(ACTS)]
)
def test_an_act_under_a_procedure_heading_is_a_step(lang, sentence, kind):
    html = f"{PAGE}<h2>{PROCEDURE_HEADING[lang]}</h2><p>{sentence}</p>"
    assert kind_of(html, sentence[:15]) == kind


# --- From half B (separate commits): stage compounds, procedures named as things to do, and
# a case caption over its nested stages. Our own sentences.

# a stage and the application in one compound ("Hernieuwingsaanvraag", "Verlängerungsantrag"),
# or the first/new application, heads steps as "Renewal application" does
STAGE_COMPOUNDS = [
    (
        "en",
        "First application",
        "You file the application at the enterprise counter.",
        "file the application",
    ),
    (
        "nl",
        "Hernieuwingsaanvraag",
        "Je moet de hernieuwing twee maanden voor de vervaldatum indienen bij het loket.",
        "hernieuwing twee maanden",
    ),
    (
        "nl",
        "Verlengingsaanvraag",
        "Bij de verlenging wordt gecontroleerd of je belastingen betaald zijn.",
        "wordt gecontroleerd",
    ),
    (
        "fr",
        "Nouvelle demande",
        "Vous devez introduire la demande auprès du guichet d'entreprises.",
        "introduire la demande",
    ),
    (
        "de",
        "Verlängerungsantrag",
        "Sie müssen die Verlängerung zwei Monate vor Ablauf beim Schalter beantragen.",
        "Verlängerung zwei Monate",
    ),
    (
        "de",
        "Erstantrag",
        "Das Ministerium prüft Ihren Antrag innerhalb von drei Monaten.",
        "prüft Ihren Antrag",
    ),
]


@pytest.mark.parametrize(
    "heading,sentence,needle",
    [pytest.param(h, s, n, id=f"{lang}-{i}") for i, (lang, h, s, n) in enumerate(STAGE_COMPOUNDS)],
)
def test_a_stage_compound_heading_heads_steps(heading, sentence, needle):
    assert kind_of(f"{PAGE}<h2>{heading}</h2><p>{sentence}</p>", needle) == "step"


# a long lead-in naming the procedure as things to do governs its list: its acts are steps;
# a case caption over nested stages is no row
STEPS_TO_DO_LEADS = [
    (
        "en",
        "Practical aspects of the procedures to be carried out at the town hall:",
        "Stay of more than three months",
        "Report to the population office within eight days.",
        "Report to the population",
    ),
    (
        "nl",
        "Enkele praktische punten over de uit te voeren formaliteiten in onze gemeente:",
        "Verblijf van meer dan drie maanden",
        "Meld u binnen acht dagen bij de dienst bevolking.",
        "Meld u binnen",
    ),
    (
        "fr",
        "Quelques points pratiques sur les démarches à effectuer dans notre commune :",
        "Séjour de plus de trois mois",
        "Présentez-vous au service population dans les huit jours.",
        "Présentez-vous",
    ),
    (
        "de",
        "Einige praktische Hinweise zu den zu erledigenden Formalitäten in unserer Gemeinde:",
        "Aufenthalt von mehr als drei Monaten",
        "Melden Sie sich innerhalb von acht Tagen beim Bürgerbüro.",
        "Melden Sie sich",
    ),
]


@pytest.mark.parametrize(
    "lead,caption,act,needle",
    [
        pytest.param(a, b, c, d, id=f"{lang}-{i}")
        for i, (lang, a, b, c, d) in enumerate(STEPS_TO_DO_LEADS)
    ],
)
def test_a_lead_in_naming_procedures_to_carry_out_heads_steps_its_case_caption_is_no_row(
    lead, caption, act, needle
):
    html = (
        f"{PAGE}<h2>Newcomers</h2><p>{lead}</p><ul><li>{caption}<ul><li>{act}</li></ul></li></ul>"
    )
    assert kind_of(html, needle) == "step"
    assert kind_of(html, caption) is None


# under a procedure heading, a permission to file denied (or given only in one place) to the
# reader or a group is the condition on who may file, a requirement; in a case clause, a
# relative, a passive or said of the authority it is not
DENIED_PERMISSION = [
    (
        "en",
        "Where to apply?",
        "Anyone staying illegally in Belgium cannot apply for a card.",
        "requirement",
    ),
    (
        "nl",
        "Waar dien je de aanvraag in?",
        "Wie onwettig in België verblijft, kan geen aanvraag voor een kaart indienen.",
        "requirement",
    ),
    (
        "nl",
        "Waar dien je de aanvraag in?",
        "Is dat het geval, dan kan je op basis van deze kaart geen nieuwe aanvraag meer doen.",
        "requirement",
    ),
    (
        "fr",
        "Où introduire la demande ?",
        "Le travailleur ne peut pas introduire la demande depuis la Belgique.",
        "requirement",
    ),
    (
        "fr",
        "Où introduire la demande ?",
        "Les membres de la famille ne peuvent introduire leur demande qu'à l'ambassade.",
        "requirement",
    ),
    (
        "fr",
        "Où introduire la demande ?",
        "S'ils résident déjà en Belgique, ils ne peuvent introduire la demande à la commune "
        "que dans des cas exceptionnels.",
        "requirement",
    ),
    (
        "de",
        "Wo beantragen?",
        "Wer sich illegal in Belgien aufhält, kann keinen Antrag auf eine Karte stellen.",
        "requirement",
    ),
    (
        "en",
        "Procedure",
        "If a person cannot produce a document, the embassy examines the file anyway.",
        "step",
    ),
    (
        "nl",
        "Procedure",
        "Kunt u geen volledig dossier voorleggen, stuur dan de aanvraag toch naar de ambassade.",
        "step",
    ),
    (
        "fr",
        "Procédure",
        "Lorsqu'une personne ne peut pas produire un acte, l'ambassade examine le dossier.",
        "step",
    ),
    (
        "de",
        "Verfahren",
        "Wenn Sie keinen Nachweis vorlegen können, prüft die Botschaft den Antrag trotzdem.",
        "step",
    ),
]


@pytest.mark.parametrize(
    "heading,sentence,kind",
    [
        pytest.param(h, s, k, id=f"{lang}-{i}")
        for i, (lang, h, s, k) in enumerate(DENIED_PERMISSION)
    ],
)
def test_a_permission_to_file_denied_under_a_procedure_heading_is_a_requirement(
    heading, sentence, kind
):
    assert kind_of(f"{PAGE}<h2>{heading}</h2><p>{sentence}</p>", sentence[:14]) == kind


# under a lead-in that says to hand in or bring what follows, in a procedure section, an item
# naming a thing (article or number first, no act in its first sentence) is a document; an
# item telling an act stays a step
HANDED_IN = [
    (
        "en",
        "How to apply",
        "Please hand in the following:",
        "A stamped envelope with your own address on it.",
        "document",
    ),
    (
        "en",
        "How to apply",
        "Please hand in the following:",
        "The signed contract (with one copy of it). The employer keeps the original.",
        "document",
    ),
    (
        "nl",
        "Hoe aanvragen?",
        "Breng het volgende mee:",
        "Een gefrankeerde omslag met uw eigen adres.",
        "document",
    ),
    (
        "fr",
        "Comment introduire la demande ?",
        "Veuillez apporter :",
        "Une enveloppe timbrée à votre adresse.",
        "document",
    ),
    (
        "de",
        "Wie beantragen?",
        "Bringen Sie bitte Folgendes mit:",
        "Ein frankierter Umschlag mit Ihrer Adresse.",
        "document",
    ),
    (
        "en",
        "How to apply",
        "Please hand in the following:",
        "The employer sends the application to the region.",
        "step",
    ),
]


@pytest.mark.parametrize(
    "heading,lead,item,kind",
    [
        pytest.param(h, ld, it, k, id=f"{lang}-{i}")
        for i, (lang, h, ld, it, k) in enumerate(HANDED_IN)
    ],
)
def test_a_thing_handed_in_under_a_procedure_heading_is_a_document(heading, lead, item, kind):
    html = f"{PAGE}<h2>{heading}</h2><p>{lead}</p><ul><li>{item}</li></ul>"
    assert kind_of(html, item[:12]) == kind


# under a procedure heading, a list item ending on ":" that only states the case ("You already
# have a right of residence:") opens what to do in it: no row; one telling an act is a step
CASE_OPENER_ITEMS = [
    ("en", "Where to apply?", "You already have a right of residence in Belgium:", None),
    ("nl", "Waar dien je de aanvraag in?", "Je hebt al een verblijfsrecht in België:", None),
    ("fr", "Où introduire la demande ?", "Vous avez déjà un droit de séjour en Belgique :", None),
    ("de", "Wo beantragen?", "Sie haben bereits ein Aufenthaltsrecht in Belgien:", None),
    ("en", "Where to apply?", "You submit the application online:", "step"),
]


@pytest.mark.parametrize(
    "heading,item,kind",
    [
        pytest.param(h, it, k, id=f"{lang}-{i}")
        for i, (lang, h, it, k) in enumerate(CASE_OPENER_ITEMS)
    ],
)
def test_a_case_opener_item_under_a_procedure_heading_is_no_row(heading, item, kind):
    html = (
        f"{PAGE}<h2>{heading}</h2><ul><li>{item}</li></ul>"
        "<p>The employer sends the application to the region.</p>"
    )
    assert kind_of(html, item[:12]) == kind


# what the authority will not accept names no obligation of the reader: no row under a
# procedure heading too (GUIDE devset-r)
NOT_ACCEPTED = [
    ("en", "Procedure", "The counter accepts no incomplete application."),
    ("en", "Procedure", "A certificate of registration is no longer accepted for the application."),
    ("nl", "Procedure", "Het loket aanvaardt geen onvolledig dossier."),
    (
        "nl",
        "Waar dien je de aanvraag in?",
        "Een attest van immatriculatie wordt niet langer aanvaard voor de aanvraag.",
    ),
    ("fr", "Procédure", "Le guichet n'accepte aucune demande incomplète."),
    ("fr", "Procédure", "Une attestation d'immatriculation n'est plus acceptée pour la demande."),
    ("de", "Verfahren", "Der Schalter nimmt keinen unvollständigen Antrag an."),
    ("de", "Verfahren", "Eine Anmeldebescheinigung wird für den Antrag nicht mehr akzeptiert."),
]


@pytest.mark.parametrize(
    "heading,sentence",
    [pytest.param(h, s, id=f"{lang}-{i}") for i, (lang, h, s) in enumerate(NOT_ACCEPTED)],
)
def test_what_the_authority_will_not_accept_is_no_row_under_a_procedure_heading(heading, sentence):
    assert kinds(f"{PAGE}<h2>{heading}</h2><p>{sentence}</p>") == {}


# orders under a procedure heading, completed from the four languages (the French irregular
# imperatives "faites", "soyez", "ayez", "dites" have no "-ez" ending to be found by)
ORDERS = [
    ("en", "Translate the documents into French."),
    ("en", "Have the documents legalised."),
    ("en", "Select the type of permit on the portal."),
    ("nl", "Noteer het referentienummer van uw dossier."),
    ("nl", "Vertaal de documenten naar het Nederlands."),
    ("fr", "Faites traduire les documents par un traducteur juré."),
    ("fr", "Faites légaliser les documents."),
    ("de", "Lassen Sie die Dokumente übersetzen."),
]


@pytest.mark.parametrize(
    "lang,sentence", [pytest.param(*case, id=f"{case[0]}-{i}") for i, case in enumerate(ORDERS)]
)
def test_an_order_under_a_procedure_heading_is_a_step(lang, sentence):
    html = f"{PAGE}<h2>{PROCEDURE_HEADING[lang]}</h2><p>{sentence}</p>"
    assert kind_of(html, sentence[:12]) == "step"


def test_please_keep_in_mind_is_no_order():
    html = f"{PAGE}<h2>Procedure</h2><p>Please keep this in mind when you plan your stay.</p>"
    assert kind_of(html, "keep this in mind") is None


# headings that name the procedure, completed from the four languages; a heading asking how a
# system works ("Comment ça marche ?") describes it and names no kind
PROCEDURE_HEADINGS = [
    ("nl", "Werkwijze", "U dient de aanvraag in bij het ondernemingsloket."),
    ("nl", "Hoe gaat het in zijn werk?", "U dient de aanvraag in bij het ondernemingsloket."),
    ("fr", "Marche à suivre", "Vous introduisez la demande auprès du guichet d'entreprises."),
    ("fr", "Déroulement", "Vous introduisez la demande auprès du guichet d'entreprises."),
    ("de", "Wie gehe ich vor?", "Sie reichen den Antrag beim Unternehmensschalter ein."),
    ("de", "So beantragen Sie die Karte", "Sie reichen den Antrag beim Unternehmensschalter ein."),
]


@pytest.mark.parametrize(
    "heading,sentence",
    [pytest.param(h, s, id=f"{lang}-{i}") for i, (lang, h, s) in enumerate(PROCEDURE_HEADINGS)],
)
def test_a_heading_naming_the_procedure_heads_steps(heading, sentence):
    assert kind_of(f"{PAGE}<h2>{heading}</h2><p>{sentence}</p>", sentence[:10]) == "step"


# in a procedure section, the cases and papers nested under an item naming one paper are that
# paper's forms, documents, also when the list opens nested (after "Step 2" as a heading)
NESTED_PAPER = [
    (
        "en",
        "Step 2",
        "Identity document of the au pair",
        "The au pair is abroad when the application is filed",
        "Foreign identity card or the data page of the passport.",
    ),
    (
        "nl",
        "Stap 2",
        "Identiteitsbewijs van de au pair",
        "De au pair is in het buitenland bij de aanvraag",
        "Buitenlandse identiteitskaart of de gegevens uit het paspoort.",
    ),
    (
        "fr",
        "Étape 2",
        "Pièce d'identité de l'au pair",
        "L'au pair est à l'étranger lors de la demande",
        "Carte d'identité étrangère ou les données du passeport.",
    ),
    (
        "de",
        "Schritt 2",
        "Identitätsnachweis des Au-pairs",
        "Das Au-pair ist bei der Antragstellung im Ausland",
        "Ausländischer Personalausweis oder die Daten des Reisepasses.",
    ),
]


@pytest.mark.parametrize(
    "step,paper,case,form",
    [
        pytest.param(a, b, c, d, id=f"{lang}-{i}")
        for i, (lang, a, b, c, d) in enumerate(NESTED_PAPER)
    ],
)
def test_the_forms_of_a_paper_nested_under_it_are_documents(step, paper, case, form):
    html = (
        f"{PAGE}<h2>{PROCEDURE_HEADING['en']}</h2><h3>{step}</h3><ul><li><ul><li>{paper}<ul>"
        f"<li>{case}<ul><li>{form}</li></ul></li></ul></li></ul></li></ul>"
    )
    assert kind_of(html, form[:12]) == "document"


# a group named, then the paper it brings, in a procedure list: a document
GROUP_BRINGS = [
    ("en", "Self-employed: he brings a recent extract from the company register;", "document"),
    (
        "fr",
        "Indépendant : il apporte un extrait récent de la Banque-Carrefour des Entreprises ;",
        "document",
    ),
    (
        "de",
        "Selbständige: er bringt einen aktuellen Auszug aus dem Unternehmensregister mit;",
        "document",
    ),
]


@pytest.mark.parametrize(
    "item,kind",
    [pytest.param(it, k, id=f"{lang}-{i}") for i, (lang, it, k) in enumerate(GROUP_BRINGS)],
)
def test_the_paper_a_named_group_brings_is_a_document(item, kind):
    html = f"{PAGE}<h2>Procedure</h2><ul><li>{item}</li></ul>"
    assert kind_of(html, item[:12]) == kind


# under a procedure heading, an obligation to prove that a condition holds is the condition
PROVES_THAT = [
    ("en", "Renewal", "For each renewal you must prove that you still meet the conditions."),
    (
        "nl",
        "Hernieuwing",
        "Bij elke hernieuwing moet u aantonen dat u nog aan de voorwaarden voldoet.",
    ),
    ("fr", "Renouvellement", "Vous devrez démontrer que votre passeport reste valable trois mois."),
    ("de", "Verlängerung", "Sie müssen nachweisen, dass Sie die Bedingungen weiterhin erfüllen."),
]


@pytest.mark.parametrize(
    "heading,sentence",
    [pytest.param(h, s, id=f"{lang}-{i}") for i, (lang, h, s) in enumerate(PROVES_THAT)],
)
def test_an_obligation_to_prove_a_condition_is_a_requirement(heading, sentence):
    assert kind_of(f"{PAGE}<h2>{heading}</h2><p>{sentence}</p>", sentence[:12]) == "requirement"


# in a procedure list, a group named then the state the reader is in is a requirement
GROUP_STATE = [
    ("en", "Refugees: you have a residence card issued after recognition;"),
    ("nl", "Subsidiaire bescherming: je hebt een tijdelijk verblijfsrecht;"),
    ("fr", "Réfugiés : vous avez une carte de séjour délivrée après la reconnaissance ;"),
    ("de", "Flüchtlinge: Sie haben eine Aufenthaltskarte nach der Anerkennung;"),
]


@pytest.mark.parametrize(
    "item", [pytest.param(it, id=f"{lang}-{i}") for i, (lang, it) in enumerate(GROUP_STATE)]
)
def test_a_group_and_its_state_in_a_procedure_list_is_a_requirement(item):
    html = f"{PAGE}<h2>Procedure</h2><ul><li>{item}</li></ul>"
    assert kind_of(html, item[:10]) == "requirement"


# a heading naming a stage as a question or a noun heads steps: what someone does there
STAGE_QUESTIONS = [
    ("en", "Where do I go?", "You go to the population office of your municipality."),
    (
        "en",
        "When will I get my card?",
        "The municipality sends you a letter when the card is ready.",
    ),
    ("nl", "Waar moet ik zijn?", "U gaat naar de dienst bevolking van uw gemeente."),
    ("nl", "Een afspraak maken", "U maakt online een afspraak met de dienst bevolking."),
    ("fr", "Où dois-je me rendre ?", "Vous vous présentez au service population de votre commune."),
    ("fr", "Prendre rendez-vous", "Vous prenez rendez-vous en ligne avec le service population."),
    ("de", "Wohin muss ich mich wenden?", "Sie wenden sich an das Bürgerbüro Ihrer Gemeinde."),
    (
        "de",
        "Wann erhalte ich meine Karte?",
        "Die Gemeinde schickt Ihnen einen Brief, sobald die Karte fertig ist.",
    ),
]


@pytest.mark.parametrize(
    "heading,sentence",
    [pytest.param(h, s, id=f"{lang}-{i}") for i, (lang, h, s) in enumerate(STAGE_QUESTIONS)],
)
def test_a_heading_naming_a_stage_as_a_question_heads_steps(heading, sentence):
    assert kind_of(f"{PAGE}<h2>{heading}</h2><p>{sentence}</p>", sentence[:12]) == "step"
