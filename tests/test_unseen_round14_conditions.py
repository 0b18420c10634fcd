"""Round 14 of issue 12, conditions (requirements, documents, exemptions, precision), in en,
nl, fr, de. Each family is a class of sentence or list, not a page's phrase; the forms no
dev page shows come from knowledge of the four languages.

- conditions (or a procedure) named as what someone must meet or follow ("the conditions the
  au pair must meet are set out on the website", "de voorwaarden waaraan de jongeren moeten
  voldoen", "les conditions que le jeune doit remplir", "die Voraussetzungen, die Sie erfüllen
  müssen"): the obligation word is in the clause that names them; the sentence says where or
  what they are and is no row. "All conditions must be met" and "Aan deze voorwaarden moet u
  voldoen" still oblige (older pages: federal-au-pair-nl-2, federal-au-pair-youth-en,
  federal-working-holiday-canada-nl; half A: federal-job-search-year-visa-brazil-nl).
- an exemption denied for a case ("The exemption does not apply to work in the construction
  sector", "Deze vrijstelling geldt niet voor …", "La dispense ne s'applique pas aux …",
  "Die Befreiung gilt nicht für …"): the obligation stands there, a `requirement`, though
  "does not apply to" alone lifts one (older pages: brussels-installation-tests-en and its
  Dutch edition).
- a grant said in the passive with its upper bound closing the sentence ("is granted for the
  length of the contract, with a maximum duration of one year", "wordt toegekend voor de duur
  van de detachering, met een maximum van drie jaar", "est accordée pour la durée du
  détachement, sans pouvoir dépasser trois ans", "wird für die Dauer des Vertrags erteilt,
  höchstens aber für ein Jahr", "for five years at the most") restricts the holder: a
  `requirement`, as "granted for at most three years" was (GUIDE 22:58); "a valid permit"
  and "a mandate granted … for up to 5 years" grant nothing to the reader (older pages:
  brussels-artist-en, brussels-sportsperson-2024-en, brussels-ict-en, brussels-ict-2024-en,
  brussels-ict-single-procedure-en, brussels-professional-card-en-3).
- an exemption said to apply or exist ("For some groups an exemption applies", "Voor een aantal
  categorieën geldt een vrijstelling", "Cette exception vaut aussi pour …", "Für Forscher gilt
  eine Befreiung", "There are some exceptions", "Hosting agreements exempt researchers from
  …", "Cette obligation ne concerne pas …") lifts an obligation: an `exemption`; bounded ("De
  vrijstelling geldt alleen zolang …", "Die Befreiung gilt nur für …") it limits the
  exemption and lifts nothing; denied ("geldt geen vrijstelling", "There are no exceptions")
  it lifts nothing (half A: flanders-professional-card-hamme-nl; older pages:
  flanders-researcher-hosting-agii-nl, federal-researchers-authorisation-en,
  flanders-professional-card-ghent-en, wallonia-modave-foreigners-fr,
  wallonia-parliament-professional-card-grants-2020-fr,
  wallonia-uliege-researcher-welcome-guide-en).
- under a heading about documents, a sentence saying that documents are needed or asked for
  ("For some categories further documents are required", "Naargelang de categorie kunnen er
  nog specifieke documenten nodig zijn", "des documents supplémentaires seront demandés",
  "Für manche Berufe werden weitere Unterlagen verlangt") tells which papers to hand in: a
  `document` row, though it names none; elsewhere it is none (older pages:
  federal-single-permit-en, flanders-single-permit-apply-agii-nl, brussels-brulocalis-reform-fr).
- the time someone has to do something ("You have 72 hours to click the link", "… hebben
  maximum 2 maanden om zich in te schrijven", "disposent d'un délai de 2 mois pour …", "Sie
  haben einen Monat Zeit, um …") is a deadline (GUIDE, tune12b), an obligation though no
  obligation word is written: a `requirement`, a `step` under a procedure heading (older pages:
  brussels-actiris-registration-nl, brussels-jobseeker-registration-fr,
  federal-limosa-first-visit-en, wallonia-appeal-fr).
- a sentence whose verb is "depends on" names what decides ("Which authorisation has to be
  requested depends on the stay", "Welke documenten u moet voorleggen, hangt af van …", "Les
  documents qu'il faut fournir dépendent de …", "Welche Unterlagen Sie vorlegen müssen, hängt
  von … ab"): the obligation word is in its subject, no row, as "Whether he needs a permit
  depends on …" was; "depending on" and a relative "qui dépend de" leave the obligation
  standing (older pages: brussels-artist-en, flanders-athlete-en, flanders-work-permit-de,
  wallonia-unlimited-forms-en; two pages label the same build a requirement,
  brussels-intern-under-30-en and brussels-training-en).
- a need said of the subject in its relative clause as a consequence ("A foreign athlete who
  does not belong to those groups, and so needs a permit, can work in Flanders if …", "… qui
  n'appartient pas à ces catégories, et a donc besoin d'une autorisation, peut …", "… die
  niet tot die groepen behoort, en dus een vergunning nodig heeft, kan …", "…, der nicht dazu
  gehört und daher eine Erlaubnis braucht, darf …") describes whom the sentence is about; no
  obligation of its own (older pages: flanders-athlete-fr; the same build is a lead-in on
  flanders-ict-transferee-en and flanders-specialised-technician-en).
- a copy that will do instead of the original ("The documents do not have to be originals; a
  copy is enough", "een kopie volstaat", "une copie suffit", "eine Kopie genügt") says what
  form a paper may take for everyone, lifted for no group or case: no row, as "Originals are
  not needed: a copy will do" was (GUIDE: not required of anyone; older pages: 4 of the 5
  tuning pages with it have no row for it).
- a one-sentence paragraph the blocks read as a list's lead-in, its announcing word anywhere
  ("In de situaties hieronder hoeft de werkgever geen toelating aan te vragen." above the
  list), only introduces the list: no row, like one ending in ':' (GUIDE: lead-ins; older
  pages: flanders-specialised-technician-nl).
- a lead-in saying what counts or not towards a period ("The periods below do not count for
  your application:", "Les périodes ci-dessous ne comptent pas pour votre demande :", "Deze
  periodes tellen niet mee:", "Folgende Zeiten zählen nicht für Ihren Antrag:") defines what
  counts as what, as "Wordt niet beschouwd als werkperiode" did (round 13): its items are
  `requirement` rows (older pages: flanders-indefinite-permit-fr).
- a need negated with "neither … nor" ("need neither a work permit nor a professional card",
  "n'ont besoin ni d'une autorisation ni d'une carte", "hebben noch … noch … nodig",
  "brauchen weder … noch …") lifts both obligations: an `exemption` (half A:
  brussels-professional-card-bee-fr).
- from half B (federal-family-belgian-visa-brazil-nl): a short title line with no sentence
  mark right above a list ("Voor te leggen documenten, per persoon," in bold, "Required
  documents") introduces its items as a lead-in ending in ':' does: a title naming documents
  makes them `document` rows; a line with a label and its value or an address ("… per
  E-Mail erreichen: x@y.be") is no title.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions, states_obligation


def kinds(html: str) -> dict[str, str]:
    return {c.text: c.kind for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))}


# (sentences naming conditions or a procedure to meet, sentences that still oblige)
NAMED_CONDITIONS = {
    "en": (
        (
            "The conditions the employer and the worker must meet are listed on the website "
            "of the Region.",
            "The requirements that every applicant has to fulfil are explained in the guide.",
            "The procedure which the trainee must follow is described in the agreement.",
        ),
        ("All conditions must be met before the start.", "The worker must meet the conditions."),
    ),
    "nl": (
        (
            "De voorwaarden waaraan de werkgever en de werknemer moeten voldoen, staan op de "
            "website van het gewest.",
            "In de gids lees je aan welke vereisten je aanvraag moet voldoen.",
            "De procedure die de stagiair moet volgen, staat in de overeenkomst.",
        ),
        ("Aan deze voorwaarden moet u voldoen.", "De werknemer moet aan alle voorwaarden voldoen."),
    ),
    "fr": (
        (
            "Les conditions que l'employeur et le travailleur doivent remplir figurent sur le "
            "site de la Région.",
            "Le guide explique les critères auxquels chaque candidat doit satisfaire.",
            "La procédure que le stagiaire doit suivre est décrite dans la convention.",
        ),
        (
            "Toutes les conditions doivent être remplies.",
            "Le travailleur doit remplir ces conditions.",
        ),
    ),
    "de": (
        (
            "Die Voraussetzungen, die Arbeitgeber und Arbeitnehmer erfüllen müssen, stehen auf "
            "der Website der Region.",
            "Im Leitfaden lesen Sie, welchen Anforderungen Ihr Antrag genügen muss.",
            "Das Verfahren, das der Praktikant befolgen muss, steht in der Vereinbarung.",
        ),
        ("Diese Bedingungen müssen Sie erfüllen.", "Alle Bedingungen müssen erfüllt sein."),
    ),
}


@pytest.mark.parametrize("lang", sorted(NAMED_CONDITIONS))
def test_conditions_named_as_what_to_meet_oblige_no_one(lang: str) -> None:
    named, obliging = NAMED_CONDITIONS[lang]
    for sentence in named:
        assert not states_obligation(sentence), sentence
        assert kinds(f"<p>{sentence}</p>") == {}, sentence
    for sentence in obliging:
        assert states_obligation(sentence), sentence
        assert kinds(f"<p>{sentence}</p>") == {sentence: "requirement"}, sentence


# (an exemption denied for a case, an obligation lifted by the same verb)
DENIED = {
    "en": (
        "The exemption does not apply to work in the construction sector.",
        "This obligation does not apply to students.",
    ),
    "nl": (
        "Deze vrijstelling geldt evenwel niet voor werk in de bouwsector.",
        "Deze verplichting is niet van toepassing op studenten.",
    ),
    "fr": (
        "La dispense ne s'applique pas aux travaux dans le secteur de la construction.",
        "Cette obligation ne s'applique pas aux étudiants.",
    ),
    "de": (
        "Die Befreiung gilt nicht für Arbeiten im Baugewerbe.",
        "Diese Pflicht gilt nicht für Studenten.",
    ),
}


@pytest.mark.parametrize("lang", sorted(DENIED))
def test_an_exemption_denied_for_a_case_is_a_requirement(lang: str) -> None:
    denied, lifted = DENIED[lang]
    found = kinds(f"<p>Some workers are exempt from the permit.</p><p>{denied}</p>")
    assert found.get(denied) == "requirement", found
    assert kinds(f"<p>{lifted}</p>") == {lifted: "exemption"}


# (a passive grant whose bound closes the sentence; a grant word naming what a group holds,
# far from a bound, grants the reader nothing)
GRANTS = {
    "en": (
        "The permit is granted for the length of the contract, with a maximum duration of two "
        "years.",
        "Holders of a mandate granted within a multinational group of companies often stay for "
        "periods of up to five years.",
    ),
    "nl": (
        "De toelating wordt toegekend voor de duur van de detachering, met een maximum van "
        "drie jaar.",
        "Houders van een mandaat toegekend binnen een multinationale groep van ondernemingen "
        "blijven vaak voor periodes van maximaal vijf jaar.",
    ),
    "fr": (
        "L'autorisation est accordée pour la durée du détachement, sans pouvoir dépasser "
        "trois ans.",
        "Les titulaires d'un mandat accordé au sein d'un groupe multinational d'entreprises "
        "restent souvent pour des périodes de cinq ans au maximum.",
    ),
    "de": (
        "Die Erlaubnis wird für die Dauer des Vertrags erteilt, höchstens aber für ein Jahr.",
        "Die Erlaubnis wird Inhabern eines Mandats innerhalb eines multinationalen Konzerns "
        "oft erteilt. Sie bleiben dann für Zeiträume von höchstens fünf Jahren.",
    ),
}


@pytest.mark.parametrize("lang", sorted(GRANTS))
def test_a_grant_bounded_at_the_end_of_its_sentence_is_a_requirement(lang: str) -> None:
    granted, other = GRANTS[lang]
    assert kinds(f"<p>{granted}</p>") == {granted: "requirement"}
    assert kinds(f"<p>{other}</p>") == {}


# (an exemption said to apply or exist; the same exemption bounded or denied)
APPLIES = {
    "en": (
        (
            "For some groups of foreign workers an exemption applies.",
            "There are some exceptions.",
            "Hosting agreements exempt researchers from the work permit.",
            "This obligation does not concern nationals of the European Economic Area.",
        ),
        ("The exemption applies only as long as the contract runs.", "There are no exceptions."),
    ),
    "nl": (
        (
            "Voor een aantal categorieën van buitenlanders geldt een vrijstelling.",
            "Er zijn enkele uitzonderingen.",
            "Voor onderzoekers bestaat er een vrijstelling van arbeidskaart.",
            "Duurt het werk minder dan 90 dagen, dan geldt een uitzondering.",
        ),
        (
            "In Brussel geldt de vrijstelling zolang het verblijf niet langer duurt dan 90 dagen.",
            "Voor seizoenarbeid geldt geen vrijstelling.",
        ),
    ),
    "fr": (
        (
            "Cette exception vaut aussi pour les chercheurs invités.",
            "Il existe une dispense pour les stagiaires.",
            "Cette obligation ne concerne pas les ressortissants de l'Espace économique européen.",
            "Pour les artistes, une dispense s'applique pendant trois mois.",
        ),
        ("La dispense ne vaut que pour le permis de travail.",),
    ),
    "de": (
        (
            "Für Forscher mit Aufnahmevereinbarung gilt eine Befreiung.",
            "Es gibt einige Ausnahmen.",
            "Für Studenten besteht eine Ausnahme von der Arbeitserlaubnis.",
            "Die Ausnahme gilt auch für Gastdozenten.",
        ),
        ("Die Befreiung gilt nur für die Arbeitserlaubnis.",),
    ),
}


@pytest.mark.parametrize("lang", sorted(APPLIES))
def test_an_exemption_said_to_apply_is_an_exemption(lang: str) -> None:
    applies, not_lifted = APPLIES[lang]
    for sentence in applies:
        assert kinds(f"<p>{sentence}</p>") == {sentence: "exemption"}, sentence
    for sentence in not_lifted:
        assert kinds(f"<p>{sentence}</p>").get(sentence) != "exemption", sentence


# (a heading about documents, a sentence saying further documents are needed)
NEEDED = {
    "en": ("Documents to attach", "For some categories of workers further documents are required."),
    "nl": (
        "Nodige documenten",
        "Naargelang de functie kunnen er nog bijkomende attesten nodig zijn.",
    ),
    "fr": (
        "Pièces à joindre",
        "Pour certaines professions, des documents supplémentaires seront demandés.",
    ),
    "de": ("Erforderliche Unterlagen", "Für manche Berufe werden weitere Unterlagen verlangt."),
}


@pytest.mark.parametrize("lang", sorted(NEEDED))
def test_documents_said_to_be_needed_under_a_documents_heading_are_documents(lang: str) -> None:
    heading, sentence = NEEDED[lang]
    assert kinds(f"<h2>{heading}</h2><p>{sentence}</p>") == {sentence: "document"}
    assert kinds(f"<h2>Info</h2><p>{sentence}</p>").get(sentence) != "document"


# (a sentence giving the time someone has to act)
TIME_TO_ACT = {
    "en": "The employer has fifteen working days to send the missing papers.",
    "nl": "Na de weigering heb je 30 dagen de tijd om beroep in te stellen.",
    "fr": "Le travailleur dispose de trois mois pour renouveler sa carte.",
    "de": "Der Arbeitgeber hat dann zwei Wochen Zeit, um die Unterlagen nachzureichen.",
}
PROCEDURE_HEADING = {"en": "Procedure", "nl": "Procedure", "fr": "Procédure", "de": "Verfahren"}


@pytest.mark.parametrize("lang", sorted(TIME_TO_ACT))
def test_the_time_someone_has_to_act_is_a_deadline(lang: str) -> None:
    sentence = TIME_TO_ACT[lang]
    assert kinds(f"<p>{sentence}</p>") == {sentence: "requirement"}
    procedure = f"<h2>{PROCEDURE_HEADING[lang]}</h2><p>{sentence}</p>"
    assert kinds(procedure) == {sentence: "step"}


# (the obligation in the subject of "depends on"; obligations that stand beside a "depends")
DEPENDS = {
    "en": (
        "Which authorisation has to be requested depends on the length of the stay.",
        "You must register within 8 days, depending on your status.",
    ),
    "nl": (
        "Welke documenten u moet voorleggen, hangt af van uw situatie.",
        "U moet zich inschrijven binnen een termijn die afhangt van uw situatie.",
    ),
    "fr": (
        "Les documents qu'il faut fournir dépendent de votre situation.",
        "Cette inscription doit avoir lieu dans un délai qui dépend de votre situation.",
    ),
    "de": (
        "Welche Unterlagen Sie vorlegen müssen, hängt von Ihrer Situation ab.",
        "Sie müssen sich je nach Aufenthalt innerhalb von 8 Tagen anmelden.",
    ),
}


@pytest.mark.parametrize("lang", sorted(DEPENDS))
def test_an_obligation_in_the_subject_of_depends_on_binds_no_one(lang: str) -> None:
    depends, standing = DEPENDS[lang]
    assert not states_obligation(depends), depends
    assert kinds(f"<p>{depends}</p>") == {}
    assert kinds(f"<p>{standing}</p>") == {standing: "requirement"}


# (a title line over a list of papers, the papers)
TITLE_LINES = {
    "en": (
        "<strong>Documents to hand in, for each person,</strong>",
        ("A valid passport", "Two photos"),
    ),
    "nl": (
        "<strong>Voor te leggen documenten, per persoon,</strong>",
        ("Een geldig paspoort", "Twee pasfoto's"),
    ),
    "fr": (
        "<strong>Documents à présenter, par personne,</strong>",
        ("Un passeport valable", "Deux photos"),
    ),
    "de": (
        "<strong>Vorzulegende Unterlagen, pro Person,</strong>",
        ("Ein gültiger Reisepass", "Zwei Passfotos"),
    ),
}


@pytest.mark.parametrize("lang", sorted(TITLE_LINES))
def test_a_title_line_over_a_list_introduces_its_items(lang: str) -> None:
    title, papers = TITLE_LINES[lang]
    items = "".join(f"<li>{paper}</li>" for paper in papers)
    found = kinds(f"<h1>Visum D</h1><p>{title}</p><ul>{items}</ul>")
    assert found == dict.fromkeys(papers, "document")
    # a line with its value after a colon, or a sentence, introduces nothing
    for line in ("In urgent cases only, write to: visa@example.be", "We answer within a week."):
        blocks = extract_blocks(f"<main><p>{line}</p><ul>{items}</ul></main>")
        assert [b.lead_ins for b in blocks if b.kind == "list_item"] == [(), ()], line
    blocks = extract_blocks(f"<main><p>{title}</p><ul>{items}</ul></main>")
    assert all(b.lead_ins for b in blocks if b.kind == "list_item")


NEED_OF_THE_SUBJECT = {
    "en": "A foreign athlete who does not belong to those groups, and so needs a permit, can "
    "work in Flanders if the club pays enough.",
    "nl": "Een werknemer die niet tot die groepen behoort, en dus een vergunning nodig heeft, "
    "kan in Vlaanderen werken als het loon hoog genoeg is.",
    "fr": "Un sportif qui n'appartient pas à ces catégories, et a donc besoin d'une "
    "autorisation, peut travailler en Flandre si le club le paie assez.",
    "de": "Ein Arbeitnehmer, der nicht zu diesen Gruppen gehört und daher eine Erlaubnis "
    "braucht, darf in Flandern arbeiten, wenn der Lohn hoch genug ist.",
}


@pytest.mark.parametrize("lang", sorted(NEED_OF_THE_SUBJECT))
def test_a_need_in_the_subjects_relative_clause_obliges_no_one(lang: str) -> None:
    assert not states_obligation(NEED_OF_THE_SUBJECT[lang])
    assert states_obligation("Workers who come from abroad and so need a permit must apply first.")


COPY_WILL_DO = {
    "en": "The documents do not have to be originals; a copy is enough.",
    "nl": "De documenten hoeven geen originelen te zijn, een kopie volstaat.",
    "fr": "Les pièces ne doivent pas être des originaux : une copie suffit.",
    "de": "Die Unterlagen müssen keine Originale sein, eine Kopie genügt.",
}


@pytest.mark.parametrize("lang", sorted(COPY_WILL_DO))
def test_a_copy_that_will_do_is_no_row(lang: str) -> None:
    sentence = COPY_WILL_DO[lang]
    assert kinds(f"<h2>Procedure</h2><p>{sentence}</p>") == {}
    assert kinds(f"<p>{sentence}</p>") == {}


LEAD_IN_SENTENCES = {
    "en": "In the situations below the employer does not need to apply for a permit.",
    "nl": "In de situaties hieronder hoeft de werkgever geen toelating aan te vragen.",
    "fr": "Dans les situations ci-dessous, l'employeur ne doit pas demander d'autorisation.",
    "de": "In den unten genannten Fällen muss der Arbeitgeber keine Erlaubnis beantragen.",
}


@pytest.mark.parametrize("lang", sorted(LEAD_IN_SENTENCES))
def test_a_lead_in_sentence_with_its_announcing_word_inside_is_no_row(lang: str) -> None:
    sentence = LEAD_IN_SENTENCES[lang]
    found = kinds(f"<p>{sentence}</p><ul><li>installation work of at most 8 days</li></ul>")
    assert sentence not in found
    assert kinds(f"<p>{sentence}</p>") == {sentence: "exemption"}


COUNTS_LEADS = {
    "en": "The periods below do not count for your application:",
    "nl": "De onderstaande periodes tellen niet mee voor uw aanvraag:",
    "fr": "Les périodes ci-dessous ne comptent pas pour votre demande :",
    "de": "Folgende Zeiten zählen nicht für Ihren Antrag:",
}


@pytest.mark.parametrize("lang", sorted(COUNTS_LEADS))
def test_a_lead_in_saying_what_counts_heads_requirements(lang: str) -> None:
    item = "periods of temporary unemployment"
    found = kinds(f"<p>{COUNTS_LEADS[lang]}</p><ul><li>{item}</li></ul>")
    assert found == {item: "requirement"}


NEITHER_NOR = {
    "en": "Nationals under temporary protection need neither a work permit nor a card.",
    "nl": "Onderdanen onder tijdelijke bescherming hebben noch een arbeidskaart noch een "
    "beroepskaart nodig.",
    "fr": "Les ressortissants sous protection temporaire n'ont besoin ni d'une autorisation "
    "de travail ni d'une carte professionnelle.",
    "de": "Staatsangehörige mit vorübergehendem Schutz brauchen weder eine "
    "Arbeitserlaubnis noch eine Berufskarte.",
}


@pytest.mark.parametrize("lang", sorted(NEITHER_NOR))
def test_a_need_negated_with_neither_nor_is_an_exemption(lang: str) -> None:
    sentence = NEITHER_NOR[lang]
    assert kinds(f"<p>{sentence}</p>") == {sentence: "exemption"}
