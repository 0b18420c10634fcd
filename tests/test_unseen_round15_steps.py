"""Round 15 of issue 12, steps, in en, nl, fr, de (tests/devset/GUIDE.md: under a heading or
lead-in about the procedure, who files, where, how and by when is a `step`).

Each family is a structural class written from the GUIDE, its vocabulary completed in the four
languages; every sentence is our own, none from a page.

- a heading opened by a formality the reader carries out — registering, a first registration,
  a declaration of presence — is a heading about the procedure (GUIDE devset-u; audit14 case
  5), read as a stage's heading: what someone does there is a step, a fact about it is none,
  and a heading naming a paper ("Registration certificate") is no such heading;
- a heading that names a case, then after its colon the formality ("Short stay: declaration
  of arrival") is named by the words after the colon;
- an order has more forms than the bare imperative (GUIDE 22:35): after the case it is for
  ("If …, contact …"), after a word of politeness ("Please wait …", "Veuillez envoyer …";
  "Please note:" orders nothing), and after a word of order in the reader's present ("Eerst
  vult u …", "Ensuite, vous envoyez …");
- a list of two or more orders, one filing the application, is the procedure told step by
  step wherever it stands;
- "only by appointment" is a `requirement` under a procedure heading too (audit14), not said
  in brackets after opening hours, and not "only after booking" (the order of two stages);
- a line saying the formality is free is a fee line, no row (devset-u);
- an obligation to be somewhere ("must be in Belgium", "doit se trouver en Belgique") is a
  state, a `requirement` under a procedure heading too.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def kinds(html: str) -> dict[str, str]:
    return {c.text: c.kind for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))}


def kind_of(html: str, needle: str) -> str | None:
    return next((kind for text, kind in kinds(html).items() if needle in text), None)


# (heading opened by a formality, a sentence telling what someone does there, a fact there)
FORMALITY = [
    pytest.param(heading, act, fact, id=f"{lang}-{n}")
    for lang, cases in {
        "en": [
            (
                "First registration in the foreigners' register",
                "You then register at the town hall within eight days of arriving.",
                "The town hall building dates from the nineteenth century.",
            ),
            (
                "Registering with the municipality",
                "The employee must register at the counter of the population service.",
                "The counter is on the ground floor.",
            ),
        ],
        "nl": [
            (
                "Eerste inschrijving (alleen op afspraak)",
                "U moet zich binnen acht dagen na aankomst aanmelden bij de dienst bevolking.",
                "Het gemeentehuis ligt naast de kerk.",
            ),
            (
                "Inschrijving in het vreemdelingenregister",
                "De werknemer dient de aanvraag zelf in bij het loket.",
                "Het loket ligt op de eerste verdieping.",
            ),
        ],
        "fr": [
            (
                "Première inscription au registre des étrangers",
                "Vous devez ensuite demander votre inscription par courrier au service.",
                "Le bâtiment du service a été rénové en 2019.",
            ),
            (
                "Inscription à l'université :",
                "Je dois me présenter au guichet pour finaliser mon inscription.",
                "Le guichet se trouve au rez-de-chaussée.",
            ),
        ],
        "de": [
            (
                "Erstanmeldung bei der Gemeinde",
                "Sie müssen sich innerhalb von acht Tagen beim Bevölkerungsdienst anmelden.",
                "Das Gemeindehaus steht neben der Kirche.",
            ),
            (
                "Eintragung ins Fremdenregister",
                "Der Arbeitnehmer reicht den Antrag selbst am Schalter ein.",
                "Der Schalter befindet sich im Erdgeschoss.",
            ),
        ],
    }.items()
    for n, (heading, act, fact) in enumerate(cases)
]


@pytest.mark.parametrize("heading,act,fact", FORMALITY)
def test_a_heading_opened_by_a_formality_heads_its_steps(heading, act, fact):
    read = kinds(f"<h2>{heading}</h2><p>{act} {fact}</p>")
    assert read.get(act) == "step"
    assert fact not in read  # a fact about the formality is no step


@pytest.mark.parametrize(
    "heading,sentence",
    [
        ("Registration certificate", "The municipality hands over the certificate."),
        ("Inschrijvingsattest", "De gemeente overhandigt het attest."),
        ("Attestation d'inscription", "La commune délivre l'attestation."),
        ("Anmeldebescheinigung", "Die Gemeinde stellt die Bescheinigung aus."),
    ],
)
def test_a_heading_naming_a_registration_paper_is_no_formality(heading, sentence):
    assert kind_of(f"<h2>{heading}</h2><p>{sentence}</p>", sentence[:12]) != "step"


@pytest.mark.parametrize(
    "heading,sentence",
    [
        (
            "Short stay (at most 3 months): declaration of arrival",
            "Every foreigner is obliged to report to the town hall within three working days.",
        ),
        (
            "Kort verblijf (maximaal 3 maanden): aangifte van aankomst",
            "Elke vreemdeling is verplicht zich binnen drie werkdagen bij de gemeente te melden.",
        ),
        (
            "Court séjour (3 mois maximum) : déclaration d'arrivée",
            "Tout étranger est obligé de se présenter à la commune dans les trois jours ouvrables.",
        ),
        (
            "Kurzer Aufenthalt (höchstens 3 Monate): Anmeldung",
            "Jeder Ausländer ist verpflichtet, sich binnen drei Tagen bei der Gemeinde zu melden.",
        ),
    ],
)
def test_a_formality_after_a_case_label_names_the_heading(heading, sentence):
    assert kind_of(f"<h2>{heading}</h2><p>{sentence}</p>", sentence[:15]) == "step"


PROCEDURE = {"en": "How to apply", "nl": "Procedure", "fr": "Procédure", "de": "Verfahren"}

# (language, an order in one of the forms beyond the bare imperative)
ORDERS = [
    ("en", "If there is no consulate in your country, contact the one competent for it."),
    ("en", "Please wait until the officer calls your number."),
    ("en", "First you fill in the form on the website of the ministry."),
    ("nl", "Als u in het buitenland woont, vraag dan de kaart aan bij de ambassade."),
    ("nl", "Gelieve het formulier ondertekend terug te sturen."),
    ("nl", "Eerst vult u het formulier in op de website van het gewest."),
    ("fr", "Si le dossier est incomplet, envoyez les pièces manquantes par courrier."),
    ("fr", "Veuillez joindre une copie de votre passeport."),
    ("fr", "Ensuite, vous envoyez le formulaire au service régional."),
    ("de", "Wenn Sie im Ausland leben, wenden Sie sich an die Botschaft."),
    ("de", "Bitte senden Sie das Formular unterschrieben zurück."),
    ("de", "Zuerst füllen Sie das Formular auf der Website aus."),
]


@pytest.mark.parametrize(
    "lang,sentence", ORDERS, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(ORDERS)]
)
def test_an_order_in_its_other_forms_is_a_step_under_a_procedure_heading(lang, sentence):
    assert kind_of(f"<h2>{PROCEDURE[lang]}</h2><p>{sentence}</p>", sentence[:12]) == "step"


@pytest.mark.parametrize(
    "lang,sentence",
    [
        ("en", "Please note: the card stays valid during the procedure."),
        ("nl", "Gelieve er rekening mee te houden dat de kaart geldig blijft. Let op: dit duurt."),
        ("fr", "Veuillez noter que la carte reste valable."),
        ("de", "Bitte beachten Sie, dass die Karte gültig bleibt."),
    ],
)
def test_a_polite_pointer_orders_nothing(lang, sentence):
    # under no heading about the procedure, an order is no row either way; under one, a
    # pointer ("Please note") does not become an order by its polite word
    assert kind_of(f"<p>{sentence}</p>", sentence[:10]) is None


# (language, a case heading, two or more orders one of which files the application)
ORDER_LISTS = [
    (
        "en",
        "Seconded managers",
        ("Prepare the required annexes (.pdf)", "Submit the application through the counter."),
    ),
    (
        "nl",
        "Leidinggevende werknemers",
        ("Zet de vereiste bijlagen klaar", "Dien de aanvraag in via het digitale loket."),
    ),
    (
        "fr",
        "Cadres détachés",
        ("Préparez les annexes nécessaires", "Complétez une demande via le guichet en ligne."),
    ),
    (
        "de",
        "Entsandte Führungskräfte",
        ("Laden Sie die Anlagen herunter", "Reichen Sie den Antrag über den Online-Schalter ein."),
    ),
]


@pytest.mark.parametrize(
    "lang,heading,items", ORDER_LISTS, ids=[lang for lang, _, _ in ORDER_LISTS]
)
def test_a_list_of_orders_filing_an_application_is_steps(lang, heading, items):
    html = f"<h2>{heading}</h2><ol>{''.join(f'<li>{i}</li>' for i in items)}</ol>"
    read = kinds(html)
    assert [read.get(item) for item in items] == ["step"] * len(items)


@pytest.mark.parametrize(
    "items",
    [
        ("Read the brochure", "Consult the FAQ"),  # no application filed
        ("Lees de brochure", "Raadpleeg de veelgestelde vragen"),
    ],
)
def test_a_list_of_pointers_is_no_steps(items):
    html = f"<h2>More</h2><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
    assert not any(kind == "step" for kind in kinds(html).values())


BY_APPOINTMENT = [
    ("en", "Registrations are taken by appointment only."),
    ("nl", "Inschrijvingen gebeuren enkel op afspraak."),
    ("fr", "Les inscriptions se font uniquement sur rendez-vous."),
    ("de", "Anmeldungen erfolgen nur nach Terminvereinbarung."),
]


@pytest.mark.parametrize("lang,sentence", BY_APPOINTMENT, ids=[x[0] for x in BY_APPOINTMENT])
def test_only_by_appointment_is_a_requirement_under_a_procedure_heading(lang, sentence):
    assert kind_of(f"<h2>{PROCEDURE[lang]}</h2><p>{sentence}</p>", sentence[:12]) == ("requirement")


@pytest.mark.parametrize(
    "sentence",
    [
        "Only after booking an appointment online, you come to the counter with the file.",
        "Alleen na een online gemaakte afspraak komt u met het dossier naar het loket.",
    ],
)
def test_only_after_booking_tells_the_order_of_stages(sentence):
    assert kind_of(f"<h2>Procedure</h2><p>{sentence}</p>", sentence[:12]) != "requirement"


@pytest.mark.parametrize(
    "lang,sentence",
    [
        ("en", "The procedure is free."),
        ("nl", "De aanvraag is gratis."),
        ("fr", "La procédure est gratuite."),
        ("de", "Das Verfahren ist kostenlos."),
    ],
)
def test_a_free_fee_line_under_a_procedure_heading_is_no_row(lang, sentence):
    assert kind_of(f"<h2>{PROCEDURE[lang]}</h2><p>{sentence}</p>", sentence[:8]) is None


@pytest.mark.parametrize(
    "lang,sentence",
    [
        ("en", "The student must stay in Belgium until the end of the academic year."),
        ("nl", "De student moet zich in België bevinden tot het academiejaar eindigt."),
        ("fr", "L'étudiant doit se trouver en Belgique jusqu'à la fin de l'année académique."),
        ("de", "Der Student muss sich in Belgien aufhalten, bis das Studienjahr endet."),
    ],
)
def test_an_obligation_to_be_somewhere_stays_a_requirement(lang, sentence):
    assert kind_of(f"<h2>{PROCEDURE[lang]}</h2><p>{sentence}</p>", sentence[:12]) == ("requirement")


# (lead-in naming the application ahead of a clause of purpose, then where it goes: its items
# are the offices, each a step)
@pytest.mark.parametrize(
    "lead,item",
    [
        ("Your application for a card, signed and dated, you lodge with:", "the embassy;"),
        ("Uw aanvraag om een kaart te krijgen, dient u in bij:", "de ambassade;"),
        ("La demande, datée et signée, est introduite auprès de :", "l'ambassade ;"),
        ("Den Antrag auf eine Karte, unterschrieben, reichen Sie ein bei:", "der Botschaft;"),
    ],
)
def test_the_application_named_before_where_it_goes_heads_the_offices(lead, item):
    other = {"the embassy;": "an enterprise counter."}.get(item, "un guichet d'entreprises.")
    html = f"<h2>Procedure</h2><p>{lead}</p><ul><li>{item}</li><li>{other}</li></ul>"
    assert kinds(html).get(item) == "step"


# (language, infinitive orders in a list, one naming the formality or the application)
INFINITIVE_LISTS = [
    ("nl", ("Het aanvraagformulier invullen", "De bijlagen opladen")),
    ("fr", ("Envoyer le formulaire d'inscription signé ;", "Joindre une copie du visa.")),
    ("de", ("Das Antragsformular ausfüllen", "Die Anlagen hochladen")),
]


@pytest.mark.parametrize("lang,items", INFINITIVE_LISTS, ids=[lang for lang, _ in INFINITIVE_LISTS])
def test_a_list_of_infinitive_orders_is_steps(lang, items):
    html = f"<h2>Finale</h2><p>Merci de :</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
    read = kinds(html)
    assert [read.get(item) for item in items] == ["step"] * len(items)


# From half B (read after the half-A work was committed), each written as its class in the
# four languages:
# - a heading ordering to apply with a separable verb holds its object between the verb's
#   parts ("Vraag een visum D aan", "Dien uw aanvraag in", "Reiche den Antrag ein"): an order
#   to apply, the procedure's heading (federal-family-visa-request-nl);
# - a declaration is a formality the reader carries out ("Déclaration LIMOSA", "Aangifte van
#   aankomst"), unless sworn or of commitment, a paper (federal-posting-formalities-fr);
# - a lead-in naming the application and ending on its taking place ("De aanvraag zelf dient
#   te gebeuren", "La demande s'effectue") lists where it goes (flanders-work-card-alken-nl);
# - an order to open a link points to reading, no step (wallonia-uclouvain-lsm-visa-en);
# - what someone does not do at a stage is no stage (GUIDE devset-r;
#   federal-family-visa-request-nl, and federal-family-visa-fr on the older pages).
@pytest.mark.parametrize(
    "heading,sentence",
    [
        ("Apply for a family visa at the consulate", "Fill in the form and sign it."),
        ('Vraag een visum D "gezinshereniging" aan', "Vul het formulier in en onderteken het."),
        ("Demandez un visa D au consulat", "Remplissez le formulaire et signez-le."),
        ("Beantragen Sie ein Visum D beim Konsulat", "Füllen Sie das Formular aus."),
        ("Dien uw aanvraag in", "Plan uw reis."),
    ],
)
def test_an_order_to_apply_heads_the_steps(heading, sentence):
    assert kind_of(f"<h2>{heading}</h2><p>{sentence}</p>", sentence[:8]) == "step"


@pytest.mark.parametrize(
    "heading,sentence,kind",
    [
        ("Declaration of posting", "The employer must file the declaration online.", "step"),
        ("Aangifte Limosa", "De werkgever moet de aangifte online indienen.", "step"),
        ("Déclaration LIMOSA", "L'employeur doit introduire la déclaration en ligne.", "step"),
        ("Meldung der Entsendung", "Der Arbeitgeber muss die Meldung online einreichen.", "step"),
        (
            "Déclaration sur l'honneur",
            "La déclaration est signée par le demandeur.",
            None,
        ),
        ("Declaration of commitment", "The guarantor signs the declaration.", None),
    ],
)
def test_a_declaration_heading_is_a_formality_unless_a_paper(heading, sentence, kind):
    got = kind_of(f"<h2>{heading}</h2><p>{sentence}</p>", sentence[:10])
    assert got == kind if kind else got != "step"


@pytest.mark.parametrize(
    "lead,items",
    [
        ("The application itself takes place", ("at the regional office;", "at the embassy.")),
        ("De aanvraag zelf dient te gebeuren", ("bij het gewest;", "bij de ambassade.")),
        ("La demande s'effectue", ("auprès de la région ;", "auprès de l'ambassade.")),
        ("Der Antrag muss erfolgen", ("bei der Region;", "bei der Botschaft.")),
    ],
)
def test_a_lead_in_on_where_the_application_takes_place_heads_steps(lead, items):
    html = f"<h2>Kaarten</h2><p>{lead}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
    read = kinds(html)
    assert [read.get(item) for item in items] == ["step"] * len(items)


@pytest.mark.parametrize(
    "lang,sentence",
    [
        ("en", "Follow this link to see how to download the certificate."),
        ("nl", "Klik hier om te zien hoe u het attest downloadt."),
        ("fr", "Suivez ce lien pour voir comment télécharger l'attestation."),
        ("de", "Klicken Sie hier, um zu sehen, wie Sie die Bescheinigung herunterladen."),
    ],
)
def test_an_order_to_open_a_link_is_no_step(lang, sentence):
    assert kind_of(f"<h2>{PROCEDURE[lang]}</h2><p>{sentence}</p>", sentence[:8]) is None


@pytest.mark.parametrize(
    "lang,denied,done",
    [
        (
            "en",
            "The service provider does not examine the application.",
            "The consulate examines the application.",
        ),
        (
            "nl",
            "Dat bedrijf behandelt uw aanvraag niet.",
            "Het consulaat behandelt uw aanvraag.",
        ),
        (
            "fr",
            "Ce prestataire n'examine pas la demande.",
            "Le consulat examine la demande.",
        ),
        (
            "de",
            "Das Unternehmen prüft den Antrag nicht.",
            "Das Konsulat prüft den Antrag.",
        ),
    ],
)
def test_what_someone_does_not_do_is_no_stage(lang, denied, done):
    read = kinds(f"<h2>{PROCEDURE[lang]}</h2><p>{denied} {done}</p>")
    assert denied not in read and read.get(done) == "step"


# Stages of the procedure completed in the four languages (GUIDE, label audit: a heading that
# names a stage heads what is done at it): the admissibility check and the notification.
@pytest.mark.parametrize(
    "heading,act,fact",
    [
        (
            "Admissibility",
            "The region checks whether the file is complete.",
            "This usually goes quickly.",
        ),
        (
            "Ontvankelijkheid",
            "Het gewest gaat na of het dossier volledig is.",
            "Dat gaat meestal snel.",
        ),
        (
            "Recevabilité",
            "La région vérifie si le dossier est complet.",
            "Cela va en général vite.",
        ),
        (
            "Zulässigkeit",
            "Die Region prüft, ob die Akte vollständig ist.",
            "Das geht meist schnell.",
        ),
    ],
)
def test_an_admissibility_heading_heads_its_steps(heading, act, fact):
    read = kinds(f"<h2>{heading}</h2><p>{act} {fact}</p>")
    assert read.get(act) == "step" and fact not in read


# What the authority asks for is a stage, whoever acts (GUIDE tune12b: "Any missing document is
# requested from you"), here in our own sentences.
@pytest.mark.parametrize(
    "lang,sentence",
    [
        ("en", "Papers that are missing are requested from the applicant."),
        ("en", "The consulate may ask for further papers."),
        ("nl", "Ontbrekende stukken worden bij de aanvrager opgevraagd."),
        ("fr", "Les pièces manquantes vous sont demandées par courrier."),
        ("de", "Fehlende Unterlagen werden beim Antragsteller angefordert."),
    ],
)
def test_what_the_authority_asks_for_is_a_step(lang, sentence):
    assert kind_of(f"<h2>{PROCEDURE[lang]}</h2><p>{sentence}</p>", sentence[:10]) == "step"


# A link line in a list of steps is where the application goes when it names the channel or
# gives an e-mail address (GUIDE: the offices, channels or times of filing are steps); a
# region's or an office's name alone there points to where to read on.
@pytest.mark.parametrize(
    "heading,lead,channel,pointer",
    [
        (
            "How to apply",
            "The form and its annexes must be sent:",
            "by e-mail to: permits@region.example.be",
            "Flemish Region: www.vlaanderen.example.be",
        ),
        (
            "Hoe aanvragen?",
            "Het formulier en de bijlagen moeten worden verstuurd:",
            "per e-mail naar: vergunning@gewest.example.be",
            "Vlaams Gewest: www.vlaanderen.example.be",
        ),
        (
            "Comment s'inscrire ?",
            "Le formulaire et ses annexes doivent être envoyés :",
            "en ligne, sur le site www.region.example.be",
            "Région wallonne : www.wallonie.example.be",
        ),
        (
            "Wie beantragen?",
            "Das Formular und die Anlagen müssen geschickt werden:",
            "per E-Mail an: antrag@region.example.be",
            "Deutschsprachige Gemeinschaft: www.ostbelgien.example.be",
        ),
    ],
)
def test_a_channel_of_filing_is_a_step_a_name_alone_is_not(heading, lead, channel, pointer):
    html = f"<h2>{heading}</h2><p>{lead}</p><ul><li>{channel}</li><li>{pointer}</li></ul>"
    read = kinds(html)
    assert read.get(channel) == "step" and read.get(pointer) != "step"


# An order to open a link points to reading wherever the sentence names the application
# ("Click here to open the application form."), and a step's number alone as an item ("Stap
# 1" over its nested list) names no step: no rows (GUIDE tune12b; lead-ins and labels are no
# rows).
@pytest.mark.parametrize(
    "lang,sentence",
    [
        ("en", "Click here to open the application form."),
        ("nl", "Klik hier om het aanvraagformulier te openen."),
        ("fr", "Cliquez ici pour ouvrir le formulaire de demande."),
        ("de", "Klicken Sie hier, um das Antragsformular zu öffnen."),
    ],
)
def test_a_link_to_the_form_is_no_step(lang, sentence):
    assert kind_of(f"<h2>{PROCEDURE[lang]}</h2><p>{sentence}</p>", sentence[:8]) is None


@pytest.mark.parametrize("label", ["Step 1", "Stap 1", "Étape 1", "Schritt 1"])
def test_a_step_number_alone_is_no_row(label):
    html = (
        f"<h2>Procedure</h2><ul><li>{label}<ul><li>Fill in the form and sign it.</li>"
        "</ul></li></ul>"
    )
    assert label not in kinds(html)


# A lead-in opened by the time limit of filing lists the times of filing by case: steps
# (GUIDE devset-u: a line giving the time left to act is a step; round 14: the offices,
# channels or times of filing).
@pytest.mark.parametrize(
    "lead,items",
    [
        (
            "Deadline for submitting the application:",
            ("Students who need a visa: 30 April;", "Other students: 31 August."),
        ),
        (
            "Uiterste datum voor het indienen van de aanvraag:",
            ("Studenten die een visum nodig hebben: 30 april;", "Andere studenten: 31 augustus."),
        ),
        (
            "Date limite du dépôt de dossier :",
            ("Étudiants qui ont besoin d'un visa : 30 avril ;", "Autres étudiants : 31 août."),
        ),
        (
            "Frist für die Einreichung des Antrags:",
            ("Studierende mit Visumpflicht: 30. April;", "Andere Studierende: 31. August."),
        ),
    ],
)
def test_a_deadline_lead_in_lists_the_times_of_filing(lead, items):
    html = f"<p>{lead}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
    read = kinds(html)
    assert [read.get(item) for item in items] == ["step"] * len(items)


# Collecting the result is the reader's side of handing it over (GUIDE, label audit:
# "Issuing", "Afgifte", "Délivrance", "Ausstellung"): a heading naming it heads the stages
# told under it; and the passive of sending the result on is an authority's act.
@pytest.mark.parametrize(
    "heading,act,fact",
    [
        ("Collection", "The cards are sent to the town hall.", "The hall is near the station."),
        ("Afhalen", "De kaarten worden naar de gemeente gestuurd.", "Het gemeentehuis is oud."),
        ("Retrait", "La carte est transmise à la commune.", "La maison communale est ancienne."),
        ("Abholung", "Die Karte wird der Gemeinde zugestellt.", "Das Gemeindehaus ist alt."),
    ],
)
def test_a_collection_heading_heads_its_steps(heading, act, fact):
    read = kinds(f"<h2>{heading}</h2><p>{act} {fact}</p>")
    assert read.get(act) == "step" and fact not in read
