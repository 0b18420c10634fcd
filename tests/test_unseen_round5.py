"""Families of misses on half A of check part 3, released to tuning (issue 12, round 5).

Every sentence here is our own, in en, nl, fr and de; each case names what a volunteer would
read wrong in a report otherwise (a step of the procedure missing, a group said to be
exempt when the page says it is not, an amount read as another).
"""

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def conditions(html: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))]


def amounts(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return [(a.kind, a.value, a.value_max, a.unit, a.per, a.bound) for a in found]


@pytest.mark.parametrize(
    ("label", "first", "second"),
    [
        ("Step 2:", "Fill in the request on the portal.", "Print it and sign it."),
        ("Stap 2:", "Vul de aanvraag in op het portaal.", "Druk ze af en onderteken ze."),
        ("Étape 2 :", "Remplissez la demande sur le portail.", "Imprimez-la et signez-la."),
        ("Schritt 2:", "Füllen Sie den Antrag im Portal aus.", "Drucken Sie ihn aus."),
    ],
)
def test_a_paragraph_opened_by_a_step_number_is_that_step_whatever_its_heading(
    label, first, second
):
    page = f"<h2>Overview</h2><p>{label} {first} {second}</p>"
    assert conditions(page) == [("step", f"{label} {first}"), ("step", second)]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Processing of the complete file", "The embassy sends the file to the office."),
        ("Behandeling van het volledige dossier", "De ambassade stuurt het dossier door."),
        ("Traitement du dossier complet : délais", "L'ambassade transmet le dossier à l'office."),
        ("Bearbeitung der Antragsakte", "Die Botschaft leitet die Akte an das Amt weiter."),
    ],
)
def test_a_heading_opened_by_handling_the_file_heads_steps_not_documents(heading, sentence):
    assert conditions(f"<h2>{heading}</h2><p>{sentence}</p>") == [("step", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Seasonal workers are not exempt from the labour market test.",
        "Seizoenarbeiders zijn niet vrijgesteld van het arbeidsmarktonderzoek.",
        "Les travailleurs saisonniers ne sont pas dispensés de l'examen du marché.",
        "Saisonarbeiter sind nicht von der Arbeitsmarktprüfung befreit.",
    ],
)
def test_a_group_said_not_to_be_exempt_is_no_exemption(sentence):
    assert ("exemption", sentence) not in conditions(f"<p>{sentence}</p>")
    # and the same sentence without the negation still is one
    lifted = sentence.replace(" not ", " ").replace(" niet ", " ").replace("ne sont pas", "sont")
    lifted = lifted.replace(" nicht ", " ")
    assert conditions(f"<p>{lifted}</p>") == [("exemption", lifted)]
