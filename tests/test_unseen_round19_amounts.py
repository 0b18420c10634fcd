"""Round 19 (tune19c): the round-16 audit's amounts entries as a contract, four languages.

The sentences are ours, never a page's. Each case asserts every amount row the sentence holds
(kind, value, bound) and nothing else, as tests/test_guide_contract_amounts.py does.
"""

from __future__ import annotations

import pytest

from tests.test_guide_contract_amounts import Row, check, d

# "one or more" of a list on the page: `count` 1 `min`; of a thing named without a list: no amount.
ONE_OR_MORE = [
    ("en", "<p>Attach one or more of the papers below:</p><ul><li>a lease</li><li>a deed</li></ul>",
     [Row("count", 1, "min")]),
    ("nl", "<p>Voeg een of meer van de volgende stukken toe:</p><ul><li>een huurcontract</li>"
     "<li>een akte</li></ul>", [Row("count", 1, "min")]),
    ("fr", "<p>Joignez un ou plusieurs des justificatifs suivants :</p><ul><li>un bail</li>"
     "<li>un acte</li></ul>", [Row("count", 1, "min")]),
    ("de", "<p>Fügen Sie eines oder mehrere der folgenden Dokumente bei:</p><ul><li>Mietvertrag</li>"
     "<li>Urkunde</li></ul>", [Row("count", 1, "min")]),
    ("en", "<p>The card covers one or more trades.</p>", []),
    ("nl", "<p>De kaart geldt voor een of meer beroepen.</p>", []),
    ("fr", "<p>La carte vaut pour une ou plusieurs activités.</p>", []),
    ("de", "<p>Die Karte gilt für eine oder mehrere Tätigkeiten.</p>", []),
]

# "comes down to" one request: `count` 1 `exact`.
COMES_DOWN_TO = [
    ("en", "<p>Everything now comes down to a single form.</p>", [Row("count", 1)]),
    ("nl", "<p>Alles komt nu neer op één aanvraag.</p>", [Row("count", 1)]),
    ("fr", "<p>Tout se résume désormais à une seule demande.</p>", [Row("count", 1)]),
    ("de", "<p>Alles läuft jetzt auf einen einzigen Antrag hinaus.</p>", [Row("count", 1)]),
]

# a reported processing time: `exact` (or `range`), `max` only with a bound word.
REPORTED_TIME = [
    ("en", "<p>The new card is usually ready after about three weeks.</p>", [d(3, "weeks")]),
    ("nl", "<p>De kaart is doorgaans na ongeveer drie weken klaar.</p>", [d(3, "weeks")]),
    ("fr", "<p>Comptez environ trois semaines pour la nouvelle carte.</p>", [d(3, "weeks")]),
    ("de", "<p>Die Karte liegt nach etwa drei Wochen bereit.</p>", [d(3, "weeks")]),
    ("en", "<p>Sending the card can take up to three weeks.</p>", [d(3, "weeks", "max")]),
    ("en", "<p>Normal procedure (2 to 3 weeks).</p>", [d(2, "weeks", "range", value_max=3)]),
]

# a limit stated as a permission without a bound word: `max`; a period to complete first: `exact`.
PERMISSION_LIMIT = [
    ("en", "<p>The card can be renewed 6 months before it expires.</p>", [d(6, "months", "max")]),
    ("nl", "<p>Je mag de kaart 6 maanden vooraf verlengen.</p>", [d(6, "months", "max")]),
    ("fr", "<p>La carte peut être renouvelée 6 mois avant son échéance.</p>",
     [d(6, "months", "max")]),
    ("de", "<p>Die Karte kann 6 Monate vor Ablauf verlängert werden.</p>", [d(6, "months", "max")]),
    ("en", "<p>Holders may travel freely for three months.</p>", [d(3, "months", "max")]),
    ("nl", "<p>Houders mogen drie maanden vrij reizen.</p>", [d(3, "months", "max")]),
    ("fr", "<p>Les titulaires peuvent voyager librement pendant trois mois.</p>",
     [d(3, "months", "max")]),
    ("de", "<p>Inhaber dürfen drei Monate frei reisen.</p>", [d(3, "months", "max")]),
    ("en", "<p>After 18 months the holder may move to another member state.</p>",
     [d(18, "months")]),
    ("en", "<p>The card is renewed for 12 months each time.</p>", [d(12, "months")]),
]


def _params(name, cases):
    return [pytest.param(h, r, id=f"{name}-{lang}-{n}") for n, (lang, h, r) in enumerate(cases)]


@pytest.mark.parametrize("html,rows", _params("one_or_more", ONE_OR_MORE))
def test_one_or_more_counts_only_a_list(html, rows):
    check(html, rows)


@pytest.mark.parametrize("html,rows", _params("comes_down_to", COMES_DOWN_TO))
def test_comes_down_to_one_request_is_the_one_for_two_count(html, rows):
    check(html, rows)


@pytest.mark.parametrize("html,rows", _params("reported_time", REPORTED_TIME))
def test_a_reported_processing_time_is_exact_max_only_with_a_bound_word(html, rows):
    check(html, rows)


@pytest.mark.parametrize("html,rows", _params("permission_limit", PERMISSION_LIMIT))
def test_a_limit_stated_as_a_permission_is_max(html, rows):
    check(html, rows)
