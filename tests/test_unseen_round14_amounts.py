"""Amount families of tuning round 14 (issue 12), found on half A of check part 11 and the older
pages, each stated as a class in the four languages in our own sentences (most forms written
from knowledge of the languages, not from a page), with the reading tests/devset/GUIDE.md
gives."""

from __future__ import annotations

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks
from rules.assign import assign
from rules.catalogue import load_catalogue


def read(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return sorted((a.kind, a.value, a.per, a.bound) for a in found)


def rules_of(html: str, lang: str) -> list[tuple]:
    blocks = extract_blocks(f"<main>{html}</main>")
    found = extract_amounts(blocks)
    assigned = assign(blocks, found, "flanders", lang, load_catalogue())
    return [(a.kind, a.value, a.bound, r.rule_id) for a, r in zip(found, assigned, strict=True)]


def cases(*items):
    return [pytest.param(html, rows, id=html[3:53]) for html, rows in items]


# The bound of a value comes from the words of its own sentence (GUIDE, label audit): this
# year's value of a threshold named in the sentence before ("… at least the monthly amount set
# each year. It is currently 789 €") is exact, and a bound word of the sentence before ("not
# yet known") does not reach a sum in brackets ("Add the handling fee (150 €).").
OWN_SENTENCE = cases(
    (
        "<p>The student must have at least the monthly amount set by royal decree. It is "
        "currently 789 € net per month.</p>",
        [("money", 789, "month", "exact")],
    ),
    (
        "<p>De student moet minstens over het maandbedrag beschikken dat elk jaar wordt "
        "vastgesteld. Momenteel bedraagt het 789 € netto per maand.</p>",
        [("money", 789, "month", "exact")],
    ),
    (
        "<p>L'étudiant doit disposer au moins du montant mensuel fixé chaque année. Il est "
        "actuellement de 789 € net par mois.</p>",
        [("money", 789, "month", "exact")],
    ),
    (
        "<p>Der Studierende muss mindestens über den jährlich festgelegten Monatsbetrag "
        "verfügen. Derzeit beträgt er 789 € netto pro Monat.</p>",
        [("money", 789, "month", "exact")],
    ),
    (
        "<p>The new amount is not yet known. Add the handling fee (150 €).</p>",
        [("money", 150, None, "exact")],
    ),
    (
        "<p>Het nieuwe bedrag is nog niet bekend. Daar komen de dossierkosten bij (150 €).</p>",
        [("money", 150, None, "exact")],
    ),
    (
        "<p>Le nouveau montant n'est pas encore connu. Il faut y ajouter les frais de dossier "
        "(150 €).</p>",
        [("money", 150, None, "exact")],
    ),
    (
        "<p>Der neue Betrag steht noch nicht fest. Hinzu kommt die Bearbeitungsgebühr "
        "(150 €).</p>",
        [("money", 150, None, "exact")],
    ),
)


@pytest.mark.parametrize("html,rows", OWN_SENTENCE)
def test_a_bound_comes_from_the_values_own_sentence(html, rows):
    assert read(html) == sorted(rows)


# A share of the threshold keeps the threshold's bound ("80% of that amount" of a minimum),
# and an earlier value given beside a sum takes that sum's bound (GUIDE, 02:20 and label audit).
def test_a_share_and_an_earlier_value_keep_the_thresholds_bound():
    html = (
        "<ul><li>you earn at least the average gross annual salary. For 2026 this is "
        "€ 47.100 gross.</li><li>For nurses 80% of that amount is enough.</li></ul>"
        "<p>In 2026 the minimum gross annual salary is 47.100 euro. In 2025 it was still "
        "46.000 euro.</p>"
    )
    assert read(html) == [
        ("money", 46000, "year", "min"),
        ("money", 47100, "year", "exact"),
        ("money", 47100, "year", "min"),
        ("percent", 80, None, "min"),
    ]


# The rule a restated sum states: the sentence before names it ("… under 30 and nurses … 80%
# of that amount. For 2026 this is € 37.680") and says it is a minimum, though the sum itself
# is exact. The four languages' ways of pointing back ("this is", "bedraagt dit", "il s'élève
# à", "beträgt es") come from language knowledge.
POINTED = [
    (
        "en",
        "<h2>Highly qualified workers</h2><ul><li>you earn at least the average gross annual "
        "salary in Belgium. For 2026 this is € 47.100 gross.</li><li>For highly qualified "
        "workers under 30 and for nurses, 80% of that amount is enough. For 2026 this is "
        "€ 37.680 gross.</li></ul>",
    ),
    (
        "nl",
        "<h2>Hooggeschoolden</h2><ul><li>je verdient minstens het gemiddeld bruto jaarloon in "
        "België. In 2026 bedraagt dit € 47.100 bruto.</li><li>Voor hooggeschoolden jonger dan "
        "30 jaar en verpleegkundigen volstaat 80% van dat bedrag. In 2026 bedraagt dit "
        "€ 37.680 bruto.</li></ul>",
    ),
    (
        "fr",
        "<h2>Travailleurs hautement qualifiés</h2><ul><li>vous gagnez au moins le salaire "
        "annuel brut moyen en Belgique. En 2026, il s'élève à 47.100 € brut.</li><li>Pour les "
        "travailleurs hautement qualifiés de moins de 30 ans et les infirmiers, 80% de ce "
        "montant suffit. En 2026, il s'élève à 37.680 € brut.</li></ul>",
    ),
    (
        "de",
        "<h2>Hochqualifizierte Arbeitskräfte</h2><ul><li>Sie verdienen mindestens das "
        "durchschnittliche Bruttojahresgehalt in Belgien. Für 2026 beträgt es 47.100 € "
        "brutto.</li><li>Für Hochqualifizierte jünger als 30 Jahre und Pflegekräfte genügen "
        "80% dieses Betrags. Für 2026 beträgt es 37.680 € brutto.</li></ul>",
    ),
]


@pytest.mark.parametrize("lang,html", POINTED, ids=[lang for lang, _ in POINTED])
def test_a_restated_sum_states_the_rule_its_sentence_before_names(lang, html):
    sums = [row for row in rules_of(html, lang) if row[0] == "money"]
    assert sums == [
        ("money", 47100, "exact", "single_permit.highly_qualified.salary_min"),
        ("money", 37680, "exact", "single_permit.highly_qualified.salary_min_reduced"),
    ]


# The days an office is shut are no amounts, like its opening hours (GUIDE, devset-ak), whether
# a label names them or a verb says the office is closed; a rule's date beside a counter's
# hours stays one. Only the English label form is a page's; the rest are language knowledge.
CLOSED_DAYS = [
    "<p>Closing periods: public holidays, 22 May, 20 July, 31 December 2020</p>",
    "<p>The counter is closed from 24 December 2025 to 2 January 2026.</p>",
    "<p>Het loket is gesloten op 21 juli en 31 december 2020.</p>",
    "<p>Sluitingsdagen: 11 november 2025 en 25 december 2025.</p>",
    "<p>Le service sera fermé le 15 août 2025.</p>",
    "<p>Jours de fermeture : 1er novembre 2025, 11 novembre 2025.</p>",
    "<p>Das Büro bleibt am 24. Dezember 2025 geschlossen.</p>",
    "<p>Schließtage: 15. November 2025 und 24. Dezember 2025.</p>",
]


@pytest.mark.parametrize("html", CLOSED_DAYS, ids=[h[3:40] for h in CLOSED_DAYS])
def test_the_days_an_office_is_closed_are_no_amounts(html):
    assert read(html) == []


@pytest.mark.parametrize(
    "html",
    [
        "<p>From 1 January 2026 the counter accepts applications online.</p>",
        "<p>Vanaf 1 januari 2026 aanvaardt het loket de aanvragen online.</p>",
        "<p>À partir du 1er janvier 2026, le guichet accepte les demandes en ligne.</p>",
        "<p>Ab dem 1. Januar 2026 nimmt der Schalter Anträge online an.</p>",
    ],
)
def test_a_counters_rule_date_stays_a_date(html):
    assert read(html) == [("date", None, None, "exact")]


# A number after a verb of referring to a place in the text ("the persons named under 2 and
# 3") points to items of a list, no age and no count, whichever side of the number the verb
# stands; an age in the same item stays one. Only "named under 2 and 3" is a page's form.
REFERRED_POINTS = [
    "<ul><li>the spouse of the persons named under 2 and 3;</li></ul>",
    "<ul><li>the children of the persons referred to under 3;</li></ul>",
    "<ul><li>de echtgenoot van de personen vermeld onder 2 en 3;</li></ul>",
    "<ul><li>de kinderen van de personen bedoeld onder 1;</li></ul>",
    "<ul><li>le conjoint des personnes visées sous 2 et 3 ;</li></ul>",
    "<ul><li>les enfants des personnes reprises sous 1 ;</li></ul>",
    "<ul><li>der Ehepartner der unter 2 und 3 genannten Personen;</li></ul>",
    "<ul><li>die Kinder der unter 1 aufgeführten Personen;</li></ul>",
]


@pytest.mark.parametrize("html", REFERRED_POINTS, ids=[h[8:50] for h in REFERRED_POINTS])
def test_points_referred_to_under_a_number_are_no_amounts(html):
    assert read(html) == []


@pytest.mark.parametrize(
    "html",
    [
        "<ul><li>the spouse and children under 18 of the persons named under 2;</li></ul>",
        "<ul><li>de echtgenoot en de kinderen jonger dan 18 van de personen bedoeld onder 1 en "
        "2;</li></ul>",
        "<ul><li>Jugendliche unter 18 und die Kinder der unter 2 genannten Personen</li></ul>",
    ],
)
def test_an_age_beside_points_referred_to_stays_an_age(html):
    assert read(html) == [("age", 18, None, "max")]


# The end of a period to come is the latest day to act ("By the end of the next two weeks, you
# are asked to come back"): at most; the end of a period named before it ("vor Ablauf der fünf
# Jahre ununterbrochenen Aufenthalts") is that period, exact. Only the first English form is a
# page's; the rest are language knowledge.
BY_THE_END = cases(
    ("<p>By the end of the next two weeks, you are asked to come back.</p>", "max"),
    ("<p>Come back before the end of the following 2 weeks.</p>", "max"),
    ("<p>Tegen het einde van de volgende twee weken komt u terug.</p>", "max"),
    ("<p>Vóór het verstrijken van de volgende twee weken komt u terug.</p>", "max"),
    ("<p>D'ici la fin des deux semaines suivantes, vous revenez.</p>", "max"),
    ("<p>Avant l'expiration des deux prochaines semaines, vous revenez.</p>", "max"),
    ("<p>Bis Ende der nächsten zwei Wochen kommen Sie zurück.</p>", "max"),
    ("<p>Vor Ablauf der nächsten zwei Wochen kommen Sie zurück.</p>", "max"),
    ("<p>At the end of the two weeks, the card is sent.</p>", "exact"),
    ("<p>Aan het einde van de twee weken wordt de kaart verstuurd.</p>", "exact"),
    ("<p>Das Recht gilt schon vor Ablauf der fünf Jahre ununterbrochenen Aufenthalts.</p>",
     "exact"),
    ("<p>Le droit vaut déjà avant la fin des cinq années de séjour.</p>", "exact"),
)


@pytest.mark.parametrize("html,bound", BY_THE_END)
def test_the_end_of_a_period_to_come_is_the_latest_day(html, bound):
    [(kind, _value, _per, found)] = read(html)
    assert (kind, found) == ("duration", bound)


# "One or more of" a set is how many of it one must meet or that must change: a count, at
# least one (GUIDE: "at least two of the following" is a count, min); "one or more stays"
# names no set and counts nothing. The French and the English "these elements" are pages'
# forms; the rest are language knowledge.
ONE_OR_MORE_OF = [
    "<p>He can produce one or more of the following documents:</p><ul><li>a lease</li></ul>",
    "<p>When one or more of these elements change, apply again.</p>",
    "<p>Hij kan een of meer van de volgende documenten voorleggen:</p><ul><li>a</li></ul>",
    "<p>Zodra één of meerdere van deze gegevens wijzigen, vraagt u een nieuwe kaart aan.</p>",
    "<p>Il peut produire un ou plusieurs des documents suivants :</p><ul><li>a</li></ul>",
    "<p>Si une ou plusieurs de ces données changent, introduisez une nouvelle demande.</p>",
    "<p>Er kann eines oder mehrere der folgenden Dokumente vorlegen:</p><ul><li>a</li></ul>",
    "<p>Ändern sich eine oder mehrere dieser Angaben, stellen Sie einen neuen Antrag.</p>",
]


@pytest.mark.parametrize("html", ONE_OR_MORE_OF, ids=[h[3:45] for h in ONE_OR_MORE_OF])
def test_one_or_more_of_a_set_is_at_least_one(html):
    assert read(html) == [("count", 1, None, "min")]


@pytest.mark.parametrize(
    "html",
    [
        "<p>You may transit through one or more Schengen countries.</p>",
        "<p>U mag door een of meer Schengenlanden reizen.</p>",
        "<p>Vous pouvez transiter par un ou plusieurs pays Schengen.</p>",
        "<p>Sie dürfen durch ein oder mehrere Schengen-Länder reisen.</p>",
    ],
)
def test_one_or_more_without_a_set_counts_nothing(html):
    assert read(html) == []


# One period named as what a sum pays for ("the minimum cost of one year of study is EUR
# 10 000") is the sum's rate, not a period of a rule, and a bound on the cost bounds the sum.
# Only the French form is a page's; the rest are language knowledge.
COST_OF_ONE = cases(
    (
        "<p>The minimum cost of one year of study is EUR 10 000.</p>",
        [("money", 10000, "year", "min")],
    ),
    (
        "<p>De minimale kosten van een studiejaar bedragen 10 000 euro.</p>",
        [("money", 10000, "year", "min")],
    ),
    (
        "<p>Le coût minimum d'une année d'études est de 10 000 EUR.</p>",
        [("money", 10000, "year", "min")],
    ),
    (
        "<p>Die Kosten eines Studienjahres betragen 10 000 Euro.</p>",
        [("money", 10000, "year", "exact")],
    ),
    (
        "<p>De kosten van één maand verblijf bedragen 900 euro.</p>",
        [("money", 900, "month", "exact")],
    ),
    ("<p>Le coût d'un an de séjour est de 9 000 euros.</p>", [("money", 9000, "year", "exact")]),
    ("<p>Inform yourself about the cost of a year of study in Belgium.</p>", []),
    ("<p>Renseignez-vous sur le coût d'une année d'études en Belgique.</p>", []),
    ("<p>The cost of an application is EUR 200.</p>", [("money", 200, None, "exact")]),
)


@pytest.mark.parametrize("html,rows", COST_OF_ONE)
def test_the_period_a_cost_pays_for_is_its_rate(html, rows):
    assert read(html) == rows


# From half B: right after a sum, the one period it is for is its rate ("7248 EUR pour une
# année d'études"), though the sentence gave a monthly sum before it; the French form is a
# page's, the rest language knowledge.
FOR_ONE_PERIOD = [
    "<p>The minimum amount is EUR 604 a month, that is EUR 7,248 for one year of study.</p>",
    "<p>Het minimumbedrag is 604 euro per maand, dat is 7.248 euro voor één studiejaar.</p>",
    "<p>Le montant minimum, soit 604 EUR/mois, c'est-à-dire 7248 EUR pour une année "
    "d'études.</p>",
    "<p>Der Mindestbetrag beträgt 604 Euro pro Monat, also 7.248 Euro für ein Studienjahr.</p>",
]


@pytest.mark.parametrize("html", FOR_ONE_PERIOD, ids=["en", "nl", "fr", "de"])
def test_from_half_b_the_period_a_sum_is_for_is_its_rate(html):
    assert [(kind, value, per) for kind, value, per, _bound in read(html)] == [
        ("money", 604, "month"),
        ("money", 7248, "year"),
    ]


# From half B: a time limit named by its noun is at most, after "in the … of" or at the end of
# one, whatever bound word ('vanaf', 'ab', 'à compter de') opens the phrase; and so is the time
# one disposes of to act. The French "dans le délai de" and the Dutch sentence are pages'; the
# rest are language knowledge.
TIME_LIMITS = cases(
    (
        "<p>À défaut de décision dans le délai de 120 jours, la décision est réputée "
        "positive.</p>",
        [("duration", 120, None, "max")],
    ),
    (
        "<p>If no decision is taken in the time limit of 120 days, it is deemed positive.</p>",
        [("duration", 120, None, "max")],
    ),
    (
        "<p>De minister beschikt over twee maanden om een beslissing te nemen, te rekenen vanaf "
        "het verstrijken van de termijn van vier maanden.</p>",
        [("duration", 2, None, "max"), ("duration", 4, None, "max")],
    ),
    (
        "<p>Der Minister verfügt über zwei Monate, um zu entscheiden, ab dem Ablauf der Frist von "
        "vier Monaten.</p>",
        [("duration", 2, None, "max"), ("duration", 4, None, "max")],
    ),
    (
        "<p>Le ministre dispose de deux mois pour statuer, à compter de l'expiration du délai de "
        "quatre mois.</p>",
        [("duration", 2, None, "max"), ("duration", 4, None, "max")],
    ),
    (
        "<p>The minister has two months to decide, counted from the expiry of the time limit of "
        "four months.</p>",
        [("duration", 2, None, "max"), ("duration", 4, None, "max")],
    ),
)


@pytest.mark.parametrize("html,rows", TIME_LIMITS)
def test_from_half_b_a_time_limit_named_by_its_noun_is_at_most(html, rows):
    assert read(html) == rows


# From half B: how many exemptions there are, with a bound word, is a count ("There are more
# than 30 exemptions from the work permit"); one exemption named with its article ("onder een
# vrijstelling valt") is none. The English form is a page's, the rest language knowledge.
EXEMPTION_COUNTS = [
    "<p>There are more than 30 exemptions from the work permit in Belgium.</p>",
    "<p>Er bestaan meer dan 30 vrijstellingen van de arbeidskaart.</p>",
    "<p>Il existe plus de 30 dispenses du permis de travail.</p>",
    "<p>Es gibt mehr als 30 Befreiungen von der Arbeitserlaubnis.</p>",
]


@pytest.mark.parametrize("html", EXEMPTION_COUNTS, ids=["en", "nl", "fr", "de"])
def test_from_half_b_a_number_of_exemptions_is_a_count(html):
    assert read(html) == [("count", 30, None, "min")]


def test_one_exemption_named_with_its_article_counts_nothing():
    assert read("<p>Wie niet onder een vrijstelling valt, heeft een toelating nodig.</p>") == []
