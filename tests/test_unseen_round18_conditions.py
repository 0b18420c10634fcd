"""Round 18 (issue 12, tune18b): requirement, exemption and document families as classes.

Each family is stated in the four languages, in our own sentences (never a page's), and the
test reads what a volunteer would be shown: the row, its kind, or that no row is read.
"""

from __future__ import annotations

import pytest

from tests.conditions_read import kind_of

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


# --- an exclusive permission without a modal ("only possible if", "enkel mogelijk als", "n'est
#     possible que si", "nur möglich, wenn") is a requirement, in a sentence or a nested item,
#     though a lifted word stands inside its condition; what was only possible once is history
#     (GUIDE 22:58: an exclusive permission binds) ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>This is only possible if you do not need a visa.</p>", "possible"),
        ("<p>Dat is enkel mogelijk als u geen visum nodig hebt.</p>", "mogelijk"),
        ("<p>Cela n'est possible que si vous n'avez pas besoin de visa.</p>", "possible"),
        ("<p>Das ist nur möglich, wenn Sie kein Visum benötigen.</p>", "möglich"),
        (
            "<p>You register when:</p><ul><li>you leave the country and come back.<ul>"
            "<li>That is only possible if you do not need a visa for the trip.</li></ul></li></ul>",
            "only possible",
        ),
    ],
)
def test_only_possible_if_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


def test_what_was_only_possible_once_is_no_requirement():
    html = "<p>Until 2019, this was only possible after a separate application.</p>"
    assert kind_of(html, "2019") != "requirement"


# --- a formality said to be an obligation ("is a legal obligation", "is een wettelijke
#     verplichting", "constitue une obligation légale", "ist eine gesetzliche Pflicht"): the
#     obligation word as a noun, a requirement ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>The arrival declaration is a legal obligation.</p>", "arrival"),
        ("<p>De aankomstverklaring is een wettelijke verplichting.</p>", "aankomst"),
        ("<p>La déclaration d'arrivée constitue une obligation légale.</p>", "arrivée"),
        ("<p>Die Ankunftserklärung ist eine gesetzliche Pflicht.</p>", "Ankunft"),
    ],
)
def test_a_formality_that_is_an_obligation_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


# --- under a procedure heading, an exclusive channel for what the reader does ("only by
#     telephone", "uitsluitend telefonisch", "uniquement en ligne", "ausschließlich
#     telefonisch") binds, a requirement as "only by appointment" does (round-14 audit); the
#     office's own channel or a way to contact it is no requirement ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<h2>Procedure</h2><p>Book your slot in advance, only by telephone.</p>", "telephone"),
        ("<h2>Procedure</h2><p>Een afspraak maakt u uitsluitend telefonisch.</p>", "afspraak"),
        ("<h2>Procédure</h2><p>La demande s'introduit uniquement en ligne.</p>", "ligne"),
        (
            "<h2>Ablauf</h2><p>Termine sind ausschließlich telefonisch zu vereinbaren.</p>",
            "Termine",
        ),
    ],
)
def test_an_exclusive_channel_under_a_procedure_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


@pytest.mark.parametrize(
    "html,needle",
    [
        ("<h2>Procedure</h2><p>The office sends its decision only by e-mail.</p>", "decision"),
        ("<h2>Procedure</h2><p>Contacteer ons uitsluitend per e-mail.</p>", "Contacteer"),
    ],
)
def test_the_offices_channel_is_no_requirement(html, needle):
    assert kind_of(html, needle) != "requirement"


# --- a delay the page reports ("Il faut compter environ 3 semaines", "Reken op 3 weken",
#     "Allow about 3 weeks", "Rechnen Sie mit 3 Wochen") is no row (GUIDE, round-16 audit: a
#     processing time the page only reports) ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>Il faut compter environ 3 à 4 semaines pour recevoir le titre.</p>", "compter"),
        ("<p>Reken op ongeveer 3 weken voor u de kaart ontvangt.</p>", "Reken"),
        ("<p>Allow about 3 weeks to receive the card.</p>", "Allow"),
        ("<p>Rechnen Sie mit etwa 3 Wochen, bis die Karte bereitliegt.</p>", "Rechnen"),
    ],
)
def test_a_reported_delay_is_no_row(html, needle):
    assert kind_of(html, needle) is None


# --- a list item naming a group, then its limit as a figure with a bound word before or after
#     it ("For pupils under 18: 8 hours a day maximum"): a requirement; a bounded figure with
#     no group named ("Duration: 5 years at most") keeps its old reading ---
@pytest.mark.parametrize(
    "html,needle",
    [
        (
            "<h2>Working hours</h2><ul><li>For pupils under 18: 8 hours a day maximum</li>"
            "<li>For pupils over 18: 9 hours a day maximum</li></ul>",
            "under 18",
        ),
        (
            "<h2>Werkuren</h2><ul><li>Voor jongeren onder 18: maximum 8 uur per dag</li></ul>",
            "jongeren",
        ),
        (
            "<h2>Horaires</h2><ul><li>Pour les élèves de moins de 18 ans : 8 heures par jour "
            "maximum</li></ul>",
            "élèves",
        ),
        (
            "<h2>Arbeitszeit</h2><ul><li>Für Schüler unter 18: höchstens 8 Stunden am Tag</li>"
            "</ul>",
            "Schüler",
        ),
    ],
)
def test_a_groups_limit_in_a_list_item_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


# --- a lifted obligation in its feminine and plural French forms ("ne sont pas tenues de",
#     "n'est pas obligée de") is an exemption, as the masculine forms are (GUIDE: a negated
#     obligation word does not make a requirement) ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>Certaines personnes ne sont pas tenues de faire cette déclaration.</p>", "tenues"),
        ("<p>La stagiaire n'est pas tenue de demander un permis.</p>", "stagiaire"),
        ("<p>Les chercheuses ne sont pas obligées de s'inscrire au registre.</p>", "chercheuses"),
        ("<p>Vous n'êtes pas tenues de fournir ce document.</p>", "tenues"),
    ],
)
def test_french_lifted_forms_in_the_feminine_are_exemptions(html, needle):
    assert kind_of(html, needle) == "exemption"


# --- "By way of exception, you can …" grants a case what the rule would not: an exemption
#     (GUIDE: a sentence that lifts an obligation for a group or a case) ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>By way of exception, you may also register as a cross-border worker.</p>", "way"),
        ("<p>Bij wijze van uitzondering kunt u zich ook als grensarbeider aanmelden.</p>", "wijze"),
        ("<p>À titre exceptionnel, vous pouvez aussi vous déclarer comme frontalier.</p>", "titre"),
        ("<p>Ausnahmsweise können Sie sich auch als Grenzgänger melden.</p>", "Ausnahmsweise"),
    ],
)
def test_a_permission_by_way_of_exception_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


# --- who may apply, said in the passive ("can be applied for by", "kan worden aangevraagd
#     door", "peut être demandée par", "kann von … beantragt werden"): a requirement ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>The permit can be applied for by the employer of the worker.</p>", "permit"),
        ("<p>De vergunning kan worden aangevraagd door de werkgever van de werknemer.</p>", "door"),
        ("<p>Le permis peut être demandé par l'employeur du travailleur.</p>", "permis"),
        ("<p>Die Genehmigung kann vom Arbeitgeber des Arbeitnehmers beantragt werden.</p>", "vom"),
    ],
)
def test_who_may_apply_in_the_passive_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


# --- a duty assigned ("C'est à vous de …", "Es ist Ihre Aufgabe, …") or named as the subject
#     ("The obligation to …", "De verplichting om …", "L'obligation de …", "Die Pflicht, … zu")
#     is a requirement; "that obligation applies to everybody except …" names none ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>C'est à vous de faire la déclaration quand le travail a lieu chez vous.</p>", "vous"),
        ("<p>Es ist Ihre Aufgabe, die Meldung vor Arbeitsbeginn zu machen.</p>", "Aufgabe"),
        ("<p>The duty to keep the pay slips continues after the contract ends.</p>", "duty"),
        (
            "<p>De verplichting om de loonfiches te bewaren blijft na het contract gelden.</p>",
            "verplichting",
        ),
        (
            "<p>L'obligation de conserver les fiches de paie continue après le contrat.</p>",
            "obligation",
        ),
        (
            "<p>Die Pflicht, die Lohnzettel aufzubewahren, besteht nach dem Vertrag fort.</p>",
            "Pflicht",
        ),
    ],
)
def test_a_duty_assigned_or_named_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


# --- a one-line instruction to bring papers along ("Bring … along", "Breng … mee", "vous
#     apportez", "Bringen Sie … mit") is a document under a procedure heading too (GUIDE
#     devset-y) ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<h2>Procedure</h2><p>Bring the passports of all family members along.</p>", "passports"),
        (
            "<h2>Procedure</h2><p>Breng daarvoor de paspoorten van alle gezinsleden mee.</p>",
            "paspoorten",
        ),
        ("<h2>Procédure</h2><p>Pour l'inscription, vous apportez aussi votre bail.</p>", "bail"),
        ("<h2>Ablauf</h2><p>Bringen Sie dazu auch Ihren Mietvertrag mit.</p>", "Mietvertrag"),
    ],
)
def test_bringing_papers_along_is_a_document(html, needle):
    assert kind_of(html, needle) == "document"


# --- the office saying what it cannot promise ("we cannot guarantee", "wij kunnen niet
#     garanderen", "nous ne pouvons pas garantir", "wir können nicht garantieren") binds no
#     reader: no row, in a sentence or a list item (GUIDE devset-r) ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<ul><li>If you come late, we cannot guarantee that you will be seen.</li></ul>", "late"),
        ("<p>Komt u te laat, dan kunnen wij niet garanderen dat u geholpen wordt.</p>", "laat"),
        ("<p>En cas de retard, nous ne pouvons pas garantir votre passage.</p>", "retard"),
        ("<p>Bei Verspätung können wir nicht garantieren, dass Sie drankommen.</p>", "Verspätung"),
    ],
)
def test_what_the_office_cannot_promise_is_no_row(html, needle):
    assert kind_of(html, needle) is None


# --- the papers in general and how many copies to hand in ("Documents must be handed in in
#     duplicate"), outside a heading about documents or the procedure, name no paper to
#     collect: an obligation, a requirement; under a procedure heading it reads by the heading ---
@pytest.mark.parametrize(
    "html,needle",
    [
        (
            "<h2>Please note</h2><ul><li>Book one slot per person.</li>"
            "<li>Documents must be handed in in duplicate (one original, one copy).</li></ul>",
            "duplicate",
        ),
        ("<p>De documenten moet u in tweevoud voorleggen.</p>", "tweevoud"),
        ("<p>Les pièces doivent être remises en double exemplaire.</p>", "double"),
        (
            "<p>Die Unterlagen müssen in zweifacher Ausfertigung eingereicht werden.</p>",
            "zweifacher",
        ),
    ],
)
def test_how_many_copies_of_the_papers_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


def test_copies_under_a_procedure_heading_keep_the_headings_kind():
    html = "<h2>Procedure</h2><p>All documents must be handed in with two copies.</p>"
    assert kind_of(html, "two copies") == "step"


# --- (half B) the paper act is not the sentence's own: "only" narrows it ("They only need to
#     attach an identity document"), another act comes first ("Fill in the form and attach a
#     copy"), or the paper is only pointed back to ("You must take this document with you"):
#     no document row from the paper rules ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>They only need to attach a valid passport to the form.</p>", "only need"),
        ("<p>Ze hoeven alleen een geldig paspoort bij de aanvraag te voegen.</p>", "alleen"),
        ("<p>Ils n'ont qu'à joindre un passeport valable à la demande.</p>", "joindre"),
        ("<p>Sie müssen dem Antrag nur einen gültigen Reisepass beifügen.</p>", "nur"),
        (
            "<p>Fill in the form and attach a copy of your passport to the application.</p>",
            "Fill in",
        ),
        ("<p>Vul het formulier in en voeg een kopie van uw paspoort bij de aanvraag.</p>", "Vul"),
        (
            "<p>Remplissez le formulaire et joignez une copie du passeport à la demande.</p>",
            "Remplissez",
        ),
        (
            "<p>Füllen Sie das Formular aus und fügen Sie dem Antrag eine Passkopie bei.</p>",
            "Füllen",
        ),
        ("<p>You must take this document with you when you register.</p>", "this document"),
        ("<p>U moet dit document meenemen wanneer u zich inschrijft.</p>", "dit document"),
        ("<p>Vous devez apporter ce document lors de votre inscription.</p>", "ce document"),
        ("<p>Sie müssen dieses Dokument bei der Anmeldung dabeihaben.</p>", "dieses Dokument"),
    ],
)
def test_a_paper_act_that_is_not_the_sentences_own_is_no_document(html, needle):
    assert kind_of(html, needle) != "document"


# --- (half B) a group declared not eligible or an act not possible, and a thing issued or
#     needed only for a group, are requirements, in a sentence or a list item, also under a
#     procedure heading; "the application is not admissible" (a missing paper's consequence)
#     and a pointer to check how to proceed are no rows ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>Interns and exchange students are not eligible.</p>", "eligible"),
        ("<p>Les stagiaires et les étudiants d'échange ne sont pas éligibles.</p>", "éligibles"),
        ("<p>Praktikanten und Austauschstudierende sind nicht berechtigt.</p>", "berechtigt"),
        ("<p>Inschrijving is niet mogelijk na de leeftijd van 65 jaar.</p>", "mogelijk"),
        (
            "<h2>How to register</h2><ul><li>Fill in the online form.</li>"
            "<li>Registration is not possible after the age of 65.</li></ul>",
            "not possible",
        ),
        ("<p>F cards are only issued to family members.</p>", "issued"),
        ("<p>F-kaarten worden enkel afgegeven aan familieleden.</p>", "afgegeven"),
        (
            "<p>Attention : les cartes F ne sont délivrées qu'aux membres de la famille.</p>",
            "délivrées",
        ),
        ("<p>F-Karten werden nur an Familienangehörige ausgestellt.</p>", "ausgestellt"),
        ("<p>Een arbeidskaart is alleen nodig voor vreemdelingen van buiten de EU.</p>", "nodig"),
        ("<p>A work card is only needed for foreigners from outside the EU.</p>", "needed"),
        ("<p>Eine Arbeitskarte ist nur für Ausländer von außerhalb der EU nötig.</p>", "nötig"),
    ],
)
def test_not_eligible_or_only_for_a_group_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>Without proof of payment, the application is not admissible.</p>", "admissible"),
        ("<p>Check how you must register.</p>", "Check"),
        ("<p>Kijk na hoe jij moet inschrijven.</p>", "Kijk"),
        ("<p>Vérifiez comment vous devez vous inscrire.</p>", "Vérifiez"),
        ("<p>Prüfen Sie, wie Sie sich anmelden müssen.</p>", "Prüfen"),
    ],
)
def test_inadmissible_or_check_how_is_no_row(html, needle):
    assert kind_of(html, needle) is None


# --- (half B) a formality that need not be done for a group, with an adverb inside the
#     negation ("ne doit toutefois pas être effectué pour", "does not, however, have to be
#     carried out for", "hoeft echter niet te worden uitgevoerd voor", "muss jedoch nicht …
#     durchgeführt werden"), or a group that can be exempted, is an exemption ---
@pytest.mark.parametrize(
    "html,needle",
    [
        ("<p>Le test ne doit toutefois pas être effectué pour les chercheurs.</p>", "test"),
        ("<p>The test does not, however, have to be carried out for researchers.</p>", "test"),
        ("<p>De toets hoeft echter niet te worden uitgevoerd voor onderzoekers.</p>", "toets"),
        ("<p>Die Prüfung muss jedoch nicht für Forscher durchgeführt werden.</p>", "Prüfung"),
        ("<p>Sommige studenten kunnen van deze bijdrage worden vrijgesteld.</p>", "studenten"),
    ],
)
def test_a_formality_not_needed_for_a_group_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


def test_a_limit_not_to_be_exceeded_stays_a_requirement():
    html = "<p>La durée ne doit pas être supérieure à 90 jours pour les stagiaires.</p>"
    assert kind_of(html, "durée") == "requirement"
