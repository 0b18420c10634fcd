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


# --- a list item ending with ":" before a nested list: a row when it names a group, paper,
#     condition or stage; a bare caption, a case opener or a handing-in lead-in is no row ---

def _nested(heading: str, opener: str, items: tuple[str, ...]) -> str:
    inner = "".join(f"<li>{t}</li>" for t in items)
    return f"<h2>{heading}</h2><ul><li>{opener}<ul>{inner}</ul></li></ul>"


NESTED_ROWS = [
    ("Exemptions", "Sound engineers at these festivals:", ("Rock Werchter;", "Pukkelpop."),
     "exemption"),
    ("Voorwaarden", "de kinderen van de volgende werknemers:", ("onderzoekers;", "docenten."),
     "requirement"),
    ("Documents à joindre", "une preuve du lien de parenté pour l'enfant :",
     ("un acte de naissance ;", "un jugement d'adoption."), "document"),
    ("Befreiungen", "Dolmetscher bei diesen Konferenzen:", ("Gipfeltreffen;", "Messen."),
     "exemption"),
]


@pytest.mark.parametrize("heading,opener,items,kind", NESTED_ROWS)
def test_an_opener_naming_a_group_or_paper_is_a_row(heading, opener, items, kind):
    assert kind_of(_nested(heading, opener, items), opener.rstrip(" :")) == kind


NESTED_CAPTIONS = [
    ("Required documents", "General papers:", ("a passport copy;", "two photos.")),
    ("Vereiste documenten", "Als de werknemer in het buitenland woont:",
     ("een kopie van het paspoort;", "een medisch attest.")),
    ("Pièces à fournir", "Le travailleur joint :", ("une copie du passeport ;", "une photo.")),
    ("Unterlagen", "Ist der Arbeitnehmer schon in Belgien:",
     ("eine Kopie der Aufenthaltskarte;", "ein Lichtbild.")),
]


@pytest.mark.parametrize("heading,opener,items", NESTED_CAPTIONS)
def test_a_caption_or_case_opener_over_a_nested_list_is_no_row(heading, opener, items):
    html = _nested(heading, opener, items)
    assert kind_of(html, opener.rstrip(" :")) is None
    assert kind_of(html, items[0].rstrip(" ;")) == "document"  # its items stay papers


def test_an_item_that_states_before_its_lead_in_stays_a_row():
    html = _nested("Procedure", "Come in person, as your fingerprints are taken. Bring along:",
                   ("your passport;", "a photo."))
    assert kind_of(html, "fingerprints") is not None


# --- a sentence of its own on what counts towards a limit is a requirement; inside a
#     lead-in's brackets it stays part of the lead-in ---

COUNTS = [
    ("<h2>Short stays</h2><p>Previous assignments for the same client also count.</p>",
     "also count"),
    ("<h2>Kort verblijf</h2><p>U mag 90 dagen werken. (Voorgaande tewerkstellingen worden "
     "samengeteld.)</p>", "samengeteld"),
    ("<h2>Séjour court</h2><p>Les missions précédentes ne comptent pas.</p>", "ne comptent pas"),
    ("<h2>Kurzaufenthalt</h2><p>Vorherige Einsätze werden zusammengerechnet.</p>",
     "zusammengerechnet"),
    ("<h2>Séjour court</h2><p>Les jours de congé sont également comptés.</p>",
     "également comptés"),
]


@pytest.mark.parametrize("html,needle", COUNTS)
def test_what_counts_towards_a_limit_is_a_requirement(html, needle):
    assert kind_of(html, needle) == "requirement"


def test_counting_in_brackets_inside_a_lead_in_is_no_row():
    html = (
        "<h2>Long stays</h2><p>When the work lasts over 90 days (earlier assignments count "
        "towards it), send the documents below.</p><h2>Contact</h2>"
    )
    assert kind_of(html, "earlier assignments") is None


# --- "this obligation has exceptions" lifts it for some groups: an exemption ---

EXCEPTIONS = [
    ("<h2>Notification</h2><p>This duty knows a few exceptions.</p>", "few exceptions"),
    ("<h2>Melding</h2><p>Deze plicht kent enkele uitzonderingen.</p>", "kent enkele"),
    ("<h2>Déclaration</h2><p>Cette règle comporte plusieurs exceptions.</p>", "comporte"),
    ("<h2>Meldung</h2><p>Die Meldepflicht kennt einige Ausnahmen.</p>", "kennt einige"),
]


@pytest.mark.parametrize("html,needle", EXCEPTIONS)
def test_an_obligation_having_exceptions_is_an_exemption(html, needle):
    assert kind_of(html, needle) == "exemption"


# --- the routes a procedure does not cover, under no procedure heading: no row ---

ROUTES = [
    ("<h2>Scope</h2><p>The new scheme does not concern:</p><ul><li>seasonal workers;</li>"
     "<li>au pairs.</li></ul>", "seasonal workers"),
    ("<h2>Toepassingsgebied</h2><p>De nieuwe procedure heeft geen betrekking op:</p><ul>"
     "<li>seizoenarbeiders;</li><li>au pairs.</li></ul>", "seizoenarbeiders"),
    ("<h2>Champ d'application</h2><p>La procédure ne concerne pas :</p><ul>"
     "<li>les saisonniers ;</li><li>les jeunes au pair.</li></ul>", "saisonniers"),
    ("<h2>Anwendungsbereich</h2><p>Das Verfahren umfasst nicht:</p><ul>"
     "<li>Saisonarbeiter;</li><li>Au-pair-Kräfte.</li></ul>", "Saisonarbeiter"),
]


@pytest.mark.parametrize("html,needle", ROUTES)
def test_routes_a_procedure_does_not_cover_are_no_row(html, needle):
    assert kind_of(html, needle) is None
