"""Round 13 of issue 12, conditions, in en, nl, fr, de.

- a nested list that only finishes one item of a list of conditions ("The contract must state
  the following particulars:" then "the working hours,") says what that condition asks: each
  item a `requirement`, like the item it sits in, though "state"/"contain" would open a list
  of papers elsewhere; a nested "You must attach these documents:" still lists documents
  (half A of check part 10).
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def kinds(html: str) -> dict[str, str]:
    return {c.text: c.kind for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))}


# (outer lead-in, item whose nested list finishes it, nested items, item naming papers, papers)
NESTED = {
    "en": (
        "The permit is granted on the following conditions:",
        "The work contract must be signed by both sides. It must state the following details:",
        ("the hours of work,", "the monthly pay."),
        "The employer must attach the following documents:",
        ("a copy of the passport,", "a medical certificate."),
    ),
    "nl": (
        "De vergunning wordt toegekend onder de volgende voorwaarden:",
        "De arbeidsovereenkomst moet door beide partijen ondertekend zijn. Ze moet de volgende "
        "gegevens vermelden:",
        ("de arbeidsuren,", "het maandloon."),
        "De werkgever moet de volgende documenten toevoegen:",
        ("een kopie van het paspoort,", "een medisch attest."),
    ),
    "fr": (
        "Le permis est accordé aux conditions suivantes :",
        "Le contrat de travail doit être signé par les deux parties. Il doit indiquer ce qui "
        "suit :",
        ("les heures de travail,", "le salaire mensuel."),
        "L'employeur doit joindre les documents suivants :",
        ("une copie du passeport,", "un certificat médical."),
    ),
    "de": (
        "Die Erlaubnis wird unter folgenden Bedingungen erteilt:",
        "Der Arbeitsvertrag muss von beiden Seiten unterschrieben sein. Er muss folgende "
        "Angaben enthalten:",
        ("die Arbeitszeiten,", "den Monatslohn."),
        "Der Arbeitgeber muss folgende Unterlagen beifügen:",
        ("eine Kopie des Reisepasses,", "ein ärztliches Attest."),
    ),
}


def _nested(lead: str, item: str, nested: tuple[str, ...]) -> str:
    return f"<li>{item}<ul>{''.join(f'<li>{n}</li>' for n in nested)}</ul></li>"


@pytest.mark.parametrize("lang", sorted(NESTED))
def test_nested_list_finishing_a_condition_is_requirements(lang: str) -> None:
    lead, item, nested, papers_item, papers = NESTED[lang]
    found = kinds(
        f"<p>{lead}</p><ul>{_nested(lead, item, nested)}{_nested(lead, papers_item, papers)}</ul>"
    )
    for text in nested:
        assert found.get(text) == "requirement", (text, found)
    for text in papers:
        assert found.get(text) == "document", (text, found)


@pytest.mark.parametrize("lang", sorted(NESTED))
def test_the_same_item_under_a_documents_list_keeps_documents(lang: str) -> None:
    """Outside a list of conditions, what a paper must state stays a document row (GUIDE,
    devset-d: the data a declaration must contain are documents)."""
    _, item, nested, _, _ = NESTED[lang]
    found = kinds(f"<p>{item}</p><ul>{''.join(f'<li>{n}</li>' for n in nested)}</ul>")
    for text in nested:
        assert found.get(text) == "document", (text, found)
