"""Round 17 (issue 12), amounts: classes found on half A of check part 14, each stated in the
four languages from language knowledge. The sentences are ours, never a page's: the row read,
its kind and its bound."""

from __future__ import annotations

import pytest

from tests.test_guide_contract_amounts import Row, cases, check, d

# -- a window looked back over from now: "within the last 59 months" is exact --------------
LOOK_BACK = cases(
    (
        "en",
        "<p>If you gave fingerprints within the last 59 months, you need not come.</p>",
        [d(59, "months")],
    ),
    ("en", "<p>Anyone who worked here over the past 3 years is exempt.</p>", [d(3, "years")]),
    (
        "nl",
        "<p>Wie binnen de laatste 59 maanden vingerafdrukken gaf, hoeft niet te komen.</p>",
        [d(59, "months")],
    ),
    ("nl", "<p>Wie in de afgelopen 5 jaar hier werkte, is vrijgesteld.</p>", [d(5, "years")]),
    (
        "fr",
        "<p>Si vous avez donné vos empreintes dans les 5 dernières années, ne venez pas.</p>",
        [d(5, "years")],
    ),
    (
        "fr",
        "<p>Si vous avez travaillé au cours des 59 derniers mois, vous êtes dispensé.</p>",
        [d(59, "months")],
    ),
    (
        "de",
        "<p>Wer innerhalb der letzten 59 Monate Fingerabdrücke abgab, muss nicht kommen.</p>",
        [d(59, "months")],
    ),
    ("de", "<p>Wer in den letzten 5 Jahren hier arbeitete, ist befreit.</p>", [d(5, "years")]),
    # a paper's age stays a limit, and a plain "within" a deadline
    ("en", "<p>Bring a certificate issued within the last 3 months.</p>", [d(3, "months", "max")]),
    (
        "nl",
        "<p>Breng een attest mee dat binnen de laatste 3 maanden afgegeven werd.</p>",
        [d(3, "months", "max")],
    ),
    ("fr", "<p>Joignez un extrait délivré dans les 3 derniers mois.</p>", [d(3, "months", "max")]),
    (
        "de",
        "<p>Fügen Sie einen Auszug bei, ausgestellt innerhalb der letzten 3 Monate.</p>",
        [d(3, "months", "max")],
    ),
    ("en", "<p>Apply within 3 months.</p>", [d(3, "months", "max")]),
)


@pytest.mark.parametrize("html,rows", LOOK_BACK)
def test_a_window_looked_back_over_is_exact(html, rows):
    check(html, rows)


# -- a sum from one value to another, each with its currency, is one range -----------------
MONEY_FROM_TO = cases(
    (
        "fr",
        "<p>Le tarif va de 22,80 € à 23,30 € selon les cas.</p>",
        [Row("money", 22.8, "range", value_max=23.3)],
    ),
    (
        "nl",
        "<p>Het tarief gaat van 22,80 euro tot 23,30 euro.</p>",
        [Row("money", 22.8, "range", value_max=23.3)],
    ),
    (
        "de",
        "<p>Die Gebühr reicht von 22,80 € bis 23,30 €.</p>",
        [Row("money", 22.8, "range", value_max=23.3)],
    ),
    (
        "en",
        "<p>The fee ranges from 22.80 euros to 23.30 euros.</p>",
        [Row("money", 22.8, "range", value_max=23.3)],
    ),
    # a change of the sum is its old and its new value
    ("fr", "<p>Le tarif passe de 22,80 € à 23,30 €.</p>", [Row("money", 22.8), Row("money", 23.3)]),
)


@pytest.mark.parametrize("html,rows", MONEY_FROM_TO)
def test_a_sum_from_one_value_to_another_is_a_range(html, rows):
    check(html, rows)


# -- people compared with a number of years: their age --------------------------------------
PEOPLE_FROM_AN_AGE = cases(
    (
        "fr",
        "<p>La carte est obligatoire pour les Belges à partir de 12 ans.</p>",
        [Row("age", 12, "min")],
    ),
    ("fr", "<h2>Carte pour étrangers de plus de 12 ans</h2>", [Row("age", 12, "min")]),
    ("nl", "<p>De kaart is verplicht voor Belgen vanaf 12 jaar.</p>", [Row("age", 12, "min")]),
    ("nl", "<p>Een kaart voor vreemdelingen ouder dan 12 jaar.</p>", [Row("age", 12, "min")]),
    ("en", "<p>The card is compulsory for Belgians from 12 years.</p>", [Row("age", 12, "min")]),
    ("en", "<p>A card for foreigners over 12 years.</p>", [Row("age", 12, "min")]),
    ("de", "<p>Der Ausweis ist für Belgier ab 12 Jahren Pflicht.</p>", [Row("age", 12, "min")]),
    ("de", "<p>Eine Karte für Ausländer über 12 Jahre.</p>", [Row("age", 12, "min")]),
    # a stay's length after the people is a period, not their age
    (
        "fr",
        "<p>Les étrangers de plus de 5 ans de séjour peuvent la demander.</p>",
        [d(5, "years", "min")],
    ),
    (
        "nl",
        "<p>Buitenlanders vanaf 5 jaar verblijf kunnen ze aanvragen.</p>",
        [d(5, "years", "min")],
    ),
)


@pytest.mark.parametrize("html,rows", PEOPLE_FROM_AN_AGE)
def test_people_from_a_number_of_years_is_their_age(html, rows):
    check(html, rows)


# -- the time someone has to act, with words of when between: a deadline --------------------
TIME_TO_ACT_LATER = cases(
    (
        "nl",
        "<p>Studenten hebben na het behalen van hun diploma 3 maanden de tijd om het "
        "aan te vragen.</p>",
        [d(3, "months", "max")],
    ),
    (
        "fr",
        "<p>Les étudiants ont, après leur diplôme, 3 mois pour introduire la demande.</p>",
        [d(3, "months", "max")],
    ),
    (
        "de",
        "<p>Studierende haben nach dem Abschluss 3 Monate Zeit, den Antrag zu stellen.</p>",
        [d(3, "months", "max")],
    ),
    ("en", "<p>Students have, after graduating, 3 months to apply.</p>", [d(3, "months", "max")]),
    ("fr", "<p>Ils ont travaillé 3 mois chez un employeur.</p>", [d(3, "months")]),
)


@pytest.mark.parametrize("html,rows", TIME_TO_ACT_LATER)
def test_time_given_to_act_after_words_of_when_is_max(html, rows):
    check(html, rows)


# -- "may be extended up to": Dutch "verlengen tot" after a modal ---------------------------
EXTEND_UP_TO = cases(
    (
        "nl",
        "<p>Met een zoekjaar kan je je verblijf in België verlengen tot 12 maanden.</p>",
        [d(12, "months", "max")],
    ),
    ("nl", "<p>De termijn kan verlengd worden tot 6 maanden.</p>", [d(6, "months", "max")]),
    (
        "en",
        "<p>The search year lets you extend your stay up to 12 months.</p>",
        [d(12, "months", "max")],
    ),
    ("fr", "<p>Vous pouvez prolonger votre séjour jusqu'à 12 mois.</p>", [d(12, "months", "max")]),
    (
        "de",
        "<p>Sie können den Aufenthalt um bis zu 12 Monate verlängern.</p>",
        [d(12, "months", "max")],
    ),
)


@pytest.mark.parametrize("html,rows", EXTEND_UP_TO)
def test_an_extension_up_to_a_value_is_max(html, rows):
    check(html, rows)


# -- from half B's own misses (read after the half-A work was committed) --------------------

# times of day: "de 12 h 30 à 19 h", "entre 9 h et 12 h" are opening hours, no amount
OFFICE_HOURS = cases(
    ("fr", "<p>Horaires : le lundi de 12 h 30 à 19 h, le mardi de 8 h 30 à 12 h 30.</p>", []),
    ("fr", "<p>Dépôt au service des inscriptions (service ouvert entre 9 h et 12 h).</p>", []),
    ("nl", "<p>Het loket is open tussen 9 u en 12 u.</p>", []),
    ("en", "<p>The desk is open between 9 h and 12 h.</p>", []),
    ("de", "<p>Das Büro ist zwischen 9 h und 12 h geöffnet.</p>", []),
    ("nl", "<p>Studenten mogen 20 u per week werken.</p>", [Row("hours", 20, "max", per="week")]),
)


@pytest.mark.parametrize("html,rows", OFFICE_HOURS)
def test_times_of_day_with_minutes_or_between_are_no_hours(html, rows):
    check(html, rows)


# adults and minors compared with a number of years: their age
ADULTS_AND_MINORS = cases(
    ("fr", "<h2>Cartes pour adultes et mineurs à partir de 12 ans</h2>", [Row("age", 12, "min")]),
    (
        "nl",
        "<h2>Kaarten voor volwassenen en minderjarigen vanaf 12 jaar</h2>",
        [Row("age", 12, "min")],
    ),
    ("en", "<h2>Cards for adults and minors from 12 years</h2>", [Row("age", 12, "min")]),
    (
        "de",
        "<h2>Karten für Erwachsene und Minderjährige ab 12 Jahren</h2>",
        [Row("age", 12, "min")],
    ),
)


@pytest.mark.parametrize("html,rows", ADULTS_AND_MINORS)
def test_adults_and_minors_from_a_number_of_years_is_their_age(html, rows):
    check(html, rows)


# an age phrase inside a bracket opened well before the number
AGE_IN_A_BRACKET = cases(
    (
        "en",
        "<p>Bring a certificate of good conduct (if you are older than 21).</p>",
        [Row("age", 21, "min")],
    ),
    (
        "nl",
        "<p>Breng een bewijs van goed gedrag mee (als je ouder bent dan 21).</p>",
        [Row("age", 21, "min")],
    ),
    (
        "fr",
        "<p>Joignez un extrait de casier (si vous avez plus de 21 ans).</p>",
        [Row("age", 21, "min")],
    ),
    (
        "de",
        "<p>Legen Sie ein Führungszeugnis vor (wenn Sie älter als 21 sind).</p>",
        [Row("age", 21, "min")],
    ),
)


@pytest.mark.parametrize("html,rows", AGE_IN_A_BRACKET)
def test_a_bare_age_in_a_bracket_opened_before_its_phrase(html, rows):
    check(html, rows)


# the bound reaches over "12 x" before a monthly sum
BOUND_OVER_A_FACTOR = cases(
    (
        "nl",
        "<p>Het contract telt als je er ten minste 12 x 803 euro mee verdient.</p>",
        [Row("money", 803, "min")],
    ),
    (
        "en",
        "<p>The contract counts if you earn at least 12 x 803 euros with it.</p>",
        [Row("money", 803, "min")],
    ),
    (
        "fr",
        "<p>Le contrat compte si vous gagnez au moins 12 x 803 euros.</p>",
        [Row("money", 803, "min")],
    ),
    (
        "de",
        "<p>Der Vertrag zählt, wenn Sie mindestens 12 x 803 Euro verdienen.</p>",
        [Row("money", 803, "min")],
    ),
    ("nl", "<p>Het loon bedraagt 12 x 803 euro.</p>", [Row("money", 803)]),
)


@pytest.mark.parametrize("html,rows", BOUND_OVER_A_FACTOR)
def test_a_bound_before_a_factor_bounds_the_sum(html, rows):
    check(html, rows)


def tables(header_row: str, rows: list[tuple[str, str]]) -> str:
    body = "".join(f'<tr><th scope="row">{h}</th><td>{v}</td></tr>' for h, v in rows)
    return f"<table><tr>{header_row}</tr>{body}</table>"


# a row header's own number and unit: no rate of the cell's sum, no bound of it
ROW_HEADER_WITH_ITS_OWN_VALUE = cases(
    (
        "en",
        tables(
            "<th>Who</th><th>Document</th>",
            [("Non-EU citizen &lt; 3 months", "statement of arrival<br />5 EUR")],
        ),
        [Row("duration", 3, "max", unit="months"), Row("money", 5)],
    ),
    (
        "fr",
        tables(
            "<th>Qui</th><th>Document</th>", [("Séjour de plus de 3 mois", "carte<br />20 EUR")]
        ),
        [Row("duration", 3, "min", unit="months"), Row("money", 20)],
    ),
    (
        "fr",
        tables(
            "<th>Document</th><th>Prix</th>",
            [("Certificat pour enfants de moins de 12 ans", "10 €")],
        ),
        [Row("age", 12, "max"), Row("money", 10)],
    ),
    (
        "nl",
        tables(
            "<th>Document</th><th>Prijs</th>",
            [("Kaart voor kinderen jonger dan 12 jaar", "10 euro")],
        ),
        [Row("age", 12, "max"), Row("money", 10)],
    ),
    (
        "de",
        tables(
            "<th>Dokument</th><th>Preis</th>", [("Ausweis für Kinder unter 12 Jahren", "10 Euro")]
        ),
        [Row("age", 12, "max"), Row("money", 10)],
    ),
    (
        "en",
        tables(
            "<th>Document</th><th>Price</th>", [("Card for children under 12 years", "10 euros")]
        ),
        [Row("age", 12, "max"), Row("money", 10)],
    ),
    # a pay word in a header still names the rate
    (
        "nl",
        tables("<th>Wie</th><th>Maandloon</th>", [("Bediende", "2.500 euro")]),
        [Row("money", 2500, per="month")],
    ),
)


@pytest.mark.parametrize("html,rows", ROW_HEADER_WITH_ITS_OWN_VALUE)
def test_a_row_headers_own_value_neither_rates_nor_bounds_the_cell(html, rows):
    check(html, rows)


# a price in cents after a label's colon, below items priced with their currency
BARE_PRICE_AFTER_A_LABEL = cases(
    (
        "nl",
        "<ul><li>A-kaarten: 23,94 euro</li><li>Oranje kaart: 2,57</li></ul>",
        [Row("money", 23.94), Row("money", 2.57)],
    ),
    (
        "en",
        "<ul><li>EU cards: 23.44 euros</li><li>Orange card: 2.57</li></ul>",
        [Row("money", 23.44), Row("money", 2.57)],
    ),
    (
        "fr",
        "<ul><li>Carte UE : 23,44 €</li><li>Attestation : 2,57</li></ul>",
        [Row("money", 23.44), Row("money", 2.57)],
    ),
    (
        "de",
        "<ul><li>EU-Karte: 23,44 Euro</li><li>Bescheinigung: 2,57</li></ul>",
        [Row("money", 23.44), Row("money", 2.57)],
    ),
    ("en", "<ul><li>Bring 2 photos</li><li>Desk: 9.30</li></ul>", [Row("count", 2)]),
)


@pytest.mark.parametrize("html,rows", BARE_PRICE_AFTER_A_LABEL)
def test_a_bare_price_after_a_label_below_priced_items_is_money(html, rows):
    check(html, rows)


# visa entries and centres are countable things
ENTRIES_AND_CENTRES = cases(
    ("en", "<p>You need a national visa for one entry.</p>", [Row("count", 1)]),
    ("nl", "<p>U hebt een nationaal visum voor één binnenkomst nodig.</p>", [Row("count", 1)]),
    ("fr", "<p>Le visa permet deux entrées.</p>", [Row("count", 2)]),
    ("de", "<p>Das Visum erlaubt zwei Einreisen.</p>", [Row("count", 2)]),
    ("fr", "<p>Les 8 Centres Régionaux d'Intégration vous aident.</p>", [Row("count", 8)]),
    ("nl", "<p>De 8 regionale centra helpen u.</p>", [Row("count", 8)]),
    ("de", "<p>Die 8 regionalen Zentren helfen Ihnen.</p>", [Row("count", 8)]),
    ("en", "<p>The 8 regional centres help you.</p>", [Row("count", 8)]),
)


@pytest.mark.parametrize("html,rows", ENTRIES_AND_CENTRES)
def test_entries_and_centres_are_counted(html, rows):
    check(html, rows)


# a numbered annex names a procedure: no count
NUMBERED_ANNEX = cases(
    ("en", "<p>Sponsorship goes through a guarantor (the Annex 32 procedure).</p>", []),
    ("nl", "<p>De tenlasteneming gebeurt via een borg (de bijlage 32 procedure).</p>", []),
    ("fr", "<p>La prise en charge passe par un garant (l'annexe 3 procédures).</p>", []),
    ("de", "<p>Die Verpflichtung läuft über einen Bürgen (das Anlage 32 Verfahren).</p>", []),
)


@pytest.mark.parametrize("html,rows", NUMBERED_ANNEX)
def test_a_numbered_annex_counts_nothing(html, rows):
    check(html, rows)


# only one of a group named before: at most one; "one of these" alone picks a case
ONLY_ONE_OF_THEM = cases(
    ("fr", "<p>Une seule d'entre elles pourra vous rejoindre.</p>", [Row("count", 1, "max")]),
    ("en", "<p>Only one of them may join you.</p>", [Row("count", 1, "max")]),
    ("nl", "<p>Slechts één van hen mag u vervoegen.</p>", [Row("count", 1, "max")]),
    ("de", "<p>Sie dürfen nur einen dieser Nachweise einreichen.</p>", [Row("count", 1, "max")]),
    ("en", "<p>Do you think one of these exceptions covers you?</p>", []),
    ("nl", "<p>Je moet een van deze verblijfsdocumenten hebben.</p>", []),
)


@pytest.mark.parametrize("html,rows", ONLY_ONE_OF_THEM)
def test_only_one_of_them_is_a_max_count(html, rows):
    check(html, rows)


# -- from the older tuning pages ------------------------------------------------------------

# a time limit's value in a relative clause after its noun
DEADLINE_IN_A_RELATIVE_CLAUSE = cases(
    (
        "fr",
        "<p>La décision fait courir le délai de traitement, qui est en principe de 120 jours.</p>",
        [d(120, "days", "max")],
    ),
    (
        "en",
        "<p>The decision starts the time limit, which is in principle 120 days.</p>",
        [d(120, "days", "max")],
    ),
    (
        "nl",
        "<p>Het besluit doet de behandelingstermijn lopen, die in principe 120 dagen bedraagt.</p>",
        [d(120, "days", "max")],
    ),
    (
        "de",
        "<p>Der Beschluss setzt die Bearbeitungsfrist in Gang, die grundsätzlich 120 Tage "
        "beträgt.</p>",
        [d(120, "days", "max")],
    ),
    ("en", "<p>The deadline applies to workers who stay 3 months.</p>", [d(3, "months")]),
)


@pytest.mark.parametrize("html,rows", DEADLINE_IN_A_RELATIVE_CLAUSE)
def test_a_time_limits_value_in_a_relative_clause_is_max(html, rows):
    check(html, rows)


# what a month (or year) of living costs: the sum is a rate, the month no period of a rule
COST_OF_A_MONTH_OF_LIVING = cases(
    (
        "fr",
        "<p>789 EUR, est-ce suffisant pour vivre un mois en Belgique ?</p>",
        [Row("money", 789, per="month")],
    ),
    (
        "en",
        "<p>Is 789 EUR enough to live on for a month in Belgium?</p>",
        [Row("money", 789, per="month")],
    ),
    (
        "nl",
        "<p>Is 789 euro genoeg om een maand van te leven in België?</p>",
        [Row("money", 789, per="month")],
    ),
    (
        "de",
        "<p>Reichen 789 EUR, um einen Monat in Belgien zu leben?</p>",
        [Row("money", 789, per="month")],
    ),
    (
        "fr",
        "<p>Il faut 9.500 EUR pour vivre un an en Belgique.</p>",
        [Row("money", 9500, per="year")],
    ),
)


@pytest.mark.parametrize("html,rows", COST_OF_A_MONTH_OF_LIVING)
def test_the_cost_of_a_month_of_living_is_a_monthly_sum(html, rows):
    check(html, rows)


# how many e-mail addresses there are is a contact detail, no count; e-mails sent still count
EMAIL_ADDRESSES = cases(
    ("en", "<p>For general information, one e-mail address only: info@example.be.</p>", []),
    ("en", "<p>Two dedicated e-mail addresses have been created.</p>", []),
    ("nl", "<p>Voor algemene informatie: één e-mail adres: info@example.be.</p>", []),
    ("fr", "<p>Pour toute information, une seule adresse e-mail : info@example.be.</p>", []),
    ("de", "<p>Für allgemeine Fragen stehen zwei E-Mail-Adressen bereit.</p>", []),
    ("en", "<p>Send 1 e-mail to the office.</p>", [Row("count", 1)]),
)


@pytest.mark.parametrize("html,rows", EMAIL_ADDRESSES)
def test_the_number_of_e_mail_addresses_is_no_count(html, rows):
    check(html, rows)
