"""Round 7 of issue 12, conditions: the KIND of a row, generated as a matrix.

Each family is built from small tables of parts in en, nl, fr and de — {what governs the
list: a heading, a lead-in, nothing} × {how the language says the lead-in or the item} ×
{items with and without a verb} — and asserts the kind tests/devset/GUIDE.md gives. The
matrix is not written from one page's words: it is the family, so a fix must hold for the
phrasings no page of the dev set has. Every sentence is our own.

- lifted lead-in: a lead-in that lifts an obligation for the cases it lists ("X does not
  have to prove an income in the following cases:") makes its items exemptions, with or
  without a verb of their own, under any heading (GUIDE: a lead-in works like a heading for
  every kind; a lifted obligation is an exemption);
- lifted item: a list item that itself lifts an obligation ("In some cases you are exempt
  from …", "A permit you do not need for this.") is an exemption under a heading about
  conditions or the procedure, as a sentence of a paragraph is; a list of documents keeps
  its kind, and a prohibition stays a requirement;
- compliance lead-in: a lead-in that tells the reader to observe or respect what follows
  ("Veuillez respecter les éléments suivants :") names requirements, though the heading
  above names the file ("Dossier"): the lead-in is nearer;
- applying heading: a heading that tells the reader to apply ("Apply at Brussels Economy
  and Employment", "Dien uw aanvraag in bij …") heads the procedure: its sentences with
  "you need to" are steps.
"""

from __future__ import annotations

import itertools

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def kinds(html: str) -> dict[str, str]:
    """text -> kind of each condition read from a page body."""
    return {c.text: c.kind for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))}


def case_id(lang: str, *parts: str) -> str:
    return "-".join([lang, *(p[:24] for p in parts)])


def by_lang(sentences: list[str], langs: list[str]) -> list:
    """Sentence cases with their language in the id (the matrix is counted per language)."""
    return [
        pytest.param(s, id=case_id(lang, str(k)))
        for k, (s, lang) in enumerate(zip(sentences, langs, strict=True))
    ]


# ---------------------------------------------------------------------------------------
# Family 1: a lead-in that lifts an obligation for the cases it lists
# ---------------------------------------------------------------------------------------

LIFTING_LEAD_INS = {
    "en": [
        "The sponsor does not have to prove a stable income in the following cases:",
        "Proof of a stable income is not required in the following cases:",
        "The sponsor need not prove an income in these cases:",
        "The income condition does not apply in the following cases:",
    ],
    "nl": [
        "De gezinshereniger moet geen bewijs van inkomsten voorleggen in de volgende gevallen:",
        "De gezinshereniger hoeft zijn inkomsten niet te bewijzen in de volgende gevallen:",
        "Een bewijs van inkomsten is niet vereist in de volgende gevallen:",
        "De inkomensvoorwaarde geldt niet in de volgende gevallen:",
    ],
    "fr": [
        "Le regroupant ne doit pas apporter la preuve de revenus stables dans les cas suivants :",
        "Le regroupant n'a pas à prouver ses revenus dans les cas suivants :",
        "La preuve de revenus stables n'est pas requise dans les cas suivants :",
        "Le regroupant ne doit pas fournir de preuve de revenus dans les cas suivants :",
    ],
    "de": [
        "Der Zusammenführende muss in den folgenden Fällen kein Einkommen nachweisen:",
        "Ein Einkommensnachweis ist in den folgenden Fällen nicht erforderlich:",
        "Die Einkommensbedingung gilt in den folgenden Fällen nicht:",
        "Der Zusammenführende braucht in den folgenden Fällen keinen Nachweis vorzulegen:",
    ],
}
# items that state a case: a full sentence with a verb, and a noun phrase without one
CASE_ITEMS = {
    "en": [
        "The sponsor enjoys international protection granted by Belgium.",
        "The sponsor has been allowed to stay for an unlimited period for at least 12 months.",
        "recognised refugees and their children",
    ],
    "nl": [
        "De gezinshereniger geniet internationale bescherming die België heeft toegekend.",
        "De gezinshereniger is al minstens 12 maanden toegelaten tot een onbeperkt verblijf.",
        "erkende vluchtelingen en hun kinderen",
    ],
    "fr": [
        "Le regroupant bénéficie d'une protection internationale accordée par la Belgique.",
        "Le regroupant est autorisé au séjour illimité depuis au moins 12 mois.",
        "les réfugiés reconnus et leurs enfants",
    ],
    "de": [
        "Der Zusammenführende genießt einen internationalen Schutz, den Belgien gewährt hat.",
        "Der Zusammenführende darf seit mindestens 12 Monaten unbegrenzt hier wohnen.",
        "anerkannte Flüchtlinge und ihre Kinder",
    ],
}
# what stands above the lead-in: nothing, a heading about conditions, a topic heading
ABOVE = {
    "en": ["", "<h2>Conditions</h2>", "<h2>Means of subsistence</h2>"],
    "nl": ["", "<h2>Voorwaarden</h2>", "<h2>Bestaansmiddelen</h2>"],
    "fr": ["", "<h2>Conditions</h2>", "<h2>Moyens de subsistance</h2>"],
    "de": ["", "<h2>Voraussetzungen</h2>", "<h2>Existenzmittel</h2>"],
}

LIFTED_LEAD_CASES = [
    pytest.param(lang, above, lead, id=case_id(lang, str(i), str(j)))
    for lang in LIFTING_LEAD_INS
    for i, above in enumerate(ABOVE[lang])
    for j, lead in enumerate(LIFTING_LEAD_INS[lang])
]


@pytest.mark.parametrize(("lang", "above", "lead"), LIFTED_LEAD_CASES)
def test_items_of_a_lead_in_that_lifts_an_obligation_are_exemptions(lang, above, lead):
    items = CASE_ITEMS[lang]
    html = above + f"<p>{lead}</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    read = kinds(html)
    assert [read.get(i) for i in items] == ["exemption"] * len(items)
    assert lead not in read  # the lead-in itself is no row


OBLIGING_LEAD_INS = {
    "en": "The sponsor must prove a stable income in the following cases:",
    "nl": "De gezinshereniger moet stabiele inkomsten bewijzen in de volgende gevallen:",
    "fr": "Le regroupant doit prouver des revenus stables dans les cas suivants :",
    "de": "Der Zusammenführende muss in den folgenden Fällen ein Einkommen nachweisen:",
}
# "ne doit pas" that bans stays a ban: the lifted French 'ne doit pas' is for a burden
# (to prove, provide, apply, pay), not for what one may do
BANNING_LEAD_INS = {
    "en": "The worker must not start work in the following cases:",
    "nl": "De werknemer mag niet beginnen te werken in de volgende gevallen:",
    "fr": "Le travailleur ne doit pas commencer à travailler dans les cas suivants :",
    "de": "Der Arbeitnehmer darf in den folgenden Fällen nicht mit der Arbeit beginnen:",
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
@pytest.mark.parametrize("table", ["obliging", "banning"])
def test_items_of_an_obliging_or_banning_lead_in_stay_requirements(lang, table):
    lead = (OBLIGING_LEAD_INS if table == "obliging" else BANNING_LEAD_INS)[lang]
    items = CASE_ITEMS[lang]
    html = f"<p>{lead}</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    read = kinds(html)
    assert [read.get(i) for i in items] == ["requirement"] * len(items)


# ---------------------------------------------------------------------------------------
# Family 2: a list item that lifts an obligation itself
# ---------------------------------------------------------------------------------------

LIFTING_ITEMS = {
    "en": [
        "In some cases you are exempt from the single permit: because of your occupation.",
        "A single permit you do not need for this.",
        "For this work you do not need a single permit.",
        "Students do not have to apply for a work permit during the school holidays.",
    ],
    "nl": [
        "Soms ben je vrijgesteld van de gecombineerde vergunning: omwille van je beroep.",
        "Een gecombineerde vergunning heb je daarvoor niet nodig.",
        "Voor dit werk heb je geen gecombineerde vergunning nodig.",
        "Studenten moeten tijdens de schoolvakanties geen arbeidskaart aanvragen.",
    ],
    "fr": [
        "Dans certains cas, vous êtes dispensé du permis unique : en raison de votre profession.",
        "Un permis unique, vous n'en avez pas besoin pour ce travail.",
        "Pour ce travail, vous n'avez pas besoin de permis unique.",
        "Les étudiants ne doivent pas demander de permis de travail pendant les congés.",
    ],
    "de": [
        "In manchen Fällen sind Sie von der kombinierten Erlaubnis befreit: wegen Ihres Berufs.",
        "Eine kombinierte Erlaubnis brauchen Sie dafür nicht.",
        "Für diese Arbeit benötigen Sie keine kombinierte Erlaubnis.",
        "Studenten müssen in den Schulferien keine Arbeitserlaubnis beantragen.",
    ],
}
BANS = {
    "en": "During the school year you may not work more than 20 hours a week.",
    "nl": "Tijdens het schooljaar mag je niet meer dan 20 uur per week werken.",
    "fr": "Pendant l'année scolaire, vous ne pouvez pas travailler plus de 20 heures par semaine.",
    "de": "Während des Schuljahres dürfen Sie nicht mehr als 20 Stunden pro Woche arbeiten.",
}
HEADINGS = {  # kind -> heading, per language
    "en": {"requirement": "Conditions", "step": "Procedure", "document": "Required documents"},
    "nl": {"requirement": "Voorwaarden", "step": "Procedure", "document": "Vereiste documenten"},
    "fr": {"requirement": "Conditions", "step": "Procédure", "document": "Documents requis"},
    "de": {
        "requirement": "Voraussetzungen",
        "step": "Verfahren",
        "document": "Erforderliche Unterlagen",
    },
}
NEUTRAL_ITEM = {
    "en": "You hold a valid residence card.",
    "nl": "Je hebt een geldige verblijfskaart.",
    "fr": "Vous avez une carte de séjour valable.",
    "de": "Sie haben eine gültige Aufenthaltskarte.",
}


def _lifted_item_cases():
    for lang, items in LIFTING_ITEMS.items():
        for (heading_kind, heading), (k, item) in itertools.product(
            HEADINGS[lang].items(), enumerate(items)
        ):
            # GUIDE: lifted under conditions or the procedure is an exemption; a list of
            # documents keeps its kind
            want = "document" if heading_kind == "document" else "exemption"
            yield pytest.param(
                heading, item, NEUTRAL_ITEM[lang], want, id=case_id(lang, heading, str(k))
            )


@pytest.mark.parametrize(("heading", "item", "other", "want"), list(_lifted_item_cases()))
def test_a_list_item_that_lifts_an_obligation_is_an_exemption(heading, item, other, want):
    read = kinds(f"<h2>{heading}</h2><ul><li>{other}</li><li>{item}</li></ul>")
    assert read.get(item) == want


@pytest.mark.parametrize(("heading", "item", "other", "want"), list(_lifted_item_cases()))
def test_a_sentence_that_lifts_an_obligation_is_an_exemption(heading, item, other, want):
    if want == "document":
        return  # (a paragraph under a documents heading: covered by the list case)
    read = kinds(f"<h2>{heading}</h2><p>{other} {item}</p>")
    assert read.get(item) == "exemption"


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
@pytest.mark.parametrize("kind", ["requirement", "step"])
def test_a_banning_item_stays_a_requirement_or_its_heading_kind(lang, kind):
    ban = BANS[lang]
    read = kinds(
        f"<h2>{HEADINGS[lang][kind]}</h2><ul><li>{NEUTRAL_ITEM[lang]}</li><li>{ban}</li></ul>"
    )
    assert read.get(ban) == kind


# ---------------------------------------------------------------------------------------
# Family 3: a lead-in that tells the reader to observe what follows names requirements
# ---------------------------------------------------------------------------------------

COMPLY_LEAD_INS = {
    "en": [
        "Send the application by e-mail. Please respect the following points:",
        "Please observe the following:",
        "Make sure you comply with the following rules:",
    ],
    "nl": [
        "Stuur de aanvraag per e-mail. Gelieve de volgende punten te respecteren:",
        "Houd u aan het volgende:",
        "Zorg dat u de volgende regels naleeft:",
    ],
    "fr": [
        "Envoyez la demande par e-mail. Veuillez respecter les éléments suivants :",
        "Veuillez observer ce qui suit :",
        "Veillez à respecter les règles suivantes :",
    ],
    "de": [
        "Senden Sie den Antrag per E-Mail. Bitte beachten Sie die folgenden Punkte:",
        "Bitte halten Sie sich an Folgendes:",
        "Achten Sie darauf, die folgenden Regeln einzuhalten:",
    ],
}
# items without an obligation word: an imperative, a label and its value, a ban
COMPLY_ITEMS = {
    "en": [
        "Scan the signed documents and check that the scans are readable",
        "Subject of the e-mail: APPLICATION",
        "Do NOT protect the PDF files with a password",
    ],
    "nl": [
        "Scan de ondertekende documenten en kijk na of de scans leesbaar zijn",
        "Onderwerp van de e-mail: AANVRAAG",
        "Bescherm de PDF-bestanden NIET met een wachtwoord",
    ],
    "fr": [
        "Scannez les documents signés et vérifiez que les scans sont lisibles",
        "Objet du courriel : DEMANDE",
        "Ne protégez PAS les fichiers PDF par un mot de passe",
    ],
    "de": [
        "Scannen Sie die unterschriebenen Dokumente und prüfen Sie, ob die Scans lesbar sind",
        "Betreff der E-Mail: ANTRAG",
        "Schützen Sie die PDF-Dateien NICHT mit einem Passwort",
    ],
}
FILE_HEADINGS = {
    "en": ["File", ""],
    "nl": ["Dossier", ""],
    "fr": ["Dossier", ""],
    "de": ["Antragsakte", ""],
}


def _comply_cases():
    for lang, leads in COMPLY_LEAD_INS.items():
        for heading, (k, lead) in itertools.product(FILE_HEADINGS[lang], enumerate(leads)):
            yield pytest.param(lang, heading, lead, id=case_id(lang, heading or "none", str(k)))


@pytest.mark.parametrize(("lang", "heading", "lead"), list(_comply_cases()))
def test_items_of_a_lead_in_to_observe_what_follows_are_requirements(lang, heading, lead):
    items = COMPLY_ITEMS[lang]
    above = f"<h2>{heading}</h2>" if heading else ""
    html = above + f"<p>{lead}</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    read = kinds(html)
    assert [read.get(i) for i in items] == ["requirement"] * len(items)


ATTACH_LEAD_INS = {
    "en": "Attach the following documents:",
    "nl": "Voeg de volgende documenten bij:",
    "fr": "Joignez les documents suivants :",
    "de": "Fügen Sie die folgenden Unterlagen bei:",
}
DOCUMENT_ITEMS = {
    "en": ["a copy of the passport", "the signed employment contract"],
    "nl": ["een kopie van het paspoort", "de ondertekende arbeidsovereenkomst"],
    "fr": ["une copie du passeport", "le contrat de travail signé"],
    "de": ["eine Kopie des Reisepasses", "der unterschriebene Arbeitsvertrag"],
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
def test_a_lead_in_naming_documents_keeps_them_documents_under_a_conditions_heading(lang):
    items = DOCUMENT_ITEMS[lang]
    html = (
        f"<h2>{HEADINGS[lang]['requirement']}</h2><p>{ATTACH_LEAD_INS[lang]}</p><ul>"
        + "".join(f"<li>{i}</li>" for i in items)
        + "</ul>"
    )
    read = kinds(html)
    assert [read.get(i) for i in items] == ["document"] * len(items)


# ---------------------------------------------------------------------------------------
# Family 4: a heading that tells the reader to apply heads the procedure
# ---------------------------------------------------------------------------------------

APPLY_HEADINGS = {
    "en": ["Apply at Brussels Economy and Employment", "Apply to the regional authority"],
    "nl": [
        "Vraag aan bij Brussel Economie en Werkgelegenheid",
        "Dien uw aanvraag in bij het gewest",
    ],
    "fr": [
        "Introduisez la demande auprès de Bruxelles Économie et Emploi",
        "Adressez-vous à la Région",
    ],
    "de": [
        "Beantragen Sie die Erlaubnis beim Ministerium",
        "Stellen Sie den Antrag beim Ministerium",
    ],
}
NEED_SENTENCES = {
    "en": [
        "You need to use a new application form and to send us additional documents.",
        "In some cases, you need to file an application where that was not required before.",
    ],
    "nl": [
        "U moet een nieuw aanvraagformulier gebruiken en ons bijkomende documenten sturen.",
        "In sommige gevallen moet u een aanvraag indienen waar dat vroeger niet hoefde.",
    ],
    "fr": [
        "Vous devez utiliser un nouveau formulaire et nous envoyer des documents supplémentaires.",
        "Dans certains cas, vous devez introduire une demande là où ce n'était pas le cas avant.",
    ],
    "de": [
        "Sie müssen ein neues Antragsformular verwenden und uns zusätzliche Unterlagen senden.",
        "In manchen Fällen müssen Sie einen Antrag stellen, wo das vorher nicht nötig war.",
    ],
}


def _apply_cases():
    for lang, headings in APPLY_HEADINGS.items():
        for (h, heading), shape in itertools.product(enumerate(headings), ("list", "paragraph")):
            yield pytest.param(lang, heading, shape, id=case_id(lang, str(h), shape))


@pytest.mark.parametrize(("lang", "heading", "shape"), list(_apply_cases()))
def test_sentences_under_a_heading_that_tells_to_apply_are_steps(lang, heading, shape):
    sentences = NEED_SENTENCES[lang]
    body = (
        "<ul>" + "".join(f"<li>{s}</li>" for s in sentences) + "</ul>"
        if shape == "list"
        else "<p>" + " ".join(sentences) + "</p>"
    )
    read = kinds(f"<h2>{heading}</h2>{body}")
    assert [read.get(s) for s in sentences] == ["step"] * len(sentences)


TOPIC_HEADINGS = {  # imperatives that head no procedure: what to know, whom to ask
    "en": "Note the rules for students",
    "nl": "Let op de regels voor studenten",
    "fr": "Notez les règles pour les étudiants",
    "de": "Beachten Sie die Regeln für Studenten",
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
def test_obligations_under_an_imperative_heading_that_names_no_applying_stay_requirements(lang):
    sentences = NEED_SENTENCES[lang]
    read = kinds(f"<h2>{TOPIC_HEADINGS[lang]}</h2><p>{' '.join(sentences)}</p>")
    assert [read.get(s) for s in sentences] == ["requirement"] * len(sentences)


# ---------------------------------------------------------------------------------------
# Family 5: a heading that asks where, to whom or how to apply, after a label or not
# ---------------------------------------------------------------------------------------

WHERE_QUESTIONS = {
    "en": [
        "In which region should the application be made?",
        "To whom should the application be sent?",
        "How should the renewal application be made?",
    ],
    "nl": [
        "In welk gewest moet de aanvraag gebeuren?",
        "Bij wie moet u de aanvraag indienen?",
        "Hoe moet de aanvraag tot hernieuwing gebeuren?",
    ],
    "fr": [
        "Dans quelle région la demande doit-elle être introduite ?",
        "Auprès de qui faut-il introduire la demande ?",
        "Comment la demande de renouvellement doit-elle être faite ?",
    ],
    "de": [
        "In welcher Region muss der Antrag gestellt werden?",
        "Bei wem muss der Antrag eingereicht werden?",
        "Wie muss der Verlängerungsantrag gestellt werden?",
    ],
}
LABELS = {
    "en": "Single permit: ",
    "nl": "Gecombineerde vergunning: ",
    "fr": "Permis unique : ",
    "de": "Kombinierte Erlaubnis: ",
}
STAGES = {
    "en": "The application is made by the worker who wants the permit.",
    "nl": "De aanvraag wordt gedaan door de werknemer die de vergunning wil.",
    "fr": "La demande est faite par le travailleur qui souhaite le permis.",
    "de": "Der Antrag wird von dem Arbeitnehmer gestellt, der die Erlaubnis möchte.",
}


def _where_cases():
    for lang, questions in WHERE_QUESTIONS.items():
        for (q, question), label in itertools.product(enumerate(questions), ("", LABELS[lang])):
            yield pytest.param(
                label + question, STAGES[lang], id=case_id(lang, str(q), label or "bare")
            )


@pytest.mark.parametrize(("heading", "stage"), list(_where_cases()))
def test_a_heading_asking_where_or_how_to_apply_heads_steps(heading, stage):
    assert kinds(f"<h2>{heading}</h2><p>{stage}</p>").get(stage) == "step"


CASE_QUESTIONS = {  # which cases, which conditions: not where to apply
    "en": "In which cases should the application be refused?",
    "nl": "In welke gevallen moet de aanvraag geweigerd worden?",
    "fr": "Dans quels cas la demande doit-elle être refusée ?",
    "de": "In welchen Fällen muss der Antrag abgelehnt werden?",
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
def test_a_heading_asking_in_which_cases_heads_no_steps(lang):
    assert (
        kinds(f"<h2>{CASE_QUESTIONS[lang]}</h2><p>{STAGES[lang]}</p>").get(STAGES[lang]) != "step"
    )


# ---------------------------------------------------------------------------------------
# Family 6: what an administration does with a case, under a heading about the procedure
# ---------------------------------------------------------------------------------------

ACTORS = {
    "en": ["The Immigration Office", "The regional authority"],
    "nl": ["De Dienst Vreemdelingenzaken", "De regionale overheid"],
    "fr": ["L'Office des étrangers", "L'autorité régionale"],
    "de": ["Das Ausländeramt", "Die regionale Behörde"],
}
ACTS = {  # verbs of handling a case, with an object that is not a procedure noun
    "en": [
        "issues the permit to the worker.",
        "decides on the right of residence.",
        "checks whether the employment conditions were respected.",
        "informs the worker and the employer.",
    ],
    "nl": [
        "levert de vergunning af aan de werknemer.",
        "beslist over het verblijfsrecht.",
        "controleert of de arbeidsvoorwaarden werden nageleefd.",
        "brengt de werknemer en de werkgever op de hoogte.",
    ],
    "fr": [
        "délivre le permis au travailleur.",
        "décide du droit de séjour.",
        "vérifie si les conditions de travail ont été respectées.",
        "informe le travailleur et l'employeur.",
    ],
    "de": [
        "stellt dem Arbeitnehmer die Erlaubnis aus.",
        "entscheidet über das Aufenthaltsrecht.",
        "prüft, ob die Arbeitsbedingungen eingehalten wurden.",
        "benachrichtigt den Arbeitnehmer und den Arbeitgeber.",
    ],
}


def _act_cases():
    for lang in ACTS:
        for (a, actor), (v, act) in itertools.product(
            enumerate(ACTORS[lang]), enumerate(ACTS[lang])
        ):
            yield pytest.param(lang, f"{actor} {act}", id=case_id(lang, str(a), str(v)))


@pytest.mark.parametrize(("lang", "sentence"), list(_act_cases()))
def test_an_administration_handling_the_case_under_a_procedure_heading_is_a_step(lang, sentence):
    heading = HEADINGS[lang]["step"]
    assert kinds(f"<h2>{heading}</h2><p>{sentence}</p>").get(sentence) == "step"


@pytest.mark.parametrize(("lang", "sentence"), list(_act_cases()))
def test_an_administration_handling_a_case_elsewhere_is_no_row(lang, sentence):
    # no obligation word and no heading about the procedure: it states no condition
    assert sentence not in kinds(f"<h2>{ABOVE[lang][2][4:-5]}</h2><p>{sentence}</p>")


# ---------------------------------------------------------------------------------------
# Family 7: under a heading about the procedure, an obligation to be in a state is a
# requirement (a condition to meet), an obligation to act on the application a step
# ---------------------------------------------------------------------------------------

STATE_OBLIGATIONS = {
    "en": [
        "The worker must live in French-speaking Wallonia.",
        "Foreigners who work here must have a work authorisation beforehand.",
        "The researcher has to hold a doctorate.",
        "The applicant must reside legally in Belgium.",
    ],
    "nl": [
        "De werknemer moet in Wallonië wonen.",
        "Buitenlanders die hier werken, moeten vooraf een toelating tot arbeid hebben.",
        "De onderzoeker moet een doctoraat bezitten.",
        "De aanvrager moet wettig in België verblijven.",
    ],
    "fr": [
        "Le travailleur doit habiter en Wallonie francophone.",
        "Les étrangers qui travaillent ici doivent avoir une autorisation de travail au préalable.",
        "Le chercheur doit posséder un doctorat.",
        "Le demandeur doit résider légalement en Belgique.",
    ],
    "de": [
        "Der Arbeitnehmer muss in der Wallonie wohnen.",
        "Ausländer, die hier arbeiten, müssen vorab eine Arbeitserlaubnis haben.",
        "Der Forscher muss einen Doktortitel besitzen.",
        "Der Antragsteller muss rechtmäßig in Belgien leben.",
    ],
}
ACT_OBLIGATIONS = {  # the same modal, acting on the application: a stage
    "en": "The employer must file the application with the region.",
    "nl": "De werkgever moet de aanvraag bij het gewest indienen.",
    "fr": "L'employeur doit introduire la demande auprès de la Région.",
    "de": "Der Arbeitgeber muss den Antrag bei der Region einreichen.",
}


def _state_cases():
    for lang, sentences in STATE_OBLIGATIONS.items():
        for k, sentence in enumerate(sentences):
            yield pytest.param(lang, sentence, id=case_id(lang, str(k)))


@pytest.mark.parametrize(("lang", "sentence"), list(_state_cases()))
def test_an_obligation_to_be_in_a_state_under_a_procedure_heading_is_a_requirement(lang, sentence):
    html = f"<h2>{HEADINGS[lang]['step']}</h2><p>{ACT_OBLIGATIONS[lang]} {sentence}</p>"
    read = kinds(html)
    assert (read.get(sentence), read.get(ACT_OBLIGATIONS[lang])) == ("requirement", "step")


# ---------------------------------------------------------------------------------------
# Family 8: a heading that lifts an obligation heads exemptions
# ---------------------------------------------------------------------------------------

LIFTING_HEADINGS = {
    "en": [
        "Not every foreigner needs a work permit",
        "When do you not need a work permit?",
        "Not all workers need a single permit",
    ],
    "nl": [
        "Niet iedere buitenlander heeft een arbeidskaart nodig",
        "Wanneer heb je geen arbeidskaart nodig?",
        "Niet alle werknemers hebben een vergunning nodig",
    ],
    "fr": [
        "Tous les étrangers n'ont pas besoin d'un permis de travail",
        "Quand n'avez-vous pas besoin d'un permis de travail ?",
        "Certains travailleurs n'ont pas besoin d'un permis unique",
    ],
    "de": [
        "Nicht jeder Ausländer braucht eine Arbeitserlaubnis",
        "Wann brauchen Sie keine Arbeitserlaubnis?",
        "Nicht alle Arbeitnehmer benötigen eine kombinierte Erlaubnis",
    ],
}
GROUP_ITEMS = {
    "en": [
        "people taking part in a closed meeting, for at most 60 days a year",
        "work lasting up to 90 days, known as short-term mobility",
    ],
    "nl": [
        "deelnemers aan een besloten vergadering, hoogstens 60 dagen per jaar",
        "werk van hoogstens 90 dagen, de kortetermijnmobiliteit",
    ],
    "fr": [
        "les participants à une réunion en cercle restreint, au plus 60 jours par an",
        "le travail de 90 jours au plus, dit mobilité de courte durée",
    ],
    "de": [
        "Teilnehmer an einer geschlossenen Sitzung, höchstens 60 Tage im Jahr",
        "Arbeit von höchstens 90 Tagen, die kurzfristige Mobilität",
    ],
}
LEADS_BACK = {
    "en": ["", "Among others, this is the case for:"],
    "nl": ["", "Dat is onder meer het geval voor:"],
    "fr": ["", "C'est notamment le cas pour :"],
    "de": ["", "Das gilt unter anderem für:"],
}


def _lifting_heading_cases():
    for lang, headings in LIFTING_HEADINGS.items():
        for (h, heading), lead in itertools.product(enumerate(headings), LEADS_BACK[lang]):
            yield pytest.param(lang, heading, lead, id=case_id(lang, str(h), lead or "bare"))


@pytest.mark.parametrize(("lang", "heading", "lead"), list(_lifting_heading_cases()))
def test_items_under_a_heading_that_lifts_an_obligation_are_exemptions(lang, heading, lead):
    items = GROUP_ITEMS[lang]
    html = f"<h2>{heading}</h2>" + (f"<p>{lead}</p>" if lead else "")
    read = kinds(html + "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
    assert [read.get(i) for i in items] == ["exemption"] * len(items)


OBLIGING_HEADINGS = {
    "en": "Every foreigner needs a work permit",
    "nl": "Iedere buitenlander heeft een arbeidskaart nodig",
    "fr": "Tout étranger a besoin d'un permis de travail",
    "de": "Jeder Ausländer braucht eine Arbeitserlaubnis",
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
def test_items_under_a_heading_that_states_an_obligation_are_no_exemptions(lang):
    items = GROUP_ITEMS[lang]
    html = f"<h2>{OBLIGING_HEADINGS[lang]}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items)
    read = kinds(html + "</ul>")
    assert "exemption" not in [read.get(i) for i in items]


LIMITS_UNDER_EXEMPTIONS = {
    "en": "The employer may only employ the worker if the conditions of that kind of work are met.",
    "nl": "De werkgever mag de werknemer alleen tewerkstellen als de voorwaarden vervuld zijn.",
    "fr": "L'employeur ne peut occuper le travailleur que si les conditions sont remplies.",
    "de": "Der Arbeitgeber darf ihn nur beschäftigen, wenn die Bedingungen erfüllt sind.",
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
@pytest.mark.parametrize("heading", ["lifting", "exemption"])
def test_a_limit_under_a_heading_of_exemptions_stays_a_requirement(lang, heading):
    title = (
        LIFTING_HEADINGS[lang][0]
        if heading == "lifting"
        else {"en": "Exemptions", "nl": "Vrijstellingen", "fr": "Dispenses", "de": "Befreiungen"}[
            lang
        ]
    )
    sentence = LIMITS_UNDER_EXEMPTIONS[lang]
    assert kinds(f"<h2>{title}</h2><p>{sentence}</p>").get(sentence) == "requirement"


# the modals of each language, every person the pages address, state a limit alike
MODAL_LIMITS = [
    "You may work at most 20 hours a week during the school year.",
    "You can work at most 20 hours a week during the school year.",
    "U mag maximaal 20 uur per week werken tijdens het schooljaar.",
    "U kunt maximaal 20 uur per week werken tijdens het schooljaar.",
    "Vous pouvez travailler au maximum 20 heures par semaine pendant l'année scolaire.",
    "Les étudiants pourront travailler au maximum 20 heures par semaine.",
    "Sie dürfen während des Schuljahres höchstens 20 Stunden pro Woche arbeiten.",
    "Sie können während des Schuljahres höchstens 20 Stunden pro Woche arbeiten.",
]


@pytest.mark.parametrize(
    "sentence", by_lang(MODAL_LIMITS, ["en", "en", "nl", "nl", "fr", "fr", "de", "de"])
)
def test_a_limit_stated_with_any_modal_is_a_requirement(sentence):
    assert kinds(f"<p>{sentence}</p>").get(sentence) == "requirement"


# ---------------------------------------------------------------------------------------
# Family 9: a lead-in that names a kind governs its list over the heading above it
# ---------------------------------------------------------------------------------------

NAMING_LEAD_INS = {
    "en": {
        "step": "Send the file by e-mail, following the procedure below:",
        "requirement": "The following conditions apply:",
        "document": "Attach the following documents:",
    },
    "nl": {
        "step": "Verstuur het dossier per e-mail, volgens de procedure hieronder:",
        "requirement": "De volgende voorwaarden gelden:",
        "document": "Voeg de volgende documenten bij:",
    },
    "fr": {
        "step": "Envoyez le dossier par e-mail, selon la procédure ci-dessous :",
        "requirement": "Les conditions suivantes s'appliquent :",
        "document": "Joignez les documents suivants :",
    },
    "de": {
        "step": "Senden Sie die Akte per E-Mail, nach dem folgenden Verfahren:",
        "requirement": "Es gelten die folgenden Bedingungen:",
        "document": "Fügen Sie die folgenden Unterlagen bei:",
    },
}
NEUTRAL_ITEMS = {  # items that name no kind of their own
    "en": ["the signed scans, readable", "one e-mail per application"],
    "nl": ["de ondertekende scans, leesbaar", "één e-mail per aanvraag"],
    "fr": ["les scans signés, lisibles", "un courriel par demande"],
    "de": ["die unterschriebenen Scans, lesbar", "eine E-Mail pro Antrag"],
}


def _nearer_cases():
    for lang, leads in NAMING_LEAD_INS.items():
        for heading_kind, lead_kind in itertools.permutations(leads, 2):
            yield pytest.param(
                HEADINGS[lang][heading_kind],
                leads[lead_kind],
                NEUTRAL_ITEMS[lang],
                lead_kind,
                id=case_id(lang, heading_kind, lead_kind),
            )


@pytest.mark.parametrize(("heading", "lead", "items", "want"), list(_nearer_cases()))
def test_a_lead_in_naming_a_kind_governs_its_list_over_the_heading(heading, lead, items, want):
    html = f"<h2>{heading}</h2><p>{lead}</p><ul>" + "".join(f"<li>{i}</li>" for i in items)
    read = kinds(html + "</ul>")
    assert [read.get(i) for i in items] == [want] * len(items)


# ---------------------------------------------------------------------------------------
# Family 10: under a heading about documents, a state to be in is a requirement, a thing to
# bring a document
# ---------------------------------------------------------------------------------------

STATE_ITEMS = {
    "en": [
        "You are a Belgian employer.",
        "You can show that your search was in vain.",
        "The vacancy must stay online while the request runs.",
    ],
    "nl": [
        "U bent een Belgische werkgever.",
        "U kunt uw vergeefse zoektocht aantonen.",
        "De vacature moet online blijven zolang het verzoek loopt.",
    ],
    "fr": [
        "Vous êtes un employeur belge.",
        "Vous pouvez démontrer que votre recherche a échoué.",
        "L'offre d'emploi doit rester en ligne pendant la requête.",
    ],
    "de": [
        "Sie sind ein belgischer Arbeitgeber.",
        "Sie können Ihre erfolglose Suche belegen.",
        "Die Stellenanzeige muss während der Prüfung online bleiben.",
    ],
}
THING_ITEMS = {
    "en": [
        "a copy of the passport of the worker.",
        "your landline or mobile phone number.",
        "You attach a copy of your passport.",
    ],
    "nl": [
        "een kopie van het paspoort van de werknemer.",
        "uw vast of mobiel telefoonnummer.",
        "U voegt een kopie van uw paspoort bij.",
    ],
    "fr": [
        "une copie du passeport du travailleur.",
        "votre numéro de téléphone fixe ou mobile.",
        "Vous joignez une copie de votre passeport.",
    ],
    "de": [
        "eine Kopie des Reisepasses des Arbeitnehmers.",
        "Ihre Festnetz- oder Mobilnummer.",
        "Sie fügen eine Kopie Ihres Reisepasses bei.",
    ],
}


# ---------------------------------------------------------------------------------------
# Family 11: "Whom does it concern?" heads requirements; a list right after a paragraph
# that lifts an obligation names who is exempt
# ---------------------------------------------------------------------------------------

CONCERN_HEADINGS = {
    "en": ["Whom does it concern?", "To whom does it apply?"],
    "nl": ["Op wie heeft het betrekking?", "Voor wie geldt het?"],
    "fr": ["Qui concerne-t-il ?", "À qui s'adresse ce permis ?"],
    "de": ["Wen betrifft es?", "Für wen gilt diese Erlaubnis?"],
}
CONCERNED_ITEMS = {
    "en": ["The employer in Belgium who wants to hire a non-European national."],
    "nl": ["De werkgever in België die een niet-Europese onderdaan in dienst wil nemen."],
    "fr": ["L'employeur en Belgique qui veut engager un ressortissant non européen."],
    "de": ["Der Arbeitgeber in Belgien, der einen Nicht-Europäer einstellen will."],
}
LIFTING_PARAGRAPHS = {
    "en": "In some cases the worker does not need a work authorisation. That depends on "
    "the stay of the worker.",
    "nl": "In een aantal gevallen hoeft men geen toelating tot arbeid te vragen. Dat hangt "
    "af van het verblijf van de werknemer.",
    "fr": "Dans certains cas, il ne faut pas demander d'autorisation de travail. Cela dépend "
    "du séjour du travailleur.",
    "de": "In einigen Fällen muss man keine Arbeitserlaubnis beantragen. Das hängt vom "
    "Aufenthalt des Arbeitnehmers ab.",
}
EXEMPT_GROUPS = {
    "en": ["nationals of the European Union, Iceland or Norway;", "students and asylum seekers."],
    "nl": [
        "de onderdanen van de Europese Unie, IJsland of Noorwegen;",
        "studenten en asielzoekers.",
    ],
    "fr": [
        "les ressortissants de l'Union européenne, de l'Islande ou de la Norvège ;",
        "les étudiants et les demandeurs d'asile.",
    ],
    "de": [
        "Staatsangehörige der Europäischen Union, Islands oder Norwegens;",
        "Studenten und Asylbewerber.",
    ],
}


def _concern_cases():
    for lang, headings in CONCERN_HEADINGS.items():
        for h, heading in enumerate(headings):
            yield pytest.param(lang, heading, id=case_id(lang, str(h)))


@pytest.mark.parametrize(("lang", "heading"), list(_concern_cases()))
def test_items_under_a_heading_asking_whom_it_concerns_are_requirements(lang, heading):
    items = CONCERNED_ITEMS[lang]
    read = kinds(f"<h2>{heading}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
    assert [read.get(i) for i in items] == ["requirement"] * len(items)


@pytest.mark.parametrize(("lang", "heading"), list(_concern_cases()))
def test_a_list_right_after_a_lifting_paragraph_names_who_is_exempt(lang, heading):
    items = EXEMPT_GROUPS[lang]
    html = f"<h2>{heading}</h2><p>{LIFTING_PARAGRAPHS[lang]}</p><ul>"
    read = kinds(html + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
    assert [read.get(i) for i in items] == ["exemption"] * len(items)


OBLIGING_PARAGRAPHS = {
    "en": "Usually the employer must ask for a work authorisation. That depends on the stay.",
    "nl": "Meestal moet de werkgever een toelating vragen. Dat hangt af van het verblijf.",
    "fr": "En général, l'employeur doit demander une autorisation. Cela dépend du séjour.",
    "de": "Meist muss der Arbeitgeber eine Erlaubnis beantragen. Das hängt vom Aufenthalt ab.",
}
CASE_ITEMS_AFTER = {
    "en": "If the work lasts more than 90 days, then you apply for a single permit.",
    "nl": "Duurt het werk meer dan 90 dagen, dan vraag je een gecombineerde vergunning aan.",
    "fr": "Si le travail dure plus de 90 jours, alors vous demandez un permis unique.",
    "de": "Dauert die Arbeit mehr als 90 Tage, dann beantragen Sie eine kombinierte Erlaubnis.",
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
def test_a_list_after_an_obliging_paragraph_or_a_case_item_names_no_exemption(lang):
    groups = EXEMPT_GROUPS[lang]
    after_obliging = kinds(
        f"<p>{OBLIGING_PARAGRAPHS[lang]}</p><ul>"
        + "".join(f"<li>{i}</li>" for i in groups)
        + "</ul>"
    )
    case = CASE_ITEMS_AFTER[lang]
    after_lifting = kinds(f"<p>{LIFTING_PARAGRAPHS[lang]}</p><ul><li>{case}</li></ul>")
    assert "exemption" not in [after_obliging.get(i) for i in groups]
    assert after_lifting.get(case) != "exemption"


# a fee waived for the groups a lead-in lists lifts an obligation (to pay) for them
WAIVING_LEAD_INS = {
    "en": ["The handling fee is waived for:", "The visa is free of charge for:"],
    "nl": ["De behandelingskosten worden kwijtgescholden voor:", "Het visum is gratis voor:"],
    "fr": ["Les frais de traitement sont supprimés pour :", "Le visa est gratuit pour :"],
    "de": ["Die Bearbeitungsgebühr wird erlassen für:", "Das Visum ist gebührenfrei für:"],
}


@pytest.mark.parametrize(
    ("lang", "lead"), [(lang, lead) for lang, leads in WAIVING_LEAD_INS.items() for lead in leads]
)
def test_items_of_a_lead_in_that_waives_a_fee_are_exemptions(lang, lead):
    items = EXEMPT_GROUPS[lang]
    read = kinds(f"<p>{lead}</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
    assert [read.get(i) for i in items] == ["exemption"] * len(items)


NOT_BOUND = [
    "Only a few categories of foreign workers are not bound by this obligation.",
    "Slechts enkele categorieën buitenlandse werknemers zijn niet gebonden aan deze plicht.",
    "Seules quelques catégories de travailleurs étrangers ne sont pas tenus à cette obligation.",
    "Nur wenige Gruppen ausländischer Arbeitnehmer sind nicht an diese Pflicht gebunden.",
    "Not every non-EU worker must have a work card: there are some exceptions.",
    "Niet elke niet-EU-werknemer moet een arbeidskaart hebben: er zijn uitzonderingen.",
    "Nicht jede Arbeitskraft aus einem Drittstaat muss eine Arbeitskarte haben: es gibt Ausnahmen.",
]


@pytest.mark.parametrize("sentence", by_lang(NOT_BOUND, ["en", "nl", "fr", "de", "en", "nl", "de"]))
def test_a_group_not_bound_by_an_obligation_is_an_exemption(sentence):
    assert kinds(f"<p>{sentence}</p>").get(sentence) == "exemption"


INVERTED_IFS = [
    "Should anything be unclear, write to us at travail.eco@example.brussels.",
    "Should you have questions about your file, contact our helpdesk.",
    "Sollte etwas unklar sein, schreiben Sie uns an travail@example.be.",
    "Sollten Sie Fragen zu Ihrer Akte haben, kontaktieren Sie unseren Dienst.",
    "Mocht iets onduidelijk zijn, schrijf ons dan op arbeid@example.brussels.",
    "Si quelque chose n'est pas clair, écrivez-nous à travail@example.brussels.",
]


@pytest.mark.parametrize("sentence", by_lang(INVERTED_IFS, ["en", "en", "de", "de", "nl", "fr"]))
def test_a_case_opened_by_should_is_no_obligation(sentence):
    assert sentence not in kinds(f"<p>{sentence}</p>")


@pytest.mark.parametrize(
    "sentence",
    by_lang(
        [
            "Should the employer apply for the permit? Yes, he should apply before work starts.",
            "Der Arbeitgeber sollte den Antrag rechtzeitig stellen, spätestens zwei Monate vorher.",
        ],
        ["en", "de"],
    ),
)
def test_should_inside_a_sentence_still_obliges(sentence):
    read = kinds(f"<p>{sentence}</p>")
    assert "requirement" in read.values()


# ---------------------------------------------------------------------------------------
# Family 12: under a procedure heading, a case before a colon, then the stage in that case
# ---------------------------------------------------------------------------------------

CASE_COLON_STAGES = {
    "en": [
        "If the Region agrees: the Immigration Office examines the file.",
        "B) When the Region agrees: it informs the worker and issues the permit.",
    ],
    "nl": [
        "Als het Gewest akkoord gaat: de Dienst Vreemdelingenzaken onderzoekt het dossier.",
        "B) Indien het Gewest akkoord gaat: hij brengt de werknemer op de hoogte.",
    ],
    "fr": [
        "Si la Région marque son accord : l'Office des étrangers examine le dossier.",
        "B) Lorsque la Région marque son accord : il informe le travailleur.",
    ],
    "de": [
        "Wenn die Region zustimmt: das Ausländeramt prüft die Akte.",
        "B) Falls die Region zustimmt: es benachrichtigt den Arbeitnehmer.",
    ],
}
ADDRESS_LINES = {
    "en": "Postal address of the service: Rue du Progrès 80, 1035 Brussels.",
    "nl": "Postadres van de dienst: Vooruitgangstraat 80, 1035 Brussel.",
    "fr": "Adresse postale du service : rue du Progrès 80, 1035 Bruxelles.",
    "de": "Postanschrift der Dienststelle: Rue du Progrès 80, 1035 Brüssel.",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [(lang, s) for lang, ss in CASE_COLON_STAGES.items() for s in ss],
)
def test_a_case_then_its_stage_after_a_colon_is_a_step(lang, sentence):
    heading = HEADINGS[lang]["step"]
    assert kinds(f"<h2>{heading}</h2><p>{sentence}</p>").get(sentence) == "step"


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
def test_a_label_then_an_address_after_a_colon_is_no_step(lang):
    sentence = ADDRESS_LINES[lang]
    assert sentence not in kinds(f"<h2>{HEADINGS[lang]['step']}</h2><p>{sentence}</p>")


APPLICANT_ACTS = {
    "en": [
        "The employer sends it to the regional authority.",
        "Once in Belgium, the worker collects the single permit.",
        "A worker who is abroad is asked to go to the consulate to receive a visa.",
    ],
    "nl": [
        "De werkgever stuurt het naar de regionale overheid.",
        "Eenmaal in België haalt de werknemer de gecombineerde vergunning af.",
        "Een werknemer in het buitenland gaat naar het consulaat en ontvangt een visum.",
    ],
    "fr": [
        "L'employeur l'envoie à l'autorité régionale.",
        "Une fois en Belgique, le travailleur retire le permis unique.",
        "Un travailleur à l'étranger se rend au consulat et reçoit un visa.",
    ],
    "de": [
        "Der Arbeitgeber schickt es an die regionale Behörde.",
        "In Belgien holt der Arbeitnehmer den Aufenthaltstitel ab.",
        "Ein Arbeitnehmer im Ausland geht zum Konsulat und erhält ein Visum.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, ss in APPLICANT_ACTS.items() for s in ss]
)
def test_what_the_applicant_does_with_the_case_under_a_procedure_heading_is_a_step(lang, sentence):
    heading = HEADINGS[lang]["step"]
    assert kinds(f"<h2>{heading}</h2><p>{sentence}</p>").get(sentence) == "step"


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, ss in APPLICANT_ACTS.items() for s in ss]
)
def test_what_the_applicant_does_elsewhere_is_no_row(lang, sentence):
    assert sentence not in kinds(f"<h2>{ABOVE[lang][2][4:-5]}</h2><p>{sentence}</p>")


# ---------------------------------------------------------------------------------------
# Family 13: an obligation word that says what a measure is to bring about binds no one
# (GUIDE, devset-m); a duty to help someone still binds
# ---------------------------------------------------------------------------------------

GOALS = {
    "en": [
        "In practice, the blue card must attract highly qualified workers.",
        "The reform should make it easier for firms to hire international profiles.",
        "The stay should help the young person improve his or her languages.",
        "The federal services should be able to provide these figures.",
    ],
    "nl": [
        "In de praktijk moet de blauwe kaart hooggeschoolde werknemers aantrekken.",
        "De hervorming moet de aanwerving van internationale profielen vergemakkelijken.",
        "Het verblijf zou de jongere moeten helpen zijn talen te verbeteren.",
        "De federale diensten zouden die cijfers moeten kunnen leveren.",
    ],
    "fr": [
        "Concrètement, la carte bleue doit attirer une main-d'œuvre hautement qualifiée.",
        "La réforme devrait rendre plus facile l'engagement de profils internationaux.",
        "Le séjour devrait aider le jeune à améliorer ses langues.",
        "Les services fédéraux devraient pouvoir fournir ces chiffres.",
    ],
    "de": [
        "Konkret soll die Blaue Karte hochqualifizierte Arbeitskräfte anziehen.",
        "So soll das Antragsverfahren einfacher werden.",
        "Der Aufenthalt sollte dem jungen Menschen helfen, seine Sprachen zu verbessern.",
        "Die föderalen Dienste sollten diese Zahlen liefern können.",
    ],
}
DUTIES_TO_HELP = {
    "en": "The host family must help the au pair to find a language course.",
    "nl": "Het gastgezin moet de au pair helpen een taalcursus te vinden.",
    "fr": "La famille d'accueil doit aider l'au pair à trouver un cours de langue.",
    "de": "Die Gastfamilie muss dem Au-pair helfen, einen Sprachkurs zu finden.",
}


@pytest.mark.parametrize(
    ("lang", "sentence"), [(lang, s) for lang, ss in GOALS.items() for s in ss]
)
def test_what_a_measure_is_to_bring_about_is_no_condition(lang, sentence):
    assert sentence not in kinds(f"<p>{sentence}</p>")


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
def test_a_duty_to_help_someone_is_a_requirement(lang):
    sentence = DUTIES_TO_HELP[lang]
    assert kinds(f"<p>{sentence}</p>").get(sentence) == "requirement"


# ---------------------------------------------------------------------------------------
# Family 14: "the same applies to …" opening the next paragraph goes on from the last row
# ---------------------------------------------------------------------------------------

EXEMPTION_THEN_SAME = {
    "en": (
        "Not every non-EU worker needs a work card: there are exceptions.",
        "The same applies to recognised refugees and to regularised foreigners.",
    ),
    "nl": (
        "Niet elke niet-EU-werknemer moet een arbeidskaart hebben: er zijn uitzonderingen.",
        "Hetzelfde geldt voor erkende vluchtelingen en voor geregulariseerde vreemdelingen.",
    ),
    "fr": (
        "Certains travailleurs n'ont pas besoin de carte de travail : il y a des exceptions.",
        "Il en va de même pour les réfugiés reconnus et les étrangers régularisés.",
    ),
    "de": (
        "Nicht jeder Arbeitnehmer braucht eine Arbeitskarte: es gibt Ausnahmen.",
        "Das gilt auch für anerkannte Flüchtlinge und regularisierte Ausländer.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
@pytest.mark.parametrize("split", [False, True])
def test_the_same_case_in_the_next_paragraph_is_an_exemption_too(lang, split):
    first, same = EXEMPTION_THEN_SAME[lang]
    html = f"<p>{first}</p><p>{same}</p>" if split else f"<p>{first} {same}</p>"
    read = kinds(html)
    assert (read.get(first), read.get(same)) == ("exemption", "exemption")


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
def test_the_same_case_after_a_heading_carries_nothing(lang):
    first, same = EXEMPTION_THEN_SAME[lang]
    assert same not in kinds(f"<p>{first}</p><h2>Other cases</h2><p>{same}</p>")


# a waiver an authority may grant lifts an obligation (GUIDE, settled at 22:58)
EXCEPTIONS_MADE = [
    "In that case, the regional minister may make an exception in individual cases.",
    "In dat geval kan de gewestminister in individuele gevallen een uitzondering maken.",
    "Dans ce cas, le ministre régional peut faire une exception dans des cas individuels.",
    "In diesem Fall kann der Minister in Einzelfällen eine Ausnahme machen.",
]


@pytest.mark.parametrize("sentence", by_lang(EXCEPTIONS_MADE, ["en", "nl", "fr", "de"]))
def test_an_exception_an_authority_may_make_is_an_exemption(sentence):
    assert kinds(f"<p>{sentence}</p>").get(sentence) == "exemption"


# ---------------------------------------------------------------------------------------
# Family 15: "only" after a modal in every language (Dutch "maar" too, the GUIDE's own
# "mag maar 156 dagen"), and such a limit in a list of exceptions still binds
# ---------------------------------------------------------------------------------------

ONLY_LIMITS = [
    "In agriculture a seasonal worker may only work 30 days a year.",
    "In de landbouw mag een seizoenarbeider maar 30 dagen per jaar werken.",
    "In de landbouw mag een seizoenarbeider slechts 30 dagen per jaar werken.",
    "Dans l'agriculture, un travailleur saisonnier ne peut travailler que 30 jours par an.",
    "In der Landwirtschaft darf ein Saisonarbeiter nur 30 Tage im Jahr arbeiten.",
]
EXCEPTION_LEADS = {
    "en": "Seasonal work is limited to 65 days a year. There are two exceptions to this:",
    "nl": "Seizoenwerk is beperkt tot 65 dagen per jaar. Daarop bestaan twee uitzonderingen:",
    "fr": "Le travail saisonnier est limité à 65 jours par an. Il y a deux exceptions :",
    "de": "Saisonarbeit ist auf 65 Tage im Jahr begrenzt. Es gibt zwei Ausnahmen:",
}
LANG_OF_ONLY = ["en", "nl", "nl", "fr", "de"]


@pytest.mark.parametrize("sentence", by_lang(ONLY_LIMITS, ["en", "nl", "nl", "fr", "de"]))
def test_a_permission_narrowed_by_only_is_a_requirement(sentence):
    assert kinds(f"<p>{sentence}</p>").get(sentence) == "requirement"


@pytest.mark.parametrize(("lang", "sentence"), list(zip(LANG_OF_ONLY, ONLY_LIMITS, strict=True)))
def test_a_limit_in_a_list_of_exceptions_stays_a_requirement(lang, sentence):
    html = f"<p>{EXCEPTION_LEADS[lang]}</p><ul><li>{sentence}</li></ul>"
    assert kinds(html).get(sentence) == "requirement"


@pytest.mark.parametrize(
    "sentence",
    by_lang(
        [
            "Je mag online aanvragen, maar ook op papier.",
            "You may apply online, but also on paper.",
        ],
        ["nl", "en"],
    ),
)
def test_but_after_a_comma_narrows_nothing(sentence):
    assert sentence not in kinds(f"<p>{sentence}</p>")


# a state of a person the rules bind, opened by a determiner and the person, is a
# requirement under a documents heading too; the person's data stay documents
PERSON_STATES = {
    "en": ["Your future employee lives in Belgium.", "The worker is not yet on Belgian soil."],
    "nl": ["Uw toekomstige werknemer woont in België.", "De werknemer is nog niet in België."],
    "fr": [
        "Votre futur travailleur habite en Belgique.",
        "Le travailleur n'est pas encore en Belgique.",
    ],
    "de": [
        "Ihr künftiger Arbeitnehmer wohnt in Belgien.",
        "Der Arbeitnehmer ist noch nicht in Belgien.",
    ],
}
PERSON_DATA = {
    "en": [
        "The employer: name, address and company number.",
        "The employer's company number and VAT number.",
    ],
    "nl": [
        "De werkgever: naam, adres en ondernemingsnummer.",
        "De werknemer (naam, geboortedatum en adres).",
    ],
    "fr": [
        "L'employeur : nom, adresse et numéro d'entreprise.",
        "Le travailleur (nom, date de naissance et adresse).",
    ],
    "de": [
        "Der Arbeitgeber: Name, Anschrift und Unternehmensnummer.",
        "Der Arbeitnehmer (Name, Geburtsdatum und Anschrift).",
    ],
}


# under a documents heading: states (opened by a pronoun, or a person) are requirements,
# things and a person's data documents
UNDER_DOCUMENTS = {
    "state": (STATE_ITEMS, "requirement"),
    "thing": (THING_ITEMS, "document"),
    "person-state": (PERSON_STATES, "requirement"),
    "person-data": (PERSON_DATA, "document"),
}


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "de"])
@pytest.mark.parametrize("table", list(UNDER_DOCUMENTS))
def test_under_a_documents_heading_a_state_is_a_requirement_a_thing_a_document(lang, table):
    table_items, want = UNDER_DOCUMENTS[table]
    items = table_items[lang]
    html = f"<h2>{HEADINGS[lang]['document']}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items)
    read = kinds(html + "</ul>")
    assert [read.get(i) for i in items] == [want] * len(items)


# ---------------------------------------------------------------------------------------
# Family 16: a permission bound to a condition ("only if …, you can …") is a requirement
# ---------------------------------------------------------------------------------------

ONLY_IF = [
    ("en", "Only if you obtained your right of residence for studies, you can use this scheme."),
    ("en", "You can use this scheme only if you came to Belgium to study."),
    ("nl", "Alleen als je je verblijfsrecht op basis van studies hebt gekregen, kun je dit doen."),
    ("nl", "Enkel wanneer je hier studeert, mag je van deze regeling gebruikmaken."),
    ("fr", "Seulement si vous êtes venu pour étudier, vous pouvez utiliser ce régime."),
    ("fr", "Uniquement lorsque le séjour est fondé sur les études, l'étudiant peut en profiter."),
    ("de", "Nur wenn Sie zum Studium gekommen sind, können Sie diese Regelung nutzen."),
    ("de", "Nur sofern der Aufenthalt auf dem Studium beruht, darf der Student sie nutzen."),
]


@pytest.mark.parametrize(
    "sentence", by_lang([s for _, s in ONLY_IF], [lang for lang, _ in ONLY_IF])
)
def test_a_permission_bound_to_a_condition_is_a_requirement(sentence):
    assert kinds(f"<p>{sentence}</p>").get(sentence) == "requirement"


OUGHT = [
    ("en", "Holidaying ought to be the main purpose of the journey."),
    ("nl", "Vakantie behoort het hoofddoel van de reis te zijn."),
    ("fr", "Les vacances sont censées être le but principal du voyage."),
    ("de", "Der Urlaub soll der Hauptzweck der Reise sein."),
]


@pytest.mark.parametrize("sentence", by_lang([s for _, s in OUGHT], [lang for lang, _ in OUGHT]))
def test_ought_to_states_an_obligation_in_every_language(sentence):
    assert kinds(f"<p>{sentence}</p>").get(sentence) == "requirement"
