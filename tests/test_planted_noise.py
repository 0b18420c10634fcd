"""Planted edits told with nothing else (issue 12, item 3): each test reads two versions of
a small page of ours through the path `benchmarks/planted.py` measures (extract -> to_rows
-> diff_page -> text changes) and asserts exactly the lines a volunteer should read.

The families are the noise rows of the tuning pages: a number edited in a heading that the
body repeats, an amount inside a list item of a page without headings, a list item dropped
from or added under a heading that stays, a "modified on" stamp of the page moved.
"""

import pytest

from tests.test_text_changes import kinds, told  # the same path as a night


def heading_page(days: str) -> str:
    """A heading that states the limit its body repeats ("Maximaal 90 dagen")."""
    return (
        "<html><body><main><h1>Kort werk in Vlaanderen</h1>"
        f"<h2>Maximaal {days} dagen</h2>"
        "<p>Wie maximaal 90 dagen in Vlaanderen komt werken, vraagt een arbeidskaart aan.</p>"
        "<p>Een au-pair blijft soms langer dan 3 maanden.</p>"
        "<h2>Aanvraag</h2><ul><li>De werkgever moet de aanvraag indienen.</li>"
        "<li>De werknemer moet een geldig paspoort hebben.</li></ul>"
        "</main></body></html>"
    )


def test_a_number_edited_in_a_heading_the_body_repeats_is_one_amount_changed():
    changes = told(heading_page("90"), heading_page("91"))
    assert kinds(changes) == ["amount_changed"]
    assert (changes[0].old_number, changes[0].new_number) == (90.0, 91.0)
    assert changes[0].new_quote == "Maximaal 91 dagen"


def no_heading_page(wage: str) -> str:
    """No heading at all: facts and passages stand in section ''."""
    return (
        "<html><body><main><ul>"
        "<li>A signed employment contract. The gross wage in it is at least "
        f"EUR {wage} a month, the level of the sector.</li>"
        "<li>The employer must register the worker before the first day.</li>"
        "</ul></main></body></html>"
    )


def test_an_amount_changed_in_a_list_item_of_a_page_without_headings_is_told_once():
    changes = told(no_heading_page("2.900"), no_heading_page("2.901"))
    assert kinds(changes) == ["amount_changed"]
    assert "2.901" in changes[0].new_quote


def items_page(visa: bool, added: bool = False) -> str:
    """One heading with a single listed condition, and one with none but a lead-in."""
    needed = "<li>A valid visa must be shown at the desk.</li>" if visa else ""
    extra = "<li>The applicant must also bring a recent photograph.</li>" if added else ""
    return (
        "<html><body><main><h1>Working in Ghent</h1>"
        "<h2>Who may apply?</h2><ul>"
        "<li>The employer must file the application online.</li>"
        "<li>The worker must be at least 18 years old.</li></ul>"
        f"<h2>What do I need?</h2><ul>{needed}</ul>"
        f"<h2>Where to go?</h2><p>The office is in the town hall.</p><ul>{extra}</ul>"
        "</main></body></html>"
    )


def test_the_one_condition_of_a_heading_that_stays_removed_is_a_condition_removed():
    changes = told(items_page(visa=True), items_page(visa=False))
    assert kinds(changes) == ["condition_removed"]
    assert changes[0].section.endswith("What do I need?")
    assert "visa" in changes[0].old_value


def test_a_condition_added_under_a_heading_without_facts_is_a_condition_added():
    changes = told(items_page(visa=True), items_page(visa=True, added=True))
    assert kinds(changes) == ["condition_added"]
    assert "photograph" in changes[0].new_value


def test_an_unchanged_page_tells_nothing():
    for html in (heading_page("90"), no_heading_page("2.900"), items_page(visa=True)):
        assert told(html, html) == []


STAMPS = {
    "nl": ("Gewijzigd op", "De werkgever moet de aanvraag indienen."),
    "fr": ("Modifié le", "L'employeur doit introduire la demande."),
    "de": ("Geändert am", "Der Arbeitgeber muss den Antrag einreichen."),
    "en": ("Modified on", "The employer must file the application."),
}


@pytest.mark.parametrize("lang", STAMPS)
def test_a_moved_modified_on_stamp_tells_nothing(lang):
    stamp, condition = STAMPS[lang]

    def page(when: str) -> str:
        return (
            f"<html><body><main><h1>Permit</h1><ul><li>{condition}</li></ul>"
            f'<div class="page-modified">{stamp} {when}</div></main></body></html>'
        )

    assert told(page("03/01/2019 16:22"), page("02/02/2018 15:21")) == []
