"""Amount families of check part 10 (issue 12, tuning round 13), each stated in the four
languages in our own sentences (the figures are the Brussels thresholds of October 2024),
with the reading tests/devset/GUIDE.md gives."""

from __future__ import annotations

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks


def read(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main>{html}</main>"))
    return sorted(((a.kind, a.value, a.per, a.bound) for a in found if a.kind != "date"), key=str)


def table(lead: str, rows: list[tuple[str, str]], header: str = "", wrap: str = "p") -> str:
    head = (
        f"<thead><tr><th>{header.split('|')[0]}</th><th>{header.split('|')[1]}</th></tr></thead>"
        if header
        else ""
    )
    body = "".join(f"<tr><td>{name}</td><td>{value}</td></tr>" for name, value in rows)
    lead_html = f"<ol><li>{lead}</li></ol>" if wrap == "li" else f"<p>{lead}</p>"
    return f"{lead_html}<table>{head}<tbody>{body}</tbody></table>"


# A lead-in that states the bound for all the values of the table it announces ("at least the
# following amounts:") bounds each row's sum, and the share beside it, as a column header
# would: the rows are thresholds, min. A sentence with a figure of its own before the
# announcing one does not stop it.
THRESHOLDS = [
    ("money", 3591.12, None, "min"),
    ("money", 4604.0, "month", "exact"),  # the average, stated in its own sentence
    ("money", 6445.6, None, "min"),
    ("percent", 78.0, None, "min"),
    ("percent", 140.0, None, "min"),
]
AT_LEAST_THE_FOLLOWING = [
    pytest.param(table(lead, rows, header, wrap), THRESHOLDS, id=lang)
    for lang, lead, rows, header, wrap in (
        (
            "en",
            "The average gross monthly pay is € 4,604. For these categories the pay reaches at "
            "least the following amounts:",
            [("Senior manager", "€ 6,445.60 (140 %)"), ("Highly qualified", "€ 3,591.12 (78 %)")],
            "Category|Gross amount",
            "p",
        ),
        (
            "fr",
            "Le salaire mensuel brut moyen s'élève à 4.604 €. Pour ces catégories, la "
            "rémunération atteindra au moins les montants suivants :",
            [("Cadre", "6.445,60 € (140 %)"), ("Hautement qualifié", "3.591,12 € (78 %)")],
            "Catégorie|Montant brut",
            "li",
        ),
        (
            "nl",
            "Het gemiddelde bruto maandloon bedraagt 4.604 euro. Voor deze categorieën bedraagt "
            "het loon ten minste de volgende bedragen:",
            [("Leidinggevend", "6.445,60 euro (140 %)"), ("Hooggeschoold", "3.591,12 euro (78 %)")],
            "Categorie|Brutobedrag",
            "p",
        ),
        (
            "de",
            "Der durchschnittliche Bruttomonatslohn beträgt 4.604 Euro. Für diese Kategorien "
            "erreicht der Lohn mindestens folgende Beträge:",
            [("Leitung", "6.445,60 Euro (140 %)"), ("Hochqualifiziert", "3.591,12 Euro (78 %)")],
            "Kategorie|Bruttobetrag",
            "li",
        ),
    )
]


@pytest.mark.parametrize(("html", "rows"), AT_LEAST_THE_FOLLOWING)
def test_a_lead_in_bound_holds_for_each_row_of_its_table(html, rows):
    assert read(html) == sorted(rows, key=str)


# The row naming the average the thresholds are shares of is the reference, not a threshold.
@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("The pay reaches at least the following amounts:", "Average gross monthly pay"),
        (
            "La rémunération atteindra au moins les montants suivants :",
            "Salaire mensuel brut moyen",
        ),
        ("Het loon bedraagt ten minste de volgende bedragen:", "Gemiddeld bruto maandloon"),
        ("Der Lohn erreicht mindestens folgende Beträge:", "Durchschnittlicher Bruttomonatslohn"),
    ],
)
def test_the_reference_row_of_such_a_table_stays_exact(lead, name):
    html = table(lead, [("Blue card", "4.604,00 € (100 %)"), (name, "4.604,00 €")])
    assert read(html) == sorted(
        [
            ("money", 4604.0, "month", "exact"),
            ("money", 4604.0, None, "min"),
            ("percent", 100.0, None, "min"),
        ],
        key=str,
    )


# A ceiling announced the same way is max; a lead-in with no bound leaves the rows exact.
@pytest.mark.parametrize(
    ("lead", "bound"),
    [
        ("The following maximum amounts apply:", "max"),
        ("Les montants maximaux suivants s'appliquent :", "max"),
        ("De volgende bedragen gelden:", "exact"),
        ("Es gelten folgende Beträge:", "exact"),
    ],
)
def test_a_table_takes_only_the_bound_its_lead_in_states(lead, bound):
    assert read(table(lead, [("Trainee", "2.532,20 €")])) == [("money", 2532.2, None, bound)]


# A paragraph ending in a full stop before a table announces nothing: its rows stay exact.
def test_a_table_after_a_sentence_takes_no_bound_from_it():
    html = (
        "<p>Elle atteindra au moins ce seuil.</p>"
        "<table><tr><td>Sportif</td><td>6.873,15 €</td></tr></table>"
    )
    assert read(html) == [("money", 6873.15, None, "exact")]


# The same lead-in above a list: its earlier sentence's figure does not stop the bound.
@pytest.mark.parametrize(
    "lead",
    [
        "The average is € 4,604. The pay reaches at least the following amounts:",
        "La moyenne est de 4.604 €. Elle atteindra au moins les montants suivants :",
        "Het gemiddelde is 4.604 euro. Het loon bedraagt ten minste de volgende bedragen:",
        "Der Durchschnitt beträgt 4.604 Euro. Der Lohn erreicht mindestens folgende Beträge:",
    ],
)
def test_a_list_lead_in_with_an_earlier_figure_still_bounds_its_items(lead):
    html = f"<p>{lead}</p><ul><li>Cadre: 6.445,60 €</li></ul>"
    assert ("money", 6445.6, None, "min") in read(html)


# A table takes its rate from its headers, caption or lead-in: a paragraph that ends before it
# with a full stop, naming a monthly pay of its own, gives the table's sums no rate.
@pytest.mark.parametrize(
    ("paragraph", "lead"),
    [
        (
            "Nothing changes for the guaranteed average minimum monthly income.",
            "The monthly salary reaches the following amounts:",
        ),
        (
            "Rien ne change pour le revenu minimum mensuel moyen garanti.",
            "Le salaire mensuel atteint les montants suivants :",
        ),
        (
            "Voor het gewaarborgd minimumloon per maand verandert er niets.",
            "Het loon per maand bedraagt de volgende bedragen:",
        ),
        (
            "Für den monatlichen Mindestlohn ändert sich nichts.",
            "Der monatliche Lohn beträgt folgende Beträge:",
        ),
    ],
)
def test_a_table_takes_a_rate_from_its_lead_in_not_from_a_paragraph_above(paragraph, lead):
    rows = "<table><tr><td>Sportif</td><td>6.873,15 €</td></tr></table>"
    assert read(f"<p>{paragraph}</p>{rows}") == [("money", 6873.15, None, "exact")]
    assert read(f"<p>{lead}</p>{rows}") == [("money", 6873.15, "month", "exact")]


# A range from one unit to another with no "between" before it ("for 90 days to twelve
# months") is two rows, as "between 90 days and twelve months" is (GUIDE, devset-f): the
# first end min, the second max; in one unit it stays one range.
@pytest.mark.parametrize(
    "text",
    [
        "The intern works here for 90 days to twelve months.",
        "De stagiair werkt hier van 90 dagen tot twaalf maanden.",
        "Le stagiaire travaille ici de 90 jours à douze mois.",
        "Der Praktikant arbeitet hier von 90 Tagen bis zwölf Monate.",
    ],
)
def test_a_range_from_one_unit_to_another_is_two_bounded_rows(text):
    assert read(f"<p>{text}</p>") == [
        ("duration", 12.0, None, "max"),
        ("duration", 90.0, None, "min"),
    ]


def test_a_range_in_one_unit_stays_one_range():
    assert read("<p>The intern works here for 3 to 6 months.</p>") == [
        ("duration", 3.0, None, "range")
    ]


# An age without its unit followed by "and" ("younger than 30 and comes here") is still an
# age: "an" (French for year) and "u" (Dutch for hour) are units only as whole words.
@pytest.mark.parametrize(
    "text",
    [
        "The worker is younger than 30 and comes to Belgium.",
        "De werknemer is jonger dan 30 en komt naar België.",
        "Le travailleur est âgé de moins de 30 et vient en Belgique.",
        "Der Arbeitnehmer ist jünger als 30 und kommt nach Belgien.",
    ],
)
def test_an_age_without_unit_before_and_is_an_age(text):
    assert read(f"<p>{text}</p>") == [("age", 30.0, None, "max")]


def dates(html: str) -> list[str]:
    blocks = extract_blocks(f"<main>{html}</main>")
    return [str(a.date_value) for a in extract_amounts(blocks) if a.kind == "date"]


# A bare day joined by "and" to a full date is a date of its own, same month and year; an
# article's number before such a date is none.
@pytest.mark.parametrize(
    "text",
    [
        "Enrol before the weekend of 30 and 31 October 2021.",
        "Schrijf je in voor het weekend van 30 en 31 oktober 2021.",
        "Inscrivez-vous avant le week-end des 30 et 31 octobre 2021.",
        "Melden Sie sich vor dem Wochenende vom 30. und 31. Oktober 2021 an.",
    ],
)
def test_a_day_joined_to_a_full_date_is_a_date_of_its_own(text):
    assert dates(f"<p>{text}</p>") == ["2021-10-30", "2021-10-31"]


def test_an_articles_number_before_a_date_is_no_day():
    assert dates("<p>See articles 5 and 12 March 2020 of the list.</p>") == ["2020-03-12"]


# One or several, as the sender likes, limits nothing; "one or more" is at least one.
@pytest.mark.parametrize(
    "text",
    [
        "Store all annexes as PDF (a single file or several).",
        "Sla alle bijlagen op als pdf (één bestand of meerdere).",
        "Enregistrez les annexes en PDF (un seul document ou plusieurs).",
        "Speichern Sie die Anlagen als PDF (ein Antrag oder mehrere).",
    ],
)
def test_one_or_several_is_no_count(text):
    assert read(f"<p>{text}</p>") == []


def test_one_or_more_is_still_at_least_one():
    assert read("<p>Attach one document or more.</p>") == [("count", 1.0, None, "min")]


# From B (brussels-work-authorisation-news-nl): a bound word right before a date bounds the
# date; the sum restated later in the sentence ("namely € 4.604") is the reference, exact.
@pytest.mark.parametrize(
    "text",
    [
        "From 01/10/2024 the thresholds are a share of the average monthly pay, namely € 4,604.",
        "Vanaf 01.10.2024 zijn de drempels een percentage van het gemiddelde maandloon, namelijk "
        "€ 4.604.",
        "À partir du 01/10/2024, les seuils sont une part du salaire mensuel moyen, soit 4.604 €.",
        "Ab dem 01.10.2024 sind die Schwellen ein Anteil des Durchschnittslohns, nämlich 4.604 €.",
    ],
)
def test_a_bound_before_a_date_is_not_restated_by_a_later_sum(text):
    assert [row[3] for row in read(f"<p>{text}</p>")] == ["exact"]


def test_a_bound_before_a_reference_is_restated_by_its_sum():
    text = "You must earn more than the minimum wage, namely € 2,070.48."
    assert read(f"<p>{text}</p>") == [("money", 2070.48, None, "min")]


# From B (federal-family-workers-brazil-fr): a rate that ends a clause with a sum of its own,
# before a colon, is the sum's, not the rate of the count the colon announces; a rate alone
# before the colon ("Par an : 100 jours") stays the value's.
@pytest.mark.parametrize(
    "text",
    [
        "If the person earns less than € 5,000 gross a month: 2 copies of the certificate.",
        "Verdient de persoon minder dan 5.000 € bruto per maand: 2 kopieën van het attest.",
        "Lorsque la personne gagne moins de 5 000 € brut par mois : 2 copies de l'attestation.",
        "Verdient die Person weniger als 5.000 € brutto pro Monat: 2 Kopien der Bescheinigung.",
    ],
)
def test_a_sums_rate_before_a_colon_is_not_the_counts(text):
    assert ("count", 2.0, None, "exact") in read(f"<p>{text}</p>")


def test_a_rate_alone_before_a_colon_is_the_values():
    assert read("<p>Par an : 100 jours de travail.</p>") == [("duration", 100.0, "year", "exact")]


# From B (wallonia-highly-qualified-en): a window named after the bounded period it counts in
# ("at least three years of experience in the seven years before the application") is the
# window, exact, as it is named first (GUIDE, tuning round 3).
@pytest.mark.parametrize(
    "text",
    [
        "The worker has at least three years of experience in the seven years before the "
        "application.",
        "De werknemer heeft minstens drie jaar ervaring in de zeven jaar vóór de aanvraag.",
        "Le travailleur a au moins trois ans d'expérience au cours des sept années précédant la "
        "demande.",
        "Der Arbeitnehmer hat mindestens drei Jahre Erfahrung in den sieben Jahren vor dem Antrag.",
    ],
)
def test_a_window_named_after_the_period_it_counts_is_exact(text):
    assert read(f"<p>{text}</p>") == [
        ("duration", 3.0, None, "min"),
        ("duration", 7.0, None, "exact"),
    ]


def test_a_window_alone_is_at_most_that_far_back():
    text = "You must have lived here in the two years before the application."
    assert read(f"<p>{text}</p>") == [("duration", 2.0, None, "max")]


# From B (federal-work-permit-types-fr): a limit named right before a bracket holds for the
# value in it, as before a colon ("limited in time: trainee (1 year)").
@pytest.mark.parametrize(
    "text",
    [
        "Permit C covers all employers, but for a limited period (one year, renewable).",
        "Vergunning C geldt voor alle werkgevers, maar voor een beperkte duur (één jaar).",
        "Le permis C couvre tous les employeurs, mais pour une durée limitée (un an).",
        "Die Erlaubnis C gilt für alle Arbeitgeber, aber für eine begrenzte Dauer (ein Jahr).",
    ],
)
def test_a_limit_named_before_a_bracket_bounds_its_value(text):
    assert read(f"<p>{text}</p>") == [("duration", 1.0, None, "max")]


# From B (wallonia-uliege-researcher-welcome-guide-en): a note's mark in superscript right after
# a figure is no digit of it; a superscript after a unit ("m²") stays in the text.
@pytest.mark.parametrize(
    "text",
    [
        "Your grant is sufficient (at least €1593,81<sup>2</sup> gross/month).",
        "Je beurs volstaat (minstens €1593,81<sup>2</sup> bruto/maand).",
        "Votre bourse suffit (au moins 1593,81<sup>*</sup> € brut/mois).",
        "Ihr Stipendium reicht (mindestens 1593,81<sup>a</sup> € brutto/Monat).",
    ],
)
def test_a_footnote_mark_after_a_figure_is_not_a_digit_of_it(text):
    assert read(f"<p>{text}</p>") == [("money", 1593.81, "month", "min")]


def test_a_superscript_after_a_unit_stays():
    blocks = extract_blocks("<main><p>An office of 20 m<sup>2</sup> is enough.</p></main>")
    assert [b.text for b in blocks] == ["An office of 20 m2 is enough."]


# A rate after a comma that opens another clause is that clause's: "if the assignment lasts
# more than one year, the employer hands in papers each year" gives the year no rate.
@pytest.mark.parametrize(
    "text",
    [
        "If the assignment lasts more than one year, the employer hands in papers each year.",
        "Duurt de opdracht langer dan een jaar, dan bezorgt de werkgever elk jaar documenten.",
        "Si la mission dure plus d'un an, l'employeur remet chaque année quelques documents.",
        "Dauert der Auftrag länger als ein Jahr, reicht der Arbeitgeber jedes Jahr Unterlagen ein.",
    ],
)
def test_a_rate_in_the_next_clause_is_not_the_periods(text):
    assert read(f"<p>{text}</p>") == [("duration", 1.0, None, "min")]


def test_a_rate_right_after_a_comma_stays_the_values():
    assert read("<p>You may work 20 hours, per week.</p>") == [("hours", 20.0, "week", "max")]
