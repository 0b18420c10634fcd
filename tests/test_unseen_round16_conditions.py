"""Round 16 (issue 12, tune16b): condition families written as classes from the GUIDE.

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


# --- a heading asking who files heads who may file (requirement); a later stage is a step ---

WHO_FILES = [
    ("<h3>Who lodges the request?</h3><p>The host institution lodges it for the researcher.</p>",
     "host institution lodges", "requirement"),
    ("<h3>Wie dient het dossier in?</h3><p>De onderneming dient het dossier in voor haar "
     "werknemer.</p>", "onderneming dient", "requirement"),
    ("<h3>Qui dépose la demande ?</h3><p>La demande est déposée par l'employeur ou par un "
     "mandataire.</p>", "déposée par l'employeur", "requirement"),
    ("<h3>Wer reicht den Antrag ein?</h3><p>Den Antrag reicht die Gasteinrichtung für den "
     "Forscher ein.</p>", "Gasteinrichtung", "requirement"),
    ("<h3>Who lodges the request?</h3><p>The employer lodges it. The ministry then checks "
     "the request.</p>", "ministry then checks", "step"),
    ("<h3>Wie dient het dossier in?</h3><p>De werkgever dient het in. Vervolgens beslist de "
     "dienst over het dossier.</p>", "beslist de dienst", "step"),
]


@pytest.mark.parametrize("html,needle,kind", WHO_FILES)
def test_who_files_heading(html, needle, kind):
    assert kind_of(html, needle) == kind


def test_a_how_question_in_german_is_not_a_who_question():
    # German "Wie" asks how: the stages under it stay steps
    html = "<h3>Wie beantragen Sie die Karte?</h3><p>Sie reichen den Antrag bei der Gemeinde ein.</p>"
    assert kind_of(html, "Gemeinde") == "step"
