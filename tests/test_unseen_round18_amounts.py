"""Round 18 (tune18c): amount families for pages nobody tuned on, each in en, nl, fr and de.

Each group is a class of phrasing (the GUIDE's round-16 audit on limits stated as a permission,
and the classes half A's misses belong to), asserted as the rows a user reads: the kind, the
value, the unit, the rate and the bound. The sentences are ours, never a page's.
"""

from __future__ import annotations

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks


def read(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return sorted((a.kind, a.value, a.value_max, a.unit, a.per, a.bound) for a in found)


def rows(*items: tuple) -> list[tuple]:
    return sorted(items)


def D(value, unit, bound="exact", per=None):  # noqa: N802 - a row's shape, as in the GUIDE
    return ("duration", float(value), None, unit, per, bound)


def C(value, bound="exact"):  # noqa: N802
    return ("count", float(value), None, "items", None, bound)


def A(value, bound):  # noqa: N802
    return ("age", float(value), None, "years", None, bound)


def H(value, bound="exact", per=None):  # noqa: N802
    return ("hours", float(value), None, "hours", per, bound)


def case(lang: str, html: str, expected: list[tuple]):
    return pytest.param(html, expected, id=f"{lang}:{html[3:50]}")


# -- GUIDE, round-16 audit: a limit stated as a permission is max -----------------------------
PERMISSION_LIMITS = [
    # how far ahead one may go
    case("en", "<p>The card can be renewed 6 months before it expires.</p>",
         [D(6, "months", "max")]),
    case("nl", "<p>De kaart kan 6 maanden voor de vervaldatum verlengd worden.</p>",
         [D(6, "months", "max")]),
    case("nl", "<p>Je mag de kaart 6 maanden vooraf verlengen.</p>", [D(6, "months", "max")]),
    case("fr", "<p>La carte peut être renouvelée 6 mois avant son échéance.</p>",
         [D(6, "months", "max")]),
    case("de", "<p>Die Karte kann 6 Monate vor Ablauf verlängert werden.</p>",
         [D(6, "months", "max")]),
    # how long one may go: "freely" is a permission's word, not a day off
    case("en", "<p>The holder may travel freely for three months.</p>", [D(3, "months", "max")]),
    case("nl", "<p>De houder mag drie maanden vrij reizen.</p>", [D(3, "months", "max")]),
    case("fr", "<p>Le titulaire peut voyager librement pendant trois mois.</p>",
         [D(3, "months", "max")]),
    case("de", "<p>Der Inhaber darf drei Monate frei reisen.</p>", [D(3, "months", "max")]),
    # the permitted thing named as the subject
    case("en", "<p>The permitted absence extends to two years.</p>", [D(2, "years", "max")]),
    case("nl", "<p>De toegestane afwezigheid bedraagt twee jaar.</p>", [D(2, "years", "max")]),
    case("fr", "<p>L'absence autorisée est de deux ans.</p>", [D(2, "years", "max")]),
    case("de", "<p>Die erlaubte Abwesenheit beträgt zwei Jahre.</p>", [D(2, "years", "max")]),
]

PERMISSION_NOT_LIMITS = [
    # a period one must first complete, and the term of what is granted: exact
    case("en", "<p>After 18 months the holder may move to another member state.</p>",
         [D(18, "months")]),
    case("nl", "<p>De kaart wordt telkens met 12 maanden verlengd.</p>", [D(12, "months")]),
    case("fr", "<p>La carte est renouvelée chaque fois pour 12 mois.</p>", [D(12, "months")]),
    case("de", "<p>Nach 18 Monaten darf der Inhaber in einen anderen Mitgliedstaat umziehen.</p>",
         [D(18, "months")]),
    # a bracket with its own obligation: a deadline's own reading, not the modal's limit
    case("en", "<p>The permit can be renewed (a new application must be made 2 months before "
         "the expiry date).</p>", [D(2, "months")]),
    case("en", "<p>The permitted absence is not 2 years.</p>", [D(2, "years")]),
    case("nl", "<p>Je krijgt drie dagen vrij.</p>", [D(3, "days")]),
]


@pytest.mark.parametrize("html,expected", PERMISSION_LIMITS)
def test_a_limit_stated_as_a_permission_is_max(html, expected):
    assert read(html) == rows(*expected)


@pytest.mark.parametrize("html,expected", PERMISSION_NOT_LIMITS)
def test_a_waiting_period_a_term_and_a_bracketed_deadline_stay_exact(html, expected):
    assert read(html) == rows(*expected)


# -- "may only … during the first N days": the permission's limit, not a stretch -------------
ONLY_DURING_THE_FIRST = [
    case("en", "<p>You may only leave the country during the first 90 days of your stay.</p>",
         [D(90, "days", "max")]),
    case("nl", "<p>U mag het land alleen tijdens de eerste 90 dagen van uw verblijf verlaten.</p>",
         [D(90, "days", "max")]),
    case("fr", "<p>Vous ne pouvez quitter le pays que pendant les 90 premiers jours de votre "
         "séjour.</p>", [D(90, "days", "max")]),
    case("de", "<p>Sie dürfen das Land nur während der ersten 90 Tage Ihres Aufenthalts "
         "verlassen.</p>", [D(90, "days", "max")]),
    case("en", "<p>During the first 3 months you receive a reduced salary.</p>",
         [D(3, "months")]),
]


@pytest.mark.parametrize("html,expected", ONLY_DURING_THE_FIRST)
def test_only_permitted_during_the_first_days_is_max(html, expected):
    assert read(html) == rows(*expected)


# -- a year of teaching is a year --------------------------------------------------------------
ACADEMIC_YEARS = [
    case("en", "<p>The annex is valid for at most 1 academic year.</p>", [D(1, "years", "max")]),
    case("en", "<p>Will you stay for more than 1 academic year?</p>", [D(1, "years", "min")]),
    case("nl", "<p>De bijlage is hoogstens 1 academiejaar geldig.</p>", [D(1, "years", "max")]),
    case("fr", "<p>L'annexe est valable au maximum 1 année académique.</p>",
         [D(1, "years", "max")]),
    case("fr", "<p>Elle vaut pour deux années scolaires.</p>", [D(2, "years")]),
    case("de", "<p>Die Anlage gilt höchstens 1 akademisches Jahr.</p>", [D(1, "years", "max")]),
    case("de", "<p>Die Anlage gilt für höchstens ein Studienjahr.</p>", [D(1, "years", "max")]),
]


@pytest.mark.parametrize("html,expected", ACADEMIC_YEARS)
def test_academic_and_school_years_are_years(html, expected):
    assert read(html) == rows(*expected)


# -- the one-for-two count: "one and the same procedure" ---------------------------------------
ONE_AND_THE_SAME = [
    case("en", "<p>Stay and work are handled in one and the same procedure.</p>", [C(1)]),
    case("nl", "<p>Verblijf en arbeid worden in één en dezelfde procedure behandeld.</p>", [C(1)]),
    case("fr", "<p>Le séjour et le travail sont traités dans une seule et même procédure.</p>",
         [C(1)]),
    case("de", "<p>Aufenthalt und Arbeit werden in ein und demselben Verfahren geprüft.</p>",
         [C(1)]),
    # a title's words stay no amount
    case("fr", "<p>Voir l'accord de coopération relatif à une seule et même procédure.</p>", []),
]


@pytest.mark.parametrize("html,expected", ONE_AND_THE_SAME)
def test_one_and_the_same_procedure_is_the_one_for_two_count(html, expected):
    assert read(html) == rows(*expected)


# -- a group of persons past an age, without a unit --------------------------------------------
PERSONS_OVER = [
    case("en", "<p>For students over 18: 9 hours a day.</p>", [A(18, "min"), H(9, per="day")]),
    case("en", "<p>Students over 18 must register.</p>", [A(18, "min")]),
    case("nl", "<p>Voor studenten boven de 18: 9 uur per dag.</p>",
         [A(18, "min"), H(9, per="day")]),
    case("fr", "<p>Pour les étudiants de plus de 18 : 9 heures par jour.</p>",
         [A(18, "min"), H(9, per="day")]),
    case("de", "<p>Für Studierende über 18: 9 Stunden pro Tag.</p>",
         [A(18, "min"), H(9, per="day")]),
    case("en", "<p>For students under 18: 8 hours a day.</p>", [A(18, "max"), H(8, per="day")]),
    case("en", "<p>For companies over 50: a plan.</p>", []),
]


@pytest.mark.parametrize("html,expected", PERSONS_OVER)
def test_persons_over_an_age_without_unit_is_a_min_age(html, expected):
    assert read(html) == rows(*expected)


# -- "ne … que" is "only", and a "plus de" after it stays "more than" ---------------------------
NE_QUE = [
    case("fr", "<p>L'enregistrement n'est obligatoire que pour un séjour de plus de trois "
         "mois.</p>", [D(3, "months", "min")]),
    case("fr", "<p>Ce n'est requis que pour plus de 3 mois.</p>", [D(3, "months", "min")]),
    case("en", "<p>Registration is only required for a stay of more than three months.</p>",
         [D(3, "months", "min")]),
    case("nl", "<p>Inschrijving is enkel verplicht voor een verblijf van meer dan drie "
         "maanden.</p>", [D(3, "months", "min")]),
    case("de", "<p>Die Anmeldung ist nur für einen Aufenthalt von mehr als drei Monaten "
         "Pflicht.</p>", [D(3, "months", "min")]),
    # a real negation still turns "more than" round
    case("fr", "<p>Vous ne pouvez pas rester plus de 3 mois.</p>", [D(3, "months", "max")]),
]


@pytest.mark.parametrize("html,expected", NE_QUE)
def test_restrictive_ne_que_is_no_negation(html, expected):
    assert read(html) == rows(*expected)


# -- "the two other copies": the rest of a set, counted -----------------------------------------
OTHER_ONES = [
    case("en", "<p>Send back the two other copies, signed.</p>", [C(2)]),
    case("nl", "<p>Stuur de twee andere exemplaren ondertekend terug.</p>", [C(2)]),
    case("fr", "<p>Renvoyez les deux autres exemplaires signés.</p>", [C(2)]),
    case("de", "<p>Senden Sie die zwei anderen Exemplare unterschrieben zurück.</p>", [C(2)]),
]


@pytest.mark.parametrize("html,expected", OTHER_ONES)
def test_the_other_ones_of_a_set_are_counted(html, expected):
    assert read(html) == rows(*expected)


# -- "a working week of 5 days": the period named, then its length -----------------------------
PERIOD_OF_A_LENGTH = [
    case("en", "<p>Within a working week of 5 days, the day is limited.</p>", [D(5, "days")]),
    case("nl", "<p>Binnen een werkweek van 5 dagen is de werkdag beperkt.</p>", [D(5, "days")]),
    case("fr", "<p>Dans une semaine de travail de 5 jours, la journée est limitée.</p>",
         [D(5, "days")]),
    case("de", "<p>Innerhalb einer Arbeitswoche von 5 Tagen ist der Arbeitstag begrenzt.</p>",
         [D(5, "days")]),
    case("en", "<p>The permit is valid for up to a year.</p>", [D(1, "years", "max")]),
    case("fr", "<p>Dans une semaine, la carte est prête.</p>", [D(1, "weeks")]),
]


@pytest.mark.parametrize("html,expected", PERIOD_OF_A_LENGTH)
def test_a_period_of_a_stated_length_is_one_row_without_bound(html, expected):
    assert read(html) == rows(*expected)


# -- the rate hours are counted in: opening the sentence, or the lead-in of a list -------------
HOURS_RATES = [
    case("en", "<p>Every calendar year, the State gives each student a quota of 600 hours.</p>",
         [H(600, per="year")]),
    case("nl", "<p>Elk kalenderjaar krijgt elke student een contingent van 600 uren.</p>",
         [H(600, per="year")]),
    case("fr", "<p>Chaque année civile, l'État accorde à chaque étudiant un contingent de 600 "
         "heures.</p>", [H(600, per="year")]),
    case("de", "<p>Jedes Kalenderjahr erhält jeder Student ein Kontingent von 600 Stunden.</p>",
         [H(600, per="year")]),
    case("en", "<p>A working day is limited as follows:</p><ul><li>For students under 18: 8 "
         "hours of work maximum</li></ul>", [A(18, "max"), H(8, "max", "day")]),
    case("nl", "<p>Een werkdag is als volgt beperkt:</p><ul><li>Voor studenten jonger dan 18: "
         "maximaal 8 uur</li></ul>", [A(18, "max"), H(8, "max", "day")]),
    case("fr", "<p>Une journée de travail est limitée comme suit :</p><ul><li>Pour les "
         "étudiants de moins de 18 ans : 8 heures maximum</li></ul>",
         [A(18, "max"), H(8, "max", "day")]),
    case("de", "<p>Ein Arbeitstag ist wie folgt begrenzt:</p><ul><li>Für Studierende unter 18: "
         "höchstens 8 Stunden</li></ul>", [A(18, "max"), H(8, "max", "day")]),
    case("en", "<p>The following hours apply:</p><ul><li>students: 8 hours</li></ul>", [H(8)]),
]


@pytest.mark.parametrize("html,expected", HOURS_RATES)
def test_hours_take_the_rate_opening_their_sentence_or_lead_in(html, expected):
    assert read(html) == rows(*expected)


# -- the rules layer: a year of teaching is no single permit's validity -------------------------
def rules_of(html: str, lang: str) -> list[tuple]:
    from rules.assign import assign
    from rules.catalogue import load_catalogue

    blocks = extract_blocks(f"<main>{html}</main>")
    amounts = extract_amounts(blocks)
    found = assign(blocks, amounts, "flanders", lang, load_catalogue())
    return [(a.kind, a.value, a.bound, f.rule_id) for a, f in zip(amounts, found, strict=True)]


ACADEMIC_VALIDITY = [
    ("en", "<h2>Validity</h2><p>The city issues you an annex, valid for at most 1 academic "
     "year.</p>"),
    ("nl", "<h2>Geldigheid</h2><p>De stad geeft u een bijlage, hoogstens 1 academiejaar "
     "geldig.</p>"),
    ("fr", "<h2>Validité</h2><p>La ville vous délivre une annexe, valable au maximum 1 année "
     "académique.</p>"),
    ("de", "<h2>Gültigkeit</h2><p>Die Stadt stellt Ihnen eine Anlage aus, gültig höchstens 1 "
     "akademisches Jahr.</p>"),
]


@pytest.mark.parametrize("lang,html", ACADEMIC_VALIDITY)
def test_a_validity_of_an_academic_year_is_read_and_filed_under_no_permit(lang, html):
    assert rules_of(html, lang) == [("duration", 1.0, "max", None)]


# -- half B (read after the half-A work): its classes, in four languages ----------------------
def M(value, per=None, bound="exact"):  # noqa: N802
    return ("money", float(value), None, "EUR", per, bound)


HALF_B_CLASSES = [
    # "ainsi que", "de même que": "que" joining, not "ne … que" (only)
    case("fr", "<p>Le demandeur apporte la carte périmée, ainsi que 2 photos d'identité "
         "identiques.</p>", [C(2)]),
    case("fr", "<p>Apportez le formulaire de même que 2 photos.</p>", [C(2)]),
    case("fr", "<p>Le permis ne vaut que 2 ans.</p>", [D(2, "years", "max")]),
    # a negated possibility after an age: up to it
    case("en", "<p>Registration is not possible after the age of 65.</p>", [A(65, "max")]),
    case("nl", "<p>Na de leeftijd van 65 jaar is registratie niet meer mogelijk.</p>",
         [A(65, "max")]),
    case("fr", "<p>L'inscription n'est plus possible après l'âge de 65 ans.</p>", [A(65, "max")]),
    case("de", "<p>Nach dem 65. Lebensjahr ist die Anmeldung nicht mehr möglich.</p>",
         [A(65, "max")]),
    case("en", "<p>After the age of 65 you receive a pension.</p>", [A(65, "exact")]),
    # "until now" is a time phrase, not "up to"
    case("fr", "<p>Cette limite était jusqu'à présent fixée à 5 jours.</p>", [D(5, "days")]),
    case("en", "<p>The limit was up to now set at 5 days.</p>", [D(5, "days")]),
    case("nl", "<p>De grens lag tot nu toe op 5 dagen.</p>", [D(5, "days")]),
    case("de", "<p>Die Grenze lag bis jetzt bei 5 Tagen.</p>", [D(5, "days")]),
    case("fr", "<p>La limite va jusqu'à 5 jours.</p>", [D(5, "days", "max")]),
    # the future and conditional of "pouvoir" state a permission too
    case("fr", "<p>Le permis unique pourra même être délivré pour 3 ans.</p>",
         [D(3, "years", "max")]),
    case("fr", "<p>Vous pourrez séjourner 90 jours.</p>", [D(90, "days", "max")]),
    # a whole split into kinds: the page's own categories, no count
    case("en", "<p>The scenarios fall into three main categories.</p>", []),
    case("nl", "<p>De gevallen vallen uiteen in drie grote categorieën.</p>", []),
    case("fr", "<p>Les situations se répartissent en trois grandes catégories.</p>", []),
    case("de", "<p>Die Fälle gliedern sich in drei große Kategorien.</p>", []),
    # how often a sum is revised is not its rate
    case("en", "<p>245€ (the amount is revised on 1 January every year)</p>", [M(245)]),
    case("nl", "<p>245 euro (het bedrag wordt elk jaar op 1 januari herzien)</p>", [M(245)]),
    case("fr", "<p>245 € (le montant est révisé chaque année au 1er janvier)</p>", [M(245)]),
    case("de", "<p>245 € (der Betrag wird jedes Jahr am 1. Januar angepasst)</p>", [M(245)]),
    case("en", "<p>The salary is 40.000 € per year (the amount is indexed every year).</p>",
         [M(40000, "year")]),
    # proofs handed in, counted
    case("en", "<p>Several payslips together as 1 proof of means.</p>", [C(1)]),
    case("nl", "<p>Meerdere loonfiches samen als 1 bewijs van financiële middelen.</p>", [C(1)]),
    case("fr", "<p>Plusieurs fiches de paie comme 1 seule preuve de moyens.</p>", [C(1)]),
    case("de", "<p>Mehrere Lohnzettel zusammen als 1 Nachweis der Mittel.</p>", [C(1)]),
]


@pytest.mark.parametrize("html,expected", HALF_B_CLASSES)
def test_half_b_classes(html, expected):
    assert read(html) == rows(*expected)


# -- a phone line's groups are never amounts -------------------------------------------------
PHONE_LINES = [
    case("nl", "<p>Dienst<br />1070 Brussel<br />Telefoon: + 32 (0)2 233 48 22<br />E-mail: "
         "a@b.be</p>", []),
    case("fr", "<p>Téléphone : + 32 (0)2 233 48 22<br/>Courriel : a@b.be</p>", []),
    case("de", "<p>Telefon: + 32 (0)87 59 63 00<br/>E-Mail: a@b.be</p>", []),
    case("en", "<p>Phone: +32 2 233 48 22<br/>E-mail: a@b.be</p>", []),
    case("en", "<p>Phone 2 times a week.</p>", [("count", 2.0, None, "items", "week", "exact")]),
]


@pytest.mark.parametrize("html,expected", PHONE_LINES)
def test_a_phone_lines_groups_are_no_amounts(html, expected):
    assert read(html) == rows(*expected)


# -- a bound inside a bracket holding its own value is that value's ---------------------------
BRACKET_BOUNDS = [
    case("nl", "<p>Spoedprocedure (de kaart wordt binnen twee werkdagen geleverd): 120,40 "
         "euro</p>", [D(2, "days", "max"), M(120.4)]),
    case("en", "<p>Urgent procedure (the card is delivered within two working days): 120.40 "
         "euros</p>", [D(2, "days", "max"), M(120.4)]),
    case("fr", "<p>Procédure urgente (la carte est livrée dans les deux jours ouvrables) : "
         "120,40 euros</p>", [D(2, "days", "max"), M(120.4)]),
    case("de", "<p>Eilverfahren (die Karte wird innerhalb von zwei Werktagen geliefert): 120,40 "
         "Euro</p>", [D(2, "days", "max"), M(120.4)]),
    case("en", "<p>Fee (maximum): 120,40 euro</p>", [M(120.4, bound="max")]),
]


@pytest.mark.parametrize("html,expected", BRACKET_BOUNDS)
def test_a_bound_in_a_bracket_with_its_own_value_stays_there(html, expected):
    assert read(html) == rows(*expected)


# -- a sentence before the one announcing a list states a count of its own -------------------
BEFORE_THE_LEAD_IN = [
    case("en", "<p>Merge them into 1 file. For example:</p><ul><li>a</li></ul>", [C(1)]),
    case("nl", "<p>Voeg ze samen tot 1 bestand. Bijvoorbeeld:</p><ul><li>a</li></ul>", [C(1)]),
    case("fr", "<p>Fusionnez-les en 1 fichier. Par exemple :</p><ul><li>a</li></ul>", [C(1)]),
    case("de", "<p>Fassen Sie sie zu 1 Datei zusammen. Zum Beispiel:</p><ul><li>a</li></ul>",
         [C(1)]),
    # the announcing sentence's own number counts the list: no row
    case("en", "<p>Bring the 3 documents below:</p><ul><li>a</li><li>b</li><li>c</li></ul>", []),
]


@pytest.mark.parametrize("html,expected", BEFORE_THE_LEAD_IN)
def test_a_count_before_the_announcing_sentence_is_its_own(html, expected):
    assert read(html) == rows(*expected)
