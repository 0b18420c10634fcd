"""Round 12 of issue 12, conditions second pass: steps never read, in en, nl, fr, de.

- a heading that asks when to apply, with the act's verb ("When should you apply", "Wanneer
  moet u de verlenging aanvragen?", "Quand faut-il introduire la demande ?", "Wann müssen Sie
  die Verlängerung beantragen?"), heads the stages told under it (GUIDE, label audit: "a
  heading that asks where or when to apply"): a deadline to file there is a `step`, not a
  `requirement`; a question with only a noun ("Quand le permis B reste-t-il d'application ?")
  heads no procedure, and an example or what a stage depends on is no step there;
- a stage's heading that says whose stage it is or names the application for something, and
  getting in touch with an office, read as steps; a condition on the person under them stays a
  requirement;
- a heading asking when one counts as someone defines who: requirements.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def kinds(html: str) -> dict[str, str]:
    return {c.text: c.kind for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))}


# (a heading asking when to apply, the deadline to file, what the office then does,
#  an example of the deadline, what the processing time depends on)
WHEN_TO_APPLY = {
    "en": (
        "When should you apply",
        "The application must be submitted at least 15 days before the journey.",
        "The consulate sends you an e-mail once the application has been processed.",
        "For example, for a journey starting on 1 June, you can submit it from 1 January.",
        "How long the processing of your visa takes depends on how complete your file is.",
    ),
    "nl": (
        "Wanneer moet u de verlenging aanvragen?",
        "De aanvraag moet ten minste 15 dagen voor de reis worden ingediend.",
        "Het consulaat stuurt u een e-mail zodra de aanvraag is behandeld.",
        "Bijvoorbeeld: voor een reis vanaf 1 juni kunt u de aanvraag indienen vanaf 1 januari.",
        "Hoe lang de behandeling van het dossier duurt, hangt af van hoe volledig het is.",
    ),
    "fr": (
        "Quand faut-il introduire la demande ?",
        "La demande doit être introduite au moins 15 jours avant le voyage.",
        "Le consulat vous envoie un courriel dès que la demande a été traitée.",
        "Par exemple, pour un voyage qui commence le 1er juin, la demande peut être déposée "
        "dès le 1er janvier.",
        "La durée du traitement de la demande dépend de la qualité du dossier.",
    ),
    "de": (
        "Wann müssen Sie die Verlängerung beantragen?",
        "Der Antrag muss spätestens 15 Tage vor der Reise eingereicht werden.",
        "Das Konsulat sendet Ihnen eine E-Mail, sobald der Antrag bearbeitet ist.",
        "Zum Beispiel: für eine Reise ab dem 1. Juni können Sie den Antrag ab dem 1. Januar "
        "einreichen.",
        "Die Dauer der Bearbeitung des Antrags hängt von der Vollständigkeit der Akte ab.",
    ),
}


@pytest.mark.parametrize("lang", sorted(WHEN_TO_APPLY))
def test_a_heading_asking_when_to_apply_heads_steps(lang):
    heading, deadline, office, _, _ = WHEN_TO_APPLY[lang]
    found = kinds(f"<h2>{heading}</h2><p>{deadline} {office}</p>")
    assert found.get(deadline) == "step"  # read as a requirement before
    assert found.get(office) == "step"  # no row before


@pytest.mark.parametrize("lang", sorted(WHEN_TO_APPLY))
def test_an_example_or_what_a_stage_depends_on_is_no_step(lang):
    heading, deadline, _, example, depends = WHEN_TO_APPLY[lang]
    found = kinds(f"<h2>{heading}</h2><p>{deadline} {example} {depends}</p>")
    assert found.get(deadline) == "step"
    assert example not in found
    assert depends not in found


# (a question with the procedure's noun but no act of applying, an obligation under it)
WHEN_WITHOUT_ACT = {
    "en": ("When does the old permit still apply?", "The employer must keep the old permit."),
    "nl": (
        "Wanneer blijft de oude arbeidskaart van toepassing?",
        "De werkgever moet de oude arbeidskaart bijhouden.",
    ),
    "fr": (
        "Quand le permis B reste-t-il d'application ?",
        "L'employeur doit conserver l'ancien permis.",
    ),
    "de": (
        "Wann gilt die alte Erlaubnis weiter?",
        "Der Arbeitgeber muss die alte Erlaubnis aufbewahren.",
    ),
}


# (heading, a lead-in over sub-headings, a sub-heading naming the reader's case, its deadline)
CASES_BELOW = {
    "en": (
        "When must I register as a jobseeker?",
        "See below how much time you have:",
        "I have just lost my job.",
        "You must register within 8 calendar days after your contract ends.",
    ),
    "nl": (
        "Wanneer moet ik me inschrijven als werkzoekende?",
        "Bekijk hieronder hoeveel tijd je hebt:",
        "Ik heb net mijn job verloren.",
        "Je moet je inschrijven binnen de 8 kalenderdagen na het einde van je contract.",
    ),
    "fr": (
        "Quand dois-je m'inscrire comme chercheur d'emploi ?",
        "Voyez ci-dessous de combien de temps vous disposez :",
        "Je viens de perdre mon emploi.",
        "Vous devez vous inscrire dans les 8 jours civils qui suivent la fin du contrat.",
    ),
    "de": (
        "Wann muss ich mich als Arbeitsuchender anmelden?",
        "Unten sehen Sie, wie viel Zeit Sie haben:",
        "Ich habe gerade meine Arbeit verloren.",
        "Sie müssen sich innerhalb von 8 Kalendertagen nach dem Ende des Vertrags anmelden.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CASES_BELOW))
def test_the_cases_below_a_when_question_keep_their_own_deadline(lang):
    heading, lead_in, case, deadline = CASES_BELOW[lang]
    html = f"<h2>{heading}</h2><p>{lead_in}</p><h3>{case}</h3><p>{deadline}</p>"
    assert kinds(html).get(deadline) == "requirement"


# A stage's heading that goes on to say whose stage it is (GUIDE, label audit: "Renewal",
# "Verlängerung" head the stages told under them), or numbered as a part of the page:
# (heading, the act of filing under it, a limit under it)
STAGE_OF = {
    "en": (
        "Renewal of a fixed-term single permit for seasonal work",
        "The employer must apply for the renewal at least one month before the permit ends.",
        "The stay may not exceed 90 days.",
    ),
    "nl": (
        "Verlenging van de gecombineerde vergunning van bepaalde duur",
        "De werkgever moet de verlenging ten minste een maand voor het einde aanvragen.",
        "Het verblijf mag niet langer zijn dan 90 dagen.",
    ),
    "fr": (
        "2. Prolongation du titre de séjour",
        "La demande de prolongation doit être introduite avant la fin du séjour autorisé.",
        "Le séjour ne peut excéder 90 jours.",
    ),
    "de": (
        "Verlängerung des elektronischen Aufenthaltstitels für begrenzte Dauer (A-Karte)",
        "Die Verlängerung muss spätestens einen Monat vor Ablauf beantragt werden.",
        "Der Aufenthalt darf 90 Tage nicht überschreiten.",
    ),
}


# A heading naming the application for something, or applying ("Application for a single
# permit", "Applying for a work permit", "Aanvraag van een gecombineerde vergunning", "Demande
# de permis unique", "Antrag auf eine kombinierte Erlaubnis") names the application's stage
# (GUIDE, label audit: "Application", "Aanvraag", "Demande", "Antrag"): who files it and how are
# steps, while an obligation to obtain the permit is a condition on the person.
# (heading, who files, the permit to obtain)
APPLICATION_FOR = {
    "en": (
        "Applying for a work permit",
        "The employer applies for the permit with the region where the work takes place.",
        "A foreign worker who wants a salaried job must first obtain a single permit.",
    ),
    "nl": (
        "Aanvraag van een gecombineerde vergunning",
        "De werkgever dient de aanvraag in bij het gewest waar het werk plaatsvindt.",
        "Een buitenlandse werknemer moet eerst een gecombineerde vergunning verkrijgen.",
    ),
    "fr": (
        "Demande de permis unique",
        "L'employeur introduit la demande auprès de la région où le travail a lieu.",
        "Le travailleur étranger doit d'abord obtenir un permis unique.",
    ),
    "de": (
        "Antrag auf eine kombinierte Erlaubnis",
        "Der Arbeitgeber reicht den Antrag bei der Region ein, in der die Arbeit stattfindet.",
        "Ein ausländischer Arbeitnehmer muss zuerst eine kombinierte Erlaubnis besitzen.",
    ),
}


@pytest.mark.parametrize(
    ("table", "lang"),
    [
        (table, lang)
        for table in ("STAGE_OF", "APPLICATION_FOR")
        for lang in ("de", "en", "fr", "nl")
    ],
)
def test_a_stage_heading_heads_its_acts_and_a_condition_under_it_stays_one(table, lang):
    # STAGE_OF: the act was a requirement before; APPLICATION_FOR: no step was read before
    heading, act, condition = {"STAGE_OF": STAGE_OF, "APPLICATION_FOR": APPLICATION_FOR}[table][
        lang
    ]
    found = kinds(f"<h2>{heading}</h2><p>{act} {condition}</p>")
    assert found == {act: "step", condition: "requirement"}


# Getting in touch with someone, or turning to an office, is what someone does at a stage
# (GUIDE, tune12b: "what the applicant, the employer or an administration does"): a step
# under a procedure heading, like sending or examining. (heading, the contact, a sentence
# naming a provider whose name holds "Contact", which tells no stage)
GETS_IN_TOUCH = {
    "en": (
        "Procedure",
        "The counter gets in touch with the applicant to agree on a date.",
        "In most countries the post works with an outside provider (TLS Contact).",
    ),
    "nl": (
        "Procedure",
        "Het loket neemt daarna contact op met de aanvrager om een datum af te spreken.",
        "In de meeste landen werkt de post met een externe dienstverlener (TLS Contact).",
    ),
    "fr": (
        "Procédure",
        "Le guichet prend contact avec le demandeur pour fixer une date.",
        "Dans la plupart des pays, le poste travaille avec un prestataire externe (TLS Contact).",
    ),
    "de": (
        "Verfahren",
        "Unternehmen aus Eupen wenden sich an das Ministerium der Deutschsprachigen Gemeinschaft.",
        "In den meisten Ländern arbeitet die Botschaft mit einem externen Dienstleister "
        "(TLS Contact).",
    ),
}


@pytest.mark.parametrize("lang", sorted(GETS_IN_TOUCH))
def test_getting_in_touch_is_a_stage_and_a_providers_name_is_none(lang):
    heading, contact, provider = GETS_IN_TOUCH[lang]
    assert kinds(f"<h2>{heading}</h2><p>{contact} {provider}</p>") == {contact: "step"}


# Requirements never read: a heading that defines who counts as something (GUIDE 22:58) asked
# as when one counts as it, or after a label ("Au pairs: Who is an au pair?"); its defining
# sentences are requirements though no obligation word is in them.
DEFINES_WHO = {
    "en": (
        "When am I a frontier worker?",
        "You live in one country and go back there at least once a week after work.",
    ),
    "nl": (
        "Au pairs: Wie is een au pair?",
        "Een au pair woont een tijd bij een gastgezin om een taal te leren.",
    ),
    "fr": (
        "Quand suis-je travailleur frontalier ?",
        "Vous habitez dans un pays et y retournez au moins une fois par semaine.",
    ),
    "de": (
        "Wann bin ich Grenzgänger?",
        "Sie wohnen in einem Land und kehren mindestens einmal pro Woche dorthin zurück.",
    ),
}


@pytest.mark.parametrize(
    ("table", "lang"),
    [
        (table, lang)
        for table in ("WHEN_WITHOUT_ACT", "DEFINES_WHO")
        for lang in sorted(DEFINES_WHO)
    ],
)
def test_a_when_question_without_an_act_or_defining_who_heads_requirements(table, lang):
    # WHEN_WITHOUT_ACT: a when-question with no act of applying heads no steps (the obligation
    # stays a requirement); DEFINES_WHO: no row was read before
    heading, sentence = {"WHEN_WITHOUT_ACT": WHEN_WITHOUT_ACT, "DEFINES_WHO": DEFINES_WHO}[table][
        lang
    ]
    assert kinds(f"<h2>{heading}</h2><p>{sentence}</p>") == {sentence: "requirement"}


# An order said politely ("Please contact us …", "Bitte senden Sie …", "Gelieve … te sturen",
# "Veuillez envoyer …") or with a verb of coming ("Kom persoonlijk naar het loket") is an
# imperative: a step under a procedure heading (GUIDE, second labelling: imperatives); so is
# an office checking the file ("De dienst gaat na of …").
POLITE_ORDERS = {
    "en": ("How to submit a request", ["Please contact the office by phone or by e-mail."]),
    "nl": (
        "Procedure",
        [
            "Kom persoonlijk naar een loket van de dienst Vreemdelingenzaken.",
            "Gelieve het formulier naar de gewestelijke dienst te sturen.",
            "De dienst gaat daarna na of je aan alle voorwaarden voldoet.",
        ],
    ),
    "fr": ("Procédure", ["Veuillez envoyer le formulaire au service régional."]),
    "de": ("Verfahren", ["Bitte kommen Sie persönlich zum Schalter der Gemeinde."]),
}


@pytest.mark.parametrize("lang", sorted(POLITE_ORDERS))
def test_a_polite_order_and_an_office_checking_are_steps(lang):
    heading, sentences = POLITE_ORDERS[lang]
    found = kinds(f"<h2>{heading}</h2><p>{' '.join(sentences)}</p>")
    assert found == dict.fromkeys(sentences, "step")


# Requirements never read: an obligation split around "in that case" ("heeft in dat geval een
# arbeidsvergunning nodig", "is in that case obliged to") is one; the words that open another
# clause ("dat", "that") only point at a case there. French and German say it without them.
IN_THAT_CASE = {
    "en": "Their employer is in that case obliged to apply for a work permit.",
    "nl": "Hun werkgever heeft in dat geval een arbeidsvergunning nodig.",
    "fr": "Leur employeur est dans ce cas tenu de demander un permis de travail.",
    "de": "Ihr Arbeitgeber braucht in diesem Fall eine Arbeitserlaubnis.",
}
# ... and one stated as a condition of the rules ("it is a condition that", "het is een
# voorwaarde dat", "c'est une condition", "ist eine Voraussetzung"): a requirement.
A_CONDITION_THAT = {
    "en": "For trainers too it is a condition that their pay exceeds the threshold.",
    "nl": "Ook voor trainers is het een voorwaarde dat hun loon boven de grens ligt.",
    "fr": "Pour les entraîneurs aussi, c'est une condition que leur salaire dépasse le seuil.",
    "de": "Auch für Trainer ist eine Voraussetzung, dass ihr Lohn über der Grenze liegt.",
}


@pytest.mark.parametrize(
    ("table", "lang"),
    [
        (table, lang)
        for table in ("IN_THAT_CASE", "A_CONDITION_THAT")
        for lang in sorted(IN_THAT_CASE)
    ],
)
def test_an_obligation_split_by_in_that_case_or_named_a_condition_is_one(table, lang):
    sentence = {"IN_THAT_CASE": IN_THAT_CASE, "A_CONDITION_THAT": A_CONDITION_THAT}[table][lang]
    assert kinds(f"<p>{sentence}</p>") == {sentence: "requirement"}
