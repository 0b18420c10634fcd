"""Rules after extraction round 9: how threshold lists name the executive, from when a list's
lead-in dates its values, and the time given to complete a file (our own sentences around
the real figures, in four languages)."""

import pytest

from tests.test_rules_assign import assigned, catalogue  # noqa: F401  (a fixture)


def rules_of(catalogue, html, lang="en", publisher="brussels", topic=None):  # noqa: F811
    return [r[2] for r in assigned(catalogue, html, publisher, lang, topic)]


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Highly qualified staff and directors</h2><ul>"
         "<li>director: 83.936 euros a year</li>"
         "<li>highly qualified worker: 50.310 euros a year</li></ul>", "en"),
        ("<h2>Hooggeschoolden en directeurs</h2><ul>"
         "<li>directeur: 83.936 euro per jaar</li>"
         "<li>hooggeschoolde werknemer: 50.310 euro per jaar</li></ul>", "nl"),
        ("<h2>Hautement qualifiés et directeurs</h2><ul>"
         "<li>directeur : 83.936 euros par an</li>"
         "<li>travailleur hautement qualifié : 50.310 euros par an</li></ul>", "fr"),
        ("<h2>Hochqualifizierte und Direktoren</h2><ul>"
         "<li>Direktor: 83.936 Euro im Jahr</li>"
         "<li>hochqualifizierte Arbeitnehmer: 50.310 Euro im Jahr</li></ul>", "de"),
    ],
)  # fmt: skip
def test_a_director_threshold_is_the_executive_floor(catalogue, html, lang):  # noqa: F811
    assert rules_of(catalogue, html, lang) == [
        "single_permit.executive.salary_min",
        "single_permit.highly_qualified.salary_min",
    ]


def test_the_open_ended_contract_floor_needs_its_contract_said(catalogue):  # noqa: F811
    """A high figure under a highly qualified heading is not the permanent-contract floor
    unless the page speaks of an open-ended contract."""
    plain = "<h2>Highly qualified staff</h2><p>The annual pay is at least EUR 95.000.</p>"
    assert rules_of(catalogue, plain, publisher="ostbelgien") == [None]
    said = (
        "<h2>Highly qualified staff</h2><p>On a permanent contract the annual pay is at least "
        "EUR 95.000.</p>"
    )
    assert rules_of(catalogue, said, publisher="ostbelgien") == [
        "single_permit.highly_qualified.salary_min_unlimited"
    ]
