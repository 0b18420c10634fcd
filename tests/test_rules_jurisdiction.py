"""Whose rule a value states when one sentence gives several regions' figures (our own
sentences around the real figures)."""

import pytest

from tests.test_rules_assign import assigned, catalogue  # noqa: F401  (a fixture)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Highly qualified workers earn at least EUR 48.912 in Flanders, EUR 58.000 in "
         "Brussels and EUR 45.000 in Wallonia.", "en"),
        ("En Flandre, un travailleur hautement qualifié gagne au moins 48.912 €, à Bruxelles "
         "58.000 € et en Wallonie 45.000 €.", "fr"),
        ("Hooggeschoolden verdienen in Vlaanderen minstens € 48.912, in Brussel € 58.000 en "
         "in Wallonië € 45.000.", "nl"),
        ("Hochqualifizierte verdienen in Flandern mindestens 48.912 EUR, in Brüssel 58.000 EUR "
         "und in der Wallonie 45.000 EUR.", "de"),
    ],
)  # fmt: skip
def test_each_figure_is_the_region_named_in_its_own_clause(catalogue, text, lang):  # noqa: F811
    rows = assigned(catalogue, f"<p>{text}</p>", lang=lang, topic="highly-qualified")
    assert [(r[1], r[3]) for r in rows] == [
        (48912.0, "flanders"),
        (58000.0, "brussels"),
        (45000.0, "wallonia"),
    ]


def test_two_regions_named_for_one_figure_leave_it_to_the_heading_or_publisher(catalogue):  # noqa: F811
    rows = assigned(
        catalogue,
        "<p>In Brussels and Wallonia highly qualified workers earn at least EUR 50.000, in "
        "Flanders EUR 48.912.</p>",
        topic="highly-qualified",
    )
    assert [(r[1], r[3]) for r in rows] == [(50000.0, "federal"), (48912.0, "flanders")]
