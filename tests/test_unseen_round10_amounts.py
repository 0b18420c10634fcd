"""Amount families found on half A and the older pages of round 10 (issue 12, check part 8
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


# A year right before a bound word is no value the bound could belong to: "vanaf 1 januari
# 2017 minimum € 40.124" is at least the sum (the earlier year's figure after it takes it too).
YEAR_THEN_BOUND = cases(
    (
        "Highly qualified workers must earn from 1 January 2017 minimum € 40,124 gross a year. "
        "In 2016 this was € 39,824.",
        [("money", 39824, "year", "min"), ("money", 40124, "year", "min")],
    ),
    (
        "Hooggeschoolden moeten vanaf 1 januari 2017 minimum € 40.124 bruto per jaar verdienen. "
        "In 2016 was dat € 39.824.",
        [("money", 39824, "year", "min"), ("money", 40124, "year", "min")],
    ),
    (
        "Les hautement qualifiés doivent gagner dès le 1er janvier 2017 minimum 40.124 € bruts "
        "par an. En 2016, c'était 39.824 € par an.",
        [("money", 39824, "year", "min"), ("money", 40124, "year", "min")],
    ),
    (
        "Hochqualifizierte müssen ab dem 1. Januar 2017 mindestens 40.124 € brutto pro Jahr "
        "verdienen. 2016 waren es 39.824 €.",
        [("money", 39824, "year", "min"), ("money", 40124, "year", "min")],
    ),
)


@pytest.mark.parametrize("html,rows", YEAR_THEN_BOUND)
def test_a_year_before_a_bound_word_leaves_it_to_the_sum(html, rows):
    assert read(html) == sorted(rows)


# The time given to act with the subject after the verb ("heb je", "krijg je"): a deadline.
GIVEN_TIME = cases(
    ("From then on you have 3 months to send all documents.", [("duration", 3, None, "max")]),
    (
        "Vanaf dan heb je 3 maanden de tijd om alle documenten te bezorgen.",
        [("duration", 3, None, "max")],
    ),
    ("Daarna krijg je 15 dagen om je dossier aan te vullen.", [("duration", 15, None, "max")]),
    (
        "À partir de là, vous avez 3 mois pour envoyer tous les documents.",
        [("duration", 3, None, "max")],
    ),
    (
        "Ab dann haben Sie 3 Monate Zeit, um alle Unterlagen zu schicken.",
        [("duration", 3, None, "max")],
    ),
)


@pytest.mark.parametrize("html,rows", GIVEN_TIME)
def test_time_given_to_act_with_the_subject_after_the_verb(html, rows):
    assert read(html) == rows


# A permission to ask for a thing valid so long: the validity is the thing's, exact; the
# permission's own limit ("the card may be valid for at most") stays max.
THING_VALID = cases(
    (
        "You may then ask the municipality for an A card valid for one year.",
        [("duration", 1, None, "exact")],
    ),
    (
        "Je mag dan bij de gemeente een A-kaart aanvragen die één jaar geldig is.",
        [("duration", 1, None, "exact")],
    ),
    (
        "Vous pouvez alors demander à la commune une carte A valable un an.",
        [("duration", 1, None, "exact")],
    ),
    (
        "Sie können dann bei der Gemeinde eine A-Karte beantragen, gültig für ein Jahr.",
        [("duration", 1, None, "exact")],
    ),
    ("The card may be valid for 1 year.", [("duration", 1, None, "max")]),
    ("Le permis peut être valable 1 an.", [("duration", 1, None, "max")]),
    ("U mag 90 dagen blijven.", [("duration", 90, None, "max")]),
)


@pytest.mark.parametrize("html,rows", THING_VALID)
def test_validity_of_the_thing_asked_for_is_exact(html, rows):
    assert read(html) == rows


# An age named by its noun, with a bare number ("the minimum age is 18", "das Mindestalter
# liegt bei 18"), or said of the reader without a unit ("if you are over 18"): a person's
# age, its bound from the noun or the comparison.
AGE_NOUNS = cases(
    ("The minimum age is 18.", [("age", 18, None, "min")]),
    ("De minimumleeftijd is 18.", [("age", 18, None, "min")]),
    ("L'âge minimum est 18.", [("age", 18, None, "min")]),
    ("Ist ein Partner jünger, dann liegt das Mindestalter bei 18.", [("age", 18, None, "min")]),
    ("Dann beträgt das Mindestalter 18.", [("age", 18, None, "min")]),
    ("The maximum age is 30.", [("age", 30, None, "max")]),
    ("De maximumleeftijd is 30.", [("age", 30, None, "max")]),
    ("L'âge maximum est de 30 ans.", [("age", 30, None, "max")]),
    ("Das Höchstalter liegt bei 30.", [("age", 30, None, "max")]),
    ("A criminal record extract if you are over 18.", [("age", 18, None, "min")]),
    ("Een uittreksel uit het strafregister als je ouder bent dan 18.", [("age", 18, None, "min")]),
    ("Un extrait de casier judiciaire si vous avez plus de 18 ans.", [("age", 18, None, "min")]),
    ("Ein Strafregisterauszug, wenn Sie älter als 18 sind.", [("age", 18, None, "min")]),
    ("There are over 18 applicants.", []),
    ("The salary is over 18.", []),
)


@pytest.mark.parametrize("html,rows", AGE_NOUNS)
def test_age_named_by_its_noun_or_said_of_the_reader(html, rows):
    assert read(html) == rows


# A comparison sign before a period bounds it as it does an age: "(< 90 jours)" at most.
SIGNED_PERIODS = cases(
    (
        "A visa for a short stay (< 90 days) or a long stay (> 90 days).",
        [("duration", 90, None, "max"), ("duration", 90, None, "min")],
    ),
    (
        "Een visum voor kort verblijf (< 90 dagen) of lang verblijf (> 90 dagen).",
        [("duration", 90, None, "max"), ("duration", 90, None, "min")],
    ),
    (
        "Un visa pour un court séjour (&lt;90 jours) ou un long séjour (≥ 90 jours).",
        [("duration", 90, None, "max"), ("duration", 90, None, "min")],
    ),
    (
        "Ein Visum für einen kurzen Aufenthalt (< 90 Tage) oder einen langen (> 90 Tage).",
        [("duration", 90, None, "max"), ("duration", 90, None, "min")],
    ),
    ("The +3 months rule.", [("duration", 3, None, "exact")]),
)


@pytest.mark.parametrize("html,rows", SIGNED_PERIODS)
def test_comparison_sign_bounds_a_period(html, rows):
    assert read(html) == sorted(rows)


# Nationalities are counted like countries.
NATIONALITIES = cases(
    ("Students of more than 180 nationalities live here.", [("count", 180, None, "min")]),
    ("Er wonen mensen van meer dan 180 nationaliteiten.", [("count", 180, None, "min")]),
    ("Des personnes de plus de 180 nationalités différentes.", [("count", 180, None, "min")]),
    ("Menschen aus mehr als 180 Nationalitäten leben hier.", [("count", 180, None, "min")]),
)


@pytest.mark.parametrize("html,rows", NATIONALITIES)
def test_nationalities_are_counted(html, rows):
    assert read(html) == rows


# "kan een keer verlengd worden": how many renewals a permission allows is a count, max since
# the label audit; "one" there is a number, not an article ("une fois le dossier complet" is a
# conjunction).
RENEWALS = cases(
    (
        "The period of 4 years can be extended once.",
        [("count", 1, None, "max"), ("duration", 4, None, "exact")],
    ),
    (
        "De termijn van 4 jaar kan een keer verlengd worden.",
        [("count", 1, None, "max"), ("duration", 4, None, "exact")],
    ),
    (
        "Le délai de 4 ans peut être prolongé une fois.",
        [("count", 1, None, "max"), ("duration", 4, None, "exact")],
    ),
    (
        "Die Frist von 4 Jahren kann einmal verlängert werden.",
        [("count", 1, None, "max"), ("duration", 4, None, "exact")],
    ),
    ("Une fois le dossier complet, vous pouvez le renouveler.", []),
    ("Een keer per jaar wordt de lijst herzien.", []),
)


@pytest.mark.parametrize("html,rows", RENEWALS)
def test_renewals_a_permission_allows_are_counted(html, rows):
    assert read(html) == sorted(rows)


# A sentence naming a higher threshold points back to the sum before it: its rate is that
# sum's ("minimum € 40.124 bruto per jaar … boven een hoger minimumbedrag, € 66.942").
HIGHER_THRESHOLD = cases(
    (
        "Highly qualified workers must earn at least € 40,124 gross a year. Those above a "
        "higher threshold, € 66,942, can renew the card without limit.",
        [("money", 40124, "year", "min"), ("money", 66942, "year", "min")],
    ),
    (
        "Hooggeschoolden moeten minimum € 40.124 bruto per jaar verdienen. Wie boven een hoger "
        "minimumbedrag uitkomt, € 66.942, kan de kaart onbeperkt verlengen.",
        [("money", 40124, "year", "min"), ("money", 66942, "year", "min")],
    ),
    (
        "Les hautement qualifiés doivent gagner au moins 40.124 € bruts par an. Au-delà d'un "
        "seuil plus élevé, 66.942 €, la carte est renouvelable sans limite.",
        [("money", 40124, "year", "min"), ("money", 66942, "year", "min")],
    ),
    (
        "Hochqualifizierte müssen mindestens 40.124 € brutto pro Jahr verdienen. Wer einen "
        "höheren Mindestbetrag erreicht, 66.942 €, kann die Karte unbegrenzt verlängern.",
        [("money", 40124, "year", "min"), ("money", 66942, "year", "min")],
    ),
)


@pytest.mark.parametrize("html,rows", HIGHER_THRESHOLD)
def test_a_higher_threshold_takes_the_rate_of_the_sum_before(html, rows):
    assert read(html) == sorted(rows)


# -- from half B (read after the half-A work, fixed last) -------------------------------------


def kinds(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return sorted((a.kind, a.value, a.bound) for a in found)


# A period after an age it cannot be the other end of is a period: "älter als 18 Jahre … und
# mindestens ein Jahr zusammengelebt" (nobody older than 18 is younger than 1).
PERIOD_AFTER_AGE = cases(
    (
        "Both partners must be older than 18 years and have lived together for at least two "
        "years.",
        [("age", 18, "min"), ("duration", 2, "min")],
    ),
    (
        "Beide partners moeten ouder zijn dan 18 jaar en minstens één jaar samengewoond hebben.",
        [("age", 18, "min"), ("duration", 1, "min")],
    ),
    (
        "Les deux partenaires doivent avoir plus de 18 ans et avoir cohabité pendant au moins "
        "un an.",
        [("age", 18, "min"), ("duration", 1, "min")],
    ),
    (
        "Beide Partner müssen älter als 21 Jahre sein und sich seit mindestens 2 Jahren kennen.",
        [("age", 21, "min"), ("duration", 2, "min")],
    ),
    (
        "Le jeune est âgé d'au moins 18 ans et de moins de 26 ans.",
        [("age", 18, "min"), ("age", 26, "max")],
    ),
)


@pytest.mark.parametrize("html,rows", PERIOD_AFTER_AGE)
def test_period_after_an_age_it_cannot_end_is_a_period(html, rows):
    assert kinds(html) == sorted(rows)


# "and older than 18", "en ouder dan 18", "et plus de 6": a bound word after a value that
# opens a comparison is the next value's, not "18 years and older".
NEXT_COMPARISON = cases(
    (
        "The au pair is younger than 26 years and older than 18 years.",
        [("age", 18, "min"), ("age", 26, "max")],
    ),
    (
        "De au pair is jonger dan 26 jaar en ouder dan 18 jaar.",
        [("age", 18, "min"), ("age", 26, "max")],
    ),
    ("L'enfant a moins de 12 ans et plus de 6 ans.", [("age", 6, "min"), ("age", 12, "max")]),
    (
        "Das Kind ist jünger als 12 Jahre und älter als 6 Jahre.",
        [("age", 6, "min"), ("age", 12, "max")],
    ),
    ("Kinderen van 12 jaar en ouder.", [("age", 12, "min")]),
    ("Les enfants de 12 ans et plus.", [("age", 12, "min")]),
)


@pytest.mark.parametrize("html,rows", NEXT_COMPARISON)
def test_bound_word_opening_the_next_comparison_is_the_next_values(html, rows):
    assert kinds(html) == sorted(rows)


# "not either if it lasts longer than 90 days": a concession turns no comparison round.
CONCESSION = cases(
    (
        "Een gecombineerde vergunning kan de werkgever er niet voor aanvragen, ook niet als de "
        "stage langer dan 90 dagen duurt.",
        [("duration", 90, "min")],
    ),
    (
        "The employer cannot apply for it, not either if the traineeship lasts longer than 90 "
        "days.",
        [("duration", 90, "min")],
    ),
    (
        "L'employeur ne peut pas le demander, pas non plus si le stage dure plus de 90 jours.",
        [("duration", 90, "min")],
    ),
    (
        "Der Arbeitgeber kann sie nicht beantragen, auch nicht, wenn das Praktikum länger als 90 "
        "Tage dauert.",
        [("duration", 90, "min")],
    ),
)


@pytest.mark.parametrize("html,rows", CONCESSION)
def test_concession_turns_no_comparison_round(html, rows):
    assert kinds(html) == rows


# The bound after what a period is of ("90 jours de prestations au maximum"), and a sign
# before a stay ("(verblijf - 3 maanden)", "séjour de + 3 mois").
BOUND_PAST_NOUN = cases(
    (
        "Le travailleur pourra travailler pendant 90 jours de prestations au maximum.",
        [("duration", 90, "max")],
    ),
    ("The worker can work 90 days of work at most.", [("duration", 90, "max")]),
    ("De werknemer heeft 3 jaar van ervaring minstens.", [("duration", 3, "min")]),
    ("Der Arbeitnehmer braucht 3 Jahre an Erfahrung mindestens.", [("duration", 3, "min")]),
    ("He worked 5 years of which at most 2 abroad.", [("duration", 5, "exact")]),
    ("De aankomstverklaring (verblijf - 3 maanden).", [("duration", 3, "max")]),
    ("Séjour de + 3 mois : inscription au registre.", [("duration", 3, "min")]),
    ("Declaration of arrival (stay - 3 months).", [("duration", 3, "max")]),
    ("Anmeldung (Aufenthalt + 3 Monate).", [("duration", 3, "min")]),
)


@pytest.mark.parametrize("html,rows", BOUND_PAST_NOUN)
def test_bound_after_what_a_period_is_of_and_a_signed_stay(html, rows):
    assert kinds(html) == rows


# Papers and credits counted with adjectives parted by commas; an article number counts
# nothing; an update stamp with a colon is the page's, no rule's date.
COUNTS_AND_STAMPS = cases(
    ("Two recent, identical colour photos.", [("count", 2, "exact")]),
    ("Twee recente, identieke kleurenfoto's.", [("count", 2, "exact")]),
    ("Deux photos récentes, identiques, en couleur.", [("count", 2, "exact")]),
    ("Zwei aktuelle, identische Farbfotos.", [("count", 2, "exact")]),
    ("Hand in the originals together with two photocopies.", [("count", 2, "exact")]),
    ("Sie müssen mindestens 54 Kreditpunkte erworben haben.", [("count", 54, "min")]),
    ("U moet minstens 54 studiepunten behalen.", [("count", 54, "min")]),
    ("Vous devez avoir au moins 54 crédits.", [("count", 54, "min")]),
    ("Artikel 24 omschrijft wie als au pair jongere geldt.", []),
    ("Mis à jour : 24 juin 2022", []),
    ("Updated: 24 June 2022", []),
    ("Bijgewerkt: 24 juni 2022", []),
    ("Aktualisiert: 24. Juni 2022", []),
    ("The rules were changed on 12/06/2017.", [("date", None, "exact")]),
)


@pytest.mark.parametrize("html,rows", COUNTS_AND_STAMPS)
def test_counted_papers_article_numbers_and_update_stamps(html, rows):
    assert kinds(html) == rows


# -- from the older pages ---------------------------------------------------------------------

# Models and bank accounts are counted ("Er bestaan 9 verschillende modellen", "two different
# bank accounts"); a PDF document in one word too ("als één pdf-document").
MORE_COUNT_NOUNS = cases(
    ("There are 9 different models of card.", [("count", 9, "exact")]),
    ("Er bestaan 9 verschillende modellen.", [("count", 9, "exact")]),
    ("Il existe 9 modèles différents.", [("count", 9, "exact")]),
    ("Es gibt 9 verschiedene Modelle.", [("count", 9, "exact")]),
    ("Pay into two different bank accounts.", [("count", 2, "exact")]),
    ("Betaal op twee verschillende bankrekeningen.", [("count", 2, "exact")]),
    ("Payez sur deux comptes bancaires différents.", [("count", 2, "exact")]),
    ("Zahlen Sie auf zwei verschiedene Bankkonten.", [("count", 2, "exact")]),
    ("Stuur alles als één pdf-document per e-mail.", [("count", 1, "exact")]),
)


@pytest.mark.parametrize("html,rows", MORE_COUNT_NOUNS)
def test_models_bank_accounts_and_pdf_documents_are_counted(html, rows):
    assert kinds(html) == rows


# What one is given, limited by "only", with its length right after the thing: "will only
# receive a 120 days visa", "ne reçoit qu'un visa de 120 jours" (GUIDE: a limit with "only").
ONLY_GETS = cases(
    ("With an admission letter you will only receive a 120 days visa.", [("duration", 120, "max")]),
    (
        "Met een toelatingsbrief krijgt u slechts een visum van 120 dagen.",
        [("duration", 120, "max")],
    ),
    (
        "Avec une lettre d'admission, vous ne recevez qu'un visa de 120 jours.",
        [("duration", 120, "max")],
    ),
    (
        "Mit einem Zulassungsschreiben erhalten Sie nur ein Visum von 120 Tagen.",
        [("duration", 120, "max")],
    ),
    ("With a registration you receive a 365 days visa.", [("duration", 365, "exact")]),
    ("You only get a reply after 3 weeks.", [("duration", 3, "exact")]),
)


@pytest.mark.parametrize("html,rows", ONLY_GETS)
def test_only_what_one_receives_is_a_limit(html, rows):
    assert kinds(html) == rows
