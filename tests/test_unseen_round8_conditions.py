"""Round 8 of issue 12, conditions: families of half A's misses, each in en, nl, fr and de.

- bring lead-in: a lead-in with a verb of bringing ("Neem naar de afspraak mee:", "Bringen
  Sie bitte folgende Unterlagen mit:", "Munissez-vous de :", "Please bring:") lists documents,
  as one with a verb of attaching does; a thing that "brings advantages with it" does not;
- lead-in over sub-headings: such a lead-in right above sub-headings (h3 "General documents",
  h3 "Proof of income") names the lists of those sub-sections, until a heading of its own
  level closes it.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions


def kinds(html: str) -> dict[str, str]:
    return {c.text: c.kind for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))}


BRING = {
    "en": ("Please bring to the appointment:", "Your passport", "Three recent photos"),
    "nl": ("Neem naar de afspraak mee:", "Uw paspoort", "Drie recente pasfoto's"),
    "fr": ("Pour le rendez-vous, munissez-vous de :", "Votre passeport", "Trois photos récentes"),
    "de": ("Bringen Sie zum Termin bitte mit:", "Ihren Reisepass", "Drei aktuelle Fotos"),
}


@pytest.mark.parametrize("lang", sorted(BRING))
def test_bring_lead_in_lists_documents(lang):
    lead, first, second = BRING[lang]
    html = f"<h2>Registration</h2><p>{lead}</p><ul><li>{first}</li><li>{second}</li></ul>"
    found = kinds(html)
    assert found.get(first) == "document"
    assert found.get(second) == "document"


ADVANTAGES = {
    "de": "Die Karte bringt folgende Vorteile mit sich:",
    "nl": "De kaart brengt de volgende voordelen met zich mee:",
}


@pytest.mark.parametrize("lang", sorted(ADVANTAGES))
def test_a_thing_bringing_advantages_lists_no_documents(lang):
    html = f"<p>{ADVANTAGES[lang]}</p><ul><li>eine schnellere Zulassung;</li></ul>"
    assert "document" not in kinds(html).values()


PARTS = {
    "en": (
        "Please bring the following documents:",
        "General documents",
        "Proof of income",
        "Employees: contract and last three pay slips",
        "Other matters",
    ),
    "nl": (
        "Breng de volgende documenten mee:",
        "Algemene documenten",
        "Inkomen",
        "Werknemers: arbeidsovereenkomst en de laatste drie loonfiches",
        "Andere zaken",
    ),
    "fr": (
        "Munissez-vous des documents suivants :",
        "Documents généraux",
        "Revenus",
        "Salariés : contrat de travail et trois dernières fiches de paie",
        "Autres questions",
    ),
    "de": (
        "Bringen Sie bitte folgende Unterlagen mit:",
        "Allgemeine Dokumente",
        "Einkommen",
        "Arbeitnehmer: Arbeitsvertrag und die drei letzten Lohnzettel",
        "Sonstiges",
    ),
}


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_lead_in_over_sub_headings_names_their_lists(lang):
    lead, general, income, item, other = PARTS[lang]
    html = (
        f"<h2>Registration</h2><p>{lead}</p><h3>{general}</h3><ul><li>A</li></ul>"
        f"<h3>{income}</h3><ul><li>{item}</li></ul>"
        f"<h2>{other}</h2><ul><li>{item} (again)</li></ul>"
    )
    found = kinds(html)
    assert found.get(item) == "document"
    assert f"{item} (again)" not in found  # a heading of the lead-in's own level closes it


PAPERS = {
    "en": (
        "How do you make an appointment?",
        "Please come with:",
        ["Passport: copies of every page", "Three recent photos", "A lease or proof of ownership"],
    ),
    "nl": (
        "Hoe maakt u een afspraak?",
        "Kom naar het loket met:",
        [
            "Paspoort: kopies van alle pagina's",
            "Drie recente pasfoto's",
            "Huurcontract of eigendomsbewijs",
        ],
    ),
    "fr": (
        "Comment prendre rendez-vous ?",
        "Présentez-vous au guichet avec :",
        [
            "Passeport : copie de toutes les pages",
            "Trois photos récentes",
            "Bail ou titre de propriété",
        ],
    ),
    "de": (
        "Wie vereinbaren Sie einen Termin?",
        "Kommen Sie zum Schalter mit:",
        [
            "Reisepass: Kopien aller Seiten",
            "Drei aktuelle Lichtbilder",
            "Mietvertrag oder Eigentumsnachweis",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAPERS))
def test_a_list_of_papers_under_a_procedure_heading_is_documents(lang):
    """A list most of whose items open with a paper's name (photos, a lease, a passport) is a
    list of documents under a heading about the procedure too, when its lead-in names no
    other kind; making an appointment is a stage of the procedure."""
    heading, lead, items = PAPERS[lang]
    html = f"<h3>{heading}</h3><p>{lead}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"
    found = kinds(html)
    assert [found.get(i) for i in items] == ["document"] * 3


RELATIVE = {
    "en": ("The professional card is a permit for people who:", "are not Belgian nationals;"),
    "nl": (
        "De beroepskaart is een vergunning voor personen die:",
        "niet de Belgische nationaliteit hebben;",
    ),
    "fr": (
        "La carte professionnelle est un permis pour les personnes qui :",
        "ne sont pas belges ;",
    ),
    "de": (
        "Die Berufskarte ist eine Erlaubnis für Personen, die:",
        "nicht die belgische Staatsangehörigkeit haben;",
    ),
}


@pytest.mark.parametrize("lang", sorted(RELATIVE))
def test_items_finishing_a_relative_lead_in_are_requirements(lang):
    """A lead-in ending on a relative pronoun opens the clause its items finish: who the
    permit is for (GUIDE: who a permit concerns is a requirement)."""
    lead, item = RELATIVE[lang]
    found = kinds(f"<h2>Card</h2><p>{lead}</p><ul><li>{item}</li></ul>")
    assert found.get(item) == "requirement"


def test_an_article_after_a_verb_opens_no_clause():
    found = kinds(
        "<p>Die neuen Regeln betreffen die:</p><ul><li>Saisonarbeit im Gartenbau;</li></ul>"
    )
    assert "Saisonarbeit im Gartenbau;" not in found


FEE_ITEMS = {
    "en": ("Sign the base document.", "Price: EUR 20.40 (18-65 years), EUR 15.40 (under 18)."),
    "nl": (
        "Onderteken het basisdocument.",
        "Kostprijs: 20,40 EUR (18-65 jaar), 15,40 EUR (<18 jaar).",
    ),
    "fr": ("Signez le document de base.", "Prix : 20,40 EUR (18-65 ans), 15,40 EUR (<18 ans)."),
    "de": (
        "Unterschreiben Sie das Basisdokument.",
        "Preis: 20,40 EUR (18-65 J.), 15,40 EUR (<18 J.).",
    ),
}


@pytest.mark.parametrize("lang", sorted(FEE_ITEMS))
def test_a_fee_item_among_steps_is_no_row(lang):
    """GUIDE (devset-u): a line that only gives a fee is no condition, in a list of
    instructions too; the step beside it stays one."""
    step, fee = FEE_ITEMS[lang]
    html = f"<h2>Procedure</h2><ul><li>{step}</li><li>{fee}</li></ul>"
    found = kinds(html.replace("Procedure", {"de": "Verfahren"}.get(lang, "Procedure")))
    assert found.get(step) == "step"
    assert fee not in found


def test_a_fee_item_that_obliges_stays_a_row():
    found = kinds("<h2>Procedure</h2><ul><li>Fee: you must pay EUR 20 at the counter.</li></ul>")
    assert found == {"Fee: you must pay EUR 20 at the counter.": "step"}


NEED_WITH_ADVERB = {
    "en": "You then need a professional card.",
    "nl": "U hebt dan een beroepskaart nodig.",
    "fr": "Vous avez alors besoin d'une carte professionnelle.",
    "de": "Sie brauchen dann eine Berufskarte.",
}


@pytest.mark.parametrize("lang", sorted(NEED_WITH_ADVERB))
def test_a_need_with_an_adverb_between_is_a_requirement(lang):
    sentence = NEED_WITH_ADVERB[lang]
    assert kinds(f"<p>Some background. {sentence}</p>") == {sentence: "requirement"}


# --- From half B ---------------------------------------------------------------------------

COME_WITH = {
    "en": ("Arrangements: present yourself with:", "your passport;", "two recent photos;"),
    "nl": ("Werkwijze: meld u aan met:", "uw paspoort;", "twee recente pasfoto's;"),
    "fr": ("Modalités : se présenter avec :", "son passeport ;", "deux photos récentes ;"),
    "de": ("Modalitäten: Kommen Sie mit:", "Ihrem Reisepass;", "zwei aktuellen Fotos;"),
}


@pytest.mark.parametrize("lang", sorted(COME_WITH))
def test_what_to_come_with_is_documents(lang):
    """'Modalités : se présenter avec :' names what to bring, like 'se munir de :' (GUIDE,
    devset-u), under a heading naming the formality too."""
    lead, first, second = COME_WITH[lang]
    html = f"<h2>1. Registration</h2><p>{lead}</p><ul><li>{first}</li><li>{second}</li></ul>"
    found = kinds(html)
    assert (found.get(first), found.get(second)) == ("document", "document")


BRING_ITEM = {
    "en": "Bring along a passport photo",
    "nl": "Neem een pasfoto mee",
    "fr": "Se munir d'une photo d'identité",
    "de": "Bringen Sie ein Passfoto mit",
}


@pytest.mark.parametrize("lang", sorted(BRING_ITEM))
def test_an_item_that_only_says_what_to_bring_is_a_document(lang):
    item = BRING_ITEM[lang]
    found = kinds(f"<h2>Residence card</h2><p>Arrangements:</p><ul><li>{item}</li></ul>")
    assert found.get(item) == "document"


DELAY_LINE = {
    "en": "Time limit for the declaration: within the 8 days after arrival.",
    "nl": "Termijn voor de aangifte: binnen de 8 dagen na aankomst.",
    "fr": "Délai de déclaration : dans les 8 jours qui suivent l'arrivée.",
    "de": "Frist für die Anmeldung: innerhalb von 8 Tagen nach der Ankunft.",
}


@pytest.mark.parametrize("lang", sorted(DELAY_LINE))
def test_a_delay_line_under_a_numbered_part_is_a_step(lang):
    line = DELAY_LINE[lang]
    found = kinds(f"<h2>2. Registration (stay of more than 3 months)</h2><p>{line}</p>")
    assert found == {line: "step"}


ANNOUNCED_EARLIER = {
    "en": "If you meet the following requirements, you can apply for a working holiday visa.",
    "nl": "Als u aan de volgende voorwaarden voldoet, kunt u een working holiday visum aanvragen.",
    "fr": "Si vous remplissez les conditions suivantes, vous pouvez demander un visa "
    "vacances-travail.",
    "de": "Wenn Sie folgende Voraussetzungen erfüllen, können Sie ein Working-Holiday-Visum "
    "beantragen.",
}
ITEMS = {
    "en": "You are between 18 and 30 years old",
    "nl": "U bent tussen 18 en 30 jaar oud",
    "fr": "Vous avez entre 18 et 30 ans",
    "de": "Sie sind zwischen 18 und 30 Jahre alt",
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCED_EARLIER))
def test_a_lead_in_announcing_requirements_in_an_earlier_clause_names_them(lang):
    """The clause that announces what follows names the list though another clause ends the
    lead-in, and though it ends with a full stop under a heading of no kind (GUIDE, devset-r)."""
    html = (
        f"<h2>More information</h2><p>{ANNOUNCED_EARLIER[lang]}</p><ul><li>{ITEMS[lang]}</li></ul>"
    )
    assert kinds(html).get(ITEMS[lang]) == "requirement"


PASSING_PROCEDURE = {
    "en": "Good to know: the procedure is easier for the spouse of the following workers:",
    "nl": "Goed om te weten: de procedure is eenvoudiger voor de echtgenoot van de volgende "
    "werknemers:",
    "fr": "Bon à savoir : la procédure est facilitée pour le conjoint des travailleurs suivants :",
    "de": "Gut zu wissen: das Verfahren ist einfacher für den Ehepartner folgender Arbeitnehmer:",
}
WORKERS = {
    "en": "post-doctoral researcher;",
    "nl": "postdoctoraal onderzoeker;",
    "fr": "post-doctorant ;",
    "de": "Postdoktorand;",
}


@pytest.mark.parametrize("lang", sorted(PASSING_PROCEDURE))
def test_a_procedure_named_in_passing_makes_no_steps_of_the_announced_list(lang):
    html = f"<h2>Family</h2><p>{PASSING_PROCEDURE[lang]}</p><ul><li>{WORKERS[lang]}</li></ul>"
    assert kinds(html).get(WORKERS[lang]) != "step"


NOT_OBLIGED = {
    "en": ("You are not obliged to report your presence if you:", "stay in a hotel;"),
    "nl": ("U bent niet verplicht uw aanwezigheid te melden als u:", "in een hotel verblijft;"),
    "fr": ("Vous n'êtes pas tenu de déclarer votre présence si vous :", "logez à l'hôtel ;"),
    "de": (
        "Sie sind nicht verpflichtet, Ihre Anwesenheit zu melden, wenn Sie:",
        "im Hotel übernachten;",
    ),
}


@pytest.mark.parametrize("lang", sorted(NOT_OBLIGED))
def test_a_lead_in_saying_you_are_not_obliged_lists_exemptions(lang):
    """'Not obliged to … if you:' lifts an obligation for the cases it lists (GUIDE: a
    lifted obligation is an exemption, and a lead-in works like a heading)."""
    lead, item = NOT_OBLIGED[lang]
    found = kinds(f"<h2>Short stay</h2><p>{lead}</p><ul><li>{item}</li></ul>")
    assert found.get(item) == "exemption"
