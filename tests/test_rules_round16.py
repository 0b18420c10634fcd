"""Round 16 (tune16c): a value restated without its rate is filed under the rule it was
stated for with its rate, earlier on the page (the rules layer, rules/assign.py)."""

from __future__ import annotations

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks
from rules.assign import assign
from rules.catalogue import load_catalogue


def rules_of(html: str, lang: str) -> list[tuple]:
    blocks = extract_blocks(f"<main>{html}</main>")
    amounts = extract_amounts(blocks)
    found = assign(blocks, amounts, "flanders", lang, load_catalogue())
    pairs = zip(amounts, found, strict=True)
    return [(a.kind, a.value, a.per, a.bound, f.rule_id) for a, f in pairs]


RESTATED = [
    ("en", "<h2>Students</h2><p>As a student you may work at most 20 hours per week. In the "
     "school holidays the limitation of 20 hours of student work does not apply.</p>"),
    ("nl", "<h2>Studenten</h2><p>Als student mag je maximaal 20 uur per week werken. Tijdens "
     "de schoolvakanties geldt de bovengrens van 20 uur studentenwerk niet.</p>"),
    ("fr", "<h2>Étudiants</h2><p>L'étudiant peut travailler au maximum 20 heures par semaine. "
     "Pendant les vacances scolaires, la limite de 20 heures de travail étudiant ne "
     "s'applique pas.</p>"),
    ("de", "<h2>Studierende</h2><p>Als Student dürfen Sie höchstens 20 Stunden pro Woche "
     "arbeiten. In den Semesterferien gilt die Begrenzung der Studentenarbeit auf 20 Stunden "
     "nicht.</p>"),
]


@pytest.mark.parametrize("lang,html", RESTATED)
def test_a_value_restated_without_its_rate_keeps_its_rule(lang, html):
    rows = rules_of(html, lang)
    assert [r[:4] for r in rows] == [
        ("hours", 20.0, "week", "max"),
        ("hours", 20.0, None, "max"),
    ]
    assert rows[0][4] == rows[1][4] == "student.work_hours_per_week"


def test_a_value_never_rated_on_the_page_stays_unfiled():
    rows = rules_of("<h2>Students</h2><p>The limitation of 20 hours does not apply.</p>", "en")
    assert rows == [("hours", 20.0, None, "max", None)]


# A validity whose subject is a pronoun ("Elle est valable …") is the validity of the thing the
# sentence before names: a work permit B's or a visa's is not the single permit's.
POINTED_VALIDITY = [
    ("fr", "<h2>Validité</h2><p>Le plus souvent, l'employeur obtient une autorisation B. Elle est "
     "valable pour une seule année.</p>"),
    ("en", "<h2>Validity</h2><p>Most often the employer obtains an employment authorisation. It "
     "is valid for a single year.</p>"),
    ("nl", "<h2>Geldigheid</h2><p>Meestal krijgt de werkgever een toelating tot arbeid. Ze is "
     "één enkel jaar geldig.</p>"),
    ("de", "<h2>Gültigkeit</h2><p>Meist erhält der Arbeitgeber eine Genehmigung B. Sie ist ein "
     "einziges Jahr gültig.</p>"),
]


@pytest.mark.parametrize("lang,html", POINTED_VALIDITY)
def test_a_pronouns_validity_is_the_thing_named_before(lang, html):
    assert rules_of(html, lang) == [("duration", 1.0, None, "exact", None)]


# A declaration filed (a Limosa declaration, a notification) is no file of an application: its
# count of one states no application.files_max.
DECLARATION = [
    ("en", "<h2>Application</h2><p>Self-employed workers can still file a single declaration "
     "for the whole year.</p>"),
    ("nl", "<h2>Aanvraag</h2><p>Zelfstandigen kunnen nog één enkele melding doen voor het hele "
     "jaar.</p>"),
    ("fr", "<h2>Demande</h2><p>Les indépendants peuvent encore faire une seule déclaration pour "
     "toute l'année.</p>"),
    ("de", "<h2>Antrag</h2><p>Selbständige können noch eine einzige Meldung für das ganze Jahr "
     "abgeben.</p>"),
]


@pytest.mark.parametrize("lang,html", DECLARATION)
def test_a_single_declaration_is_no_applications_file_count(lang, html):
    assert rules_of(html, lang) == [("count", 1.0, None, "exact", None)]
