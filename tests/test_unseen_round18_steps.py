"""Round 18 (tune18a): conditions whose kind is `step`, written as classes in four languages.

Each family states a structure (which heading governs, where the guidance opens) and the
reading the GUIDE gives it, in our own sentences. A test asserts the row a volunteer gets: its
kind, or that a sentence is no row.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def kind_of(html: str, needle: str) -> str | None:
    rows = extract_conditions(extract_blocks(f"<main>{html}</main>"))
    row = next((c for c in rows if needle in c.text), None)
    return row.kind if row else None


# --- 1. A case sub-heading under a procedure h2 that opens the guidance (no h1 above) -------
# GUIDE (round-15 audit): an h3 naming no kind of its own under a heading about the procedure
# takes that heading's kind. Where the page (or the source's select) has no h1, the h2 is a
# section like any, not the page's title.

TOP_PROCEDURE_CASES = [
    (
        "<h2>How to get your card</h2><h3>Adults:</h3><p>The town hall starts the renewal "
        "of your card itself. It takes about three weeks to receive the new card.</p>",
        "takes about three weeks",
        "step",
    ),
    (
        "<h2>Aanvraagprocedure</h2><h3>Kinderen</h3><p>De kids-ID vraagt een ouder aan aan "
        "het loket. Reken op ongeveer twee weken om de kaart te ontvangen.</p>",
        "Reken op ongeveer twee weken",
        "step",
    ),
    (
        "<h2>Procédure de délivrance</h2><h3>Ressortissants étrangers :</h3><p>Il faut "
        "compter environ un mois pour recevoir votre titre de séjour.</p>",
        "Il faut compter environ un mois",
        "step",
    ),
    (
        "<h2>Ablauf</h2><h3>Erwachsene</h3><p>Die Gemeinde leitet die Verlängerung Ihres "
        "Ausweises selbst ein. Rechnen Sie mit etwa drei Wochen bis zur Zustellung.</p>",
        "Rechnen Sie mit etwa drei Wochen",
        "step",
    ),
]


@pytest.mark.parametrize("html, needle, kind", TOP_PROCEDURE_CASES)
def test_a_case_subheading_under_a_top_procedure_h2_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


# Not a step there: a limit with its number ("9 hours a day at most") under such a case
# sub-heading stays read by its own words, and under a page title (h1) the h2 naming no
# kind is the page's own section: an h1 "Registering at the town hall" does not make its
# h2 "Opening hours" a procedure.
TOP_PROCEDURE_LIMITS = [
    (
        "<h2>Steps of your hiring</h2><h3>Working time</h3><ul><li>Students over 18: 9 hours "
        "of work maximum</li></ul>",
        "9 hours",
    ),
    (
        "<h2>Procedure</h2><h3>Arbeidstijd</h3><ul><li>Studenten boven 18 jaar: maximaal 9 "
        "uur per dag</li></ul>",
        "maximaal 9",
    ),
    (
        "<h2>Procédure</h2><h3>Temps de travail</h3><ul><li>Étudiants de plus de 18 ans : 9 "
        "heures au maximum</li></ul>",
        "9 heures",
    ),
    (
        "<h2>Verfahren</h2><h3>Arbeitszeit</h3><ul><li>Studenten über 18: höchstens 9 "
        "Stunden pro Tag</li></ul>",
        "höchstens 9",
    ),
]


@pytest.mark.parametrize("html, needle", TOP_PROCEDURE_LIMITS)
def test_a_limit_under_a_case_subheading_is_no_step(html, needle):
    assert kind_of(html, needle) != "step"


# --- 2. A heading naming the stages of a procedure -----------------------------------------
# GUIDE: under a heading about the procedure ("Steps", "Stappen", "Étapes", "Ablauf"), each
# sentence telling a stage is a `step`. "Stages of …", "Etappes", "Phases de la procédure",
# "Etappen" name the same (language knowledge; the page had "Stages of …").

STAGE_HEADINGS = [
    (
        "<h1>Student jobs</h1><h2>Stages of your recruitment</h2><p>The department sends "
        "your form to the personnel office.</p>",
        "sends your form",
        "step",
    ),
    (
        "<h1>Studentenjobs</h1><h2>Etappes van de aanwerving</h2><p>De dienst stuurt uw "
        "formulier naar de personeelsdienst.</p>",
        "stuurt uw formulier",
        "step",
    ),
    (
        "<h1>Jobs étudiants</h1><h2>Phases de la procédure</h2><p>Le service envoie votre "
        "formulaire à l'administration du personnel.</p>",
        "envoie votre formulaire",
        "step",
    ),
    (
        "<h1>Studentenjobs</h1><h2>Etappen der Einstellung</h2><p>Die Abteilung schickt Ihr "
        "Formular an die Personalverwaltung.</p>",
        "schickt Ihr Formular",
        "step",
    ),
]


@pytest.mark.parametrize("html, needle, kind", STAGE_HEADINGS)
def test_a_heading_naming_the_stages_heads_steps(html, needle, kind):
    assert kind_of(html, needle) == kind


@pytest.mark.parametrize("heading", ["Stages", "Stages et jobs étudiants", "Stages en jobs"])
def test_internships_are_no_stages(heading):
    # French and Dutch "stages" are internships: a heading naming them heads no steps
    html = f"<h1>Studies</h1><h2>{heading}</h2><p>L'université propose des offres.</p>"
    assert kind_of(html, "propose des offres") != "step"
