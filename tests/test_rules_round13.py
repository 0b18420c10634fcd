"""Rules after amounts round 13: a table's lead-in names and dates its rows' thresholds as a
list's lead-in does its items' (our own sentences around the Brussels figures of October
2024, four languages)."""

from datetime import date

import pytest

from tests.test_rules_assign import assigned, catalogue  # noqa: F401  (a fixture)

ROWS = [("Blue card", "4.604,00 € (100 %)"), ("Highly qualified", "3.591,12 € (78 %)")]


HEADER = {
    "en": "Gross amount per month",
    "fr": "Montant brut par mois",
    "nl": "Brutobedrag per maand",
    "de": "Bruttobetrag pro Monat",
}


def table(lead: str, names: tuple[str, str], lang: str) -> str:
    head = f"<thead><tr><th></th><th>{HEADER[lang]}</th></tr></thead>"
    rows = "".join(
        f"<tr><td>{name}</td><td>{value}</td></tr>"
        for name, (_, value) in zip(names, ROWS, strict=True)
    )
    return f"<h2>Work permits</h2><p>{lead}</p><table>{head}<tbody>{rows}</tbody></table>"


@pytest.mark.parametrize(
    ("lead", "names", "lang"),
    [
        ("From 01/10/2024 the salary thresholds change. The pay reaches at least the "
         "following amounts:", ("EU Blue Card", "Highly qualified staff"), "en"),
        ("À partir du 01/10/2024, les seuils de rémunération changent. Elle atteindra au "
         "moins les montants suivants :", ("Carte bleue européenne", "Hautement qualifié"), "fr"),
        ("Vanaf 01.10.2024 veranderen de loongrenzen. Het loon bedraagt ten minste de "
         "volgende bedragen:", ("Europese blauwe kaart", "Hooggeschoold personeel"), "nl"),
        ("Ab dem 01.10.2024 ändern sich die Gehaltsschwellen. Der Lohn erreicht mindestens "
         "folgende Beträge:", ("Blaue Karte EU", "Hochqualifiziertes Personal"), "de"),
    ],
)  # fmt: skip
def test_a_table_lead_in_dates_and_names_its_rows(catalogue, lead, names, lang):  # noqa: F811
    rows = assigned(catalogue, table(lead, names, lang), "brussels", lang)
    money = [(value, rule, when) for kind, value, rule, _, when in rows if kind == "money"]
    assert money == [
        (4604.0, "blue_card.salary_min", date(2024, 10, 1)),
        (3591.12, "single_permit.highly_qualified.salary_min", date(2024, 10, 1)),
    ]
    # the shares beside them: pay is named in the lead-in, so they are salary thresholds
    shares = {value: rule for kind, value, rule, _, _ in rows if kind == "percent"}
    assert shares == {
        100.0: "blue_card.salary_percent",
        78.0: "single_permit.highly_qualified.salary_percent",
    }


def test_a_table_after_a_plain_paragraph_takes_no_date_from_it(catalogue):  # noqa: F811
    html = (
        "<h2>Work permits</h2><p>From 01/10/2024 the salary thresholds change.</p>"
        "<table><tbody><tr><td>EU Blue Card</td><td>4.604,00 €</td></tr></tbody></table>"
    )
    rows = assigned(catalogue, html, "brussels", "en")
    assert [(value, when) for kind, value, _, _, when in rows if kind == "money"] == [
        (4604.0, None)
    ]
