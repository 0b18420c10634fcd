"""Round 16 of issue 12 (tune16c): amounts families written as classes, in four languages.

Each group states a family the way the GUIDE reads it, in en, nl, fr and de, with our own
sentences (never a page's), and asserts what a volunteer cares about: which rows are read, their
kind and their bound.
"""

from __future__ import annotations

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks


def read(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return sorted((a.kind, a.value, a.value_max, a.per, a.bound) for a in found)


def count(value: float, bound: str = "exact", per: str | None = None) -> tuple:
    return ("count", value, None, per, bound)


# -- the one-for-two count: what it counts and what only names it (GUIDE, round-15 audit) ----
# "in one" closing a clause that named two things is the count; a request is a thing counted in
# every language; a title's words and one thing for all regions are no count.

ONE_FOR_TWO = [
    ("en", "<p>Your residence and work permits come in one.</p>", [count(1)]),
    ("nl", "<p>Werkvergunning en verblijfsvergunning zitten nu in één.</p>", [count(1)]),
    ("fr", "<p>Le droit au séjour et le droit au travail réunis en un seul.</p>", [count(1)]),
    ("de", "<p>Arbeits- und Aufenthaltsrecht sind jetzt in einem.</p>", [count(1)]),
    ("en", "<p>The employer sends one single request for stay and work.</p>", [count(1)]),
    ("nl", "<p>De werkgever dient één enkel verzoek in voor verblijf en arbeid.</p>", [count(1)]),
    ("fr", "<p>L'employeur introduit une seule requête pour le séjour et le travail.</p>",
     [count(1)]),
    ("de", "<p>Der Arbeitgeber stellt ein einziges Gesuch für Aufenthalt und Arbeit.</p>",
     [count(1)]),
    # the title of a decree, a law or an agreement holding the words
    ("en", "<p>This follows the law on one single application for stay and work.</p>", []),
    ("nl", "<p>Dit volgt uit het decreet houdende één enkele aanvraag.</p>", []),
    ("fr", "<p>Cela découle de la loi portant sur une seule et même procédure.</p>", []),
    ("de", "<p>Das folgt aus dem Gesetz über ein einziges Antragsverfahren.</p>", []),
    # one thing for all regions
    ("en", "<p>One single procedure is used for all regions.</p>", []),
    ("nl", "<p>Eén procedure geldt in elk gewest.</p>", []),
    ("fr", "<p>Une seule procédure vaut dans chaque région.</p>", []),
    ("de", "<p>Ein einziges Verfahren gilt in jeder Region.</p>", []),
    # "in one" without two things named is no count
    ("en", "<p>Pay the whole fee in one.</p>", []),
    ("nl", "<p>Betaal het hele bedrag in één.</p>", []),
]


@pytest.mark.parametrize(
    "html,rows", [pytest.param(h, r, id=f"{lang}:{h[3:50]}") for lang, h, r in ONE_FOR_TWO]
)
def test_one_for_two_count_and_what_only_names_it(html, rows):
    assert read(html) == sorted(rows)
