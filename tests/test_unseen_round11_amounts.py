"""Amount families found on half A and the older pages of round 11 (issue 12, check part 9
released), each stated in the four languages in our own sentences, with the reading
tests/devset/GUIDE.md gives."""

from __future__ import annotations

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks


def read(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return sorted((a.kind, a.value, a.per, a.bound) for a in found if a.kind != "date")


def cases(*items):
    return [pytest.param(f"<p>{text}</p>", rows, id=text[:50]) for text, rows in items]


# A negation in one of two coordinated clauses, each with its own subject, turns no comparison
# in the other round: "have no fame and/or come for more than 90 days" is more than 90 days.
NEGATION_IN_THE_OTHER_CLAUSE = cases(
    (
        "Heb je geen internationale faam en/of kom je langer dan 90 dagen werken, dan vraag je "
        "een vergunning aan.",
        [("duration", 90, None, "min")],
    ),
    (
        "If you are not known abroad or if you work more than 90 days, you apply for a permit.",
        [("duration", 90, None, "min")],
    ),
    (
        "Vous n'êtes pas connu à l'étranger ou vous travaillez plus de 90 jours : demandez un "
        "permis.",
        [("duration", 90, None, "min")],
    ),
    (
        "Sind Sie nicht international bekannt oder arbeiten Sie mehr als 90 Tage, beantragen Sie "
        "eine Erlaubnis.",
        [("duration", 90, None, "min")],
    ),
    # one subject for both verbs: the negation holds for the comparison
    ("You may not stay or work more than 90 days.", [("duration", 90, None, "max")]),
    ("Hij mag niet meer dan 90 dagen blijven of werken.", [("duration", 90, None, "max")]),
)


@pytest.mark.parametrize("html,rows", NEGATION_IN_THE_OTHER_CLAUSE)
def test_a_negation_in_the_other_coordinated_clause_turns_nothing_round(html, rows):
    assert read(html) == sorted(rows)


# "boven een bepaald bedrag: 84.837 euro", "oberhalb eines bestimmten Betrags": "above" in
# every language, as English and French had it ("above", "supérieur à")
ABOVE_A_SET_AMOUNT = cases(
    (
        "Hij verdient een jaarloon dat boven een bepaald bedrag ligt: 84.837 euro in 2021.",
        [("money", 84837, "year", "min")],
    ),
    (
        "He earns an annual salary above a set amount: 84,837 euro in 2021.",
        [("money", 84837, "year", "min")],
    ),
    (
        "Il gagne un salaire annuel supérieur à un certain seuil : 84.837 euros en 2021.",
        [("money", 84837, "year", "min")],
    ),
    (
        "Er verdient ein Jahresgehalt oberhalb eines bestimmten Betrags: 84.837 Euro im Jahr 2021.",
        [("money", 84837, "year", "min")],
    ),
)


@pytest.mark.parametrize("html,rows", ABOVE_A_SET_AMOUNT)
def test_above_a_set_amount_is_min_in_every_language(html, rows):
    assert read(html) == sorted(rows)


# A change's new value after a threshold ("In 2022 gaat dat bedrag naar …", "this amount goes
# to", "ce montant passe à", "geht dieser Betrag auf") is exact, the label audit's restated
# value; the threshold before it keeps its bound.
NEW_VALUE_AFTER_A_CHANGE_VERB = cases(
    (
        "Trainers moeten in 2021 een jaarloon van minstens 42.418,50 euro verdienen. In 2022 "
        "gaat dat bedrag naar 43.104,50 euro.",
        [("money", 42418.5, "year", "min"), ("money", 43104.5, "year", "exact")],
    ),
    (
        "Trainers must earn at least EUR 42,418.50 a year in 2021. In 2022 this amount goes to "
        "EUR 43,104.50.",
        [("money", 42418.5, "year", "min"), ("money", 43104.5, "year", "exact")],
    ),
    (
        "Les entraîneurs doivent gagner au moins 42.418,50 euros par an en 2021. En 2022, ce "
        "montant passe à 43.104,50 euros.",
        [("money", 42418.5, "year", "min"), ("money", 43104.5, "year", "exact")],
    ),
    (
        "Trainer müssen 2021 mindestens 42.418,50 Euro im Jahr verdienen. 2022 geht dieser "
        "Betrag auf 43.104,50 Euro.",
        [("money", 42418.5, "year", "min"), ("money", 43104.5, "year", "exact")],
    ),
)


@pytest.mark.parametrize("html,rows", NEW_VALUE_AFTER_A_CHANGE_VERB)
def test_a_new_value_after_a_change_verb_is_exact(html, rows):
    assert read(html) == sorted(rows)


# "komt langer dan 90 dagen werken en verdient per jaar …": the rate after "and" and another
# verb is the next predicate's, not the period's
RATE_OF_THE_NEXT_PREDICATE = cases(
    (
        "De sporter komt langer dan 90 dagen in België werken en verdient per jaar meer dan "
        "88.320 €.",
        [("duration", 90, None, "min"), ("money", 88320, "year", "min")],
    ),
    (
        "The athlete works in Belgium for longer than 90 days and earns per year more than "
        "€ 88,320.",
        [("duration", 90, None, "min"), ("money", 88320, "year", "min")],
    ),
    (
        "Le sportif travaille plus de 90 jours en Belgique et gagne par an plus de 88.320 €.",
        [("duration", 90, None, "min"), ("money", 88320, "year", "min")],
    ),
    (
        "Der Sportler arbeitet länger als 90 Tage in Belgien und verdient pro Jahr mehr als "
        "88.320 €.",
        [("duration", 90, None, "min"), ("money", 88320, "year", "min")],
    ),
)


@pytest.mark.parametrize("html,rows", RATE_OF_THE_NEXT_PREDICATE)
def test_the_rate_of_the_next_predicate_is_not_the_periods(html, rows):
    assert read(html) == sorted(rows)


# "meer dan 88.320 € (6.873,15 x 12,85)": the computation in brackets right after a sum with
# its currency is a monthly part and its multiplier, money without its sign (GUIDE, devset-x),
# with no rate of its own
BARE_TERM_AFTER_A_SUM = cases(
    (
        "De sporter verdient per jaar meer dan 88.320 € (6.873,15 x 12,85).",
        [("money", 6873.15, None, "exact"), ("money", 88320, "year", "min")],
    ),
    (
        "The athlete earns more than EUR 88,320 a year (6,873.15 x 12.85).",
        [("money", 6873.15, None, "exact"), ("money", 88320, "year", "min")],
    ),
    (
        "Le sportif gagne plus de 88.320 euros par an (6.873,15 x 12,85).",
        [("money", 6873.15, None, "exact"), ("money", 88320, "year", "min")],
    ),
    (
        "Der Sportler verdient mehr als 88.320 Euro im Jahr (6.873,15 x 12,85).",
        [("money", 6873.15, None, "exact"), ("money", 88320, "year", "min")],
    ),
    ("Bring 2 photos (35 x 45 mm).", [("count", 2, None, "exact")]),
)


@pytest.mark.parametrize("html,rows", BARE_TERM_AFTER_A_SUM)
def test_a_bare_term_in_brackets_after_a_sum_is_money(html, rows):
    assert read(html) == sorted(rows)


def dates(html: str) -> list[str]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return sorted(a.date_value.isoformat() for a in found if a.kind == "date")


# A decree's own dates: the day it takes effect is a rule's date even with the decree's name
# before it; the place-and-day line it is signed on and the date opening its title are not
GAZETTE_DATES = [
    pytest.param(html, rows, id=html[3:50])
    for html, rows in (
        ("<p>Le présent arrêté produit ses effets à la date du 1er septembre 2009.</p>",
         ["2009-09-01"]),
        ("<p>Dit besluit heeft uitwerking met ingang van 1 september 2009.</p>", ["2009-09-01"]),
        ("<p>This order applies with effect from 1 September 2009.</p>", ["2009-09-01"]),
        ("<p>Dieser Erlass gilt mit Wirkung vom 1. September 2009.</p>", ["2009-09-01"]),
        ("<p>Vu l'arrêté du 1er septembre 2009.</p>", []),
        ("<p>Eupen, le 4 juin 2009.</p>", []),
        ("<p>Eupen, den 4. Juni 2009.</p>", []),
        ("<p>Brussel, op 4 juni 2009.</p>", []),
        ("<p>Brussels, on 4 June 2009.</p>", []),
        ("<h1>4 JUIN 2009. - Arrêté du Gouvernement désignant le service</h1>", []),
        ("<h1>4 JUNI 2009. - Besluit van de Regering tot aanwijzing van de dienst</h1>", []),
        ("<h1>4. JUNI 2009 - Erlass der Regierung zur Bestimmung des Dienstes</h1>", []),
        ("<h1>4 JUNE 2009. - Order of the Government designating the service</h1>", []),
        ("<p>Vanaf 4 juni 2009 - de nieuwe regels gelden.</p>", ["2009-06-04"]),
    )
]


@pytest.mark.parametrize("html,rows", GAZETTE_DATES)
def test_a_decrees_effect_date_counts_its_signing_line_and_title_date_do_not(html, rows):
    assert dates(html) == rows


# "niet beperkt tot negentig dagen": a negation lifts a limit, the period may run longer (min),
# as a negated "less than" reads; the limit alone stays max
LIMIT_LIFTED = cases(
    ("Deze arbeidskaarten zijn niet beperkt tot negentig dagen geldig.",
     [("duration", 90, None, "min")]),
    ("These cards are not limited to 90 days.", [("duration", 90, None, "min")]),
    ("Ces cartes ne sont pas limitées à 90 jours.", [("duration", 90, None, "min")]),
    ("Diese Karten sind nicht auf 90 Tage begrenzt.", [("duration", 90, None, "min")]),
    ("The stay is limited to 90 days.", [("duration", 90, None, "max")]),
    ("Der Aufenthalt ist auf 90 Tage begrenzt.", [("duration", 90, None, "max")]),
)


@pytest.mark.parametrize("html,rows", LIMIT_LIFTED)
def test_a_negated_limit_is_min(html, rows):
    assert read(html) == sorted(rows)


# "once more", "noch einmal": again, said of an act, no count (Dutch and French say it without
# a number word the extractor counts: "nog een keer", "une fois de plus")
ONCE_MORE = cases(
    ("The ministry must then legalize those signatures once more.", []),
    ("You must apply once again.", []),
    ("Das Ministerium muss die Unterschriften noch einmal beglaubigen.", []),
    ("Het ministerie moet die handtekeningen daarna nog een keer legaliseren.", []),
    ("Le ministère doit légaliser ces signatures une fois de plus.", []),
    ("The card can be renewed once.", [("count", 1, None, "max")]),
)


@pytest.mark.parametrize("html,rows", ONCE_MORE)
def test_once_more_is_no_count(html, rows):
    assert read(html) == sorted(rows)


# A time limit named by its noun after the verb that sets it ("geldt een termijn van 90
# dagen", "gilt eine Frist von"), or a compound of its noun ("beslissingstermijn"), is max;
# and a limit's new value after a verb of change stays a limit, while a qualifying period
# changed stays exact
DEADLINES_SET_AND_CHANGED = cases(
    (
        "Voor een Blauwe kaart geldt een termijn van 90 dagen, in plaats van de gebruikelijke "
        "120 dagen.",
        [("duration", 90, None, "max"), ("duration", 120, None, "max")],
    ),
    (
        "Für eine Blaue Karte gilt eine Frist von 90 Tagen statt der üblichen 120 Tage.",
        [("duration", 90, None, "max"), ("duration", 120, None, "max")],
    ),
    ("De beslissingstermijn bedraagt 60 dagen.", [("duration", 60, None, "max")]),
    ("De geldigheidstermijn bedraagt 1 jaar.", [("duration", 1, None, "exact")]),
    (
        "The authorities must decide within 90 days; this period is reduced to 60 days for a "
        "renewal.",
        [("duration", 60, None, "max"), ("duration", 90, None, "max")],
    ),
    (
        "The processing time is 60 days if the worker came during the five previous years, and "
        "it falls to 30 days for a renewal.",
        [("duration", 5, None, "exact"), ("duration", 30, None, "max"),
         ("duration", 60, None, "max")],
    ),
    (
        "De aanvraag wordt binnen 90 dagen beslist. Die termijn wordt ingekort tot 60 dagen.",
        [("duration", 60, None, "max"), ("duration", 90, None, "max")],
    ),
    (
        "L'autorité décide dans un délai de 90 jours ; ce délai est réduit à 60 jours.",
        [("duration", 60, None, "max"), ("duration", 90, None, "max")],
    ),
    (
        "Die Behörde entscheidet innerhalb von 90 Tagen; diese Frist wird auf 60 Tage verkürzt.",
        [("duration", 60, None, "max"), ("duration", 90, None, "max")],
    ),
    (
        "Leben die Kinder mit ihm in Belgien, verkürzt sich die Frist von vier Jahren auf drei "
        "Jahre.",
        [("duration", 3, None, "exact"), ("duration", 4, None, "exact")],
    ),
    (
        "The card is valid for 2 years; this period was reduced to 1 year.",
        [("duration", 1, None, "exact"), ("duration", 2, None, "exact")],
    ),
)


@pytest.mark.parametrize("html,rows", DEADLINES_SET_AND_CHANGED)
def test_a_deadline_set_by_its_noun_or_changed_stays_max(html, rows):
    assert read(html) == sorted(rows)


# From half B: "sans pouvoir dépasser trois ans", "without exceeding three years": "without"
# before the verb negates the comparison (at most); "without a permit" negates a noun only
WITHOUT_EXCEEDING = cases(
    ("L'autorisation couvre la durée du contrat, sans pouvoir dépasser trois ans.",
     [("duration", 3, None, "max")]),
    ("The authorisation covers the contract, without exceeding three years.",
     [("duration", 3, None, "max")]),
    ("Without a permit you may work more than 90 days.", [("duration", 90, None, "min")]),
    ("Sans permis, vous pouvez travailler plus de 90 jours.", [("duration", 90, None, "min")]),
)


@pytest.mark.parametrize("html,rows", WITHOUT_EXCEEDING)
def test_without_exceeding_is_max(html, rows):
    assert read(html) == sorted(rows)
