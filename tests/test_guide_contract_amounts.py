"""The amounts part of tests/devset/GUIDE.md as a contract (issue 12, tuning round 8).

Seven rounds fixed the misses of pages; the labels of each batch follow the GUIDE's rules and
the entries settled while adding it. Here each rule of the amounts section and each settled
amounts case up to check part 6 is one parametrised group, named after the rule, stated in
the four languages as a federal, Flemish, Brussels, Walloon or Ostbelgien page would say it,
and asserted against the reading the GUIDE gives: every row the sentence holds and nothing
else. The sentences are ours; the figures are the usual ones of the pages.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks

UNITS = {
    "money": "EUR",
    "age": "years",
    "hours": "hours",
    "percent": "percent",
    "count": "items",
    "size": "MB",
    "date": None,
}


@dataclass(frozen=True)
class Row:
    """One gold row: the fields the GUIDE fixes."""

    kind: str
    value: float | None = None
    bound: str = "exact"
    per: str | None = None
    unit: str | None = "?"
    value_max: float | None = None
    date: str | None = None

    def key(self) -> tuple:
        unit = UNITS.get(self.kind) if self.unit == "?" else self.unit
        return (self.kind, self.value, self.value_max, unit, self.per, self.bound, self.date)


def d(value: float, unit: str, bound: str = "exact", **kw) -> Row:
    return Row("duration", value, bound, unit=unit, **kw)


def day(iso: str) -> Row:
    return Row("date", None, "exact", date=iso)


def read(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return sorted(
        (
            a.kind,
            a.value,
            a.value_max,
            a.unit,
            a.per,
            a.bound,
            a.date_value.isoformat() if a.date_value else None,
        )
        for a in found
    )


def cases(*items: tuple[str, str, list[Row]]) -> list:
    return [pytest.param(html, rows, id=f"{lang}:{html[3:60]}") for lang, html, rows in items]


def check(html: str, rows: list[Row]) -> None:
    assert read(html) == sorted(r.key() for r in rows)


# -- the kinds table ------------------------------------------------------------------------

KINDS = cases(
    ("en", "<p>The fee is EUR 3,703.44.</p>", [Row("money", 3703.44)]),
    ("nl", "<p>De retributie bedraagt € 3.703,44.</p>", [Row("money", 3703.44)]),
    ("fr", "<p>La redevance s'élève à 3.703,44 euros.</p>", [Row("money", 3703.44)]),
    ("de", "<p>Die Gebühr beträgt 3.703,44 Euro.</p>", [Row("money", 3703.44)]),
    ("en", "<p>The au pair is 19 years old.</p>", [Row("age", 19)]),
    ("nl", "<p>De au pair is 19 jaar oud.</p>", [Row("age", 19)]),
    ("fr", "<p>Le jeune au pair est âgé de 19 ans.</p>", [Row("age", 19)]),
    ("de", "<p>Das Au-pair ist 19 Jahre alt.</p>", [Row("age", 19)]),
    ("en", "<p>The trainee works 38 hours a week.</p>", [Row("hours", 38, per="week")]),
    ("nl", "<p>De stagiair werkt 38 uur per week.</p>", [Row("hours", 38, per="week")]),
    ("fr", "<p>Le stagiaire travaille 38 heures par semaine.</p>", [Row("hours", 38, per="week")]),
    ("de", "<p>Der Praktikant arbeitet 38 Stunden pro Woche.</p>", [Row("hours", 38, per="week")]),
    ("en", "<p>The card is valid for 2 years.</p>", [d(2, "years")]),
    ("nl", "<p>De kaart is 2 jaar geldig.</p>", [d(2, "years")]),
    ("fr", "<p>La carte est valable 2 ans.</p>", [d(2, "years")]),
    ("de", "<p>Die Karte ist 2 Jahre gültig.</p>", [d(2, "years")]),
    ("en", "<p>The decision follows in 90 days.</p>", [d(90, "days")]),
    ("nl", "<p>De beslissing volgt na 90 dagen.</p>", [d(90, "days")]),
    ("fr", "<p>La décision suit après 90 jours.</p>", [d(90, "days")]),
    ("de", "<p>Die Entscheidung folgt nach 90 Tagen.</p>", [d(90, "days")]),
    ("en", "<p>The employer pays 50 % of the costs.</p>", [Row("percent", 50)]),
    ("nl", "<p>De werkgever betaalt 50 procent van de kosten.</p>", [Row("percent", 50)]),
    ("fr", "<p>L'employeur paie 50 pour cent des frais.</p>", [Row("percent", 50)]),
    ("de", "<p>Der Arbeitgeber zahlt 50 Prozent der Kosten.</p>", [Row("percent", 50)]),
    ("en", "<p>Add 2 photos to the file.</p>", [Row("count", 2)]),
    ("nl", "<p>Voeg 2 foto's bij het dossier.</p>", [Row("count", 2)]),
    ("fr", "<p>Joignez 2 photos au dossier.</p>", [Row("count", 2)]),
    ("de", "<p>Fügen Sie 2 Fotos bei.</p>", [Row("count", 2)]),
    ("en", "<p>The rule applies from 18 August 2025.</p>", [day("2025-08-18")]),
    ("nl", "<p>De regel geldt vanaf 1 januari 2026.</p>", [day("2026-01-01")]),
    ("fr", "<p>La règle s'applique à partir du 1er mai 2021.</p>", [day("2021-05-01")]),
    ("de", "<p>Die Regel gilt ab dem 1. Mai 2021.</p>", [day("2021-05-01")]),
    ("nl", "<p>Deze regeling geldt vanaf 01/01/2026.</p>", [day("2026-01-01")]),
)


@pytest.mark.parametrize("html,rows", KINDS)
def test_kinds_table(html, rows):
    """The table of kinds: money, age, hours, duration, percent, count, date in each language."""
    check(html, rows)


SIZES = cases(
    ("en", "<p>Each attachment may be at most 500 KB.</p>", [Row("size", 0.5, "max")]),
    ("nl", "<p>Elke bijlage mag maximaal 500 KB zijn.</p>", [Row("size", 0.5, "max")]),
    ("fr", "<p>Chaque annexe ne peut dépasser 500 Ko au maximum.</p>", [Row("size", 0.5, "max")]),
    ("de", "<p>Jede Anlage darf höchstens 20 MB groß sein.</p>", [Row("size", 20, "max")]),
)


@pytest.mark.parametrize("html,rows", SIZES)
def test_size_converted_to_mb(html, rows):
    """A file size is a `size` row in MB (500 KB -> 0.5); an upload limit stays one."""
    check(html, rows)


WORDS = cases(
    ("en", "<p>The permit is valid for three years.</p>", [d(3, "years")]),
    ("nl", "<p>De vergunning is drie maanden geldig.</p>", [d(3, "months")]),
    ("fr", "<p>Le permis est valable quatre mois.</p>", [d(4, "months")]),
    ("de", "<p>Die Erlaubnis gilt drei Monate.</p>", [d(3, "months")]),
    ("en", "<p>The au pair has one full day off each week.</p>", [d(1, "days", per="week")]),
    ("nl", "<p>De au pair heeft één volledige vrije dag per week.</p>", [d(1, "days", per="week")]),
    (
        "fr",
        "<p>Le jeune au pair a un jour de repos complet par semaine.</p>",
        [d(1, "days", per="week")],
    ),
    ("de", "<p>Das Au-pair hat einen vollen Tag pro Woche frei.</p>", [d(1, "days", per="week")]),
    ("fr", "<p>La carte est valable un an.</p>", [d(1, "years")]),
)


@pytest.mark.parametrize("html,rows", WORDS)
def test_numbers_in_words_count(html, rows):
    """Numbers in words are amounts: "three years", "drie maanden", "quatre mois", "drei Monate"."""
    check(html, rows)


# -- never an amount ------------------------------------------------------------------------

NEVER = cases(
    ("en", "<p>The rules changed in 2025.</p>", []),
    ("nl", "<p>De regels zijn gewijzigd in maart 2025.</p>", []),
    ("fr", "<p>Voir la loi du 15 décembre 1980, article 10, § 1, 4°.</p>", []),
    ("de", "<p>Siehe den Königlichen Erlass vom 2. September 2018, Art. 61/27.</p>", []),
    ("nl", "<p>Bel ons op 02 204 21 11 of +32 2 800 38 02.</p>", []),
    ("fr", "<p>Écrivez à la rue du Moulin 4, 5100 Namur.</p>", []),
    ("nl", "<p>Ondernemingsnummer 0316.381.039.</p>", []),
    ("en", "<h3>Step 2</h3><p>Check your file.</p>", []),
    ("nl", "<h3>Stap 3</h3><p>Controleer uw dossier.</p>", []),
    ("fr", "<h3>Étape 1</h3><p>Vérifiez votre dossier.</p>", []),
    ("de", "<p>Die Regeln gelten seit 2019.</p>", []),
    ("en", "<p>Royal Decree of 9 June 1999.</p>", []),
)


@pytest.mark.parametrize("html,rows", NEVER)
def test_never_amounts(html, rows):
    """Years alone, month and year, law dates, articles, phones, postcodes, company and step "
    "numbers."""
    check(html, rows)


# -- value_max and bounds -------------------------------------------------------------------

RANGES = cases(
    (
        "en",
        "<p>The au pair is between 18 and 26 years old.</p>",
        [Row("age", 18, "range", value_max=26)],
    ),
    ("nl", "<p>De au pair is van 18 tot 26 jaar.</p>", [Row("age", 18, "range", value_max=26)]),
    (
        "fr",
        "<p>Le jeune au pair a entre 18 et 26 ans.</p>",
        [Row("age", 18, "range", value_max=26)],
    ),
    ("fr", "<p>Le jeune au pair a de 18 à 26 ans.</p>", [Row("age", 18, "range", value_max=26)]),
    (
        "de",
        "<p>Das Au-pair ist zwischen 18 und 26 Jahren alt.</p>",
        [Row("age", 18, "range", value_max=26)],
    ),
    ("en", "<p>Candidates aged 18-26 may apply.</p>", [Row("age", 18, "range", value_max=26)]),
)


@pytest.mark.parametrize("html,rows", RANGES)
def test_ranges_have_value_max(html, rows):
    """A range is one `range` row with value_max: "between 18 and 26", "van 18 tot 26 jaar"."""
    check(html, rows)


TWO_ROWS = cases(
    (
        "en",
        "<p>The au pair is at least 18 years old and not yet 26.</p>",
        [Row("age", 18, "min"), Row("age", 26, "max")],
    ),
    (
        "nl",
        "<p>De au pair is minstens 18 jaar oud en nog geen 26.</p>",
        [Row("age", 18, "min"), Row("age", 26, "max")],
    ),
    (
        "fr",
        "<p>Le jeune au pair a au moins 18 ans et pas encore 26 ans.</p>",
        [Row("age", 18, "min"), Row("age", 26, "max")],
    ),
    (
        "de",
        "<p>Das Au-pair ist mindestens 18 Jahre alt und noch nicht 26.</p>",
        [Row("age", 18, "min"), Row("age", 26, "max")],
    ),
)


@pytest.mark.parametrize("html,rows", TWO_ROWS)
def test_at_least_and_not_yet_is_two_rows(html, rows):
    """ "at least 18 and not yet 26" is two rows, min 18 and max 26."""
    check(html, rows)


MIN = cases(
    (
        "en",
        "<p>The salary is at least EUR 2,500 a month.</p>",
        [Row("money", 2500, "min", "month")],
    ),
    ("en", "<p>The contract runs for 6 months or more.</p>", [d(6, "months", "min")]),
    ("en", "<p>The stay lasts more than 90 days.</p>", [d(90, "days", "min")]),
    (
        "nl",
        "<p>Het loon bedraagt minimaal € 2.500 per maand.</p>",
        [Row("money", 2500, "min", "month")],
    ),
    ("nl", "<p>Het contract loopt ten minste 6 maanden.</p>", [d(6, "months", "min")]),
    ("nl", "<p>Het verblijf duurt langer dan 90 dagen.</p>", [d(90, "days", "min")]),
    (
        "fr",
        "<p>Le salaire est d'au moins 2.500 euros par mois.</p>",
        [Row("money", 2500, "min", "month")],
    ),
    ("fr", "<p>Le contrat dure au minimum 6 mois.</p>", [d(6, "months", "min")]),
    ("fr", "<p>Le séjour dure plus de 90 jours.</p>", [d(90, "days", "min")]),
    (
        "de",
        "<p>Das Gehalt beträgt mindestens 2.500 Euro pro Monat.</p>",
        [Row("money", 2500, "min", "month")],
    ),
    ("de", "<p>Der Vertrag läuft wenigstens 6 Monate.</p>", [d(6, "months", "min")]),
    ("de", "<p>Der Aufenthalt dauert mehr als 90 Tage.</p>", [d(90, "days", "min")]),
)


@pytest.mark.parametrize("html,rows", MIN)
def test_min_words(html, rows):
    """`min`: at least, minimum, or more, more than, ten minste, au moins, mindestens …"""
    check(html, rows)


MAX = cases(
    ("en", "<p>The stay lasts at most 90 days.</p>", [d(90, "days", "max")]),
    ("en", "<p>The decision follows within 4 months.</p>", [d(4, "months", "max")]),
    ("en", "<p>The au pair is under 30.</p>", [Row("age", 30, "max")]),
    ("nl", "<p>Het verblijf duurt maximaal 90 dagen.</p>", [d(90, "days", "max")]),
    ("nl", "<p>De beslissing volgt binnen 4 maanden.</p>", [d(4, "months", "max")]),
    ("nl", "<p>De au pair is jonger dan 30 jaar.</p>", [Row("age", 30, "max")]),
    ("fr", "<p>Le séjour dure au maximum 90 jours.</p>", [d(90, "days", "max")]),
    ("fr", "<p>La décision est prise dans un délai de 4 mois.</p>", [d(4, "months", "max")]),
    ("fr", "<p>Le jeune au pair a moins de 30 ans.</p>", [Row("age", 30, "max")]),
    ("de", "<p>Der Aufenthalt dauert höchstens 90 Tage.</p>", [d(90, "days", "max")]),
    ("de", "<p>Die Entscheidung folgt innerhalb von 4 Monaten.</p>", [d(4, "months", "max")]),
    ("de", "<p>Das Au-pair ist unter 30 Jahre alt.</p>", [Row("age", 30, "max")]),
)


@pytest.mark.parametrize("html,rows", MAX)
def test_max_words(html, rows):
    """`max`: at most, within, under, maximaal, binnen, jonger dan, au maximum, höchstens, "
    "unter …"""
    check(html, rows)


EARLIEST = cases(
    ("en", "<p>You can apply 4 months before expiry at the earliest.</p>", [d(4, "months", "min")]),
    (
        "nl",
        "<p>U kunt ten vroegste 4 maanden voor het verstrijken aanvragen.</p>",
        [d(4, "months", "min")],
    ),
    (
        "fr",
        "<p>La demande est introduite au plus tôt 4 mois avant l'expiration.</p>",
        [d(4, "months", "min")],
    ),
    (
        "de",
        "<p>Der Antrag wird frühestens 4 Monate vor Ablauf gestellt.</p>",
        [d(4, "months", "min")],
    ),
)


@pytest.mark.parametrize("html,rows", EARLIEST)
def test_at_the_earliest_is_min(html, rows):
    """Clarified after the first labelling: "at the earliest" is `min`."""
    check(html, rows)


LATEST = cases(
    ("en", "<p>Apply 2 months before expiry at the latest.</p>", [d(2, "months", "max")]),
    (
        "nl",
        "<p>Dien de aanvraag uiterlijk 2 maanden voor het verstrijken in.</p>",
        [d(2, "months", "max")],
    ),
    (
        "fr",
        "<p>Introduisez la demande au plus tard 2 mois avant l'expiration.</p>",
        [d(2, "months", "max")],
    ),
    (
        "de",
        "<p>Stellen Sie den Antrag spätestens 2 Monate vor Ablauf.</p>",
        [d(2, "months", "max")],
    ),
)


@pytest.mark.parametrize("html,rows", LATEST)
def test_at_the_latest_is_max(html, rows):
    """ "at the latest", "au plus tard", "spätestens" are `max`."""
    check(html, rows)


TABLE_HEADERS = cases(
    (
        "en",
        "<table><tr><th>Minimum gross annual salary</th></tr><tr><td>€ 48,912</td></tr></table>",
        [Row("money", 48912, "min", "year")],
    ),
    (
        "nl",
        "<table><tr><th>Minimaal bruto jaarloon</th></tr><tr><td>€ 48.912</td></tr></table>",
        [Row("money", 48912, "min", "year")],
    ),
    (
        "fr",
        "<table><tr><th>Salaire annuel brut minimum</th></tr><tr><td>48.912 €</td></tr></table>",
        [Row("money", 48912, "min", "year")],
    ),
    (
        "de",
        "<table><tr><th>Mindestbruttojahresgehalt</th></tr><tr><td>48.912 €</td></tr></table>",
        [Row("money", 48912, "min", "year")],
    ),
)


@pytest.mark.parametrize("html,rows", TABLE_HEADERS)
def test_table_header_bound_and_rate_apply_to_cells(html, rows):
    """A bound and a rate stated in a column header apply to every cell under it."""
    check(html, rows)


PER = cases(
    ("en", "<p>The allowance is EUR 450 monthly.</p>", [Row("money", 450, per="month")]),
    ("en", "<p>The salary is EUR 48,912 per year.</p>", [Row("money", 48912, per="year")]),
    ("en", "<p>The allowance is EUR 20 a day.</p>", [Row("money", 20, per="day")]),
    ("nl", "<p>De vergoeding bedraagt € 450 per maand.</p>", [Row("money", 450, per="month")]),
    ("nl", "<p>Het loon bedraagt € 48.912 per jaar.</p>", [Row("money", 48912, per="year")]),
    ("nl", "<p>De vergoeding bedraagt € 20 per dag.</p>", [Row("money", 20, per="day")]),
    ("fr", "<p>L'indemnité est de 450 euros par mois.</p>", [Row("money", 450, per="month")]),
    ("fr", "<p>Le salaire est de 48.912 euros par an.</p>", [Row("money", 48912, per="year")]),
    ("fr", "<p>L'indemnité est de 20 euros par jour.</p>", [Row("money", 20, per="day")]),
    ("de", "<p>Das Taschengeld beträgt 450 Euro monatlich.</p>", [Row("money", 450, per="month")]),
    ("de", "<p>Das Gehalt beträgt 48.912 Euro pro Jahr.</p>", [Row("money", 48912, per="year")]),
    ("de", "<p>Die Vergütung beträgt 20 Euro pro Tag.</p>", [Row("money", 20, per="day")]),
)


@pytest.mark.parametrize("html,rows", PER)
def test_per_words(html, rows):
    """`per`: month, year, week, day in the four languages."""
    check(html, rows)


# -- settled while adding the federal pages -------------------------------------------------

LAW_DAYS = cases(
    ("en", "<p>The agreement was signed in Canberra on 20 November 2002.</p>", []),
    ("nl", "<p>Bekendgemaakt in het Belgisch Staatsblad van 6 september 2004.</p>", []),
    ("fr", "<p>Publié au Moniteur belge du 6 septembre 2004.</p>", []),
    ("de", "<p>Veröffentlicht im Belgischen Staatsblatt vom 6. September 2004.</p>", []),
    ("en", "<p>Entry into force 01/11/2004.</p>", [day("2004-11-01")]),
    ("nl", "<p>Het decreet treedt in werking op 26 mei 2022.</p>", [day("2022-05-26")]),
    ("fr", "<p>Le décret entre en vigueur le 26 mai 2022.</p>", [day("2022-05-26")]),
    ("de", "<p>Das Dekret tritt am 26. Mai 2022 in Kraft.</p>", [day("2022-05-26")]),
    ("nl", "<p>De nieuwe regels gelden op 1 november eerstkomend.</p>", []),
)


@pytest.mark.parametrize("html,rows", LAW_DAYS)
def test_signed_or_published_is_no_amount_entry_into_force_is(html, rows):
    """The day a law was signed or published is no amount; the day it enters into force is a "
    "date."""
    check(html, rows)


OFFICE = cases(
    ("nl", "<p>Het loket is open tussen 08.30 u en 14.00 u.</p>", []),
    ("fr", "<p>Le guichet est ouvert de 9 h à 12 h.</p>", []),
    ("en", "<p>Pay to IBAN BE68 5390 0754 7034.</p>", []),
    ("nl", "<p>U ontvangt een bijlage 3bis.</p>", []),
    ("en", "<p>You receive an Annex 22.</p>", []),
    ("de", "<p>Das Büro ist von 9 bis 12 Uhr geöffnet.</p>", []),
    # an opening-hours line that adds "by appointment" or names the days is no row (round-14
    # audit), and no hours either, in any of the four languages
    ("en", "<p>Applicants are seen by appointment only, from 9 to 12 hours.</p>", []),
    ("nl", "<p>Enkel op afspraak, op werkdagen tussen 9 en 12 uur.</p>", []),
    ("fr", "<p>Accueil sur rendez-vous du lundi au vendredi de 9 à 12 heures.</p>", []),
    ("de", "<p>Nur nach Terminvereinbarung, samstags von 9 bis 12 Stunden.</p>", []),
    ("en", "<p>The helpdesk can be reached on Saturdays from 10 to 13 hours.</p>", []),
    ("nl", "<p>Het onthaal is bereikbaar van 9 tot 16 uur.</p>", []),
    ("fr", "<p>Le guichet est fermé le samedi de 12 à 14 heures.</p>", []),
    ("de", "<p>Der Schalter ist telefonisch von 8 bis 12 Stunden erreichbar.</p>", []),
    # hours of work stay hours, also beside an office's name
    ("fr", "<p>Il peut travailler de 20 à 24 heures par semaine.</p>",
     [Row("hours", 20, "range", "week", value_max=24)]),
    ("en", "<p>The counter helps students who work 10 to 20 hours a week.</p>",
     [Row("hours", 10, "range", "week", value_max=20)]),
    ("nl", "<p>Het loket helpt studenten die 10 tot 20 uur per week werken.</p>",
     [Row("hours", 10, "range", "week", value_max=20)]),
    ("fr", "<p>Le guichet aide les étudiants qui travaillent de 10 à 20 heures par semaine.</p>",
     [Row("hours", 10, "range", "week", value_max=20)]),
    ("de", "<p>Der Schalter hilft Studenten, die 10 bis 20 Stunden pro Woche arbeiten.</p>",
     [Row("hours", 10, "range", "week", value_max=20)]),
)


@pytest.mark.parametrize("html,rows", OFFICE)
def test_opening_hours_ibans_annexes_are_not_amounts(html, rows):
    """Office opening hours, IBANs, annex and form numbers are not amounts."""
    check(html, rows)


NEGATED_MORE = cases(
    (
        "fr",
        "<p>Ces autorisations ne peuvent pas être valables plus d'1 an.</p>",
        [d(1, "years", "max")],
    ),
    ("en", "<p>These permits cannot be valid for more than 1 year.</p>", [d(1, "years", "max")]),
    (
        "nl",
        "<p>Deze vergunningen mogen niet langer dan 1 jaar geldig zijn.</p>",
        [d(1, "years", "max")],
    ),
    (
        "de",
        "<p>Diese Erlaubnisse dürfen nicht länger als 1 Jahr gültig sein.</p>",
        [d(1, "years", "max")],
    ),
)


@pytest.mark.parametrize("html,rows", NEGATED_MORE)
def test_negated_more_than_is_max(html, rows):
    """A negated "more than" is `max`."""
    check(html, rows)


ONLY = cases(
    (
        "nl",
        "<p>Een seizoenarbeider mag maar 156 dagen per jaar werken.</p>",
        [d(156, "days", "max", per="year")],
    ),
    ("en", "<p>A student may only work 20 hours a week.</p>", [Row("hours", 20, "max", "week")]),
    (
        "fr",
        "<p>L'étudiant ne peut travailler que 20 heures par semaine.</p>",
        [Row("hours", 20, "max", "week")],
    ),
    ("de", "<p>Der Saisonarbeiter darf nur 90 Tage arbeiten.</p>", [d(90, "days", "max")]),
    ("nl", "<p>Hij heeft al 65 dagen gewerkt.</p>", [d(65, "days")]),
)


@pytest.mark.parametrize("html,rows", ONLY)
def test_limit_stated_with_only_is_max(html, rows):
    """A limit stated as a permission or with "only" is `max`; a worked example stays `exact`."""
    check(html, rows)


FRACTIONS = cases(
    ("nl", "<p>Hij moet ten minste 2/3 van die periode gewerkt hebben.</p>", []),
    ("en", "<p>He must have worked at least 2/3 of that period.</p>", []),
    ("fr", "<p>Il doit avoir travaillé au moins 2/3 de cette période.</p>", []),
    ("de", "<p>Er muss mindestens 2/3 dieses Zeitraums gearbeitet haben.</p>", []),
)


@pytest.mark.parametrize("html,rows", FRACTIONS)
def test_fraction_is_no_amount(html, rows):
    """A fraction that is not a percentage has no kind and is not labelled."""
    check(html, rows)


# -- settled while adding check part 2 ------------------------------------------------------

STATISTICS = cases(
    ("en", "<p>120 applications were filed (85,0 %).</p>", [Row("count", 120), Row("percent", 85)]),
    (
        "nl",
        "<p>Er werden 120 aanvragen ingediend (85,0 %).</p>",
        [Row("count", 120), Row("percent", 85)],
    ),
    (
        "fr",
        "<p>120 demandes ont été introduites (85,0 %).</p>",
        [Row("count", 120), Row("percent", 85)],
    ),
    (
        "de",
        "<p>Es wurden 120 Anträge gestellt (85,0 %).</p>",
        [Row("count", 120), Row("percent", 85)],
    ),
)


@pytest.mark.parametrize("html,rows", STATISTICS)
def test_statistics_are_count_and_percent(html, rows):
    """Figures of a statistics page are `count` and `percent` rows."""
    check(html, rows)


FREQUENCY = cases(
    (
        "en",
        "<p>The au pair attends a course at least twice a month.</p>",
        [Row("count", 2, "min", "month")],
    ),
    (
        "nl",
        "<p>De au pair volgt minstens 2 keer per maand een cursus.</p>",
        [Row("count", 2, "min", "month")],
    ),
    (
        "fr",
        "<p>Le jeune au pair suit un cours au moins 2 fois par mois.</p>",
        [Row("count", 2, "min", "month")],
    ),
    (
        "de",
        "<p>Das Au-pair besucht mindestens 2 Mal pro Monat einen Kurs.</p>",
        [Row("count", 2, "min", "month")],
    ),
)


@pytest.mark.parametrize("html,rows", FREQUENCY)
def test_frequency_is_count_with_per(html, rows):
    """A frequency ("at least twice a month") is a `count` with its `per`."""
    check(html, rows)


COMPOUND = cases(
    ("en", "<p>Enter the six-digit code.</p>", [Row("count", 6)]),
    ("nl", "<p>Vul de 6-cijferige code in.</p>", [Row("count", 6)]),
    ("fr", "<p>Saisissez le code à 6 chiffres.</p>", [Row("count", 6)]),
    ("de", "<p>Geben Sie den 6-stelligen Code ein.</p>", [Row("count", 6)]),
    ("en", "<p>The password has at least 8 characters.</p>", [Row("count", 8, "min")]),
    ("fr", "<p>Le mot de passe compte au moins 8 caractères.</p>", [Row("count", 8, "min")]),
)


@pytest.mark.parametrize("html,rows", COMPOUND)
def test_number_in_compound_adjective_is_count(html, rows):
    """A number inside a compound adjective that sets a requirement is a `count`."""
    check(html, rows)


MIXED_UNITS = cases(
    (
        "nl",
        "<p>De vergunning geldt tussen 90 dagen en twaalf maanden.</p>",
        [d(90, "days", "min"), d(12, "months", "max")],
    ),
    (
        "en",
        "<p>The permit is valid between 90 days and twelve months.</p>",
        [d(90, "days", "min"), d(12, "months", "max")],
    ),
    (
        "fr",
        "<p>Le permis est valable entre 90 jours et douze mois.</p>",
        [d(90, "days", "min"), d(12, "months", "max")],
    ),
    (
        "de",
        "<p>Die Erlaubnis gilt zwischen 90 Tagen und zwölf Monaten.</p>",
        [d(90, "days", "min"), d(12, "months", "max")],
    ),
)


@pytest.mark.parametrize("html,rows", MIXED_UNITS)
def test_range_in_two_units_is_two_rows(html, rows):
    """A range whose ends are in different units is two rows, `min` and `max`."""
    check(html, rows)


# -- settled in tuning round 3 --------------------------------------------------------------

TIME_TO_ACT = cases(
    ("en", "<p>You have fifteen working days to supply the documents.</p>", [d(15, "days", "max")]),
    ("nl", "<p>U hebt 30 dagen om beroep in te stellen.</p>", [d(30, "days", "max")]),
    (
        "fr",
        "<p>Le demandeur dispose de 30 jours à compter de la notification pour introduire un "
        "recours.</p>",
        [d(30, "days", "max")],
    ),
    (
        "de",
        "<p>Sie haben einen Monat Zeit, um Widerspruch einzulegen.</p>",
        [d(1, "months", "max")],
    ),
)


@pytest.mark.parametrize("html,rows", TIME_TO_ACT)
def test_time_someone_has_is_a_deadline(html, rows):
    """The time someone has to do something is a deadline, `max` like "within"."""
    check(html, rows)


WINDOW = cases(
    (
        "en",
        "<p>You may stay 90 days at most within a period of 180 days.</p>",
        [d(90, "days", "max"), d(180, "days")],
    ),
    (
        "nl",
        "<p>U mag maximaal 90 dagen verblijven binnen een periode van 180 dagen.</p>",
        [d(90, "days", "max"), d(180, "days")],
    ),
    (
        "fr",
        "<p>Vous pouvez séjourner 90 jours au maximum sur une période de 180 jours.</p>",
        [d(90, "days", "max"), d(180, "days")],
    ),
    (
        "de",
        "<p>Sie dürfen höchstens 90 Tage innerhalb eines Zeitraums von 180 Tagen bleiben.</p>",
        [d(90, "days", "max"), d(180, "days")],
    ),
    ("en", "<p>The work is done within a maximum period of 90 days.</p>", [d(90, "days", "max")]),
)


@pytest.mark.parametrize("html,rows", WINDOW)
def test_window_other_days_are_counted_in_is_exact(html, rows):
    """The period other days are counted within is the window, `exact`."""
    check(html, rows)


# -- settled after the second labelling -----------------------------------------------------

DATE_BOUND = cases(
    ("nl", "<p>Sinds 1 januari 2024 geldt een nieuw bedrag.</p>", [day("2024-01-01")]),
    ("de", "<p>Bis zum 31. Dezember 2025 gilt die alte Regel.</p>", [day("2025-12-31")]),
    ("fr", "<p>À partir du 1er mai 2024, la règle change.</p>", [day("2024-05-01")]),
    ("en", "<p>From 1 May 2024 the rule changes.</p>", [day("2024-05-01")]),
)


@pytest.mark.parametrize("html,rows", DATE_BOUND)
def test_date_bound_is_exact(html, rows):
    """A `date` row's bound is `exact`: "vanaf", "Sinds", "Bis zum" say when, not how much."""
    check(html, rows)


OWN_LIST = cases(
    (
        "fr",
        "<p>Vous remplissez l'une des trois conditions ci-dessous "
        ":</p><ul><li>a</li><li>b</li><li>c</li></ul>",
        [],
    ),
    (
        "en",
        "<p>Add the following four documents:</p><ul><li>a</li><li>b</li><li>c</li><li>d</li></ul>",
        [],
    ),
    (
        "nl",
        "<p>Voeg de volgende vier documenten "
        "toe:</p><ul><li>a</li><li>b</li><li>c</li><li>d</li></ul>",
        [],
    ),
    (
        "de",
        "<p>Fügen Sie die folgenden vier Unterlagen "
        "bei:</p><ul><li>a</li><li>b</li><li>c</li><li>d</li></ul>",
        [],
    ),
    (
        "en",
        "<p>You meet at least two of the following:</p><ul><li>a</li><li>b</li><li>c</li></ul>",
        [Row("count", 2, "min")],
    ),
    (
        "fr",
        "<p>Vous remplissez au moins deux des conditions suivantes "
        ":</p><ul><li>a</li><li>b</li><li>c</li></ul>",
        [Row("count", 2, "min")],
    ),
    (
        "nl",
        "<p>U voldoet aan minstens twee van de volgende "
        "voorwaarden:</p><ul><li>a</li><li>b</li><li>c</li></ul>",
        [Row("count", 2, "min")],
    ),
    (
        "de",
        "<p>Sie erfüllen mindestens zwei der folgenden "
        "Bedingungen:</p><ul><li>a</li><li>b</li><li>c</li></ul>",
        [Row("count", 2, "min")],
    ),
)


@pytest.mark.parametrize("html,rows", OWN_LIST)
def test_count_of_the_pages_own_list_is_no_amount(html, rows):
    """A number counting the page's own list is no amount; how many one must meet is `count`, "
    "`min`."""
    check(html, rows)


# -- settled by the lead at 02:20 and while adding check parts 4-6 ---------------------------

USUAL = cases(
    (
        "nl",
        "<p>U dient de aanvraag minstens drie weken in, in plaats van de gebruikelijke zes "
        "weken.</p>",
        [d(3, "weeks", "min"), d(6, "weeks", "min")],
    ),
    (
        "en",
        "<p>The decision is taken within 90 days instead of the usual 120.</p>",
        [d(90, "days", "max"), d(120, "days", "max")],
    ),
    (
        "fr",
        "<p>La décision est prise dans les 90 jours au lieu des 120 jours habituels.</p>",
        [d(90, "days", "max"), d(120, "days", "max")],
    ),
    (
        "de",
        "<p>Die Entscheidung fällt innerhalb von 90 Tagen statt der üblichen 120 Tage.</p>",
        [d(90, "days", "max"), d(120, "days", "max")],
    ),
)


USUAL += cases(
    (
        "nl",
        "<p>De beslissing volgt binnen 90 dagen in plaats van 120.</p>",
        [d(90, "days", "max"), d(120, "days", "max")],
    ),
    (
        "fr",
        "<p>La décision est prise dans les 90 jours au lieu de 120.</p>",
        [d(90, "days", "max"), d(120, "days", "max")],
    ),
    (
        "de",
        "<p>Die Entscheidung fällt innerhalb von 90 Tagen statt 120.</p>",
        [d(90, "days", "max"), d(120, "days", "max")],
    ),
)


@pytest.mark.parametrize("html,rows", USUAL)
def test_usual_value_takes_the_bound_it_is_compared_with(html, rows):
    """A usual or earlier value named beside the one that applies takes its bound."""
    check(html, rows)


DOWNLOADS = cases(
    ("nl", '<p><a href="/bvr.pdf">BVR (pdf / 0.17 MB)</a></p>', []),
    ("en", '<p><a href="/form.pdf">Application form (PDF, 85 KB)</a></p>', []),
    ("fr", '<p><a href="/form.pdf">Formulaire (PDF, 85 Ko)</a></p>', []),
    ("de", '<p><a href="/form.pdf">Antragsformular (PDF, 85 KB)</a></p>', []),
)


@pytest.mark.parametrize("html,rows", DOWNLOADS)
def test_download_size_in_link_label_is_no_amount(html, rows):
    """The size of a downloadable file in a link's label is not an amount."""
    check(html, rows)


DESCRIBING_ONLY = cases(
    ("de", "<p>In St. Vith wurden nur 2 Anträge gestellt.</p>", [Row("count", 2)]),
    ("en", "<p>Only 2 applications were filed in St. Vith.</p>", [Row("count", 2)]),
    ("nl", "<p>In Sankt Vith werden slechts 2 aanvragen ingediend.</p>", [Row("count", 2)]),
    ("fr", "<p>Seules 2 demandes ont été introduites à Saint-Vith.</p>", [Row("count", 2)]),
)


@pytest.mark.parametrize("html,rows", DESCRIBING_ONLY)
def test_only_describing_a_figure_stays_exact(html, rows):
    """ "Only" that describes a figure instead of limiting the reader keeps `exact`."""
    check(html, rows)


PEOPLE_IN_WORDS = cases(
    ("en", "<p>The child has at least one parent living in Belgium.</p>", [Row("count", 1, "min")]),
    ("de", "<p>Das Kind hat mindestens ein Elternteil in Belgien.</p>", [Row("count", 1, "min")]),
    ("nl", "<p>Het kind heeft minstens één ouder in België.</p>", [Row("count", 1, "min")]),
    ("fr", "<p>L'enfant a au moins un parent en Belgique.</p>", [Row("count", 1, "min")]),
)


@pytest.mark.parametrize("html,rows", PEOPLE_IN_WORDS)
def test_number_in_words_counting_people_is_count(html, rows):
    """A number in words that counts people in a definition is a `count` like its digits."""
    check(html, rows)


WORKED_DATES = cases(
    (
        "en",
        "<p>For a stay from 1 March 2020 you can apply between 1 September 2019 and 14 "
        "February 2020.</p>",
        [day("2020-03-01"), day("2019-09-01"), day("2020-02-14")],
    ),
    (
        "nl",
        "<p>Voor een verblijf vanaf 1 maart 2020 kunt u aanvragen tussen 1 september 2019 en "
        "14 februari 2020.</p>",
        [day("2020-03-01"), day("2019-09-01"), day("2020-02-14")],
    ),
    (
        "fr",
        "<p>Pour un séjour à partir du 1er mars 2020, vous pouvez demander entre le 1er "
        "septembre 2019 et le 14 février 2020.</p>",
        [day("2020-03-01"), day("2019-09-01"), day("2020-02-14")],
    ),
    (
        "de",
        "<p>Für einen Aufenthalt ab dem 1. März 2020 beantragen Sie zwischen dem 1. September "
        "2019 und dem 14. Februar 2020.</p>",
        [day("2020-03-01"), day("2019-09-01"), day("2020-02-14")],
    ),
)


@pytest.mark.parametrize("html,rows", WORKED_DATES)
def test_dates_of_a_worked_example_are_date_rows(html, rows):
    """The full dates of a worked example of a deadline are `date` rows."""
    check(html, rows)


MUNICIPAL = cases(
    ("fr", "<p>Coût : 5,00 EUR</p>", [Row("money", 5)]),
    ("fr", "<p>Validité : 5 ans</p>", [d(5, "years")]),
    ("fr", "<p>Délai : 2 jours ouvrables</p>", [d(2, "days")]),
    ("de", "<p>Kosten: 5,00 EUR</p>", [Row("money", 5)]),
    ("de", "<p>Gültigkeit: 5 Jahre</p>", [d(5, "years")]),
    ("nl", "<p>Kostprijs: 5,00 EUR</p>", [Row("money", 5)]),
    ("en", "<p>Cost: EUR 5.00</p>", [Row("money", 5)]),
)


MUNICIPAL += cases(
    ("fr", "<p>Délai de déclaration : 3 jours ouvrables.</p>", [d(3, "days", "max")]),
    ("nl", "<p>Aangiftetermijn: 3 werkdagen.</p>", [d(3, "days", "max")]),
    ("de", "<p>Meldefrist: 3 Werktage.</p>", [d(3, "days", "max")]),
    ("en", "<p>Deadline to register: 3 working days.</p>", [d(3, "days", "max")]),
)


@pytest.mark.parametrize("html,rows", MUNICIPAL)
def test_municipal_fee_and_validity_lines(html, rows):
    """A fee or validity line holds its amount; the time left to act is a deadline (`max`)."""
    check(html, rows)


AGE_BANDS = cases(
    (
        "de",
        "<p>Personalausweis: 20,40 EUR (18-65 J.)</p>",
        [Row("money", 20.40), Row("age", 18, "range", value_max=65)],
    ),
    (
        "de",
        "<p>Kinderausweis: 15,40 EUR (&lt;18 J.)</p>",
        [Row("money", 15.40), Row("age", 18, "max")],
    ),
    (
        "fr",
        "<p>Carte enfant : 15,40 EUR (&lt;18 ans)</p>",
        [Row("money", 15.40), Row("age", 18, "max")],
    ),
    (
        "en",
        "<p>Senior card: EUR 12.00 (&gt;65 years)</p>",
        [Row("money", 12), Row("age", 65, "min")],
    ),
    (
        "fr",
        "<p>Carte d'identité : 20,40 EUR (18-65 ans)</p>",
        [Row("money", 20.40), Row("age", 18, "range", value_max=65)],
    ),
    (
        "nl",
        "<p>Identiteitskaart: 20,40 EUR (18-65 jaar)</p>",
        [Row("money", 20.40), Row("age", 18, "range", value_max=65)],
    ),
    (
        "en",
        "<p>Identity card: EUR 20.40 (ages 18-65)</p>",
        [Row("money", 20.40), Row("age", 18, "range", value_max=65)],
    ),
)


@pytest.mark.parametrize("html,rows", AGE_BANDS)
def test_price_per_age_band_is_money_and_age(html, rows):
    """A price stated per age band is two rows, the `money` and the `age`."""
    check(html, rows)


MORE_BOUND_WORDS = cases(
    ("en", "<p>The salary is from EUR 2,500.</p>", [Row("money", 2500, "min")]),
    ("nl", "<p>Het loon bedraagt vanaf € 2.500.</p>", [Row("money", 2500, "min")]),
    ("fr", "<p>Le salaire est à partir de 2.500 euros.</p>", [Row("money", 2500, "min")]),
    ("de", "<p>Das Gehalt beträgt ab 2.500 Euro.</p>", [Row("money", 2500, "min")]),
    ("en", "<p>The contract lasts no more than 12 months.</p>", [d(12, "months", "max")]),
    ("nl", "<p>Het contract duurt niet meer dan 12 maanden.</p>", [d(12, "months", "max")]),
    ("fr", "<p>Le contrat ne peut excéder 12 mois.</p>", [d(12, "months", "max")]),
    ("de", "<p>Der Vertrag dauert nicht mehr als 12 Monate.</p>", [d(12, "months", "max")]),
    ("en", "<p>The stay is not less than 3 months.</p>", [d(3, "months", "min")]),
    ("nl", "<p>Het verblijf duurt hoogstens 3 maanden.</p>", [d(3, "months", "max")]),
    ("fr", "<p>Le séjour dure au plus 3 mois.</p>", [d(3, "months", "max")]),
    ("de", "<p>Der Aufenthalt dauert nicht weniger als 3 Monate.</p>", [d(3, "months", "min")]),
    ("en", "<p>The training lasts up to 6 months.</p>", [d(6, "months", "max")]),
    ("nl", "<p>De opleiding duurt ten hoogste 6 maanden.</p>", [d(6, "months", "max")]),
    ("fr", "<p>La formation dure au maximum 6 mois.</p>", [d(6, "months", "max")]),
    ("de", "<p>Die Ausbildung dauert bis zu 6 Monate.</p>", [d(6, "months", "max")]),
)


@pytest.mark.parametrize("html,rows", MORE_BOUND_WORDS)
def test_more_bound_words(html, rows):
    """The rest of the bound words: "from" on money, no more than, ne peut excéder, bis zu."""
    check(html, rows)


PAY_COMPOUNDS = cases(
    ("nl", "<p>Het maandloon bedraagt € 2.500.</p>", [Row("money", 2500, per="month")]),
    ("nl", "<p>Het jaarloon bedraagt € 48.912.</p>", [Row("money", 48912, per="year")]),
    ("fr", "<p>Le salaire mensuel est de 2.500 euros.</p>", [Row("money", 2500, per="month")]),
    ("fr", "<p>Le salaire brut annuel est de 48.912 euros.</p>", [Row("money", 48912, per="year")]),
    ("de", "<p>Das Jahresgehalt beträgt 48.912 Euro.</p>", [Row("money", 48912, per="year")]),
    ("de", "<p>Das Gehalt beträgt 2.500 Euro monatlich.</p>", [Row("money", 2500, per="month")]),
    ("en", "<p>The annual salary is EUR 48,912.</p>", [Row("money", 48912, per="year")]),
    ("en", "<p>The weekly allowance is EUR 100.</p>", [Row("money", 100, per="week")]),
)


@pytest.mark.parametrize("html,rows", PAY_COMPOUNDS)
def test_per_in_pay_words(html, rows):
    """`per` from words of pay: maandloon, jaarloon, mensuel, brut annuel, Jahresgehalt, annual."""
    check(html, rows)


ONLY_ONCE = cases(
    ("nl", "<p>De arbeidskaart kan maar één keer worden vernieuwd.</p>", [Row("count", 1, "max")]),
    ("en", "<p>The work card can be renewed only once.</p>", [Row("count", 1, "max")]),
    ("de", "<p>Die Karte kann nur einmal verlängert werden.</p>", [Row("count", 1, "max")]),
    ("fr", "<p>La famille ne paie qu'une seule redevance.</p>", [Row("count", 1, "max")]),
    ("de", "<p>Die Karte kann nur 1 Mal verlängert werden.</p>", [Row("count", 1, "max")]),
)


@pytest.mark.parametrize("html,rows", ONLY_ONCE)
def test_only_once_is_a_max_count(html, rows):
    """A limit with "only" ("kan maar één keer", "qu'une seule redevance"): a `max` count."""
    check(html, rows)


THREE_TIMES = cases(
    (
        "en",
        "<h2>Fee: EUR 200</h2><p>The fee is EUR 200.</p><table><tr><th>Fee</th></tr>"
        "<tr><td>EUR 200</td></tr></table>",
        [Row("money", 200), Row("money", 200), Row("money", 200)],
    ),
    (
        "nl",
        "<h2>Retributie: € 200</h2><p>De retributie bedraagt € 200.</p>",
        [Row("money", 200), Row("money", 200)],
    ),
)


@pytest.mark.parametrize("html,rows", THREE_TIMES)
def test_a_value_stated_three_times_is_three_rows(html, rows):
    """Every statement is a row, headings and table cells included."""
    check(html, rows)


# -- the rest of the main rules, in all four languages (tuning round 9) ----------------------

TABLE_HEADERS += cases(
    (
        "en",
        "<table><tr><th>Maximum duration</th><td>90 days</td></tr></table>",
        [d(90, "days", "max")],
    ),
    (
        "nl",
        "<table><tr><th>Maximale duur</th><td>90 dagen</td></tr></table>",
        [d(90, "days", "max")],
    ),
    (
        "fr",
        "<table><tr><th>Durée maximale</th><td>90 jours</td></tr></table>",
        [d(90, "days", "max")],
    ),
    ("de", "<table><tr><th>Höchstdauer</th><td>90 Tage</td></tr></table>", [d(90, "days", "max")]),
    (
        "en",
        "<table><tr><th>Monthly allowance</th><td>EUR 450</td></tr></table>",
        [Row("money", 450, per="month")],
    ),
    (
        "nl",
        "<table><tr><th>Maandelijkse vergoeding</th><td>€ 450</td></tr></table>",
        [Row("money", 450, per="month")],
    ),
    (
        "fr",
        "<table><tr><th>Indemnité mensuelle</th><td>450 €</td></tr></table>",
        [Row("money", 450, per="month")],
    ),
    (
        "de",
        "<table><tr><th>Monatliches Taschengeld</th><td>450 €</td></tr></table>",
        [Row("money", 450, per="month")],
    ),
)

RANGES += cases(
    ("en", "<p>The au pair is 18 to 26 years old.</p>", [Row("age", 18, "range", value_max=26)]),
    (
        "de",
        "<p>Das Au-pair ist von 18 bis 26 Jahre alt.</p>",
        [Row("age", 18, "range", value_max=26)],
    ),
)

PER += cases(
    ("en", "<p>The au pair works 20 hours weekly.</p>", [Row("hours", 20, per="week")]),
    ("nl", "<p>De au pair werkt 20 uur wekelijks.</p>", [Row("hours", 20, per="week")]),
    (
        "fr",
        "<p>Le jeune au pair travaille 20 heures par semaine.</p>",
        [Row("hours", 20, per="week")],
    ),
    ("de", "<p>Das Au-pair arbeitet 20 Stunden pro Woche.</p>", [Row("hours", 20, per="week")]),
)

LAW_DAYS += cases(
    ("en", "<p>The new rules apply on 1 November next.</p>", []),
    ("fr", "<p>Les nouvelles règles s'appliquent le 1er novembre prochain.</p>", []),
    ("de", "<p>Die neuen Regeln gelten ab dem 1. November kommenden Jahres.</p>", []),
)

ONLY += cases(
    ("en", "<p>He has already worked 65 days.</p>", [d(65, "days")]),
    ("fr", "<p>Il a déjà travaillé 65 jours.</p>", [d(65, "days")]),
    ("de", "<p>Er hat bereits 65 Tage gearbeitet.</p>", [d(65, "days")]),
    (
        "nl",
        "<p>Seizoenarbeiders mogen per jaar 100 dagen werken.</p>",
        [d(100, "days", "max", per="year")],
    ),
    ("nl", "<p>Dan mag hij nog 35 dagen werken.</p>", [d(35, "days", "max")]),
    ("en", "<p>Then he may still work 35 days.</p>", [d(35, "days", "max")]),
)

EARLIEST += cases(
    ("en", "<p>Applying earlier than 6 months before makes no sense.</p>", [d(6, "months", "min")]),
    ("nl", "<p>Eerder dan 6 maanden indienen heeft geen zin.</p>", [d(6, "months", "min")]),
    (
        "fr",
        "<p>Introduire la demande plus tôt que 6 mois avant n'a pas de sens.</p>",
        [d(6, "months", "min")],
    ),
    ("de", "<p>Ein Antrag früher als 6 Monate vorher ist sinnlos.</p>", [d(6, "months", "min")]),
)


# -- settled while adding check part 2 (devset-e): the dateline ------------------------------

DATELINES = cases(
    ("en", "<p>Updated on 12 March 2024</p>", []),
    ("nl", "<p>Bijgewerkt op 12 maart 2024</p>", []),
    ("fr", "<p>Mis à jour le 12 mars 2024</p>", []),
    ("de", "<p>Aktualisiert am 12. März 2024</p>", []),
)


@pytest.mark.parametrize("html,rows", DATELINES)
def test_updated_on_dateline_is_no_date(html, rows):
    """The "updated on" dateline of a news or statistics item is not a `date` row."""
    check(html, rows)


# -- settled while adding check part 7 (devset-x, devset-y) ----------------------------------

MONTHLY_PARTS = cases(
    (
        "en",
        "<p>Manager: 60,000 euros (posted: 5,000.00 euros x 12; insured in Belgium: 4,310.34 "
        "euros x 13.92)</p>",
        [Row("money", 60000), Row("money", 5000), Row("money", 4310.34)],
    ),
    (
        "nl",
        "<p>Leidinggevende: 60.000 euro (gedetacheerd: 5.000,00 euro x 12; verzekerd in België: "
        "4.310,34 euro x 13,92)</p>",
        [Row("money", 60000), Row("money", 5000), Row("money", 4310.34)],
    ),
    (
        "fr",
        "<p>Cadre : 60.000 euros (détaché : 5.000,00 euros x 12 ; assujetti en Belgique : "
        "4.310,34 euros x 13,92)</p>",
        [Row("money", 60000), Row("money", 5000), Row("money", 4310.34)],
    ),
    (
        "de",
        "<p>Führungskraft: 60.000 Euro (entsandt: 5.000,00 Euro x 12; in Belgien versichert: "
        "4.310,34 Euro x 13,92)</p>",
        [Row("money", 60000), Row("money", 5000), Row("money", 4310.34)],
    ),
)


@pytest.mark.parametrize("html,rows", MONTHLY_PARTS)
def test_monthly_parts_beside_annual_threshold_are_money_without_rate(html, rows):
    """The monthly parts beside an annual threshold are `money`, `exact`, `per` null when no
    "per month" is written; the multipliers (x 12, x 13,92) are no amounts (devset-x)."""
    check(html, rows)


PART_WITHOUT_SIGN = cases(
    (
        "en",
        "<p>Researcher: 52,000 euros (posted: 4,100.00 x 12; insured in Belgium: 3,735.63 "
        "euros x 13.92)</p>",
        [Row("money", 52000), Row("money", 4100), Row("money", 3735.63)],
    ),
    (
        "nl",
        "<p>Onderzoeker: 52.000 euro (gedetacheerd: 4.100,00 x 12; verzekerd in België: "
        "3.735,63 euro x 13,92)</p>",
        [Row("money", 52000), Row("money", 4100), Row("money", 3735.63)],
    ),
    (
        "fr",
        "<p>Chercheur : 52.000 euros (détaché : 4.100,00 x 12 ; assujetti en Belgique : "
        "3.735,63 euros x 13,92)</p>",
        [Row("money", 52000), Row("money", 4100), Row("money", 3735.63)],
    ),
    (
        "de",
        "<p>Forscher: 52.000 Euro (entsandt: 4.100,00 x 12; in Belgien versichert: 3.735,63 "
        "Euro x 13,92)</p>",
        [Row("money", 52000), Row("money", 4100), Row("money", 3735.63)],
    ),
    (
        "en",
        "<ul><li>Manager: 60,000 euros</li><li>posted: 5,000.00 euros x 12</li>"
        "<li>insured in Belgium: 4,310.34 x 13.92</li></ul>",
        [Row("money", 60000), Row("money", 5000), Row("money", 4310.34)],
    ),
    (
        "nl",
        "<ul><li>Kaderlid: 60.000 euro</li><li>gedetacheerd: 5.000,00 euro x 12</li>"
        "<li>verzekerd in België: 4.310,34 x 13,92</li></ul>",
        [Row("money", 60000), Row("money", 5000), Row("money", 4310.34)],
    ),
)


@pytest.mark.parametrize("html,rows", PART_WITHOUT_SIGN)
def test_part_without_currency_sign_among_euros_is_money(html, rows):
    """A part written without a currency sign in a list whose other parts carry one
    ("posted: 4.100.00 x 12") is still `money`: a reader takes it as euros (devset-x)."""
    check(html, rows)


ORDINAL_WINDOW = cases(
    (
        "en",
        "<p>You renew the card between the 60th and the 40th day before it expires.</p>",
        [d(40, "days", "range", value_max=60)],
    ),
    (
        "nl",
        "<p>U vernieuwt de kaart tussen de 60ste en de 40ste dag voor de vervaldatum.</p>",
        [d(40, "days", "range", value_max=60)],
    ),
    (
        "fr",
        "<p>Vous renouvelez la carte entre le 60e et le 40e jour avant son expiration.</p>",
        [d(40, "days", "range", value_max=60)],
    ),
    (
        "de",
        "<p>Sie verlängern die Karte zwischen dem 60. und dem 40. Tag vor ihrem Ablauf.</p>",
        [d(40, "days", "range", value_max=60)],
    ),
    (
        "en",
        "<p>Renew the card between the 40th and the 60th day before it expires.</p>",
        [d(40, "days", "range", value_max=60)],
    ),
)


@pytest.mark.parametrize("html,rows", ORDINAL_WINDOW)
def test_window_in_ordinal_days_before_expiry_is_one_range(html, rows):
    """A window counted in ordinal days before an expiry ("between the 60th and the 40th day
    before the card expires") is one `range` row in days, 40 to 60 (devset-y)."""
    check(html, rows)


TWO_FEES = cases(
    (
        "en",
        "<table><tr><th>Document</th><th>Fee</th></tr><tr><td>Residence card</td>"
        "<td>12,00 € / 14,50 €</td></tr></table>",
        [Row("money", 12), Row("money", 14.5)],
    ),
    (
        "nl",
        "<table><tr><th>Document</th><th>Retributie</th></tr><tr><td>Verblijfskaart</td>"
        "<td>12,00 € / 14,50 €</td></tr></table>",
        [Row("money", 12), Row("money", 14.5)],
    ),
    (
        "fr",
        "<table><tr><th>Document</th><th>Redevance</th></tr><tr><td>Carte de séjour</td>"
        "<td>12,00 € / 14,50 €</td></tr></table>",
        [Row("money", 12), Row("money", 14.5)],
    ),
    (
        "de",
        "<table><tr><th>Dokument</th><th>Gebühr</th></tr><tr><td>Aufenthaltskarte</td>"
        "<td>12,00 € / 14,50 €</td></tr></table>",
        [Row("money", 12), Row("money", 14.5)],
    ),
)


@pytest.mark.parametrize("html,rows", TWO_FEES)
def test_two_fees_in_one_cell_are_two_rows(html, rows):
    """Two fees in one cell ("12,00 € / 14,50 €") are two `money` rows (devset-y)."""
    check(html, rows)


# -- round 10: the rules no group stated yet, and check part 8's settled cases ---------------

FEE_ITEMS = cases(
    (
        "en",
        "<p>Please bring the following:</p><ul><li>52 euros (payment by card only)</li>"
        "<li>Passport, 3 photos, € 7</li><li>A small fee is charged.</li></ul>",
        [Row("money", 52), Row("count", 3), Row("money", 7)],
    ),
    (
        "nl",
        "<p>Breng het volgende mee:</p><ul><li>52 euro (enkel betaling met bankkaart)</li>"
        "<li>Paspoort, 3 pasfoto's, € 7</li><li>Er wordt een kleine retributie gevraagd.</li>"
        "</ul>",
        [Row("money", 52), Row("count", 3), Row("money", 7)],
    ),
    (
        "fr",
        "<p>Se munir de :</p><ul><li>52 euros (paiement par carte uniquement)</li>"
        "<li>Passeport, 3 photos, 7 €</li><li>10 euros</li></ul>",
        [Row("money", 52), Row("count", 3), Row("money", 7), Row("money", 10)],
    ),
    (
        "de",
        "<p>Bringen Sie bitte Folgendes mit:</p><ul><li>52 Euro (nur Kartenzahlung)</li>"
        "<li>Reisepass, 3 Passfotos, 7 €</li><li>10 Euro</li></ul>",
        [Row("money", 52), Row("count", 3), Row("money", 7), Row("money", 10)],
    ),
)


@pytest.mark.parametrize("html,rows", FEE_ITEMS)
def test_fees_in_a_bring_list_are_money_rows(html, rows):
    """In a "bring the following" list, a fee given with or without something to bring is a
    `money` row (and the photos a `count`); a fee named without its amount is none (devset-zb)."""
    check(html, rows)


LIMIT_WITHOUT_OBLIGATION = cases(
    ("en", "<p>Each certificate may be at most 6 months old.</p>", [d(6, "months", "max")]),
    ("nl", "<p>Elk attest mag hoogstens 6 maanden oud zijn.</p>", [d(6, "months", "max")]),
    ("fr", "<p>Chaque certificat date de 6 mois au plus.</p>", [d(6, "months", "max")]),
    ("de", "<p>Jede Bescheinigung ist höchstens 6 Monate alt.</p>", [d(6, "months", "max")]),
    (
        "en",
        "<p>The seasonal work remains limited to 5 months in 12.</p>",
        [d(5, "months", "max"), d(12, "months")],
    ),
    (
        "nl",
        "<p>De seizoensarbeid blijft beperkt tot 5 maanden op 12.</p>",
        [d(5, "months", "max"), d(12, "months")],
    ),
    (
        "fr",
        "<p>Le travail saisonnier reste limité à 5 mois sur 12.</p>",
        [d(5, "months", "max"), d(12, "months")],
    ),
    (
        "de",
        "<p>Die Saisonarbeit bleibt auf 5 Monate in 12 begrenzt.</p>",
        [d(5, "months", "max"), d(12, "months")],
    ),
)


@pytest.mark.parametrize("html,rows", LIMIT_WITHOUT_OBLIGATION)
def test_limit_without_obligation_word_is_max(html, rows):
    """A limit stated without an obligation word ("may be at most 6 months old", "remains
    limited to 5 months in 12") is a `max` amount; the period it is counted in stays the
    window, `exact` (GUIDE, settled at 22:58)."""
    check(html, rows)


COUNT_NOUNS = cases(
    ("en", "<p>The host family has 2 children.</p>", [Row("count", 2)]),
    ("nl", "<p>Het gastgezin heeft 2 kinderen.</p>", [Row("count", 2)]),
    ("fr", "<p>La famille d'accueil a 2 enfants.</p>", [Row("count", 2)]),
    ("de", "<p>Die Gastfamilie hat 2 Kinder.</p>", [Row("count", 2)]),
    ("en", "<p>Hand in 2 copies of the contract.</p>", [Row("count", 2)]),
    ("nl", "<p>Bezorg 2 exemplaren van het contract.</p>", [Row("count", 2)]),
    ("fr", "<p>Remettez 2 exemplaires du contrat.</p>", [Row("count", 2)]),
    ("de", "<p>Reichen Sie 2 Exemplare des Vertrags ein.</p>", [Row("count", 2)]),
    ("en", "<p>The list names 5 occupations.</p>", [Row("count", 5)]),
    ("nl", "<p>De lijst bevat 5 beroepen.</p>", [Row("count", 5)]),
    ("fr", "<p>La liste compte 5 professions.</p>", [Row("count", 5)]),
    ("de", "<p>Die Liste nennt 5 Berufe.</p>", [Row("count", 5)]),
    ("en", "<p>The au pair gets 20 days of leave a year.</p>", [d(20, "days", per="year")]),
    ("nl", "<p>De au pair heeft 20 dagen verlof per jaar.</p>", [d(20, "days", per="year")]),
    (
        "fr",
        "<p>Le jeune au pair a 20 jours de congé par an.</p>",
        [d(20, "days", per="year")],
    ),
    ("de", "<p>Das Au-pair hat 20 Tage Urlaub pro Jahr.</p>", [d(20, "days", per="year")]),
)


@pytest.mark.parametrize("html,rows", COUNT_NOUNS)
def test_countable_things_are_counts_days_a_year_are_durations(html, rows):
    """Children, copies, occupations are `count` rows; days a year are durations, not counts
    (the kinds table), and days one is given have no bound."""
    check(html, rows)


AGE_FORMS = cases(
    ("en", "<p>Applicants aged 18 may apply.</p>", [Row("age", 18)]),
    ("en", "<p>Children younger than 13 may not work.</p>", [Row("age", 13, "max")]),
    (
        "en",
        "<p>The programme is open between the ages of 18 and 26.</p>",
        [Row("age", 18, "range", value_max=26)],
    ),
    ("nl", "<p>De kandidaat is 18 jaar oud.</p>", [Row("age", 18)]),
    ("nl", "<p>Kinderen jonger dan 13 jaar mogen niet werken.</p>", [Row("age", 13, "max")]),
    ("fr", "<p>Le candidat est âgé de 18 ans.</p>", [Row("age", 18)]),
    ("fr", "<p>Les enfants de moins de 13 ans ne peuvent pas travailler.</p>",
     [Row("age", 13, "max")]),
    ("de", "<p>Der Bewerber ist 18 Jahre alt.</p>", [Row("age", 18)]),
    ("de", "<p>Der Bewerber ist unter 30 Jahren.</p>", [Row("age", 30, "max")]),
)


@pytest.mark.parametrize("html,rows", AGE_FORMS)
def test_age_forms_of_the_kinds_table(html, rows):
    """The ages of the kinds table: "aged 18", "younger than 13", "ages of 18 and 26",
    "18 jaar oud", "âgé de 18 ans", "unter 30 Jahren"."""
    check(html, rows)


BOUND_WORDS_REST = cases(
    ("en", "<p>The au pair must be 18 years old minimum.</p>", [Row("age", 18, "min")]),
    ("en", "<p>The salary exceeds EUR 3,000 a month.</p>", [Row("money", 3000, "min", "month")]),
    ("en", "<p>Apply no earlier than 3 months before expiry.</p>", [d(3, "months", "min")]),
    ("en", "<p>The contract must not exceed 12 months.</p>", [d(12, "months", "max")]),
    ("en", "<p>The stay may not be longer than 12 months.</p>", [d(12, "months", "max")]),
    ("en", "<p>The work lasts less than 3 months.</p>", [d(3, "months", "max")]),
    ("nl", "<p>Het contract duurt minimaal 6 maanden.</p>", [d(6, "months", "min")]),
    ("nl", "<p>Het verblijf duurt minstens 3 maanden.</p>", [d(3, "months", "min")]),
    ("nl", "<p>Het contract duurt maximaal 12 maanden.</p>", [d(12, "months", "max")]),
    ("nl", "<p>Het werk duurt minder dan 3 maanden.</p>", [d(3, "months", "max")]),
    ("fr", "<p>Le salaire est de minimum 2.000 euros par mois.</p>",
     [Row("money", 2000, "min", "month")]),
    ("fr", "<p>Le séjour dure au moins 3 mois.</p>", [d(3, "months", "min")]),
    ("fr", "<p>Le travail dure moins de 3 mois.</p>", [d(3, "months", "max")]),
    ("de", "<p>Der Vertrag dauert maximal 12 Monate.</p>", [d(12, "months", "max")]),
    ("de", "<p>Der Vertrag dauert mindestens 6 Monate.</p>", [d(6, "months", "min")]),
    ("de", "<p>Das Gehalt beträgt wenigstens 2.000 Euro im Monat.</p>",
     [Row("money", 2000, "min", "month")]),
)


@pytest.mark.parametrize("html,rows", BOUND_WORDS_REST)
def test_bound_words_of_the_guide_not_stated_yet(html, rows):
    """The GUIDE's bound lists word by word where no group stated them yet: minimum after the
    value, exceeds, no earlier than, not exceed, not longer than, less than, minimaal, minder
    dan, minimum, moins de, maximal, wenigstens."""
    check(html, rows)


PER_WORDS_REST = cases(
    ("en", "<p>The allowance is EUR 450/month.</p>", [Row("money", 450, per="month")]),
    ("en", "<p>The allowance is EUR 5,000 yearly.</p>", [Row("money", 5000, per="year")]),
    ("en", "<p>The allowance is EUR 100 a week.</p>", [Row("money", 100, per="week")]),
    ("en", "<p>The allowance is EUR 20 daily.</p>", [Row("money", 20, per="day")]),
    ("nl", "<p>De vergoeding bedraagt € 450 maandelijks.</p>", [Row("money", 450, per="month")]),
    ("nl", "<p>De vergoeding bedraagt € 100 wekelijks.</p>", [Row("money", 100, per="week")]),
    ("fr", "<p>L'indemnité mensuelle est de 450 euros.</p>", [Row("money", 450, per="month")]),
    ("fr", "<p>L'indemnité est de 100 euros par semaine.</p>", [Row("money", 100, per="week")]),
    ("de", "<p>Das Gehalt beträgt 48.912 Euro jährlich.</p>", [Row("money", 48912, per="year")]),
    ("de", "<p>Das Gehalt beträgt 100 Euro pro Woche.</p>", [Row("money", 100, per="week")]),
)


@pytest.mark.parametrize("html,rows", PER_WORDS_REST)
def test_per_words_of_the_guide_not_stated_yet(html, rows):
    """The GUIDE's rate words where no group stated them yet: /month, yearly, a week, daily,
    maandelijks, wekelijks, mensuel, par semaine, jährlich, pro Woche."""
    check(html, rows)


NEVER_EVERYWHERE = cases(
    ("en", "<p>Fill in form A4-2.</p>", []),
    ("nl", "<p>Vul formulier A4-2 in.</p>", []),
    ("fr", "<p>Remplissez le formulaire A4-2.</p>", []),
    ("de", "<p>Füllen Sie das Formular A4-2 aus.</p>", []),
    ("en", "<p>Version 2.3 of the form applies.</p>", []),
    ("nl", "<p>Versie 2.3 van het formulier is van toepassing.</p>", []),
    ("fr", "<p>La version 2.3 du formulaire s'applique.</p>", []),
    ("de", "<p>Es gilt die Version 2.3 des Formulars.</p>", []),
    ("en", "<p>See the law of 15 December 1980, article 10, § 1, 4°.</p>", []),
    ("nl", "<p>Zie de wet van 15 december 1980, artikel 10, § 1, 4°.</p>", []),
    ("de", "<p>Siehe das Gesetz vom 15. Dezember 1980, Artikel 10, § 1, 4°.</p>", []),
    ("en", "<p>Call us on 02 204 21 11.</p>", []),
    ("fr", "<p>Appelez-nous au 02 204 21 11.</p>", []),
    ("de", "<p>Rufen Sie uns an unter 087 59 63 00.</p>", []),
    ("en", "<p>Write to Rue du Moulin 4, 5100 Namur.</p>", []),
    ("nl", "<p>Schrijf naar Koningsstraat 4, 1000 Brussel.</p>", []),
    ("de", "<p>Schreiben Sie an Gospertstraße 1, 4700 Eupen.</p>", []),
    ("en", "<p>The rules changed in March 2025.</p>", []),
    ("fr", "<p>Les règles ont changé en mars 2025.</p>", []),
    ("de", "<p>Die Regeln wurden im März 2025 geändert.</p>", []),
)


@pytest.mark.parametrize("html,rows", NEVER_EVERYWHERE)
def test_never_amounts_in_every_language(html, rows):
    """What is never an amount, in each language: form codes ("A4-2"), version numbers, law
    dates and article numbers, phone numbers, postal codes, a month and year without a day."""
    check(html, rows)


# -- settled in the label audit (2026-12-07) ------------------------------------------------
# Cases the extractors do not read yet are strict xfails, named by their id in AUDIT_NOT_YET:
# a case that starts to pass fails here until it is taken off the list.

AUDIT_NOT_YET: set[str] = set()


def audit_cases(name: str, *items: tuple[str, str, list[Row]]) -> list:
    params = []
    for n, (lang, html, rows) in enumerate(items):
        case_id = f"{name}-{lang}-{n}"
        marks = (
            [pytest.mark.xfail(strict=True, reason="GUIDE entry not read yet")]
            if case_id in AUDIT_NOT_YET
            else []
        )
        params.append(pytest.param(html, rows, id=case_id, marks=marks))
    return params


ONE_EMPLOYER = audit_cases(
    "one_employer",
    (
        "nl",
        "<p>De arbeidskaart B geldt voor 1 beroep bij 1 werkgever.</p>",
        [Row("count", 1), Row("count", 1)],
    ),
    ("en", "<p>The permit is tied to one specific employer.</p>", [Row("count", 1)]),
    ("fr", "<p>Le permis ne vaut que pour un seul employeur.</p>", [Row("count", 1, "max")]),
    (
        "de",
        "<p>Die Erlaubnis gilt nur für einen einzigen Arbeitgeber.</p>",
        [Row("count", 1, "max")],
    ),
    (
        "nl",
        "<p>De werknemer mag alleen werken bij één bepaalde werkgever.</p>",
        [Row("count", 1, "max")],
    ),
    ("en", "<p>The permit is valid only for one employer.</p>", [Row("count", 1, "max")]),
    ("fr", "<p>Le permis est valable pour un employeur déterminé.</p>", [Row("count", 1)]),
    ("fr", "<p>Le travailleur ne peut travailler que chez un seul employeur.</p>",
     [Row("count", 1, "max")]),
    ("de", "<p>Die Erlaubnis gilt für einen bestimmten Arbeitgeber.</p>", [Row("count", 1)]),
    ("nl", "<p>De arbeidskaart geldt bij een bepaalde werkgever.</p>", [Row("count", 1)]),
    ("fr", "<p>Une personne déterminée peut signer.</p>", []),
    ("nl", "<p>De vergunning geldt voor één werkgever.</p>", [Row("count", 1)]),
    ("de", "<p>Die Erlaubnis gilt für 1 Arbeitgeber.</p>", [Row("count", 1)]),
)


@pytest.mark.parametrize("html,rows", ONE_EMPLOYER)
def test_a_permit_tied_to_one_employer_is_exact_and_max_only_with_only(html, rows):
    """A permit tied to one employer or occupation names which job it covers: `exact`; with
    "only" it is a limit, `max` (GUIDE, label audit)."""
    check(html, rows)


DEADLINE_NOUN = audit_cases(
    "deadline_noun",
    (
        "nl",
        "<p>Voor een gewone vergunning bedraagt die termijn 120 dagen.</p>",
        [d(120, "days", "max")],
    ),
    ("en", "<p>For a Blue Card a term of 90 days applies.</p>", [d(90, "days", "max")]),
    (
        "fr",
        "<p>À l'échéance du délai de 9 mois, le visa est accordé.</p>",
        [d(9, "months", "max")],
    ),
    ("de", "<p>Die Frist für die Entscheidung beträgt 60 Tage.</p>", [d(60, "days", "max")]),
    ("en", "<p>Processing usually takes 1 month.</p>", [d(1, "months")]),
    ("en", "<p>The processing time is 60 days.</p>", [d(60, "days", "max")]),
    ("nl", "<p>De termijn van 4 jaar kan korter zijn.</p>", [d(4, "years")]),
    ("fr", "<p>Le délai de cinq ans de séjour peut être réduit.</p>", [d(5, "years")]),
    ("de", "<p>Die Frist von fünf Jahren läuft ab dem Tag der Anmeldung.</p>", [d(5, "years")]),
    ("fr", "<p>Le délai est de 4 mois pour une première demande.</p>", [d(4, "months", "max")]),
    ("de", "<p>Nach Ablauf der Frist von 90 Tagen gilt die Erlaubnis.</p>", [d(90, "days", "max")]),
)


@pytest.mark.parametrize("html,rows", DEADLINE_NOUN)
def test_a_deadline_named_by_its_noun_is_max(html, rows):
    """A time limit for a decision or an act named by its noun ("die termijn", "le délai",
    "die Frist", "a term") is `max` like "within"; a reported processing time stays `exact`
    (GUIDE, label audit)."""
    check(html, rows)


RESTATED_VALUE = audit_cases(
    "restated_value",
    (
        "en",
        "<p>For 2017 the amount went up to EUR 66,942.00 gross per year.</p>",
        [Row("money", 66942, per="year")],
    ),
    (
        "nl",
        "<p>De werknemer moet een bruto jaarloon van € 51.882 aantonen.</p>",
        [Row("money", 51882, per="year")],
    ),
    (
        "fr",
        "<p>En 2022, ce montant passera à 86.209 euros par an.</p>",
        [Row("money", 86209, per="year")],
    ),
    ("de", "<p>Für 2024 beträgt er 55.958 Euro pro Jahr.</p>", [Row("money", 55958, per="year")]),
)


@pytest.mark.parametrize("html,rows", RESTATED_VALUE)
def test_a_thresholds_yearly_value_without_a_bound_word_is_exact(html, rows):
    """This year's value of a threshold, or a salary one must show, with no bound word in its
    own sentence is `exact` (GUIDE, label audit)."""
    check(html, rows)


ONE_FOR_TWO = audit_cases(
    "one_for_two",
    (
        "en",
        "<p>One authorisation covers both the stay and the work.</p>",
        [Row("count", 1)],
    ),
    ("nl", "<p>Dan krijgt hij één enkel document.</p>", [Row("count", 1)]),
    ("fr", "<p>Un seul et même acte suffit.</p>", [Row("count", 1)]),
    ("de", "<p>Ein einziger Antrag genügt.</p>", [Row("count", 1)]),
    ("en", "<p>Apply for a single permit at the region.</p>", []),
    ("en", "<p>The decision on a single permit application follows later.</p>", []),
    (
        "nl",
        "<p>De gecombineerde vergunning (één enkele aanvraag) wordt bij het gewest ingediend.</p>",
        [],
    ),
    ("fr", "<p>Le permis unique (une seule demande) est introduit par l'employeur.</p>", []),
    ("fr", "<p>La procédure de demande unique s'applique aux chercheurs.</p>", []),
    ("de", "<p>Die kombinierte Erlaubnis (ein einziger Antrag) wird beim Land beantragt.</p>", []),
    ("en", "<p>A single application covers both the stay and the work.</p>", [Row("count", 1)]),
    ("nl", "<p>Dan krijgt u één vergunning voor verblijf en arbeid.</p>", [Row("count", 1)]),
    ("fr", "<p>Une seule autorisation couvre le séjour et le travail.</p>", [Row("count", 1)]),
    ("de", "<p>Eine einzige Genehmigung gilt für Aufenthalt und Arbeit.</p>", [Row("count", 1)]),
)


@pytest.mark.parametrize("html,rows", ONE_FOR_TWO)
def test_one_thing_doing_the_work_of_two_is_an_exact_count(html, rows):
    """"One authorisation covers both", "één enkel document": a `count` of 1, `exact`; the
    name "single permit" is no amount (GUIDE, label audit)."""
    check(html, rows)


RENEWALS_ALLOWED = audit_cases(
    "renewals_allowed",
    ("de", "<p>Die Erlaubnis kann einmal erneuert werden.</p>", [Row("count", 1, "max")]),
    ("nl", "<p>Ze kan één keer verlengd worden.</p>", [Row("count", 1, "max")]),
    ("en", "<p>The permit may be renewed once.</p>", [Row("count", 1, "max")]),
    ("fr", "<p>Le permis peut être renouvelé une fois.</p>", [Row("count", 1, "max")]),
    ("nl", "<p>De kaart kan twee keer verlengd worden.</p>", [Row("count", 2, "max")]),
    ("en", "<p>Last year the permit was renewed once.</p>", [Row("count", 1)]),
)


@pytest.mark.parametrize("html,rows", RENEWALS_ALLOWED)
def test_how_often_a_permit_may_be_renewed_is_max(html, rows):
    """How often a permission lets a permit be renewed is a limit stated as a permission:
    `max`; a renewal that happened is a figure, `exact` (GUIDE, label audit)."""
    check(html, rows)


EARLIER_VALUE_BESIDE = audit_cases(
    "earlier_value_beside",
    (
        "nl",
        "<p>Het loon bedraagt minstens € 51.882 bruto per jaar. In 2016 bedroeg dat € 51.494.</p>",
        [Row("money", 51882, "min", "year"), Row("money", 51494, "min", "year")],
    ),
    (
        "en",
        "<p>The salary must be at least EUR 51,882 a year (51,494 euro in 2016).</p>",
        [Row("money", 51882, "min", "year"), Row("money", 51494, "min", "year")],
    ),
    (
        "fr",
        "<p>Le salaire doit atteindre au moins 51.882 euros par an (51.494 euros en 2016).</p>",
        [Row("money", 51882, "min", "year"), Row("money", 51494, "min", "year")],
    ),
    (
        "de",
        "<p>Das Gehalt beträgt mindestens 51.882 Euro im Jahr (51.494 Euro im Jahr 2016).</p>",
        [Row("money", 51882, "min", "year"), Row("money", 51494, "min", "year")],
    ),
)


@pytest.mark.parametrize("html,rows", EARLIER_VALUE_BESIDE)
def test_an_earlier_value_beside_a_threshold_takes_its_bound(html, rows):
    """An earlier value given beside this year's threshold ("In 2016 bedroeg dat € 51.494",
    "(51.494 euro in 2016)") takes the bound of the value it is compared with (GUIDE, label
    audit, under the rule of 02:20)."""
    check(html, rows)


# -- settled in the round-14 label audit (2026-12-07) -----------------------------------------

LIMITED_DURATION = audit_cases(
    "limited_duration",
    (
        "nl",
        "<p>De kaart wordt afgegeven voor een beperkte duur (één jaar hernieuwbaar).</p>",
        [d(1, "years", "max")],
    ),
    (
        "fr",
        "<p>La carte est délivrée pour une durée limitée (un an, renouvelable).</p>",
        [d(1, "years", "max")],
    ),
    (
        "en",
        "<p>The card is issued for a limited period (one year, renewable).</p>",
        [d(1, "years", "max")],
    ),
    (
        "de",
        "<p>Die Karte wird für eine begrenzte Dauer (ein Jahr, verlängerbar) ausgestellt.</p>",
        [d(1, "years", "max")],
    ),
    ("en", "<p>The permit is granted for a limited period of 12 months.</p>",
     [d(12, "months", "max")]),
    ("nl", "<p>De vergunning geldt voor een beperkte periode van twee jaar.</p>",
     [d(2, "years", "max")]),
    ("fr", "<p>Le permis est accordé pour une durée limitée d'un an.</p>",
     [d(1, "years", "max")]),
    ("de", "<p>Die Erlaubnis gilt für einen begrenzten Zeitraum von 6 Monaten.</p>",
     [d(6, "months", "max")]),
    # a fixed duration is no limit, and "renewable" alone does not make one
    ("fr", "<p>Le titre est accordé pour une durée déterminée (un an, renouvelable).</p>",
     [d(1, "years")]),
    ("en", "<p>The card is issued for one year, renewable.</p>", [d(1, "years")]),
    ("nl", "<p>De kaart is één jaar geldig en hernieuwbaar.</p>", [d(1, "years")]),
    ("de", "<p>Die Karte ist ein Jahr gültig und verlängerbar.</p>", [d(1, "years")]),
)


@pytest.mark.parametrize("html,rows", LIMITED_DURATION)
def test_a_validity_explaining_a_limited_duration_is_max(html, rows):
    """A validity in brackets after "a limited duration", or joined to it by "of", is `max`:
    "limited" is its bound word; "renewable" does not make it `exact` (GUIDE, round-14 audit)."""
    check(html, rows)


# -- settled while adding check part 11 (devset-ak): the days an office is closed -----------

OFFICE_CLOSED = cases(
    ("en", "<p>The office is closed on 21 July and 31 December 2025.</p>", []),
    ("nl", "<p>Het loket is gesloten op 11 november en 25 december 2025.</p>", []),
    ("fr", "<p>Le guichet est fermé le 21 juillet et le 15 août 2025.</p>", []),
    ("de", "<p>Das Büro bleibt am 1. Mai 2025 geschlossen.</p>", []),
    ("en", "<p>Our counters will be closed from 24 December 2025 to 2 January 2026.</p>", []),
    ("fr", "<p>Nos bureaux seront fermés du 24 décembre 2025 au 2 janvier 2026.</p>", []),
    ("nl", "<p>Onze kantoren zijn gesloten van 24 december 2025 tot 1 januari 2026.</p>", []),
    ("de", "<p>Die Schalter sind vom 24. Dezember 2025 bis 2. Januar 2026 geschlossen.</p>", []),
    # a rule's date stays one
    ("en", "<p>The new threshold applies from 1 January 2026.</p>", [day("2026-01-01")]),
)


@pytest.mark.parametrize("html,rows", OFFICE_CLOSED)
def test_days_an_office_is_closed_are_no_amounts(html, rows):
    """The days an office is closed are no amounts, like its opening hours (GUIDE, devset-ak)."""
    check(html, rows)


# -- settled in the round-15 label audit (2026-12-07) -----------------------------------------

ONE_FOR_TWO_MORE = audit_cases(
    "one_for_two_more",
    ("en", "<p>Stay and work now go through one single procedure for stay and work.</p>",
     [Row("count", 1)]),
    ("en", "<p>The two files have been merged into one request.</p>", [Row("count", 1)]),
    ("en", "<p>The card is a work permit and a residence permit in one.</p>", [Row("count", 1)]),
    ("nl", "<p>Verblijf en arbeid worden voortaan in één procedure behandeld.</p>",
     [Row("count", 1)]),
    ("nl", "<p>Beide aanvragen zijn samengevoegd tot één verzoek.</p>", [Row("count", 1)]),
    ("nl", "<p>De kaart is een arbeidskaart en een verblijfskaart in één.</p>", [Row("count", 1)]),
    ("fr", "<p>Le séjour et le travail relèvent d'une seule et même procédure.</p>",
     [Row("count", 1)]),
    ("fr", "<p>Les deux démarches sont regroupées en une seule requête.</p>", [Row("count", 1)]),
    ("fr", "<p>Ce titre est un permis de travail et un titre de séjour en un.</p>",
     [Row("count", 1)]),
    ("de", "<p>Aufenthalt und Arbeit werden in einem einzigen Verfahren geprüft.</p>",
     [Row("count", 1)]),
    ("de", "<p>Beide Anträge werden zu einem einzigen Gesuch zusammengefasst.</p>",
     [Row("count", 1)]),
    ("de", "<p>Die Karte ist Arbeitserlaubnis und Aufenthaltstitel in einem.</p>",
     [Row("count", 1)]),
)


@pytest.mark.parametrize("html,rows", ONE_FOR_TWO_MORE)
def test_one_single_procedure_and_in_one_are_the_one_for_two_count(html, rows):
    """"one single procedure for stay and work", "into one request", "in één procedure", "une
    seule et même procédure", "a work permit and a residence permit in one": the one-for-two
    count, `count` 1 `exact` (GUIDE, round-15 audit)."""
    check(html, rows)


ONE_FOR_TWO_NOT = audit_cases(
    "one_for_two_not",
    # a decree's, a law's or an agreement's title holding the words
    ("en", "<p>The Royal Decree of 2 September 2018 on one single procedure applies.</p>", []),
    ("nl", "<p>Zie het samenwerkingsakkoord betreffende één enkele aanvraag.</p>", []),
    ("fr", "<p>Voir l'accord de coopération relatif à une seule et même procédure.</p>", []),
    ("de", "<p>Siehe das Abkommen über ein einziges Verfahren für Aufenthalt und Arbeit.</p>", []),
    # the name in brackets after the thing it names
    ("nl", "<p>De gecombineerde vergunning (één enkele aanvraag) vraagt de werkgever aan.</p>", []),
    # the same thing in every region: nothing does the work of two
    ("en", "<p>The same procedure applies in every region.</p>", []),
    ("en", "<p>There is one office for all regions.</p>", []),
    ("en", "<p>There is one procedure for all three regions.</p>", []),
    ("nl", "<p>Er is één procedure voor alle gewesten.</p>", []),
    ("nl", "<p>Eén loket voor heel België.</p>", []),
    ("fr", "<p>Une seule procédure pour toutes les régions.</p>", []),
    ("fr", "<p>La même procédure vaut dans chaque région.</p>", []),
    ("de", "<p>Ein einziges Verfahren für alle Regionen.</p>", []),
    ("de", "<p>Dasselbe Verfahren gilt in jeder Region.</p>", []),
    # "in one go" names no thing
    ("en", "<p>Pay the fee and the stamp duty in one go.</p>", []),
    ("nl", "<p>Betaal de retributie en de zegel in één keer.</p>", []),
)


@pytest.mark.parametrize("html,rows", ONE_FOR_TWO_NOT)
def test_a_titles_words_and_one_thing_for_all_regions_are_no_count(html, rows):
    """A decree's title holding the words, "(één enkele aanvraag)" after what it names, and
    "the same procedure in every region", "one office for all regions" are no amount (GUIDE,
    round-15 audit)."""
    check(html, rows)


# -- round 16: main rules still without a four-language case ------------------------------------

HALVES_IN_WORDS = cases(
    ("en", "<p>The stay lasts a year and a half.</p>", [d(1.5, "years")]),
    ("nl", "<p>Het verblijf duurt anderhalf jaar.</p>", [d(1.5, "years")]),
    ("fr", "<p>Le séjour dure un an et demi.</p>", [d(1.5, "years")]),
    ("de", "<p>Der Aufenthalt dauert anderthalb Jahre.</p>", [d(1.5, "years")]),
    ("en", "<p>The card is valid for half a year.</p>", [d(0.5, "years")]),
    ("nl", "<p>De kaart is een half jaar geldig.</p>", [d(0.5, "years")]),
    ("fr", "<p>L'au pair a une demi-journée de repos.</p>", [d(0.5, "days")]),
    ("de", "<p>Die Karte gilt ein halbes Jahr.</p>", [d(0.5, "years")]),
    ("en", "<p>Apply at most a month and a half before.</p>", [d(1.5, "months", "max")]),
)


@pytest.mark.parametrize("html,rows", HALVES_IN_WORDS)
def test_numbers_in_words_with_a_half_count(html, rows):
    """Numbers in words count (GUIDE, the kinds table): "a year and a half", "anderhalf jaar",
    "anderthalb Jahre" are 1.5 of the unit; "half a year", "een half jaar", "une demi-journée",
    "ein halbes Jahr" are 0.5 of it."""
    check(html, rows)


OR_OLDER_WITHOUT_UNIT = cases(
    ("en", "<p>The applicant is 18 or older.</p>", [Row("age", 18, "min")]),
    ("en", "<p>Both partners must be 21 and over.</p>", [Row("age", 21, "min")]),
    ("nl", "<p>De aanvrager moet 18 of ouder zijn.</p>", [Row("age", 18, "min")]),
    ("fr", "<p>Le demandeur doit avoir 18 ans ou plus.</p>", [Row("age", 18, "min")]),
    ("de", "<p>Der Antragsteller muss 18 oder älter sein.</p>", [Row("age", 18, "min")]),
    ("en", "<p>The score must be 60 or more.</p>", []),
)


@pytest.mark.parametrize("html,rows", OR_OLDER_WITHOUT_UNIT)
def test_or_older_after_a_persons_age_without_unit_is_min(html, rows):
    """"or older", "of ouder", "oder älter" are `min` (GUIDE bound words: "or more"), also
    where a person's age is given without "years"."""
    check(html, rows)


SPELLED_BARE_AGES = cases(
    ("en", "<p>The au pair must be at least eighteen.</p>", [Row("age", 18, "min")]),
    ("en", "<p>Both partners must be at least twenty-one.</p>", [Row("age", 21, "min")]),
    ("nl", "<p>De au pair moet minstens achttien zijn.</p>", [Row("age", 18, "min")]),
    ("de", "<p>Die Au-pair-Kraft muss mindestens achtzehn sein.</p>", [Row("age", 18, "min")]),
    ("en", "<p>The applicant is eighteen or older.</p>", [Row("age", 18, "min")]),
    ("fr", "<p>Les deux partenaires doivent avoir au moins vingt et un ans.</p>",
     [Row("age", 21, "min")]),
    ("fr", "<p>Le séjour dure trente et un jours.</p>", [d(31, "days")]),
    ("en", "<p>The score must be at least sixty.</p>", []),
)


@pytest.mark.parametrize("html,rows", SPELLED_BARE_AGES)
def test_numbers_in_words_count_in_bare_ages_and_french_et_un(html, rows):
    """Numbers in words count (GUIDE): a person's age in words without "years" ("at least
    eighteen", "minstens achttien zijn") as its digits would be; French 21, 31 … written
    "vingt et un", "trente et un" are one number, not "20 and one year"."""
    check(html, rows)


HUNDREDS_IN_WORDS = cases(
    ("en", "<p>The fee is two hundred euros.</p>", [Row("money", 200)]),
    ("fr", "<p>La redevance est de deux cents euros.</p>", [Row("money", 200)]),
    ("nl", "<p>De retributie bedraagt tweehonderd euro.</p>", [Row("money", 200)]),
    ("de", "<p>Die Gebühr beträgt zweihundert Euro.</p>", [Row("money", 200)]),
    ("en", "<p>The decision takes one hundred and twenty days.</p>", [d(120, "days")]),
    ("fr", "<p>Le séjour dure cent vingt jours.</p>", [d(120, "days")]),
    ("nl", "<p>De beslissing duurt honderdtwintig dagen.</p>", [d(120, "days")]),
    ("de", "<p>Die Entscheidung dauert hundertzwanzig Tage.</p>", [d(120, "days")]),
    ("fr", "<p>La redevance est de mille euros.</p>", [Row("money", 1000)]),
    ("nl", "<p>Het loon bedraagt tweeduizend vijfhonderd euro.</p>", [Row("money", 2500)]),
    ("fr", "<p>Le séjour dure quatre-vingt-dix jours.</p>", [d(90, "days")]),
    ("fr", "<p>Le séjour dure soixante-dix jours.</p>", [d(70, "days")]),
    ("fr", "<p>Le séjour dure quatre-vingts jours.</p>", [d(80, "days")]),
    ("fr", "<p>Le taux est de cinquante pour cent.</p>", [Row("percent", 50)]),
)


@pytest.mark.parametrize("html,rows", HUNDREDS_IN_WORDS)
def test_hundreds_thousands_and_french_seventies_in_words(html, rows):
    """Numbers in words count (GUIDE): "two hundred euros" is 200 (the word-by-word reading gave
    100), "cent vingt jours", "honderdtwintig dagen", "hundertzwanzig Tage" 120, "mille euros"
    1000; France's French 70-99 ("soixante-dix", "quatre-vingts", "quatre-vingt-dix") too."""
    check(html, rows)


PHONE_BEFORE_A_UNIT_WORD = cases(
    ("de", "<p>Rufen Sie 087 59 64 00 an.</p>", []),
    ("de", "<p>Rufen Sie uns unter +32 87 59 64 00 an.</p>", []),
    ("fr", "<p>Appelez le 081 33 31 11 ou passez 2 jours plus tard.</p>", [d(2, "days")]),
    ("nl", "<p>Bel 02 553 08 80 binnen 3 dagen.</p>", [d(3, "days", "max")]),
    ("en", "<p>Call 02 204 21 11 within 30 days.</p>", [d(30, "days", "max")]),
)


@pytest.mark.parametrize("html,rows", PHONE_BEFORE_A_UNIT_WORD)
def test_a_phone_numbers_last_group_before_a_unit_word_is_no_amount(html, rows):
    """Phone numbers are never amounts (GUIDE): German's "an" after "087 59 64 00" is a verb's
    particle, not the French "an" (year) of the merged unit words."""
    check(html, rows)
