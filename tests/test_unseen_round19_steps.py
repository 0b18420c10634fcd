"""Round 19 (tune19a): conditions whose kind is `step`, written as classes in four languages.

Each family states a structure (which heading or lead-in governs, how an item is built) and
the reading the GUIDE gives it, in our own sentences. A test asserts the row a volunteer gets:
its kind, or that a sentence is no row.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions
from tests.conditions_read import kind_of

# --- 1. A case sub-heading under a heading that names the formality itself -------------------
# GUIDE (devset-u: a formality's name heads its steps; round-15 audit: an h3 naming a case, a
# place or a group under a heading about the procedure takes that heading's kind). A heading
# naming the formality ("Registration at town hall", "Inschrijving bij de stad") is the
# procedure's heading, not one stage's: its case headings carry its steps.

FORMALITY_CASES = [
    (
        "<h1>Living here</h1><h2>Registration at town hall</h2><h3>You live in Leuven</h3>"
        "<ul><li>go to the booking page of the city</li><li>Make sure the option for a long "
        "stay is ticked</li></ul>",
        "go to the booking page",
        "step",
    ),
    (
        "<h1>Wonen</h1><h2>Inschrijving bij de stad</h2><h3>U woont in Gent</h3>"
        "<ul><li>ga naar de reservatiepagina van de stad</li><li>Kies het loket voor "
        "nieuwkomers</li></ul>",
        "ga naar de reservatiepagina",
        "step",
    ),
    (
        "<h1>Vivre ici</h1><h2>Inscription à la ville</h2><h3>Vous logez à Namur</h3>"
        "<ul><li>Prenez rendez-vous en ligne auprès du service</li><li>Choisissez le guichet "
        "des nouveaux arrivants</li></ul>",
        "Prenez rendez-vous en ligne",
        "step",
    ),
    (
        "<h1>Wohnen</h1><h2>Registrierung im Rathaus</h2><h3>Sie wohnen in Eupen</h3>"
        "<ul><li>Vereinbaren Sie online einen Termin beim Dienst</li><li>Wählen Sie den "
        "Schalter für Neuankömmlinge</li></ul>",
        "Vereinbaren Sie online einen Termin",
        "step",
    ),
]


@pytest.mark.parametrize("html, needle, kind", FORMALITY_CASES)
def test_a_case_heading_under_a_formality_heading_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# --- 2. The time of each route, under a heading or lead-in that names a time ------------------
# GUIDE (devset-u): the time a stage takes ("Délai : 2 jours ouvrables") is a step; a heading
# or a `<p>` lead-in ending with ":" that names a time and the stage it times ("Delivery time",
# "Délai de délivrance", "Levertermijn:", "Ausstellungsfrist:") heads a list of the procedure's
# routes with their times: each item is a step. A fee line under "Cost:" stays no row.

DELAY_ROUTES = [
    (
        "<h2>Passport</h2><h3>Delivery time</h3><ul><li>Normal procedure: about 2 weeks</li>"
        "<li>Urgent procedure: 1 working day</li></ul>",
        ["Normal procedure: about 2 weeks", "Urgent procedure: 1 working day"],
    ),
    (
        "<h2>Paspoort</h2><p>Levertermijn:</p><ul><li>Gewone procedure: ongeveer 10 "
        "werkdagen</li><li>Spoedprocedure (aanvraag voor 12 uur): 2 werkdagen</li></ul>",
        ["Gewone procedure: ongeveer 10", "Spoedprocedure (aanvraag voor 12 uur)"],
    ),
    (
        "<h2>Passeport</h2><h3>Délai de délivrance</h3><ul><li>Procédure normale : environ "
        "2 semaines</li><li>Procédure d'urgence : 1 jour ouvrable</li></ul>",
        ["Procédure normale : environ", "Procédure d'urgence : 1 jour"],
    ),
    (
        "<h2>Reisepass</h2><p>Ausstellungsfrist:</p><ul><li>Normalverfahren: etwa 2 "
        "Wochen</li><li>Eilverfahren (Antrag vor 15 Uhr): 1 Arbeitstag</li></ul>",
        ["Normalverfahren: etwa 2 Wochen", "Eilverfahren (Antrag vor 15 Uhr)"],
    ),
]


@pytest.mark.parametrize("html, needles", DELAY_ROUTES)
def test_the_time_of_each_route_under_a_delay_lead_in_is_a_step(html, needles):
    for needle in needles:
        assert kind_of(html, needle) == "step"


DELAY_NOT_ROUTES = [
    "<h2>Passport</h2><p>Cost:</p><ul><li>Normal procedure: 75 EUR</li></ul>",
    "<h2>Paspoort</h2><p>Kostprijs:</p><ul><li>Gewone procedure: 75 EUR</li></ul>",
    "<h2>Passeport</h2><p>Coût :</p><ul><li>Procédure normale : 75 EUR</li></ul>",
    "<h2>Reisepass</h2><p>Kosten:</p><ul><li>Normalverfahren: 75 EUR</li></ul>",
]


@pytest.mark.parametrize("html", DELAY_NOT_ROUTES)
def test_a_fee_per_route_is_no_step(html):
    assert kind_of(html, "75 EUR") != "step"


# --- 3. Paying the procedure's fee, told as an act --------------------------------------------
# GUIDE: under a heading about the procedure a sentence telling a stage of it is a step,
# whoever acts. Paying, with how much or into which account, is such a stage; a sentence that
# only says a fee is charged, or a choice of how one may pay, is a fee line, no row (devset-u).

PAYS_A_FEE = [
    (
        "<h2>How to register for the exam</h2><p>First the candidate fills in the form. Then "
        "he pays a fee of 40 EUR into the account of the service.</p>",
        "Then he pays a fee of 40 EUR",
    ),
    (
        "<h2>Hoe aanvragen</h2><p>Eerst vult u het formulier in. Daarna betaalt u de "
        "retributie van 40 euro.</p>",
        "Daarna betaalt u de retributie",
    ),
    (
        "<h2>Procédure</h2><p>Le candidat remplit le formulaire. Le montant se verse ensuite "
        "sur le compte du service.</p>",
        "Le montant se verse ensuite",
    ),
    (
        "<h2>Anmeldung zur Prüfung</h2><p>Zunächst füllt der Kandidat das Formular aus. "
        "Danach überweist er den Betrag auf das Konto des Dienstes.</p>",
        "Danach überweist er den Betrag",
    ),
]


@pytest.mark.parametrize("html, needle", PAYS_A_FEE)
def test_paying_the_fee_under_a_procedure_heading_is_a_step(html, needle):
    assert kind_of(html, needle) == "step"


PAYMENT_CHOICE = [
    ("<h2>How to apply</h2><p>You can pay the 40 EUR fee by card or in cash.</p>", "pay the 40"),
    ("<h2>Hoe aanvragen</h2><p>U kunt de 40 euro betalen met Bancontact of cash.</p>", "40 euro"),
    (
        "<h2>Procédure</h2><p>Vous pouvez payer les 40 € en espèces ou par carte.</p>",
        "payer les 40",
    ),
    ("<h2>Ablauf</h2><p>Sie können die 40 € bar oder mit Karte bezahlen.</p>", "die 40"),
]


@pytest.mark.parametrize("html, needle", PAYMENT_CHOICE)
def test_a_choice_of_how_to_pay_is_no_step(html, needle):
    assert kind_of(html, needle) is None


# --- 4. A look at a page, under a procedure heading, is no step -------------------------------
# GUIDE (tune12b): not steps there, a pointer to more reading. An invitation to look at a page,
# a checklist or an overview points to reading, as "Read the manual first" does; in a list of
# stages too. The stage beside it stays a step.

LOOKS_AT_A_PAGE = [
    "<h2>How to apply</h2><p>Fill in the form. Have a look at our overview page.</p>",
    "<h2>Hoe aanvragen</h2><p>Vul het formulier in. Neem een kijkje op de pagina met het "
    "overzicht.</p>",
    "<h2>Procédure</h2><p>Remplissez le formulaire. Jetez un coup d'œil à notre page de "
    "questions.</p>",
    "<h2>Ablauf</h2><ul><li>Füllen Sie das Formular aus</li><li>Werfen Sie einen Blick auf "
    "unsere Seite mit der Übersicht</li></ul>",
]


@pytest.mark.parametrize("html", LOOKS_AT_A_PAGE)
def test_a_look_at_a_page_is_no_step(html):
    rows = extract_conditions(extract_blocks(f"<main>{html}</main>"))
    assert [row.kind for row in rows] == ["step"]  # the form filled in, and nothing more
    assert not any(
        word in rows[0].text for word in ("look", "kijkje", "œil", "Blick")
    )


# --- 5. A fee sub-heading under a procedure heading ------------------------------------------
# GUIDE (devset-u): a line that only gives a fee is no row. A short sub-heading naming a fee
# ("Price?", "Kostprijs", "Coût", "Gebühren") under a heading about the procedure names no case
# of it: a price there, with whom or when it applies, stays a fee line; paying the amount, told
# as an act, is a stage like any (family 3), a step.

FEE_SUBHEADING = [
    (
        "<h1>Moving</h1><h2>Change of address</h2><p>Declare the move online.</p><h3>Price?"
        "</h3><ul><li>12 EUR per family, if you move in from another town</li></ul><p>The "
        "amount is paid into the account of the town.</p>",
        "12 EUR per family",
        "The amount is paid into",
    ),
    (
        "<h1>Verhuizen</h1><h2>Adreswijziging</h2><p>Geef de verhuis online aan.</p>"
        "<h3>Kostprijs</h3><ul><li>12 euro per gezin, als u uit een andere gemeente komt</li>"
        "</ul><p>Het bedrag wordt gestort op de rekening van de gemeente.</p>",
        "12 euro per gezin",
        "Het bedrag wordt gestort",
    ),
    (
        "<h1>Déménager</h1><h2>Changement d'adresse</h2><p>Déclarez le déménagement en ligne."
        "</p><h3>Prix ?</h3><ul><li>12 € par famille, si vous venez d'une autre commune</li>"
        "</ul><p>Le montant se verse sur le compte de la commune.</p>",
        "12 € par famille",
        "Le montant se verse",
    ),
    (
        "<h1>Umzug</h1><h2>Adressänderung</h2><p>Melden Sie den Umzug online.</p>"
        "<h3>Gebühren</h3><ul><li>12 € pro Familie, wenn Sie aus einer anderen Gemeinde "
        "kommen</li></ul><p>Der Betrag wird auf das Konto der Gemeinde überwiesen.</p>",
        "12 € pro Familie",
        "Der Betrag wird auf das Konto",
    ),
]


@pytest.mark.parametrize("html, price, paying", FEE_SUBHEADING)
def test_under_a_fee_subheading_a_price_is_no_row_and_paying_is_a_step(html, price, paying):
    assert kind_of(html, price) is None
    assert kind_of(html, paying) == "step"


# --- 6. An act whose verb brackets a long middle field (Dutch and German word order) ----------
# GUIDE: under a procedure heading a sentence telling a stage is a step, whoever acts. Dutch and
# German split a verb around its objects ("stelt … op", "füllt … aus"); the middle field holds
# the actor, the object and its complements, often seven or eight words. English and French
# keep the verb whole: the same stage reads as a step there already.

LONG_MIDDLE_FIELD = [
    (
        "<h2>How to apply</h2><p>Then the local officer draws up a report on your new home."
        "</p>",
        "draws up a report",
    ),
    (
        "<h2>Aanvraagprocedure</h2><p>Daarna stelt de wijkagent over uw nieuwe woning een "
        "verslag op.</p>",
        "stelt de wijkagent",
    ),
    (
        "<h2>Procédure</h2><p>Ensuite, l'agent de quartier rédige un rapport sur votre "
        "nouveau logement.</p>",
        "rédige un rapport",
    ),
    (
        "<h2>Ablauf</h2><p>Danach füllt die Bewerberin den Anmeldebogen der jeweils gewählten "
        "Prüfung aus.</p>",
        "füllt die Bewerberin",
    ),
]


@pytest.mark.parametrize("html, needle", LONG_MIDDLE_FIELD)
def test_an_act_across_a_long_middle_field_is_a_step(html, needle):
    assert kind_of(html, needle) == "step"


# --- 7. The reader told as acting, under a procedure heading (from half B) -------------------
# GUIDE: under a heading about the procedure what the applicant does is a step (round-15 audit:
# "Vor jedem Arbeitgeberwechsel beantragen Sie eine neue Erlaubnis"). A sentence opened by the
# reader as subject with a verb of acting, in the present or future, tells that act; a state,
# a permission or a consequence ("You thereby avoid …") is no step.

READER_ACTS = [
    (
        "<h2>Change of address</h2><p>You simply contact the town of your new home.</p>",
        "You simply contact",
        "step",
    ),
    (
        "<h2>Adreswijziging</h2><p>U wendt zich gewoon tot de gemeente van uw nieuwe "
        "woonplaats.</p>",
        "U wendt zich",
        "step",
    ),
    (
        "<h2>Changement d'adresse</h2><p>Vous vous adressez simplement à la commune de votre "
        "nouveau domicile.</p>",
        "Vous vous adressez",
        "step",
    ),
    (
        "<h2>Wohnsitzwechsel</h2><p>Sie wenden sich einfach an die Gemeinde Ihres neuen "
        "Wohnortes.</p>",
        "Sie wenden sich",
        "step",
    ),
]

READER_DOES_NOT_ACT = [
    "<h2>Change of address</h2><p>You thus save a second visit to the town hall.</p>",
    "<h2>Adreswijziging</h2><p>U woont dan al in de gemeente.</p>",
    "<h2>Changement d'adresse</h2><p>Vous évitez ainsi d'être radié des registres.</p>",
    "<h2>Wohnsitzwechsel</h2><p>Sie wohnen dann bereits in der Gemeinde.</p>",
]


@pytest.mark.parametrize("html, needle, kind", READER_ACTS)
def test_the_reader_told_as_acting_is_a_step(html, needle, kind):
    assert kind_of(html, needle) == kind


@pytest.mark.parametrize("html", READER_DOES_NOT_ACT)
def test_a_state_or_a_consequence_of_the_reader_is_no_step(html):
    rows = extract_conditions(extract_blocks(f"<main>{html}</main>"))
    assert not [row for row in rows if row.kind == "step"]


# --- 8. A duty told to the reader in any person, under a formality heading (from half B) -----
# GUIDE: "est tenu" is an obligation word; under a heading naming the formality a sentence
# telling what the reader does is a step, also with "must" (round-15 audit). French conjugates
# it with the reader ("vous êtes tenu de signaler …"), as the other languages do with theirs.

DUTY_OF_THE_READER = [
    "<h1>Absence</h1><h2>Declaration of absence</h2><p>If you leave for three months or more, "
    "you are obliged to report your absence to the town hall.</p>",
    "<h1>Afwezigheid</h1><h2>Aangifte van afwezigheid</h2><p>Vertrekt u drie maanden of "
    "langer, dan bent u verplicht uw afwezigheid aan de gemeente te melden.</p>",
    "<h1>Absence</h1><h2>Déclaration d'absence temporaire</h2><p>Si vous partez trois mois ou "
    "plus, vous êtes tenue de signaler votre absence à la commune.</p>",
    "<h1>Abwesenheit</h1><h2>Meldung der Abwesenheit</h2><p>Verreisen Sie drei Monate oder "
    "länger, sind Sie verpflichtet, Ihre Abwesenheit der Gemeinde zu melden.</p>",
]


@pytest.mark.parametrize("html", DUTY_OF_THE_READER)
def test_a_duty_of_the_reader_under_a_formality_heading_is_a_step(html):
    rows = extract_conditions(extract_blocks(f"<main>{html}</main>"))
    assert [row.kind for row in rows] == ["step"]


# --- 9. An order to send to one of the addresses listed (from half B) -------------------------
# GUIDE: under a heading or lead-in about the procedure, where and how the file goes is a step
# (round 14: the offices and channels of filing). A lead-in "Send them to one of these
# addresses:" lists the channels, one an item: steps, not papers.

SEND_TO_ADDRESSES = [
    "<h2>How to proceed</h2><ol><li>Renewal: six weeks ahead you send the papers. Send them "
    "to one of these addresses:<ul><li>by e-mail: population@town.be</li><li>by post: Town "
    "hall, Population, Market Square 1</li></ul></li></ol>",
    "<h2>Zo gaat u te werk</h2><ol><li>Verlenging: zes weken op voorhand stuurt u de stukken "
    "op. Stuur ze naar een van deze adressen:<ul><li>per e-mail: bevolking@gemeente.be</li>"
    "<li>per post: Gemeentebestuur, Bevolking, Marktplein 1</li></ul></li></ol>",
    "<p>Envoyez-les à l'une de ces adresses :</p><ul><li>par e-mail : population@commune.be"
    "</li><li>par courrier : Administration communale, Place 1</li></ul>",
    "<p>Schicken Sie sie an eine dieser Adressen:</p><ul><li>per E-Mail: "
    "bevoelkerung@gemeinde.be</li><li>per Post: Gemeindeverwaltung, Marktplatz 1</li></ul>",
]


@pytest.mark.parametrize("html", SEND_TO_ADDRESSES)
def test_the_addresses_an_order_sends_to_are_steps(html):
    rows = extract_conditions(extract_blocks(f"<main>{html}</main>"))
    addresses = [row for row in rows if "@" in row.text or "1" in row.text.split(",")[-1]]
    assert [row.kind for row in addresses] == ["step", "step"]


# --- 10. What the office then does: it verifies, it invites (from half B) ---------------------
# GUIDE: under a procedure heading a sentence telling a stage is a step, whoever acts ("Das
# Ministerium prüft Ihren Antrag"). Verifying the address and inviting the reader back are such
# stages, told with the authority as subject, in the four languages.

OFFICE_ACTS = [
    (
        "<h2>Change of address</h2><p>Once the police officer has verified that you live at "
        "the address, the town hall invites you to come back.</p>",
        "the town hall invites you",
    ),
    (
        "<h2>Adreswijziging</h2><p>Daarna nodigt de dienst Bevolking u nog eens uit aan het "
        "loket.</p>",
        "nodigt de dienst Bevolking",
    ),
    (
        "<h2>Changement d'adresse</h2><p>Ensuite, le service Population vous convoque au "
        "guichet.</p>",
        "vous convoque",
    ),
    (
        "<h2>Wohnsitzwechsel</h2><p>Hat die Polizei den neuen Wohnsitz überprüft, lädt Sie "
        "die Gemeinde noch einmal ein.</p>",
        "überprüft",
    ),
]


@pytest.mark.parametrize("html, needle", OFFICE_ACTS)
def test_the_office_verifying_or_inviting_is_a_step(html, needle):
    assert kind_of(html, needle) == "step"
