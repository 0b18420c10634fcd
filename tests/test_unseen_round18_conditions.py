"""Round 18 (issue 12, tune18b): requirement, exemption and document families as classes.

Each family is stated in the four languages, in our own sentences (never a page's), and the
test reads what a volunteer would be shown: the row, its kind, or that no row is read.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def rows(html: str):
    return extract_conditions(extract_blocks(f"<main>{html}</main>"))


def kind_of(html: str, needle: str) -> str | None:
    return next((c.kind for c in rows(html) if needle in c.text), None)


# --- GUIDE, round-16 audit: a sentence naming a paper to attach to the application, the form
#     or the file is a document under any heading, with or without "must"; how to attach it,
#     or where the papers are listed, is not ---
PAPER_TO_ATTACH = [
    (
        "<h2>Procedure</h2><p>Fill in the form online. Attach a copy of your lease to the "
        "application.</p>",
        "lease",
    ),
    (
        "<h2>Procedure</h2><p>Vul het formulier online in. Voeg een kopie van uw diploma bij de "
        "aanvraag.</p>",
        "diploma",
    ),
    (
        "<h2>Procédure</h2><p>Remplissez le formulaire en ligne. Joignez à votre demande une "
        "copie de votre diplôme.</p>",
        "diplôme",
    ),
    (
        "<h2>Verfahren</h2><p>Füllen Sie das Formular online aus. Dem Antrag ist eine Kopie des "
        "Diploms beizufügen.</p>",
        "Diploms",
    ),
    ("<p>The applicant must enclose a birth certificate with the form.</p>", "birth"),
    ("<p>Stuur een recente pasfoto mee met het aanvraagformulier.</p>", "pasfoto"),
    ("<p>Le formulaire doit être accompagné d'un certificat médical.</p>", "certificat"),
    ("<p>Legen Sie dem Antrag eine Geburtsurkunde bei.</p>", "Geburtsurkunde"),
    (
        "<h2>Conditions</h2><p>You must be of age. Please include a recent photograph with the "
        "form.</p>",
        "photograph",
    ),
    (
        "<h2>Voraussetzungen</h2><p>Sie müssen volljährig sein. Dem Formular ist ein aktuelles "
        "Passfoto beizulegen.</p>",
        "Passfoto",
    ),
]


@pytest.mark.parametrize("html,needle", PAPER_TO_ATTACH)
def test_a_paper_to_attach_is_a_document_under_any_heading(html, needle):
    assert kind_of(html, needle) == "document"


@pytest.mark.parametrize(
    "html,needle",
    [
        ("<h2>Procedure</h2><p>Attach the files as PDF, at most 10 MB each.</p>", "PDF"),
        (
            "<p>Les documents à joindre à la demande sont détaillés sur la page suivante.</p>",
            "détaillés",
        ),
        (
            "<p>Report the theft to the police, who give you a certificate to attach to the "
            "application.</p>",
            "police",
        ),
    ],
)
def test_how_to_attach_or_where_papers_are_listed_is_no_document(html, needle):
    assert kind_of(html, needle) != "document"


# --- GUIDE, round-16 audit: a fee line saying one may pay only one way, as a sentence of a
#     paragraph, is a requirement; a preference or a choice is a fee line, no row ---
@pytest.mark.parametrize(
    "html,needle",
    [
        (
            "<h2>Fee</h2><p>The certificate costs 15 euros. Payment by bank card only.</p>",
            "Payment",
        ),
        ("<p>Het attest kost 15 euro. Betalen kan uitsluitend met de bankkaart.</p>", "Betalen"),
        (
            "<p>L'attestation coûte 15 euros. Le paiement se fait uniquement par carte.</p>",
            "paiement",
        ),
        ("<p>On ne peut payer que par carte bancaire au guichet.</p>", "payer"),
        (
            "<h2>Gebühr</h2><p>Die Bescheinigung kostet 15 Euro. Zahlung ausschließlich mit "
            "Bankkarte.</p>",
            "Zahlung",
        ),
    ],
)
def test_paying_one_way_only_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>The certificate costs 15 euros. Payment preferably by card.</p>", "Payment"),
        ("<p>Het attest kost 15 euro. Betalen bij voorkeur met de bankkaart.</p>", "Betalen"),
        ("<p>L'attestation coûte 15 euros. Paiement en espèces ou par carte.</p>", "Paiement"),
        ("<p>Die Bescheinigung kostet 15 Euro. Zahlung vorzugsweise mit Karte.</p>", "Zahlung"),
    ],
)
def test_a_preferred_or_chosen_way_to_pay_is_no_requirement(html, needle):
    assert kind_of(html, needle) is None


# --- GUIDE, round-16 audit: the authority accepting or handling a file only when, within or
#     after something is a requirement; a bare refusal stays no row (devset-r) ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>The embassy only accepts applications that are signed.</p>", "embassy"),
        ("<p>The office will only process your file once the fee has been paid.</p>", "office"),
        (
            "<p>Het consulaat neemt het dossier pas in behandeling als alle stukken er zijn.</p>",
            "consulaat",
        ),
        ("<p>De gemeente aanvaardt alleen volledige aanvragen.</p>", "gemeente"),
        ("<p>Le consulat n'accepte les dossiers que s'ils sont signés.</p>", "consulat"),
        ("<p>Les demandes ne sont traitées qu'après le paiement de la redevance.</p>", "demandes"),
        ("<p>Das Amt bearbeitet den Antrag erst, wenn alle Unterlagen vorliegen.</p>", "Amt"),
        ("<p>Anträge werden nur bis einen Monat vor der Abreise angenommen.</p>", "Anträge"),
    ],
)
def test_the_office_accepting_only_when_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>Applications sent by fax are not accepted.</p>", "fax"),
        ("<p>Een aanvraag per post wordt niet meer aanvaard.</p>", "post"),
        ("<p>Aucune demande par fax n'est acceptée.</p>", "fax"),
        ("<p>Anträge per Fax werden nicht angenommen.</p>", "Fax"),
        ("<p>Cette page ne traite que des visas de court séjour.</p>", "page"),
    ],
)
def test_a_bare_refusal_or_the_page_itself_is_no_row(html, needle):
    assert kind_of(html, needle) is None


# --- GUIDE, round-16 audit: on a page whose h1 names the formality and which has h2-h4
#     sections, the sentences before the first h2 are read by their own words (an obligation
#     a requirement, a lifted one an exemption, else no row); the h1 is the page's title ---
TITLE_H1 = [
    (
        "<h1>Registering at the town hall</h1><p>Every newcomer must register within eight "
        "days. The town hall stands on the market square.</p><h2>Procedure</h2>"
        "<p>Book an appointment online.</p>",
        "newcomer",
        "requirement",
    ),
    (
        "<h1>Inschrijving bij de gemeente</h1><p>Studenten hoeven zich niet in te schrijven. "
        "Het loket ligt op het marktplein.</p><h2>Procedure</h2><p>Maak online een afspraak.</p>",
        "Studenten",
        "exemption",
    ),
    (
        "<h1>Inscription à la commune</h1><p>Vous devez vous inscrire dans les huit jours de "
        "votre arrivée.</p><h2>Procédure</h2><p>Prenez rendez-vous en ligne.</p>",
        "huit jours",
        "requirement",
    ),
    (
        "<h1>Anmeldung bei der Gemeinde</h1><p>Sie müssen sich innerhalb von acht Tagen "
        "anmelden.</p><h2>Ablauf</h2><p>Vereinbaren Sie online einen Termin.</p>",
        "acht Tagen",
        "requirement",
    ),
    (
        "<h1>Registering at the town hall</h1><p>Every newcomer must register within eight "
        "days. The town hall stands on the market square.</p><h2>Procedure</h2>"
        "<p>Book an appointment online.</p>",
        "market square",
        None,
    ),
]


@pytest.mark.parametrize("html,needle,kind", TITLE_H1)
def test_sentences_under_a_title_h1_are_read_by_their_own_words(html, needle, kind):
    assert kind_of(html, needle) == kind


def test_the_stages_under_the_h2_stay_steps():
    html = TITLE_H1[0][0]
    assert kind_of(html, "Book an appointment") == "step"


# --- the page telling what it holds ("You will find on this page all you need to know …") is
#     no row, though it says "must" or "il faut" (GUIDE: not conditions) ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>You will find on this page what you must know to renew your card.</p>", "find"),
        ("<p>Op deze pagina vindt u wat u moet weten om uw kaart te verlengen.</p>", "pagina"),
        (
            "<p>Vous trouverez sur cette page ce qu'il faut savoir pour renouveler la carte.</p>",
            "trouverez",
        ),
        (
            "<p>Auf dieser Seite finden Sie, was Sie für die Verlängerung wissen müssen.</p>",
            "Seite",
        ),
    ],
)
def test_the_page_telling_what_it_holds_is_no_row(html, needle):
    assert kind_of(html, needle) is None
