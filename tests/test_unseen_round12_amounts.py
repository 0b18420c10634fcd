"""Amount families left after round 11 (issue 12, tuning round 12), each stated in the four
languages in our own sentences, with the reading tests/devset/GUIDE.md gives."""

from __future__ import annotations

import pytest

from tests.test_unseen_round11_amounts import cases, read

# "Without exceeding" a value is a ceiling, max: French and English say it before the value
# (round 11), Dutch and German with the infinitive after it ("zonder drie jaar te
# overschrijden", "ohne drei Jahre zu überschreiten"), also negated ("nicht zu überschreiten").
WITHOUT_EXCEEDING = cases(
    (
        "De toelating geldt voor de duur van de opdracht, zonder drie jaar te overschrijden.",
        [("duration", 3, None, "max")],
    ),
    (
        "Die Erlaubnis gilt für die Dauer des Auftrags, ohne drei Jahre zu überschreiten.",
        [("duration", 3, None, "max")],
    ),
    (
        "Um die Frist von 90 Tagen nicht zu überschreiten, stellen Sie den Antrag früh.",
        [("duration", 90, None, "max")],
    ),
    (
        "L'autorisation vaut pour la durée de la mission, sans pouvoir dépasser trois ans.",
        [("duration", 3, None, "max")],
    ),
    (
        "The authorisation lasts as long as the assignment, without exceeding three years.",
        [("duration", 3, None, "max")],
    ),
)


@pytest.mark.parametrize(("html", "rows"), WITHOUT_EXCEEDING)
def test_without_exceeding_a_value_is_its_ceiling(html, rows):
    assert read(html) == rows


# What a figure "can rise to" is its ceiling, max: "kan oplopen tot" with the verb before
# "tot" as "tot … kan oplopen" was, "peut aller jusqu'à", "kann bis zu … betragen", "can go up
# to". A rise told as a fact ("het bedrag loopt op tot") is no bound of its own.
MAY_RISE_TO = cases(
    ("De behandeling van het dossier kan oplopen tot 6 weken.", [("duration", 6, None, "max")]),
    ("De kosten kunnen in dat geval oplopen tot 350 euro.", [("money", 350, None, "max")]),
    ("Le traitement du dossier peut aller jusqu'à 6 semaines.", [("duration", 6, None, "max")]),
    ("Die Bearbeitung kann bis zu 6 Wochen betragen.", [("duration", 6, None, "max")]),
    ("Processing of the file can go up to 6 weeks.", [("duration", 6, None, "max")]),
)


@pytest.mark.parametrize(("html", "rows"), MAY_RISE_TO)
def test_what_a_figure_may_rise_to_is_its_ceiling(html, rows):
    assert read(html) == rows


def test_a_rise_told_as_a_fact_is_not_read_as_may_rise():
    from parsers.amounts import _MAY_RISE_TO

    assert _MAY_RISE_TO.search("De kosten kunnen in dat geval oplopen tot ")
    assert not _MAY_RISE_TO.search("In 2024 loopt het bedrag op tot ")
    assert not _MAY_RISE_TO.search("Het bedrag is opgelopen tot ")
