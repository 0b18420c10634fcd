"""Round 17 (issue 12), tune17a: steps read by structure, in four languages.

Each family is a class of construction (which heading or lead-in governs a sentence), stated
in our own sentences in English, Dutch, French and German; each case asserts the row a
volunteer reads (its kind) or that a sentence is no row.
"""

from __future__ import annotations

import pytest

from tests.conditions_read import kind_of

# --- A sub-heading naming an act or a place under a heading that asks what to do ----------
# "What to do upon arrival?" is a heading about the procedure (GUIDE, round-15 audit); an h3
# under it that names no kind ("Visit the admissions office", "Bij de gemeente") takes its
# kind: what the reader does there is a step, also with "must" (GUIDE, round-15 audit:
# sub-headings), and what the office then does is a step too.

WHAT_TO_DO_H3 = [
    (
        "en",
        "<h1>Students</h1><h2>What to do after you arrive</h2><h3>Go to the student office</h3>"
        "<p>As soon as you arrive, you must book a meeting with the student office by e-mail.</p>",
        "you must book a meeting",
        "step",
    ),
    (
        "en",
        "<h1>Students</h1><h2>What to do after you arrive</h2><h3>Go to the student office</h3>"
        "<p>Once the fee is paid, the office issues a certificate of enrolment.</p>",
        "the office issues",
        "step",
    ),
    (
        "nl",
        "<h1>Studenten</h1><h2>Wat moet u doen na uw aankomst?</h2><h3>Bij de studentendienst</h3>"
        "<p>Meteen na uw aankomst moet u per e-mail een afspraak maken met de studentendienst.</p>",
        "moet u per e-mail een afspraak maken",
        "step",
    ),
    (
        "fr",
        "<h1>Étudiants</h1><h2>Que faire à votre arrivée ?</h2><h3>Au service des inscriptions"
        "</h3><p>Dès votre arrivée, vous devez prendre rendez-vous avec le service des "
        "inscriptions par courriel.</p>",
        "vous devez prendre rendez-vous",
        "step",
    ),
    (
        "de",
        "<h1>Studierende</h1><h2>Was ist nach der Ankunft zu tun?</h2><h3>Im Studierendenbüro</h3>"
        "<p>Gleich nach Ihrer Ankunft müssen Sie per E-Mail einen Termin mit dem "
        "Studierendenbüro vereinbaren.</p>",
        "müssen Sie per E-Mail einen Termin",
        "step",
    ),
    # an h3 naming a kind of its own still gives its own: a condition stays a condition
    (
        "en",
        "<h1>Students</h1><h2>What to do after you arrive</h2><h3>Conditions</h3>"
        "<p>You must hold a valid passport.</p>",
        "valid passport",
        "requirement",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(WHAT_TO_DO_H3)],
)
def test_an_h3_under_a_what_to_do_heading_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- A lead-in that sends the reader somewhere "with:" lists papers to take along ---------
# "On the day, go to the office with:" names what to bring, as "Bring the following:" does:
# its items are documents (GUIDE devset-u), also under a heading about the procedure.

GO_WITH = [
    (
        "en",
        "<h2>What to do after you arrive</h2><h3>Go to the town hall</h3>"
        "<p>On the day of your appointment, go to the town hall with:</p>"
        "<ul><li>your passport;</li><li>a recent photo.</li></ul>",
        "a recent photo",
        "document",
    ),
    (
        "nl",
        "<h2>Procedure</h2><p>Ga op de dag van uw afspraak naar het gemeentehuis met:</p>"
        "<ul><li>uw paspoort;</li><li>een recente pasfoto.</li></ul>",
        "een recente pasfoto",
        "document",
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Le jour du rendez-vous, présentez-vous à l'administration "
        "communale muni de :</p><ul><li>votre passeport ;</li><li>une photo récente.</li></ul>",
        "une photo récente",
        "document",
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Am Tag des Termins kommen Sie ins Rathaus mit:</p>"
        "<ul><li>Ihrem Reisepass;</li><li>einem aktuellen Passfoto.</li></ul>",
        "einem aktuellen Passfoto",
        "document",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(GO_WITH)],
)
def test_a_lead_in_going_somewhere_with_lists_documents(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- A what-to-do question with words inside it ------------------------------------------
# "Was ist nach der Ankunft zu tun?", "Wat moet u na de verhuis doen?", "Que devez-vous
# ensuite faire ?", "What do you then have to do?" ask what to do as "Was ist zu tun?" does
# (GUIDE, round-15 audit): the question's words around a few words of case or time.

WHAT_TO_DO_SPLIT = [
    (
        "en",
        "<h2>What do you then have to do?</h2><p>You must report the move to the town hall "
        "within eight days.</p>",
        "report the move",
        "step",
    ),
    (
        "nl",
        "<h2>Wat moet u na de verhuis doen?</h2><p>U moet de verhuis binnen acht dagen aan de "
        "gemeente melden.</p>",
        "verhuis binnen acht dagen",
        "step",
    ),
    (
        "fr",
        "<h2>Que devez-vous ensuite faire ?</h2><p>Vous devez signaler le déménagement à la "
        "commune dans les huit jours.</p>",
        "signaler le déménagement",
        "step",
    ),
    (
        "de",
        "<h2>Was ist nach dem Umzug zu tun?</h2><p>Sie müssen den Umzug innerhalb von acht "
        "Tagen der Gemeinde melden.</p>",
        "den Umzug innerhalb",
        "step",
    ),
    # a question that asks what to bring is not one of them: its papers are documents
    (
        "de",
        "<h2>Was müssen Sie zum Termin mitbringen?</h2><ul><li>Ihren Reisepass</li></ul>",
        "Reisepass",
        "document",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(WHAT_TO_DO_SPLIT)],
)
def test_a_what_to_do_question_with_words_inside_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- A heading telling how the application is handled, as an indirect question ------------
# "How your application is processed", "Hoe uw aanvraag wordt behandeld", "Comment votre
# demande est traitée", "Wie Ihr Antrag bearbeitet wird" ask how the procedure goes, as "How
# is the application processed?" does: what the office does there is a step (GUIDE, a heading
# about the procedure). English now opens such a question on "how the/your/a/an/we" as Dutch,
# French and German open theirs on bare "hoe", "comment", "wie".

HOW_IT_IS_HANDLED = [
    (
        "en",
        "<h1>Visas</h1><h2>Long stays: how your application is processed</h2>"
        "<p>The embassy sends the file to the Immigration Office within two days.</p>",
        "sends the file",
        "step",
    ),
    (
        "en",
        "<h1>Visas</h1><h2>How the application is handled</h2><h3>Visas for researchers</h3>"
        "<p>If the file is complete, the visa is issued within five working days.</p>",
        "the visa is issued",
        "step",
    ),
    (
        "nl",
        "<h1>Visa</h1><h2>Hoe uw aanvraag wordt behandeld</h2>"
        "<p>De ambassade stuurt het dossier binnen twee dagen door naar de Dienst "
        "Vreemdelingenzaken.</p>",
        "stuurt het dossier",
        "step",
    ),
    (
        "fr",
        "<h1>Visas</h1><h2>Comment votre demande est traitée</h2>"
        "<p>L'ambassade transmet le dossier à l'Office des étrangers dans les deux jours.</p>",
        "transmet le dossier",
        "step",
    ),
    (
        "de",
        "<h1>Visa</h1><h2>Wie Ihr Antrag bearbeitet wird</h2>"
        "<p>Die Botschaft leitet die Akte innerhalb von zwei Tagen an das Ausländeramt weiter.</p>",
        "leitet die Akte",
        "step",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(HOW_IT_IS_HANDLED)],
)
def test_a_heading_telling_how_the_application_is_handled_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- Following where one's file stands is no step -----------------------------------------
# "You can follow its progress online" tells a service the office offers, not a stage anyone
# goes through: no row, also under a heading about the procedure; the stage told beside it
# stays a step.

FOLLOW_PROGRESS = [
    (
        "en",
        "<h2>How to apply</h2><p>Submit the form at the embassy. Once the file has reached the "
        "Immigration Office, you can follow its progress online.</p>",
        "follow its progress",
        None,
    ),
    (
        "en",
        "<h2>How to apply</h2><p>Submit the form at the embassy. Once the file has reached the "
        "Immigration Office, you can follow its progress online.</p>",
        "Submit the form",
        "step",
    ),
    (
        "nl",
        "<h2>Procedure</h2><p>Dien het formulier in bij de ambassade. Met het referentienummer "
        "kunt u de stand van uw dossier online volgen.</p>",
        "stand van uw dossier",
        None,
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Déposez le formulaire à l'ambassade. Grâce au numéro de référence, "
        "vous pouvez suivre l'état de votre demande en ligne.</p>",
        "suivre l'état",
        None,
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Reichen Sie das Formular bei der Botschaft ein. Mit der "
        "Referenznummer können Sie den Stand Ihres Antrags online verfolgen.</p>",
        "Stand Ihres Antrags",
        None,
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(FOLLOW_PROGRESS)],
)
def test_following_where_a_file_stands_is_no_step(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- A formality heading, then after a dash the case it is told for ------------------------
# "First registration in Belgium – stays of more than 3 months": the first part names the
# formality (GUIDE audit14 case 5: a heading naming the formality heads steps, also with
# "must"), the part after the dash narrows the case and does not make the heading too long to
# name it.

FORMALITY_THEN_CASE = [
    (
        "en",
        "<h1>Foreigners</h1><h2>First registration in Belgium - non-Belgians staying more than "
        "three months</h2><p>First contact our service by e-mail, then come to the counter.</p>",
        "First contact our service",
        "step",
    ),
    (
        "nl",
        "<h1>Vreemdelingen</h1><h2>Eerste inschrijving in België - niet-Belgen met een verblijf "
        "van meer dan drie maanden</h2><p>Neem eerst per e-mail contact op met onze dienst.</p>",
        "Neem eerst per e-mail contact op",
        "step",
    ),
    (
        "fr",
        "<h1>Étrangers</h1><h2>Première inscription en Belgique – non-Belges séjournant plus de "
        "trois mois</h2><p>Vous devez vous inscrire à la commune dans les huit jours.</p>",
        "vous inscrire à la commune",
        "step",
    ),
    (
        "de",
        "<h1>Ausländer</h1><h2>Erstanmeldung in Belgien – Nicht-Belgier mit einem Aufenthalt von "
        "mehr als drei Monaten</h2><p>Sie müssen sich innerhalb von acht Tagen bei der Gemeinde "
        "anmelden.</p>",
        "bei der Gemeinde",
        "step",
    ),
    # what the heading names after the dash still names a paper: documents, not steps
    (
        "en",
        "<h1>Foreigners</h1><h2>First registration - documents to bring</h2>"
        "<ul><li>your passport</li></ul>",
        "your passport",
        "document",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(FORMALITY_THEN_CASE)],
)
def test_a_formality_heading_then_its_case_after_a_dash_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- A stage that follows the procedure of another -----------------------------------------
# Under a heading naming a stage ("Renewal", "Verlenging", "Renouvellement", "Verlängerung"),
# "The renewal follows the same procedure as the first application" tells how that stage goes:
# a step (GUIDE: under a procedure heading a sentence telling which route applies is a step).
# Under a heading naming no kind it stays no row, as the GUIDE says of routes outside one.

SAME_PROCEDURE = [
    (
        "en",
        "<h1>Residence card</h1><h2>Renewal</h2>"
        "<p>The renewal follows the same procedure as the first application.</p>",
        "same procedure",
        "step",
    ),
    (
        "nl",
        "<h1>Verblijfskaart</h1><h2>Verlenging</h2>"
        "<p>Voor de verlenging geldt dezelfde procedure als voor de eerste aanvraag.</p>",
        "dezelfde procedure",
        "step",
    ),
    (
        "fr",
        "<h1>Carte de séjour</h1><h2>Renouvellement</h2>"
        "<p>Le renouvellement suit la même procédure que la première demande.</p>",
        "même procédure",
        "step",
    ),
    (
        "de",
        "<h1>Aufenthaltskarte</h1><h2>Verlängerung</h2>"
        "<p>Die Verlängerung folgt demselben Verfahren wie der Erstantrag.</p>",
        "demselben Verfahren",
        "step",
    ),
    (
        "fr",
        "<h1>Carte d'identité</h1><h2>Titres de séjour des étrangers</h2>"
        "<p>La procédure est identique pour les titres de séjour des étrangers.</p>",
        "procédure est identique",
        None,
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(SAME_PROCEDURE)],
)
def test_a_stage_following_the_same_procedure_is_a_step_under_a_stage_heading(
    html, needle, kind
):
    assert kind_of(html, needle) == kind


# --- Sending to an address is a step; a contact line and what a handling varies with are not
# In a list of steps, an order to send something to an e-mail address names the channel the
# application goes through: a step (GUIDE, round 14: offices, channels or times of filing).
# A contact line ("Contact the office at …") only says where to ask: no row, unless the
# contact is made first, as a stage. What the handling varies with ("differs according to
# whether …") is a fact about the procedure, as "depends on" is: no row.

CHANNELS_AND_CONTACTS = [
    (
        "en",
        "<h2>Application by e-mail</h2><ul><li>Send your application to permits@example.be.</li>"
        "<li>Attach a scan of your passport.</li></ul>",
        "Send your application",
        "step",
    ),
    (
        "nl",
        "<h2>Aanvraag per e-mail</h2><ul><li>Stuur uw aanvraag naar vergunning@example.be.</li>"
        "<li>Voeg een scan van uw paspoort toe.</li></ul>",
        "Stuur uw aanvraag",
        "step",
    ),
    (
        "fr",
        "<h2>Demande par courriel</h2><ul><li>Envoyez votre demande à permis@example.be.</li>"
        "<li>Joignez une copie de votre passeport.</li></ul>",
        "Envoyez votre demande",
        "step",
    ),
    (
        "de",
        "<h2>Antrag per E-Mail</h2><ul><li>Senden Sie Ihren Antrag an antrag@example.be.</li>"
        "<li>Fügen Sie eine Kopie Ihres Passes bei.</li></ul>",
        "Senden Sie Ihren Antrag",
        "step",
    ),
    (
        "en",
        "<h2>How to apply</h2><p>Apply online. Questions? Contact the student office at "
        "+32 2 000 00 00 or jobs@example.be.</p>",
        "Contact the student office",
        None,
    ),
    (
        "nl",
        "<h2>Procedure</h2><p>Dien uw aanvraag online in. Neem contact op met de dienst via "
        "info@example.be.</p>",
        "Neem contact op",
        None,
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Introduisez votre demande en ligne. Contactez le service au "
        "02 000 00 00.</p>",
        "Contactez le service",
        None,
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Stellen Sie Ihren Antrag online. Kontaktieren Sie uns unter "
        "info@example.be.</p>",
        "Kontaktieren Sie uns",
        None,
    ),
    # contacting the office first, before a stage, is a stage
    (
        "en",
        "<h2>How to apply</h2><p>First contact our service at info@example.be, before you "
        "book an appointment.</p>",
        "contact our service at",
        "step",
    ),
    (
        "en",
        "<h2>Application process</h2><p>The way your application is handled differs according "
        "to whether you apply at the university or elsewhere.</p>",
        "differs according",
        None,
    ),
    (
        "nl",
        "<h2>Procedure</h2><p>De behandeling van uw aanvraag verschilt naargelang u bij de "
        "universiteit of elders solliciteert.</p>",
        "verschilt naargelang",
        None,
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Le traitement de votre demande diffère selon que vous postulez à "
        "l'université ou ailleurs.</p>",
        "diffère selon",
        None,
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Die Bearbeitung Ihres Antrags läuft anders ab, je nachdem ob Sie "
        "sich an der Universität oder anderswo bewerben.</p>",
        "je nachdem",
        None,
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [
        pytest.param(*case[1:], id=f"{case[0]}-{n}")
        for n, case in enumerate(CHANNELS_AND_CONTACTS)
    ],
)
def test_sending_to_an_address_is_a_step_a_contact_line_is_not(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- A caption that only hands its list in, and a pointer to reading, are no steps ---------
# "Hand in the following:" over a nested list of papers only captions it (GUIDE, audit15): the
# papers are the rows. "More explanation is on the agency's website" points to reading: no
# step row, unless it tells an act of applying there.

CAPTIONS_AND_POINTERS = [
    (
        "en",
        "<h2>How to register</h2><ul><li>Book an appointment at the town hall.</li>"
        "<li>Hand in the following:<ul><li>your passport;</li><li>a recent photo.</li></ul>"
        "</li></ul>",
        "Hand in the following",
        None,
    ),
    (
        "en",
        "<h2>How to register</h2><ul><li>Book an appointment at the town hall.</li>"
        "<li>Hand in the following:<ul><li>your passport;</li><li>a recent photo.</li></ul>"
        "</li></ul>",
        "a recent photo",
        "document",
    ),
    (
        "nl",
        "<h2>Hoe inschrijven?</h2><ul><li>Maak een afspraak bij de gemeente.</li>"
        "<li>Dien het volgende in:<ul><li>uw paspoort;</li><li>een recente pasfoto.</li></ul>"
        "</li></ul>",
        "Dien het volgende in",
        None,
    ),
    (
        "fr",
        "<h2>Comment s'inscrire ?</h2><ul><li>Prenez rendez-vous à la commune.</li>"
        "<li>Remettez les documents suivants :<ul><li>votre passeport ;</li>"
        "<li>une photo récente.</li></ul></li></ul>",
        "Remettez les documents suivants",
        None,
    ),
    (
        "de",
        "<h2>Wie melde ich mich an?</h2><ul><li>Vereinbaren Sie einen Termin bei der Gemeinde."
        "</li><li>Reichen Sie Folgendes ein:<ul><li>Ihren Reisepass;</li>"
        "<li>ein aktuelles Passfoto.</li></ul></li></ul>",
        "Reichen Sie Folgendes ein",
        None,
    ),
    (
        "en",
        "<h2>What to do after you arrive</h2><p>Most of what you need to know is on the city's "
        "website; the first formalities are summed up below.</p>",
        "what you need to know",
        None,
    ),
    (
        "nl",
        "<h2>Welke procedure moet je doorlopen?</h2><p>Meer uitleg over de procedure vind je op "
        "de website van de dienst.</p>",
        "Meer uitleg",
        None,
    ),
    (
        "fr",
        "<h2>Procédure</h2><p>Vous trouverez plus d'informations sur la procédure sur le site de "
        "l'Office des étrangers.</p>",
        "plus d'informations",
        None,
    ),
    (
        "de",
        "<h2>Verfahren</h2><p>Weitere Informationen zum Verfahren finden Sie auf der Website des "
        "Ministeriums.</p>",
        "Weitere Informationen",
        None,
    ),
    # an act of applying on the site stays a step
    (
        "en",
        "<h2>How to apply</h2><p>Apply online on the website of the ministry.</p>",
        "Apply online",
        "step",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [
        pytest.param(*case[1:], id=f"{case[0]}-{n}")
        for n, case in enumerate(CAPTIONS_AND_POINTERS)
    ],
)
def test_a_hand_in_caption_and_a_pointer_to_reading_are_no_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- (half B) A price line with a dated note is no row; a handling heading heads steps -----
# "A and B cards: 23.94 euros (from 1 January 2023)": a line of a price list, no row (GUIDE,
# devset-u: a line that only gives a fee), the dated note in brackets part of the price.
# "Afhandeling?", "Handling of your application", "Traitement de la demande", "Bearbeitung
# Ihres Antrags" name the stage of handling: what happens there is a step (GUIDE, a stage's
# heading).

PRICES_AND_HANDLING = [
    (
        "en",
        "<h2>How to apply</h2><h3>Normal procedure</h3><ul><li>Type A and B cards: 23.94 euros "
        "(from 1 January 2023)</li></ul>",
        "23.94",
        None,
    ),
    (
        "nl",
        "<h2>Kostprijs?</h2><h3>Gewone procedure</h3><ul><li>A- en B-kaarten: 23,94 euro "
        "(vanaf 1 januari 2023)</li></ul>",
        "23,94",
        None,
    ),
    (
        "fr",
        "<h2>Procédure</h2><h3>Procédure normale</h3><ul><li>Cartes A et B : 23,94 euros "
        "(à partir du 1er janvier 2023)</li></ul>",
        "23,94",
        None,
    ),
    (
        "de",
        "<h2>Verfahren</h2><h3>Normales Verfahren</h3><ul><li>A- und B-Karten: 23,94 Euro "
        "(ab 1. Januar 2023)</li></ul>",
        "23,94",
        None,
    ),
    (
        "en",
        "<h1>Residence card</h1><h2>Handling of your application</h2><p>You receive your PIN "
        "code at home. Then you book an appointment to collect your card.</p>",
        "book an appointment",
        "step",
    ),
    (
        "nl",
        "<h1>Verblijfskaart</h1><h2>Afhandeling?</h2><p>Je krijgt thuis een pincode "
        "toegestuurd. Daarna maak je een afspraak om je kaart op te halen.</p>",
        "maak je een afspraak",
        "step",
    ),
    (
        "fr",
        "<h1>Carte de séjour</h1><h2>Traitement de la demande</h2><p>Vous recevez votre code PIN "
        "à domicile. Ensuite, vous prenez rendez-vous pour retirer votre carte.</p>",
        "prenez rendez-vous",
        "step",
    ),
    (
        "de",
        "<h1>Aufenthaltskarte</h1><h2>Bearbeitung Ihres Antrags</h2><p>Sie erhalten Ihren "
        "PIN-Code zu Hause. Danach vereinbaren Sie einen Termin, um Ihre Karte abzuholen.</p>",
        "vereinbaren Sie einen Termin",
        "step",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(PRICES_AND_HANDLING)],
)
def test_a_dated_price_line_is_no_row_a_handling_heading_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- (half B) A delay line as a list item; a heading naming the departure formality --------
# "Termijn: 1 week" beside "Kostprijs: 1,50 €" in a list is the time a stage takes, a step as
# the same line set as a paragraph is (GUIDE devset-u). "Definitief vertrek uit België",
# "Leaving Belgium for good", "Départ définitif", "Endgültige Ausreise" name the formality of
# reporting one's departure: who reports where and by when is a step (GUIDE audit14 case 5).

DELAY_ITEMS_AND_DEPARTURE = [
    (
        "en",
        "<h2>Cards for children under 12</h2><ul><li>Cost: 1.50 euros</li>"
        "<li>Processing time: 1 week</li></ul>",
        "Processing time",
        "step",
    ),
    (
        "nl",
        "<h2>Identiteitsbewijs voor kinderen</h2><ul><li>Kostprijs: 1,50 euro</li>"
        "<li>Termijn: 1 week</li></ul>",
        "Termijn",
        "step",
    ),
    (
        "fr",
        "<h2>Cartes pour enfants de moins de 12 ans</h2><ul><li>Coût : 1,50 euro</li>"
        "<li>Délai : 1 semaine</li></ul>",
        "Délai",
        "step",
    ),
    (
        "de",
        "<h2>Ausweis für Kinder</h2><ul><li>Preis: 1,50 Euro</li>"
        "<li>Bearbeitungsfrist: 1 Woche</li></ul>",
        "Bearbeitungsfrist",
        "step",
    ),
    (
        "en",
        "<h1>Foreigners</h1><h2>Definitive departure from Belgium</h2><p>A foreigner who leaves "
        "the country for good reports to the service within eight days before leaving.</p>",
        "reports to the service",
        "step",
    ),
    (
        "nl",
        "<h1>Vreemdelingen</h1><h2>Definitief vertrek uit België</h2><p>Een vreemdeling die het "
        "land voorgoed verlaat, meldt zich binnen de acht dagen vóór zijn vertrek bij de dienst."
        "</p>",
        "meldt zich",
        "step",
    ),
    (
        "fr",
        "<h1>Étrangers</h1><h2>Départ définitif de la Belgique</h2><p>L'étranger qui quitte le "
        "pays définitivement se présente au service dans les huit jours avant son départ.</p>",
        "se présente au service",
        "step",
    ),
    (
        "de",
        "<h1>Ausländer</h1><h2>Endgültige Ausreise aus Belgien</h2><p>Ein Ausländer, der das "
        "Land endgültig verlässt, meldet sich innerhalb von acht Tagen vor der Ausreise beim "
        "Dienst.</p>",
        "meldet sich",
        "step",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [
        pytest.param(*case[1:], id=f"{case[0]}-{n}")
        for n, case in enumerate(DELAY_ITEMS_AND_DEPARTURE)
    ],
)
def test_a_delay_item_and_the_departure_formality_are_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- (half B) A line labelled with the place of filing is a step ---------------------------
# "Lieu de dépôt : Service …, rue …" names the office the application goes to: a step, as the
# offices, channels and times of filing are (GUIDE; round 14).

FILING_PLACE = [
    (
        "fr",
        "<h1>Admission</h1><h2>Dépôt des demandes</h2><p>Lieu de dépôt : Service des "
        "inscriptions, rue Haute 4, 4000 Liège (ouvert de 9 h à 12 h).</p>",
        "Lieu de dépôt",
        "step",
    ),
    (
        "en",
        "<h1>Admission</h1><h2>Submitting your application</h2><p>Place of submission: Student "
        "Office, Main Street 4, 1000 Brussels.</p>",
        "Place of submission",
        "step",
    ),
    (
        "nl",
        "<h1>Toelating</h1><h2>Indienen van de aanvraag</h2><p>Plaats van indiening: Dienst "
        "Studentenzaken, Hoogstraat 4, 2000 Antwerpen.</p>",
        "Plaats van indiening",
        "step",
    ),
    (
        "de",
        "<h1>Zulassung</h1><h2>Einreichung des Antrags</h2><p>Ort der Einreichung: "
        "Studierendensekretariat, Hauptstraße 4, 4700 Eupen.</p>",
        "Ort der Einreichung",
        "step",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(FILING_PLACE)],
)
def test_a_line_labelled_with_the_place_of_filing_is_a_step(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- (half B) "You + verb" telling what the reader does at a stage is a step ---------------
# Under a heading about the procedure, "At that appointment you show your passport and pay
# for the card" tells the reader's act at a stage: a step, as "you sign", "vous signez",
# "Sie unterschreiben" already were.

YOU_DO = [
    (
        "en",
        "<h1>Residence card</h1><h2>Application</h2><p>At the appointment you show your "
        "passport and pay for the card.</p>",
        "you show your passport",
        "step",
    ),
    (
        "nl",
        "<h1>Verblijfskaart</h1><h2>Aanvraag</h2><p>Op de afspraak toon je je paspoort en je "
        "betaalt de kaart.</p>",
        "je betaalt de kaart",
        "step",
    ),
    (
        "fr",
        "<h1>Carte de séjour</h1><h2>Procédure</h2><p>Lors du rendez-vous, vous payez la carte "
        "au guichet.</p>",
        "vous payez la carte",
        "step",
    ),
    (
        "de",
        "<h1>Aufenthaltskarte</h1><h2>Verfahren</h2><p>Beim Termin zeigen Sie Ihren Reisepass "
        "und bezahlen die Karte.</p>",
        "zeigen Sie Ihren Reisepass",
        "step",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(YOU_DO)],
)
def test_you_and_a_verb_of_the_readers_act_is_a_step(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- (half B) An order to go and read how something is done is no step ----------------------
# "Check how to register" (a link's words) points to another page: no step row. A check of
# whether something applies is another rule and stays as the GUIDE reads it.

READ_HOW = [
    (
        "en",
        "<h1>Students: how do you register?</h1><p>Is this not your case? Then another route "
        "applies. Check how to register</p>",
        "Check how to register",
        None,
    ),
    (
        "nl",
        "<h1>Studenten: hoe schrijf je je in?</h1><p>Is dit niet jouw situatie? Dan geldt een "
        "andere weg. Bekijk hoe je je inschrijft</p>",
        "Bekijk hoe",
        None,
    ),
    (
        "fr",
        "<h1>Étudiants : comment vous inscrire ?</h1><p>Ce n'est pas votre situation ? Une autre "
        "voie s'applique. Découvrez comment vous inscrire</p>",
        "Découvrez comment",
        None,
    ),
    (
        "de",
        "<h1>Studierende: Wie melden Sie sich an?</h1><p>Ist das nicht Ihre Situation? Dann gilt "
        "ein anderer Weg. Erfahren Sie, wie Sie sich anmelden</p>",
        "Erfahren Sie",
        None,
    ),
    (
        "fr",
        "<h2>Étape 1 – Vérifiez si votre travailleur a besoin d'un permis</h2><p>Vérifiez si "
        "votre travailleur relève d'une dispense.</p>",
        "relève d'une dispense",
        "step",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(READ_HOW)],
)
def test_an_order_to_read_how_is_no_step(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- (half B) A heading asking how to obtain the card heads steps --------------------------
# "Comment obtenir la carte de séjour ?", "How to obtain the residence card", "Hoe verkrijg je
# je verblijfskaart?", "Wie erhalten Sie die Karte?" ask how the procedure goes, as a heading
# asking how to apply does: an obligation telling a stage there is a step (GUIDE, tune12b).

HOW_TO_OBTAIN = [
    (
        "fr",
        "<h1>Carte de séjour</h1><h2>Comment obtenir la carte de séjour électronique ?</h2>"
        "<ul><li>vous devez vous présenter en personne, car vos empreintes sont enregistrées ;"
        "</li></ul>",
        "présenter en personne",
        "step",
    ),
    (
        "en",
        "<h1>Residence card</h1><h2>How to obtain the electronic residence card</h2>"
        "<ul><li>you must come in person, because your fingerprints are taken;</li></ul>",
        "come in person",
        "step",
    ),
    (
        "nl",
        "<h1>Verblijfskaart</h1><h2>Hoe verkrijg je de elektronische verblijfskaart?</h2>"
        "<ul><li>je moet persoonlijk naar het loket komen, omdat je vingerafdrukken worden "
        "genomen;</li></ul>",
        "persoonlijk naar het loket",
        "step",
    ),
    (
        "de",
        "<h1>Aufenthaltskarte</h1><h2>Wie erhalten Sie die elektronische Aufenthaltskarte?</h2>"
        "<ul><li>Sie müssen persönlich erscheinen, weil Ihre Fingerabdrücke abgenommen werden;"
        "</li></ul>",
        "persönlich erscheinen",
        "step",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(HOW_TO_OBTAIN)],
)
def test_a_heading_asking_how_to_obtain_the_card_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- (half B) The office then handing the reader something is a stage ---------------------
# Under a formality heading, "The commune then gives you a declaration of arrival" tells what
# the office does next: a step (GUIDE: a stage told by the authority). "Then" marks it as a
# stage in the sequence; "This card gives you the right to work" tells none.

THEN_GIVES_YOU = [
    (
        "en",
        "<h1>Your stay</h1><h2>Registering in the aliens register</h2><p>The commune then gives "
        "you a declaration of arrival.</p>",
        "then gives you",
        "step",
    ),
    (
        "nl",
        "<h1>Uw verblijf</h1><h2>Inschrijving in het vreemdelingenregister</h2><p>De gemeente "
        "geeft u dan een aankomstverklaring.</p>",
        "geeft u dan",
        "step",
    ),
    (
        "fr",
        "<h1>Votre séjour</h1><h2>Inscription au registre des étrangers</h2><p>La commune vous "
        "remet ensuite une déclaration d'arrivée.</p>",
        "vous remet ensuite",
        "step",
    ),
    (
        "de",
        "<h1>Ihr Aufenthalt</h1><h2>Anmeldung im Fremdenregister</h2><p>Die Gemeinde gibt Ihnen "
        "dann eine Ankunftserklärung.</p>",
        "gibt Ihnen dann",
        "step",
    ),
]


@pytest.mark.parametrize(
    ("html", "needle", "kind"),
    [pytest.param(*case[1:], id=f"{case[0]}-{n}") for n, case in enumerate(THEN_GIVES_YOU)],
)
def test_the_office_then_handing_something_is_a_step(html, needle, kind):
    assert kind_of(html, needle) == kind
