"""Round 12 of issue 12, conditions: what a heading naming a stage heads, in en, nl, fr, de.

- a stage's heading ("Decision", "Beslissing", "Décision", "Entscheidung") or a heading asking
  when ("When?", "Wanneer?", "Quand ?", "Wann?") heads steps only where the text under it says
  what someone does (files, sends, examines, decides, must …): a fact about the stage ("The
  moment of applying is left to the family") is no row, under the label audit's entry on a
  stage's heading (GUIDE). Round 11 read ten such facts as steps on the older pages.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def kinds(html: str) -> dict[str, str]:
    return {c.text: c.kind for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))}


# (heading, a fact about the stage, what someone does at it)
WHEN = {
    "en": (
        "When?",
        "The moment of the application is left to the family that wants to live together.",
        "The employer files the application before the work starts.",
    ),
    "nl": (
        "Wanneer?",
        "Het tijdstip is vrij te kiezen voor het gezin dat wil samenleven.",
        "De werkgever dient de aanvraag in voor het werk begint.",
    ),
    "fr": (
        "Quand ?",
        "Le moment de la demande est libre pour la famille qui veut vivre ensemble.",
        "L'employeur introduit la demande avant le début du travail.",
    ),
    "de": (
        "Wann?",
        "Der Zeitpunkt des Antrags ist der Familie überlassen, die zusammenleben will.",
        "Der Arbeitgeber reicht den Antrag vor Beginn der Arbeit ein.",
    ),
}

DECISION = {
    "en": (
        "Decision",
        "Since 2019 the date of the decision appears on every card.",
        "The Office examines the file and informs the employer.",
    ),
    "nl": (
        "Beslissing",
        "Sinds 2019 staat de datum van de beslissing op elke kaart.",
        "De dienst onderzoekt het dossier en verwittigt de werkgever.",
    ),
    "fr": (
        "Décision",
        "Depuis 2019, la date de la décision figure sur chaque carte.",
        "Le service examine le dossier et informe l'employeur.",
    ),
    "de": (
        "Entscheidung",
        "Seit 2019 steht das Datum der Entscheidung auf jeder Karte.",
        "Die Behörde prüft die Akte und informiert den Arbeitgeber.",
    ),
}


# a paragraph under "When?", a list under "Decision"
SHAPES = {
    "when": (WHEN, "<h2>{h}</h2><p>{fact} {act}</p>"),
    "decision": (DECISION, "<h2>{h}</h2><ul><li>{act}</li><li>{fact}</li></ul>"),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("lang", ["de", "en", "fr", "nl"])
def test_under_a_stage_heading_a_fact_is_no_step(shape, lang):
    table, page = SHAPES[shape]
    heading, fact, act = table[lang]
    found = kinds(page.format(h=heading, fact=fact, act=act))
    assert fact not in found
    assert found.get(act) == "step"


@pytest.mark.parametrize("lang", sorted(DECISION))
def test_under_a_procedure_heading_every_item_stays_a_step(lang):
    """Only a heading that names a stage asks for an act: under "Procedure" the items are the
    procedure, as before round 11."""
    _, fact, act = DECISION[lang]
    heading = {"en": "Procedure", "nl": "Procedure", "fr": "Procédure", "de": "Verfahren"}[lang]
    found = kinds(f"<h2>{heading}</h2><ul><li>{act}</li><li>{fact}</li></ul>")
    assert found.get(fact) == "step"
    assert found.get(act) == "step"


CHANNELS = {
    "en": ("Issuing", "Once paid, the card is handed over:", "in person at the counter,"),
    "nl": ("Afgifte", "Na betaling reikt de gemeente de kaart uit:", "aan het loket,"),
    "fr": ("Délivrance", "Après paiement, la commune délivre la carte :", "au guichet,"),
    "de": ("Ausstellung", "Nach der Zahlung stellt die Gemeinde die Karte aus:", "am Schalter,"),
}


@pytest.mark.parametrize("lang", sorted(CHANNELS))
def test_items_of_a_lead_in_telling_the_act_stay_steps(lang):
    """ "The card is handed over:" then "in person": the lead-in says what is done, the items
    how; each is a step though it names no act of its own."""
    heading, lead, item = CHANNELS[lang]
    found = kinds(f"<h2>{heading}</h2><p>{lead}</p><ul><li>{item}</li><li>by post.</li></ul>")
    assert found.get(item) == "step"


# - a list under a heading about documents, right after a short label naming one paper ("*2
#   Letter of parental authorization"), says what that paper must be: document rows, also with
#   "must"; a state of the person there stays a requirement.
PAPER = {
    "en": (
        "Documents to hand in",
        "*3 Letter from the host school",
        "It must be dated less than a month ago.",
        "The head of the school must sign it.",
        "You must live in Japan.",
    ),
    "nl": (
        "Mee te brengen documenten",
        "*3 Brief van de gastschool",
        "Het moet minder dan een maand oud zijn.",
        "De directeur van de school moet het ondertekenen.",
        "U moet in Japan wonen.",
    ),
    "fr": (
        "Documents à fournir",
        "*3 Lettre de l'école d'accueil",
        "Elle doit dater de moins d'un mois.",
        "Le directeur de l'école doit la signer.",
        "Vous devez habiter au Japon.",
    ),
    "de": (
        "Vorzulegende Unterlagen",
        "*3 Schreiben der Gastschule",
        "Es muss weniger als einen Monat alt sein.",
        "Der Schulleiter muss es unterschreiben.",
        "Sie müssen in Japan wohnen.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAPER))
def test_items_under_a_label_naming_a_paper_say_what_it_must_be(lang):
    heading, label, dated, signed, lives = PAPER[lang]
    items = "".join(f"<li>{t}</li>" for t in (dated, signed, lives))
    found = kinds(f"<h2>{heading}</h2><p>{label}</p><ul>{items}</ul>")
    assert found.get(dated) == "document"
    assert found.get(signed) == "document"
    assert found.get(lives) == "requirement"


@pytest.mark.parametrize("lang", sorted(PAPER))
def test_without_the_label_an_obligation_under_documents_stays_a_requirement(lang):
    heading, _, dated, _, lives = PAPER[lang]
    found = kinds(f"<h2>{heading}</h2><ul><li>{dated}</li><li>{lives}</li></ul>")
    assert found.get(dated) == "requirement"
    assert found.get(lives) == "requirement"


# - a list of papers (most items open with a paper's name) under a heading that names no kind
#   stays one list across a nested list: the papers after the nested list are documents too,
#   and the nested items under a paper's lead-in say what it must show (documents).
NESTED = {
    "en": (
        "1) For a first application",
        "A copy of the worker's passport",
        "A medical certificate showing that the worker has none of these illnesses:",
        "tuberculosis of the lungs, active;",
        "A copy of the employment contract",
    ),
    "nl": (
        "1) Voor een eerste aanvraag",
        "Een kopie van het paspoort van de werknemer",
        "Een geneeskundig getuigschrift dat de werknemer geen van deze ziekten heeft:",
        "tuberculose van de longen, actief;",
        "Een kopie van de arbeidsovereenkomst",
    ),
    "fr": (
        "1) Pour une première demande",
        "Une copie du passeport du travailleur",
        "Un certificat médical attestant que le travailleur n'a aucune de ces maladies :",
        "tuberculose des poumons, active ;",
        "Une copie du contrat de travail",
    ),
    "de": (
        "1) Für einen Erstantrag",
        "Eine Kopie des Reisepasses des Arbeitnehmers",
        "Ein ärztliches Attest, dass der Arbeitnehmer keine dieser Krankheiten hat:",
        "Tuberkulose der Lunge, aktiv;",
        "Eine Kopie des Arbeitsvertrags",
    ),
}


@pytest.mark.parametrize("lang", sorted(NESTED))
def test_a_nested_list_does_not_end_a_list_of_papers(lang):
    heading, passport, certificate, illness, contract = NESTED[lang]
    found = kinds(
        f"<h3>{heading}</h3><ul><li>{passport}</li><li>{certificate}"
        f"<ul><li>{illness}</li></ul></li><li>{contract}</li></ul>"
    )
    assert found.get(passport) == "document"
    assert found.get(contract) == "document"
    assert found.get(illness) == "document"


LABELLED = {
    "en": ("Work card B", "Documents with the application:", "Documents at collection:"),
    "nl": ("Arbeidskaart B", "Documenten bij aanvraag:", "Documenten bij afhaling:"),
    "fr": ("Carte de travail B", "Documents avec la demande :", "Documents au retrait :"),
    "de": ("Arbeitskarte B", "Unterlagen zum Antrag:", "Unterlagen bei Abholung:"),
}
PAPERS = {"en": "a passport", "nl": "paspoort", "fr": "un passeport", "de": "Reisepass"}


@pytest.mark.parametrize("lang", sorted(LABELLED))
def test_items_labelling_nested_lists_of_papers_are_no_papers(lang):
    """ "Documenten bij aanvraag:" and "Documenten bij afhaling:" label their nested lists: the
    outer list, one list across them, is not a list of papers, and the labels are no rows."""
    heading, first, second = LABELLED[lang]
    paper = PAPERS[lang]
    found = kinds(
        f"<h2>{heading}</h2><ul><li>{first}<ul><li>{paper}</li></ul></li>"
        f"<li>{second}<ul><li>{paper}</li></ul></li></ul>"
    )
    assert first not in found
    assert second not in found
    assert found.get(paper) == "document"


# - a sentence that says whom an exemption covers, that an obligation binds everyone except
#   some, that some are excepted, or that a paper is no longer needed lifts an obligation: an
#   exemption, not a requirement (GUIDE: a sentence that lifts an obligation for a group).
LIFTED = {
    "en": (
        "This exemption covers the musicians and the crew their tour requires.",
        "This duty applies to everyone except two groups of researchers.",
        "You therefore no longer need a separate work card.",
    ),
    "nl": (
        "Deze vrijstelling geldt ook voor de technici die het concert nodig heeft.",
        "Uitgezonderd zijn erkende vluchtelingen en studenten.",
        "Een aparte arbeidskaart heb je dus niet meer nodig.",
    ),
    "fr": (
        "Cette dispense couvre aussi les techniciens dont le concert a besoin.",
        "Sont exceptés les réfugiés reconnus et les étudiants.",
        "Vous n'avez donc plus besoin d'une carte de travail distincte.",
    ),
    "de": (
        "Diese Befreiung gilt auch für die Techniker, die das Konzert braucht.",
        "Ausgenommen sind anerkannte Flüchtlinge und Studenten.",
        "Eine eigene Arbeitskarte brauchen Sie also nicht mehr.",
    ),
}


@pytest.mark.parametrize("lang", sorted(LIFTED))
def test_sentences_that_lift_an_obligation_for_a_group_are_exemptions(lang):
    found = kinds("<h2>Info</h2><p>" + " ".join(LIFTED[lang]) + "</p>")
    for sentence in LIFTED[lang]:
        assert found.get(sentence) == "exemption", sentence


LIMITED = {
    "en": "The exemption applies for at most 3 months.",
    "nl": "De vrijstelling geldt voor maximum 3 maanden.",
    "fr": "La dispense vaut au maximum 3 mois.",
    "de": "Die Befreiung gilt für höchstens 3 Monate.",
}


@pytest.mark.parametrize("lang", sorted(LIMITED))
def test_how_long_an_exemption_lasts_lifts_nothing(lang):
    """ "geldt voor maximum 3 maanden" says how long, not for whom: no exemption row."""
    found = kinds(f"<h2>Info</h2><p>{LIMITED[lang]}</p>")
    assert found.get(LIMITED[lang]) != "exemption"


# - a short lead-in that ends on where a permit holds ("Een beroepskaart geldt:", "… geldt voor
#   1 specifieke tewerkstelling:") lists the bounds of the permit: each item a requirement, as
#   a validity limit is (GUIDE 22:58); a lead-in that holds something else stays as it was.
HOLDS = {
    "en": ("The professional card is valid:", ("for one activity;", "in one place.")),
    "nl": ("Een beroepskaart geldt:", ("voor een welbepaalde activiteit;", "op een vaste plaats.")),
    "fr": ("La carte professionnelle est valable :", ("pour une activité ;", "en un lieu précis.")),
    "de": ("Die Berufskarte gilt:", ("für eine bestimmte Tätigkeit;", "an einem festen Ort.")),
}


@pytest.mark.parametrize("lang", sorted(HOLDS))
def test_items_of_a_lead_in_saying_where_a_permit_holds_are_requirements(lang):
    lead, items = HOLDS[lang]
    found = kinds(
        f"<h2>Info</h2><p>{lead}</p><ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"
    )
    for item in items:
        assert found.get(item) == "requirement", item


# - under a heading about conditions, a list item ending in ":" over a nested list of bare
#   names ("Referees in these sports:" then "football", "basketball.") only says which functions
#   the condition above it takes: neither the label nor the names are rows; under a heading
#   about exemptions the names are the exempt groups and stay rows.
NAMES = {
    "en": ("Conditions", "Exemptions", "Referees in these sports:", ("football", "handball.")),
    "nl": (
        "Voorwaarden",
        "Vrijstellingen",
        "Scheidsrechters in deze sporten:",
        ("voetbal", "handbal."),
    ),
    "fr": ("Conditions", "Dispenses", "Les arbitres dans ces sports :", ("football", "handball.")),
    "de": (
        "Voraussetzungen",
        "Befreiungen",
        "Schiedsrichter in diesen Sportarten:",
        ("Fußball", "Handball."),
    ),
}


def _nested(label: str, names: tuple[str, ...]) -> str:
    inner = "".join(f"<li>{name}</li>" for name in names)
    return f"<ul><li>{label}<ul>{inner}</ul></li></ul>"


@pytest.mark.parametrize("lang", sorted(NAMES))
def test_a_label_over_bare_names_under_conditions_is_a_row_its_names_are_not(lang):
    # round 16: the round-15 label audit settled that an item ending with ":" before a
    # nested list is a row of its heading's kind when its words name a group ("Referees in
    # these sports:"), which round 12 had read as no row; the bare names stay no rows
    conditions, _, label, names = NAMES[lang]
    found = kinds(f"<h2>{conditions}</h2>{_nested(label, names)}")
    assert found.get(label) == "requirement"
    for name in names:
        assert name not in found


@pytest.mark.parametrize("lang", sorted(NAMES))
def test_bare_names_under_exemptions_stay_exemptions(lang):
    _, exemptions, label, names = NAMES[lang]
    found = kinds(f"<h2>{exemptions}</h2>{_nested(label, names)}")
    for name in names:
        assert found.get(name) == "exemption", name


# - a lead-in that says a paper is not required either ("… is er evenmin een arbeidskaart
#   vereist wanneer:") or that names the waived ("Waived people. Those who:") lists exemptions.
NOT_EITHER = {
    "en": "Nor is a work card required for a short assignment when:",
    "nl": "Voor een korte opdracht is er evenmin een arbeidskaart vereist wanneer:",
    "fr": "Pour une courte mission, la carte de travail n'est pas non plus requise lorsque :",
    "de": "Für einen kurzen Einsatz ist eine Arbeitskarte ebenfalls nicht erforderlich, wenn:",
}
ITEM = {
    "en": "you hold a residence permit in another member state",
    "nl": "je een verblijfsvergunning in een andere lidstaat hebt",
    "fr": "vous avez un titre de séjour dans un autre État membre",
    "de": "Sie einen Aufenthaltstitel in einem anderen Mitgliedstaat haben",
}


@pytest.mark.parametrize("lang", sorted(NOT_EITHER))
def test_items_of_a_lead_in_lifting_a_paper_too_are_exemptions(lang):
    found = kinds(f"<h2>Info</h2><p>{NOT_EITHER[lang]}</p><ul><li>{ITEM[lang]}</li></ul>")
    assert found.get(ITEM[lang]) == "exemption"


def test_items_after_waived_people_are_exemptions():
    item = "already hold the attendance certificate of another region;"
    found = kinds(
        f"<h2>Who takes part?</h2><p>Waived people. Those who:</p><ul><li>{item}</li></ul>"
    )
    assert found.get(item) == "exemption"
