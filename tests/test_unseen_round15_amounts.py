"""Round 15 of issue 12 (tune15c): amounts families written as classes, in four languages.

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


# -- the things a count counts, named in all four languages ---------------------------------
# The count nouns were completed so that each thing a page counts has its singular and plural
# in en, nl, fr and de: procedures and steps, cards, workplaces, clients, appointments, visits,
# students, trainees, researchers, seasonal workers, instalments.

COUNTED_THINGS = [
    ("en", "<p>Both permits are now requested in one single procedure.</p>", [count(1)]),
    ("nl", "<p>Verblijf en arbeid worden nu in één procedure aangevraagd.</p>", [count(1)]),
    ("fr", "<p>Les deux autorisations se demandent en une seule démarche.</p>", [count(1)]),
    ("de", "<p>Aufenthalt und Arbeit werden in einem einzigen Verfahren beantragt.</p>",
     [count(1)]),
    ("en", "<p>You then receive one single card for the stay and the work.</p>", [count(1)]),
    ("nl", "<p>U krijgt dan één enkele kaart voor verblijf en arbeid.</p>", [count(1)]),
    ("fr", "<p>Vous recevez alors une seule carte pour le séjour et le travail.</p>", [count(1)]),
    ("de", "<p>Sie erhalten dann eine einzige Karte für Aufenthalt und Arbeit.</p>", [count(1)]),
    ("en", "<p>The declaration may cover up to 5 workplaces.</p>", [count(5, "max")]),
    ("nl", "<p>De melding mag hoogstens 5 werkplekken vermelden.</p>", [count(5, "max")]),
    ("fr", "<p>La déclaration peut couvrir au maximum 5 lieux de travail.</p>", [count(5, "max")]),
    ("de", "<p>Die Meldung darf höchstens 5 Arbeitsorte umfassen.</p>", [count(5, "max")]),
    ("en", "<p>The agreement allows at most 200 students a year.</p>",
     [count(200, "max", "year")]),
    ("nl", "<p>Het akkoord laat maximaal 200 studenten per jaar toe.</p>",
     [count(200, "max", "year")]),
    ("fr", "<p>L'accord admet au maximum 200 étudiants par an.</p>", [count(200, "max", "year")]),
    ("de", "<p>Das Abkommen erlaubt höchstens 200 Studenten pro Jahr.</p>",
     [count(200, "max", "year")]),
    ("en", "<p>The sector employs 4,000 seasonal workers.</p>", [count(4000)]),
    ("nl", "<p>De sector stelt 4.000 seizoenarbeiders tewerk.</p>", [count(4000)]),
    ("fr", "<p>Le secteur occupe 4.000 saisonniers.</p>", [count(4000)]),
    ("de", "<p>Die Branche beschäftigt 4.000 Saisonarbeiter.</p>", [count(4000)]),
    ("en", "<p>The employer may name at most 3 trainees.</p>", [count(3, "max")]),
    ("nl", "<p>De werkgever mag maximaal 3 stagiairs aanwijzen.</p>", [count(3, "max")]),
    ("fr", "<p>L'employeur peut désigner au maximum 3 stagiaires.</p>", [count(3, "max")]),
    ("de", "<p>Der Arbeitgeber darf höchstens 3 Praktikanten benennen.</p>", [count(3, "max")]),
]


@pytest.mark.parametrize("lang,html,rows", COUNTED_THINGS, ids=[f"{c[0]}-{i}" for i, c in
                                                                  enumerate(COUNTED_THINGS)])
def test_things_a_count_counts_in_all_four_languages(lang, html, rows):
    assert read(html) == sorted(rows)


# -- what stays no count ---------------------------------------------------------------------

NO_COUNT = [
    # a heading counting the kinds the page sets out below it (GUIDE, settled case 5)
    ("en", "<h2>Three ways to hire a newcomer</h2>"),
    ("nl", "<h2>Vier soorten verblijfsvergunningen</h2>"),
    ("fr", "<h2>Trois façons d'engager un travailleur</h2>"),
    ("de", "<h2>Drei Wege zur Arbeitserlaubnis</h2>"),
    # "there are, however, two exceptions:": the list's own size, with a word set off by commas
    ("en", "<p>There are, however, two exceptions: students and researchers.</p>"),
    ("nl", "<p>Er zijn echter twee uitzonderingen: studenten en onderzoekers.</p>"),
    ("fr", "<p>Il y a toutefois deux exceptions : les étudiants et les chercheurs.</p>"),
    ("de", "<p>Es gibt jedoch zwei Ausnahmen: Studenten und Forscher.</p>"),
    # "under a card": the paper that covers the work, not a bound of a count
    ("de", "<p>Ein entsandter Arbeitnehmer darf nicht unter einer Blauen Karte arbeiten.</p>"),
    ("en", "<p>A posted worker may not work under a Blue Card.</p>"),
    ("nl", "<p>Een gedetacheerde werknemer mag niet onder een Europese blauwe kaart werken.</p>"),
    ("fr", "<p>Un travailleur détaché ne peut pas travailler sous une carte bleue.</p>"),
    # a short French file-size unit that is a word of its own, after a number in words
    ("en", "<p>Both permits are now applied for in one go.</p>"),
]


@pytest.mark.parametrize("lang,html", NO_COUNT, ids=[f"{c[0]}-{i}" for i, c in
                                                     enumerate(NO_COUNT)])
def test_no_amount(lang, html):
    assert read(html) == []


# -- a date's year is no count of the noun after it ------------------------------------------

DATE_THEN_NOUN = [
    ("fr", "<p>Après le 31/12/2020 ils doivent accomplir certaines démarches.</p>"),
    ("nl", "<p>Na 31/12/2020 moeten zij enkele stappen zetten.</p>"),
    ("en", "<p>After 31/12/2020 workers must take further steps.</p>"),
    ("de", "<p>Nach dem 31.12.2020 müssen Arbeitnehmer weitere Schritte unternehmen.</p>"),
]


@pytest.mark.parametrize("lang,html", DATE_THEN_NOUN, ids=[c[0] for c in DATE_THEN_NOUN])
def test_a_dates_year_before_a_noun_stays_the_date(lang, html):
    rows = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    assert [(a.kind, a.date_value.isoformat() if a.date_value else None) for a in rows] == [
        ("date", "2020-12-31")
    ]


# -- an age named by its limit noun, without a unit -------------------------------------------

def age(value: float, value_max: float | None = None, bound: str = "exact") -> tuple:
    return ("age", value, value_max, None, bound)


AGE_LIMIT_NOUN = [
    ("en", "<p>Come as an au pair (age limit 19 to 27) with a host family.</p>",
     [age(19, 27, "range")]),
    ("nl", "<p>Kom als au pair (leeftijdsgrens 19 tot 27) bij een gastgezin.</p>",
     [age(19, 27, "range")]),
    ("fr", "<p>Venez comme au pair (limite d'âge 19 à 27) dans une famille.</p>",
     [age(19, 27, "range")]),
    ("de", "<p>Kommen Sie als Au-pair (Altersgrenze 19 bis 27) zu einer Gastfamilie.</p>",
     [age(19, 27, "range")]),
    ("en", "<p>The age limit is 31.</p>", [age(31)]),
    ("nl", "<p>De leeftijdsgrens bedraagt 31 jaar.</p>", [age(31)]),
    ("fr", "<p>La limite d'âge est fixée à 31 ans.</p>", [age(31)]),
    ("de", "<p>Die Altersgrenze liegt bei 31 Jahren.</p>", [age(31)]),
    ("en", "<p>Age limit: 35.</p>", [age(35)]),
    ("nl", "<p>Leeftijdsgrens: 35 jaar.</p>", [age(35)]),
    ("fr", "<p>Limite d'âge : 35 ans.</p>", [age(35)]),
    ("de", "<p>Altersgrenze: 35 Jahre.</p>", [age(35)]),
]


@pytest.mark.parametrize("lang,html,rows", AGE_LIMIT_NOUN, ids=[f"{c[0]}-{i}" for i, c in
                                                                enumerate(AGE_LIMIT_NOUN)])
def test_an_age_named_by_its_limit_noun_is_an_age(lang, html, rows):
    """"age limit 18 to 26" (no unit), "De leeftijdsgrens is 26 jaar" (read as a duration
    before): the limit's noun says the number is an age, in all four languages."""
    assert [(k, v, vm, b) for k, v, vm, _, b in read(html)] == [
        (k, v, vm, b) for k, v, vm, _, b in sorted(rows)
    ]


# -- an age band's sign, spaced inside its bracket --------------------------------------------

SPACED_SIGN = [
    ("nl", "<p>Kinderen (- 12 j.) reizen gratis mee.</p>", [age(12, None, "max")]),
    ("fr", "<p>Les enfants (- 12 ans) voyagent gratuitement.</p>", [age(12, None, "max")]),
    ("de", "<p>Kinder (- 12 J.) reisen kostenlos mit.</p>", [age(12, None, "max")]),
    ("nl", "<p>Senioren (+ 67 jaar) betalen een lager tarief.</p>", [age(67, None, "min")]),
    ("fr", "<p>Les seniors (+ 67 ans) paient un tarif réduit.</p>", [age(67, None, "min")]),
    ("de", "<p>Senioren (+ 67 Jahre) zahlen einen ermäßigten Tarif.</p>", [age(67, None, "min")]),
    # a spaced minus that joins words is no sign
    ("fr", "<p>Tarif: 20 EUR (UE- 30 jours).</p>",
     [("money", 20.0, None, None, "exact"), ("duration", 30.0, None, None, "exact")]),
]


@pytest.mark.parametrize("lang,html,rows", SPACED_SIGN, ids=[f"{c[0]}-{i}" for i, c in
                                                             enumerate(SPACED_SIGN)])
def test_a_spaced_sign_opening_a_bracket_bounds_the_age(lang, html, rows):
    assert [(k, v, vm, b) for k, v, vm, _, b in read(html)] == [
        (k, v, vm, b) for k, v, vm, _, b in sorted(rows)
    ]


# -- a bare number a person must be at least: an age ------------------------------------------

BARE_AGE = [
    ("en", "<p>Note: both spouses must be at least 21</p>", [age(21, None, "min")]),
    ("en", "<p>The child must be under 12 at the time of the application.</p>",
     [age(12, None, "max")]),
    ("nl", "<p>Beide echtgenoten moeten minstens 21 zijn.</p>", [age(21, None, "min")]),
    ("de", "<p>Beide Ehegatten müssen mindestens 21 sein.</p>", [age(21, None, "min")]),
    ("fr", "<p>Les deux époux doivent avoir au moins 21 ans.</p>", [age(21, None, "min")]),
    # no person: no age
    ("en", "<p>The score must be at least 60.</p>", []),
    ("nl", "<p>De score moet minstens 60 zijn.</p>", []),
    ("de", "<p>Der Wert muss mindestens 60 sein.</p>", []),
]


@pytest.mark.parametrize("lang,html,rows", BARE_AGE, ids=[f"{c[0]}-{i}" for i, c in
                                                          enumerate(BARE_AGE)])
def test_a_bare_number_a_person_must_be_at_least_is_an_age(lang, html, rows):
    assert [(k, v, vm, b) for k, v, vm, _, b in read(html)] == [
        (k, v, vm, b) for k, v, vm, _, b in sorted(rows)
    ]


# -- a statistic's figure standing without its noun beside counts of the same things ----------

STAT_FIGURES = [
    ("en", "<p>In 2024 the region granted 489 professional cards (262 and then 227).</p>",
     [count(489), count(262), count(227)]),
    ("nl", "<p>In 2024 keurde het gewest 489 beroepskaarten goed (262 en daarna 227).</p>",
     [count(489), count(262), count(227)]),
    ("fr", "<p>En 2024, la Région a octroyé 489 cartes professionnelles (262 puis 227).</p>",
     [count(489), count(262), count(227)]),
    ("de", "<p>2024 erteilte die Region 489 Berufskarten (262 und dann 227).</p>",
     [count(489), count(262), count(227)]),
    ("en", "<p>The sector employs 45,000 seasonal workers, of whom 3,500 in Wallonia.</p>",
     [count(45000), count(3500)]),
    ("nl", "<p>De sector stelt 45.000 seizoenarbeiders tewerk, waarvan 3.500 in Wallonië.</p>",
     [count(45000), count(3500)]),
    ("fr", "<p>Le secteur occupe 45.000 saisonniers, dont 3.500 en Wallonie.</p>",
     [count(45000), count(3500)]),
    ("de", "<p>Der Sektor beschäftigt 45.000 Saisonarbeiter, davon 3.500 in der Wallonie.</p>",
     [count(45000), count(3500)]),
    # beside a count: no phone number, street number, postal code, article, point or day
    ("en", "<p>Up to 10 workers can be declared; call +32 (0)2 204 13 99 or write to Rue Royale "
     "80, 1000 Brussels, before 18 June.</p>", [count(10, "max")]),
    ("fr", "<p>Au maximum 10 travailleurs (voir article 5, point 3 et annexe 2).</p>",
     [count(10, "max")]),
    # without a count of ten or more in the block, a bare number stays no amount
    ("nl", "<p>Zie punt 3 en bijlage 2 van het formulier, regel 14.</p>", []),
]


@pytest.mark.parametrize("lang,html,rows", STAT_FIGURES, ids=[f"{c[0]}-{i}" for i, c in
                                                              enumerate(STAT_FIGURES)])
def test_a_statistics_figure_beside_a_count_is_a_count(lang, html, rows):
    assert read(html) == sorted(rows)


# -- a range of sums between two ends, the currency at either end or both --------------------

def money(value: float, value_max: float | None = None, bound: str = "exact") -> tuple:
    return ("money", value, value_max, None, bound)


MONEY_BETWEEN = [
    ("fr", "<p>Les indemnités sont comprises entre 7,5 euros et 11,5 euros.</p>",
     [money(7.5, 11.5, "range")]),
    ("en", "<p>Allowances lie between EUR 7.5 and EUR 11.5.</p>", [money(7.5, 11.5, "range")]),
    ("nl", "<p>De vergoedingen liggen tussen 7,5 en 11,5 euro.</p>", [money(7.5, 11.5, "range")]),
    ("de", "<p>Die Zulagen liegen zwischen 7,5 Euro und 11,5 Euro.</p>",
     [money(7.5, 11.5, "range")]),
    ("en", "<p>The fee is between 150 and 350 euros.</p>", [money(150, 350, "range")]),
    # the two ends in different kinds are no range
    ("en", "<p>The fee lies between 3 euros and 6 months of pay.</p>",
     [money(3), ("duration", 6.0, None, None, "exact")]),
]


@pytest.mark.parametrize("lang,html,rows", MONEY_BETWEEN, ids=[f"{c[0]}-{i}" for i, c in
                                                               enumerate(MONEY_BETWEEN)])
def test_a_range_of_sums_between_two_ends_is_one_range(lang, html, rows):
    assert read(html) == sorted(rows)


# -- the time given for a second act, joined by "and" to the first ---------------------------

def days(value: float, bound: str) -> tuple:
    return ("duration", value, None, None, bound)


SECOND_TIME_TO_ACT = [
    ("en", "<p>You have ten working days to send the papers, and twenty calendar days for the "
     "appeal.</p>", [days(10, "max"), days(20, "max")]),
    ("nl", "<p>U hebt tien werkdagen om de stukken te sturen en twintig kalenderdagen voor het "
     "beroep.</p>", [days(10, "max"), days(20, "max")]),
    ("fr", "<p>Vous disposez de dix jours ouvrables pour envoyer les pièces et de vingt jours "
     "calendrier pour le recours.</p>", [days(10, "max"), days(20, "max")]),
    ("de", "<p>Sie haben zehn Werktage Zeit, um die Unterlagen zu senden, und zwanzig "
     "Kalendertage für den Einspruch.</p>", [days(10, "max"), days(20, "max")]),
    # a period in a sentence of its own, or with nothing to do after it, stays exact
    ("en", "<p>You have 30 days to pay. The card is valid for 5 years.</p>",
     [days(30, "max"), ("duration", 5.0, None, None, "exact")]),
    ("en", "<p>You have 30 days to pay it, and the card then runs 5 years.</p>",
     [days(30, "max"), ("duration", 5.0, None, None, "exact")]),
]


@pytest.mark.parametrize("lang,html,rows", SECOND_TIME_TO_ACT, ids=[
    f"{c[0]}-{i}" for i, c in enumerate(SECOND_TIME_TO_ACT)])
def test_the_time_for_a_second_act_is_max_too(lang, html, rows):
    assert read(html) == sorted(rows)


# -- the rules layer keeps two values in words apart, each by its own clause ------------------

from tests.test_rules_assign import assigned, catalogue  # noqa: E402, F401  (a fixture)


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ("<h2>Procedure</h2><p>From our letter on, you have fifteen working days to supply the "
         "missing documents, and fifteen calendar days for the file to be examined.</p>", "en"),
        ("<h2>Procedure</h2><p>Vanaf onze brief hebt u vijftien werkdagen om de ontbrekende "
         "stukken te bezorgen, en vijftien kalenderdagen voor het onderzoek van het dossier."
         "</p>", "nl"),
        ("<h2>Procédure</h2><p>Dès notre courrier, vous disposez de quinze jours ouvrables pour "
         "fournir les documents manquants, et de quinze jours calendrier pour l'examen du "
         "dossier.</p>", "fr"),
        ("<h2>Verfahren</h2><p>Ab unserem Schreiben haben Sie fünfzehn Werktage Zeit, um die "
         "fehlenden Unterlagen nachzureichen, und fünfzehn Kalendertage für die Prüfung der "
         "Akte.</p>", "de"),
    ],
)  # fmt: skip
def test_two_times_to_act_in_words_are_filed_by_their_own_clauses(catalogue, html, lang):  # noqa: F811
    rows = [(r[1], r[2]) for r in assigned(catalogue, html, "wallonia", lang, None)]
    assert rows == [
        (15.0, "single_permit.missing_documents_days"),
        (15.0, "single_permit.regional_examination_days"),
    ]


# -- the length of a code, the number word glued to its digits (GUIDE: "a six-digit code") ----

GLUED_DIGITS = [
    ("nl", "<p>Vul altijd de viercijferige beroepscode in.</p>", [count(4)]),
    ("de", "<p>Geben Sie immer den vierstelligen Berufscode an.</p>", [count(4)]),
    ("nl", "<p>U krijgt een zescijferige code per post.</p>", [count(6)]),
    ("de", "<p>Sie erhalten per Post einen sechsstelligen Code.</p>", [count(6)]),
    ("en", "<p>Always fill in the four-digit occupation code.</p>", [count(4)]),
    ("fr", "<p>Indiquez toujours le code de profession à quatre chiffres.</p>", [count(4)]),
    ("de", "<p>Das ist ein vielstelliger Betrag.</p>", []),
]


@pytest.mark.parametrize("lang,html,rows", GLUED_DIGITS, ids=[f"{c[0]}-{i}" for i, c in
                                                              enumerate(GLUED_DIGITS)])
def test_a_codes_length_glued_to_its_number_word_is_a_count(lang, html, rows):
    assert read(html) == sorted(rows)


# -- half B's families (fixed after its figures were read) ------------------------------------

HALF_B = [
    # a bound inside the noun a value restates after "i.e.", "d.w.z.", "c.-à-d.", "d. h."; a
    # total it makes takes the same bound
    ("en", "<p>The minimum amount asked by the office, i.e. 650 EUR/month, making a total of "
     "7,800 EUR for one academic year.</p>",
     [("money", 650.0, None, "month", "min"), ("money", 7800.0, None, "year", "min")]),
    ("nl", "<p>Het minimumbedrag dat de dienst vraagt, d.w.z. 650 EUR/maand, of in totaal 7.800 "
     "EUR voor een academiejaar.</p>",
     [("money", 650.0, None, "month", "min"), ("money", 7800.0, None, "year", "min")]),
    ("fr", "<p>Le montant minimum demandé, c.-à-d. 650 EUR/mois, soit un total de 7.800 EUR pour "
     "une année académique.</p>",
     [("money", 650.0, None, "month", "min"), ("money", 7800.0, None, "year", "min")]),
    ("de", "<p>Der verlangte Mindestbetrag, d. h. 650 EUR/Monat, insgesamt also 7.800 EUR für "
     "ein Studienjahr.</p>",
     [("money", 650.0, None, "month", "min"), ("money", 7800.0, None, "year", "min")]),
    # a number in words restated in digits in brackets: one row
    ("nl", "<p>De garant is ten minste eenentwintig (21) jaar oud.</p>", [age(21, None, "min")]),
    ("en", "<p>The guarantor is at least twenty-one (21) years old.</p>", [age(21, None, "min")]),
    ("fr", "<p>Le garant est âgé d'au moins vingt-cinq (25) ans.</p>", [age(25, None, "min")]),
    ("de", "<p>Der Bürge ist mindestens einundzwanzig (21) Jahre alt.</p>",
     [age(21, None, "min")]),
    # "of ouder" after a noun names a parent: the article stays an article
    ("nl", "<p>de echtgenoot van een kind of ouder uit het tweede streepje</p>", []),
    ("nl", "<p>De werknemer is 21 jaar of ouder.</p>", [age(21, None, "min")]),
    # one payment, in the four languages
    ("en", "<p>The sum must be wired as a single deposit.</p>", [count(1)]),
    ("nl", "<p>Het bedrag moet in één enkele storting worden overgemaakt.</p>", [count(1)]),
    ("fr", "<p>La somme doit être virée en un seul virement.</p>", [count(1)]),
    ("de", "<p>Der Betrag ist in einer einzigen Einzahlung zu überweisen.</p>", [count(1)]),
]


@pytest.mark.parametrize("lang,html,rows", HALF_B, ids=[f"{c[0]}-{i}" for i, c in
                                                        enumerate(HALF_B)])
def test_half_b_families(lang, html, rows):
    assert read(html) == sorted(rows)


# -- a heading that only names a bounded quantity, above "label: value" lines ----------------

HEADING_BOUND = [
    ("en", "<h2>Maximum duration</h2><p>Trainees: 12 months.</p>",
     [("duration", 12.0, None, None, "max")]),
    ("fr", "<h2>Durée maximale</h2><p>Stagiaires : 12 mois.</p>",
     [("duration", 12.0, None, None, "max")]),
    ("nl", "<h2>Maximumduur</h2><ul><li>Stagiairs: 12 maanden</li></ul>",
     [("duration", 12.0, None, None, "max")]),
    ("de", "<h2>Höchstdauer</h2><p>Praktikanten: 12 Monate.</p>",
     [("duration", 12.0, None, None, "max")]),
    ("en", "<h2>Minimum salary</h2><ul><li>Researchers: EUR 3,000 a month</li></ul>",
     [money(3000, None, "min")[:3] + ("month", "min")]),
    ("nl", "<h2>Minimumloon</h2><ul><li>Onderzoekers: 3.000 euro per maand</li></ul>",
     [money(3000, None, "min")[:3] + ("month", "min")]),
    ("fr", "<h2>Salaire minimum</h2><ul><li>Chercheurs : 3.000 euros par mois</li></ul>",
     [money(3000, None, "min")[:3] + ("month", "min")]),
    ("de", "<h2>Mindestgehalt</h2><ul><li>Forscher: 3.000 Euro pro Monat</li></ul>",
     [money(3000, None, "min")[:3] + ("month", "min")]),
    # a value of another quantity, or one in a sentence, keeps its own bound
    ("en", "<h2>Maximum duration</h2><p>Fee: 60 euros.</p>", [money(60)]),
    ("en", "<h2>Maximum duration</h2><p>The card usually runs 12 months.</p>",
     [("duration", 12.0, None, None, "exact")]),
]


@pytest.mark.parametrize("lang,html,rows", HEADING_BOUND, ids=[f"{c[0]}-{i}" for i, c in
                                                               enumerate(HEADING_BOUND)])
def test_a_heading_naming_a_bounded_quantity_bounds_its_label_lines(lang, html, rows):
    assert read(html) == sorted(rows)
