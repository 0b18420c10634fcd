"""Families of condition misses on half A of check part 4, released to tuning (issue 12,
round 6), each written as a federal, Flemish, Brussels, Walloon or Ostbelgien page would say
it, in en, nl, fr and de. Every sentence is our own; each case names what a volunteer would
read wrong in a report otherwise (an exemption missing, a step told as a requirement).
"""

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions
from parsers.lexicon import LANGS, load


def conditions(html: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))]


def test_negation_and_obligation_adjectives_have_a_word_in_every_language():
    for key in ("negation", "required"):
        for lang in LANGS:
            assert load(lang)[key], f"{lang} has no {key} words"


@pytest.mark.parametrize(
    "sentence",
    [
        "A personal interview is never required.",
        "Een persoonlijk gesprek is nooit vereist.",
        "Un entretien personnel n'est jamais requis.",
        "Ein persönliches Gespräch ist nie erforderlich.",
        # every language's obligation adjective, negated, obliges no one
        "Registration with the commune is not compulsory.",
        "Een inschrijving bij de gemeente is niet noodzakelijk.",
        "Une inscription à la commune n'est pas obligatoire.",
        "Eine Anmeldung bei der Gemeinde ist nicht vorgeschrieben.",
    ],
)
def test_a_thing_said_never_or_not_required_is_no_row_in_every_language(sentence):
    assert conditions(f"<p>{sentence}</p>") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Seasonal workers are never exempt from the labour market test.",
        "Seizoenarbeiders zijn geenszins vrijgesteld van het arbeidsmarktonderzoek.",
        "Les travailleurs saisonniers ne sont nullement dispensés de l'examen du marché.",
        "Saisonarbeiter sind keineswegs von der Arbeitsmarktprüfung befreit.",
    ],
)
def test_a_group_said_never_to_be_exempt_is_no_exemption(sentence):
    assert ("exemption", sentence) not in conditions(f"<p>{sentence}</p>")
