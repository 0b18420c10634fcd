"""Round 17 (issue 12, tune17b): condition families written as classes from the GUIDE.

Each family is stated in the four languages, in our own sentences (never a page's), and the
test reads what a volunteer would be shown: the row, its kind, or that no row is read.
"""

from __future__ import annotations

import pytest

from tests.conditions_read import kind_of, rows

# --- an obligation kept: a permit that "does not exempt" from another duty, a group that
#     "remains bound" to one, is a requirement (GUIDE: a negated exempting word lifts nothing;
#     an obligation word makes a sentence a requirement) ---

KEPT = [
    ("<h2>The card</h2><p>Holding the residence card does not exempt you from carrying a "
     "valid passport.</p>", "does not exempt"),
    ("<h2>The card</h2><p>Seasonal staff remain obliged to report to the town hall.</p>",
     "remain obliged"),
    ("<h2>De kaart</h2><p>De verblijfskaart ontslaat u niet van de plicht om een geldig "
     "paspoort te hebben.</p>", "ontslaat u niet"),
    ("<h2>De kaart</h2><p>Houders zijn gehouden hun kaart op verzoek te tonen.</p>",
     "zijn gehouden"),
    ("<h2>La carte</h2><p>La carte de séjour ne vous dispense pas de posséder un passeport "
     "valable.</p>", "ne vous dispense pas"),
    ("<h2>La carte</h2><p>Les travailleurs saisonniers restent tenus de se présenter à la "
     "maison communale.</p>", "restent tenus"),
    ("<h2>Die Karte</h2><p>Die Aufenthaltskarte befreit nicht von der Pflicht, einen gültigen "
     "Reisepass zu besitzen.</p>", "befreit nicht"),
    ("<h2>Die Karte</h2><p>Die Karte entbindet Sie nicht von der Meldepflicht bei der "
     "Gemeinde.</p>", "entbindet Sie nicht"),
]


@pytest.mark.parametrize("html,needle", KEPT)
def test_an_obligation_kept_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


def test_a_true_lifting_stays_an_exemption():
    html = ("<h2>La carte</h2><p>Les étudiants sont dispensés de l'autorisation de "
            "travail.</p>")
    assert kind_of(html, "dispensés") == "exemption"


# --- a line opened by a label naming the papers ("Document à présenter : …"), perhaps after
#     the case it is for: a lead-in and its item on one line, a document (GUIDE: a lead-in
#     ending with ":" gives its kind); an order on the papers or a bare title is not one ---

LABELLED = [
    "<h2>Proof of the link</h2><ul><li>Adopted child → Documents to submit: the adoption "
    "judgment and its translation.</li></ul>",
    "<h2>Bewijs van de band</h2><ul><li>Geadopteerd kind → Voor te leggen document: het "
    "adoptievonnis en de vertaling ervan.</li></ul>",
    "<h2>Preuve du lien</h2><p>→ Pièces à fournir : le jugement d'adoption et sa "
    "traduction.</p>",
    "<h2>Nachweis der Bindung</h2><p>Vorzulegende Unterlagen: das Adoptionsurteil und seine "
    "Übersetzung.</p>",
]


@pytest.mark.parametrize("html", LABELLED)
def test_a_line_labelled_with_papers_is_a_document(html):
    found = rows(html)
    assert [c.kind for c in found if "dopti" in c.text] == ["document"]


NOT_LABELLED = [
    ("<h2>Aanvraag</h2><ul><li>Verzamel de stukken: de paspoorten van beide ouders en de "
     "huurovereenkomst.</li></ul>", "Verzamel"),
    ("<h2>Antrag</h2><ul><li>Sammeln Sie die Unterlagen: die Pässe beider Eltern und den "
     "Mietvertrag.</li></ul>", "Sammeln"),
    ("<h2>Formulaire</h2><p>Document : déclaration d'arrivée des étrangers</p>", "Document"),
    ("<h2>Application</h2><ul><li>Documents: see the list below.</li></ul>", "Documents"),
]


@pytest.mark.parametrize("html,needle", NOT_LABELLED)
def test_an_order_title_or_pointer_is_no_document_label(html, needle):
    assert kind_of(html, needle) != "document"


# --- a lead-in with an aside between commas ("Bring, depending on your status, the
#     following:") names its lists as it would without the aside: documents, also over
#     sub-headings naming groups and for items that open with no paper noun ---

def _aside_page(heading: str, lead: str, group: str, items: tuple[str, ...]) -> str:
    inner = "".join(f"<li>{t}</li>" for t in items)
    return f"<h2>{heading}</h2><p>{lead}</p><h3>{group}</h3><ul>{inner}</ul>"


ASIDES = [
    _aside_page("Registering", "Bring, depending on your status, the following:", "Student",
                ("enrolment at the school for the year", "health insurance: a European card")),
    _aside_page("Inschrijving", "Breng, naargelang uw situatie, het volgende mee:", "Student",
                ("inschrijving aan de hogeschool voor het jaar",
                 "ziekteverzekering: Europese kaart")),
    _aside_page("Inscription", "Apportez, selon votre situation, les éléments suivants :",
                "Étudiant", ("inscription à l'école pour l'année",
                             "assurance maladie : carte européenne")),
    _aside_page("Anmeldung", "Bringen Sie, je nach Ihrer Lage, Folgendes mit:", "Studierende",
                ("Einschreibung an der Hochschule für das Jahr",
                 "Krankenversicherung: europäische Karte")),
]


@pytest.mark.parametrize("html", ASIDES)
def test_a_lead_in_with_an_aside_names_documents(html):
    found = rows(html)
    assert [c.kind for c in found] == ["document", "document"]


# --- a lead-in sending the reader somewhere "with:" ("Go to the office with:") lists what to
#     carry there: documents, under a heading that names a stage too ---

GO_WITH = [
    ("<h3>Visit the registry in person</h3><p>On the day you are given, go to the registry "
     "with:</p><ul><li>your passport;</li><li>the letter of admission.</li></ul>"),
    ("<h3>Ga persoonlijk langs</h3><p>Op de dag van uw afspraak gaat u naar de dienst "
     "met:</p><ul><li>uw paspoort;</li><li>de toelatingsbrief.</li></ul>"),
    ("<h3>Passez au service en personne</h3><p>Le jour du rendez-vous, présentez-vous au "
     "service muni de :</p><ul><li>votre passeport ;</li><li>la lettre d'admission.</li></ul>"),
    ("<h3>Persönlich vorsprechen</h3><p>Am Tag des Termins kommen Sie zur Dienststelle "
     "mit:</p><ul><li>Ihrem Reisepass;</li><li>dem Zulassungsschreiben.</li></ul>"),
]


@pytest.mark.parametrize("html", GO_WITH)
def test_going_somewhere_with_lists_documents(html):
    assert [c.kind for c in rows(html)] == ["document", "document"]


# --- a charge or demand negated for a group ("The extra fee is not charged to a student:")
#     lifts it: the lead-in makes its items exemptions, a sentence of its own is one ---

NOT_CHARGED = [
    ("<h2>Notes</h2><p>The extra fee is not charged to a student:</p><ul><li>who comes for "
     "a doctorate;</li><li>holding a grant from an approved body.</li></ul>"),
    ("<h2>Opmerkingen</h2><p>Het bijkomende inschrijvingsgeld wordt niet aangerekend aan de "
     "student:</p><ul><li>die een doctoraat komt maken;</li><li>met een beurs van een erkende "
     "instelling.</li></ul>"),
    ("<h2>Remarques</h2><p>Les droits complémentaires ne sont pas réclamés à "
     "l'étudiant :</p><ul><li>qui vient faire un doctorat ;</li><li>boursier d'un organisme "
     "agréé.</li></ul>"),
    ("<h2>Hinweise</h2><p>Die zusätzliche Gebühr wird nicht erhoben bei "
     "Studierenden:</p><ul><li>die für eine Promotion kommen;</li><li>mit einem Stipendium "
     "einer anerkannten Stelle.</li></ul>"),
]


@pytest.mark.parametrize("html", NOT_CHARGED)
def test_a_charge_not_claimed_from_a_group_lists_exemptions(html):
    assert [c.kind for c in rows(html)] == ["exemption", "exemption"]


@pytest.mark.parametrize("html,needle", [
    ("<h2>Fees</h2><p>The registration fee is not charged to refugees.</p>", "refugees"),
    ("<h2>Kosten</h2><p>De bijdrage wordt niet aangerekend aan erkende vluchtelingen.</p>",
     "vluchtelingen"),
    ("<h2>Frais</h2><p>La redevance n'est pas réclamée aux réfugiés reconnus.</p>", "réfugiés"),
    ("<h2>Kosten</h2><p>Die Gebühr wird bei anerkannten Flüchtlingen nicht erhoben.</p>",
     "Flüchtlingen"),
])
def test_a_charge_not_claimed_in_a_sentence_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


# --- Dutch and German "als" before a bare noun is "as" ("Als werkzoekende:"), naming the group
#     a nested list of papers is for: a row of the heading's kind, and its items keep that kind;
#     "als" before a subject ("Als u … bent:") is "if", a case opener, no row ---

AS_GROUP = [
    ("<h2>Required documents</h2><ul><li>Passport.</li><li>As a jobseeker:<ul><li>copies of "
     "your applications;</li></ul></li></ul>", "As a jobseeker"),
    ("<h2>Vereiste documenten</h2><ul><li>Paspoort.</li><li>Als werkzoekende:<ul><li>kopieën "
     "van uw sollicitaties;</li></ul></li></ul>", "Als werkzoekende"),
    ("<h2>Documents requis</h2><ul><li>Passeport.</li><li>En tant que demandeur d'emploi :<ul>"
     "<li>copies de vos candidatures ;</li></ul></li></ul>", "En tant que"),
    ("<h2>Benötigte Unterlagen</h2><ul><li>Reisepass.</li><li>Als Arbeitssuchender:<ul><li>"
     "Kopien Ihrer Bewerbungen;</li></ul></li></ul>", "Als Arbeitssuchender"),
]


@pytest.mark.parametrize("html,needle", AS_GROUP)
def test_as_a_group_over_papers(html, needle):
    found = rows(html)
    assert kind_of(html, needle) == "document"
    assert [c.kind for c in found if "opie" in c.text] == ["document"]


def test_dutch_als_before_a_subject_opens_a_case():
    html = ("<h2>Vereiste documenten</h2><ul><li>Paspoort.</li><li>Als u zelfstandige bent:"
            "<ul><li>een uittreksel uit de KBO;</li></ul></li></ul>")
    assert kind_of(html, "Als u") is None
    assert kind_of(html, "uittreksel") == "document"


# --- a permission denied with the pronoun after the modal ("kan je niet verlengen", "kann man
#     nicht", "vous ne pouvez pas", "can't"), and an exclusive permission without a modal
#     ("Only students who … are eligible", "uitsluitend bedoeld voor"): requirements ---

DENIED_OR_EXCLUSIVE = [
    ("<h2>The search year</h2><p>You can't extend the twelve months of the search year.</p>",
     "can't extend"),
    ("<h2>Het zoekjaar</h2><p>De twaalf maanden van het zoekjaar kan je niet verlengen.</p>",
     "kan je niet"),
    ("<h2>L'année de recherche</h2><p>Vous ne pouvez pas prolonger les douze mois de l'année "
     "de recherche.</p>", "ne pouvez pas"),
    ("<h2>Das Suchjahr</h2><p>Die zwölf Monate des Suchjahres kann man nicht verlängern.</p>",
     "kann man nicht"),
    ("<h2>Who is eligible?</h2><p>Only graduates of a Belgian college are eligible.</p>",
     "Only graduates"),
    ("<h2>Wie komt in aanmerking?</h2><p>Enkel afgestudeerden van een Belgische hogeschool "
     "komen in aanmerking.</p>", "Enkel afgestudeerden"),
    ("<h2>Qui est éligible ?</h2><p>Seuls les diplômés d'une haute école belge sont "
     "éligibles.</p>", "Seuls les diplômés"),
    ("<h2>Wer kommt in Frage?</h2><p>Nur Absolventen einer belgischen Hochschule kommen in "
     "Frage.</p>", "Nur Absolventen"),
    ("<h1>Appointments</h1><p>The slots are intended only for first registrations.</p>",
     "intended only"),
    ("<h1>Afspraken</h1><p>De tijdsloten zijn uitsluitend bedoeld voor eerste "
     "inschrijvingen.</p>", "uitsluitend bedoeld"),
    ("<h1>Inscriptions</h1><p>Ce guichet est réservé exclusivement aux premières "
     "inscriptions.</p>", "réservé exclusivement"),
    ("<h1>Termine</h1><p>Die Termine sind nur für Erstanmeldungen bestimmt.</p>",
     "nur für"),
]


@pytest.mark.parametrize("html,needle", DENIED_OR_EXCLUSIVE)
def test_denied_or_exclusive_permission_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


def test_a_question_with_cannot_is_no_row():
    html = "<h1>Afspraak</h1><p>Kunt u niet komen? Laat het ons weten per e-mail.</p>"
    assert kind_of(html, "Kunt u niet") is None


# --- a contact line (address with postcode, phone number, e-mail) after a condition is no
#     row: it binds no one, even where the sentence before was a requirement ---

CONTACTS = [
    ("<h2>Conditions</h2><p>The applicant must prove the family link. Help desk: Immigration "
     "Office, Main Street 44, 1000 Brussels, phone 02 555 80 00.</p>", "Help desk"),
    ("<h2>Voorwaarden</h2><p>De aanvrager moet de familieband bewijzen. Helpdesk: Dienst "
     "Vreemdelingenzaken, Hoofdstraat 44, 1000 Brussel, tel. 02 555 80 00.</p>", "Helpdesk"),
    ("<h2>Conditions</h2><p>Le demandeur doit prouver le lien familial. Helpdesk : Office des "
     "étrangers, rue Principale 44, 1000 Bruxelles, tél. 02 555 80 00.</p>", "Helpdesk"),
    ("<h2>Voraussetzungen</h2><p>Der Antragsteller muss die Verwandtschaft nachweisen. "
     "Beratung: Ausländeramt, Hauptstraße 44, 4700 Eupen, Tel. 087 55 03 56.</p>", "Beratung"),
]


@pytest.mark.parametrize("html,needle", CONTACTS)
def test_a_contact_line_is_no_row(html, needle):
    assert kind_of(html, needle) is None
    assert [c.kind for c in rows(html)] == ["requirement"]


# --- (half B) a lead-in telling the reader to hand in what follows ("Hand in the
#     following:") lists documents, under a procedure heading too; the lead-in is no row ---

HAND_IN = [
    ("Action steps", "Book an appointment.", "Hand in the following:",
     ("your passport;", "your address in town (bring your lease, for example);")),
    ("Stappen", "Maak een afspraak.", "Lever het volgende in:",
     ("uw paspoort;", "uw adres in de stad (breng bijvoorbeeld uw huurcontract mee);")),
    ("Étapes", "Prenez rendez-vous.", "Remettez les éléments suivants :",
     ("votre passeport ;", "votre adresse en ville (apportez par exemple votre bail) ;")),
    ("Schritte", "Vereinbaren Sie einen Termin.", "Reichen Sie Folgendes ein:",
     ("Ihren Reisepass;", "Ihre Adresse in der Stadt (etwa mit dem Mietvertrag);")),
]


@pytest.mark.parametrize("heading,first,lead,items", HAND_IN)
def test_a_hand_in_lead_in_lists_documents(heading, first, lead, items):
    inner = "".join(f"<li>{t}</li>" for t in items)
    html = f"<h2>{heading}</h2><ul><li>{first}</li><li>{lead}<ul>{inner}</ul></li></ul>"
    found = rows(html)
    assert kind_of(html, lead) is None
    assert [c.kind for c in found if c.text in items] == ["document", "document"]


# --- (half B) a lead-in naming the reader's situation ("This is your situation:") heads the
#     states the page applies to: requirements, under a heading asking how to register too ---

SITUATION = [
    ("How do you register?", "This is your situation:",
     ("You hold a long-stay visa.", "You work for a company in Belgium.")),
    ("Hoe schrijf je je in?", "Dit is jouw situatie:",
     ("Je hebt een visum lang verblijf.", "Je werkt voor een bedrijf in België.")),
    ("Comment vous inscrire ?", "Voici votre situation :",
     ("Vous avez un visa de long séjour.", "Vous travaillez pour une entreprise en Belgique.")),
    ("Wie melden Sie sich an?", "Das ist Ihre Situation:",
     ("Sie haben ein Visum für einen langen Aufenthalt.", "Sie arbeiten für eine Firma in "
      "Belgien.")),
]


@pytest.mark.parametrize("heading,lead,items", SITUATION)
def test_the_readers_situation_heads_requirements(heading, lead, items):
    inner = "".join(f"<li>{t}</li>" for t in items)
    html = f"<h1>{heading}</h1><p>{lead}</p><ul>{inner}</ul>"
    assert [c.kind for c in rows(html) if c.text in items] == ["requirement", "requirement"]
