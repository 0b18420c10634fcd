"""Conditions: kinds from headings and lead-ins, obligations anywhere, lead-ins left out."""

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions, kind_of_heading


def conditions(html: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))]


def test_list_items_take_the_kind_of_their_heading_in_every_language():
    html = (
        "<h2>Voorwaarden</h2><ul><li>is minstens 18 jaar oud;</li></ul>"
        "<h2>Documents à joindre</h2><ul><li>une copie du passeport</li></ul>"
        "<h2>Verfahren</h2><ol><li>Der Arbeitgeber stellt den Antrag.</li></ol>"
        "<h2>Who is exempt?</h2><ul><li>researchers under a hosting agreement</li></ul>"
    )
    assert conditions(html) == [
        ("requirement", "is minstens 18 jaar oud;"),
        ("document", "une copie du passeport"),
        ("step", "Der Arbeitgeber stellt den Antrag."),
        ("exemption", "researchers under a hosting agreement"),
    ]


def test_a_lead_in_is_not_a_condition_but_names_the_kind():
    html = (
        "<h2>Application</h2><p>Attach these documents:</p>"
        "<ul><li>the signed contract</li><li>a medical certificate</li></ul>"
    )
    assert conditions(html) == [
        ("document", "the signed contract"),
        ("document", "a medical certificate"),
    ]


def test_sentences_with_an_obligation_are_requirements_and_others_are_not():
    html = (
        "<h2>About the permit</h2><p>The permit exists since 2019. The employer must "
        "apply before the work starts. Le travailleur ne peut pas changer d'employeur.</p>"
    )
    assert conditions(html) == [
        ("requirement", "The employer must apply before the work starts."),
        ("requirement", "Le travailleur ne peut pas changer d'employeur."),
    ]


def test_plain_list_items_without_obligation_outside_condition_sections_are_not_conditions():
    assert conditions("<h2>Links</h2><ul><li>Flemish employment office</li></ul>") == []


def test_heading_kind_takes_the_first_phrase():
    assert kind_of_heading("Conditions and documents") == "requirement"
    assert kind_of_heading("Welke documenten en voorwaarden?") == "document"
    assert kind_of_heading("Contact") is None
