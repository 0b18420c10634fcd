"""Round 19 (issue 12, tune19b): requirement, exemption and document families as classes.

Each family is stated in the four languages, in our own sentences (never a page's), and the
test reads what a volunteer would be shown: the row, its kind, or that no row is read.
"""

from __future__ import annotations

import pytest

from tests.conditions_read import kind_of, rows

# --- A lead-in saying what the message that carries the file (an e-mail, a letter) must
#     contain or hold as an attachment: its items are the papers and data to send, documents
#     (GUIDE: the items of a lead-in naming what to attach or what a paper holds) ---
MESSAGE_CONTENTS = [
    (
        "<h2>Moving</h2><p>Your e-mail must state or hold as an attachment:</p>"
        "<ul><li>your former street address;</li><li>a copy of your identity card.</li></ul>",
        "former street",
    ),
    (
        "<h2>Verhuizen</h2><p>Uw e-mail moet als bijlage bevatten:</p>"
        "<ul><li>uw vorige adres;</li><li>een kopie van uw identiteitskaart.</li></ul>",
        "vorige adres",
    ),
    (
        "<h2>Déménagement</h2><p>Votre courrier doit contenir en annexe :</p>"
        "<ul><li>votre adresse précédente ;</li><li>une copie de votre carte d'identité.</li></ul>",
        "adresse précédente",
    ),
    (
        "<h2>Umzug</h2><p>Ihre E-Mail muss im Anhang enthalten:</p>"
        "<ul><li>Ihre bisherige Anschrift;</li><li>eine Kopie Ihres Personalausweises.</li></ul>",
        "bisherige Anschrift",
    ),
    (
        "<h2>Moving</h2><p>Your letter must contain:</p>"
        "<ul><li>the date you moved in;</li><li>the names of everyone living with you.</li></ul>",
        "date you moved",
    ),
    (
        "<h2>Verhuizen</h2><p>Uw brief moet bevatten:</p>"
        "<ul><li>de datum van uw verhuizing;</li><li>de namen van uw gezinsleden.</li></ul>",
        "datum van uw",
    ),
]


@pytest.mark.parametrize(("html", "needle"), MESSAGE_CONTENTS)
def test_what_the_message_must_hold_is_a_document_list(html: str, needle: str) -> None:
    assert kind_of(html, needle) == "document"


# what a scheme or course includes is no list of papers
SCHEME_CONTENTS = [
    (
        "<p>The course includes:</p><ul><li>a language module of 60 hours;</li>"
        "<li>a module on society.</li></ul>",
        "language module",
    ),
    (
        "<p>Le parcours comprend :</p><ul><li>un module de langue de 60 heures ;</li>"
        "<li>un module de citoyenneté.</li></ul>",
        "module de langue",
    ),
]


@pytest.mark.parametrize(("html", "needle"), SCHEME_CONTENTS)
def test_what_a_course_includes_is_no_document(html: str, needle: str) -> None:
    assert kind_of(html, needle) != "document"


# --- A heading telling the reader to take or have papers with them at the appointment ("take
#     the following documents to your appointment"): what to bring, documents (GUIDE devset-u,
#     what to bring), though the heading names the appointment ---
TAKE_ALONG_HEADINGS = [
    (
        "<h3>Take the following documents to your meeting</h3>"
        "<ul><li>Your identity card</li><li>A recent photograph</li></ul>",
        "identity card",
    ),
    (
        "<h3>Have these papers with you at the counter</h3>"
        "<ul><li>Your identity card</li><li>A recent photograph</li></ul>",
        "identity card",
    ),
    (
        "<h3>Houd deze documenten bij de hand op uw afspraak</h3>"
        "<ul><li>Uw identiteitskaart</li><li>Een recente pasfoto</li></ul>",
        "identiteitskaart",
    ),
    (
        "<h3>Emportez les documents suivants à votre rendez-vous</h3>"
        "<ul><li>Votre carte d'identité</li><li>Une photo récente</li></ul>",
        "carte d'identité",
    ),
    (
        "<h3>Halten Sie folgende Unterlagen beim Termin bereit</h3>"
        "<ul><li>Ihren Personalausweis</li><li>Ein aktuelles Passbild</li></ul>",
        "Personalausweis",
    ),
    (
        "<h3>Haben Sie diese Unterlagen beim Termin dabei</h3>"
        "<ul><li>Ihren Personalausweis</li><li>Ein aktuelles Passbild</li></ul>",
        "Personalausweis",
    ),
]


@pytest.mark.parametrize(("html", "needle"), TAKE_ALONG_HEADINGS)
def test_papers_to_take_to_the_appointment_are_documents(html: str, needle: str) -> None:
    assert kind_of(html, needle) == "document"


# --- An exemption stated predicate first ("Exempt are …", "Freigestellt sind …", "Sont
#     exemptés …") or as a permission given without any formality: the group is spared, an
#     exemption (GUIDE: a lifted obligation); "without formalities" said of what an authority
#     must do spares no one ---
EXEMPTION_PHRASINGS = [
    "<p>Exempt are in particular the cross-border workers living in France.</p>",
    "<p>Freigestellt sind insbesondere die Grenzgänger mit Wohnsitz in Frankreich.</p>",
    "<p>Befreit sind vor allem die Grenzgänger mit Wohnsitz in Frankreich.</p>",
    "<p>Sont exemptés notamment les travailleurs frontaliers résidant en France.</p>",
    "<p>Vrijgesteld zijn vooral de grensarbeiders die in Frankrijk wonen.</p>",
    "<p>Exchange pupils can take a holiday job without any formality.</p>",
    "<p>Uitwisselingsleerlingen mogen zonder enige formaliteit een vakantiejob doen.</p>",
    "<p>Les élèves d'échange peuvent faire un job de vacances sans aucune formalité.</p>",
    "<p>Austauschschüler dürfen ohne besondere Formalitäten einen Ferienjob ausüben.</p>",
]


@pytest.mark.parametrize("html", EXEMPTION_PHRASINGS)
def test_exemption_phrasings_are_exemptions(html: str) -> None:
    assert [c.kind for c in rows(html)] == ["exemption"]


NO_EXEMPTION = [
    "<p>In that case the state is obliged to take you back without formalities.</p>",
    "<p>In dat geval is de staat verplicht u zonder formaliteiten terug te nemen.</p>",
    "<p>Dans ce cas, l'État est tenu de vous reprendre sans formalités.</p>",
    "<p>In diesem Fall ist der Staat verpflichtet, Sie ohne Formalitäten zurückzunehmen.</p>",
    "<p>You cannot start working without any formality.</p>",
]


@pytest.mark.parametrize("html", NO_EXEMPTION)
def test_what_an_authority_must_do_without_formalities_is_no_exemption(html: str) -> None:
    assert "exemption" not in [c.kind for c in rows(html)]


# --- A negated obligation as a list's lead-in with the elided French "d'" ("n'est pas tenu
#     d'appliquer :") or the Dutch "is niet verplicht" without "om": the items are what the
#     group is spared, exemptions (GUIDE: a lifted obligation); "il n'est pas tenu compte"
#     obliges no one and lifts nothing ---
NEGATED_DUTY_LEADS = [
    (
        "<p>The posting employer is not required to apply:</p>"
        "<ul><li>the Belgian rules on supplementary pensions;</li>"
        "<li>the Belgian rules on end-of-year bonuses.</li></ul>",
        "supplementary pensions",
    ),
    (
        "<p>De detacherende werkgever is niet verplicht toe te passen:</p>"
        "<ul><li>de Belgische regels over aanvullende pensioenen;</li>"
        "<li>de Belgische regels over eindejaarspremies.</li></ul>",
        "aanvullende pensioenen",
    ),
    (
        "<p>Dans ce cas, l'employeur étranger n'est pas tenu d'appliquer :</p>"
        "<ul><li>les règles belges sur les pensions complémentaires ;</li>"
        "<li>les règles belges sur la prime de fin d'année.</li></ul>",
        "pensions complémentaires",
    ),
    (
        "<p>Les employeurs étrangers ne sont pas tenus d'observer :</p>"
        "<ul><li>les règles belges sur les pensions complémentaires ;</li>"
        "<li>les règles belges sur la prime de fin d'année.</li></ul>",
        "pensions complémentaires",
    ),
    (
        "<p>Der entsendende Arbeitgeber ist nicht verpflichtet, Folgendes anzuwenden:</p>"
        "<ul><li>die belgischen Regeln über Zusatzrenten;</li>"
        "<li>die belgischen Regeln über Jahresendprämien.</li></ul>",
        "Zusatzrenten",
    ),
]


@pytest.mark.parametrize(("html", "needle"), NEGATED_DUTY_LEADS)
def test_items_under_a_negated_duty_are_exemptions(html: str, needle: str) -> None:
    assert kind_of(html, needle) == "exemption"


def test_not_taken_into_account_lifts_nothing() -> None:
    html = "<p>Il n'est pas tenu compte des périodes de chômage pour le calcul du séjour.</p>"
    assert "exemption" not in [c.kind for c in rows(html)]


# --- A heading naming the ways to prove one's means ("Three ways to prove your income"): each
#     item is a paper or a means of proof to hand in, a document (GUIDE: proof to hand in);
#     "how to prove that …" asks about a fact and gives its sentences no kind ---
WAYS_TO_PROVE = [
    (
        "<h2>Two ways to prove your income</h2><ol><li>A letter from your employer stating "
        "your monthly pay.</li><li>Your bank statements of the last three months.</li></ol>",
        "bank statements",
    ),
    (
        "<h2>Hoe bewijst u uw inkomen?</h2><ol><li>Een brief van uw werkgever met uw "
        "maandloon.</li><li>Uw rekeninguittreksels van de laatste drie maanden.</li></ol>",
        "rekeninguittreksels",
    ),
    (
        "<h2>Comment prouver vos revenus ?</h2><ol><li>Une lettre de votre employeur indiquant "
        "votre salaire mensuel.</li><li>Vos extraits de compte des trois derniers mois.</li></ol>",
        "extraits de compte",
    ),
    (
        "<h2>So weisen Sie Ihr Einkommen nach</h2><ol><li>Ein Schreiben Ihres Arbeitgebers mit "
        "Ihrem Monatslohn.</li><li>Ihre Kontoauszüge der letzten drei Monate.</li></ol>",
        "Kontoauszüge",
    ),
]


@pytest.mark.parametrize(("html", "needle"), WAYS_TO_PROVE)
def test_ways_to_prove_ones_means_are_documents(html: str, needle: str) -> None:
    assert kind_of(html, needle) == "document"


# --- A lead-in whose subject is the message the reader sends and whose verb says what it
#     states ("Your e-mail must mention:"): its items are the data and papers the message
#     carries, documents; a letter the office sends "to give" something is no such lead-in ---
MESSAGE_STATES = [
    (
        "<p>In that case your e-mail must mention:</p><ul><li>the date you leave;</li>"
        "<li>a copy of your residence card.</li></ul>",
        "date you leave",
    ),
    (
        "<p>In dat geval moet uw e-mail het volgende vermelden:</p><ul><li>de datum van uw "
        "vertrek;</li><li>een kopie van uw verblijfskaart.</li></ul>",
        "datum van uw vertrek",
    ),
    (
        "<p>Dans ce cas, votre courriel doit indiquer :</p><ul><li>la date de votre départ ;</li>"
        "<li>une copie de votre carte de séjour.</li></ul>",
        "date de votre départ",
    ),
    (
        "<p>In diesem Fall muss Ihre E-Mail angeben:</p><ul><li>das Datum Ihrer Abreise;</li>"
        "<li>eine Kopie Ihrer Aufenthaltskarte.</li></ul>",
        "Datum Ihrer Abreise",
    ),
]


@pytest.mark.parametrize(("html", "needle"), MESSAGE_STATES)
def test_what_the_message_must_state_is_a_document_list(html: str, needle: str) -> None:
    assert kind_of(html, needle) == "document"


# --- A sentence whose subject is a paper to hand in and whose predicate says it is required
#     ("A medical certificate is also required"): a document (GUIDE: a sentence naming a
#     paper to send with the file); a permit required stays a requirement ---
PAPER_REQUIRED = [
    "<p>A standard medical certificate, to be filled in by your doctor, is also required.</p>",
    "<p>Een medisch attest, in te vullen door uw arts, is ook vereist.</p>",
    "<p>Un certificat médical, à faire remplir par votre médecin, est également exigé.</p>",
    "<p>Ein ärztliches Attest, von Ihrem Arzt auszufüllen, ist ebenfalls erforderlich.</p>",
]


@pytest.mark.parametrize("html", PAPER_REQUIRED)
def test_a_paper_required_is_a_document(html: str) -> None:
    assert [c.kind for c in rows(html)] == ["document"]


@pytest.mark.parametrize(
    "html",
    [
        "<p>A work permit is required for this job.</p>",
        "<p>Une autorisation de travail est exigée pour cet emploi.</p>",
        "<p>Eine Arbeitserlaubnis ist für diese Stelle erforderlich.</p>",
        "<p>Een arbeidskaart is vereist voor deze job.</p>",
    ],
)
def test_a_permit_required_is_no_document(html: str) -> None:
    assert "document" not in [c.kind for c in rows(html)]
