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
    ("de", "<p>Fügen Sie eines oder mehrere der folgenden Dokumente bei:</p>"
     "<ul><li>Mietvertrag</li><li>Urkunde</li></ul>", [Row("count", 1, "min")]),
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


# pictures and activities counted, with words of the noun between (round 19, half A: a count
# of a thing the lexicon lacked; the forms of the four languages from language knowledge)
COUNTED_THINGS = [
    ("en", "<ul><li>2 recent passport pictures</li></ul>", [Row("count", 2)]),
    ("nl", "<p>De kaart geldt voor 12 gereglementeerde activiteiten.</p>", [Row("count", 12)]),
    ("fr", "<p>La carte vaut pour 12 activités réglementées.</p>", [Row("count", 12)]),
    ("de", "<p>Die Karte gilt für 12 reglementierte Tätigkeiten.</p>", [Row("count", 12)]),
    ("en", "<p>The card covers 12 regulated activities.</p>", [Row("count", 12)]),
    ("de", "<p>Bringen Sie 2 aktuelle Bilder mit.</p>", [Row("count", 2)]),
    ("nl", "<p>Breng 2 recente afbeeldingen mee.</p>", [Row("count", 2)]),
    ("en", "<p>The card covers one or more regulated activities.</p>", []),
]


@pytest.mark.parametrize("html,rows", _params("counted_things", COUNTED_THINGS))
def test_pictures_and_activities_are_counted(html, rows):
    check(html, rows)


# a colon inside an aside in brackets opens the aside's details, not the counted things: the
# count stays a row (round 19, half A: structure, the bracket; examples ours)
ASIDE_COLON = [
    ("nl", "<ul><li>Twee pasfoto's met een lichte achtergrond (formaat: 4,5 cm hoog en 3,5 cm "
     "breed)</li></ul>", [Row("count", 2)]),
    ("en", "<ul><li>Two passport photos on a light background (size: 45 mm high and 35 mm "
     "wide)</li></ul>", [Row("count", 2)]),
    ("fr", "<ul><li>Deux photos d'identité sur fond clair (format : 45 mm de haut et 35 mm de "
     "large)</li></ul>", [Row("count", 2)]),
    ("de", "<ul><li>Zwei Passbilder mit hellem Hintergrund (Format: 45 mm hoch und 35 mm "
     "breit)</li></ul>", [Row("count", 2)]),
    # the count of its own enumeration, outside brackets, stays no row
    ("de", "<p>Das gilt in zwei Fällen: bei Studenten und bei Forschern.</p>", []),
]


@pytest.mark.parametrize("html,rows", _params("aside_colon", ASIDE_COLON))
def test_a_colon_inside_brackets_is_no_enumeration_of_the_count(html, rows):
    check(html, rows)


# a number joined to a name by a hyphen is the name's, no count of a noun after it
HYPHEN_NAME = [
    ("fr", "<p>Demandez la déclaration Limosa-1 avant que les activités commencent.</p>", []),
    ("en", "<p>File the Limosa-1 before the activities start.</p>", []),
    ("nl", "<p>Vraag het Limosa-1 aan voor de activiteiten starten.</p>", []),
    ("de", "<p>Beantragen Sie die Limosa-1 bevor die Tätigkeiten beginnen.</p>", []),
    ("en", "<p>Bring 2 photos.</p>", [Row("count", 2)]),
]

# a count said once with its noun and "for whom", then again with the noun left out: one row
# a statement (structure: comma or "and", a bare number, the same "for" word)
ELIDED = [
    ("en", "<ul><li>2 passport photos for Hasselt, 2 for Genk, 3 for Diepenbeek</li></ul>",
     [Row("count", 2), Row("count", 2), Row("count", 3)]),
    ("nl", "<p>Breng 2 pasfoto's voor Gent en 3 voor Brugge.</p>",
     [Row("count", 2), Row("count", 3)]),
    ("fr", "<p>Apportez 2 photos pour Liège et 3 pour Namur.</p>",
     [Row("count", 2), Row("count", 3)]),
    ("de", "<p>Bringen Sie 2 Passbilder für Eupen, 3 für Kelmis mit.</p>",
     [Row("count", 2), Row("count", 3)]),
    # another unit after the number is its own amount, no elided count
    ("en", "<p>Bring 2 photos for the card, 50 euros for the fee.</p>",
     [Row("count", 2), Row("money", 50)]),
]


@pytest.mark.parametrize("html,rows", _params("hyphen_name", HYPHEN_NAME))
def test_a_number_hyphened_to_a_name_counts_nothing(html, rows):
    check(html, rows)


@pytest.mark.parametrize("html,rows", _params("elided", ELIDED))
def test_a_count_repeated_with_its_noun_left_out_is_a_row_each(html, rows):
    check(html, rows)


# "later than N after" is the least time that has passed: min; "no/not later than" is max
LATER_THAN = [
    ("en", "<p>Whoever applies later than 6 months after arrival follows other rules.</p>",
     [d(6, "months", "min")]),
    ("nl", "<p>Wie later dan 6 maanden na de aankomst aanvraagt, volgt andere regels.</p>",
     [d(6, "months", "min")]),
    ("fr", "<p>Qui introduit la demande plus tard que 6 mois après l'arrivée suit d'autres "
     "règles.</p>", [d(6, "months", "min")]),
    ("de", "<p>Wer später als 6 Monate nach der Ankunft beantragt, folgt anderen Regeln.</p>",
     [d(6, "months", "min")]),
    ("en", "<p>Apply no later than 6 months after arrival.</p>", [d(6, "months", "max")]),
    ("nl", "<p>Dien de aanvraag niet later dan 6 maanden na aankomst in.</p>",
     [d(6, "months", "max")]),
    ("fr", "<p>Introduisez la demande au plus tard 6 mois après l'arrivée.</p>",
     [d(6, "months", "max")]),
    ("de", "<p>Stellen Sie den Antrag nicht später als 6 Monate nach der Ankunft.</p>",
     [d(6, "months", "max")]),
]


@pytest.mark.parametrize("html,rows", _params("later_than", LATER_THAN))
def test_later_than_is_min_and_no_later_than_is_max(html, rows):
    check(html, rows)


# half B (after its aggregate was read): a count given as "N pieces" after the thing, and one
# file counted (a singular after 1)
PIECES = [
    ("nl", "<ul><li>Recente kleurenfoto's (3 stuks)</li></ul>", [Row("count", 3)]),
    ("en", "<ul><li>Recent colour photos (3 pieces)</li></ul>", [Row("count", 3)]),
    ("fr", "<ul><li>Photos couleur récentes (3 pièces)</li></ul>", [Row("count", 3)]),
    ("de", "<ul><li>Aktuelle Farbfotos (3 Stück)</li></ul>", [Row("count", 3)]),
    ("fr", "<ul><li>1 dossier avec les pièces originales</li></ul>", [Row("count", 1)]),
    ("en", "<ul><li>1 dossier with the original papers</li></ul>", [Row("count", 1)]),
    ("nl", "<ul><li>1 dossier met de originele stukken</li></ul>", [Row("count", 1)]),
    ("de", "<ul><li>1 Dossier mit den Originalen</li></ul>", [Row("count", 1)]),
]


@pytest.mark.parametrize("html,rows", _params("pieces", PIECES))
def test_pieces_after_the_thing_and_one_file_are_counts(html, rows):
    check(html, rows)
