"""Lists of many shapes, in four languages: an item dropped from or added to each is told as
that one item, and nothing else (issue 12, item 3). The safety net's `standing` drops
condition changes of passages that stand; these pages check it never drops the real one.

Pages are ours: bullets, numbers, a lead-in naming requirements, exemptions or documents,
a nested list, no heading, two lists under one heading, verdicts after a colon, a table
before a list, items that hold amounts beside the ones edited (an item that holds an
amount, dropped, is told as its amount and its condition: left, see decision 0016).
Through the path of a night (`told`); the new item is the one `planted.py` adds.
"""

import pytest

from benchmarks.planted import NEW_ITEM
from tests.test_text_changes import kinds, told

WORDS = {
    "en": dict(
        title="Work permit for researchers",
        h="Conditions",
        lead="You must meet the following conditions:",
        req=[
            "The employer must register the worker with the social security office.",
            "The worker must hold a valid passport.",
            "The worker must have health insurance for the whole stay.",
            "The contract must be signed before arrival.",
        ],
        exlead="The following people are exempt:",
        ex=[
            "researchers with a hosting agreement",
            "crew members of ships in a Belgian port",
            "journalists accredited in Belgium",
        ],
        doclead="Attach the following documents:",
        docs=[
            "A copy of the passport",
            "A recent passport photo",
            "A medical certificate",
            "A copy of the employment contract",
        ],
        amt=[
            "a gross wage of at least EUR 3.703 per month",
            "a stay of at most 90 days",
            "an age of at least 18 years",
        ],
        para=(
            "The employer files the application. "
            "The region decides within a month. "
            "The worker then goes to the town hall."
        ),
    ),
    "nl": dict(
        title="Arbeidskaart voor onderzoekers",
        h="Voorwaarden",
        lead="U moet aan de volgende voorwaarden voldoen:",
        req=[
            "De werkgever moet de werknemer aanmelden bij de sociale zekerheid.",
            "De werknemer moet een geldig paspoort hebben.",
            "De werknemer moet een ziekteverzekering hebben voor het hele verblijf.",
            "Het contract moet vóór de aankomst ondertekend zijn.",
        ],
        exlead="De volgende personen zijn vrijgesteld:",
        ex=[
            "onderzoekers met een gastovereenkomst",
            "bemanningsleden van schepen in een Belgische haven",
            "journalisten met een Belgische erkenning",
        ],
        doclead="Voeg de volgende documenten toe:",
        docs=[
            "Een kopie van het paspoort",
            "Een recente pasfoto",
            "Een medisch attest",
            "Een kopie van de arbeidsovereenkomst",
        ],
        amt=[
            "een brutoloon van minstens 3.703 euro per maand",
            "een verblijf van hoogstens 90 dagen",
            "een leeftijd van minstens 18 jaar",
        ],
        para=(
            "De werkgever dient de aanvraag in. "
            "Het gewest beslist binnen een maand. "
            "De werknemer gaat daarna naar het gemeentehuis."
        ),
    ),
    "fr": dict(
        title="Permis de travail pour chercheurs",
        h="Conditions",
        lead="Vous devez remplir les conditions suivantes :",
        req=[
            "L'employeur doit inscrire le travailleur auprès de la sécurité sociale.",
            "Le travailleur doit détenir un passeport valable.",
            "Le travailleur doit avoir une assurance maladie pour tout le séjour.",
            "Le contrat doit être signé avant l'arrivée.",
        ],
        exlead="Sont dispensés :",
        ex=[
            "les chercheurs avec une convention d'accueil",
            "les membres d'équipage des navires dans un port belge",
            "les journalistes accrédités en Belgique",
        ],
        doclead="Joignez les documents suivants :",
        docs=[
            "Une copie du passeport",
            "Une photo d'identité récente",
            "Un certificat médical",
            "Une copie du contrat de travail",
        ],
        amt=[
            "un salaire brut d'au moins 3.703 euros par mois",
            "un séjour de 90 jours au maximum",
            "un âge d'au moins 18 ans",
        ],
        para=(
            "L'employeur introduit la demande. "
            "La région décide dans un délai d'un mois. "
            "Le travailleur se rend ensuite à la commune."
        ),
    ),
    "de": dict(
        title="Arbeitserlaubnis für Forscher",
        h="Voraussetzungen",
        lead="Sie müssen folgende Voraussetzungen erfüllen:",
        req=[
            "Der Arbeitgeber muss den Arbeitnehmer bei der Sozialversicherung anmelden.",
            "Der Arbeitnehmer muss einen gültigen Reisepass besitzen.",
            "Der Arbeitnehmer muss für den ganzen Aufenthalt krankenversichert sein.",
            "Der Vertrag muss vor der Ankunft unterschrieben sein.",
        ],
        exlead="Folgende Personen sind befreit:",
        ex=[
            "Forscher mit einer Aufnahmevereinbarung",
            "Besatzungsmitglieder von Schiffen in einem belgischen Hafen",
            "in Belgien akkreditierte Journalisten",
        ],
        doclead="Folgende Unterlagen sind beizufügen:",
        docs=[
            "Eine Kopie des Reisepasses",
            "Ein aktuelles Passfoto",
            "Ein ärztliches Attest",
            "Eine Kopie des Arbeitsvertrags",
        ],
        amt=[
            "ein Bruttolohn von mindestens 3.703 Euro pro Monat",
            "ein Aufenthalt von höchstens 90 Tagen",
            "ein Alter von mindestens 18 Jahren",
        ],
        para=(
            "Der Arbeitgeber reicht den Antrag ein. "
            "Die Region entscheidet innerhalb eines Monats. "
            "Der Arbeitnehmer geht danach zur Gemeinde."
        ),
    ),
}

EXTRA = {
    "en": (
        [
            "Diplomatic passports: no visa required",
            "Service passports: a visa is required",
            "Travel documents for refugees: no visa required",
        ],
        ["Name", "Amount"],
        [["Monthly wage", "EUR 2.000 per month"], ["Yearly bonus", "EUR 500 per year"]],
    ),
    "nl": (
        [
            "Diplomatieke paspoorten: geen visum vereist",
            "Dienstpaspoorten: een visum is vereist",
            "Reisdocumenten voor vluchtelingen: geen visum vereist",
        ],
        ["Naam", "Bedrag"],
        [["Maandloon", "2.000 euro per maand"], ["Jaarpremie", "500 euro per jaar"]],
    ),
    "fr": (
        [
            "Passeports diplomatiques : pas de visa requis",
            "Passeports de service : un visa est requis",
            "Titres de voyage pour réfugiés : pas de visa requis",
        ],
        ["Nom", "Montant"],
        [["Salaire mensuel", "2.000 euros par mois"], ["Prime annuelle", "500 euros par an"]],
    ),
    "de": (
        [
            "Diplomatenpässe: kein Visum erforderlich",
            "Dienstpässe: ein Visum ist erforderlich",
            "Reiseausweise für Flüchtlinge: kein Visum erforderlich",
        ],
        ["Name", "Betrag"],
        [["Monatslohn", "2.000 Euro pro Monat"], ["Jahresprämie", "500 Euro pro Jahr"]],
    ),
}


def listed(items: list[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def shapes(lang: str) -> dict[str, tuple[str, list[str]]]:
    """Each shape's body and the items it lists that are conditions of ours to edit."""
    d = WORDS[lang]
    verdicts, head, rows = EXTRA[lang]
    h = f"<h2>{d['h']}</h2>"
    table = (
        "<table><tr>"
        + "".join(f"<th>{x}</th>" for x in head)
        + "</tr>"
        + "".join("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in rows)
        + "</table>"
    )
    nested = (
        f"<ul><li>{d['req'][0]}<ul><li>{d['ex'][0]}</li><li>{d['ex'][1]}</li></ul></li>"
        + "".join(f"<li>{x}</li>" for x in d["req"][1:])
        + "</ul>"
    )
    return {
        "bullets": (h + listed(d["req"]), d["req"]),
        "numbered": (h + listed(d["req"], "ol"), d["req"]),
        "lead-in, requirements": (h + f"<p>{d['lead']}</p>" + listed(d["req"]), d["req"]),
        "lead-in, exemptions": (h + f"<p>{d['exlead']}</p>" + listed(d["ex"]), d["ex"]),
        "lead-in, documents": (h + f"<p>{d['doclead']}</p>" + listed(d["docs"]), d["docs"]),
        "documents, no lead-in": (h + listed(d["docs"]), d["docs"]),
        "nested": (h + nested, d["req"][1:]),
        "no heading": (listed(d["req"]), d["req"]),
        "paragraph, then list": (h + f"<p>{d['para']}</p>" + listed(d["req"]), d["req"]),
        "two lists": (
            h
            + f"<p>{d['lead']}</p>"
            + listed(d["req"][:2])
            + f"<p>{d['doclead']}</p>"
            + listed(d["docs"][:3]),
            d["req"][:2] + d["docs"][:3],
        ),
        "verdicts": (h + listed(verdicts), verdicts),
        "table, then list": (
            h + table + f"<p>{d['lead']}</p>" + listed(d["req"][:3]),
            d["req"][:3],
        ),
        "amounts beside": (
            h + f"<p>{d['lead']}</p>" + listed(d["amt"] + d["req"][:2]),
            d["req"][:2],
        ),
    }


def page(lang: str, body: str) -> str:
    return f"<html><body><main><h1>{WORDS[lang]['title']}</h1>{body}</main></body></html>"


CASES = [(lang, shape) for lang in WORDS for shape in shapes(lang)]


@pytest.mark.parametrize("lang,shape", CASES)
def test_an_item_dropped_is_one_condition_removed(lang, shape):
    body, items = shapes(lang)[shape]
    item = items[len(items) // 2]
    old = page(lang, body)
    changes = told(old, old.replace(f"<li>{item}</li>", "", 1))
    assert kinds(changes) == ["condition_removed"]
    assert changes[0].old_value == item


@pytest.mark.parametrize("lang,shape", CASES)
def test_an_item_added_is_one_condition_added(lang, shape):
    body, items = shapes(lang)[shape]
    item = f"<li>{items[len(items) // 2]}</li>"
    old = page(lang, body)
    changes = told(old, old.replace(item, item + f"<li>{NEW_ITEM[lang]}</li>", 1))
    assert kinds(changes) == ["condition_added"]
    assert changes[0].new_value == NEW_ITEM[lang]
