"""Families of condition misses on half A of check part 4, released to tuning (issue 12,
round 6), each written as a federal, Flemish, Brussels, Walloon or Ostbelgien page would say
it, in en, nl, fr and de. Every sentence is our own; each case names what a volunteer would
read wrong in a report otherwise (an exemption missing, a step told as a requirement).
"""

import pytest

from parsers.blocks import extract_blocks
from parsers.conditions import extract_conditions
from parsers.lexicon import LANGS, load


def conditions(html: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_conditions(extract_blocks(f"<main>{html}</main>"))]


def test_negation_and_obligation_adjectives_have_a_word_in_every_language():
    for key in ("negation", "required"):
        for lang in LANGS:
            assert load(lang)[key], f"{lang} has no {key} words"


@pytest.mark.parametrize(
    "sentence",
    [
        "A personal interview is never required.",
        "Een persoonlijk gesprek is nooit vereist.",
        "Un entretien personnel n'est jamais requis.",
        "Ein persönliches Gespräch ist nie erforderlich.",
        # every language's obligation adjective, negated, obliges no one
        "Registration with the commune is not compulsory.",
        "Een inschrijving bij de gemeente is niet noodzakelijk.",
        "Une inscription à la commune n'est pas obligatoire.",
        "Eine Anmeldung bei der Gemeinde ist nicht vorgeschrieben.",
    ],
)
def test_a_thing_said_never_or_not_required_is_no_row_in_every_language(sentence):
    assert conditions(f"<p>{sentence}</p>") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Seasonal workers are never exempt from the labour market test.",
        "Seizoenarbeiders zijn geenszins vrijgesteld van het arbeidsmarktonderzoek.",
        "Les travailleurs saisonniers ne sont nullement dispensés de l'examen du marché.",
        "Saisonarbeiter sind keineswegs von der Arbeitsmarktprüfung befreit.",
    ],
)
def test_a_group_said_never_to_be_exempt_is_no_exemption(sentence):
    assert ("exemption", sentence) not in conditions(f"<p>{sentence}</p>")


@pytest.mark.parametrize(
    "sentence",
    [
        # the exempt participle apart from its verb ("are, given …, exempted", "zijn daarvan
        # vrijgesteld", "en sont … dispensés", "sind … davon freigestellt")
        "Some workers are by law exempted.",
        "Bepaalde werknemers zijn daarvan vrijgesteld.",
        "Certains travailleurs sont pour cette raison dispensés.",
        "Manche Arbeitnehmer sind wegen der kurzen Dauer ihres Aufenthalts davon freigestellt.",
        # a rule said not to apply in a case, with no "to" after it
        "This rule does not apply in the case of a posting.",
        "Bij een detachering geldt deze regel niet.",
        "Cette règle ne s'applique ni aux étudiants ni aux chercheurs.",
        "Bei einer Entsendung gilt diese Grundregel allerdings nicht.",
        # a group named as the exception
        "Citizens of Norway and Switzerland are the exception.",
        "Onderdanen van Noorwegen en Zwitserland vormen een uitzondering.",
        "Les ressortissants norvégiens et suisses font exception.",
        "Staatsangehörige Norwegens und der Schweiz bilden eine Ausnahme.",
        # an obligation that will no longer hold
        "The employer will no longer have to send documents for the yearly check.",
        "De werkgever zal geen documenten meer moeten sturen voor de jaarlijkse controle.",
        "L'employeur ne devra plus envoyer de documents pour le contrôle annuel.",
        "Der Arbeitgeber wird für die jährliche Kontrolle keine Unterlagen mehr senden müssen.",
    ],
)
def test_more_shapes_of_a_lifted_obligation_in_every_language(sentence):
    assert conditions(f"<p>{sentence}</p>") == [("exemption", sentence)]


@pytest.mark.parametrize(
    ("verdict", "kind"),
    [
        ("no visa required", "exemption"),
        ("geen visum vereist", "exemption"),
        ("pas de visa requis", "exemption"),
        ("kein Visum erforderlich", "exemption"),
    ],
)
def test_a_verdict_without_a_verb_lifts_the_obligation(verdict, kind):
    sentence = f"Holders of a diplomatic passport: {verdict}."
    assert conditions(f"<p>{sentence}</p>") == [(kind, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Consult the list of countries whose nationals are for that reason exempted.",
        "Raadpleeg de lijst van landen waarvan de onderdanen van die plicht zijn vrijgesteld.",
        "Consultez la liste des pays dont les ressortissants sont pour cette raison dispensés.",
        "Sehen Sie die Liste der Länder, deren Bürger von dieser Pflicht freigestellt sind.",
    ],
)
def test_an_exemption_inside_a_whose_clause_describes_a_noun_and_lifts_nothing(sentence):
    assert ("exemption", sentence) not in conditions(f"<p>{sentence}</p>")


@pytest.mark.parametrize(
    "sentence",
    [
        "To work here for more than 90 days you need a single permit, except if you are exempt.",
        "Om hier langer dan 90 dagen te werken hebt u een gecombineerde vergunning nodig,"
        " behalve als u vrijgesteld bent.",
        "Pour travailler ici plus de 90 jours, il vous faut un permis unique, sauf si vous"
        " en êtes dispensé.",
        "Um hier länger als 90 Tage zu arbeiten, benötigen Sie eine kombinierte Erlaubnis"
        ", außer Sie sind davon freigestellt.",
    ],
)
def test_an_obligation_with_an_except_if_exemption_stays_a_requirement(sentence):
    assert conditions(f"<p>{sentence}</p>") == [("requirement", sentence)]


@pytest.mark.parametrize(
    ("heading", "item", "kind"),
    [
        # whom the rules concern
        ("Persons concerned", "non-EU nationals who work for a Brussels employer", "requirement"),
        ("Doelgroep", "niet-EU-onderdanen die in Brussel werken", "requirement"),
        ("Publics concernés", "les non-Européens qui travaillent à Bruxelles", "requirement"),
        ("Zielgruppe", "Drittstaatsangehörige, die in Eupen arbeiten", "requirement"),
        ("Who should apply", "nationals of a country outside the European Union", "requirement"),
        # the papers to bring to the counter
        ("What to bring", "your identity card", "document"),
        ("Meebrengen", "identiteitsbewijs", "document"),
        ("À apporter", "votre carte d'identité", "document"),
        ("Mitbringen", "Ihr Personalausweis", "document"),
        # the formalities of the procedure
        ("Formalities", "the employer files the declaration before work starts", "step"),
        ("Formaliteiten", "de werkgever doet de melding voor het werk begint", "step"),
        ("Formalités", "l'employeur fait la déclaration avant le travail", "step"),
        ("Formalitäten", "der Arbeitgeber gibt die Meldung vor Arbeitsbeginn ab", "step"),
        # when to apply, as where and how to apply already are
        ("When to apply", "at the latest three weeks before the trip", "step"),
        ("Wanneer aanvragen?", "uiterlijk drie weken voor de reis", "step"),
        ("Quand introduire la demande ?", "au plus tard trois semaines avant le voyage", "step"),
        ("Wann beantragen?", "spätestens drei Wochen vor der Reise", "step"),
    ],
)
def test_headings_name_the_same_kinds_in_every_language(heading, item, kind):
    assert conditions(f"<h2>{heading}</h2><ul><li>{item}</li></ul>") == [(kind, item)]


@pytest.mark.parametrize(
    ("lead_in", "item"),
    [
        (
            "Exceptions: in the following cases the employer may file the application while"
            " the worker is already in Belgium:",
            "The worker holds long-term resident status in another EU country.",
        ),
        (
            "Uitzonderingen: in de volgende gevallen mag de werkgever de aanvraag indienen"
            " terwijl de werknemer al in België is:",
            "De werknemer heeft in een andere lidstaat het statuut van langdurig ingezetene.",
        ),
        (
            "Exceptions : dans les cas suivants, l'employeur peut introduire la demande alors"
            " que le travailleur est déjà en Belgique :",
            "Le travailleur a le statut de résident de longue durée dans un autre État membre.",
        ),
        (
            "Ausnahmen: In den folgenden Fällen darf der Arbeitgeber den Antrag auch stellen,"
            " wenn der Arbeitnehmer schon in Belgien ist:",
            "Der Arbeitnehmer ist in einem anderen EU-Land langfristig aufenthaltsberechtigt.",
        ),
    ],
)
def test_a_label_before_the_colon_of_a_lead_in_names_its_list_like_a_heading(lead_in, item):
    assert conditions(f"<p>{lead_in}</p><ul><li>{item}</li></ul>") == [("exemption", item)]


@pytest.mark.parametrize(
    ("lifting", "example"),
    [
        (
            "Some workers are exempt from the declaration.",
            "This is the case, for example, for artists and diplomats.",
        ),
        (
            "Sommige werknemers zijn vrijgesteld van de melding.",
            "Dat is bijvoorbeeld het geval voor kunstenaars en diplomaten.",
        ),
        (
            "Certains travailleurs sont dispensés de la déclaration.",
            "C'est le cas, par exemple, des artistes et des diplomates.",
        ),
        (
            "Manche Arbeitnehmer sind von der Meldung befreit.",
            "Das ist zum Beispiel der Fall bei Künstlern und Diplomaten.",
        ),
    ],
)
def test_a_sentence_naming_the_cases_of_an_exemption_just_told_is_an_exemption(lifting, example):
    assert conditions(f"<p>{lifting} {example}</p>") == [
        ("exemption", lifting),
        ("exemption", example),
    ]


def test_a_case_named_after_an_obligation_is_no_exemption():
    page = "<p>Employers must file a declaration. This is the case for every posting.</p>"
    assert ("exemption", "This is the case for every posting.") not in conditions(page)


@pytest.mark.parametrize(
    ("lead_in", "lifted", "kept"),
    [
        (
            "These rules apply to the following travel documents:",
            "Diplomatic passports, for a stay of up to 90 days: no visa required",
            "Travel permits: a visa is required",
        ),
        (
            "Deze regels gelden voor de volgende reisdocumenten:",
            "Diplomatieke paspoorten, voor een verblijf tot 90 dagen: geen visum nodig",
            "Reisvergunningen: een visum is vereist",
        ),
        (
            "Ces règles valent pour les documents de voyage suivants :",
            "Passeports diplomatiques, pour un séjour de 90 jours au plus : pas de visa requis",
            "Permis de voyage : un visa est obligatoire",
        ),
        (
            "Diese Regeln gelten für die folgenden Reisedokumente:",
            "Diplomatenpässe, für einen Aufenthalt bis zu 90 Tagen: kein Visum erforderlich",
            "Reisegenehmigungen: ein Visum ist erforderlich",
        ),
    ],
)
def test_a_list_item_that_gives_its_own_verdict_after_a_colon_keeps_it(lead_in, lifted, kept):
    page = f"<h2>Who should apply</h2><p>{lead_in}</p><ul><li>{lifted}</li><li>{kept}</li></ul>"
    assert conditions(page) == [("exemption", lifted), ("requirement", kept)]


def test_a_list_of_papers_each_marked_required_stays_a_list_of_documents():
    page = (
        "<h2>Documents</h2><ul><li>Passport: a copy is required</li>"
        "<li>Employment contract: the original is required</li></ul>"
    )
    assert [kind for kind, _ in conditions(page)] == ["document", "document"]


def test_a_dont_clause_before_the_main_verb_leaves_the_exemption_to_it():
    sentence = "Les travailleurs dont il est question sont dispensés de permis de travail."
    assert conditions(f"<p>{sentence}</p>") == [("exemption", sentence)]


@pytest.mark.parametrize(
    ("heading", "part", "sentence"),
    [
        (
            "Conditions for a seconded worker",
            "1) Secondment within the group",
            "The worker is bound to the company abroad by an employment contract.",
        ),
        (
            "Voorwaarden voor een gedetacheerde werknemer",
            "1. Detachering binnen de groep",
            "De werknemer is met een arbeidsovereenkomst verbonden aan de buitenlandse firma.",
        ),
        (
            "Conditions pour un travailleur détaché",
            "a) Détachement au sein du groupe",
            "Le travailleur est lié à l'entreprise étrangère par un contrat de travail.",
        ),
        (
            "Voraussetzungen für einen entsandten Arbeitnehmer",
            "2) Entsendung innerhalb der Gruppe",
            "Der Arbeitnehmer ist durch einen Arbeitsvertrag an die ausländische Firma gebunden.",
        ),
    ],
)
def test_a_numbered_part_of_a_heading_about_conditions_states_one(heading, part, sentence):
    page = f"<h2>{heading}</h2><h3>{part}</h3><p>{sentence}</p>"
    assert conditions(page) == [("requirement", sentence)]


def test_a_neutral_sub_heading_under_conditions_still_holds_information_only():
    page = (
        "<h2>Conditions</h2><h3>Evolution of the amount</h3>"
        "<p>The amount was raised several times since the reform.</p>"
    )
    assert conditions(page) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Deze regels horen bij de coördinatie, die het vrije verkeer van burgers moet"
        " vergemakkelijken.",
        "Das Abkommen gilt für alle Richtlinien, die deshalb ein gemeinsames Verfahren"
        " erfordern.",
        "Die Regeln gehören zur Koordinierung, die die Freizügigkeit erleichtern soll.",
        "Het akkoord geldt voor de richtlijnen, die een gezamenlijke procedure vereisen.",
    ],
)
def test_an_obligation_word_closing_a_relative_clause_says_what_a_noun_does(sentence):
    assert conditions(f"<p>{sentence}</p>") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Het is de werkgever die de aanvraag moet indienen.",
        "Es ist der Arbeitgeber, der den Antrag stellen muss.",
        "Werknemers die hier werken moeten een arbeidskaart hebben.",
        "Arbeitnehmer, die hier arbeiten, müssen eine Arbeitserlaubnis haben.",
    ],
)
def test_a_cleft_sentence_or_a_main_verb_after_a_relative_clause_still_obliges(sentence):
    assert conditions(f"<p>{sentence}</p>") == [("requirement", sentence)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Het formulier is volledig in te vullen.", "requirement"),
        ("Les pièces justificatives sont à joindre à la demande.", "requirement"),
        ("Dem Antrag sind die Dokumente zum Aufenthalt beizufügen.", "requirement"),
        ("Es ist möglich, den Antrag online einzureichen.", None),
        ("Zijn of haar talenkennis bij te schaven.", None),
        ("When a permit is to be extended, the office checks the salary.", None),
    ],
)
def test_be_with_a_to_infinitive_says_what_must_be_done(sentence, kind):
    assert conditions(f"<p>{sentence}</p>") == ([(kind, sentence)] if kind else [])


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("U dient een attest van goed gedrag voor te leggen.", "requirement"),
        ("De werkgever dient de aanvraag in bij het loket.", None),
        ("We raden aan om de aanvraag acht weken vooraf in te dienen.", None),
        ("U krijgt een vergunning die tegelijk als verblijfskaart dient.", None),
        ("Dieses Merkblatt dient nur der ersten Orientierung.", None),
    ],
)
def test_dienen_obliges_only_with_te_and_an_infinitive(sentence, kind):
    assert conditions(f"<p>{sentence}</p>") == ([(kind, sentence)] if kind else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "To check whether you need one, use the guide of Brussels Economy and Employment.",
        "Om na te gaan of u er een nodig hebt, gebruikt u de gids van de administratie.",
        "Pour vérifier s'il faut en demander une, laissez-vous guider par l'administration.",
        "Pour savoir s'il vous faut un permis, consultez le guide.",
        "Um zu prüfen, ob Sie eine brauchen, nutzen Sie den Leitfaden der Verwaltung.",
    ],
)
def test_an_obligation_asked_about_obliges_no_one_even_with_an_elided_si(sentence):
    assert conditions(f"<p>{sentence}</p>") == []


@pytest.mark.parametrize(
    ("heading", "lead_in", "item"),
    [
        (
            "Step 1: get your permit",
            "Some groups are exempt from this rule. Whether you obtain a permit depends on:",
            "your nationality;",
        ),
        (
            "Procedure",
            "Sommige groepen zijn vrijgesteld. Welk artikel geldt, hangt af van uw statuut:",
            "artikel 10: burgers met een onbeperkt verblijf;",
        ),
        (
            "Procédure",
            "Certains groupes sont dispensés. L'autorisation à demander dépend de :",
            "la durée du séjour ;",
        ),
        (
            "Verfahren",
            "Manche Gruppen sind befreit. Welche Erlaubnis Sie brauchen, hängt davon ab:",
            "wie lange Sie bleiben;",
        ),
    ],
)
def test_a_lead_in_saying_what_something_depends_on_names_no_kind(heading, lead_in, item):
    page = f"<h2>{heading}</h2><p>{lead_in}</p><ul><li>{item}</li></ul>"
    assert [row for row in conditions(page) if row[1] == item] == []


def test_items_after_depends_on_keep_their_own_obligation_and_an_outer_list_its_kind():
    page = (
        "<p>The hours you can work depend on your permit:</p><ul>"
        "<li>Limited permit? Then you may work at most 20 hours a week.</li></ul>"
        "<h2>Documents</h2><ul><li>An application form. Which form you use depends on your"
        " case:<ul><li>Form A for a renewal</li></ul></li></ul>"
    )
    assert conditions(page) == [
        ("requirement", "Limited permit? Then you may work at most 20 hours a week."),
        ("document", "An application form. Which form you use depends on your case:"),
        ("document", "Form A for a renewal"),
    ]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("How to register?", "Book an appointment at one of the offices."),
        ("Where to submit your file?", "Send the application to the regional office."),
        ("Hoe inschrijven?", "Maak een afspraak in een van de kantoren."),
        ("Waar moet u de aanvraag indienen?", "Stuur de aanvraag naar de regionale dienst."),
        ("Comment s'inscrire ?", "Prenez rendez-vous dans l'un des bureaux."),
        ("Où faut-il introduire la demande ?", "Envoyez la demande au service régional."),
        ("Wie melde ich mich an?", "Vereinbaren Sie einen Termin in einer der Dienststellen."),
        ("Wo muss ich den Antrag stellen?", "Senden Sie den Antrag an die Dienststelle."),
    ],
)
def test_a_heading_asking_how_or_where_to_apply_heads_steps(heading, sentence):
    assert conditions(f"<h2>{heading}</h2><p>{sentence}</p>") == [("step", sentence)]


# (A bare "When" heading over an authority's act was a case here; the label audit (GUIDE,
# 2026-12-07) settled that the stages under "When?" are steps: the GUIDE contract holds it.
# "Quand s'inscrire ?" over "Vous devez vous inscrire dès que possible." was one too, read as
# a requirement; the same entry settles a heading asking when to apply as a procedure's:
# tests/test_unseen_round12_steps.py holds it.)
@pytest.mark.parametrize(
    ("heading", "sentence", "kind"),
    [
        ("Wie kan deze vergunning aanvragen?", "Je verblijft wettig in België.", None),
    ],
)
def test_when_and_the_dutch_who_ask_no_procedure(heading, sentence, kind):
    page = f"<h2>{heading}</h2><p>{sentence}</p>"
    assert conditions(page) == ([(kind, sentence)] if kind else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Then ask someone who speaks Dutch to help you.",
        "Make your appointment below.",
        "Contact the office of your municipality.",
        "Neem daarna contact op met uw gemeente.",
        "Vraag daarna iemand die Nederlands spreekt om u te helpen.",
        "Ensuite, prenez contact avec votre commune.",
        "Dann wenden Sie sich an Ihre Gemeinde.",
    ],
)
def test_an_imperative_after_a_word_of_sequence_is_a_step_under_the_procedure(sentence):
    assert conditions(f"<h2>Procedure</h2><p>{sentence}</p>") == [("step", sentence)]


@pytest.mark.parametrize(
    "button",
    [
        "Make an appointment to register",
        "Maak een afspraak om u in te schrijven",
        "Prenez rendez-vous pour vous inscrire",
        "Vereinbaren Sie einen Termin zur Anmeldung",
    ],
)
def test_a_button_under_the_procedure_is_no_step(button):
    page = f'<h2>Procedure</h2><p><a href="#">{button}</a></p>'
    assert conditions(page) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Non-EU workers (in almost every case, trainees too) now need a single permit.",
        "Niet-EU-werknemers hebben voortaan (bijna altijd) een gecombineerde vergunning"
        " (single permit) nodig.",
        "Les travailleurs non européens ont désormais (presque toujours, stagiaires compris)"
        " besoin d'un permis unique.",
        "Die Arbeitgeber sind künftig (in fast allen Fällen, auch bei Praktikanten) für den"
        " Antrag verantwortlich.",
    ],
)
def test_words_in_brackets_do_not_part_an_obligation_from_its_verb(sentence):
    assert conditions(f"<p>{sentence}</p>") == [("requirement", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the obligation lapses for a group
        "For a few well-defined groups of foreigners this obligation lapses.",
        "Alleen voor enkele duidelijk omschreven groepen vervalt die verplichting.",
        "Pour quelques groupes bien définis, cette obligation disparaît.",
        "Für einige genau umschriebene Gruppen entfällt diese Pflicht.",
        # a group escapes it, a word between
        "Some categories of foreign nationals do however escape this obligation.",
        "Sommige categorieën ontsnappen evenwel aan deze verplichting.",
        "Certaines catégories échappent toutefois à cette obligation.",
        # an exemption possible in a case
        "If the project lasts less than 90 days, an exemption is possible.",
        "Duurt het project minder dan 90 dagen, dan is een vrijstelling van arbeidskaart"
        " mogelijk.",
        "Si le projet dure moins de 90 jours, une dispense de permis est possible.",
        "Dauert das Projekt weniger als 90 Tage, ist eine Befreiung möglich.",
        # not needed for a group, words between
        "A labour market test is therefore not required for this category.",
        "Een arbeidsmarktonderzoek is voor deze categorie niet nodig.",
        "Un examen du marché de l'emploi n'est donc pas nécessaire pour cette catégorie.",
        "Eine Arbeitsmarktprüfung ist für diese Gruppe nicht erforderlich.",
    ],
)
def test_an_obligation_that_lapses_or_is_escaped_for_a_group_is_an_exemption(sentence):
    assert conditions(f"<p>{sentence}</p>") == [("exemption", sentence)]


@pytest.mark.parametrize(
    "item",
    [
        "what your application file must contain",
        "wat uw aanvraagdossier moet bevatten",
        "ce que votre dossier doit contenir",
        "was Ihre Antragsakte enthalten muss",
        "de voorwaarden waaraan u moet voldoen",
        "die Bedingungen, denen Sie genügen müssen",
    ],
)
def test_a_link_naming_what_must_be_met_or_contained_states_nothing(item):
    page = f"<p>On this page you find:</p><ul><li>{item}</li></ul>"
    assert conditions(page) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # neither … nor … required (from half B)
        "In these cases neither a work permit nor a professional card is required.",
        "In die gevallen is noch een arbeidskaart noch een beroepskaart nodig.",
        "Dans ces cas, ni permis de travail ni carte professionnelle ne sont requis.",
        "In diesen Fällen ist weder eine Arbeitskarte noch eine Berufskarte erforderlich.",
        # the object first, the need negated after it
        "A work authorisation they do not need.",
        "Een toelating tot arbeid hebben zij niet nodig.",
        # a derogation an authority may grant
        "The competent body of your Member State may however grant a temporary derogation.",
        "De bevoegde minister kan in behartigenswaardige gevallen een afwijking toestaan.",
        "L'organisme compétent peut toutefois accorder une dérogation temporaire.",
        "Die zuständige Einrichtung kann aber eine zeitweilige Abweichung davon gestatten.",
    ],
)
def test_from_half_b_neither_nor_and_a_granted_derogation_lift_the_obligation(sentence):
    assert conditions(f"<p>{sentence}</p>") == [("exemption", sentence)]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Every residence card must state the holder's access to work. There are three mentions:",
        "Elke verblijfskaart moet de toegang tot arbeid vermelden. Er bestaan drie vermeldingen:",
        "Chaque titre de séjour doit mentionner l'accès au travail. Il existe trois mentions :",
        "Jeder Aufenthaltstitel muss den Zugang zur Arbeit angeben. Es gibt drei Vermerke:",
    ],
)
def test_from_half_b_an_obligation_before_a_lead_in_does_not_make_its_items_requirements(
    lead_in,
):
    page = f"<p>{lead_in}</p><ul><li>Labour market: limited</li></ul>"
    assert [kind for kind, text in conditions(page) if text.startswith("Labour")] == []


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("How does the renewal procedure work?", "The employer sends the file to the department."),
        ("Hoe verloopt de procedure?", "De werkgever stuurt het dossier naar de afdeling."),
        ("Comment se déroule la procédure ?", "L'employeur envoie le dossier au service."),
        ("Wie läuft das Verfahren ab?", "Der Arbeitgeber schickt die Akte an die Abteilung."),
    ],
)
def test_from_half_b_a_heading_asking_how_the_procedure_runs_heads_steps(heading, sentence):
    assert conditions(f"<h2>{heading}</h2><p>{sentence}</p>") == [("step", sentence)]


@pytest.mark.parametrize(
    "heading",
    [
        "What data do you need to create an account?",
        "Welke gegevens hebt u nodig om een account te maken?",
        "Quelles données faut-il pour créer un compte ?",
        "Welche Daten brauchen Sie für ein Konto?",
    ],
)
def test_from_half_b_a_heading_asking_what_data_heads_documents(heading):
    page = f"<h2>{heading}</h2><ul><li>your e-mail address,</li><li>date of birth,</li></ul>"
    assert [kind for kind, _ in conditions(page)] == ["document", "document"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Since 1 April 2015 you must contact the competent bodies for more information:",
        "Sinds 1 april 2015 moet u zich voor meer informatie tot de bevoegde diensten richten:",
        "Depuis le 1er avril 2015, vous devez vous adresser aux institutions compétentes pour"
        " obtenir plus d'informations :",
        "Seit dem 1. April 2015 müssen Sie sich für weitere Informationen an die zuständigen"
        " Stellen wenden:",
    ],
)
def test_from_half_b_an_obliging_lead_in_to_more_information_lists_places(lead_in):
    page = f"<p>{lead_in}</p><ul><li>Service public de Wallonie</li></ul>"
    assert [t for _, t in conditions(page) if t.startswith("Service")] == []


@pytest.mark.parametrize(
    ("lead_in", "kind"),
    [
        ("For the following nationals the rules on foreign workers still apply:", "requirement"),
        (
            "Voor de volgende onderdanen blijft de regeling over buitenlandse werknemers gelden"
            " (arbeidskaart B of vrijstelling):",
            "requirement",
        ),
        ("La réglementation reste d'application pour les ressortissants suivants :", "requirement"),
        ("Für folgende Staatsangehörige gilt die Regelung weiterhin:", "requirement"),
        ("Voor de volgende groepen geldt een vrijstelling:", "exemption"),
    ],
)
def test_from_half_b_a_lead_in_saying_whom_the_rules_still_bind_lists_requirements(
    lead_in, kind
):
    page = f"<p>{lead_in}</p><ul><li>au pairs;</li><li>researchers with an agreement;</li></ul>"
    assert [k for k, _ in conditions(page)] == [kind, kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "To find out at which consular office you should lodge your application, click here.",
        "Om te weten bij welk loket u de aanvraag moet indienen, klikt u hier.",
        "Pour savoir à quel bureau vous devez adresser la demande, cliquez ici.",
        "Um zu erfahren, bei welcher Stelle Sie den Antrag stellen müssen, klicken Sie hier.",
    ],
)
def test_from_half_b_an_obligation_after_finding_out_where_is_asked(sentence):
    assert conditions(f"<p>{sentence}</p>") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This is possible for temporary assignments of at most 24 months.",
        "Dit is mogelijk voor tijdelijke opdrachten van maximaal 24 maanden.",
        "C'est possible pour des missions temporaires de 24 mois au maximum.",
        "Möglich ist dies für zeitweilige Beschäftigungen oder Aufträge in Belgien von"
        " höchstens 24 Monaten.",
        "From now on it is up to the Walloon Region to issue this authorisation.",
        "Voortaan is het aan het Waals Gewest om deze toelating af te geven.",
        "Il appartient dorénavant à la Région wallonne de délivrer ce type d'autorisation.",
        "Künftig obliegt es der Wallonischen Region, diese Genehmigung zu erteilen.",
    ],
)
def test_from_half_b_a_limit_of_what_is_possible_and_whose_task_it_is_are_requirements(
    sentence,
):
    assert conditions(f"<p>{sentence}</p>") == [("requirement", sentence)]


@pytest.mark.parametrize(
    "lead_in",
    [
        "To show their means, students can provide proof in one of the following ways:",
        "Om hun middelen aan te tonen, kunnen studenten op een van de volgende manieren het"
        " bewijs leveren:",
        "Pour établir leur solvabilité, les étudiants peuvent apporter la preuve de moyens"
        " suffisants d'une des façons suivantes :",
        "Um ihre Mittel zu belegen, können Studierende den Nachweis auf eine der folgenden"
        " Arten erbringen:",
    ],
)
def test_from_half_b_a_lead_in_asking_for_proof_lists_documents(lead_in):
    page = f"<p>{lead_in}</p><ul><li>Grant holder: 2 copies of the grant award.</li></ul>"
    assert [kind for kind, _ in conditions(page)] == ["document"]
