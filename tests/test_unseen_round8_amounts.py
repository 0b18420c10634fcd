"""Amount families found on half A and the older pages of round 8 (issue 12), each stated in
the four languages in our own sentences, with the reading tests/devset/GUIDE.md gives."""

from __future__ import annotations

import pytest

from parsers.amounts import extract_amounts
from parsers.blocks import extract_blocks


def read(html: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main><p>{html}</p></main>"))
    return sorted((a.kind, a.value, a.unit, a.bound) for a in found)


def cases(*items):
    return [pytest.param(text, rows, id=text[:50]) for text, rows in items]


TURNING = cases(
    ("Apprentices hired before they turn 18 are exempt.", [("age", 18, "years", "max")]),
    (
        "Leerlingen die starten voordat ze 18 worden, zijn vrijgesteld.",
        [("age", 18, "years", "max")],
    ),
    ("Les apprentis engagés avant d'avoir 18 ans sont dispensés.", [("age", 18, "years", "max")]),
    ("Lehrlinge, die beginnen, bevor sie 18 werden, sind befreit.", [("age", 18, "years", "max")]),
)


@pytest.mark.parametrize("text,rows", TURNING)
def test_an_age_before_turning_it_without_unit_is_a_max_age(text, rows):
    """'before they turn 18' names an age the person is still under (GUIDE: younger than)."""
    assert read(text) == rows


BEYOND = cases(
    ("If the 90 days are exceeded, the single permit applies.", [("duration", 90, "days", "min")]),
    (
        "Loopt de tewerkstelling over de 90 dagen heen, dan geldt de gecombineerde vergunning.",
        [("duration", 90, "days", "min")],
    ),
    (
        "Si les 90 jours sont dépassés, le permis unique s'applique.",
        [("duration", 90, "days", "min")],
    ),
    (
        "Geht die Beschäftigung über die 90 Tage hinaus, gilt die kombinierte Erlaubnis.",
        [("duration", 90, "days", "min")],
    ),
)


@pytest.mark.parametrize("text,rows", BEYOND)
def test_a_value_gone_beyond_is_min(text, rows):
    """'are exceeded', 'over … heen', 'dépassés', 'über … hinaus': more than it (GUIDE: exceeds)."""
    assert read(text) == rows


MAXIMUM_PERIOD = cases(
    (
        "He worked four years within a maximum period of ten years.",
        [("duration", 4, "years", "exact"), ("duration", 10, "years", "max")],
    ),
    (
        "Hij werkte vier jaar binnen een maximale periode van tien jaar.",
        [("duration", 4, "years", "exact"), ("duration", 10, "years", "max")],
    ),
    (
        "Il a travaillé quatre ans dans une période maximale de dix ans.",
        [("duration", 4, "years", "exact"), ("duration", 10, "years", "max")],
    ),
    (
        "Er hat innerhalb eines maximalen Zeitraums von zehn Jahren vier Arbeitsjahre geleistet.",
        [("duration", 4, "years", "exact"), ("duration", 10, "years", "max")],
    ),
)


@pytest.mark.parametrize("text,rows", MAXIMUM_PERIOD)
def test_within_a_maximum_period_keeps_its_max(text, rows):
    """Within a maximum period keeps its `max` (GUIDE, tune12b), in the German genitive too."""
    assert read(text) == rows


PERSONS_OVER = cases(
    (
        "three photos (persons over 17 years)",
        [("age", 17, "years", "min"), ("count", 3, "items", "exact")],
    ),
    (
        "drie foto's (personen ouder dan 17 jaar)",
        [("age", 17, "years", "min"), ("count", 3, "items", "exact")],
    ),
    (
        "trois photos (personnes de plus de 17 ans)",
        [("age", 17, "years", "min"), ("count", 3, "items", "exact")],
    ),
    (
        "drei Lichtbilder (Personen über 17 Jahre)",
        [("age", 17, "years", "min"), ("count", 3, "items", "exact")],
    ),
)


@pytest.mark.parametrize("text,rows", PERSONS_OVER)
def test_persons_over_so_many_years_is_an_age(text, rows):
    """People compared with a number of years: their age, not a period."""
    assert read(text) == rows


UNDER_THE_TOP = cases(
    (
        "The fee is 40 euros for travellers aged 6 to under 12 years.",
        [("age", 6, "years", "range"), ("money", 40, "EUR", "exact")],
    ),
    (
        "Le montant est de 40 euros pour les voyageurs âgés de 6 à moins de 12 ans.",
        [("age", 6, "years", "range"), ("money", 40, "EUR", "exact")],
    ),
)


@pytest.mark.parametrize("text,rows", UNDER_THE_TOP)
def test_a_range_to_under_its_top_is_one_range(text, rows):
    """'de 6 à moins de 12 ans' is the range 6-12 (GUIDE: ranges have `range` and value_max)."""
    assert read(text) == rows


EU_ACTS = cases(
    ("within the meaning of Recommendation 2005/761/EC of the Council of 28 September 2005.", []),
    ("in de zin van aanbeveling 2005/761/EG van de Raad van 28 september 2005.", []),
    ("au sens de la recommandation 2005/761/CE du Conseil du 28 septembre 2005.", []),
    ("im Sinne der Empfehlung 2005/761/EG des Rates vom 28. September 2005.", []),
)


@pytest.mark.parametrize("text,rows", EU_ACTS)
def test_the_date_of_a_recommendation_is_no_amount(text, rows):
    """Dates in names of legal texts are never amounts; a recommendation is one."""
    assert read(text) == rows


EARLIER = cases(
    ("Filing earlier than 6 months makes no sense.", [("duration", 6, "months", "min")]),
    ("Eerder dan 6 maanden indienen heeft geen zin.", [("duration", 6, "months", "min")]),
    (
        "Introduire la demande plus tôt que 6 mois n'a pas de sens.",
        [("duration", 6, "months", "min")],
    ),
    ("Früher als 6 Monate einzureichen, ist sinnlos.", [("duration", 6, "months", "min")]),
    ("Apply no earlier than 3 months before expiry.", [("duration", 3, "months", "min")]),
)


@pytest.mark.parametrize("text,rows", EARLIER)
def test_earlier_than_is_min(text, rows):
    """'earlier than' says how far ahead one may go: `min`, as 'at the earliest', negated too."""
    assert read(text) == rows


BRACKET_CASE = cases(
    (
        "It must be published at least 6 weeks before (3 weeks for seasonal work).",
        [("duration", 3, "weeks", "min"), ("duration", 6, "weeks", "min")],
    ),
    (
        "Ze moet minstens 6 weken vooraf gepubliceerd zijn (3 weken bij seizoensarbeid).",
        [("duration", 3, "weeks", "min"), ("duration", 6, "weeks", "min")],
    ),
    (
        "Elle doit être publiée au moins 6 semaines avant (3 semaines pour le travail saisonnier).",
        [("duration", 3, "weeks", "min"), ("duration", 6, "weeks", "min")],
    ),
    (
        "Sie muss mindestens 6 Wochen vorher veröffentlicht sein (3 Wochen bei Saisonarbeit).",
        [("duration", 3, "weeks", "min"), ("duration", 6, "weeks", "min")],
    ),
    (
        "Documents: the form, two photos (2 copies).",
        [("count", 2, "items", "exact"), ("count", 2, "items", "exact")],
    ),
)


@pytest.mark.parametrize("text,rows", BRACKET_CASE)
def test_a_bracketed_value_for_another_case_shares_the_bound(text, rows):
    """A bracket opened by a value of the same kind gives it for another case, same bound."""
    assert read(text) == rows


def rates(text: str) -> list[tuple]:
    found = extract_amounts(extract_blocks(f"<main><p>{text}</p></main>"))
    return [(a.value, a.per) for a in found]


@pytest.mark.parametrize(
    "text",
    [
        "Cost: an application fee of 140 €, then 90 € per year of validity.",
        "Kosten: een aanvraag van 140 €, daarna 90 € per jaar geldigheid.",
        "Coût : une demande de 140 €, puis 90 € par an de validité.",
        "Kosten: ein Antrag von 140 €, dann 90 € pro Jahr Gültigkeit.",
    ],
)
def test_a_rate_right_after_one_sum_is_not_the_others(text):
    """'140 €, then 90 € per year': the rate is the 90's (GUIDE: per only where stated)."""
    assert rates(text) == [(140, None), (90, "year")]


@pytest.mark.parametrize(
    "text",
    [
        "Approved one-stop shops guide people who start a business.",
        "Erkende one-stop-shops begeleiden starters.",
        "A two-way agreement binds both countries.",
    ],
)
def test_a_number_word_in_a_hyphenated_compound_counts_nothing(text):
    """'one-stop shops', 'two-way': a compound of its own, no count of the noun after it."""
    assert read(text) == []


# -- from half B of check part 6 ------------------------------------------------------------

FROM_B = cases(
    ("Personen im Pensionsalter (≥ 65 Jahre)", [("age", 65, "years", "min")]),
    ("Seniors (≥ 65 years)", [("age", 65, "years", "min")]),
    ("Een paspoort dat maximaal 10 jaar oud is.", [("duration", 10, "years", "max")]),
    ("A passport that is at most 10 years old.", [("duration", 10, "years", "max")]),
    ("Ein Reisepass, der höchstens 10 Jahre alt ist.", [("duration", 10, "years", "max")]),
    (
        "A criminal record extract, if the worker is over twenty years of age.",
        [("age", 20, "years", "min")],
    ),
    (
        "L'artiste gagnera au moins 39.353 € (demande en 2023) ou 41.969 € (demande en 2024).",
        [("money", 39353, "EUR", "min"), ("money", 41969, "EUR", "min")],
    ),
    (
        "The artist earns at least € 39,353 (filed in 2023) or € 41,969 (filed in 2024).",
        [("money", 39353, "EUR", "min"), ("money", 41969, "EUR", "min")],
    ),
    (
        "mit einer Abwesenheit von höchstens zwölf aufeinanderfolgenden Monaten",
        [("duration", 12, "months", "max")],
    ),
    (
        "A recent letter from the employer (delivered in the last 6 months)",
        [("duration", 6, "months", "max")],
    ),
    (
        "Een recente brief van de werkgever (afgeleverd in de laatste 6 maanden)",
        [("duration", 6, "months", "max")],
    ),
    (
        "Une lettre de l'employeur (délivrée dans les 6 derniers mois)",
        [("duration", 6, "months", "max")],
    ),
    (
        "Ein Schreiben des Arbeitgebers (ausgestellt innerhalb der letzten 6 Monate)",
        [("duration", 6, "months", "max")],
    ),
    (
        "The work permits issued during the past 12 months for other workers.",
        [("duration", 12, "months", "exact")],
    ),
)


@pytest.mark.parametrize("text,rows", FROM_B)
def test_half_b_families(text, rows):
    """A spaced sign before an age, a document's age, two sums of one bound across brackets,
    consecutive months, a document issued in the last months."""
    assert read(text) == rows


def lead_in(paragraph: str, items: int) -> list[tuple]:
    html = f"<p>{paragraph}</p><ul>" + "<li>an item</li>" * items + "</ul>"
    return [(a.kind, a.value) for a in extract_amounts(extract_blocks(f"<main>{html}</main>"))]


@pytest.mark.parametrize(
    "paragraph",
    [
        "You may need a permit. Broadly speaking, there are two kinds of permit.",
        "Er zijn twee soorten vergunningen.",
        "Il existe deux types de permis.",
        "Es gibt zwei Arten von Erlaubnissen.",
    ],
)
def test_a_full_stop_lead_in_counting_its_list_is_no_amount(paragraph):
    """'there are two kinds of permit.' above a list counts the page's own list."""
    assert lead_in(paragraph, 2) == []
    assert lead_in(paragraph, 3) == []  # an item added or removed changes no amount


@pytest.mark.parametrize(
    "paragraph",
    [
        "Bring two photos.",
        "Breng twee foto's mee.",
        "Apportez deux photos.",
        "Bringen Sie zwei Fotos mit.",
    ],
)
def test_a_count_of_what_to_bring_above_a_list_stays(paragraph):
    """Only a sentence saying how many there are counts the list; 'Bring two photos.' stays."""
    assert lead_in(paragraph, 2) == [("count", 2)]
