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


def duration(value: float, unit: str, bound: str = "exact") -> tuple:
    return ("duration", value, None, None, bound)


# -- a length changed "to" a value names the new length, even after a modal -------------------
# "may be reduced to two years": the modal allows the change and limits nothing; the verb of
# change before "to" (or, in German and Dutch, after the value) marks it. A bound word keeps
# its bound ("may be extended up to two years" is at most).

CHANGED_TO = [
    ("en", "<p>In some cases the period may be shortened to two or three years.</p>",
     [duration(2, "years"), duration(3, "years")]),
    ("nl", "<p>Die wachttijd mag worden teruggebracht tot twee jaar.</p>", [duration(2, "years")]),
    ("fr", "<p>Cette durée peut être ramenée à deux ou trois ans.</p>",
     [duration(2, "years"), duration(3, "years")]),
    ("de", "<p>Diese Wartezeit darf auf zwei oder drei Jahre verkürzt werden.</p>",
     [duration(2, "years"), duration(3, "years")]),
    ("en", "<p>The stay may be extended up to two years.</p>", [duration(2, "years", "max")]),
    ("fr", "<p>Le séjour peut être prolongé de maximum deux ans.</p>",
     [duration(2, "years", "max")]),
    ("en", "<p>You may stay 90 days.</p>", [duration(90, "days", "max")]),
    ("de", "<p>Sie dürfen 90 Tage bleiben.</p>", [duration(90, "days", "max")]),
]


@pytest.mark.parametrize(
    "html,rows", [pytest.param(h, r, id=f"{lang}:{h[3:50]}") for lang, h, r in CHANGED_TO]
)
def test_a_length_changed_to_a_value_is_exact_after_a_modal(html, rows):
    assert read(html) == sorted(rows)


def hours(value: float, bound: str = "exact", per: str | None = None) -> tuple:
    return ("hours", value, None, per, bound)


# -- a limit named by its noun is at most: before the value ("the limitation of"), or right
# after the value and its unit ("the 20-hour limit", "die 90-Tage-Grenze") --------------------

LIMIT_NOUN = [
    ("en", "<p>During the holidays the limitation of 20 hours is lifted.</p>", [hours(20, "max")]),
    ("en", "<p>The 20-hour limit is lifted during the holidays.</p>", [hours(20, "max")]),
    ("nl", "<p>Tijdens de vakantie vervalt de bovengrens van 20 uur.</p>", [hours(20, "max")]),
    ("fr", "<p>Pendant les vacances, la limitation de 20 heures est levée.</p>",
     [hours(20, "max")]),
    ("fr", "<p>Le travail est plafonné à 20 heures par semaine.</p>", [hours(20, "max", "week")]),
    ("de", "<p>In den Ferien entfällt die Begrenzung von 20 Stunden.</p>", [hours(20, "max")]),
    ("de", "<p>Die 90-Tage-Grenze gilt auch hier.</p>", [duration(90, "days", "max")]),
    ("en", "<p>The 90-day limit also applies here.</p>", [duration(90, "days", "max")]),
    ("fr", "<p>La limite des 90 jours vaut aussi ici.</p>", [duration(90, "days", "max")]),
    ("en", "<p>The restriction of student work to 20 hours is lifted.</p>", [hours(20, "max")]),
    ("nl", "<p>De beperking van studentenarbeid tot 20 uur vervalt.</p>", [hours(20, "max")]),
    ("fr", "<p>La limitation du travail étudiant à 20 heures est levée.</p>", [hours(20, "max")]),
    ("de", "<p>Die Begrenzung der Arbeit auf 20 Stunden entfällt.</p>", [hours(20, "max")]),
    # a threshold is no limit noun: its bound comes from its own words
    ("en", "<p>The salary threshold of EUR 50,000 applies.</p>",
     [("money", 50000.0, None, None, "exact")]),
]


@pytest.mark.parametrize(
    "html,rows", [pytest.param(h, r, id=f"{lang}:{h[3:50]}") for lang, h, r in LIMIT_NOUN]
)
def test_a_limit_named_by_its_noun_is_max(html, rows):
    assert read(html) == sorted(rows)


def date_row() -> tuple:
    return ("date", None, None, None, "exact")


# -- the day a law was amended, said in its name, is no date (GUIDE: dates in the names of
# laws, and the day a text was signed or published, are never amounts) ------------------------

AMENDED_IN_NAME = [
    ("fr", "<p>Le décret du 12 mars 2015, modifié le 3 juin 2019, organise le parcours.</p>", []),
    ("en", "<p>The decree of 12 March 2015, as amended on 3 June 2019, sets up the path.</p>", []),
    ("nl", "<p>Het decreet van 12 maart 2015, gewijzigd op 3 juni 2019, regelt het traject.</p>",
     []),
    ("de", "<p>Das Dekret vom 12. März 2015, zuletzt geändert am 3. Juni 2019, regelt den "
     "Parcours.</p>", []),
    # the day the change applies stays a date row
    ("fr", "<p>La modification est entrée en vigueur le 1er juillet 2019.</p>", [date_row()]),
    ("de", "<p>Das Gesetz vom 30. Dezember 1980 gilt ab dem 1. Juli 2019.</p>", [date_row()]),
]


@pytest.mark.parametrize(
    "html,rows", [pytest.param(h, r, id=f"{lang}:{h[3:50]}") for lang, h, r in AMENDED_IN_NAME]
)
def test_the_day_a_law_was_amended_in_its_name_is_no_date(html, rows):
    assert read(html) == sorted(rows)


# -- how many kinds a page sets out next, told by its reader ("On distingue trois types :") or
# with the verb after the kinds ("Three types of permit exist:"), is no amount, whatever shape
# the kinds take below (a list, sub-headings) (GUIDE: the count of the page's own list) -------

KINDS_SET_OUT = [
    ("fr", "<p>On distingue deux sortes de cartes :</p><h3>La carte A</h3><p>Pour tous.</p>", []),
    ("en", "<p>We distinguish two kinds of card:</p><h3>Card A</h3><p>For everyone.</p>", []),
    ("nl", "<p>Men onderscheidt twee soorten kaarten:</p><h3>Kaart A</h3><p>Voor iedereen.</p>",
     []),
    ("de", "<p>Man unterscheidet zwei Arten von Karten:</p><h3>Karte A</h3><p>Für alle.</p>", []),
    ("en", "<p>Two kinds of card exist:</p><h3>Card A</h3><p>For everyone.</p>", []),
    ("fr", "<p>Deux types de cartes existent :</p><h3>La carte A</h3><p>Pour tous.</p>", []),
    ("nl", "<p>Twee soorten kaarten bestaan er:</p><h3>Kaart A</h3><p>Voor iedereen.</p>", []),
    ("de", "<p>Zwei Arten von Karten werden unterschieden:</p><h3>Karte A</h3><p>Für alle.</p>",
     []),
    # a count of the things one brings stays one
    ("en", "<p>Bring two photos of the same kind.</p>", [count(2)]),
]


@pytest.mark.parametrize(
    "html,rows", [pytest.param(h, r, id=f"{lang}:{h[3:50]}") for lang, h, r in KINDS_SET_OUT]
)
def test_how_many_kinds_the_page_sets_out_is_no_amount(html, rows):
    assert read(html) == sorted(rows)


# -- "twelve times this amount": a sum's factor is no count, whatever word names the sum (an
# article, a demonstrative, a possessive), with the digits restated in brackets or not --------

FACTOR_OF_A_SUM = [
    ("en", "<p>A deposit equal to twelve (12) times this monthly amount.</p>", []),
    ("nl", "<p>Een waarborg van twaalf keer dat maandbedrag.</p>", []),
    ("fr", "<p>Une caution égale à douze (12) fois ce montant mensuel.</p>", []),
    ("de", "<p>Eine Bürgschaft in Höhe von zwölf Mal diesem Monatsbetrag.</p>", []),
    ("fr", "<p>Une somme égale à six fois son revenu mensuel.</p>", []),
    # how often something may be done stays a count
    ("en", "<p>The permit may be renewed two times.</p>", [count(2, "max")]),
]


@pytest.mark.parametrize(
    "html,rows", [pytest.param(h, r, id=f"{lang}:{h[3:50]}") for lang, h, r in FACTOR_OF_A_SUM]
)
def test_a_sums_factor_is_no_count(html, rows):
    assert read(html) == sorted(rows)


# -- "a single year", "une seule année", "één enkel jaar", "ein einziges Jahr": one of the
# unit (GUIDE: numbers in words count); "single" between the article and the unit ------------

SINGLE_UNIT = [
    ("fr", "<p>Le titre vaut pour une seule année.</p>", [duration(1, "years")]),
    ("en", "<p>The title is valid for a single year.</p>", [duration(1, "years")]),
    ("en", "<p>The title is valid for one single year.</p>", [duration(1, "years")]),
    ("nl", "<p>De titel geldt één enkel jaar.</p>", [duration(1, "years")]),
    ("de", "<p>Der Titel gilt für ein einziges Jahr.</p>", [duration(1, "years")]),
    ("fr", "<p>Le séjour ne peut dépasser un seul mois.</p>", [duration(1, "months", "max")]),
]


@pytest.mark.parametrize(
    "html,rows", [pytest.param(h, r, id=f"{lang}:{h[3:50]}") for lang, h, r in SINGLE_UNIT]
)
def test_a_single_unit_is_one_of_it(html, rows):
    assert read(html) == sorted(rows)


# -- the parts of a programme and the places a service covers are counted things ---------------

PARTS_AND_PLACES = [
    ("fr", "<p>Le parcours d'accueil comprend 4 volets.</p>", [count(4)]),
    ("en", "<p>The integration course rests on 3 pillars.</p>", [count(3)]),
    ("nl", "<p>Het inburgeringstraject bestaat uit 4 onderdelen.</p>", [count(4)]),
    ("de", "<p>Der Integrationsparcours umfasst 4 Module.</p>", [count(4)]),
    ("fr", "<p>Le centre couvre 24 communes de la province.</p>", [count(24)]),
    ("en", "<p>The office serves 19 municipalities.</p>", [count(19)]),
    ("nl", "<p>Het kantoor bedient 19 gemeenten.</p>", [count(19)]),
    ("de", "<p>Das Büro ist für 9 Gemeinden zuständig.</p>", [count(9)]),
    # a postal code before a form's label is no count
    ("nl", "<p>Postcode: 1030 Gemeente: Brussel</p>", []),
]


@pytest.mark.parametrize(
    "html,rows", [pytest.param(h, r, id=f"{lang}:{h[3:50]}") for lang, h, r in PARTS_AND_PLACES]
)
def test_parts_of_a_programme_and_places_are_counts(html, rows):
    assert read(html) == sorted(rows)


def money(value: float, bound: str = "exact", per: str | None = None) -> tuple:
    return ("money", value, None, per, bound)


# == half B (round 16's own unseen half), fixed after the half-A work was measured on it ========

# -- a day of a month without its year is never a count of the noun after it ------------------

DAY_OF_MONTH = [
    ("en", "<p>From 1 July, self-employed workers file a declaration again.</p>", []),
    ("nl", "<p>Vanaf 1 juli, zelfstandige werknemers doen opnieuw een melding.</p>", []),
    ("fr", "<p>Depuis le 1er juillet, 3 travailleurs doivent faire une déclaration.</p>",
     [count(3)]),
    ("de", "<p>Seit dem 1. Juli, selbständige Arbeitnehmer machen wieder eine Meldung.</p>", []),
]

# -- declarations, notifications and grants are counted; a number word joined by a hyphen is
# read whole; "N things in one declaration" counts the things, the one is their frame ----------

COUNTED_DECLARATIONS = [
    ("en", "<p>You can file a single declaration for the whole year.</p>", [count(1)]),
    ("nl", "<p>Je kan één enkele melding doen voor het hele jaar.</p>", [count(1)]),
    ("fr", "<p>Vous pouvez faire une seule déclaration pour toute l'année.</p>", [count(1)]),
    ("de", "<p>Sie können eine einzige Meldung für das ganze Jahr abgeben.</p>", [count(1)]),
    ("fr", "<p>L'université attribue trente-deux bourses.</p>", [count(32)]),
    ("en", "<p>The university awards twenty-two scholarships.</p>", [count(22)]),
    ("nl", "<p>De universiteit kent 22 beurzen toe.</p>", [count(22)]),
    ("de", "<p>Die Universität vergibt 22 Stipendien.</p>", [count(22)]),
    ("nl", "<p>De gegevens van de klant (tot 10 klanten in één melding)</p>", [count(10, "max")]),
    ("en", "<p>The clients' data (up to 10 clients in one declaration)</p>", [count(10, "max")]),
]

# -- "only after", "pas na", "qu'après", "erst nach": a waiting time, at the earliest (min) -----

ONLY_AFTER = [
    ("en", "<p>After a refusal you may only apply again after 2 years.</p>",
     [duration(2, "years", "min")]),
    ("nl", "<p>Na een weigering kan je pas na 2 jaar opnieuw aanvragen.</p>",
     [duration(2, "years", "min")]),
    ("fr", "<p>Après un refus, vous ne pouvez introduire une demande qu'après 2 ans.</p>",
     [duration(2, "years", "min")]),
    ("de", "<p>Nach einer Ablehnung können Sie erst nach 2 Jahren wieder beantragen.</p>",
     [duration(2, "years", "min")]),
]

# -- a negated verb still negates "more than" after the verbs coordinated with it -------------

NEGATED_COORDINATED = [
    ("fr", "<p>Pour les chercheurs qui n'ont pas résidé, étudié ou travaillé en Belgique plus de "
     "24 mois.</p>", [duration(24, "months", "max")]),
    ("en", "<p>For researchers who have not lived, studied or worked in Belgium for more than 24 "
     "months.</p>", [duration(24, "months", "max")]),
    ("nl", "<p>Voor onderzoekers die niet in België hebben gewoond, gestudeerd of gewerkt "
     "gedurende meer dan 24 maanden.</p>", [duration(24, "months", "max")]),
    ("fr", "<p>Ne pas avoir résidé en Belgique, ni y avoir travaillé, pendant plus de 24 mois."
     "</p>", [duration(24, "months", "max")]),
    # another clause's negation does not reach the value
    ("en", "<p>No visa is needed, for stays of more than 90 days you need a permit.</p>",
     [duration(90, "days", "min")]),
    ("fr", "<p>Il ne faut pas de visa. Pour des séjours, ou de plus de 90 jours, il faut un "
     "permis.</p>", [duration(90, "days", "min")]),
]

# -- "renewable once": the adjective is the permission, the count of renewals max ---------------

RENEWABLE_ONCE = [
    ("fr", "<p>Le mandat est renouvelable une fois.</p>", [count(1, "max")]),
    ("en", "<p>The grant is renewable once.</p>", [count(1, "max")]),
    ("nl", "<p>De beurs is één keer verlengbaar.</p>", [count(1, "max")]),
    ("de", "<p>Das Stipendium ist zweimal verlängerbar.</p>", [count(2, "max")]),
]

# -- the day a court ruled names its ruling: no date ---------------------------------------------

RULING_DAY = [
    ("nl", "<p>In een arrest van 8 april 2019 besliste het Hof van Cassatie anders.</p>", []),
    ("fr", "<p>Dans un arrêt du 8 avril 2019, la Cour de cassation a jugé autrement.</p>", []),
    ("en", "<p>In its judgment of 8 April 2019 the Court of Cassation ruled otherwise.</p>", []),
    ("de", "<p>In seinem Urteil vom 8. April 2019 entschied der Kassationshof anders.</p>", []),
]

# -- an approximate figure stays exact: a bound after the next value is not its own -------------

APPROXIMATE = [
    ("fr", "<p>La bourse couvre le salaire (environ 2.100 € nets par mois) et les frais (15.000 € "
     "maximum).</p>", [money(2100, per="month"), money(15000, "max")]),
    ("en", "<p>The grant covers the salary (about EUR 2,100 net a month) and the costs (EUR "
     "15,000 maximum).</p>", [money(2100, per="month"), money(15000, "max")]),
    ("nl", "<p>De beurs dekt het loon (ongeveer € 2.100 netto per maand) en de kosten (€ 15.000 "
     "maximum).</p>", [money(2100, per="month"), money(15000, "max")]),
    ("de", "<p>Das Stipendium deckt das Gehalt (etwa 2.100 € netto pro Monat) und die Kosten "
     "(15.000 € maximal).</p>", [money(2100, per="month"), money(15000, "max")]),
]

HALF_B = (
    DAY_OF_MONTH + COUNTED_DECLARATIONS + ONLY_AFTER + NEGATED_COORDINATED + RENEWABLE_ONCE
    + RULING_DAY + APPROXIMATE
)


@pytest.mark.parametrize(
    "html,rows", [pytest.param(h, r, id=f"{lang}:{h[3:50]}") for lang, h, r in HALF_B]
)
def test_half_b_families(html, rows):
    assert read(html) == sorted(rows)
