"""An item added to or dropped from a list is told as that one item, not also as its
neighbours read anew (issue 12, item 3: the check part's largest noise is on added and
removed items). Whether an item is a document is read from its list (most items naming a
document), so one item more or less made the others vanish, appear or change kind, or the
whole section be told as removed while its heading and items stand.

Each test reads two versions of a small page of ours through the path of a night and of
`benchmarks/planted.py` (extract -> to_rows -> diff_page -> text safety net).
"""

import pytest

from parsers.extract import extract
from parsers.passages import Passage
from tests.test_text_changes import CONFIG, changes, con, kinds, night, told  # noqa: F401
from warehouse import parse_stage as stage
from warehouse.passage_diff import standing
from warehouse.records import Change

# heading, then a renewal's list: a form, a contract (both read as documents) and a link
# that names no document; a new item of ours; a first heading and sentence that stay
RENEWAL = {
    "en": (
        "Renewal",
        "Form: application to extend the employment of a foreign worker",
        "Employment contract",
        "Where to send the file",
        "The applicant must also hold a certificate of good conduct from the municipality.",
        "The employer applies before the permit ends.",
    ),
    "nl": (
        "Hernieuwing",
        "Formulier: aanvraag om de tewerkstelling van een buitenlandse werknemer te verlengen",
        "Arbeidsovereenkomst",
        "Waar het dossier naartoe sturen",
        "De aanvrager moet ook een bewijs van goed gedrag van de gemeente hebben.",
        "De werkgever dient de aanvraag in voor de vergunning afloopt.",
    ),
    "fr": (
        "Renouvellement",
        "Formulaire : demande de prolongation de l'occupation d'un travailleur étranger",
        "Contrat de travail",
        "Où envoyer le dossier",
        "Le demandeur doit aussi détenir un certificat de bonne conduite de la commune.",
        "L'employeur introduit la demande avant la fin du permis.",
    ),
    "de": (
        "Verlängerung",
        "Formular: Antrag auf Verlängerung der Beschäftigung eines ausländischen Arbeitnehmers",
        "Arbeitsvertrag",
        "Wohin der Antrag geht",
        "Der Antragsteller muss außerdem ein Führungszeugnis der Gemeinde vorlegen.",
        "Der Arbeitgeber stellt den Antrag vor dem Ende der Erlaubnis.",
    ),
}


def renewal(lang: str, items: list[str], heading: bool = True) -> str:
    title, *_, intro = RENEWAL[lang]
    rows = "".join(
        f'<li><a href="#">{item}</a></li>' if item == RENEWAL[lang][3] else f"<li>{item}</li>"
        for item in items
    )
    section = f"<h2>{title}</h2><ol>{rows}</ol>" if heading else ""
    return (
        f"<html><body><main><h1>Work permit</h1><h2>Procedure</h2><p>{intro}</p>"
        f"{section}</main></body></html>"
    )


def items(lang: str) -> list[str]:
    return list(RENEWAL[lang][1:4])


@pytest.mark.parametrize("lang", RENEWAL)
def test_the_renewal_list_is_read_as_documents(lang):
    """The premise: the form and the contract make the list one of documents."""
    conditions = extract(renewal(lang, items(lang))).conditions
    listed = [c for c in conditions if c.section.endswith(RENEWAL[lang][0])]
    assert [c.kind for c in listed] == ["document"] * 3


@pytest.mark.parametrize("lang", RENEWAL)
def test_an_item_added_to_a_list_of_documents_is_one_condition_added(lang):
    """Three documents of four items: the list reads as documents no more, and its three
    old items were told as removed beside the new one."""
    old = items(lang)
    new = old[:2] + [RENEWAL[lang][4]] + old[2:]
    changes = told(renewal(lang, old), renewal(lang, new))
    assert kinds(changes) == ["condition_added"]
    assert changes[0].new_value == RENEWAL[lang][4]
    assert changes[0].section.endswith(RENEWAL[lang][0])


@pytest.mark.parametrize("lang", RENEWAL)
def test_an_item_dropped_from_a_list_of_documents_is_one_condition_removed(lang):
    """One document of two items left: the section was told as removed whole, though its
    heading and its two other items stand."""
    old = items(lang)
    changes = told(renewal(lang, old), renewal(lang, [old[0], old[2]]))
    assert kinds(changes) == ["condition_removed"]
    assert changes[0].old_value == RENEWAL[lang][2]


@pytest.mark.parametrize("lang", RENEWAL)
def test_a_section_that_goes_with_its_heading_is_still_one_section_removed(lang):
    changes = told(renewal(lang, items(lang)), renewal(lang, items(lang), heading=False))
    assert kinds(changes) == ["section_removed"]
    assert changes[0].old_value == "0 amounts, 3 conditions"


@pytest.mark.parametrize("lang", RENEWAL)
def test_the_same_list_read_twice_tells_nothing(lang):
    html = renewal(lang, items(lang))
    assert told(html, html) == []


def cohabitation(last: bool) -> str:
    """Two numbered lists of one heading; the second's two items are read as documents."""
    second = (
        "<li>un document de voyage valable, par exemple un passeport, avec deux pages vierges</li>"
    )
    third = (
        "<li>les documents qui indiquent l'objet du voyage : un historique de la relation "
        "et la preuve qu'elle est durable</li>"
    )
    return (
        "<html><body><main><h1>Visa</h1><h2>Visa pour une cohabitation légale</h2>"
        "<p><strong>1. Au moment de la demande de visa, vous présentez :</strong></p>"
        "<ol><li>un formulaire de demande rempli et signé, avec une photo d'identité "
        "récente</li></ol><p>Chaque personne inscrite dans le document de voyage remplit "
        f"son propre formulaire.</p><ol start='2'>{second}{third if last else ''}</ol>"
        "</main></body></html>"
    )


def test_the_neighbour_of_a_dropped_document_that_is_read_as_none_is_not_told():
    # (the first list's item is a document too since round 15: "vous présentez :" ends on a
    # verb of handing in, and its item opens with a paper's name)
    assert [c.kind for c in extract(cohabitation(True)).conditions] == ["document"] * 3
    changes = told(cohabitation(True), cohabitation(False))
    assert kinds(changes) == ["condition_removed"]
    assert changes[0].old_value.startswith("les documents qui indiquent")


def test_a_lead_in_reworded_so_its_items_change_kind_is_still_told():
    """The items stand, but what announces them changed: documents became exemptions, and
    that is a change of the rules, told beside the lead-in's own text lines."""
    rows = (
        "<ul><li>onderzoekers met een gastovereenkomst</li>"
        "<li>journalisten met een Belgische erkenning</li></ul>"
    )

    def page(lead: str) -> str:
        head = "<html><body><main><h1>Arbeidskaart</h1><h2>Wie?</h2>"
        return f"{head}<p>{lead}</p>{rows}</main></body></html>"

    changes = told(
        page("Voeg de volgende documenten toe:"), page("De volgende personen zijn vrijgesteld:")
    )
    assert kinds(changes) == ["condition_changed"] * 2 + ["text_changed"] * 2
    assert {c.subject for c in changes[:2]} == {"exemption"}
    assert {c.old_value for c in changes[:2]} == {
        "onderzoekers met een gastovereenkomst",
        "journalisten met een Belgische erkenning",
    }


def test_an_item_moved_from_the_documents_to_the_exemptions_under_one_heading_is_told():
    """Same heading, same words, but under another lead-in: what the item is changed."""

    def page(documents: list[str], exempt: list[str]) -> str:
        def rows(items: list[str]) -> str:
            return "".join(f"<li>{item}</li>" for item in items)

        return (
            "<html><body><main><h1>Arbeidskaart</h1><h2>Wie?</h2>"
            f"<p>Voeg de volgende documenten toe:</p><ul>{rows(documents)}</ul>"
            f"<p>De volgende personen zijn vrijgesteld:</p><ul>{rows(exempt)}</ul>"
            "</main></body></html>"
        )

    docs = ["Een kopie van het paspoort", "Een recente pasfoto", "Een attest van de hogeschool"]
    exempt = ["onderzoekers met een gastovereenkomst"]
    changes = told(page(docs, exempt), page(docs[:2], exempt + docs[2:]))
    assert kinds(changes) == ["condition_changed"]
    assert (changes[0].old_value, changes[0].subject) == (docs[2], "exemption")


def test_nights_and_rebuild_tell_the_added_item_only(con):  # noqa: F811 (the fixture)
    """The night's own path (parse_stage) and rebuild tell what `told` does, and a night
    over the same body after it tells nothing."""
    old = items("nl")
    night(con, renewal("nl", old))
    night(con, renewal("nl", old[:2] + [RENEWAL["nl"][4]] + old[2:]))
    night(con, renewal("nl", old[:2] + [RENEWAL["nl"][4]] + old[2:]))
    night(con, renewal("nl", old))
    nightly = changes(con)
    assert [(run, kind, new or old) for _, run, kind, _, old, new in nightly] == [
        (1, "page_added", None),
        (2, "condition_added", RENEWAL["nl"][4]),
        (4, "condition_removed", RENEWAL["nl"][4]),
    ]
    stage.rebuild(con, CONFIG)
    assert changes(con) == nightly


def test_a_lead_in_read_as_a_condition_once_its_one_item_is_gone_is_not_told():
    """A lead-in with an obligation word, left without its list, is read as a condition of
    its own (seen on a tuning page): it stood unchanged, so only the item is told."""
    section = "Applying by e-mail"
    lead = "The employee must apply by e-mail for the permit below:"
    item = "Single permit of indefinite duration."
    old = [Passage(section, "sentence", lead), Passage(section, "list_item", item)]
    new = old[:1]
    gone = Change(
        change_kind="condition_removed", section=section, subject="requirement", old_value=item
    )
    came = Change(
        change_kind="condition_added", section=section, subject="requirement", new_value=lead
    )
    assert standing([gone, came], old, new) == [gone]
    # the same lead-in, new on the page, is told
    assert standing([came], [], new) == [came]
