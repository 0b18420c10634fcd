"""Round 18 (tune18a): conditions whose kind is `step`, written as classes in four languages.

Each family states a structure (which heading governs, where the guidance opens) and the
reading the GUIDE gives it, in our own sentences. A test asserts the row a volunteer gets: its
kind, or that a sentence is no row.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions
from tests.conditions_read import kind_of

# --- 1. A case sub-heading under a procedure h2 that opens the guidance (no h1 above) -------
# GUIDE (round-15 audit): an h3 naming no kind of its own under a heading about the procedure
# takes that heading's kind. Where the page (or the source's select) has no h1, the h2 is a
# section like any, not the page's title.

TOP_PROCEDURE_CASES = [
    (
        "<h2>How to get your card</h2><h3>Adults:</h3><p>The town hall starts the renewal "
        "of your card itself. It takes about three weeks to receive the new card.</p>",
        "takes about three weeks",
        "step",
    ),
    (
        "<h2>Aanvraagprocedure</h2><h3>Kinderen</h3><p>De kids-ID vraagt een ouder aan aan "
        "het loket. Reken op ongeveer twee weken om de kaart te ontvangen.</p>",
        "Reken op ongeveer twee weken",
        "step",
    ),
    (
        "<h2>Procédure de délivrance</h2><h3>Ressortissants étrangers :</h3><p>Il faut "
        "compter environ un mois pour recevoir votre titre de séjour.</p>",
        "Il faut compter environ un mois",
        "step",
    ),
    (
        "<h2>Ablauf</h2><h3>Erwachsene</h3><p>Die Gemeinde leitet die Verlängerung Ihres "
        "Ausweises selbst ein. Rechnen Sie mit etwa drei Wochen bis zur Zustellung.</p>",
        "Rechnen Sie mit etwa drei Wochen",
        "step",
    ),
]


@pytest.mark.parametrize("html, needle, kind", TOP_PROCEDURE_CASES)
def test_a_case_subheading_under_a_top_procedure_h2_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# Not a step there: a limit with its number ("9 hours a day at most") under such a case
# sub-heading stays read by its own words, and under a page title (h1) the h2 naming no
# kind is the page's own section: an h1 "Registering at the town hall" does not make its
# h2 "Opening hours" a procedure.
TOP_PROCEDURE_LIMITS = [
    (
        "<h2>Steps of your hiring</h2><h3>Working time</h3><ul><li>Students over 18: 9 hours "
        "of work maximum</li></ul>",
        "9 hours",
    ),
    (
        "<h2>Procedure</h2><h3>Arbeidstijd</h3><ul><li>Studenten boven 18 jaar: maximaal 9 "
        "uur per dag</li></ul>",
        "maximaal 9",
    ),
    (
        "<h2>Procédure</h2><h3>Temps de travail</h3><ul><li>Étudiants de plus de 18 ans : 9 "
        "heures au maximum</li></ul>",
        "9 heures",
    ),
    (
        "<h2>Verfahren</h2><h3>Arbeitszeit</h3><ul><li>Studenten über 18: höchstens 9 "
        "Stunden pro Tag</li></ul>",
        "höchstens 9",
    ),
]


@pytest.mark.parametrize("html, needle", TOP_PROCEDURE_LIMITS)
def test_a_limit_under_a_case_subheading_is_no_step(html, needle):
    assert kind_of(html, needle) != "step"


# --- 2. A heading naming the stages of a procedure -----------------------------------------
# GUIDE: under a heading about the procedure ("Steps", "Stappen", "Étapes", "Ablauf"), each
# sentence telling a stage is a `step`. "Stages of …", "Etappes", "Phases de la procédure",
# "Etappen" name the same (language knowledge; the page had "Stages of …").

STAGE_HEADINGS = [
    (
        "<h1>Student jobs</h1><h2>Stages of your recruitment</h2><p>The department sends "
        "your form to the personnel office.</p>",
        "sends your form",
        "step",
    ),
    (
        "<h1>Studentenjobs</h1><h2>Etappes van de aanwerving</h2><p>De dienst stuurt uw "
        "formulier naar de personeelsdienst.</p>",
        "stuurt uw formulier",
        "step",
    ),
    (
        "<h1>Jobs étudiants</h1><h2>Phases de la procédure</h2><p>Le service envoie votre "
        "formulaire à l'administration du personnel.</p>",
        "envoie votre formulaire",
        "step",
    ),
    (
        "<h1>Studentenjobs</h1><h2>Etappen der Einstellung</h2><p>Die Abteilung schickt Ihr "
        "Formular an die Personalverwaltung.</p>",
        "schickt Ihr Formular",
        "step",
    ),
]


@pytest.mark.parametrize("html, needle, kind", STAGE_HEADINGS)
def test_a_heading_naming_the_stages_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


@pytest.mark.parametrize("heading", ["Stages", "Stages et jobs étudiants", "Stages en jobs"])
def test_internships_are_no_stages(heading):
    # French and Dutch "stages" are internships: a heading naming them heads no steps
    html = f"<h1>Studies</h1><h2>{heading}</h2><p>L'université propose des offres.</p>"
    assert kind_of(html, "propose des offres") != "step"


# --- 3. A heading asking when to declare heads steps; 4. the time it gives is a step --------
# GUIDE (label audit): a heading asking when to apply heads the procedure's time, told in its
# stages; a verb of declaring to the office ("notify", "melden", "déclarer", "anmelden") asks
# the same as one of applying (language knowledge; the page had "When do you notify?"). Under
# such a heading, or a bare "When?", a sentence giving the time ("As soon as possible after
# you arrive.") answers it: a step, as the items under "When should the renewal be applied
# for?" are (round-16 audit).

WHEN_TO_DECLARE = [
    (
        "<h1>Short stay</h1><h2>How do you notify us?</h2><h3>When do you notify?</h3>"
        "<p>As soon as possible after you land in Belgium. Afterwards you receive a "
        "certificate of arrival.</p>",
        ["As soon as possible after you land", "you receive a certificate"],
    ),
    (
        "<h1>Kort verblijf</h1><h2>Wanneer moet u zich melden?</h2><p>Binnen acht werkdagen "
        "na uw aankomst in de gemeente. Daarna ontvangt u een bewijs van aankomst.</p>",
        ["Binnen acht werkdagen", "ontvangt u een bewijs"],
    ),
    (
        "<h1>Court séjour</h1><h2>Quand faut-il déclarer votre arrivée ?</h2><p>Dès votre "
        "arrivée dans la commune. Vous recevez ensuite une déclaration d'arrivée.</p>",
        ["Dès votre arrivée", "Vous recevez ensuite"],
    ),
    (
        "<h1>Kurzaufenthalt</h1><h2>Wann muss ich mich anmelden?</h2><p>Spätestens acht Tage "
        "nach der Einreise. Danach erhalten Sie eine Ankunftserklärung.</p>",
        ["Spätestens acht Tage", "erhalten Sie eine"],
    ),
]


@pytest.mark.parametrize("html, needles", WHEN_TO_DECLARE)
def test_a_heading_asking_when_to_declare_heads_steps_and_its_time_is_one(html, needles):
    for needle in needles:
        assert kind_of(html, needle) == "step", needle


@pytest.mark.parametrize(
    "html, needle",
    [
        # a bare "When?" over a list of times: each time is a step
        (
            "<h1>Renewal</h1><h2>When?</h2><ul><li>No later than one month before the card "
            "expires</li></ul>",
            "No later than",
        ),
        (
            "<h1>Verlenging</h1><h2>Wanneer?</h2><ul><li>Ten laatste een maand voor de kaart "
            "vervalt</li></ul>",
            "Ten laatste",
        ),
        (
            "<h1>Renouvellement</h1><h2>Quand ?</h2><ul><li>Au plus tard un mois avant "
            "l'échéance de la carte</li></ul>",
            "Au plus tard",
        ),
        (
            "<h1>Verlängerung</h1><h2>Wann?</h2><ul><li>Spätestens einen Monat vor Ablauf der "
            "Karte</li></ul>",
            "Spätestens einen Monat",
        ),
    ],
)
def test_a_time_under_a_bare_when_heading_is_a_step(html, needle):
    assert kind_of(html, needle) == "step"


@pytest.mark.parametrize(
    "heading",
    [
        "When is the report published?",  # "report" as a noun: no question of declaring
        "Wanneer verschijnt het verslag?",
        "Quand le rapport paraît-il ?",
        "Wann erscheint der Bericht?",
    ],
)
def test_a_when_heading_without_an_act_heads_no_steps(heading):
    html = f"<h1>Statistics</h1><h2>{heading}</h2><p>Within two months after the year ends.</p>"
    assert kind_of(html, "Within two months") != "step"


# --- 5. A heading telling the reader to obtain a paper heads steps --------------------------
# GUIDE: under a heading about the procedure each stage is a step; a heading telling the
# reader to obtain or collect a permit, card or visa ("b. Obtain your residence permit" in a
# lettered plan) names the formality of getting it, as "Apply for …" does. One verb from a
# page (en "obtain"), the others and the letter prefix from language knowledge.

OBTAIN_A_PAPER = [
    (
        "<h1>Before you arrive</h1><h2>2. Settle in</h2><h3>b. Obtain your residence permit</h3>"
        "<ul><li>Students from abroad: report to the town hall within eight days of arriving."
        "</li></ul>",
        "report to the town hall",
    ),
    (
        "<h1>Voor uw aankomst</h1><h2>Haal uw verblijfskaart af</h2><p>U gaat naar het loket "
        "met de brief die u thuis ontving.</p>",
        "U gaat naar het loket",
    ),
    (
        "<h1>Avant votre arrivée</h1><h2>Obtenir un titre de séjour</h2><p>Vous vous présentez "
        "à la commune dans les huit jours.</p>",
        "Vous vous présentez",
    ),
    (
        "<h1>Vor der Ankunft</h1><h2>Erhalten Sie Ihre Aufenthaltskarte</h2><p>Sie melden sich "
        "innerhalb von acht Tagen bei der Gemeinde.</p>",
        "Sie melden sich",
    ),
]


@pytest.mark.parametrize("html, needle", OBTAIN_A_PAPER)
def test_a_heading_telling_to_obtain_a_paper_heads_steps(html, needle):
    assert kind_of(html, needle) == "step"


@pytest.mark.parametrize(
    "heading",
    [
        "a. Find your housing",
        "Zoek een woning",
        "Trouver un logement",
        "Finden Sie eine Wohnung",
        "Obtain health insurance",  # no paper named: the heading names no formality
    ],
)
def test_a_heading_telling_to_find_a_home_heads_no_steps(heading):
    html = f"<h1>Arrival</h1><h2>{heading}</h2><p>The university offers rooms on its campus.</p>"
    assert kind_of(html, "offers rooms") != "step"


# --- 6. "start applying for …" under a procedure heading tells the stage --------------------
# GUIDE (tune12b): a sentence under a procedure heading that tells a stage is a step. English
# says the act of applying also as "applying for" (from a page); nl/fr/de already read theirs.

APPLYING_FOR = [
    (
        "<h1>Visa</h1><h2>1. Begin the formalities</h2><p>Once your admission letter arrives, "
        "you can start applying for your visa.</p>",
        "start applying for your visa",
    ),
    (
        "<h1>Visum</h1><h2>1. De formaliteiten</h2><p>Zodra de toelatingsbrief er is, "
        "kunt u beginnen met het aanvragen van uw visum.</p>",
        "aanvragen van uw visum",
    ),
    (
        "<h1>Visa</h1><h2>1. Commencez les démarches</h2><p>Dès réception de la lettre "
        "d'admission, vous pouvez commencer à demander votre visa.</p>",
        "commencer à demander votre visa",
    ),
    (
        "<h1>Visum</h1><h2>1. Die ersten Formalitäten</h2><p>Sobald der "
        "Zulassungsbescheid da ist, können Sie Ihr Visum beantragen.</p>",
        "Visum beantragen",
    ),
]


@pytest.mark.parametrize("html, needle", APPLYING_FOR)
def test_starting_to_apply_under_a_procedure_heading_is_a_step(html, needle):
    assert kind_of(html, needle) == "step"


# --- 7. The page's title (h1 over sections) names no kind for the text right under it -------
# GUIDE (round-16 audit): on a page whose h1 names the formality and which has h2-h4 headings,
# the sentences before the first h2 are read by their own words (an obligation makes a
# requirement, else no row); the sections below carry the stages. An h1 that is the only
# heading still names the kind (devset-u). Not a step-making rule: it keeps the title from
# making steps of the introduction.

TITLE_OVER_SECTIONS = [
    (
        "en",
        "<h1>Registering at the town hall</h1><p>Every newcomer must register within eight "
        "days. The city welcomes you.</p><h2>How to register</h2><p>You fill in the form at "
        "the counter.</p>",
    ),
    (
        "nl",
        "<h1>Inschrijving bij de gemeente</h1><p>Elke nieuwkomer moet zich binnen acht dagen "
        "inschrijven. De stad heet u welkom.</p><h2>Hoe inschrijven?</h2><p>U vult het "
        "formulier in aan het loket.</p>",
    ),
    (
        "fr",
        "<h1>Inscription à la commune</h1><p>Tout nouvel arrivant doit s'inscrire dans les "
        "huit jours. La ville vous souhaite la bienvenue.</p><h2>Comment s'inscrire ?</h2><p>"
        "Vous remplissez le formulaire au guichet.</p>",
    ),
    (
        "de",
        "<h1>Anmeldung bei der Gemeinde</h1><p>Jeder Neuankömmling muss sich innerhalb von acht "
        "Tagen anmelden. Die Stadt heißt Sie willkommen.</p><h2>Wie melde ich mich an?</h2><p>"
        "Sie füllen das Formular am Schalter aus.</p>",
    ),
]


@pytest.mark.parametrize("lang, html", TITLE_OVER_SECTIONS, ids=[c[0] for c in TITLE_OVER_SECTIONS])
def test_under_a_title_over_sections_sentences_read_by_their_own_words(lang, html):
    rows = extract_conditions(extract_blocks(f"<main>{html}</main>"))
    kinds = [c.kind for c in rows]
    # the obligation in the introduction: a requirement; the welcome: no row; the stage
    # under the h2: a step
    assert kinds == ["requirement", "step"], [(c.kind, c.text) for c in rows]


@pytest.mark.parametrize(
    "html, needle",
    [
        (
            "<h1>Registering at the town hall</h1><p>Fill in the form at the counter.</p>",
            "Fill in the form",
        ),
        (
            "<h1>Inschrijving bij de gemeente</h1><p>Vul het formulier in aan het loket.</p>",
            "Vul het formulier",
        ),
        (
            "<h1>Inscription à la commune</h1><p>Remplissez le formulaire au guichet.</p>",
            "Remplissez le formulaire",
        ),
        (
            "<h1>Anmeldung bei der Gemeinde</h1><p>Füllen Sie das Formular am Schalter aus.</p>",
            "Füllen Sie das Formular",
        ),
    ],
)
def test_an_h1_as_the_only_heading_still_heads_steps(html, needle):
    assert kind_of(html, needle) == "step"


# --- 8. A heading asking how to declare heads steps -----------------------------------------
# GUIDE: "How to apply", "Comment introduire" head the procedure; asking how to declare to the
# office ("Comment déclarer ?", from a page; "How do you report yourself?", "Hoe aangeven?",
# "Wie melde ich mich?") asks the same formality (language knowledge).

HOW_TO_DECLARE = [
    (
        "<h1>Posted workers</h1><h2>How do you notify a posting?</h2><p>Request a user name "
        "and a password first.</p>",
        "Request a user name",
    ),
    (
        "<h1>Detachering</h1><h2>Hoe aangeven?</h2><p>Vraag eerst een gebruikersnaam en een "
        "wachtwoord aan.</p>",
        "Vraag eerst een gebruikersnaam",
    ),
    (
        "<h1>Détachement</h1><h2>Comment déclarer ?</h2><p>Demandez d'abord un identifiant et "
        "un code d'accès.</p>",
        "Demandez d'abord un identifiant",
    ),
    (
        "<h1>Entsendung</h1><h2>Wie melde ich mich?</h2><p>Beantragen Sie zuerst einen "
        "Benutzernamen und ein Passwort.</p>",
        "Beantragen Sie zuerst",
    ),
]


@pytest.mark.parametrize("html, needle", HOW_TO_DECLARE)
def test_a_heading_asking_how_to_declare_heads_steps(html, needle):
    assert kind_of(html, needle) == "step"


@pytest.mark.parametrize(
    "heading",
    [
        "How is the report written?",
        "Hoe wordt het verslag opgesteld?",
        "Comment le rapport est-il rédigé ?",
        "Wie wird der Bericht erstellt?",
    ],
)
def test_a_how_heading_about_a_report_heads_no_steps(heading):
    html = f"<h1>Annual report</h1><h2>{heading}</h2><p>Please read the summary first.</p>"
    assert kind_of(html, "read the summary") != "step"


# --- 9. Collecting the card and drawing up the contract tell a stage ------------------------
# GUIDE (tune12b): what the applicant or an administration does with the application, the
# file or the decision is a step. Collecting what the procedure yields ("afhalen", from a
# page; "ophalen", "retirer", "récupérer", "abholen") and an office drawing up the contract
# ("draws up", from a page; "stelt … op", "établit", "rédige", "erstellt") are such acts.

COLLECT_OR_DRAW_UP = [
    (
        "<h1>Residence card</h1><h2>Procedure</h2><p>About three weeks later you receive a "
        "letter. From then on the personnel office draws up your card file.</p>",
        "draws up your card file",
    ),
    (
        "<h1>Verblijfskaart</h1><h2>Afhandeling</h2><p>Vanaf dan kunt u de kaart afhalen aan "
        "het loket van de dienst burgerzaken.</p>",
        "kaart afhalen",
    ),
    (
        "<h1>Titre de séjour</h1><h2>Procédure</h2><p>Vous pouvez ensuite récupérer la carte "
        "au guichet du service population.</p>",
        "récupérer la carte",
    ),
    (
        "<h1>Aufenthaltskarte</h1><h2>Ablauf</h2><p>Danach können Sie die Karte am Schalter "
        "des Bürgerdienstes abholen.</p>",
        "Karte am Schalter",
    ),
]


@pytest.mark.parametrize("html, needle", COLLECT_OR_DRAW_UP)
def test_collecting_the_card_or_drawing_up_the_contract_is_a_step(html, needle):
    assert kind_of(html, needle) == "step"


def test_a_number_in_a_law_title_does_not_stop_a_case_subheading():
    # "under Title VI of the Law of 3 July 1978": a bound word and a digit in passing, no limit
    html = (
        "<h2>Steps of your hiring</h2><h3>Data sheet</h3><p>The personnel office then draws "
        "up your contract (a student contract under Title VI of the Law of 3 July 1978).</p>"
    )
    assert kind_of(html, "draws up your contract") == "step"


# --- 10. (half B) A formality heading opened by its channel, or as a Dutch infinitive -------
# GUIDE (devset-u): a formality's name heads its stages. "Online inschrijven" and "Inschrijven
# in het stadskantoor" (from a page) name it by the verb, after its channel; "Online
# registration", "Elektronische Anmeldung", "Inscription en ligne" (language knowledge) the same.

FORMALITY_BY_CHANNEL = [
    (
        "<h1>Long stay</h1><h2>Online registration</h2><p>Make an appointment, online or by "
        "phone.</p>",
        "Make an appointment",
    ),
    (
        "<h1>Lang verblijf</h1><h2>Inschrijven in het stadskantoor</h2><p>Maak een afspraak, "
        "online of telefonisch.</p>",
        "Maak een afspraak",
    ),
    (
        "<h1>Long séjour</h1><h2>Inscription en ligne</h2><p>Prenez rendez-vous, en ligne ou "
        "par téléphone.</p>",
        "Prenez rendez-vous",
    ),
    (
        "<h1>Langer Aufenthalt</h1><h2>Elektronische Anmeldung</h2><p>Vereinbaren Sie einen "
        "Termin, online oder telefonisch.</p>",
        "Vereinbaren Sie einen Termin",
    ),
]


@pytest.mark.parametrize("html, needle", FORMALITY_BY_CHANNEL)
def test_a_formality_heading_opened_by_its_channel_heads_steps(html, needle):
    assert kind_of(html, needle) == "step"


@pytest.mark.parametrize(
    "heading", ["Online payment", "Online betalen", "Paiement en ligne", "Online-Zahlung"]
)
def test_a_channel_heading_naming_no_formality_heads_no_steps(heading):
    html = f"<h1>Fees</h1><h2>{heading}</h2><p>The bank charges no costs for this.</p>"
    assert kind_of(html, "charges no costs") != "step"


# --- 11. (half B) A reader's question on how an act of the procedure goes heads steps -------
# GUIDE: "How to apply" heads the procedure; an FAQ heading asking in the first person how an
# act of the procedure goes ("How do I send you my account number?", from a page; "Hoe stuur
# ik mijn formulier?", "Comment envoyer mon dossier ?", "Wie schicke ich meinen Antrag?")
# asks for that stage: its acts are steps.

FIRST_PERSON_HOW = [
    (
        "<h1>FAQ</h1><h2>How do I send you my bank details?</h2><p>Send us your account number "
        "through the online application.</p>",
        "Send us your account number",
    ),
    (
        "<h1>FAQ</h1><h2>Hoe stuur ik mijn formulier door?</h2><p>Stuur het formulier via de "
        "onlinetoepassing.</p>",
        "Stuur het formulier",
    ),
    (
        "<h1>FAQ</h1><h2>Comment vous envoyer mes coordonnées bancaires ?</h2><p>Envoyez-nous "
        "votre numéro de compte par l'application en ligne.</p>",
        "votre numéro de compte",
    ),
    (
        "<h1>FAQ</h1><h2>Wie schicke ich meinen Antrag?</h2><p>Schicken Sie den Antrag über "
        "die Online-Anwendung.</p>",
        "Schicken Sie den Antrag",
    ),
]


@pytest.mark.parametrize("html, needle", FIRST_PERSON_HOW)
def test_a_first_person_question_on_an_act_heads_steps(html, needle):
    assert kind_of(html, needle) == "step"


@pytest.mark.parametrize(
    "heading",
    [
        "How long is my card valid?",
        "Hoe lang is mijn kaart geldig?",
        "Combien de temps ma carte est-elle valable ?",
        "Wie lange ist meine Karte gültig?",
    ],
)
def test_a_question_on_how_long_a_card_lasts_heads_no_steps(heading):
    html = f"<h1>FAQ</h1><h2>{heading}</h2><p>The card stays valid for five years.</p>"
    assert kind_of(html, "stays valid") != "step"


# --- 12. (half B) A lead-in announcing the time limits of filing heads steps ----------------
# GUIDE (round 11, "Date limite du dépôt de dossier :"): the times of filing, by case, are
# steps. A lead-in saying the paper is lodged "within the following time limits:" (nl from a
# page; en, fr, de from language knowledge) announces the same, under any heading.

TIMES_OF_FILING = [
    (
        "<h1>Notice</h1><p>The notice must be sent within the following time limits:</p><ul>"
        "<li>before the end of the twelfth month of the posting;</li><li>on 1 March, if the "
        "posting then lasts longer than a year.</li></ul>",
        "before the end of the twelfth month",
    ),
    (
        "<h1>Kennisgeving</h1><p>De kennisgeving moet binnen de volgende termijnen worden "
        "bezorgd:</p><ul><li>vóór het einde van de twaalfde maand van de detachering;</li>"
        "<li>op 1 maart, als de detachering dan langer dan een jaar duurt.</li></ul>",
        "vóór het einde van de twaalfde maand",
    ),
    (
        "<h1>Notification</h1><p>La notification doit être envoyée dans les délais suivants :"
        "</p><ul><li>avant la fin du douzième mois du détachement ;</li><li>le 1er mars, si le "
        "détachement dure alors plus d'un an.</li></ul>",
        "avant la fin du douzième mois",
    ),
    (
        "<h1>Mitteilung</h1><p>Die Mitteilung muss innerhalb der folgenden Fristen eingereicht "
        "werden:</p><ul><li>vor dem Ende des zwölften Monats der Entsendung;</li><li>am 1. März, "
        "wenn die Entsendung dann länger als ein Jahr dauert.</li></ul>",
        "vor dem Ende des zwölften Monats",
    ),
]


@pytest.mark.parametrize("html, needle", TIMES_OF_FILING)
def test_the_time_limits_a_lead_in_announces_for_filing_are_steps(html, needle):
    assert kind_of(html, needle) == "step"


# --- 13. (half B) An office enrolling the reader tells a stage ------------------------------
# GUIDE (tune12b): what an administration does with the application is a step. Enrolling the
# student ("enrols", from a page; "schrijven … in", "inscrit", "schreibt … ein", language
# knowledge) is such an act.

ENROLS = [
    (
        "<h1>Exchange</h1><h2>Registration at the university</h2><p>The international office "
        "enrols exchange students automatically in their classes.</p>",
        "enrols exchange students",
    ),
    (
        "<h1>Uitwisseling</h1><h2>Inschrijving aan de universiteit</h2><p>De internationale "
        "dienst schrijft uitwisselingsstudenten automatisch in voor hun vakken.</p>",
        "schrijft uitwisselingsstudenten",
    ),
    (
        "<h1>Échange</h1><h2>Inscription à l'université</h2><p>Le service international "
        "inscrit automatiquement les étudiants d'échange à leurs cours.</p>",
        "inscrit automatiquement",
    ),
    (
        "<h1>Austausch</h1><h2>Anmeldung an der Universität</h2><p>Das Akademische Auslandsamt "
        "schreibt Austauschstudierende automatisch in ihre Kurse ein.</p>",
        "schreibt Austauschstudierende",
    ),
]


@pytest.mark.parametrize("html, needle", ENROLS)
def test_an_office_enrolling_the_reader_is_a_step(html, needle):
    assert kind_of(html, needle) == "step"


# --- 14. (half B, precision) "costs nothing" is a fee line, no step -------------------------
# GUIDE (devset-u): a fee line saying none is charged ("The procedure is free.") is no row.
# Saying it costs nothing ("kost niets", from a page; "costs nothing", "ne coûte rien",
# "kostet nichts") is the same line.

COSTS_NOTHING = [
    (
        "<h1>Work card</h1><h2>Procedure</h2><p>Applying for the card costs nothing.</p>",
        "costs nothing",
    ),
    ("<h1>Arbeidskaart</h1><h2>Procedure</h2><p>De kaart aanvragen kost niets.</p>", "kost niets"),
    (
        "<h1>Carte de travail</h1><h2>Procédure</h2><p>La demande ne coûte rien.</p>",
        "ne coûte rien",
    ),
    ("<h1>Arbeitskarte</h1><h2>Verfahren</h2><p>Der Antrag kostet nichts.</p>", "kostet nichts"),
]


@pytest.mark.parametrize("html, needle", COSTS_NOTHING)
def test_costs_nothing_under_a_procedure_heading_is_no_step(html, needle):
    assert kind_of(html, needle) is None


# --- 15. The renewal done by someone is a stage ---------------------------------------------
# GUIDE (tune12b): what an administration does with the application is a step, whoever acts.
# The renewal of the card started by the municipality (fr from a page; en, nl, de language
# knowledge), said in the passive with its agent, is such a stage.

RENEWAL_BY = [
    (
        "<h1>Identity card</h1><h2>Procedure</h2><h3>Adults</h3><p>The renewal of your card is "
        "started automatically by the municipality.</p>",
        "renewal of your card",
    ),
    (
        "<h1>Identiteitskaart</h1><h2>Procedure</h2><h3>Volwassenen</h3><p>De verlenging van uw "
        "kaart wordt automatisch gestart door de gemeente.</p>",
        "verlenging van uw kaart",
    ),
    (
        "<h1>Carte d'identité</h1><h2>Procédure</h2><h3>Adultes</h3><p>Le renouvellement de votre "
        "carte est lancé automatiquement par la commune.</p>",
        "renouvellement de votre carte",
    ),
    (
        "<h1>Personalausweis</h1><h2>Verfahren</h2><h3>Erwachsene</h3><p>Die Verlängerung Ihres "
        "Ausweises wird automatisch von der Gemeinde eingeleitet.</p>",
        "Verlängerung Ihres",
    ),
]


@pytest.mark.parametrize("html, needle", RENEWAL_BY)
def test_the_renewal_done_by_the_municipality_is_a_step(html, needle):
    assert kind_of(html, needle) == "step"
