"""A deterministic corpus of guidance pages shaped like the real ones, for benchmarks/run.py.

Each page is 40-150 KB: a site's chrome (head with inline scripts and settings, cookie
banner, header with search, language switcher, a big mega-menu, breadcrumb, sidebar,
share widget, "last updated" line, footer) around 8-35 KB of guidance in one of the four
languages, with amounts (EUR 3.703,44, 54 000 €, "at least EUR 450 a month",
"maximaal 20 uur per week", "au plus tard 4 mois avant", "mindestens 18 Jahre") and
condition, document, step and exemption lists.

`page(seed, index, version)` is a pure function: version 0 is the first edition, and each
later version edits the previous one (one to three amounts get a new value, a condition is
added or dropped), as a publisher's update does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

LANGS = ("en", "nl", "fr", "de")
PUBLISHERS = ("federal", "flanders", "brussels", "wallonia", "ostbelgien")
TOPICS = (
    "au-pair",
    "single-permit",
    "blue-card",
    "seasonal-work",
    "highly-qualified",
    "researcher",
    "intra-corporate-transfer",
    "self-employed",
    "student-work",
    "family-reunification",
    "long-term-resident",
    "performing-artist",
)

# --- how each language writes numbers, money and dates ----------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}


def _grouped(value: float, thousands: str, decimal: str) -> str:
    whole = int(value)
    cents = round((value - whole) * 100)
    text = f"{whole:,}".replace(",", thousands)
    return f"{text}{decimal}{cents:02d}" if cents else text


def money(value: float, style: int) -> str:
    """EUR 3.703,44 | 54 000 € | € 2.131,28 | 3.703,44 euro"""
    if style == 0:
        return f"EUR {_grouped(value, '.', ',')}"
    if style == 1:
        return f"{_grouped(value, ' ', ',')} €"
    if style == 2:
        return f"€ {_grouped(value, '.', ',')}"
    return f"{_grouped(value, '.', ',')} euro"


def date(lang: str, day: int, month: int, year: int) -> str:
    name = MONTHS[lang].split()[month - 1]
    if lang == "de":
        return f"{day}. {name} {year}"
    if lang == "fr":
        return f"{'1er' if day == 1 else day} {name} {year}"
    return f"{day} {name} {year}"


# --- what the pages say -----------------------------------------------------------------
# Placeholders: {m} money, {mm} money per month, {my} money per year, {age}, {h} hours,
# {d} days, {mo} months, {y} years, {pct}, {mb}, {date}. Each names a slot whose value the
# page keeps (and an edition may change).

TEXT: dict[str, dict[str, list[str]]] = {
    "en": {
        "title": [
            "Working in Belgium as {topic}",
            "{topic}: conditions and procedure",
            "Work permit for {topic}",
        ],
        "neutral": [
            "This page explains the rules that apply in the region and how they are applied.",
            "The regional employment administration examines every application individually.",
            "More information is available from the helpdesk during office hours.",
            "The rules below apply to applications submitted after the date of publication.",
            "Employers established abroad follow the same procedure as Belgian employers.",
            "A decision is notified to the employer and to the worker by e-mail.",
            "The authorisation is linked to the employer who applied for it.",
            "Renewals follow the same procedure as the first application.",
        ],
        "amount": [
            "The gross annual salary must be at least {my} in {year}.",
            "The au pair receives at least {mm} pocket money a month.",
            "The worker may work at most {h} hours a week.",
            "The applicant must be at least {age} years old.",
            "The application must be submitted at the latest {mo} months before the start.",
            "The administration decides within {d} days of a complete application.",
            "The fee for the application is {m}.",
            "Attachments may not exceed {mb} MB per file.",
            "The threshold is indexed by {pct} % every year.",
            "The new amounts apply from {date}.",
            "The permit is valid for at most {y} years.",
            "The salary threshold for shortage occupations is {my} gross a year.",
        ],
        "conditions": ["Conditions", "Conditions for the worker", "Who can apply?"],
        "documents": ["Required documents", "Which documents must you add?"],
        "steps": ["How to apply", "Procedure"],
        "exemptions": ["Exemptions", "Who is exempt?"],
        "amounts_h": ["Salary thresholds", "Amounts in {year}"],
        "neutral_h": ["General information", "Background", "Contact"],
        "lead": [
            "The worker must meet these conditions:",
            "Add these documents:",
            "Follow these steps:",
        ],
        "condition": [
            "The worker must hold a valid passport.",
            "The employer must have a registered office in Belgium.",
            "The worker must be at least {age} years old.",
            "The worker must earn at least {mm} gross a month.",
            "The employment contract must be concluded for at least {mo} months.",
            "The worker must not work more than {h} hours a week.",
            "The worker must have health insurance covering the whole stay.",
            "The employer must pay the travel costs of the worker.",
            "The host family must have at least one child under {age}.",
            "The worker needs to hold a diploma of higher education.",
            "The worker may not have a criminal record.",
            "The stay must not exceed {y} years.",
        ],
        "document": [
            "a copy of the passport",
            "the signed employment contract",
            "a medical certificate less than {mo} months old",
            "proof of health insurance",
            "a copy of the diploma and its recognition",
            "proof of payment of the fee of {m}",
            "an extract from the criminal record",
            "a recent passport photograph",
        ],
        "step": [
            "The employer submits the application online.",
            "The region checks the application within {d} days.",
            "The federal authority decides on the residence.",
            "The worker collects the residence card at the municipality.",
            "The municipality registers the worker within {d} days.",
        ],
        "exemption": [
            "Workers with a long-term residence permit",
            "Students during school holidays",
            "Researchers hosted for less than {mo} months",
            "Family members of EU citizens",
        ],
    },
    "nl": {
        "title": [
            "Werken in België als {topic}",
            "{topic}: voorwaarden en procedure",
            "Arbeidskaart voor {topic}",
        ],
        "neutral": [
            "Op deze pagina lees je welke regels in het gewest gelden en hoe ze worden toegepast.",
            "De gewestelijke administratie onderzoekt elke aanvraag afzonderlijk.",
            "Meer informatie krijg je bij de helpdesk tijdens de kantooruren.",
            "De onderstaande regels gelden voor aanvragen ingediend na de publicatie.",
            "Werkgevers in het buitenland volgen dezelfde procedure als Belgische werkgevers.",
            "De beslissing wordt per e-mail aan de werkgever en de werknemer meegedeeld.",
            "De toelating is verbonden aan de werkgever die ze heeft aangevraagd.",
            "Een verlenging volgt dezelfde procedure als de eerste aanvraag.",
        ],
        "amount": [
            "Het bruto jaarloon bedraagt minstens {my} in {year}.",
            "De au pair ontvangt minstens {mm} zakgeld per maand.",
            "De werknemer werkt maximaal {h} uur per week.",
            "De aanvrager is minstens {age} jaar oud.",
            "Je dient de aanvraag uiterlijk {mo} maanden voor de start in.",
            "De administratie beslist binnen {d} dagen na een volledige aanvraag.",
            "De retributie voor de aanvraag bedraagt {m}.",
            "Bijlagen zijn maximaal {mb} MB per bestand.",
            "Het bedrag wordt jaarlijks met {pct} % geïndexeerd.",
            "De nieuwe bedragen gelden vanaf {date}.",
            "De vergunning is maximaal {y} jaar geldig.",
            "De loongrens voor knelpuntberoepen bedraagt {my} bruto per jaar.",
        ],
        "conditions": ["Voorwaarden", "Voorwaarden voor de werknemer", "Wie komt in aanmerking?"],
        "documents": ["Benodigde documenten", "Welke documenten voeg je toe?"],
        "steps": ["Hoe aanvragen", "Procedure"],
        "exemptions": ["Vrijstellingen", "Wie is vrijgesteld?"],
        "amounts_h": ["Loondrempels", "Bedragen in {year}"],
        "neutral_h": ["Algemene informatie", "Achtergrond", "Contact"],
        "lead": [
            "De werknemer moet aan deze voorwaarden voldoen:",
            "Voeg deze documenten toe:",
            "Volg deze stappen:",
        ],
        "condition": [
            "De werknemer moet een geldig paspoort hebben.",
            "De werkgever moet een maatschappelijke zetel in België hebben.",
            "De werknemer moet minstens {age} jaar oud zijn.",
            "De werknemer moet minstens {mm} bruto per maand verdienen.",
            "De arbeidsovereenkomst moet voor minstens {mo} maanden gesloten zijn.",
            "De werknemer mag niet meer dan {h} uur per week werken.",
            "De werknemer moet een ziekteverzekering hebben voor het hele verblijf.",
            "De werkgever moet de reiskosten van de werknemer betalen.",
            "Het gastgezin moet minstens één kind jonger dan {age} jaar hebben.",
            "De werknemer moet een diploma hoger onderwijs hebben.",
            "De werknemer mag geen strafblad hebben.",
            "Het verblijf mag niet langer dan {y} jaar duren.",
        ],
        "document": [
            "een kopie van het paspoort",
            "de ondertekende arbeidsovereenkomst",
            "een medisch attest van minder dan {mo} maanden oud",
            "een bewijs van ziekteverzekering",
            "een kopie van het diploma en de gelijkwaardigheid",
            "het bewijs van betaling van de retributie van {m}",
            "een uittreksel uit het strafregister",
            "een recente pasfoto",
        ],
        "step": [
            "De werkgever dient de aanvraag online in.",
            "Het gewest onderzoekt de aanvraag binnen {d} dagen.",
            "De federale overheid beslist over het verblijf.",
            "De werknemer haalt de verblijfskaart af bij de gemeente.",
            "De gemeente schrijft de werknemer binnen {d} dagen in.",
        ],
        "exemption": [
            "Werknemers met een verblijf van langdurig ingezetene",
            "Studenten tijdens de schoolvakanties",
            "Onderzoekers die minder dan {mo} maanden verblijven",
            "Familieleden van EU-burgers",
        ],
    },
    "fr": {
        "title": [
            "Travailler en Belgique comme {topic}",
            "{topic} : conditions et procédure",
            "Permis de travail pour {topic}",
        ],
        "neutral": [
            "Cette page explique les règles applicables dans la région et leur application.",
            "L'administration régionale examine chaque demande individuellement.",
            "Plus d'informations sont disponibles auprès du helpdesk pendant les heures de bureau.",
            "Les règles ci-dessous s'appliquent aux demandes introduites après la publication.",
            "Les employeurs établis à l'étranger suivent la même procédure.",
            "La décision est notifiée par e-mail à l'employeur et au travailleur.",
            "L'autorisation est liée à l'employeur qui l'a demandée.",
            "Le renouvellement suit la même procédure que la première demande.",
        ],
        "amount": [
            "Le salaire annuel brut s'élève au moins à {my} en {year}.",
            "La jeune fille au pair reçoit au moins {mm} d'argent de poche par mois.",
            "Le travailleur travaille au maximum {h} heures par semaine.",
            "Le demandeur est âgé d'au moins {age} ans.",
            "La demande est introduite au plus tard {mo} mois avant le début.",
            "L'administration décide dans un délai de {d} jours après une demande complète.",
            "La redevance pour la demande s'élève à {m}.",
            "Les annexes ne dépassent pas {mb} MB par fichier.",
            "Le montant est indexé de {pct} % chaque année.",
            "Les nouveaux montants s'appliquent à partir du {date}.",
            "Le permis est valable au maximum {y} ans.",
            "Le seuil salarial pour les métiers en pénurie est de {my} brut par an.",
        ],
        "conditions": ["Conditions", "Conditions pour le travailleur", "Qui peut introduire ?"],
        "documents": ["Documents à joindre", "Quels documents ajouter ?"],
        "steps": ["Procédure", "Comment introduire la demande"],
        "exemptions": ["Dispenses", "Qui est dispensé ?"],
        "amounts_h": ["Seuils salariaux", "Montants en {year}"],
        "neutral_h": ["Informations générales", "Contexte", "Contact"],
        "lead": [
            "Le travailleur doit remplir ces conditions :",
            "Joignez ces documents :",
            "Suivez ces étapes :",
        ],
        "condition": [
            "Le travailleur doit posséder un passeport valable.",
            "L'employeur doit avoir un siège social en Belgique.",
            "Le travailleur doit être âgé d'au moins {age} ans.",
            "Le travailleur doit gagner au moins {mm} brut par mois.",
            "Le contrat de travail doit être conclu pour au moins {mo} mois.",
            "Le travailleur ne peut pas travailler plus de {h} heures par semaine.",
            "Le travailleur doit disposer d'une assurance maladie pour tout le séjour.",
            "L'employeur doit payer les frais de voyage du travailleur.",
            "La famille d'accueil doit avoir au moins un enfant de moins de {age} ans.",
            "Le travailleur doit être titulaire d'un diplôme de l'enseignement supérieur.",
            "Le travailleur ne peut pas avoir de casier judiciaire.",
            "Le séjour ne peut dépasser {y} ans.",
        ],
        "document": [
            "une copie du passeport",
            "le contrat de travail signé",
            "un certificat médical datant de moins de {mo} mois",
            "une preuve d'assurance maladie",
            "une copie du diplôme et de son équivalence",
            "la preuve du paiement de la redevance de {m}",
            "un extrait du casier judiciaire",
            "une photo d'identité récente",
        ],
        "step": [
            "L'employeur introduit la demande en ligne.",
            "La région examine la demande dans un délai de {d} jours.",
            "L'autorité fédérale décide du séjour.",
            "Le travailleur retire la carte de séjour à la commune.",
            "La commune inscrit le travailleur dans les {d} jours.",
        ],
        "exemption": [
            "Les travailleurs titulaires d'un séjour de résident de longue durée",
            "Les étudiants pendant les vacances scolaires",
            "Les chercheurs accueillis pour moins de {mo} mois",
            "Les membres de la famille d'un citoyen de l'UE",
        ],
    },
    "de": {
        "title": [
            "Arbeiten in Belgien als {topic}",
            "{topic}: Voraussetzungen und Verfahren",
            "Arbeitserlaubnis für {topic}",
        ],
        "neutral": [
            "Diese Seite erklärt die Regeln, die in der Gemeinschaft gelten, und ihre Anwendung.",
            "Die Verwaltung prüft jeden Antrag einzeln.",
            "Weitere Informationen erhalten Sie beim Helpdesk während der Bürozeiten.",
            "Die folgenden Regeln gelten für Anträge, die nach der Veröffentlichung eingehen.",
            "Arbeitgeber im Ausland folgen demselben Verfahren wie belgische Arbeitgeber.",
            "Die Entscheidung wird dem Arbeitgeber und dem Arbeitnehmer per E-Mail mitgeteilt.",
            "Die Genehmigung ist an den Arbeitgeber gebunden, der sie beantragt hat.",
            "Eine Verlängerung folgt demselben Verfahren wie der erste Antrag.",
        ],
        "amount": [
            "Das Bruttojahresgehalt beträgt mindestens {my} im Jahr {year}.",
            "Die Au-pair-Kraft erhält jeden Monat mindestens {mm} Taschengeld.",
            "Der Arbeitnehmer arbeitet höchstens {h} Stunden pro Woche.",
            "Der Antragsteller ist mindestens {age} Jahre alt.",
            "Der Antrag ist spätestens {mo} Monate vor Beginn einzureichen.",
            "Die Verwaltung entscheidet innerhalb von {d} Tagen nach Eingang des Antrags.",
            "Die Gebühr für den Antrag beträgt {m}.",
            "Anlagen sind höchstens {mb} MB groß.",
            "Der Betrag wird jedes Jahr um {pct} % indexiert.",
            "Die neuen Beträge gelten ab dem {date}.",
            "Die Genehmigung ist höchstens {y} Jahre gültig.",
            "Die Gehaltsschwelle für Engpassberufe beträgt {my} brutto pro Jahr.",
        ],
        "conditions": ["Voraussetzungen", "Bedingungen für den Arbeitnehmer", "Wer kann?"],
        "documents": ["Benötigte Unterlagen", "Welche Unterlagen sind beizufügen?"],
        "steps": ["Verfahren", "Antragstellung"],
        "exemptions": ["Befreiungen", "Wer ist befreit?"],
        "amounts_h": ["Gehaltsschwellen", "Beträge im Jahr {year}"],
        "neutral_h": ["Allgemeine Informationen", "Hintergrund", "Kontakt"],
        "lead": [
            "Der Arbeitnehmer muss diese Bedingungen erfüllen:",
            "Fügen Sie diese Unterlagen bei:",
            "Folgen Sie diesen Schritten:",
        ],
        "condition": [
            "Der Arbeitnehmer muss einen gültigen Reisepass besitzen.",
            "Der Arbeitgeber muss einen Sitz in Belgien haben.",
            "Der Arbeitnehmer muss mindestens {age} Jahre alt sein.",
            "Der Arbeitnehmer muss mindestens {mm} brutto pro Monat verdienen.",
            "Der Arbeitsvertrag muss für mindestens {mo} Monate geschlossen sein.",
            "Der Arbeitnehmer darf nicht mehr als {h} Stunden pro Woche arbeiten.",
            "Der Arbeitnehmer muss für den ganzen Aufenthalt krankenversichert sein.",
            "Der Arbeitgeber muss die Reisekosten des Arbeitnehmers übernehmen.",
            "Die Gastfamilie muss mindestens ein Kind unter {age} Jahren haben.",
            "Der Arbeitnehmer muss ein Hochschuldiplom besitzen.",
            "Der Arbeitnehmer darf nicht vorbestraft sein.",
            "Der Aufenthalt darf {y} Jahre nicht überschreiten.",
        ],
        "document": [
            "eine Kopie des Reisepasses",
            "der unterschriebene Arbeitsvertrag",
            "ein ärztliches Attest, nicht älter als {mo} Monate",
            "ein Nachweis der Krankenversicherung",
            "eine Kopie des Diploms und seiner Anerkennung",
            "der Nachweis der Zahlung der Gebühr von {m}",
            "ein Auszug aus dem Strafregister",
            "ein aktuelles Passfoto",
        ],
        "step": [
            "Der Arbeitgeber reicht den Antrag online ein.",
            "Die Gemeinschaft prüft den Antrag innerhalb von {d} Tagen.",
            "Die föderale Behörde entscheidet über den Aufenthalt.",
            "Der Arbeitnehmer holt die Aufenthaltskarte bei der Gemeinde ab.",
            "Die Gemeinde trägt den Arbeitnehmer innerhalb von {d} Tagen ein.",
        ],
        "exemption": [
            "Arbeitnehmer mit einem Aufenthalt als langfristig Aufenthaltsberechtigte",
            "Studenten während der Schulferien",
            "Forscher, die weniger als {mo} Monate aufgenommen werden",
            "Familienangehörige von EU-Bürgern",
        ],
    },
}

CHROME = {
    "en": (
        "Home",
        "Search",
        "Accept",
        "Refuse",
        "This site uses cookies for statistics.",
        "Share this page",
        "Last updated on",
        "Contact",
        "Privacy",
        "Accessibility",
    ),
    "nl": (
        "Home",
        "Zoeken",
        "Aanvaarden",
        "Weigeren",
        "Deze site gebruikt cookies.",
        "Deel deze pagina",
        "Laatst bijgewerkt op",
        "Contact",
        "Privacy",
        "Toegankelijkheid",
    ),
    "fr": (
        "Accueil",
        "Rechercher",
        "Accepter",
        "Refuser",
        "Ce site utilise des cookies.",
        "Partager cette page",
        "Dernière mise à jour le",
        "Contact",
        "Vie privée",
        "Accessibilité",
    ),
    "de": (
        "Startseite",
        "Suchen",
        "Annehmen",
        "Ablehnen",
        "Diese Website verwendet Cookies.",
        "Seite teilen",
        "Zuletzt aktualisiert am",
        "Kontakt",
        "Datenschutz",
        "Barrierefreiheit",
    ),
}
MENU_WORDS = (
    "Employment Work permits Unemployment Training Social security Wellbeing Labour law "
    "Collective agreements Inspection Statistics Publications News Legislation Tenders "
    "Careers Press Europe International Equal opportunities Mobility Apprenticeships "
    "Start-ups Subsidies Digital Innovation Research Procedures Forms Contact Offices"
).split()


# --- the page model --------------------------------------------------------------------


def _slot_value(kind: str, rng: random.Random) -> float:
    if kind == "m":
        return rng.choice([75, 90, 150, 205, 350, 450]) + rng.choice([0, 0, 0.5, 0.28])
    if kind == "mm":
        return rng.choice([450, 510, 1842.76, 2131.28, 3703.44, 4125])
    if kind == "my":
        return rng.choice([44_160, 47_628, 54_000, 57_400, 66_048.80, 71_856])
    if kind == "age":
        return rng.choice([13, 16, 17, 18, 21, 26, 30])
    if kind == "h":
        return rng.choice([4, 10, 20, 25, 38])
    if kind == "d":
        return rng.choice([8, 15, 30, 60, 90])
    if kind == "mo":
        return rng.choice([2, 3, 4, 6, 12])
    if kind == "y":
        return rng.choice([1, 2, 3, 4, 5])
    if kind == "pct":
        return rng.choice([2, 3, 5, 10])
    if kind == "mb":
        return rng.choice([2, 5, 10, 20])
    if kind == "date":
        return rng.choice([1, 2, 3]) * 100 + rng.choice([1, 4, 7, 9])  # day*100+month, in 2026
    raise KeyError(kind)


SLOT_KINDS = ("m", "mm", "my", "age", "h", "d", "mo", "y", "pct", "mb", "date")


@dataclass
class Sentence:
    pool: str  # which list of TEXT[lang] the template comes from
    template: int
    values: dict[str, float] = field(default_factory=dict)


@dataclass
class Section:
    kind: str  # conditions | documents | steps | exemptions | amounts_h | neutral_h
    heading: int
    paragraphs: list[list[Sentence]]
    items: list[Sentence]
    lead: int | None = None


@dataclass
class Page:
    index: int
    lang: str
    publisher: str
    topic: str
    title: int
    sections: list[Section]
    chrome_bytes: int  # how much chrome to add around the guidance
    money_style: int


def _sentence(lang: str, pool: str, rng: random.Random) -> Sentence:
    n = rng.randrange(len(TEXT[lang][pool]))
    template = TEXT[lang][pool][n]
    values = {k: _slot_value(k, rng) for k in SLOT_KINDS if "{" + k + "}" in template}
    return Sentence(pool, n, values)


ITEM_POOL = {
    "conditions": "condition",
    "documents": "document",
    "steps": "step",
    "exemptions": "exemption",
}
LEAD = {"conditions": 0, "documents": 1, "steps": 2}


def _section(lang: str, kind: str, rng: random.Random) -> Section:
    heading = rng.randrange(len(TEXT[lang][kind]))
    paragraphs = []
    for _ in range(rng.randint(1, 3)):
        sentences = [_sentence(lang, "neutral", rng) for _ in range(rng.randint(2, 4))]
        if rng.random() < (0.25 if kind == "neutral_h" else 0.45):
            sentences.insert(rng.randint(0, len(sentences)), _sentence(lang, "amount", rng))
        paragraphs.append(sentences)
    items: list[Sentence] = []
    lead = None
    if kind in ITEM_POOL:
        pool = ITEM_POOL[kind]
        available = len(TEXT[lang][pool])
        chosen = rng.sample(range(available), rng.randint(3, min(7, available)))
        for n in chosen:
            template = TEXT[lang][pool][n]
            values = {k: _slot_value(k, rng) for k in SLOT_KINDS if "{" + k + "}" in template}
            items.append(Sentence(pool, n, values))
        lead = LEAD.get(kind) if rng.random() < 0.5 else None
    elif kind == "amounts_h":
        items = [_sentence(lang, "amount", rng) for _ in range(rng.randint(2, 4))]
    return Section(kind, heading, paragraphs, items, lead)


def _model(seed: int, index: int) -> Page:
    rng = random.Random(f"{seed}:{index}")
    lang = LANGS[index % 4]
    target = int(rng.triangular(40, 150, 85) * 1024)
    kinds = ["neutral_h", "conditions", "documents", "steps"]
    kinds += rng.sample(["exemptions", "amounts_h", "neutral_h", "amounts_h", "conditions"], 3)
    sections = [_section(lang, kind, rng) for kind in kinds]
    # Guidance size varies with the page (more or fewer sections): 5-25 KB of HTML.
    extra = rng.randint(0, 9)
    for _ in range(extra):
        kind = rng.choice(["neutral_h", "amounts_h", "conditions", "documents", "exemptions"])
        sections.insert(rng.randint(1, len(sections)), _section(lang, kind, rng))
    return Page(
        index=index,
        lang=lang,
        publisher=PUBLISHERS[(index // 4) % len(PUBLISHERS)],
        topic=TOPICS[(index // 20) % len(TOPICS)],
        title=rng.randrange(3),
        sections=sections,
        chrome_bytes=target,
        money_style=rng.randrange(4),
    )


def _edit(page: Page, seed: int, version: int) -> None:
    """One publisher's update: 1-3 amounts get a new value; a condition comes or goes."""
    rng = random.Random(f"{seed}:{page.index}:edit:{version}")
    with_values = [
        s
        for sec in page.sections
        for para in (*sec.paragraphs, sec.items)
        for s in para
        if s.values
    ]
    for sentence in rng.sample(with_values, min(len(with_values), rng.randint(1, 3))):
        slot = rng.choice(sorted(sentence.values))
        old = sentence.values[slot]
        for _ in range(20):
            new = _slot_value(slot, rng)
            if new != old:
                break
        else:
            new = old + 1
        sentence.values[slot] = new
    lists = [sec for sec in page.sections if sec.kind in ITEM_POOL]
    if not lists:
        return
    section = rng.choice(lists)
    pool = ITEM_POOL[section.kind]
    used = {s.template for s in section.items}
    unused = [n for n in range(len(TEXT[page.lang][pool])) if n not in used]
    if unused and (len(section.items) <= 3 or rng.random() < 0.5):
        n = rng.choice(unused)
        template = TEXT[page.lang][pool][n]
        values = {k: _slot_value(k, rng) for k in SLOT_KINDS if "{" + k + "}" in template}
        section.items.insert(rng.randint(0, len(section.items)), Sentence(pool, n, values))
    else:
        section.items.pop(rng.randrange(len(section.items)))


# --- rendering -------------------------------------------------------------------------


def _fill(lang: str, text: str, values: dict[str, float], style: int, year: int) -> str:
    out = {}
    for key, value in values.items():
        if key in ("m", "mm", "my"):
            out[key] = money(value, style)
        elif key == "date":
            out[key] = date(lang, int(value) // 100, int(value) % 100, year)
        else:
            out[key] = f"{value:g}"
    return text.format(year=year, **out)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _menu(rng: random.Random, links: int) -> str:
    parts = ['<nav class="mega-menu" role="navigation" aria-label="Main"><ul class="menu">']
    made = 0
    while made < links:
        word = rng.choice(MENU_WORDS)
        parts.append(
            f'<li class="menu-item menu-item--expanded"><a href="/{word.lower()}">'
            f'{word}</a><ul class="menu menu--level-2">'
        )
        for _ in range(min(links - made, rng.randint(6, 16))):
            a, b = rng.choice(MENU_WORDS), rng.choice(MENU_WORDS)
            slug = f"{a}-{b}-{made}".lower()
            parts.append(
                f'<li class="menu-item"><a href="/{slug}" data-drupal-link-system-path='
                f'"node/{rng.randint(100, 99999)}">{a} and {b.lower()}</a></li>'
            )
            made += 1
        parts.append("</ul></li>")
    parts.append("</ul></nav>")
    return "".join(parts)


def _script(rng: random.Random, size: int) -> str:
    entries = []
    total = 0
    while total < size:
        key = f"{rng.choice(MENU_WORDS).lower()}_{rng.randint(0, 99999)}"
        value = "".join(rng.choice("abcdef0123456789") for _ in range(rng.randint(16, 48)))
        entry = f'"{key}":"{value}"'
        entries.append(entry)
        total += len(entry) + 1
    return (
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{'
        + ",".join(entries)
        + "}</script>"
    )


def render(page: Page, version: int) -> str:
    lang = page.lang
    t = TEXT[lang]
    year = 2026
    home, search, accept, refuse, cookie, share, updated, contact, privacy, a11y = CHROME[lang]
    topic = page.topic.replace("-", " ")
    title = t["title"][page.title].format(topic=topic)
    body: list[str] = [f"<h1>{_esc(title)}</h1>"]
    for number, section in enumerate(page.sections):
        heading = t[section.kind][section.heading].format(year=year)
        tag = "h2" if number % 3 else "h3" if number else "h2"
        body.append(f'<{tag} id="s{number}">{_esc(heading)}</{tag}>')
        for para in section.paragraphs:
            text = " ".join(
                _fill(lang, t[s.pool][s.template], s.values, page.money_style, year) for s in para
            )
            body.append(f"<p>{_esc(text)}</p>")
        if section.items:
            if section.lead is not None:
                body.append(f"<p>{_esc(t['lead'][section.lead])}</p>")
            tag = "ol" if section.kind == "steps" else "ul"
            body.append(f"<{tag}>")
            for s in section.items:
                text = _fill(lang, t[s.pool][s.template], s.values, page.money_style, year)
                body.append(f"<li>{_esc(text)}</li>")
            body.append(f"</{tag}>")
    guidance = "\n".join(body)
    rng = random.Random(f"chrome:{page.publisher}:{page.index}")
    last = f"{1 + (page.index + version) % 28} {MONTHS['en'].split()[version % 12]} 2026"
    head = (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="ltr">\n<head>\n<meta charset="utf-8" />\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f"<title>{_esc(title)} | {page.publisher}</title>\n"
        f'<link rel="stylesheet" href="/themes/{page.publisher}/css/main.css?v={version}" />\n'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        "gtag('consent','default',{'analytics_storage':'denied'});gtag('js',new Date());</script>\n"
        "</head>\n"
    )
    top = (
        f'<body class="path-node lang-{lang}">\n'
        '<a href="#main-content" class="visually-hidden skip-link">Skip</a>\n'
        f'<div id="cookie-consent" class="cookie-consent"><p>{_esc(cookie)}</p>'
        f'<button type="button">{accept}</button><button type="button">{refuse}</button></div>\n'
        '<header class="site-header" role="banner"><a href="/" rel="home">'
        f'<img src="/logo.svg" alt="{page.publisher}" /></a>'
        f'<form role="search" action="/search"><input name="q" /><button>{search}</button></form>'
        '<ul class="language-switcher">'
        + "".join(
            f'<li><a href="/{code}" hreflang="{code}">{code.upper()}</a></li>' for code in LANGS
        )
        + "</ul></header>\n"
    )
    crumbs = (
        f'<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">{home}</a></li>'
        f'<li><a href="/{page.topic}">{_esc(topic)}</a></li></ol></nav>\n'
    )
    main = (
        '<main id="main-content" role="main"><article class="node node--type-page">'
        '<div class="field field--name-body">\n'
        f"{guidance}\n"
        f'</div><div class="share-buttons"><span>{share}</span><a href="#">Facebook</a>'
        '<a href="#">LinkedIn</a></div>'
        f'<p class="last-updated">{updated} {last}</p></article></main>\n'
    )
    footer = (
        '<footer class="site-footer" role="contentinfo"><ul>'
        + "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in MENU_WORDS)
        + f'<li><a href="/contact">{contact}</a></li><li><a href="/privacy">{privacy}</a></li>'
        f'<li><a href="/a11y">{a11y}</a></li></ul></footer>\n'
        '<script src="/themes/js/main.js" defer></script>\n</body>\n</html>\n'
    )
    fixed = len(head) + len(top) + len(crumbs) + len(main.encode()) + len(footer)
    room = max(4000, page.chrome_bytes - fixed)
    menu = _menu(rng, max(60, room * 2 // 3 // 110))
    aside = (
        '<aside class="sidebar"><h2>Related</h2><ul>'
        + "".join(
            f'<li><a href="/related/{i}">{rng.choice(MENU_WORDS)}</a></li>' for i in range(12)
        )
        + "</ul></aside>\n"
    )
    script = _script(rng, max(1000, room - len(menu) - len(aside)))
    return (
        head + top + menu + crumbs + main + aside + footer.replace("</body>", script + "\n</body>")
    )


def page(seed: int, index: int, version: int = 0) -> str:
    """The HTML of page `index` at `version` (0 = first edition)."""
    model = _model(seed, index)
    for v in range(1, version + 1):
        _edit(model, seed, v)
    return render(model, version)


def meta(seed: int, index: int) -> tuple[str, str, str]:
    """(lang, publisher, topic) of a page, without rendering it."""
    return (
        LANGS[index % 4],
        PUBLISHERS[(index // 4) % len(PUBLISHERS)],
        TOPICS[(index // 20) % len(TOPICS)],
    )
