"""Round 9 of issue 12, conditions: families of half A's misses, each in en, nl, fr and de.

- announced parts: under a heading about conditions, a lead-in right above sub-headings
  that name no kind ("… if you fall under one of the two categories below:" then h3
  "Category 1", "Category 2") announces them as its parts: their items are the conditions,
  and a paragraph right after such a list qualifies them (a requirement, GUIDE 22:58);
  after a list with no such lead-in a paragraph stays what its own words make it.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def kinds(html: str) -> dict[str, str]:
    return {c.text: c.kind for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))}


PARTS = {
    "en": (
        "Conditions",
        "You can obtain the permit if you belong to one of the two groups below:",
        "Group 1",
        "You live lawfully in Belgium.",
        "You worked here for three of the last four years.",
        "Refugees count their years of asylum procedure as well.",
    ),
    "nl": (
        "Voorwaarden",
        "U kunt de vergunning krijgen als u tot een van de twee groepen hieronder behoort:",
        "Groep 1",
        "U verblijft wettig in België.",
        "U werkte hier drie van de laatste vier jaar.",
        "Vluchtelingen tellen ook de jaren van hun asielprocedure mee.",
    ),
    "fr": (
        "Conditions",
        "Vous pouvez obtenir le permis si vous appartenez à l'un des deux groupes ci-dessous :",
        "Groupe 1",
        "Vous séjournez légalement en Belgique.",
        "Vous avez travaillé ici trois des quatre dernières années.",
        "Les réfugiés comptent aussi les années de leur procédure d'asile.",
    ),
    "de": (
        "Voraussetzungen",
        "Sie erhalten die Erlaubnis, wenn Sie zu einer der beiden Gruppen unten gehören:",
        "Gruppe 1",
        "Sie wohnen rechtmäßig in Belgien.",
        "Sie haben hier drei der letzten vier Jahre gearbeitet.",
        "Flüchtlinge zählen auch die Jahre ihres Asylverfahrens mit.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_parts_announced_above_sub_headings_hold_the_conditions(lang):
    heading, lead, part, first, second, note = PARTS[lang]
    html = (
        f"<h2>{heading}</h2><p>{lead}</p><h3>{part}</h3><ul><li>{first}</li>"
        f"<li>{second}</li></ul><p>{note}</p>"
    )
    found = kinds(html)
    assert found.get(first) == "requirement"
    assert found.get(second) == "requirement"
    assert found.get(note) == "requirement"
    assert lead not in found  # the lead-in itself is no row


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_without_the_lead_in_a_neutral_sub_heading_holds_no_conditions(lang):
    heading, _lead, part, first, _second, note = PARTS[lang]
    # no lead-in announcing the parts: "Group 1" is a sub-section of information
    html = f"<h2>{heading}</h2><h3>{part}</h3><ul><li>{first}</li></ul><p>{note}</p>"
    found = kinds(html)
    assert first not in found
    assert note not in found


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_paragraph_after_a_list_of_conditions_without_parts_is_not_carried(lang):
    heading, _lead, _part, first, second, note = PARTS[lang]
    html = f"<h2>{heading}</h2><ul><li>{first}</li><li>{second}</li></ul><p>{note}</p>"
    found = kinds(html)
    assert found.get(first) == "requirement"
    assert note not in found
