"""Conditions: what a person, employer or host family must meet, the documents to give,
the steps of the procedure and the exemptions, each with its section and order.

A list item is a condition when a heading or lead-in above it names a condition-like
subject, or when it states an obligation; a sentence of a paragraph, when it states an
obligation. Lead-ins that only announce a list ("The au pair:") are not conditions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parsers.blocks import AHEAD_WORDS, ANNOUNCES, ANNOUNCES_AHEAD, Block
from parsers.frozen import fast_init
from parsers.lexicon import CaseBlind, alternation, lowered, merged
from parsers.needles import minimal
from parsers.text import WORD, identity_text, text_memo  # noqa: F401 (re-exported)

LEX = merged()
# Dutch "wie" after a preposition asks to whom, not who: "Bij wie moet u de aanvraag
# indienen?" asks where to apply, "Wie moet …?" who must.
_TO_WHOM = r"(?<!\bbij\s)(?<!\baan\s)(?<!\bmet\s)(?<!\bdoor\s)"


def _heading_pattern(words) -> re.Pattern:
    asks_who = [w for w in words if w.lower().startswith("wie ")]
    rest = [w for w in words if not w.lower().startswith("wie ")]
    branches = [f"{_TO_WHOM}(?:{alternation(asks_who)})"] if asks_who else []
    branches.append(f"(?:{alternation(rest)})")
    return re.compile(rf"(?<![\w])(?:{'|'.join(branches)})(?![\w])", re.IGNORECASE)


_HEADING_KINDS = [(kind, _heading_pattern(words)) for kind, words in LEX.headings.items()]
_NAMES_DOCUMENTS = dict(_HEADING_KINDS)["document"]
_TAIL = re.compile(r"[^\W\d_]{7,}")
# Dutch and German write a heading's subject as the last part of a compound word
# ("Zugangsvoraussetzungen", "Antragsverfahren", "toelatingsvoorwaarden"): the one-word
# heading phrases of seven letters or more, found at the end of a longer word.
_COMPOUND_TAILS = [
    (
        kind,
        re.compile(
            rf"(?<=[^\W\d_]{{3}})(?:{alternation(filter(_TAIL.fullmatch, words))})(?![\w])",
            re.IGNORECASE,
        ),
    )
    for kind, words in LEX.headings.items()
]
# "…" in a phrase of the lexicons ("heeft … nodig", "moet … geen"): up to five words, none
# opening a clause of its own ("moet ervoor zorgen dat hij geen…" lifts nothing).
_GAP = (
    # a relative or a conjunction opens another clause, unless it only points at a case ("heeft
    # in dat geval een vergunning nodig", "must in that case file …")
    r"(?:\s+(?!(?:dat|die|om|that|which|who|que|qui|dont|dass|welche)\b"
    r"(?!\s+(?:geval|gevallen|case|cases)\b))"
    r"(?:[^\s.;:]|(?<=\d)\.)+){0,6}\s+"  # "seit dem 1. Januar 2019": a day's dot is no end
)


def _phrase(words: str) -> str:
    return _GAP.join(alternation([part.strip()]) for part in words.split("…"))


def _phrases(words) -> str:
    """An alternation of lexicon phrases, '…' standing for a few words (see _GAP): the
    phrases with a gap first, then the others as one prefix tree (longest first)."""
    gapped = [_phrase(w) for w in words if "…" in w]
    plain = [w for w in words if "…" not in w]
    return "|".join([*gapped, alternation(plain)] if plain else gapped)


OBLIGATION = CaseBlind(rf"(?<![\w])(?:{_phrases(LEX.obligation)})(?![\w])")
# An obligation word that is not the sentence's own: the noun "the needs of the market", a
# relative clause ("people who need permission to work", "die keine Berufskarte brauchen",
# "dont le travailleur a besoin") or an indirect question ("Whether he needs a permit
# depends on …", "Ob Sie eine Erlaubnis brauchen, hängt …", "why it is needed").
# A limit or an exclusive permission stated without an obligation word restricts the reader
# like "may not" (GUIDE, settled at 23:20): "remains limited to 5 months in 12", "mag
# maximaal 90 dagen werken", "each certificate may be at most 6 months old", "only the
# employer can file the application", "seul l'employeur peut introduire la demande". How long
# something can take ("can take up to 3 weeks") restricts no one.
_MODAL = rf"(?:{alternation(LEX.modals)})"  # (one home: the lexicons' modals)
# An upper bound said in words, in the four languages; after a modal its negated forms too.
_AT_MOST = (
    # (the bound as an adjective of the duration too: "met een maximale duur van", "avec une
    # durée maximale de", "mit einer Höchstdauer von")
    r"maximale|maximalen|höchstdauer|maximaldauer|"
    r"at most|at the most|up to|no more than|maximum|maximaal|hoogstens|ten hoogste|au maximum|"
    r"au plus|tout au plus|höchstens|maximal|bis zu"
)
# A grant bounded by what it may not go beyond: "sans pouvoir dépasser trois ans", "without
# exceeding", "zonder … te overschrijden", "ohne … zu überschreiten".
_WITHOUT_EXCEEDING = (
    r"sans (?:pouvoir )?(?:dépasser|excéder)|without (?:going beyond|exceeding)"
    r"|zonder (?:[^\s.;:,]+ ){0,3}te (?:overschrijden|boven te gaan)"
    r"|ohne (?:[^\s.;:,]+ ){0,3}zu (?:überschreiten|übersteigen)"
)
_GRANT_AUXILIARY = r"is|are|be|been|wordt|worden|werd|est|sont|sera|seront|wird|werden|wurde"
_GRANTED = alternation(LEX.granted + tuple(w for w in LEX.validity if " " not in w))
_NOT_MORE_THAN = r"not more than|niet meer dan|pas plus de|nicht mehr als"
_LIMITS = CaseBlind(
    # (not negated: "Deze arbeidskaarten zijn niet beperkt tot negentig dagen", "is not limited
    # to", "n'est pas limitée à", "ist nicht auf … beschränkt" set no bound)
    # (the words looked ahead before the look-behinds: six look-behinds tried at every
    # position of every sentence cost 2.7 ms of CPU a benchmark page, a fifth of extraction)
    r"\b(?=limit|restrict|beperkt|begrenzt|beschränkt)"
    r"(?<!\bnot )(?<!\bniet )(?<!\bpas )(?<!\bnicht )(?<!\bno longer )(?<!\bniet langer )"
    r"(?:limited to|restricted to|beperkt tot|limitée?s? à|begrenzt auf|beschränkt auf)\b"
    r"|\b(?=auf\b|tot\b)(?<!\bnicht )(?<!\bniet )(?:auf|tot)\b[^.;:]{0,40}?"
    r"(?<!\bnicht )(?<!\bniet )"
    r"\b(?:begrenzt|beschränkt|beperkt)\b"  # verb-final
    rf"|\b{_MODAL}\b(?!\s+(?:take|duren|prendre|dauern)\b)[^.;:]{{0,60}}?"
    rf"\b(?:{_AT_MOST}|{_NOT_MORE_THAN})\b"
    rf"|\b(?:only|alleen|enkel|slechts|uitsluitend|seule?s?|uniquement|seulement|nur"
    rf"|ausschließlich)\b[^.;:,]{{0,50}}?\b{_MODAL}\b"
    # the modal first: "can only work for the employer who applied", "kan alleen werken voor",
    # "kann nur … arbeiten", "ne peut travailler que pour"; "mag pas … als", "darf erst …
    # wenn": only once something holds
    rf"|\b{_MODAL}\b[^.;:,]{{0,40}}?\b(?:{alternation(LEX.only)})\b"
    # a permission bound to a condition, across the comma that closes it: "Alleen als je je
    # verblijfsrecht op basis van studies hebt gekregen, kun je van deze regeling gebruikmaken"
    rf"|\b(?:{alternation(LEX.only_if)})\b[^.;:]{{0,120}}?\b{_MODAL}\b"
    r"|\bne\s+(?:peut|peuvent|pourra)\s+[^.;:,]{0,40}?\bque?\b"
    # possible only up to a limit: "Möglich ist dies für Aufträge von höchstens 24 Monaten"
    rf"|\b(?:possible|mogelijk|möglich)\b[^.;:]{{0,90}}?\b(?:{_AT_MOST})\b"
    # a grant or a validity bounded from above: "is granted for at most three years", "is
    # maximaal een jaar geldig", "accordée pour trois ans au maximum" (GUIDE 22:58, label audit)
    rf"|\b(?:{_GRANTED})\b[^.;:]{{0,40}}?\b(?:{_AT_MOST})\b"
    # a grant said in the passive, its bound closing the sentence: "is granted for the length
    # of the contract, with a maximum duration of one year", "wordt toegekend voor de duur
    # van de detachering, met een maximum van drie jaar", "est accordée pour la durée du
    # détachement, sans pouvoir dépasser trois ans", "wird für die Dauer des Vertrags erteilt,
    # höchstens aber für ein Jahr" (not "a valid permit …" nor "a mandate granted …")
    rf"|\b(?:{_GRANT_AUXILIARY})\s+(?:[^\s.;:,]+\s+){{0,6}}?(?:{alternation(LEX.granted)})\b"
    rf"[^.;:]{{0,160}}?\b(?:{_AT_MOST}|{_WITHOUT_EXCEEDING})\b"
    rf"|\b(?:{_AT_MOST})\b[^.;:]{{0,40}}?\b(?:{_GRANTED})\b"
    # valid only as, open only to, reserved for: "geldt alleen als bewijs", "is only valid
    # as", "ne vaut que comme", "gilt nur als"; "is only open to", "staat alleen open voor",
    # "n'est ouverte qu'aux", "steht nur … offen"; "is reserved for", "is voorbehouden aan",
    # "est réservée aux", "ist … vorbehalten" (an exclusive permission, GUIDE 22:58)
    r"|\b(?:geldt|gelden|gilt|gelten)\s+(?:alleen|enkel|slechts|uitsluitend|nur)\s+(?:als|für|voor)\b"
    r"|\bne\s+(?:vaut|valent)\s+que\b|\bn['’](?:est|sont)\s+(?:valables?|ouverte?s?)\s+qu"
    r"|\b(?:is|are)\s+only\s+(?:valid|open|available)\b|\bonly\s+(?:valid|open)\s+(?:as|to|for)\b"
    r"|\b(?:is|zijn)\s+(?:alleen|enkel|slechts|uitsluitend)\s+(?:geldig|open)\b"
    r"|\b(?:staat|staan)\s+(?:alleen|enkel|slechts|uitsluitend)\s+open\b"
    r"|\b(?:est|sont)\s+(?:uniquement|seulement)\s+(?:valables?|ouverte?s?)\b"
    r"|\b(?:ist|sind)\s+nur\s+(?:gültig|offen)\b|\b(?:steht|stehen)\s+nur\b[^.;:]{0,60}?\boffen\b"
    r"|\b(?:is|are)\s+(?:\w+\s+)?reserved\s+(?:for|to)\b|\bvoorbehouden\s+(?:aan|voor)\b"
    r"|\b(?:est|sont)\s+(?:\w+\s+)?réservée?s?\s+(?:aux|à|au)\b"
    r"|\b(?:ist|sind)\b[^.;:,]{0,60}?\bvorbehalten\b"
    # a validity said to hold only so long: "valid for one year only", "valable pour une
    # seule année", "geldt … slechts voor een beperkte tijd", "gilt nur für ein Jahr" (GUIDE
    # label audit: validity limits are requirements)
    r"|\b(?:valid|geldig|geldt|gelden|valable|valables|gültig|gilt|gelten)\b[^.;:]{0,50}?"
    r"\b(?:only|slechts|seulement|uniquement|nur)\b"
    r"|\bvalables?\s+(?:pour|durant|pendant)\s+(?:une seule|un seul)\b"
    r"|\b(?:only|slechts|seulement|uniquement|nur)\b[^.;:,]{0,30}?\b(?:gültig|geldig|valables?)\b"
    r"|\b(?:valid|geldig|gültig)\s+(?:for|voor|für)\s+(?:a single|één enkel|ein einziges)\b"
    # a permission bound to a condition after a comma: "may work here, provided that they
    # hold …", "mag werken, op voorwaarde dat …", "peut travailler, à condition que …",
    # "dürfen arbeiten, sofern …" (a requirement: the condition is the reader's to meet)
    rf"|\b{_MODAL}\b[^.;:]{{0,80}}?,\s*(?:on condition that|provided that|provided|as long as"
    r"|op voorwaarde dat|mits|voor zover|zolang|à condition que|à condition qu|à condition de"
    r"|à condition d|pour autant que|pour autant qu|sous réserve que|sous réserve qu|sofern"
    r"|vorausgesetzt|unter der bedingung|solange)\b"
)
# An exclusive permission: a modal narrowed by "only" ("only a lawyer may represent you", "mag
# alleen een advocaat", "seul un avocat peut", "darf nur ein Anwalt"), the two "only" forms of
# _LIMITS. Under a procedure heading it binds, a requirement (GUIDE 22:58, label audit: "so
# does an exclusive permission"), in a list too; a ban there keeps the heading's kind (round 7).
_EXCLUSIVE = re.compile(
    rf"\b(?:only|alleen|enkel|seule?s?|nur)\b[^.;:,]{{0,50}}?\b{_MODAL}\b"
    # (not "pas", "maar": the French negation and "but" are spelled so too)
    rf"|\b{_MODAL}\b[^.;:,]{{0,40}}?\b(?:{alternation(set(LEX.only) - {'pas', 'maar'})})\b",
    re.IGNORECASE,
)
# An exclusive permission without a modal: a sentence opening on "only" and the group it
# admits ("Only students who graduated in Belgium are eligible.", "Alleen studenten die …
# komen in aanmerking.", "Seuls les étudiants diplômés … sont concernés.", "Nur Studierende, die
# …, kommen in Frage."), or a thing meant only for some ("Appointments are intended only for
# first registrations", "uitsluitend bedoeld voor", "réservés exclusivement aux", "nur für …
# bestimmt"): a requirement, as "may only" is (GUIDE 22:58; round-14 label audit).
_ONLY_GROUP = re.compile(
    r"^\W*(?:only|solely|alleen|enkel|uitsluitend|seul(?:e|s|es)?|uniquement|nur|ausschließlich"
    r"|lediglich)\s+(?:(?:the|de|het|les|le|la|die|der|das|den)\s+)?[^\W\d_]{3,}",
    re.IGNORECASE,
)
# what the group admitted by "only" is: eligible, admitted, entitled or concerned
_ELIGIBLE = re.compile(
    r"\b(?:eligible|qualify|qualifies|(?:is|are)\s+(?:admitted|accepted|concerned|entitled)"
    r"|have\s+(?:the\s+)?right|has\s+(?:the\s+)?right"
    r"|in\s+aanmerking|toegelaten|(?:hebben|heeft)\s+recht|zijn\s+betrokken|is\s+betrokken"
    r"|éligibles?|admise?s?|concernée?s?|(?:ont|a)\s+droit|bénéficient|peuvent\s+bénéficier"
    r"|in\s+frage|berechtigt|zugelassen|(?:haben|hat)\s+anspruch|anspruchsberechtigt"
    r"|betroffen)\b",
    re.IGNORECASE,
)
_MEANT_ONLY = CaseBlind(
    r"\b(?:(?:only|solely|exclusively|alleen|enkel|uitsluitend|uniquement|exclusivement"
    r"|seulement|nur|ausschließlich)\s+(?:meant|intended|reserved|open|bedoeld|voorbehouden"
    r"|bestemd|destinée?s?|réservée?s?|ouverte?s?|prévue?s?|bestimmt|vorbehalten|gedacht"
    r"|offen)\s+(?:for|to|voor|aan|à|aux|au|pour|für)"
    r"|(?:meant|intended|reserved|open|bedoeld|voorbehouden|bestemd|destinée?s?|réservée?s?"
    r"|ouverte?s?|prévue?s?)\s+(?:only|solely|exclusively|alleen|enkel|uitsluitend|uniquement"
    r"|exclusivement|seulement)\s+(?:for|to|voor|aan|à|aux|au|pour)"
    r"|nur\s+für\s[^.;:]{1,60}?\b(?:bestimmt|vorgesehen|gedacht|offen))\b",
    # every form holds its "only" word
    ("only", "solely", "exclusiv", "alleen", "enkel", "uitsluitend", "uniquement", "seulement",
     "nur", "ausschließlich"),
)
# A heading that defines who counts as something (GUIDE, settled at 23:20: "Who is considered
# a frontier worker?", "Qui est travailleur frontalier ?", "Wie geldt als hooggeschoolde?")
# is about whom the rules apply to: its defining sentences are requirements. "Qui est
# dispensé ?" and "Who is exempt?" name other kinds, "What is an au pair?" defines a thing.
_DEFINES_WHO = re.compile(
    r"^(?:who (?:is considered|counts as|is an?)\b"
    r"|wie (?:geldt als|wordt beschouwd als|wordt als \S+(?: \S+)? beschouwd|is een)\b"
    r"|qui est (?:considérée?s? |(?![\w'’-]*(?:é|ée|és|ées)\b)[\w'’-]+)"
    r"|wer (?:gilt als|ist ein)\b"
    # when someone counts as one: "When am I a frontier worker?", "Wann bin ich Grenzgänger?"
    r"|when (?:am i|are you|is someone)\b"
    r"|wanneer (?:ben (?:ik|je|u)|is iemand)\b"
    r"|quand (?:suis-je|êtes-vous|est-on)\b"
    r"|wann (?:bin ich|sind sie|ist man)\b)",
    re.I,
)


def _defines_who(heading: str) -> bool:
    """Whether a heading defines who counts as something, also after a label ("Au pairs:
    Who is an au pair?", "Au-pairs: Wer ist ein Au-pair-Jugendlicher?")."""
    return bool(_DEFINES_WHO.match(heading.rsplit(":", 1)[-1].strip()))


# A line that labels the time a stage takes or is left to act ("Délai : 2 jours ouvrables",
# "Frist für die Anmeldung: 3 Werktage"): a step under a procedure heading (devset-u), while a
# line giving only a fee or a validity is none.
# Dutch and German write the delay as the last part of a compound ("Uitgiftetermijn: in
# principe 2 weken", "Ausstellungsfrist: …"): its one-word names of five letters or more.
_DELAY_TAILS = alternation(w for w in LEX.delay if len(w) >= 5 and " " not in w)
_DELAY_WORDS = rf"(?:[^\W\d_]{{3,}}(?:{_DELAY_TAILS})|{alternation(LEX.delay)})"
# (the time given in figures, or in at most eight words: "Ausstellungsfrist: unterschiedlich,
# je nach Datum des Polizeiberichts")
_DELAY_LINE = re.compile(
    rf"^\s*{_DELAY_WORDS}\b[^:]{{0,40}}:\s*(?:[^.;]{{0,30}}?\d|(?:[^\s.;:]+[\s,]*){{1,8}}$)",
    re.IGNORECASE,
)
# A heading that is only a delay ("Délai", "Termijn", "Frist", "Processing time"): a line
# under it labelled with the procedure it times ("procédure normale : 2 à 3 semaines",
# "spoedprocedure: 1 werkdag") is the time a stage takes, a step like "Délai : 2 jours
# ouvrables" (GUIDE, devset-u). Other sentences there ("Processing usually takes 1 month")
# are read as any other.
# A lead-in opened by the time limit of filing ("Deadline for submitting the file:",
# "Uiterste datum voor het indienen van de aanvraag:", "Date limite du dépôt de dossier :",
# "Frist für die Einreichung des Antrags:"): its items give the time of filing for each case,
# steps as a line "Délai : 2 jours ouvrables" is (GUIDE devset-u; round 14: the offices,
# channels or times of filing).
# A lead-in announcing what is handled at a counter or through a channel ("Only the following
# can be done at the counter:", "Enkel het volgende kan aan het loket:", "Seules les démarches
# suivantes se font au guichet :", "Folgendes wird per E-Mail erledigt:"): its items are the
# formalities handled there, steps (GUIDE devset-ak).
_ENDS_AT_A_COUNTER = re.compile(
    r"\b(?:at|aan|au|am|bij|via|per|by|par|über)\s+(?:(?:the|het|de|le|la|l['’]|dem|der|den)\s*)?"
    r"(?:counters?|desks?|loketten|loket|balie|guichets?|schalter|e-mail|email|mail|courriel"
    r"|post|poste)\b(?:\s+[^\W\d_]+){0,2}\s*:?\s*$",
    re.IGNORECASE,
)
_DELAY_LEAD = re.compile(rf"^\s*{_DELAY_WORDS}(?![\w])", re.IGNORECASE)
# The times a lead-in announces: "within the following time limits", "binnen de volgende
# termijnen", "dans les délais suivants", "innerhalb der folgenden Fristen".
_TIMES_AHEAD = re.compile(
    rf"\b(?:following|volgende|folgenden)\s+(?:{alternation(LEX.delay)})s?\b"
    rf"|\b(?:{alternation(LEX.delay)})s?\s+(?:suivants?|suivantes|below|hieronder|ci-dessous)\b"
    r"|\b(?:termijnen|fristen|deadlines|time limits)\b(?=[^:]*:\s*$)",
    re.IGNORECASE,
)
_DELAY_HEADING = re.compile(rf"^\s*{_DELAY_WORDS}\s*:?\s*$", re.IGNORECASE)
_GIVES_TIME = re.compile(r"\d|\b(?:one|een|un|une|ein|eine)\b", re.IGNORECASE)


# A heading or a lead-in (ending with ":", read as a heading, GUIDE) that names a time and
# at most the stage it times: "Delivery time", "Délai de délivrance", "Levertermijn",
# "Ausstellungsfrist:" — the time of each route listed under it is a step, as under "Délai".
_DELAY_OF_A_STAGE = re.compile(
    rf"^\s*(?:[^\W\d_]+\s+)?{_DELAY_WORDS}"
    r"(?:\s+(?:de|du|des|of|for|van|voor|der|für|zur|zum)\s+"
    r"(?:(?:la|le|les|the|het|de|die|der|den|dem)\s+)?[^\W\d_]+"
    r"|\s+d['’][^\W\d_]+)?\s*:?\s*$",
    re.IGNORECASE,
)
# A route of the procedure as a label, its word alone or a compound's last part ("Normal
# procedure", "spoedprocedure", "procédure d'urgence", "Dringlichkeitsverfahren", "Eilverfahren").
_VARIANT_OF_PROCEDURE = re.compile(r"procedure|procédure|procedur|verfahren", re.IGNORECASE)


def _time_under_delay_heading(block: Block, text: str) -> bool:
    label = _LABEL.match(text) if ":" in text else None  # (a cheap gate: every sentence)
    if not label and ":" in text and "(" in text:
        # "Eilverfahren (Antrag vor 15 Uhr): 1 Arbeitstag": the route's note set aside
        text = _IN_BRACKETS.sub(" ", text)
        label = _LABEL.match(text)
    if not label:
        return False
    if block.section and _DELAY_HEADING.match(block.section[-1]):
        return bool(
            _PROCEDURE.found_in(label.group(1)) and _GIVES_TIME.search(text, label.end(1))
        )
    # (the nearest of a lead-in and a heading, where it names a time and its stage, and an
    # item labelled with a route of the procedure: the times of a list of routes)
    nearest = block.lead_ins[-1] if block.lead_ins else block.section[-1] if block.section else ""
    return bool(
        nearest
        and _DELAY_OF_A_STAGE.match(nearest)
        and _VARIANT_OF_PROCEDURE.search(label.group(1))
        and _GIVES_TIME.search(text, label.end(1))
    )


# How long a stage takes, the stage named before the verb and the time after it: "Processing a
# professional card usually takes around 5 months", "De behandeling van uw visum neemt niet meer
# dan een week in beslag", "Le traitement du dossier prend deux mois", "Die Bearbeitung dauert
# etwa 5 Monate" — under a heading about the procedure, a step, as a line "Délai : 2 jours
# ouvrables" is (GUIDE, devset-u: the time a stage takes). Under a heading that is only a delay
# ("Processing time", "Termijn") such a sentence is read as any other (round 9's settled test).
_TAKES_TIME = CaseBlind(rf"(?<![\w])(?:{_phrases(LEX.takes_time)})(?![\w])")
_STAGE_NOUN = CaseBlind(
    rf"(?<![\w])(?:{alternation(LEX.lodging + LEX.stages + LEX.procedure)})(?![\w])"
)


def _time_a_stage_takes(sentence: str) -> bool:
    """Whether a sentence says how long a named stage takes, in figures or "one"/"een"."""
    lower = lowered(sentence)
    takes = next(_TAKES_TIME.finditer(sentence, lower), None)
    return bool(
        takes
        and _STAGE_NOUN.found_in(sentence[: takes.start()])
        and _GIVES_TIME.search(sentence, takes.start())
        and not _depends_on(sentence)  # what the time depends on tells no stage (tells_stage)
    )


# A line that only gives a fee or a validity ("Coût : 5,00 EUR", "Preis: 20,40 EUR (18-65
# J.)", "Kostprijs: gratis", "Validité : 5 ans") is no condition, its number an amount as
# usual (GUIDE, devset-u): a fee word (the amounts' not_pay, read here, "Kostprijs" too) or a
# validity word, a colon, and what follows names no obligation.
_FEE_OR_VALIDITY_LINE = re.compile(
    rf"^\s*(?:(?:{alternation(LEX.not_pay)})[^\W\d_]*|(?:{alternation(LEX.validity)}))"
    r"(?:\s+[^\s:]+){0,3}\s*:\s",
    re.IGNORECASE,
)


# A lead-in that announces prices ("Seit dem 01.01.2020 gelten diese Tarife:", "The following
# fees apply:", "Les tarifs suivants s'appliquent :", "Deze tarieven gelden:"): its items give
# what each card costs, no condition (GUIDE devset-u: a line giving a fee is none).
_FEE_WORD = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.not_pay)})")


def _in_a_price_list(block: Block) -> bool:
    if not block.lead_ins:
        return False
    lead = _last_sentence(block.lead_ins[-1])
    return (
        _FEE_WORD.found_in(_last_clause(lead))
        and not lifts_obligation(lead)
        and not _ATTACH.found_in(lead)
        and not states_obligation(block.text)
    )


def _fee_heading(heading: str) -> bool:
    """Whether a short heading names only a fee ("Price?", "Kostprijs", "Coût", "Gebühren"):
    under a procedure heading it names no case of it, and an item there giving a price (with
    whom or when it applies) is a fee line, no row (GUIDE devset-u), while paying stays a
    step."""
    return len(heading.split()) <= 3 and _FEE_WORD.found_in(heading)


def _only_fee_or_validity(text: str) -> bool:
    return bool(_FEE_OR_VALIDITY_LINE.match(text)) and not states_obligation(text)


# In a "bring the following" list an item that only gives a fee ("€ 15.", "10 euros.", "A
# small fee is charged.") is no condition, while one that gives a fee beside something to
# bring or do ("2 photos, € 20", "52 euros (payment by card only)") is a document (GUIDE,
# devset-zb): what is left once the figures are gone names nothing but a fee.
_MONEY_FIGURE = re.compile(r"(?:€|\beur\b|\beuros?\b|[\d.,]+)", re.IGNORECASE)
_CURRENCY = re.compile(r"€|\beur\b|\beuros?\b", re.IGNORECASE)
_DOCUMENT_NOUN = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.document_nouns)})(?![\w])")


# A fee line that says none is charged ("The procedure is free.", "De aanvraag is gratis.",
# "La procédure est gratuite.", "Die Anmeldung ist kostenlos."): a fee of nothing, no condition
# like "A small fee is charged." (GUIDE devset-u, devset-zb).
_FREE = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.free)})(?![\w])")


# A note in brackets saying from or until when a price holds ("(vanaf 1 januari 2023)", "(from
# 1 January 2023)", "(à partir du 1er janvier 2023)", "(ab 1. Januar 2023)", "(tarif 2024)"):
# part of a price line, not something named beside the fee (from half B,
# flanders-residence-card-kasterlee-nl: a price list by card type, read as steps).
_DATED_NOTE = re.compile(r"\((?=[^()]*\b(?:19|20)\d\d\b)[^()]{0,60}\)")


def _only_a_fee(text: str) -> bool:
    label, colon, price = text.rpartition(":")
    price = _DATED_NOTE.sub(" ", price)
    # (a label with a figure of its own gives a stage's time: "spoedprocedure 1 werkdag:")
    if (
        colon
        and label.strip()
        and not re.search(r"\d", label)
        and _CURRENCY.search(price)
        and not WORD.findall(_MONEY_FIGURE.sub(" ", price))
    ):
        return True  # "Carte d'identité d'étranger : 5 EUR": a line of a price list
    rest = _MONEY_FIGURE.sub(" ", text)
    words = WORD.findall(rest)
    if not words:
        return bool(re.search(r"\d", text))  # "€ 15.", "10 euros."
    # with words, a sentence that says a fee is charged ("Es wird eine kleine Gebühr
    # erhoben."); a label naming a paper ("Zahlungsbeweis der administrativen Kosten") is one
    return (
        len(text.split()) <= 8
        and text.rstrip().endswith(".")
        and (_FEE_WORD.found_in(rest) or _FREE.found_in(rest))
        and not _DOCUMENT_NOUN.found_in(rest)
        and not _BRING.found_in(rest)
        and not _ATTACH.found_in(rest)
        and not states_obligation(text)
    )


# A heading that asks who ("Who can apply?", "Wie kan …", "Qui peut …", "Wer kann …").
_ASKS_WHO = re.compile(r"^\s*(?:who|wie|qui|wer)\b", re.IGNORECASE)
_EXAMPLE = re.compile(
    r"^(?:for example|example|e\.g\.|bijvoorbeeld|voorbeeld|par exemple|exemple|zum beispiel|"
    r"beispiel|z\.b\.)",
    re.I,
)
# Asked about, not stated: "Whether he needs a permit depends on …", "check whether …",
# "Vérifiez d'abord si …"; German and Dutch close such a clause on its verb ("Ob Sie für
# eine Beschäftigung in Belgien eine Arbeitserlaubnis brauchen, …"), so it may be longer.
_ASKED = re.compile(
    r"(?:\b(?:whether|why|waarom|pourquoi|warum)\s+(?:[^\s,.;:]+\s+){0,6}"
    r"|\b(?:vérifie\w*|voir|savoir|examine\w*)\s+(?:d'abord\s+)?(?:si\s+|s['’])"
    r"(?:[^\s,.;:]+\s+){0,6}"  # "vérifier s'il faut …": the elided "si"
    r"|\b(?:ob|(?:controleer|kijk|nagaan|bekijk)\s+(?:eerst\s+)?of)\s+(?:[^\s,.;:]+\s+){0,9}"
    # "To find out at which consular office you should lodge …", "om te weten bij welk
    # loket u moet …", "pour savoir à quel bureau vous devez …", "erfahren, bei welcher
    # Stelle Sie … müssen": a question word after a verb of finding out
    r"|\b(?:find out|to know|to see|to check|te weten|na te gaan|uit te zoeken|te zien|savoir|"
    r"trouver|découvrir|erfahren|herausfinden|wissen),?\s+(?:(?:at|in|to|bij|in|à|auprès de|"
    r"bei|an)\s+)?(?:which|where|how|when|what|welk|welke|waar|hoe|wanneer|wat|quel|quelle|"
    r"quels|quelles|où|comment|quand|welche[mnrs]?|wo|wie|wann|was)\s+(?:[^\s,.;:]+\s+){0,9})$",
    re.I,
)
# The need-words (GUIDE, settled case 1) also name what a group is: "the needs of the
# market", "people who need permission to work", "qui n'ont pas besoin de permis",
# "Personen, die keine Berufskarte brauchen", "werknemers die een toelating nodig hebben".
# In such a relative clause they describe the noun; an obligation of the sentence is the
# main verb ("A frontier worker who works in Flanders needs a permit").
_NEED = re.compile(r"need|besoin|brauch|benötig|nodig", re.I)
_DESCRIBING_NEED = re.compile(
    r"(?:\b(?:the|its|their|his|her|your|our|specific|special|own)\s+"
    r"|\b(?:who|which|qui)\s+(?:(?:does|do|did|not|no|longer|also|still|already|"
    r"n'ont|n'a|ne|pas|en|ont|a)\s+){0,3}(?:n')?"
    r"|\bdont\s+(?:[^\s,.;:]+\s+){0,4}"
    r"|\b(?:not|no|niet|geen|pas|nicht|kein\w*)\s+(?:[^\s,.;:]+\s+){0,2})$",
    re.I,
)
# After a preposition "die" is an article ("voor die werknemers", "für die jährliche
# Kontrolle"), never a relative pronoun.
_DUTCH_PREPOSITIONS = ("bij", "in", "op", "voor", "met", "van", "aan", "naar", "door", "om", "tot")


def _not_after(words: tuple[str, ...]) -> str:
    """Lookbehinds: not right after one of `words`."""
    return "".join(rf"(?<!\b{word})" for word in words)


# Dutch and German relative clauses end on their verb; 'die' after a noun, not after 'bij'.
_VERB_FINAL_RELATIVE = re.compile(
    rf"(?:,\s*(?:der|die|das|welche|denen)|{_not_after(_DUTCH_PREPOSITIONS)}\s(?:die)"
    # "de voorwaarden waaraan u moet voldoen", "de documenten waarin …"
    r"|[^\W\d_]\s+waar(?:aan|in|voor|op|mee|bij|over|door|van))"
    # the clause's words; a comma inside only before a coordinator ("…, aber kein …")
    r"\s+(?:[^\s,.;:]+(?:,(?=\s+(?:aber|maar|but|mais|und|en|and|oder|or)\b))?\s+){0,9}$",
    re.I,
)
# Dutch and German close a relative clause on its verbs: the obligation word, then at most
# its infinitive ("…, die het vrije verkeer moet vergemakkelijken.", "…, die deshalb ein
# kombiniertes Verfahren erfordern."); a main clause goes on after it.
_RELATIVE_CLAUSE_ENDS = re.compile(r"(?:\s+[^\W\d_]+)?\s*(?:[,.;:)]|$)")  # .match at a pos
# "Het is de werkgever die de aanvraag moet indienen", "Es ist der Arbeitgeber, der …
# stellen muss": a cleft sentence puts the obligation in the relative clause.
_CLEFT = re.compile(r"^(?:het|dat|dit|es|das) (?:is|ist|zijn|sind)\b", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(
    r"^(?:\s+(?:sind|ist|wird|werden|hebben|heeft|is|zijn))?\s*(?:[,.;:)]|$)"
)


# Obligation words that are adjectives, negated, oblige no one ("is daar niet toe verplicht",
# "is not required", "nicht verpflichtet"); a lifted phrase ("is not required for EU
# citizens") is read before this.
# The negation words and the obligation adjectives have one home each in the lexicons
# (`negation`, `required`), the same words in every pattern that reads them.
_NEGATION = alternation(LEX.negation)
_REQUIRED = alternation(LEX.required)
_NEGATED_ADJECTIVE = re.compile(rf"(?:{_REQUIRED})", re.IGNORECASE)
_NOT_BEFORE = re.compile(rf"\b(?:{_NEGATION})\s+(?:[^\s,.;:]+\s+)?$", re.IGNORECASE)
# Dutch "dient" is 'must' only with "te" and an infinitive ("U dient een attest voor te
# leggen"); without one it lodges ("De werkgever dient de aanvraag in", indienen) or serves
# ("een vergunning die als verblijfskaart dient", German "Sie dient der Orientierung"), and
# after "te" it is itself the infinitive ("om de aanvraag tijdig in te dienen").
_DIENEN = re.compile(r"dient|dienen", re.IGNORECASE)
_TE = re.compile(r"\bte\b", re.IGNORECASE)


# "om … te" is a purpose clause: its "te" belongs to its own infinitive ("Uw aanvraag om een
# beroepskaart te krijgen, dient u in bij: …" lodges), never to "dient".
_OM_TE = re.compile(r"\bom\b[^,.;:]*?\bte\b", re.IGNORECASE)


def _dienen_without_te(text: str, match: re.Match) -> bool:
    if not _DIENEN.fullmatch(match.group(0)):
        return False
    if text[max(0, match.start() - 3) : match.start()].lower() == "te ":
        return True
    if "om" in text:
        text = _OM_TE.sub(lambda m: " " * len(m.group(0)), text)
    return not (_TE.search(text, 0, match.start()) or _TE.search(text, match.end()))


# "If necessary", "indien nodig", "si nécessaire", "falls erforderlich": a case named by a
# need word, binding no one ("Attach a copy of your visa, if necessary").
_IF_NEEDED = re.compile(
    r"\b(?:(?:if|where|when|as)\s+(?:necessary|needed|required)"
    r"|(?:indien|zo|waar|wanneer|als)\s+(?:nodig|vereist|noodzakelijk)"
    r"|(?:si|lorsque|quand)\s+(?:nécessaire|requis|requise|besoin(?:\s+est)?)|au besoin"
    r"|en cas de besoin"
    r"|(?:falls|wenn|soweit|sofern)\s+(?:nötig|notwendig|erforderlich))\b",
    re.IGNORECASE,
)


# "Should anything be unclear, write to us …", "Sollten Sie Fragen haben, …": the modal
# first, then a comma closing the case, is a condition ('if'), not an obligation.
_INVERTED_IF = re.compile(r"(?:should|sollten?)\b[^.;:,]+,", re.IGNORECASE)


_EFFECT = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.effects)})(?![\w])")
_HELPS = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.helps)})(?![\w])")
_EXPECTS = re.compile(rf"(?:{alternation(LEX.expects)})", re.IGNORECASE)


def _brings_about(text: str, match: re.Match) -> bool:
    """Whether an obligation word says what a measure is to bring about, binding no one
    (GUIDE, devset-m): an effect verb in its clause within six words ("doit attirer", "soll
    … einfacher … werden", "moet … aantrekken"), or after a modal of expectation an expected
    effect ("should help", "devraient pouvoir")."""
    clause = re.split(r"[,.;:]", text[match.end() :], maxsplit=1)[0]
    window = " ".join(clause.split()[:6])
    if _EFFECT.found_in(window):
        return True
    before = text[: match.start()].split()[-4:]  # "zouden die cijfers moeten kunnen"
    expects = _EXPECTS.fullmatch(match.group(0)) or any(
        _EXPECTS.fullmatch(word.strip(",")) for word in before
    )
    return bool(expects) and _HELPS.found_in(window)


# The time someone has to do something (GUIDE, tune12b: a deadline): "You have 72 hours to
# click the link", "Werknemers … hebben maximum 2 maanden om zich in te schrijven", "disposent
# d'un délai de 2 mois au maximum pour s'inscrire", "Sie haben einen Monat Zeit, um …". An
# obligation with its deadline, though no obligation word is written: a requirement (a step
# under a heading about the procedure).
_AMOUNT_OF_TIME = (
    rf"(?:\d+|{alternation(w for w in LEX.numbers if ' ' not in w)}|a|an|one|een|un|une|ein|einen)"
    rf"\s+(?:{alternation(w for w in LEX.units if len(w) > 2)})"
)
_TIME_TO_ACT = CaseBlind(
    r"\b(?:have|has|get|gets|are given|is given)\s+(?:(?:at most|up to|a maximum of|only|just)\s+)?"
    rf"{_AMOUNT_OF_TIME}\s+(?:[^\s.;:,]+\s+){{0,3}}?(?:to|in which to)\s"
    r"|\b(?:heb|hebt|heeft|hebben|krijgt|krijg|krijgen)\s+(?:je\s+|u\s+|hij\s+|zij\s+|ze\s+)?"
    r"(?:(?:maximum|maximaal|ten hoogste|slechts|nog)\s+)?"
    rf"{_AMOUNT_OF_TIME}\s+(?:(?:de\s+)?tijd\s+)?om\s"
    r"|\b(?:dispose|disposez|disposes|disposent|disposera|disposeront|avez|a|ont)\s+"
    r"(?:(?:d'un|d’un)\s+délai\s+de\s+|de\s+)"
    rf"{_AMOUNT_OF_TIME}(?:\s+au\s+maximum)?\s+pour\s"
    r"|\b(?:haben|hat|hast|habt|bekommen|bekommt|erhalten|erhält)\s+(?:[^\s.;:,]+\s+){0,2}?"
    rf"{_AMOUNT_OF_TIME}\s+zeit\b"
)


# The conditions named as what someone must meet: "the conditions the au pair must meet are
# set out on the website", "de voorwaarden waaraan de jongeren moeten voldoen", "les
# conditions que le jeune doit remplir", "die Voraussetzungen, die Sie erfüllen müssen". The
# sentence tells where or what the conditions are; its obligation word is in the clause that
# names them and binds no one ("All conditions must be met" puts the noun first too, but its
# verb is passive: an obligation).
_CONDITION_NOUN_BEFORE = re.compile(
    rf"\b(?:{alternation(LEX.condition_nouns)})\b,?(?:\s+[^\s.;:!?]+){{1,12}}\s+$", re.I
)
_MEET_AFTER = re.compile(rf"^(?:\s+[^\s.;:,]+)?\s+(?:{alternation(LEX.meet)})\b", re.I)
_MEET_BEFORE = re.compile(rf"\b(?:{alternation(LEX.meet)})\s+$", re.I)


def _names_conditions_to_meet(text: str, match: re.Match) -> bool:
    """Whether the obligation word `match` is in a clause naming conditions as what someone
    must meet (its verb beside it, the condition noun before it): no obligation of its own."""
    before = text[max(0, match.start() - 120) : match.start()]
    return bool(
        (_MEET_AFTER.match(text[match.end() :]) or _MEET_BEFORE.search(before))
        and _CONDITION_NOUN_BEFORE.search(before)
    )


# A sentence whose verb is "depends on" names what decides: "Which authorisation has to be
# requested depends on the kind of stay", "Hoe lang u moet wachten, hangt af van …", "hangt de
# vergunning die u moet aanvragen af van …", "Les documents qu'il faut fournir dépendent de
# …", "Welche Unterlagen Sie vorlegen müssen, hängt von … ab". The obligation word is in its
# subject and binds no one; "depending on", "je nach", "en fonction de" attach to a verb of
# their own and leave an obligation standing ("You must register within 8 days, depending on
# …").
_DEPENDS_VERB = re.compile(r"^(?:depends?|hangt|hangen|hängt|hängen|dépend|dépendent)\b", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:qui|that|which|die|dat|der|das|welche)\s+$", re.I)
_NEXT_CLAUSE = re.compile(r"[.;:]|,\s+(?:and|but|en|maar|et|mais|und|aber)\b", re.I)


# A need said of the subject in its relative clause, as a consequence: "A foreign athlete who
# does not belong to those groups, and so needs a permit, can work in Flanders if …", "un
# travailleur qui n'appartient pas à ces catégories, et qui a donc besoin d'une autorisation,
# peut …", "een werknemer die niet tot die groepen behoort, en dus een vergunning nodig heeft,
# kan …", "ein Arbeitnehmer, der nicht dazu gehört und daher eine Erlaubnis braucht, darf …":
# it describes whom the sentence is about; the sentence's own verb says what he can do.
_NEED_OF_THE_SUBJECT = re.compile(
    r"\b(?:who|qui|die|der|welche)\b[^.;:]{0,160}?,?\s*(?:and|et|en|und)\s+"
    r"(?:[^\s,.;:]+\s+){0,2}?(?:so|therefore|thus|hence|donc|dus|daarom|daher|somit|deshalb)\b"
    r"[^,.;:]*$",
    re.I,
)


def _in_the_subject_of_depends(text: str, match: re.Match) -> bool:
    for depends in _DEPENDS.finditer(text, None):
        if depends.end() <= match.end() or not _DEPENDS_VERB.match(depends.group(0)):
            continue
        if _RELATIVE_BEFORE.search(text, 0, depends.start()):
            continue  # "… doit avoir lieu dans un délai qui dépend de …": a noun's clause
        if not _NEXT_CLAUSE.search(text, match.end(), max(match.end(), depends.start())):
            return True
    return False


@text_memo  # per sentence (parsers.text.TEXT_MEMO)
def states_obligation(text: str, lower: str | None = None) -> bool:
    """Whether `text` states an obligation of its own: an obligation word that is not asked
    about ("Whether he needs a permit depends on …", "Ob Sie … brauchen, hängt …") and, for
    a need-word, does not only describe a noun. Words in brackets are said in passing: "…
    hebben voortaan (bijna altijd) een gecombineerde vergunning (single permit) nodig" is
    read without them too."""
    lower = lowered(text) if lower is None else lower
    if _own_obligation(text, lower):
        return True
    if "(" not in text or OBLIGATION.found(text, lower):
        return False  # (an obligation word was found and judged: brackets change nothing)
    unbracketed = _IN_BRACKETS.sub("", text).replace("  ", " ")
    return OBLIGATION.found_in(unbracketed) and _own_obligation(unbracketed)


def _own_obligation(text: str, lower: str | None = None) -> bool:
    lower = lowered(text) if lower is None else lower
    if _INDIRECT_QUESTION.match(text):
        return False  # "wat uw aanvraagdossier moet bevatten": names a subject, asks
    for m in OBLIGATION.finditer(text, lower):
        start = max(0, m.start() - 60)
        if _ASKED.search(text, start, m.start()):
            continue
        if _NEGATED_ADJECTIVE.fullmatch(m.group(0)) and _NOT_BEFORE.search(text, start, m.start()):
            continue  # "mag de stage vergoeden, maar is daar niet toe verplicht": no one must
        if _dienen_without_te(text, m):
            continue  # "De werkgever dient de aanvraag in": lodges it (indienen), no 'must'
        if any(
            n.start() <= m.start() < n.end() for n in _IF_NEEDED.finditer(text, start, m.end() + 12)
        ):
            continue  # "Joindre une copie du visa, si nécessaire": a case, no obligation
        if _brings_about(text, m):
            continue  # "Concrètement, elle doit attirer une main-d'œuvre qualifiée": a goal
        if _INVERTED_IF.match(text, m.start()) and not text[: m.start()].strip():
            continue  # "Should anything be unclear, write to us": if, no 'must'
        if _NEED.search(m.group(0)) and _NEED_OF_THE_SUBJECT.search(
            text, max(0, m.start() - 200), m.end()
        ):
            continue  # "An athlete who …, and so needs a permit, can work …": who he is
        if _in_the_subject_of_depends(text, m):
            continue  # "Welche Erlaubnis nötig ist, hängt von der Dauer ab": what decides
        if _names_conditions_to_meet(text, m):
            continue  # "De voorwaarden waaraan de jongeren moeten voldoen, staan in …"
        if _NEED.search(m.group(0)) and (
            _DESCRIBING_NEED.search(text, start, m.start())
            or (
                _VERB_FINAL_RELATIVE.search(text, start, m.start())
                and _CLAUSE_END_AFTER.match(text[m.end() :])
            )
        ):
            continue
        if (
            _RELATIVE_CLAUSE_ENDS.match(text, m.end())
            and _VERB_FINAL_RELATIVE.search(text, start, m.start())
            and not _CLEFT.match(text)
        ):
            continue  # "…, die het vrije verkeer moet vergemakkelijken.": says what a noun does
        return True
    return (
        _TO_BE_DONE.found(text, lower)
        or _INVERTED_NEED.found(text, lower)
        or _COMPETENT_TO_ISSUE.found(text, lower)
    )


# Which authority is competent to issue or decide ("The regions are competent to issue work
# permits", "De gewesten zijn bevoegd om arbeidskaarten af te geven", "Ce sont les autorités
# régionales qui sont compétentes pour accorder et délivrer les permis", "Die Regionen sind
# dafür zuständig, die Erlaubnis auszustellen") stays a requirement, like who may file (GUIDE,
# devset-m: "it is for the Region to issue"); competent for a matter ("compétente pour la
# réglementation", "competent for applications for:") names no act.
_ISSUING = (
    r"(?:issue|grant|deliver|decide|afgeven|af te geven|toekennen|toe te kennen|uitreiken|"
    r"uit te reiken|beslissen|accorder|délivrer|octroyer|décider|statuer|auszustellen|"
    r"ausstellen|erteilen|zu erteilen|entscheiden|zu entscheiden"
    # to receive or handle the applications ("compétents pour recevoir les demandes")
    r"|receive|handle|ontvangen|in ontvangst te nemen|behandelen|te behandelen|recevoir|traiter"
    r"|entgegenzunehmen|entgegennehmen|bearbeiten|zu bearbeiten)"
)
_COMPETENT_TO_ISSUE = CaseBlind(
    # the adjective as predicate, with its preposition ("competent authorities decide" is an
    # attribute of a noun: no connector)
    r"\b(?:(?:competent|responsible)\s+(?:to|for)|bevoegd\s+(?:zijn\s+|is\s+)?(?:om|voor)"
    r"|compétente?s?\s+(?:pour|afin de)|zuständig\s*(?:,|für))\s+(?:[^\s.;:]+\s+){0,4}?"
    rf"{_ISSUING}\b",
)


# Dutch sets the subject after the verb when something opens the sentence, and the need's
# "nodig" closes it: "Voorlopig hebben ook nieuwe EU-burgers uit Roemenië en Bulgarije een
# arbeidskaart nodig" puts more words between "hebben" and "nodig" than a phrase's gap takes.
# The verb first, no clause opened between, and the thing needed right before "nodig" (German
# and the SVO languages keep the need word by its object: the lexicons' phrases read them).
_INVERTED_NEED = CaseBlind(
    r"\b(?:heeft|hebben|hebt)\s+(?:(?!(?:die|dat|wie|als|of|omdat|wanneer|geen|niet)\b)"
    r"[^\s.;:,]+\s+){4,14}?(?:een|de|het|uw|hun|zijn|haar)\s+(?:[^\s.;:,]+\s+){0,2}nodig\b",
    needles=("nodig",),
)


# "be" with a to-infinitive says what must be done: "het formulier is volledig in te vullen",
# "les pièces sont à joindre", "dem Antrag sind die Dokumente beizufügen" (not across a comma:
# "Es ist möglich, … zu stellen"; "zijn of haar" is "his or her"). English "is to be" opens a
# case as often as it obliges ("When a permit is to be extended, …"): not read. (Letters as
# a range: a CaseBlind pattern is written in lower case.)
_TO_BE_DONE = CaseBlind(
    r"\b(?:is|zijn)\s+(?!(?:mogelijk|niet|of haar)\b)(?:[^\s.;:,]+\s+){0,4}?"
    r"(?:in|af|bij|op|voor|mee|aan|toe)\s+te\s+[a-zß-öø-ÿ]+en\b"
    r"|\b(?:est|sont)\s+à\s+(?:joindre|fournir|remplir|introduire|transmettre|envoyer|payer|"
    r"signer|déposer)\b"
    r"|\b(?:ist|sind)\s+(?!(?:möglich|nicht)\b)(?:[^\s.;:,]+\s+){0,6}?[a-zß-öø-ÿ]{2,}zu[a-zß-öø-ÿ]{2,}en\b",
    needles=(" te ", "à ", "zu"),
)


_SITE = CaseBlind(
    r"https?://|\b[\w-]+\.(?:be|brussels|eu|com|org)\b",
    needles=("://", ".be", ".brussels", ".eu", ".com", ".org"),
)
_RELATIVE = re.compile(
    r"^(?:who|whose|which|that|qui|dont|lequel|laquelle|die|dat|wiens|wier|der|deren|dessen|"
    r"welche|welcher)\b",
    re.IGNORECASE,
)
# Modal and negation apart: "mag de stagiair geen…", "darf dieser Antrag nicht…",
# "is not accepted", "n'est pas valable".
_SPLIT_OBLIGATION = CaseBlind(
    # (not across a "but": "mag de stage vergoeden, maar is daar niet toe verplicht", "darf
    # das Praktikum vergüten, ist dazu aber nicht verpflichtet")
    r"\b(?:mag|mogen)\b(?:(?!,\s*maar\b)[^.;:]){0,50}\b(?:geen|niet)\b"
    r"|\b(?:darf|dürfen)\b(?:(?!\baber\b)[^.;:]){0,50}\b(?:nicht|kein|keine|keinen)\b"
    r"|\b(?:may|can)\b[^.;:]{0,30}\bnot\b|\bnot accepted\b|\bniet in aanmerking\b"
    r"|\bn'est pas (?:valable|accepté|acceptée|admis|admise)\b|\bnicht (?:anerkannt|zulässig)\b"
)
# A sentence that tells the reader what to do: a verb of the lexicons first ("Send the
# file", "Vul het formulier in"), a French imperative ("Envoyez", "connectez-vous" after a
# comma) or a German one ("Senden Sie").
# An order, in the forms the four languages give it (GUIDE 22:35: an imperative under a
# heading about the procedure is a step):
# - the imperative itself, after a word of order or none: "Then ask someone to help you",
#   "Ensuite, prenez contact", "Dann wenden Sie sich an …";
# - after the case it is for, a clause opened by a conditional and closed by a comma: "If
#   Belgium has no consulate there, contact the one competent for it", "Als u in België
#   woont, vraag dan …", "Si le dossier est incomplet, envoyez …", "Wenn Sie im Ausland
#   leben, wenden Sie sich an …";
# - after a word of politeness, whatever the verb: "Please wait until …", "Gelieve … te
#   bezorgen", "Veuillez envoyer …", "Bitte kommen Sie …" ("Please note:" points, it orders
#   nothing);
# - after a word of order, the reader's act in the present: "Eerst vult u het formulier in",
#   "Daarna stuur je …", "Ensuite, vous envoyez …", "First you fill in the form".
_CASE_CLAUSE = rf"(?:(?:{alternation(LEX.conditional)})\b[^.;:?!]{{3,160}}?,\s*)?"
_SEQUENCE = rf"(?:{alternation(LEX.sequence)})"
_NOT_AN_ORDER = (
    r"(?:note|noteer|notez|beachten|beachte|remarque|let op|merk op|keep|bear|remember|houd"
    r"|tenez|gardez|denken)\b"
)
IMPERATIVE = re.compile(
    rf"^{_CASE_CLAUSE}(?:"
    rf"(?:{_SEQUENCE},?\s+)?"
    rf"(?:(?:{alternation(LEX.imperative)})\b"
    r"|[^\W\d_]+ez\b(?!-il|-elle)|[^.;]*,\s*[^\W\d_]+ez-vous\b"
    r"|[^\W\d_]+en Sie\b)"
    rf"|(?:{alternation(LEX.polite)})\s+(?!{_NOT_AN_ORDER})[^\W\d_]{{2,}}"
    rf"|{_SEQUENCE},?\s+(?:[^\W\d_]{{2,}}t\s+(?:u|je)\b|vous\s+[^\W\d_]+ez\b"
    rf"|you\s+(?:{alternation(LEX.imperative)})\b))",
    re.IGNORECASE,
)
_PROCEDURE = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.procedure)})(?![\w])")
_LODGED = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.lodged)})(?![\w])")
_LODGING = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.lodged + LEX.lodging)})(?![\w])")
# A heading opened by an act of lodging or handling names the procedure, though the thing
# lodged or handled is a document's name: "Traitement du dossier complet", "Processing of
# the application file", "Indiening van het aanvraagdossier", "Bearbeitung der Antragsakte".
# A short heading opened by a stage of the procedure ("Renewal", "Vernieuwing", "Recours contre
# une décision", "Verlängerung", "Decision") heads the stages told under it (GUIDE, label audit).
# (after a part's number: "2. Prolongation de séjour")
_ENDS_ON_PREPOSITION = re.compile(r"(?:\s(?:for|voor|van|tot|de|auf)|\sd['’])$")
_STAGE_FIRST = CaseBlind(
    rf"^[^\w]*(?:(?:\d{{1,2}}|[a-h])[.)]\s*)?(?:{alternation(LEX.stages)})(?![\w])"
)
# The stage, then whose it is: "Renewal of a fixed-term work permit", "Verlängerung des
# elektronischen Aufenthaltstitels für begrenzte Dauer": the stage still opens the heading,
# the rest names what it is of (a longer heading is still the stage's). A stage that ends
# on its preposition ("Application for the long stay visa D (work visa)", "Aanvraag van een
# gecombineerde vergunning", "Demande de visa de long séjour", "Antrag auf ein Visum für einen
# langen Aufenthalt") already names what it is of (older pages:
# federal-professional-card-australia-en).
_STAGE_OF = CaseBlind(
    rf"^[^\w]*(?:(?:\d{{1,2}}|[a-h])[.)]\s*)?(?:(?:{alternation(LEX.stages)})\s+"
    r"(?:of|van|de|du|des|d['’]|der|des|von)(?![\w])"
    rf"|(?:{alternation(w for w in LEX.stages if _ENDS_ON_PREPOSITION.search(w))}))"
)


# A formality the reader carries out opening a heading of at most nine words — registering,
# a first registration, a declaration of presence ("First registration in the immigration
# register", "Registering with the immigration authorities", "Première inscription (sur
# rendez-vous)", "Inscription à l'université", "Eerste inschrijving", "Inschrijving in het
# vreemdelingenregister", "Erstanmeldung bei der Gemeinde", "Eintragung ins Register"): the
# heading names the formality itself, a heading about the procedure (GUIDE devset-u; audit14
# case 5: the sentences there telling who registers, where, how and by when are steps). Read
# as a stage's heading: a fact told there about the formality is no step. A heading naming a
# paper ("Registration certificate", "Attestation d'inscription") heads documents.
_SWORN = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.sworn)})(?![\w])")
# (the channel may come first: "Online inschrijven", "Online registration", "Digitale
# aanmelding", "Elektronische Anmeldung", round 18 from half B)
_FORMALITY_FIRST = CaseBlind(
    rf"^[^\w]*(?:(?:\d{{1,2}}|[a-h])[.)]\s*)?"
    r"(?:(?:online|digital|digitale?|elektronische?|electronic)\s+)?"
    rf"(?:{alternation(LEX.formalities)})(?![\w])"
)


# A heading in two parts, the formality then the case it is told for, after a dash or a colon
# ("First registration in Belgium – stays of more than 3 months", "Eerste inschrijving - niet-
# Belg met een verblijf van meer dan 3 maanden", "Première inscription : ressortissants hors
# UE", "Erstanmeldung – Aufenthalt über drei Monate"): the first part names the formality,
# the second narrows the case, as an h3 naming a case does under a procedure heading (GUIDE
# round-15 audit). The first part names the formality alone, in at most five words (as a
# stage's heading, _stage_heading); a longer one already holds its own case ("Registering for
# a stay of more than 3 months - for work or study", a page's title) and counts whole.
_CASE_AFTER_DASH = re.compile(r"\s+[-–—]\s+|\s*:\s+")


def _formality_heading(heading: str) -> bool:
    match = next(_FORMALITY_FIRST.finditer(heading, lowered(heading)), None)
    named = _CASE_AFTER_DASH.split(heading, maxsplit=1)[0] if match else heading
    if len(_IN_BRACKETS.sub(" ", named).split()) > 5:
        named = heading
    return bool(
        match
        and len(_IN_BRACKETS.sub(" ", named).split()) <= 9
        # (the formality's own noun may name a paper too, "Déclaration LIMOSA": the rest of
        # the heading decides; a sworn one is a paper, "Déclaration sur l'honneur")
        and not _DOCUMENT_NOUN.found_in(heading[match.end() :])
        and not _SWORN.found_in(heading)
    )


# A stage and the application in one compound word ("Hernieuwingsaanvraag",
# "Verlengingsaanvraag", "Verlängerungsantrag", "Erneuerungsantrag", "Erstantrag"): the
# renewal (or first) application, a stage's heading as "Renewal application" is (from half B,
# flanders-professional-card-validity-agii-nl).
_STAGE_COMPOUND = re.compile(
    rf"^\W*(?:(?:{alternation(LEX.renewals)})s?|erst|eerste|nieuwe|neu)"
    r"(?:aanvraag|aanvragen|antrag|anträge|antrags)(?![\w])",
    re.IGNORECASE,
)


def _stage_heading(heading: str) -> bool:
    """Whether a heading names a stage of the procedure: opened by one ("Renewal", "Recours
    contre une décision", at most five words), joined to another subject by "and" ("Coût et
    délivrance") or a renewal closing it ("Work permit extension", at most four words), or
    only the application ("Antrag"); a heading naming a paper ("Application Form") heads
    documents."""
    if heading.strip(" ?¿:").lower() in LEX.stage_only:
        return True
    words = len(_IN_BRACKETS.sub(" ", heading).split())
    if words <= 3 and _STAGE_COMPOUND.match(heading):
        return True
    return (
        (
            (words <= 5 or (words <= 9 and _STAGE_OF.found_in(heading)))
            and _STAGE_FIRST.found_in(heading)
            or (words <= 4 and _STAGE_LAST.found_in(heading))
            or (words <= 4 and _RENEWAL_LAST.search(heading.rstrip(" ?¿:.")))
        )
        and not _DOCUMENT_NOUN.found_in(heading)
        or _formality_heading(heading)
    )


# A stage joined to another subject by "and": "Cost and issuing", "Kosten en afgifte", "Coût et
# délivrance", "Kosten und Ausstellung". (A stage closing a heading after an adjective or a
# preposition, "Negative decision", "Na de beslissing", heads facts about the outcome as often
# as its steps on the older pages: 9 rows, none gold.)
# A renewal closing a short heading, as a word or a compound's last part: "Work permit
# extension", "Professional card renewals", "Titre de séjour : renouvellement",
# "Verblijfsverlenging", "Aufenthaltsverlängerung" (from half B,
# wallonia-unamur-work-permit-extension-en). A decision or an appeal so placed ("Negative
# decision") heads facts about the outcome as often (see _STAGE_LAST).
_RENEWAL_LAST = re.compile(rf"(?:{alternation(LEX.renewals)})$", re.IGNORECASE)
_STAGE_LAST = CaseBlind(
    rf"(?<=\s)(?:and|en|et|und|&)\s+(?:(?:{alternation(LEX.determiners)})\s+)?"
    rf"(?:{alternation(LEX.stages)})(?![\w])"
)


# "Only by appointment" ("registrations are taken by appointment only", "enkel op afspraak",
# "uniquement sur rendez-vous", "nur nach Terminvereinbarung"): an exclusive permission on how
# one may file or be received, a `requirement` also under a heading naming the formality or
# the procedure, and also with the office as subject (GUIDE, audit14). Said in brackets after
# opening hours ("Mon-Fri 9-12 (by appointment)") it is part of the hours, no row.
_APPOINTMENT = rf"(?:{alternation(LEX.appointments)})"
_SOLELY = rf"(?:{alternation(LEX.solely)})"
# ("Only after booking an appointment, at the counter …" tells the order of two stages, book
# first and come then; German "nur nach Terminvereinbarung" is the idiom for "by appointment")
_AFTER = r"\b(?:after|na|après)\b"
_BY_APPOINTMENT_ONLY = CaseBlind(  # (its needles, the appointment words, spare the search)
    rf"(?<![\w])(?:{_SOLELY}(?![\w])(?:(?!{_AFTER})[^.;:!?()]){{0,40}}?(?<![\w]){_APPOINTMENT}"
    rf"|{_APPOINTMENT}(?![\w])[^.;:!?()]{{0,12}}?(?<![\w]){_SOLELY})(?![\w])"
)




_ACT_FIRST = CaseBlind(rf"^[^\w]*(?:{alternation(LEX.lodging)})(?![\w])")
_ASKS_HOW = CaseBlind(rf"^[^\w]*(?:{alternation(LEX.asks_how)})(?![\w])")
# "When should you apply?", "Wanneer een visumaanvraag indienen?", "Quand faut-il demander le
# renouvellement ?", "Wann muss der Antrag gestellt werden?": when to apply or lodge, asked
# with the act, heads the stages (GUIDE, label audit: "a heading that asks where or when to
# apply"); a bare "When?" is read apart (when_questions)
_ASKS_WHEN = CaseBlind(rf"^[^\w]*(?:{alternation(LEX.when_questions)})(?![\w])")
_APPLYING = CaseBlind(rf"(?<![\w'’])(?:{_phrases(LEX.applying)})(?![\w])")
# A heading opened by a verb of applying tells the reader to apply: "Apply at Brussels
# Economy and Employment", "Vraag aan bij …", "Adressez-vous à la Région", "Beantragen Sie …".
_APPLY_FIRST = CaseBlind(rf"^[^\w]*(?:{_phrases(LEX.applying)})(?![\w])")
_STEP_HEADING = re.compile(r"^(?:step|stap|étape|etappe|schritt)\s*\d+\b", re.IGNORECASE)
_BOUND = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.bounds)})(?![\w])")


_ANNOUNCED = ("exemption", "requirement", "document")
# A thing said not to be required of anyone, with no group or case it is lifted for
# ("Personal appearance is not required.", "Originelen zijn niet nodig: een kopie volstaat.")
# is not a row (GUIDE); "… is not required for EU citizens" is an exemption.
_ASKED_OF_NO_ONE = re.compile(
    r"^(?:[^\s,.;:]+\s+){1,4}(?:n['’])?(?:is|are|zijn|est|sont|ist|sind)\s+"
    rf"(?:{_NEGATION})\s+(?:{_REQUIRED})(?![\w])",
    re.IGNORECASE,
)
# "Ces documents ne doivent pas forcément être des originaux", "need not necessarily be
# originals": asked of no one in particular either.
# So is a copy that will do instead of the original ("The documents do not have to be
# originals; a copy is enough", "een kopie volstaat", "une copie suffit", "eine Kopie
# genügt"): what form a paper may take, lifted for no group or case.
_NOT_NECESSARILY = CaseBlind(
    r"\b(?:not necessarily|pas forcément|pas nécessairement|niet noodzakelijk|niet per se|"
    r"nicht unbedingt|nicht notwendigerweise"
    r"|(?:a )?cop(?:y|ies) (?:is|are|will be) (?:enough|sufficient)"
    r"|cop(?:y|ies) (?:will do|suffices?)"
    r"|(?:do not|don't|need not) (?:have to )?be originals"
    r"|(?:een )?kopie (?:volstaat|is voldoende|is genoeg)|kopieën (?:volstaan|zijn voldoende)"
    r"|(?:hoeven|hoeft) geen originelen? te zijn|originelen zijn niet nodig"
    r"|(?:une )?copie (?:suffit|est suffisante)|copies (?:suffisent|sont suffisantes)"
    r"|(?:ne doivent|ne doit) pas être des originaux|originaux ne sont pas (?:nécessaires|requis)"
    r"|(?:eine )?kopie (?:genügt|reicht(?: aus)?)|kopien (?:genügen|reichen(?: aus)?)"
    r"|(?:müssen|muss) keine originale sein|originale sind nicht (?:erforderlich|nötig))\b",
    # every form holds one (the pattern's own needles cannot be read from its alternation)
    ("necessar", "forcément", "nécessair", "noodzakelijk", "per se", "unbedingt",
     "notwendigerweise", "copy", "copie", "kopie", "original", "originel", "originaux"),
)
# A sentence under a procedure heading that opens by sending the reader to read ("Read the
# manual first", "Lees eerst de voorwaarden", "Lisez d'abord", "Lesen Sie zuerst") points to
# more reading: no step (GUIDE).
# An order to open a page ("Follow this link to see …", "Klik hier voor …", "Suivez ce
# lien", "Klicken Sie hier"): it points to more reading, no stage (GUIDE tune12b).
_LINK_POINTER = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.link_pointers)})(?![\w])")
_READ_FIRST = re.compile(r"^(?:read|lees|lisez|lesen sie|raadpleeg|consultez)\b", re.IGNORECASE)
# A look at a page ("Have a look at our checklist page", "Neem een kijkje op de pagina …",
# "Jetez un coup d'œil à notre page …", "Werfen Sie einen Blick auf unsere Seite …"): a pointer
# to more reading, no step (GUIDE tune12b: not steps there, a pointer to more reading).
_LOOKS_AT_A_PAGE = re.compile(
    r"^(?:(?:have|take)\s+a\s+(?:quick\s+)?look|look|neem\s+een\s+kijkje|kijk(?:\s+eens)?"
    r"|jetez\s+un\s+(?:coup\s+d['’])?(?:œil|oeil)|werfen\s+sie\s+einen\s+blick|schauen\s+sie"
    r"|sehen\s+sie\s+sich)\b"
    r"(?=[^.;:]{0,60}\b(?:page|pages|website|site|checklist|overview|pagina|webpagina|overzicht"
    r"|rubrique|aperçu|seite|webseite|internetseite|übersicht|checkliste)\b)",
    re.IGNORECASE,
)
_FOR_WHOM = re.compile(
    r"\b(?:for|voor|pour|für|if|als|indien|si|wenn|falls|when|wanneer|lorsque|sometimes|soms|"
    r"parfois|manchmal"
    # everyone of the group the page is about: "whatever your nationality", "quelle que soit
    # la nationalité", "ongeacht de nationaliteit", "unabhängig von der Staatsangehörigkeit"
    r"|whatever|regardless|irrespective|ongeacht|quel(?:le)?s?\s+que\s+soi(?:t|ent)|unabhängig)\b",
    re.IGNORECASE,
)
# "… contain the following.", "… die folgenden Unterlagen enthalten.": the announcing word
# with at most two words after it (German ends on its verb) closes the sentence.
# (forward words only: "für diese Anträge." points back, not ahead)
_ANNOUNCES_END = CaseBlind(
    rf"(?<![\w])(?:{alternation(AHEAD_WORDS)})"
    r"(?:\s+[^\s.:;,]+){0,2}\s*[.:]$"
)
_APPLIES = CaseBlind(rf"(?<![\w'’])(?:{_phrases(LEX.applies)})(?![\w])")
_DEPENDS = CaseBlind(rf"(?<![\w])(?:{_phrases(LEX.depends)})(?![\w])")
_POINTER = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.pointer)})(?![\w])")
# The legal basis of a rule ("Cette réglementation transpose la directive 2009/50", "Artikel
# 61/26 somt die categorieën op") names no condition of the reader (GUIDE, round 3).
_LEGAL_BASIS = CaseBlind(rf"(?<![\w])(?:{_phrases(LEX.legal_basis)})(?![\w])")
# A closing clause of at most five words that attributes the sentence to advice ("…, the
# recommendation says.", "…, zo luidt de aanbeveling.", "…, selon la recommandation.", "…, so
# die Empfehlung."): the obligation is the adviser's reasoning, binding nobody (GUIDE, devset-m).
_ATTRIBUTED = CaseBlind(
    rf",\s*(?:[^\s,.;:]+\s+){{0,4}}?(?:{alternation(LEX.advice)})(?:\s+[^\s,.;:]+)?\s*[.!]?\s*$"
)

# "Some workers are exempt. This is the case, for example, for artists.": a sentence opened by
# one of these names the cases of the sentence before it.
_SAME_CASE = CaseBlind(rf"^(?:{_phrases(LEX.same_case)})(?![\w])")
# (a phrase ending on an elided "d'" runs on into its verb: "n'est pas tenu d'appliquer")
_LIFTED = CaseBlind(rf"(?<![\w'-])(?:{_phrases(LEX.lifted)})(?:(?<=['’])|(?![\w-]))")
# The first words of the lifted phrases, as one prefix tree: most sentences have none, and
# this finds that 5x faster than the phrases with their gaps.
_LIFTED_START = CaseBlind(
    rf"(?<![\w'-])(?:{alternation({w.split('…')[0].strip() for w in LEX.lifted})})(?![\w-])"
)
_ATTACH = CaseBlind(rf"(?<![\w'-])(?:{_phrases(LEX.attach)})(?![\w-])")
_FOLLOWS = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.follows)})(?![\w])")
# What an authority or the applicant does holds its object between a verb's parts ("leitet die
# Akte weiter", "händigt die Karte aus", "stuurt het dossier door"): there the German article
# "die"/"das" and the Dutch "dat" open the object, not a clause (the shared gap stops at them),
# so the gap of these phrases stops only at a conjunction or a relative after a comma.
_ACT_GAP = (
    # (nor across an example: "und händigt zum Beispiel die Karten aus" describes an office)
    r"(?:\s+(?!(?:om|that|which|who|que|qui|dont|dass|welche|beispiel|example|exemple"
    r"|bijvoorbeeld|instance)\b)(?<!,\s)"
    r"(?:[^\s.;:]|(?<=\d)\.)+){0,8}\s+"
)


def _act_phrases(words) -> str:
    gapped = [
        _ACT_GAP.join(alternation([part.strip()]) for part in w.split("…"))
        for w in words
        if "…" in w
    ]
    plain = [w for w in words if "…" not in w]
    return "|".join([*gapped, alternation(plain)] if plain else gapped)


_HANDLES = CaseBlind(rf"(?<![\w])(?:{_act_phrases(LEX.handles)})(?![\w])")
_COMPLY = CaseBlind(rf"(?<![\w])(?:{_phrases(LEX.comply)})(?![\w])")
_PROHIBITION = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.prohibition)})(?![\w])")
# A sentence opened by an interrogative determiner is an indirect question ("Which conditions
# apply, you can read on …", "Welke documenten u moet voorleggen, hangt af van …"): it names
# a subject or points to reading, it states no condition.
_INDIRECT_QUESTION = re.compile(
    r"^(?:which|what|welke|welk|wat|welche|welcher|welches|was|quel|quelle|quels|quelles|"
    r"ce que|ce qu['’])(?![\w])",
    re.IGNORECASE,
)
_IN_BRACKETS = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+")
_STEP_LABEL = re.compile(
    r"^\s*(?:step|stap|étape|etappe|schritt)\s*\d+\s*[:.–-]?\s*", re.IGNORECASE
)
# "does not have to be posted, but it must be kept": lifted in part, then an obligation
_BUT_OBLIGED = CaseBlind(
    rf"\b(?:but|maar|mais|aber|however)\b[^.;]*?(?<![\w])(?:{_phrases(LEX.obligation)})(?![\w])"
)
# "u moet geen arbeidskaart maar een gecombineerde vergunning aanvragen": redirected, not lifted.
_REDIRECTED = CaseBlind(
    r"\b(?:maar (?:een|wel)|mais (?:un|une|bien|plutôt)|sondern|but (?:a|an|rather|instead))\b"
)
_CONDITIONAL_END = CaseBlind(
    rf"(?<![\w])(?:{alternation(LEX.conditional)})(?:\s+[^\s:]+){{0,2}}\s*:?\s*$"
)


# "Someone who does not need a visa can apply", "Les travailleurs qui n'ont pas besoin de
# permis": a lifted phrase in a relative clause describes its noun; it lifts nothing itself.
# The pronoun follows its noun ("Foreigners who …", "werknemers die …"); German sets it after a
# comma ("Bürger, die …"): a sentence's first "Die" or an article "der Schweiz" is no relative.
# (German prepositions too here, and Dutch "uit": see _DUTCH_PREPOSITIONS.)
_NOT_AFTER_PREPOSITION = _not_after(
    ("für", "auf", "an", "durch", "gegen", "um", "über", "ohne", *_DUTCH_PREPOSITIONS, "uit")
)
_DESCRIBES = re.compile(
    rf"(?:[^\W\d_]\s+(?:who|which|qui)|[^\W\d_]{_NOT_AFTER_PREPOSITION}\s+die"
    r"|,\s*(?:der|die|das|welche))\s+(?:[\w'-]+\s+){0,2}$"
    # "countries whose nationals are exempt from that duty", "pays dont les ressortissants en
    # sont dispensés" (the clause's subject, then its verb: "les travailleurs dont il est
    # question sont dispensés" is the main verb); Dutch and German end the clause on its
    # verb: "landen waarvan de onderdanen van die plicht zijn vrijgesteld"
    r"|\b(?:whose|dont)\s+(?:[^\s,.;:]+\s+){0,2}$"
    r"|\b(?:waarvan|wiens|wier|deren|dessen)\s+(?:[^\s,.;:]+\s+){0,6}$",
    re.IGNORECASE,
)


# "Seasonal workers are not exempt from the labour market test", "zijn niet vrijgesteld van",
# "ne sont pas dispensés de", "sind nicht von … befreit": the exempting word negated (a
# single word of the exemption headings) keeps the obligation; it lifts nothing.
_NEGATED_EXEMPT = CaseBlind(
    rf"(?<![\w])(?:{_NEGATION})\s+(?:[^\s.;:,]+\s+){{0,4}}?"
    rf"(?:{alternation(w for w in LEX.headings['exemption'] if ' ' not in w)})(?![\w])"
)


# A case the sentence opens with ("Ben je vrijgesteld van de kaart, dan kan je …", "If you
# are exempt from the fee, you can …", "Si vous êtes dispensé …, vous pouvez …", "Sind Sie
# befreit, dann …"): an exemption named there is the case's condition, lifted by nothing in
# the sentence; what follows the comma says what the sentence does. So is a purpose it opens
# with ("To benefit from this exemption, the researcher must sign a host agreement", "Om van
# die vrijstelling te genieten, moet …", "Pour bénéficier de la dispense, …", "Um die
# Befreiung zu genießen, muss …"): what one must do for the exemption, a requirement (half A,
# wallonia-unamur-researcher-exemptions-en).
_CASE_FIRST = re.compile(
    r"^(?:(?:if|als|indien|si|wenn|falls|to|in order to|om|pour|afin de|um)\b[^.;:,]*"
    r"|(?:ben|bent|is|zijn|are|sind|ist)\s"
    r"[^.;:,]*(?=,\s*(?:dan|dann)\b)),",
    re.IGNORECASE,
)


# "must have a card, unless they are exempt from it", "tenzij ze daarvan vrijgesteld zijn",
# "à moins d'en être dispensée", "es sei denn, sie sind befreit": the exemption is the
# exception to an obligation the sentence states, which stays a requirement (GUIDE).
_UNLESS = re.compile(
    r"\b(?:unless|except (?:if|when|where)|tenzij|behalve (?:als|wanneer|indien)|à moins|"
    r"sauf (?:si|lorsque|quand)|es sei denn|außer (?:wenn|falls|sie|er|man)\b)\b",
    re.IGNORECASE,
)


# "A free visa does not mean that the fee is not due", "betekent niet dat de bijdrage niet
# moet betaald worden": the lifting is denied, the obligation stands (a requirement).
_DOES_NOT_MEAN = CaseBlind(
    r"\b(?:does not mean|doesn't mean|betekent niet|wil niet zeggen|ne veut pas dire|"
    r"ne signifie pas|bedeutet nicht|heißt nicht)\b"
)


# An exemption denied for a case: "The exemption does not apply to work in the construction
# sector", "Deze vrijstelling geldt niet voor …", "La dispense ne s'applique pas aux …",
# "Die Befreiung gilt nicht für …". The exemption named (a single word of the exemption
# headings) is the subject of a negated "applies": the obligation stands for that case, a
# requirement, though "does not apply to" alone lifts one.
_NOT_APPLYING = (
    r"(?:does not|doesn't|do not|don't|shall not|will not) (?:apply|cover)"
    r"|is not (?:applicable|valid)|(?:geldt|gelden|telt|tellen) (?:[^\s]+ )?niet"
    r"|is niet van toepassing|zijn niet van toepassing"
    r"|ne (?:s'|s’)(?:applique|appliquent) pas|ne (?:vaut|valent|couvre|couvrent) pas"
    r"|n'est pas applicable|n’est pas applicable"
    r"|(?:gilt|gelten) (?:[^\s]+ )?nicht|findet keine anwendung|finden keine anwendung"
    r"|ist nicht anwendbar"
    # what the procedure does not concern or cover ("Das neue Verfahren betrifft nicht:")
    r"|(?:does not|doesn't|do not|don't) (?:concern|include|extend to)|is not intended for"
    r"|heeft geen betrekking op|hebben geen betrekking op|betreft niet|is niet bedoeld voor"
    r"|ne (?:concerne|concernent|vise|visent) pas|ne s'étend pas|ne s’étend pas"
    r"|(?:betrifft|betreffen|umfasst|umfassen|erfasst|erfassen) (?:[^\s]+ )?nicht"
)
_EXEMPTION_WORDS = tuple(w for w in LEX.headings["exemption"] if " " not in w)
_EXEMPTION_WORD = alternation(_EXEMPTION_WORDS)


def _stems(words, size: int = 5) -> tuple[str, ...]:
    """Needles for a pattern every match of which holds one of `words`: their first `size`
    letters, none holding another. The exemption words are 43 strings, too many for needles
    read from the pattern (parsers/needles.py gives none past 16); their 15 stems spare most
    sentences the two exemption searches (0.4 ms of CPU a benchmark page)."""
    return minimal(frozenset(word[:size] for word in words))


_EXEMPTION_STEMS = _stems(_EXEMPTION_WORDS)
_EXEMPTION_DENIED = CaseBlind(
    rf"(?<![\w])(?:{_EXEMPTION_WORD})"
    rf"(?![\w])(?:\s+[^\s.;:,]+){{0,3}}?\s+(?:{_NOT_APPLYING})(?![\w])",
    needles=_EXEMPTION_STEMS,
)

# An exemption bounded: "De vrijstelling geldt alleen zolang …", "The exemption applies only
# to …", "La dispense ne vaut que pour …", "Die Befreiung gilt nur für …", "… geldt voor
# maximum 3 maanden": it limits the exemption, lifting nothing more (read as the limit it is).
_APPLIES_VERB = r"applies|apply|geldt|gelden|vaut|valent|s'applique|s’applique|gilt|gelten"
_BOUND_WORD = (
    r"only|alleen|enkel|slechts|uniquement|seulement|que|nur|ausschließlich|zolang|solange"
    r"|as long as|tant que|so lange|for (?:a )?maximum|voor maximum|maximaal|maximum|at most"
    r"|höchstens|pour (?:une durée )?maximum"
)
_EXEMPTION_BOUNDED = CaseBlind(
    # the exemption first ("De vrijstelling geldt alleen zolang …") or the verb first, as
    # Dutch and German put it after a fronted part ("In Brussel geldt de vrijstelling zolang …")
    rf"(?<![\w])(?:(?:{_EXEMPTION_WORD})(?:\s+[^\s.;:,]+){{0,2}}?\s+(?:{_APPLIES_VERB})"
    rf"|(?:{_APPLIES_VERB})\s+(?:[^\s.;:,]+\s+)?(?:{_EXEMPTION_WORD}))"
    rf"\s+(?:[^\s.;:,]+\s+)?(?:{_BOUND_WORD})(?![\w])"
)


# --- Settled in the round-14 label audit (GUIDE, 2026-12-07) -------------------------------
# "Only by appointment" (its words: _BY_APPOINTMENT_ONLY above) is a requirement under any
# heading and with the office as the subject; the bare "(by appointment)" restricts nothing.
# An opening-hours line names the days or the hours seen by appointment: no row, like office
# hours ("Monday to Friday 9-12 (by appointment only)", "maandag tot vrijdag van 9 tot 12
# uur", "le mardi de 14 h à 17 h", "montags 9-12 Uhr").
_OFFICE_HOURS = CaseBlind(
    r"\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?"
    r"|weekdays|werkdagen|jours ouvrables|werktags|werktagen)\b"
    r"|\b\d{1,2}\s*(?:[:.]\d\d|h\d*|u\b|uur\b|uhr\b|am\b|pm\b)"
)


def _by_appointment_only(text: str) -> bool | None:
    """True for an "only by appointment" that binds (a requirement), False for one said in
    brackets or on an opening-hours line (part of the hours: no row), None when the text says
    neither."""
    lower = lowered(text)
    if not _BY_APPOINTMENT_ONLY.found(text, lower):
        return None
    if not _BY_APPOINTMENT_ONLY.found_in(_IN_BRACKETS.sub(" ", text)):
        return False  # "Mon-Fri 9-12 (by appointment only)"
    return not _OFFICE_HOURS.found(text, lower)


# What counts towards a limit or a threshold, said in a sentence of its own ("the earlier
# periods count towards the 90 days", "worden meegerekend voor de 90 dagen", "entrent dans
# le calcul des 90 jours", "only the basic pay counts", "tellen niet mee", "zählen nicht
# mit"): a requirement under any heading; in a lead-in it stays the lead-in's (GUIDE,
# round-14 label audit). The counting verb in its four languages, with what is counted (a
# pay, a period, a bound or a figure) in the same sentence.
_COUNTS_TOWARDS = CaseBlind(
    r"\bcount(?:s|ed)?\s+(?:\w+\s+){0,2}?(?:towards?|in|into|as part of)\b"
    r"|\b(?:does|do|did|will)\s+not\s+count\b|\bdon't count\b|\bcounts?\s*[.;:!]"
    r"|\b(?:is|are|be|been)\s+(?:not\s+|also\s+|only\s+)?(?:counted|included in the calculation"
    r"|taken into account|added (?:together|up)|aggregated|cumulated)\b"
    r"|\b(?:telt|tellen|tel)\s+(?:[^\s.;:,]+\s+){0,4}?(?:niet\s+|ook\s+|wel\s+)?mee\b"
    r"|\bmee(?:ge)?(?:teld|rekend|tellen|rekenen)\b"
    r"|\bin (?:aanmerking|rekening) genomen\b|\bsamengeteld\b|\bopgeteld\b"
    r"|\bin de berekening\b"
    r"|\bentre(?:nt)?\s+(?:pas\s+|également\s+|aussi\s+)?(?:en ligne de compte|dans le calcul)"
    r"|\bpris(?:es)?\s+en\s+(?:compte|considération)\b|\bcomptabilisée?s?\b"
    r"|\bcompte(?:nt)?\s+(?:pas\s+|aussi\s+|également\s+)?pour\b"
    r"|\bcompte(?:nt)?\s+(?:aussi|également|de même)\b|\bne\s+compte(?:nt)?\s+pas\b"
    r"|\bcompte(?:nt)?\s+(?:aussi\s+|également\s+)?dans (?:le|leur) calcul\b"
    r"|\b(?:is|are)\s+(?:therefore|thus|then|however)\s+(?:not\s+)?counted\b"
    r"|\b(?:sont|est|seront|sera)\s+(?:pas\s+|aussi\s+|également\s+)?comptée?s?\b"
    r"|\bcount(?:s)?\s+(?:too|as well|also)\b|\balso\s+counts?\b"
    r"|\bs'additionnent\b|\bse cumulent\b|\bsont (?:cumulée?s|additionnée?s)\b"
    r"|\b(?:zählt|zählen)\s+(?:[^\s.;:,]+\s+){0,4}?(?:nicht\s+|auch\s+)?mit\b"
    r"|\b(?:mitgezählt|mitgerechnet|angerechnet|berücksichtigt|zusammengerechnet|addiert"
    r"|einberechnet|eingerechnet)\b|\bin die berechnung\b"
)
_COUNTED = CaseBlind(
    r"\d"
    r"|\b(?:pay|salary|salaries|wages?|income|remuneration|earnings|bonus(?:es)?|allowances?"
    r"|periods?|days|months|weeks|hours|years|threshold|limit|ceiling|minimum|maximum"
    r"|calculation|total|amount"
    r"|loon|lonen|salaris|inkomen|inkomsten|bezoldiging|vergoedingen|premies?|vakantiegeld"
    r"|periodes?|dagen|maanden|weken|uren|jaren|drempel|grens|plafond|berekening|bedrag"
    r"|salaires?|rémunérations?|revenus?|primes?|indemnités?|pécule|périodes?|jours|mois"
    r"|semaines|heures|années|seuil|calcul|montant"
    r"|gehalt|lohn|einkommen|vergütung|entgelt|zulagen?|prämien?|urlaubsgeld|zeitraum"
    r"|zeiträume|zeiten|tagen?|monaten?|wochen|stunden|jahren?|schwelle|grenze|berechnung"
    r"|betrag|summe"
    # what is added up across time: stays, assignments, jobs, said earlier or not
    r"|stays|assignments|jobs|activities|occupations|traineeships|internships|earlier|previous"
    r"|prior|verblijven|opdrachten|banen|tewerkstellingen|stages|activiteiten|vroegere|eerdere"
    r"|voorgaande|séjours|missions|emplois|occupations|activités|antérieur(?:e|s|es)?"
    r"|précédente?s?|aufenthalte|einsätze|beschäftigungen|tätigkeiten|praktika|frühere?n?"
    r"|vorherige?n?|vorangegangene?n?)\b"
    r"|\w(?:tage|zeiten|zeiträume|monate|wochen)\b"  # "Schulungstage", "Beschäftigungszeiten"
)


def counts_towards_a_limit(sentence: str) -> bool:
    """Whether a sentence says what counts towards a limit or a threshold (see above)."""
    lower = lowered(sentence)
    return _COUNTS_TOWARDS.found(sentence, lower) and _COUNTED.found(sentence, lower)


# A procedure said not to apply to a case ("The single permit procedure does not apply to:",
# "De procedure geldt niet voor", "La procédure du permis unique ne s'applique pas aux", "Das
# Verfahren gilt nicht für") names which route the case follows, not an obligation lifted:
# those cases still need a permit by another route (GUIDE, round-14 label audit). The
# procedure is the subject of the negated "apply"; a lifting said beside it ("you no longer
# need a work card") still lifts.
_PROCEDURE_NOT_APPLYING = CaseBlind(
    r"(?<![\w])(?:procedures?|\w*procedures?|procédures?|\w*verfahrens?)(?![\w])"
    rf"(?:\s+[^\s.;:,]+){{0,5}}?\s+(?:{_NOT_APPLYING.lower()})(?![\w])"
    # said to the reader ("… so the procedure does not apply to you"): nothing to apply for,
    # the lifting it is (GUIDE: "only where the page says the reader then needs nothing")
    r"(?!\s+(?:to|for|voor|op|pour|à|für|auf)\s+(?:you|jou|u|je|vous|toi|sie|dich)\b)"
)
# A check the reader must make ("must first check whether the worker is exempt", "moet eerst
# nagaan of hij vrijgesteld is", "doit vérifier que le travailleur ne relève pas d'une
# dispense", "muss zuerst prüfen, ob der Arbeitnehmer befreit ist"): an exemption named in
# what is checked is asked about, lifted by nothing; the sentence binds to the check (a
# requirement outside a procedure heading, GUIDE round-14 label audit).
_CHECKED_CLAUSE = CaseBlind(
    r"\b(?:check|verify|ascertain|determine|establish|see|find out|make sure)\s+"
    r"(?:first\s+|beforehand\s+)?(?:whether|if)\b"
    r"|\b(?:nagaan|nagegaan|controleren|gecontroleerd|nakijken|nagekeken|checken|bekijken|"
    r"onderzoeken|verifiëren|vaststellen|uitzoeken)\s+(?:eerst\s+|vooraf\s+)?of\b"
    r"|\b(?:na|te)\s+gaan\s+of\b|\b(?:eerst\s+)?(?:na|uit)\s+(?:te\s+)?(?:gaan|zoeken)\s+of\b"
    r"|\b(?:vérifier|vérifie|vérifient|vérifiez|contrôler|examiner|déterminer|s'assurer|"
    r"s’assurer)\s+(?:d'abord\s+|au préalable\s+)?(?:si|s'|s’|que|qu'|qu’)"
    r"|\b(?:prüfen|überprüfen|klären|feststellen|kontrollieren|ermitteln|nachsehen|"
    r"sicherstellen)\s*,\s*ob\b"
)

# A heading about conditions names them ("Conditions", "Voorwaarden", "Voraussetzungen").
_CONDITION_NOUN = CaseBlind(
    rf"(?:{alternation(LEX.condition_nouns)})"
)
_NEED_WORD = CaseBlind(
    rf"(?<![\w])(?:{alternation(LEX.required)}|needs?|brauchen|braucht|benötigt|benötigen"
    r"|besoin)(?![\w])"
)


def _says_who_needs(sentence: str, lower: str) -> bool:
    """Whether an obligation says which cases need something ("A work permit is needed for
    every job longer than three months", "est nécessaire pour tout emploi", "ist für jede
    Beschäftigung erforderlich"): a need-word, and no act of applying or lodging."""
    return (
        _NEED_WORD.found(sentence, lower)
        and not _APPLYING.found(sentence, lower)
        and not _LODGING.found(sentence, lower)
        and not _PROCEDURE.found(sentence, lower)
    )

# That an obligation has exemptions, said with a quantifier between the verb of existence and
# the noun ("There are several exemptions from this duty", "Op deze verplichting bestaan
# verschillende vrijstellingen", "Il existe plusieurs dispenses", "Von dieser Meldepflicht gibt
# es mehrere Ausnahmen"), or the exemptions as the subject of "apply" ("Exemptions from the
# duty apply mainly to short assignments", "Vrijstellingen van de meldingsplicht gelden …"):
# an exemption (GUIDE: a sentence that lifts an obligation is one whatever its words; the
# lexicon's "er bestaan uitzonderingen" only without the quantifier).
_QUANTIFIER = (
    r"(?:(?:also|however|several|many|some|certain|various|numerous|a number of|a few|a|an|"
    r"wel|ook|echter|verschillende|enkele|veel|talrijke|bepaalde|een aantal|een|heel wat|"
    r"toch|aussi|également|cependant|plusieurs|certaines|certains|quelques|de nombreuses|"
    r"des|une|un|auch|jedoch|mehrere|einige|zahlreiche|viele|bestimmte|eine|ein)\s+){0,3}"
)
_EXEMPTION_NOUNS = (
    r"(?:exemptions?|exceptions?|vrijstellingen|vrijstelling|uitzonderingen|uitzondering|"
    r"dispenses?|dérogations?|ausnahmen|ausnahme|befreiungen|befreiung)"
)
_EXEMPTIONS_EXIST = CaseBlind(
    r"(?<![\w])(?:there (?:are|is)|(?:er )?(?:bestaan|bestaat|gelden|geldt)(?: er)?"
    r"|il (?:existe|y a)|(?:es )?(?:gibt es|gibt|bestehen|besteht)(?: es)?"
    # the obligation as subject that has or knows exceptions ("This duty has exceptions",
    # "Die plicht kent uitzonderingen", "Cette obligation connaît des exceptions", "Für
    # diese Pflicht gelten Ausnahmen", "Die Pflicht kennt Ausnahmen")
    r"|has|have|knows|comes with|is subject to|are subject to|heeft|hebben|kent|kennen"
    r"|connaît|connait|connaissent|comporte|comportent|prévoit|admet|admettent|souffre"
    r"|est assortie d'|est assorti d'|gelten|gilt|hat|haben|kennt|kennen|sieht)\s+"
    rf"{_QUANTIFIER}{_EXEMPTION_NOUNS}(?![\w])"
    rf"|^(?:{_EXEMPTION_NOUNS})\s+(?:from|to|of|van|op|de|à|von|zu)\s+(?:[^\s.;:,]+\s+){{1,4}}?"
    r"(?:apply|gelden|s'appliquent|s’appliquent|existent|bestaan|gelten|bestehen)(?![\w])"
)
# French "ne doit pas" is "must not" and "need not" both; with an infinitive and the partitive
# of a negation after it ("ne doivent pas faire de déclaration", "ne devez pas payer de
# redevance", "ne doit pas demander d'autorisation") it says no such thing is owed: lifted
# ("ne doit pas quitter le territoire" keeps its article: a ban).
_NEGATED_PARTITIVE = CaseBlind(
    r"\bne\s+(?:doit|doivent|devez|devons|devra|devront|devrez)\s+pas\s+"
    r"(?:[^\s.;:,]+(?:er|ir|re))\s+(?:de|d['’])(?:\s|(?<=['’]))",
    needles=("pas",),
)
# A cost lifted for a case: "If you entered with a visa D, opening your file is free of
# charge", "… kost niets", "… est gratuite", "… ist kostenlos": a fee lifted (the lexicon's
# "is gratis voor" names a group), the case said by an opening "if" or a group by "for".
_FREE_FOR_A_CASE = CaseBlind(
    r"^(?:if|when|als|indien|wanneer|si|lorsque|quand|wenn|falls)\b[^.;:]{3,120},"
    r"[^.;:]{0,80}?\b(?:is free(?: of charge)?|costs? nothing|is at no cost"
    r"|est gratuite?s?|sont gratuite?s|ne coûte(?:nt)? rien"
    # Dutch and German put the verb first after the case, the subject between: "dan kost de
    # eerste kaart niets", "ist die erste Karte kostenlos"
    r"|(?:is|zijn)\b[^.;:,]{0,50}?\b(?:gratis|kosteloos)|kost(?:en)?\b[^.;:,]{0,50}?\bniets"
    r"|(?:ist|sind)\b[^.;:,]{0,50}?\b(?:kostenlos|gebührenfrei|unentgeltlich)"
    r"|kostet\b[^.;:,]{0,50}?\bnichts)\b"
)

# A permission given "without any formality" ("They can take a student job without any
# formality", "Zij mogen zonder enige formaliteit werken", "Ils peuvent travailler sans aucune
# formalité", "Sie dürfen ohne besondere Formalitäten arbeiten"): the group is spared the
# procedure, an exemption (GUIDE: a lifted obligation). Only with a permission (can, may) and
# no obligation in the sentence: "the state must take you back without formalities" binds an
# authority (round 19, from half A).
_WITHOUT_FORMALITY = CaseBlind(
    r"(?<![\w])(?:without\s+(?:any\s+|further\s+|other\s+)?(?:particular\s+|special\s+)?"
    r"formalit(?:y|ies)|sans\s+(?:aucune\s+|autre\s+)?formalités?"
    r"|zonder\s+(?:enige\s+|verdere\s+|andere\s+|bijzondere\s+)?formaliteit(?:en)?"
    r"|ohne\s+(?:jede\s+|weitere\s+|besondere\s+|andere\s+)?formalität(?:en)?)(?![\w])"
)


# A lead-in that ends on a verb of handing in, with no object of its own ("Please submit in
# person:", "Leg persoonlijk voor:", "Veuillez présenter en personne :", "Bitte legen Sie
# persönlich vor:"): its items are what is handed in.
_HANDS_IN_LEAD = CaseBlind(
    r"(?:\b(?:submit|present|hand in|produce|provide|bring|show)"
    r"(?:\s+(?:in person|personally|also|as well|the following|at the counter))?"
    r"|\b(?:leg|legt|leggen)\b(?:\s+[^\s:]+){0,3}?\s+voor"
    r"|\b(?:breng|brengt|brengen)\b(?:\s+[^\s:]+){0,3}?\s+mee"
    r"|\b(?:geef|geeft|geven)\b(?:\s+[^\s:]+){0,3}?\s+af"
    r"|\b(?:présenter|présentez|remettre|remettez|fournir|fournissez|produire|produisez|"
    r"apporter|apportez)(?:\s+(?:en personne|personnellement|également|aussi))?"
    r"|\b(?:legen|reichen|bringen|geben)\s+sie\b(?:\s+[^\s:]+){0,3}?\s+(?:vor|ein|mit|ab)"
    r"|\b(?:vorlegen|einreichen|mitbringen|abgeben|vorzeigen))\s*:\s*$"
)

# An exemption bounded in time or by a state, the exemption first or the verb first: "Die
# vrijstelling geldt voor maximum 3 maanden", "De vrijstelling geldt alleen zolang …", "loopt
# deze vrijstelling maximaal 21 dagen", "The exemption lasts no longer than the project", "The
# exemption is limited to the length of the test", "La dispense vaut au maximum trois mois",
# "Die Befreiung gilt höchstens drei Monate".
_RUN_VERB = (
    r"(?:applies|apply|lasts|last|runs|run|is limited to|is valid|geldt|gelden|loopt|lopen|duurt|"
    r"is beperkt tot|vaut|valent|dure|durent|court|courent|est limitée? à|gilt|gelten|läuft|"
    r"laufen|dauert|dauern|ist begrenzt auf|ist beschränkt auf)"
)
_RUN_BOUND = (
    r"(?:(?:for )?(?:a )?maximum|at most|no longer than|not longer than"
    r"|only (?:as long as|while|for|until)|as long as|until|(?:voor )?maximum|maximaal"
    r"|ten hoogste|hoogstens|(?:alleen |enkel )?zolang|tot|niet langer dan|au maximum|au plus"
    r"|pendant (?:au maximum|au plus)|tant que|(?:uniquement |seulement )?(?:tant que|jusqu)"
    r"|pas plus de|höchstens|maximal|(?:nur )?solange|"
    r"bis|nicht länger als|the length of|the duration of|de duur van|la durée d|die dauer)"
)
_EXEMPTION_RUNS = CaseBlind(
    rf"(?<![\w])(?:{_EXEMPTION_WORD})(?![\w])(?:\s+[^\s.;:,]+){{0,2}}?\s+{_RUN_VERB}"
    rf"\s+(?:[^\s.;:,]+\s+)?{_RUN_BOUND}(?![\w])"
    rf"|(?<![\w]){_RUN_VERB}\s+(?:[^\s.;:,]+\s+)?(?:{_EXEMPTION_WORD})\s+"
    rf"(?:[^\s.;:,]+\s+)?{_RUN_BOUND}(?![\w])",
    needles=_EXEMPTION_STEMS,
)

# "That applies only to …" ("Dat geldt alleen voor …", "Cela ne vaut que pour …", "Das gilt
# nur für …"): the scope of what the item said before it, an exemption's item stays one.
_SCOPE_OF_THE_ABOVE = re.compile(
    r"\b(?:dat|dit|das|dies|this|that|cela|ceci|ce)\s+(?:geldt|gilt|applies|vaut|ne vaut)\s+"
    r"(?:alleen|enkel|slechts|uitsluitend|nur|only|que|uniquement)\b",
    re.IGNORECASE,
)
# "… or is not already exempt for any other reason" ("of om geen andere reden al van deze
# formaliteit is vrijgesteld", "pour aucune autre raison", "aus keinem anderen Grund"): the
# exemption negated, whatever stands between; the obligation stays.
_NO_OTHER_REASON = CaseBlind(
    r"\b(?:(?:for )?no other (?:reason|ground)|(?:om )?geen andere (?:reden|grond)"
    r"|(?:pour )?aucune autre (?:raison|cause)|(?:aus )?keinem anderen grund)\b"
)

# A sentence opened by the exemption as a concession ("Even when exempt, the worker remains
# subject to …", "Ook al is hij vrijgesteld, …", "Malgré la dispense, …", "Même dispensé, …",
# "Trotz der Befreiung …", "Auch wenn er befreit ist, …"): it says what the exemption leaves
# standing, a qualification of the exemption, not a new obligation.
_DESPITE_EXEMPTION = CaseBlind(
    r"^(?:[^\s:]+\s*:\s*)?(?:despite (?:the|this|that|an?) (?:exemption|exception)"
    r"|even (?:when |if |though )?(?:\w+ )?(?:is |are )?exempt(?:ed)?"
    r"|ondanks (?:de|deze|die|een) (?:vrijstelling|uitzondering)"
    r"|ook al (?:is|zijn|bent|ben) (?:\w+ )?vrijgesteld|zelfs vrijgesteld"
    r"|malgré (?:la|cette|une) (?:dispense|exemption|exception)|même (?:s'il est |si )?dispensée?s?"
    r"|trotz (?:der|dieser|einer) (?:befreiung|ausnahme)|auch wenn (?:\w+ )?befreit|selbst befreit)"
)

_NAMES_ITSELF_A_CONDITION = CaseBlind(
    r"\b(?:is|are) (?:a|an|the) (?:\w+ )?(?:condition|prerequisite|requirement) (?:for|of|to)\b"
    r"|\b(?:is|zijn) (?:een|de) (?:\w+ )?(?:voorwaarde|vereiste) (?:voor|om|van)\b"
    r"|\b(?:est|sont) (?:une|la) (?:\w+ )?(?:condition|exigence)(?: \w+)? (?:pour|de|d'|du|à)"
    r"|\b(?:ist|sind) (?:eine|die) (?:\w+ )?(?:voraussetzung|bedingung) (?:für|zur|zum)\b"
)


def _lifted_phrases(text: str, lower: str | None):
    """The lifted phrases of `text`, each tried only where one of their first words stands:
    with their gaps, trying all of them at every position cost 60 µs a sentence."""
    if lower is None:
        source, starts, phrases = text, _LIFTED_START.folded, _LIFTED.folded
    else:
        source, starts, phrases = lower, _LIFTED_START.lowered, _LIFTED.lowered
    for start in starts.finditer(source):
        match = phrases.match(source, start.start())
        if match:
            yield match


@text_memo  # per sentence (parsers.text.TEXT_MEMO)
def lifts_obligation(text: str, lower: str | None = None) -> bool:
    """Whether `text` lifts an obligation for a group or a case ("U moet geen toelating
    aanvragen", "Aucune redevance n'est due dans les cas suivants") — an exemption (GUIDE.md),
    unless it bans something ("may not"), sends the reader to another procedure instead, or
    says a group is not exempt."""
    lower = lowered(text) if lower is None else lower
    case = _CASE_FIRST.match(text)
    if (
        _EXEMPTIONS_EXIST.found(text, lower)
        or _FREE_FOR_A_CASE.found(text, lower)
        or _NEGATED_PARTITIVE.found(text, lower)
    ):
        return _lifting_stands(text, lower)
    if (
        # (a substring test first, the regex only where it can match; lowered() gives None
        # for a text it leaves to the case-folding patterns: "Formalität" holds "ormalit")
        "ormalit" in (lower if lower is not None else text)
        and _WITHOUT_FORMALITY.found(text, lower)
        and _MAY.found(text, lower)
        and not OBLIGATION.found(text, lower)
    ):
        return _lifting_stands(text, lower)
    if not _LIFTED_START.found(text, lower):
        return False
    # a procedure that does not apply names a route; what is checked is asked about
    routes = [(r.start(), r.end()) for r in _PROCEDURE_NOT_APPLYING.finditer(text, lower)]
    checked = next(_CHECKED_CLAUSE.finditer(text, lower), None)
    return (
        any(
            not _DESCRIBES.search(text, 0, m.start())
            and not (case and m.end() <= case.end())
            and not any(start <= m.start() < end for start, end in routes)
            and not (checked and m.start() >= checked.end())
            # a negation and a modal apart across a comma belong to two clauses ("Wohnen Sie
            # nicht in einem Hotel, müssen Sie sich … vorstellen": a case, then an obligation)
            and ", " not in m.group(0)
            for m in _lifted_phrases(text, lower)
        )
        and _lifting_stands(text, lower)
    )


def _lifting_stands(text: str, lower: str | None) -> bool:
    """Whether a lifting `text` states is not undone by a ban, a redirect, a "but must", a
    negated exemption, an "unless", a denial or a bound on the exemption."""
    return (
        not _PROHIBITION.found(text, lower)
        and not _REDIRECTED.found(text, lower)
        and not _BUT_OBLIGED.found(text, lower)
        and not _NEGATED_EXEMPT.found(text, lower)
        and not _UNLESS.search(text)
        and not _DOES_NOT_MEAN.found_in(text)
        and not _EXEMPTION_DENIED.found(text, lower)
        and not _EXEMPTION_BOUNDED.found(text, lower)
        and not _NO_OTHER_REASON.found(text, lower)
    )


@fast_init  # frozen, built without a setattr call a field (parsers.frozen)
@dataclass(frozen=True)
class Condition:
    """One requirement, document, step or exemption a page states.

    - ``kind``: a word of `parsers/vocab.py` CONDITION_KINDS.
    - ``text``: the list item or sentence, as published.
    - ``section``: the heading path above it.
    - ``block_index``: the block it was read from; ``position``: its order on the page.
    """

    kind: str
    text: str
    section: str
    block_index: int
    position: int


@lru_cache(maxsize=4096)
def kind_of_heading(text: str, lead: int = 4) -> str | None:
    """The condition kind a heading announces, when its phrase comes within the first
    `lead` words ("Conditions for the au pair", "Welke documenten…"): a long heading that
    mentions a procedure in passing does not make its lists steps. Earliest phrase wins."""
    if text.strip(" ?¿:").lower() in LEX.procedure_questions:
        return "step"  # "Où ?", "Comment ?", "Wie?": where, how or when to apply
    best: tuple[tuple[int, int], str] | None = None
    for kind, regex in _HEADING_KINDS:
        match = regex.search(text)
        if not match or len(text[: match.start()].split()) >= lead:
            continue
        # Earliest wins; at the same start the longer phrase ("vereiste documenten" over
        # "vereiste").
        here = (match.start(), -len(match.group(0)))
        if best is None or here < best[0]:
            best = (here, kind)
    if best is None:  # "Zugangsvoraussetzungen", "Antragsverfahren": the last part names it
        for kind, regex in _COMPOUND_TAILS:
            match = regex.search(text)
            # (the words before the compound: "Vervolg van de beroepsprocedure" has three)
            if match and len(text[: match.start()].split()[:-1]) < lead:
                return kind
    return best[1] if best else None


_STATE_VERB = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.state_verbs)})(?![\w])")


def _in_a_state(sentence: str) -> bool:
    """Whether an obligation of `sentence` is to be in a state: a state verb within eight
    words after the obligation word ("must live in", "moeten … een toelating hebben",
    "doit résider", "muss … wohnen")."""
    lower = lowered(sentence)
    for match in OBLIGATION.finditer(sentence, lower):
        window = " ".join(sentence[match.end() :].split()[:8])
        if _STATE_VERB.found_in(window):
            return True
    return False


def _names_stage(sentence: str) -> bool:
    """Whether an obligation under a procedure heading is about a stage of it: it names
    what the procedure handles, an act of applying or lodging, or an authority's act, or is
    an order. "The worker must live in French-speaking Wallonia", "Il lui faut un mandat",
    "moeten vooraf een toelating tot arbeid hebben" name a state to be in: requirements."""
    lower = lowered(sentence)
    return bool(
        _PROCEDURE.found(sentence, lower)
        or _APPLYING.found(sentence, lower)
        or _LODGING.found(sentence, lower)
        or _HANDLES.found(sentence, lower)
        or _PROCEDURE_TAIL.search(sentence)
        or IMPERATIVE.match(sentence)
    )


# A case that opens a sentence before its colon ("If Brussels Economy and Employment
# agrees:", "B) Als het Gewest akkoord gaat:", "Si la Région marque son accord :", "Wenn das
# Ministerium zustimmt:"): what follows the colon is what happens in it.
_CASE_HEAD = re.compile(
    rf"^\s*(?:[a-h\d][.)]\s*)?(?:{alternation(LEX.conditional)})\b", re.IGNORECASE
)


# What someone does not do at a stage ("The service provider does not examine the
# application and decides nothing", "Dat bedrijf behandelt uw aanvraag niet", "Ce prestataire
# n'examine pas la demande", "Das Unternehmen prüft den Antrag nicht"): the authority says what
# it will not do, no stage of the reader's procedure (GUIDE devset-r). A case opening the
# sentence ("If the file is not complete, the office asks …") is a stage's case, not this.
_NEAR_NEGATION = re.compile(rf"^(?:\W+\w+){{0,4}}?\W+(?:{_NEGATION})\b", re.IGNORECASE)
_NEGATION_BEFORE = re.compile(
    rf"\b(?:{_NEGATION}|n['’]|ne|does|do|did|will)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _denies_an_act(sentence: str) -> bool:
    if _CASE_HEAD.match(sentence) or _CASE_THEN.match(sentence):
        return False
    # (in the main clause, before any comma: "…, so that the visa is not issued late" only
    # says why)
    sentence = re.split(r"[,;:(]", sentence, maxsplit=1)[0]
    lower = lowered(sentence)
    for match in _HANDLES.finditer(sentence, lower):
        after = sentence[match.end() : match.end() + 60]
        before = sentence[max(0, match.start() - 20) : match.start()]
        if _NEAR_NEGATION.match(after) or (
            _NEGATION_BEFORE.search(before) and re.search(r"\bpas\b|\bnot\b", before + after)
        ):
            return True
    return False


_RENEWAL_NOUN = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.renewals)})(?![\w])")


# Paying the procedure's fee, told as an act ("Then the candidate pays a fee of 35 EUR", "Daarna
# betaalt u de retributie", "Le montant se verse sur le compte …", "Außerdem zahlt er eine
# Gebühr von 35 €"): a stage of the procedure, whoever pays (GUIDE: under a procedure heading a
# sentence telling a stage is a step). A verb of paying with a sum, an account or a figure
# in euros; a choice or a preference of how one may pay ("You can pay by card", "bij
# voorkeur met Bancontact") stays a fee line, no row (devset-u).
_PAYS = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.pays)})(?![\w])")
_SUMS = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.sums)})(?![\w])")
_MAY_PAY = re.compile(
    r"\b(?:can|could|may|kan|kunt|kunnen|mag|mogen|peut|peuvent|pouvez|pourrez|kann|können"
    r"|darf|dürfen|preferably|bij voorkeur|de préférence|vorzugsweise|bevorzugt)\b",
    re.IGNORECASE,
)


def _pays_a_fee(sentence: str, lower: str) -> bool:
    return bool(
        _PAYS.found(sentence, lower)
        # (how much, or into which account: "Voor die dienst betaalt u kosten" only says a
        # fee is charged, a fee line as "Es wird eine Gebühr erhoben" is, older pages)
        and (_SUMS.found(sentence, lower) or bool(_CURRENCY.search(sentence)))
        and not _MAY_PAY.search(sentence)
    )


def tells_stage(sentence: str) -> bool:
    """Whether a sentence under a procedure heading tells a stage of it (GUIDE.md): it names
    what the procedure handles (the application, the file, the decision, the appeal) before
    any colon (what follows one is an example or an address), and is no question and no
    pointer to more reading — "The Ministry examines your application", "De beslissing
    wordt per brief meegedeeld", "Gegen diese Entscheidung können Sie …"."""
    if sentence.rstrip().endswith("?") or len(sentence.split()) < 4:
        return False  # a question, or a title set as a paragraph ("Procedure arbeidskaart")
    head = sentence.split(":", 1)[0] if len(sentence.split(":", 1)[0].split()) > 2 else sentence
    if head is not sentence and _CASE_HEAD.match(head):
        head = sentence  # "B) If the Region agrees: the Office examines the file": the case,
        # then the stage in it
    lower = lowered(head)
    return (
        (
            _PROCEDURE.found(head, lower)
            or _APPLYING.found(head, lower)  # "De arbeidskaart C vraag je zelf aan."
            or bool(_CASE_THEN.match(sentence))
            or _HANDLES.found(head, lower)  # "Die beslist over je verblijfsrecht."
            # the renewal done by someone ("Le renouvellement est lancé par la commune", round
            # 18): the renewal is the procedure's stage, its agent acts on it
            or (_RENEWAL_NOUN.found(head, lower) and bool(_DONE_BY.search(head)))
            or _pays_a_fee(head, lower)  # "Außerdem zahlt er eine Gebühr von 35 €"
        )
        # a site to read is no stage; one where the act is done is ("Vraagt u het visum aan
        # op de ambassade, dan vult u eerst het formulier in op https://…")
        and not (_SITE.found(sentence, None) and not _acts_on_a_site(sentence))
        and not _POINTER.found(sentence, None)
        and not _LINK_POINTER.found_in(sentence)  # "Click here to open the application form."
        # an example ("For example, for a visit starting on 1 September …") or what a stage
        # depends on ("How long your visa takes to process depends on your file") tells no
        # stage (GUIDE, tune12b: not steps there)
        and not _EXAMPLE.match(sentence)
        and not _depends_on(sentence)
        and not _denies_an_act(sentence)
    )


def _acts_on_a_site(sentence: str) -> bool:
    """Whether a sentence naming a site tells an act done there before it names the site:
    an order, a case and what then happens, or an act of applying or lodging ("Apply online
    at …", "Dien de aanvraag in via …", "Remplissez le formulaire sur …", "Reichen Sie den
    Antrag über … ein"), not a pointer to reading ("More on …")."""
    head = sentence[: next(_SITE.finditer(sentence, None)).start()]
    lower = lowered(head)
    return bool(
        IMPERATIVE.match(_unlabelled(head))
        or _CASE_THEN.match(head)
        or _APPLYING.found(head, lower)
        or _LODGED.found(head, lower)
    )


def _depends_on(sentence: str) -> bool:
    """Whether a sentence says what something depends on, its main verb ("… depends on the
    quality of your file", "… hangt af van …"): a fact. Opened by it ("Afhankelijk van uw
    statuut ontvangt u …", "Je nach Ihrer Situation reichen Sie …") it tells the case of a
    stage."""
    return any(match.start() > 0 for match in _DEPENDS.finditer(sentence, None))


# "Is de werknemer in België, dan gaat de kaart naar de gemeente", "Leben Sie im Ausland,
# dann bei der Botschaft", "Ontbreekt er informatie, dan vraagt de administratie …": a case
# of the procedure, verb first, then what happens in it.
_CASE_THEN = re.compile(r"^[^\W\d_]+\s[^.;:]*,\s*(?:dan|dann)\b", re.IGNORECASE)


def _lodging_heading(heading: str) -> str | None:
    """'step' for a short heading naming the application and its lodging ("Submitting an
    application", "Indiening van de aanvraag", "Dépôt du dossier", "Antrag einreichen")."""
    if len(heading.split()) <= 6 and _PROCEDURE.found_in(heading) and _LODGING.found_in(heading):
        return "step"
    return None


# German and Dutch relative pronouns that are also articles: "die Aktivierungsmaßnahmen".
_ALSO_ARTICLE = {"die", "der", "dat"}


def _relative_to(lead_in: str, item: str) -> bool:
    """Whether a list item is a relative clause of the noun its lead-in ends on ("a worker:
    who has…", "Arbeitnehmer, die:"). 'die', 'der' and 'dat' open such a clause only after
    a noun; after a verb ("Die neuen Zuständigkeiten betreffen:") they are articles (German
    nouns are capitalised, and so is the noun a Dutch or German lead-in ends on here)."""
    match = _RELATIVE.match(item)
    if not match:
        return False
    if match.group(0).lower() not in _ALSO_ARTICLE:
        return True
    words = WORD.findall(lead_in)
    return bool(words) and words[-1][:1].isupper()


# A lead-in that ends on a relative pronoun ("a permit for people who:", "voor personen
# die:", "pour les personnes qui :", "für Personen, die:") opens the clause its items finish:
# each item says who the permit is for, a requirement.
# German writes a comma before its relative pronoun, Dutch does not: a Dutch "die:" with no
# comma is taken only in a lead-in with no capitalised word after its first (a German one
# has its nouns capitalised: "Die neuen Regeln betreffen die:" ends on an article).
_ENDS_RELATIVE_WORD = re.compile(r"\b(?:who|qui|welche)\s*:$|,\s*(?:die|der|wie)\s*:$", re.I)
_ENDS_DUTCH_RELATIVE = re.compile(r"(?<=[^\W\d_]{3})\s+(?:die|wie)\s*:$")


def _ends_relative(lead_in: str) -> bool:
    if _ENDS_RELATIVE_WORD.search(lead_in):
        return True
    return bool(_ENDS_DUTCH_RELATIVE.search(lead_in)) and not any(
        w[:1].isupper() for w in WORD.findall(lead_in)[1:]
    )


# "This applies, among others, to:", "Dit geldt onder meer voor:", "Cela concerne :", "Das
# gilt für:": a short lead-in opened by a demonstrative names no subject of its own.
_DEMONSTRATIVE_LEAD = re.compile(
    r"^(?:this|that|these|they include|among them|dit|dat|deze|daartoe|hiertoe|daaronder|"
    r"cela|ceci|c'est|ce sont|parmi eux|parmi elles|das|dies|diese|dazu|hierzu|darunter)\b",
    re.IGNORECASE,
)


def _points_back(lead_in: str, before: str) -> str | None:
    """'exemption' when a list's lead-in only points back ("This applies to:") to a sentence
    that lifts an obligation ("For certain groups this requirement does not apply"): the
    sentence just before it in its paragraph, else the paragraph's previous one."""
    sentences = [s for s in _SENTENCE_END.split(lead_in.strip()) if s]
    if not sentences or len(sentences[-1].split()) > 8:
        return None
    if not _DEMONSTRATIVE_LEAD.match(sentences[-1]):
        return None
    antecedent = sentences[-2] if len(sentences) > 1 else before
    return "exemption" if antecedent and lifts_obligation(antecedent) else None


_WEBSITES = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.websites)})(?![\w])")


def _names_a_site(block: Block) -> bool:
    """Whether a list item only names a site its lead-in sends the reader to ("… consult the
    website of the relevant region:" then "Brussels", "Flanders"): a short name, no verb of
    its own, under a lead-in naming websites - a links list, no condition (GUIDE)."""
    return (
        bool(block.lead_ins)
        and len(block.text.split()) <= 4
        and _WEBSITES.found_in(_last_sentence(block.lead_ins[-1]))
        and not states_obligation(block.text)
        and not _OPENS_WITH_DOCUMENT.found_in(block.text)
    )


def _names_a_link(block: Block) -> bool:
    """Whether a list item is only a name of a few words under a lead-in that points to more
    reading ("Plus d'infos sur les demandes de permis de travail :" then "Région flamande"):
    a link's label, no condition (GUIDE: links lists; from half B,
    federal-work-permit-types-fr)."""
    lead = _last_sentence(block.lead_ins[-1]) if block.lead_ins else ""
    return (
        len(block.text.split()) <= 4
        and bool(_POINTER.found_in(lead))
        and not _lead_in_verdict(lead)  # "This page is for you if …:" sets conditions
        and not re.search(r"[\d:]", block.text)  # "director: 69.637" is a threshold
        and not states_obligation(block.text)
    )


def _is_link_line(text: str) -> bool:
    """'Walloon Region: emploi.wallonie.be' - a pointer to a site, not a condition."""
    return _SITE.found_in(text) and len(text.split()) <= 12 and not states_obligation(text)


# When two lead-ins disagree, the more specific subject wins; a lead-in that names a kind
# wins over the heading above it (GUIDE: a lead-in works like a heading, and is nearer).
_PRIORITY = {"document": 0, "exemption": 1, "step": 2, "requirement": 3}


# A lead-in opened by a label of up to three words and a colon, with more after it.
# (each word ends where its letters do: without the lookahead a long first word was tried
# split into two or three "words" before the colon was found missing, 0.6-0.9 ms of a
# benchmark page's extraction; the same matches and groups on 7,738 benchmark blocks)
_LABEL = re.compile(r"^\s*((?:[^\W\d_][\w'’-]*(?![\w'’-])\s*){1,3})\s*:\s+\S")


# Dutch writes some document names as their verb's infinitive ("bewijzen", "meebrengen"):
# after a modal or "te" in the same clause it is the verb, and names no list of documents.
_INFINITIVE_NOT_NAME = re.compile(
    r"\b(?:moet|moeten|kan|kunnen|mag|mogen|hoeft|hoeven|zal|zullen|te)\b[^.;:,]*"
    r"\b(?:bewijzen|meebrengen)\b",
    re.IGNORECASE,
)


def _lead_kind(lead_in: str) -> str | None:
    """The kind a lead-in names by its words, anywhere in it; a Dutch infinitive is no name
    ("moet stabiele inkomsten bewijzen in de volgende gevallen:" proves)."""
    named = kind_of_heading(lead_in, 99)
    if named == "document" and _INFINITIVE_NOT_NAME.search(lead_in):
        return None
    return named


# "You are concerned if …:", "U komt in aanmerking als …:", "Vous êtes concerné si …:", "Sie
# sind betroffen, wenn …:": whom the permit takes, on a condition the list goes on with
# (GUIDE: a heading naming whom a permit concerns heads requirements; a lead-in as a heading)
_CONCERNED_IF = re.compile(
    rf"(?<![\w])(?:{alternation(LEX.concerned)})\b[^.;:]{{0,40}}?"
    rf"(?<![\w])(?:{alternation(LEX.conditional)})(?![\w])",
    re.IGNORECASE,
)


# A lead-in that defines who counts as something ("Are considered EU nationals:", "Worden als
# EU-onderdanen beschouwd:", "Sont considérés comme étrangers européens :", "Als Unionsbürger
# gelten:"): its items say who, as under a heading that defines (GUIDE 22:58).
_DEFINES_LEAD = re.compile(
    r"\b(?:(?:is|are) (?:considered|regarded)(?: as)?|counts? as"
    r"|(?:wordt|worden) (?:\S+ ){0,3}(?:beschouwd|aangezien)|(?:geldt|gelden) als"
    r"|als \S+(?: \S+)? (?:gelden|gilt)"
    r"|(?:est|sont) (?:considérée?s?|réputée?s?) comme"
    r"|(?:gilt|gelten) als"
    # what counts or not towards a period: "The periods below do not count for your
    # application:", "ne comptent pas pour", "tellen niet mee voor", "zählen nicht für"
    r"|counts? (?:not )?(?:for|towards)|do(?:es)? not count|(?:ne )?comptent? (?:pas )?pour"
    r"|(?:tellen|telt) (?:niet )?mee|(?:zählen|zählt) (?:nicht )?(?:für|mit)"
    r"|(?:werden|wird) (?:nicht )?angerechnet)\b",
    re.IGNORECASE,
)


# A lead-in saying that a condition lapses for what its list names ("The age condition lapses
# for an internship at:", "Die leeftijdsvoorwaarde vervalt voor een stage bij een:", "La
# condition d'âge tombe pour …:", "Die Altersbedingung entfällt für …:"): its items are the
# cases the condition does not bind, exemptions (from half B of check part 8). The condition
# must be named: "Der Weg über das Ministerium entfällt für diese Anträge" lifts nothing.
_CONDITION_LAPSES = re.compile(
    r"(?:condition|requirement|voorwaarde|vereiste|bedingung|voraussetzung)\w*"
    r"(?:\s+[^\s:]+){0,2}?\s+(?:lapses|vervalt|tombe|entfällt)\b",
    re.IGNORECASE,
)
# A lead-in that is only an "except" ("Except:", "Behalve:", "Sauf :", "Außer:"): its items
# are the cases the rule stated above does not take, exemptions (from half B of check part 8).
_EXCEPT_LEAD = re.compile(
    r"^\s*(?:except|except for|unless|behalve|behalve als|tenzij|sauf|sauf si|excepté|außer|"
    r"außer wenn|es sei denn)\s*:\s*$",
    re.IGNORECASE,
)
# A lead-in that joins a condition to its list by "and you are" ("You hold the nationality of
# a member state, and you are:", "… en u bent:", "… et vous êtes :", "… und Sie sind:"): its
# items finish the sentence, the state the reader must be in, one requirement each (from half
# B of check part 8); a bare "You are:" only says whom a page addresses.
_STATE_LEAD = re.compile(
    r"\b(?:and|en|et|und)\s+(?:you are|u bent|je bent|vous êtes|sie sind)\s*:\s*$",
    re.IGNORECASE,
)


# "contains / includes" says what a paper holds only when a paper or the file is its subject
# ("Der Antrag enthält:", "De aanvraag bevat:"); "Organiser le module d'accueil, qui
# comprend :", "The course includes:" list what a scheme offers, no papers.
_CONTAINS_VERB = re.compile(
    r"(?<![\w])(?:contains?|includes?|comprises?|comprend|comprennent|contient|contiennent|contenir"
    r"|bevat|bevatten|omvat|omvatten|enthält|enthalten|umfasst|umfassen)(?![\w])",
    re.IGNORECASE,
)


# The message the reader sends, which carries the papers or states the data (round 19).
_MESSAGE_NOUNS = (
    r"e-?mail|mail|letter|message|courriel|courrier|lettre|brief|bericht|schreiben|nachricht"
)
_PAPER_OR_DATA = re.compile(
    r"(?<![\w])(?:envelope|enveloppe|envelop|umschlag|dossier|bundle|data|details|particulars"
    r"|information|gegevens|vermeldingen|inlichtingen|données|mentions|informations|angaben"
    r"|daten|informationen"
    # the message that carries the papers (round 19): "Your e-mail must contain:", "Votre
    # courrier doit contenir :", "Uw brief moet bevatten:", "Ihre E-Mail muss enthalten:"
    rf"|{_MESSAGE_NOUNS})(?![\w])",
    re.IGNORECASE,
)


def _names_a_schemes_contents(clause: str) -> bool:
    """Whether a lead-in's attach word is only a "contains / includes" whose clause names
    no paper, file or application."""
    if not _CONTAINS_VERB.search(clause):
        return False
    rest = _CONTAINS_VERB.sub(" ", clause)
    lower = lowered(rest)
    if _ATTACH.found(rest, lower) or _BRING.found(rest, lower):
        return False  # another attach word stands beside it
    return not (
        _PROCEDURE.found(clause, lowered(clause))
        or _NAMES_A_THING.found_in(clause)
        or _NAMES_DOCUMENTS.search(clause)
        # or the data a paper states (GUIDE devset-d: documents): "Er muss folgende Angaben
        # enthalten:", "It must contain the following particulars:"
        or _PAPER_OR_DATA.search(clause)
    )


# A lead-in whose subject is the message the reader sends and whose verb says what it states
# ("Your e-mail must mention:", "Uw e-mail moet vermelden:", "Votre courriel doit indiquer :",
# "Ihre E-Mail muss angeben:"): its items are the data and papers the message carries,
# documents, as those a form holds (GUIDE devset-d; round 19, from half B).
_MESSAGE_STATES = re.compile(
    rf"\b(?:{_MESSAGE_NOUNS})\s+(?:(?!(?:to|om|pour|à|um|zu)\b)[^\W\d_]+\s+){{0,3}}?"
    r"(?:mention|mentions|state|states|indicate"
    r"|indicates|give|gives|specify|specifies|mentionner|mentionne|indiquer|indique|préciser"
    r"|précise|reprendre|reprend|vermelden|vermeldt|aangeven|geeft|opgeven|angeben|gibt"
    r"|nennen|nennt|anführen)\b(?:\s+[^\W\d_]+){0,2}\s*:?\s*$",
    re.IGNORECASE,
)


# A lead-in that sends the reader somewhere and ends on "with:" ("On the day, go to the office
# with:", "Ga op de afgesproken dag naar het loket met:", "Rendez-vous au guichet avec :",
# "Kommen Sie zum Termin mit:", "Présentez-vous à la commune muni de :") lists what to take
# along: papers, documents (GUIDE devset-u, what to bring), as "Bring the following:" does,
# also under a heading about the procedure. The verb of going in the clause, "with" at its end.
_GO_WITH = re.compile(
    r"\b(?:go|come|report|visit|present yourself|appear|turn up|ga|gaat|kom|komt|begeef"
    r"|meld|bezoek|rendez-vous|rends-toi|présentez-vous|venez|passez|se rendre"
    r"|se présenter|gehen|kommen|begeben|erscheinen|melden)\b[^.;:]*?\s"
    r"(?:with|met|avec|mit|muni(?:e|s|es)?\s+(?:de|d['’]|des))\s*:\s*$",
    re.IGNORECASE,
)


# Following where one's file stands ("You can follow its progress online", "U kunt de stand
# van uw dossier online volgen", "Vous pouvez suivre l'état de votre demande sur le site",
# "Verfolgen Sie den Stand Ihres Antrags online") is a service the office offers, not a stage
# anyone must go through: no row, as the tuning pages label it everywhere (10 sentences on 10
# pages, none a row), unless the sentence also obliges. Asked of step rows only.
_TRACKS_PROGRESS = re.compile(
    r"\b(?:(?:follow|track|check|monitor)\s+(?:(?:the|its|their|your|his|her)\s+)?"
    r"(?:progress|status)|track\s+(?:your|the|its)\s+(?:application|file|request|passport)"
    r"|(?:uw|je|jouw)\s+(?:aanvraag|dossier|visumaanvraag)\s+(?:[^\W\d_]+\s+){0,2}opvolgen"
    r"|(?:stand|status|voortgang)\s+(?:van\s+(?:uw|je|jouw|zijn|haar|het|de)\s+)?"
    r"(?:[^\W\d_]+\s+){0,3}(?:volgen|opvolgen|raadplegen|nagaan|bekijken)"
    r"|suivre\s+(?:l['’](?:état|évolution|avancement)|le\s+(?:suivi|statut|traitement)"
    r"|la\s+progression|votre\s+(?:dossier|demande))"
    r"|(?:stand|status|fortschritt|bearbeitungsstand)\s+(?:[^\W\d_]+\s+){0,3}"
    r"(?:verfolgen|einsehen|abfragen|nachverfolgen)"
    r"|(?:verfolgen|einsehen|abfragen)\s+sie\s+(?:den|die|das)\s+(?:stand|status|fortschritt"
    r"|bearbeitungsstand))",
    re.IGNORECASE,
)


# An aside between two commas in a lead-in ("Breng, naargelang uw statuut, het volgende mee:",
# "Bring, depending on your status, the following:", "Apportez, le cas échéant, les pièces
# suivantes :", "Bringen Sie, je nach Status, Folgendes mit:"): an adverbial of case,
# measure or addition that names no kind; the lead-in is judged without it.
_ASIDE = re.compile(
    r",\s*(?:depending\s+on|according\s+to|where\s+applicable|if\s+applicable|if\s+necessary"
    r"|if\s+needed|in\s+(?:that|this|each)\s+case|as\s+the\s+case\s+may\s+be|as\s+appropriate"
    r"|for\s+(?:example|instance)|in\s+addition|moreover|please"
    r"|naargelang|naar\s+gelang|afhankelijk\s+van|volgens|indien\s+van\s+toepassing"
    r"|in\s+voorkomend\s+geval|zo\s+nodig|indien\s+nodig|in\s+(?:dat|dit|elk)\s+geval"
    r"|bijvoorbeeld|bovendien|alstublieft|a\.u\.b\."
    r"|selon|suivant|en\s+fonction\s+de|le\s+cas\s+échéant|si\s+nécessaire|au\s+besoin"
    r"|si\s+besoin|dans\s+(?:ce|chaque)\s+cas|par\s+exemple|en\s+outre|s['’]il\s+vous\s+plaît"
    r"|je\s+nach|abhängig\s+von|gemäß|gegebenenfalls|falls\s+nötig|wenn\s+nötig|bei\s+Bedarf"
    r"|in\s+diesem\s+Fall|zum\s+Beispiel|außerdem|bitte)\b[^,:;.?!]{0,60},\s*",
    re.IGNORECASE,
)


# A lead-in telling the reader to hand in what follows ("Hand in the following:", "Lever het
# volgende in:", "Remettez les documents suivants :", "Reichen Sie Folgendes ein:"): its items
# are documents (GUIDE: the items of a lead-in naming what to hand in); the lead-in is no row.
_HAND_IN_LEAD = re.compile(
    r"^\W*(?:please\s+|gelieve\s+|veuillez\s+|bitte\s+)?(?:hand\s+in|submit|provide|supply"
    r"|present|show|lever|bezorg|overhandig|toon|geef|leg|remettez|fournissez|présentez"
    r"|produisez|transmettez|remettre|fournir|présenter|produire|transmettre|reichen\s+sie"
    r"|geben\s+sie|legen\s+sie|übergeben\s+sie|zeigen\s+sie|übermitteln\s+sie)\b"
    r"[^.;:]{0,40}?\b(?:the\s+following|het\s+volgende|de\s+volgende|ce\s+qui\s+suit"
    r"|(?:les|des)\s+(?:\w+\s+)?suivant\w*|folgendes|folgende\s+\w+)"
    r"(?:\s+\w+)?(?:\s+(?:in|af|voor|over|ein|ab|vor))?\s*:\s*$",
    re.IGNORECASE,
)
# A lead-in naming the reader's situation ("This is your situation:", "Dit is uw situatie:",
# "Voici votre situation :", "Das ist Ihre Situation:"): its items are the states the reader
# must be in for the page to apply, conditions on the person, requirements under a procedure
# heading too (GUIDE, round-15 audit: the state the reader is in is a requirement).
_SITUATION_LEAD = re.compile(
    r"^\W*(?:(?:this|that|these)\s+(?:is|are)\s+|(?:dit|dat)\s+(?:is|zijn)\s+"
    r"|voici\s+|(?:das|dies)\s+(?:ist|sind)\s+)?"
    r"(?:your|uw|je|jouw|votre|vos|ihre?)\s+(?:situation|situatie|situations|situaties|case"
    r"|geval|cas|fall|profile|profiel|profil)\s*:\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _lead_in_verdict(lead_in: str) -> str | None:
    """The kind a whole lead-in gives its list by its build, wherever the words stand."""
    if "," in lead_in and _ASIDE.search(lead_in):
        return _lead_in_verdict(_ASIDE.sub(" ", lead_in, count=1))  # the aside names no kind
    if lifts_obligation(lead_in):
        return "exemption"  # "Aucune redevance n'est due dans les cas suivants :"
    label = _LABEL.match(lead_in)
    if label and kind_of_heading(label.group(1)) == "step" and _BRING.found_in(lead_in):
        return "document"  # "Richtlijnen: gelieve mee te brengen:": instructions to bring
    if label and kind_of_heading(label.group(1)):
        # "Ausnahmen: In den folgenden Fällen darf …, wenn …:", "Exceptions : dans les cas
        # suivants, …": a label before the colon names the list as a heading would
        return kind_of_heading(label.group(1))
    if _GO_WITH.search(_last_sentence(lead_in)):
        return "document"  # "On the day, go to the office with:": what to take along
    named = _lead_kind(lead_in)
    if ANNOUNCES.found_in(_last_clause(lead_in)) and _ENDS_AT_A_COUNTER.search(lead_in):
        return "step"  # "Only the following can be done at the counter:" (GUIDE devset-ak)
    if _SENDS_TO_ADDRESSES.search(_last_sentence(lead_in)):
        return "step"  # "Stuur ze naar een van deze adressen:": where the file goes, by channel
    if _DELAY_LEAD.match(lead_in) and (_PROCEDURE.found_in(lead_in) or _LODGING.found_in(lead_in)):
        return "step"  # "Date limite du dépôt de dossier :": the times of filing, by case
    if _TIMES_AHEAD.search(_last_sentence(lead_in)) and _LODGED.found_in(_last_sentence(lead_in)):
        # "De kennisgeving moet binnen de volgende termijnen worden bezorgd:", "The form must
        # be sent within the following time limits:": the times of filing, by case, as under
        # "Date limite du dépôt" (round 18, from half B)
        return "step"
    if _tells_where_it_goes(_last_clause(lead_in), _last_sentence(lead_in)):
        return "step"  # "U dient de aanvraag in bij:", "The form and its documents must be sent:"
    if named == "document" and _lead_kind(_last_clause(lead_in)) not in (None, "document"):
        named = _lead_kind(_last_clause(lead_in))  # "Verstuur het dossier …, volgens de
        # procedure hieronder:": the last clause names the list, the file is its object
    if named == "document":
        return "document"  # never in passing: "…alle documenten voorleggen, bijvoorbeeld:"
    if _MESSAGE_STATES.search(_last_clause(lead_in)):
        return "document"  # "Dans ce cas, votre e-mail doit mentionner :": what the message
        # sent instead of a visit states, as the papers a form holds (from half B)
    if (
        _ATTACH.found_in(_last_clause(lead_in)) or _BRING.found_in(_last_clause(lead_in))
    ) and not _names_a_schemes_contents(_last_clause(lead_in)):
        return "document"  # "Joignez à votre demande :", "Der Antrag enthält:", "Attach:",
        # "Modalités : se munir de :", "Neem naar de afspraak mee:"
    if _SITUATION_LEAD.match(lead_in):
        return "requirement"  # "This is your situation:" then "You hold a student visa."
    if _COMPLY.found_in(_last_clause(lead_in)):
        # "Veuillez respecter les éléments suivants :" under "Dossier": rules to keep, though
        # the heading names the file (GUIDE: a lead-in works as a heading, and is nearer)
        return "requirement"
    if (
        _FOLLOWS.found_in(lead_in)
        and named in (None, "step")
        and (_PROCEDURE.found_in(lead_in) or IMPERATIVE.match(lead_in))
    ):
        return "step"  # "Proceed as follows:", "De procedure verloopt als volgt:"
    if _CONDITIONAL_END.found_in(lead_in) and not _as_a_group(lead_in):
        # "Une activité présente une utilité économique lorsqu'elle :" sets conditions, of an
        # exemption when its own clause names one ("U bent vrijgesteld als:"); one mentioned
        # in an earlier clause ("Valt hij niet onder een vrijstelling, dan … als:") is not it.
        clause = re.split(r"[,;.]", lead_in.rstrip(": "))[-1]
        return "exemption" if kind_of_heading(clause, 99) == "exemption" else "requirement"
    if _CONCERNED_IF.search(lead_in):
        return "requirement"  # "You are concerned if the pay goes beyond the following …:"
    if _CONDITION_LAPSES.search(lead_in):
        return "exemption"  # "Die leeftijdsvoorwaarde vervalt voor een stage bij een:"
    if _EXCEPT_LEAD.match(lead_in):
        return "exemption"  # "Außer:", "Sauf :": the cases the rule above does not take
    if _WHO_AND_LEAD.search(lead_in) and named in (None, "requirement"):
        return "requirement"  # "Dat geldt voor wie …, en:" then "niet de … nationaliteit bezit"
    if _STATE_LEAD.search(lead_in) and _lead_kind(lead_in) in (None, "requirement"):
        return "requirement"  # "…, and you are:" then "Student": each item ends the sentence
    if _DEFINES_LEAD.search(_last_clause(lead_in)):
        return "requirement"  # "Sont considérés comme étrangers européens :": who counts as
        # what, as under a heading that defines it (GUIDE 22:58)
    if _PROCEDURE.found_in(lead_in) and _LODGED.found_in(lead_in) and named in (None, "step"):
        # "The application is lodged:", "Les demandes sont introduites par :"; not "… is sent
        # to the Office in the following situations:", which announces the cases after it
        sent = next(_LODGED.finditer(lead_in, None)).end()
        if not ANNOUNCES.found_in(lead_in[sent:]):
            return "step"
    if (
        _APPLIES.found_in(lead_in)
        and ANNOUNCES.found_in(lead_in)
        and named in (None, "requirement")
        and not _POINTER.found_in(lead_in)
    ):
        return "requirement"  # "Voor de volgende onderdanen blijft de reglementering gelden:"
    if _SAYS_WHERE_IT_HOLDS.search(_last_clause(lead_in)) and named in (None, "requirement"):
        return "requirement"  # "Een beroepskaart geldt:" then "voor een welbepaalde activiteit;"
    return None


# A short lead-in that ends on where a permit holds ("Een beroepskaart geldt:", "Een toelating
# van bepaalde duur geldt voor 1 specifieke tewerkstelling:", "The card is valid:", "La carte
# est valable :", "Die Berufskarte gilt:"): its items are the bounds of the permit, each a
# requirement (GUIDE 22:58: a validity limit is a requirement; 6 rows of the older pages). The
# subject is a noun group of two words or more: "Het geldt in drie gevallen:", "Das gilt unter
# anderem für:" name the cases a rule takes, not a permit's bounds.
_SAYS_WHERE_IT_HOLDS = re.compile(
    rf"^\W*(?:\S+\s+){{2,8}}?(?<![\w'’])(?:{_phrases(LEX.applies)}|{alternation(LEX.validity)})"
    r"(?![\w])(?:\s+\S+){0,5}?\s*:?\s*$",
    re.IGNORECASE,
)


# A lead-in that ends on where or how the application goes: on a preposition of place or
# channel ("U dient de aanvraag in bij:", "Send your application to:", "La demande est
# adressée auprès de :", "Der Antrag wird eingereicht bei:") or on the verb that sends it ("The
# form and its supporting documents must be sent:", "Le formulaire doit être complété :",
# "Der Antrag muss eingereicht werden:"). Its items are the offices, channels or times, the
# steps of filing (GUIDE: under a heading or lead-in about the procedure, who files, where,
# how and by when), also after "must"; "The following documents must be submitted:" still
# announces documents.
_ENDS_ON_CHANNEL = re.compile(
    rf"(?<![\w'’])(?:{alternation(LEX.channel_ends)}"
    rf"|(?:{alternation(LEX.lodged)})(?:\s+(?:worden|werden|zijn|sein))?(?:\s+[^\W\d_]{{2,5}})?)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)


# An order to send what was named before to one of the addresses listed ("Send them to one of
# these addresses:", "Stuur ze naar een van deze adressen:", "Envoyez-les à l'une de ces
# adresses :", "Schicken Sie sie an eine dieser Adressen:"): its items are where the file
# goes, one per channel, steps as the offices of filing are (round 14; from half B).
_SENDS_TO_ADDRESSES = re.compile(
    r"\b(?:send|post|mail|e-mail|stuur|verstuur|bezorg|envoyez|adressez|transmettez"
    r"|schicken|senden|übermitteln|richten)\b[^.:;]{0,40}?\b(?:addresses|adressen|adresses)"
    r"\s*:\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _tells_where_it_goes(clause: str, sentence: str | None = None) -> bool:
    """Whether a lead-in's last clause names the application (or applying) and ends on where
    or how it goes (_ENDS_ON_CHANNEL), announcing no list of its own ("the following"). The
    application may be named earlier in the clause's `sentence`, its subject ahead of a
    clause of purpose ("Uw aanvraag om een kaart te krijgen, dient u in bij:", "Your
    application, signed and dated, goes to:", "La demande, datée et signée, est adressée à
    :", "Den Antrag, unterschrieben, reichen Sie ein bei:")."""
    lower = lowered(clause)
    named = sentence if sentence is not None else clause
    named_lower = lowered(named)
    return bool(
        (_PROCEDURE.found(named, named_lower) or _APPLYING.found(clause, lower))
        and _ENDS_ON_CHANNEL.search(clause.rstrip(" :"))
        and not ANNOUNCES.found(clause, lower)
        and not _POINTER.found(clause, lower)
        # "Fügen Sie Ihrem Antrag bei:", "Bring to the appointment:": papers to add or bring
        and not _ATTACH.found(clause, lower)
        and not _BRING.found(clause, lower)
    )


@lru_cache(maxsize=4096)
def _obliges(lead_in: str) -> bool:
    """Whether a lead-in states an obligation (asked once per list, not once per item)."""
    return states_obligation(lead_in)


def _last_sentence(lead_in: str) -> str:
    return _SENTENCE_END.split(lead_in.strip())[-1]


def _last_clause(lead_in: str) -> str:
    """The clause of a lead-in that names its list: the last, with the one before when it is
    only a tail ("For everyone else, exemptions exist in certain cases, linked to:")."""
    clauses = re.split(r"[,;.]", lead_in.rstrip(":"))
    if len(clauses) > 1 and len(clauses[-1].split()) < 3:
        # "Befreit. Personen, die:": the noun a relative tail hangs on is a tail too
        more = len(clauses) > 2 and _ends_relative(lead_in) and len(clauses[-2].split()) < 3
        return ",".join(clauses[-3 if more else -2 :])
    if len(clauses) > 1 and _ends_relative(clauses[-1].rstrip() + ":"):
        # "Public dispensé. Les personnes qui :": a tail that only opens a relative clause
        # is the label's ("Waived people. Those who:"), as a short one is (older pages,
        # wallonia-integration-path-faq-fr)
        return clauses[-2] + "," + clauses[-1]
    return clauses[-1]


# A list item that opens on a verb of bringing ("Se munir d'une photo d'identité", "Neem
# een pasfoto mee") only names what to bring: a document, as the items of "Modalités : se
# munir de :" are (GUIDE, devset-u).
_OPENS_BRINGING = CaseBlind(rf"^\s*(?:{_phrases(LEX.bring)})(?:(?<=['’])|(?![\w-]))")
_BRING = CaseBlind(rf"(?<![\w'-])(?:{_phrases(LEX.bring)})(?:(?<=['’])|(?![\w-]))")


_SOMEONE = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.someone)})(?![\w])")
_ENDS_BRINGING = CaseBlind(rf"(?<![\w'-])(?:{_phrases(LEX.bring)})[\s.;!]*$")


_LINE_LABEL = re.compile(r"^\s*(?:[^\s:.;!?]+\s+){0,5}[^\s:.;!?]+\s*:\s+(?=\S)")


def _unlabelled(text: str) -> str:
    """`text` without a label of up to six words and its colon ("Instructions : apporter
    une photo", "In eine andere Gemeinde Belgiens: Melden Sie sich …"): what the line says
    after it."""
    label = _LINE_LABEL.match(text) if ":" in text else None  # (a cheap gate: every sentence)
    return text[label.end() :].strip() if label else text.strip()

# Dutch "meenemen in" is taking into account ("Neem de nieuwe regels mee in uw planning"), as
# "take into account", "prendre en compte", "berücksichtigen" are: nothing to bring.
_TAKEN_INTO = CaseBlind(
    r"\bmee\s+in\s+(?:uw|je|jouw|de|het|hun|zijn|haar|onze|ons)\s+(?:[^\s.;:,]+\s+)?"
    r"(?:planning|overweging|overwegingen|beslissing|berekening|afweging|evaluatie|beoordeling"
    r"|rekening|budget|begroting)\b"
)


# A line opened by a label that names the papers ("Document à présenter : un acte de naissance",
# "→ Documents to bring: a recent photo", "Voor te leggen document: een geboorteakte",
# "Vorzulegende Unterlagen: eine Heiratsurkunde"), the label perhaps after the case it is for
# ("Minderjarig kind → Voor te leggen document: …"): a lead-in and its item on one line, the
# item a `document` as under that heading (GUIDE: Conditions, a `<strong>`/`<p>` lead-in
# ending with ":" gives its kind). The label is cut at an arrow or dash that ends the case.
_READER_WORD = re.compile(
    r"\b(?:you|your|u|uw|je|jouw|jij|vous|vos|votre|sie|ihre?[nmrs]?|du|dein(?:e[nmrs]?)?)\b",
    re.IGNORECASE,
)
_CASED_LABEL = re.compile(r"^\s*(?:[^\s:.;!?]+\s+){0,9}[^\s:.;!?]+\s*:\s+(?=\S)")
_LABEL_CASE_CUT = re.compile(r"^.*(?:→|->|⇒|»|\s[–—-]\s)\s*")


def _document_labelled(text: str) -> bool:
    """Whether `text` opens on a label naming documents, with at least two words after it."""
    if ":" not in text:
        return False  # (a cheap gate: the label's pattern is asked of every sentence)
    label = _CASED_LABEL.match(text)
    if not label:
        return False
    head = _LABEL_CASE_CUT.sub("", label.group(0).rstrip(" :\t"))
    rest = text[label.end() :]
    words = head.split()
    return (
        0 < len(words) <= 4
        # a bare singular noun titles the one paper the line is about ("Document : formulaire
        # d'inscription"); a plural or a phrase ("Pièces", "Documents à présenter") names
        # what to hand in
        and (len(words) > 1 or head.lower().endswith(("s", "n")))
        and len(rest.split()) >= 2
        and not IMPERATIVE.match(head)  # "Verzamel de bewijsstukken: …": an order, a step
        and not _POINTER.found_in(rest)  # "Documents: see the list below"
        # "Sammeln Sie die Unterlagen:", "Verzamel uw stukken:": an act on the papers, told
        # to the reader, not the papers
        and not _READER_WORD.search(head)
        and kind_of_heading(head) == "document"
    )


def _names_what_to_bring(text: str) -> bool:
    """Whether a short line only names what to bring: it opens on a verb of bringing, after
    a label or none ("Instructions : apporter une photo récente", "Instructies: breng een
    pasfoto mee", "Se munir d'une photo"), or ends on one ("Hinweise: ein aktuelles Passfoto
    mitbringen"), in at most twelve words: a document (GUIDE, devset-u and devset-y)."""
    rest = _unlabelled(text)
    if len(rest.split()) > 12 or _SOMEONE.found_in(rest):
        return False  # (a person to bring along: "Breng iemand mee die Frans spreekt.")
    if _INDIRECT_QUESTION.match(rest) or _TAKEN_INTO.found_in(rest):
        # "Wat breng je mee als EU-burger;", "What to bring": a question as a label, naming
        # no paper; "Neem ze mee in uw planning": taken into account, not brought along
        return False
    # a verb of bringing at the end names what to bring in a line of its own, not at the end
    # of a clause ("…, weil viele Migranten keine Vorkenntnisse mitbringen.")
    return _OPENS_BRINGING.found_in(rest) or (
        _ENDS_BRINGING.found_in(rest) and "," not in rest and len(rest.split()) <= 8
    )


def _names_kind(lead_in: str) -> bool:
    """Whether a lead-in names the kind of its list by its build or its words."""
    return bool(_lead_in_verdict(_last_sentence(lead_in)) or _lead_kind(_last_clause(lead_in)))


# A lead-in that only names the formality its list is for ("Pour une déclaration d'arrivée
# non-UE :", "For a declaration of presence:", "Voor een aankomstverklaring:", "Für eine
# Anmeldung:"): the heading above names the list's kind ("Que faut-il apporter ?"), not the
# formality the case mentions ("Für alle anderen gibt es Befreiungen:" names exemptions).
# After a list its lead-in named, such a case ("For an application you file in 2020:") is
# that list's next case, of its kind.
_CASE_LABEL = re.compile(r"^\s*(?:for|pour|voor|für)\s[^.;:!?,]{0,60}:\s*$", re.IGNORECASE)


# What something rests on, said as a lead-in ("An exemption can be based on:", "Een
# vrijstelling kan steunen op:", "Une dispense peut reposer sur :", "Eine Befreiung kann
# beruhen auf:"): its items are grounds, as the items of "depends on:" are what decides.
_GROUNDS_LEAD = re.compile(
    r"\b(?:(?:be |is |are )?based on|rests? on|(?:steunen|steunt|berusten|berust) op"
    r"|gebaseerd (?:zijn |worden )?op|(?:reposer|repose|reposent) sur|(?:être )?fondée?s? sur"
    r"|(?:beruhen|beruht|basieren|basiert) auf)\s*:\s*$",
    re.IGNORECASE,
)
# A lead-in that obliges the reader to hold what it lists ("You must hold one of these
# residence documents:", "Je moet een van deze verblijfsdocumenten hebben:", "Vous devez
# posséder un de ces documents :", "Sie müssen eines dieser Dokumente besitzen:"): the items
# are states to be in (GUIDE: an obligation to be in a state is a requirement), not papers to
# hand in.
_HOLD_LEAD = re.compile(
    # Dutch and German end on the verb; English and French set the object after it
    r"(?:\b(?:hebben|bezitten|in het bezit (?:zijn|te zijn)|besitzen|haben|innehaben)"
    r"|\b(?:hold|have(?!\s+to\b)|possess|be in possession of|posséder|détenir|être titulaire d['’]"
    r"|disposer d['’]|être en possession d['’])\s*(?:[^\s:]+\s+){0,6}?"
    r"(?!(?:with|ready|on)\b)[^\s:]+)\s*:\s*$",
    re.IGNORECASE,
)
# A lead-in that says whom the rule takes, then goes on with "and:" ("That applies to whoever
# works here as self-employed, and:", "Dat geldt voor wie …, en:", "Cela vaut pour quiconque
# … et :", "Das gilt für jeden, der … und:"): the items finish the relative clause, the rest
# of the condition (the lead-in "…, and you are:" is _STATE_LEAD).
_WHO_AND_LEAD = re.compile(
    r"\b(?:who|whoever|wie|qui|quiconque|wer|der|die)\b[^:]{3,240}?[\s,](?:and|en|et|und)\s*:\s*$",
    re.IGNORECASE,
)

# The procedure named as things to do: "procedures to be carried out", "steps to take",
# "formalities to complete", "uit te voeren stappen", "te vervullen formaliteiten", "les
# démarches à effectuer", "die zu erledigenden Formalitäten".
_STEPS_TO_DO = re.compile(
    r"\bto be (?:carried out|done|completed|taken|followed)\b"
    r"|\bto (?:complete|take|follow|carry out)\b"
    r"|\b(?:uit|na|af) te (?:voeren|leven|werken|handelen)\b"
    r"|\bte (?:volgen|zetten|vervullen|doorlopen)\b"
    r"|\bà (?:effectuer|accomplir|suivre|réaliser|remplir)\b"
    r"|\bzu (?:erledigen|befolgen|durchlaufen)"
    r"|\b(?:zu erledigenden|durchzuführenden|zu befolgenden)\b",
    re.IGNORECASE,
)


def _context_kind(block: Block) -> str | None:
    """The kind named by the nearest heading or a lead-in (its last clause) above a block.

    Only the nearest heading counts: a neutral sub-heading ("Evolution of the amount")
    under "Conditions" holds information, not conditions.
    """
    # Words in brackets are said in passing: "(permis B ou dispense)" names no exemption list.
    # A step's number opens its text, not its subject: "Stap 1 Stel een aanvraagdossier samen
    # met de volgende onderdelen:" introduces documents.
    leads = tuple(
        _STEP_LABEL.sub("", _IN_BRACKETS.sub(" ", text), count=1) for text in block.lead_ins
    )
    # "Whether you can obtain a permit depends on:": its items say what decides, each read on
    # its own words; neither it nor the heading names them (a list around it still does)
    depends = bool(leads) and bool(
        _DEPENDS.found_in(_last_sentence(leads[-1]))
        or _GROUNDS_LEAD.search(_last_sentence(leads[-1]))
    )
    if depends:
        leads = leads[:-1]
    # "The single permit procedure does not apply to:": its items name which route a case
    # follows, neither lifted nor a stage; the heading governs them (GUIDE, round-14 audit)
    if leads and _PROCEDURE_NOT_APPLYING.found_in(_last_sentence(leads[-1])):
        leads = leads[:-1]
    lead_ins = [_last_clause(text) for text in leads]
    # A short lead-in names its list ("Attach these documents:"); a long one only mentions
    # a subject in passing ("The procedure is simplified for these categories:"), unless it
    # announces exemptions, conditions or documents as what follows ("In de volgende
    # gevallen heeft u geen arbeidskaart nodig:"): its items are then of that kind, even
    # without an obligation word.
    kinds = [_lead_kind(text) for text in lead_ins]
    kinds = [
        k
        for k, text, full in zip(kinds, lead_ins, leads, strict=True)
        if not (k == "step" and _CASE_LABEL.match(full))  # "Pour une déclaration d'arrivée :"
        and (
            len(text.split()) <= 8
            or k == "document"  # "documents" is never in passing
            # "Specific aspects of the procedures to be carried out in …:": the procedure's
            # acts, named as things to do, are what its list holds
            or (k == "step" and _STEPS_TO_DO.search(text))
            or (k in _ANNOUNCED and ANNOUNCES.found_in(full) and not _POINTER.found_in(full))
        )
    ]

    # How a lead-in is built says more than the words it mentions, and more than the
    # heading: "…ne vaut pas pour :" lifts, "…lorsqu'elle :" sets conditions, "…alle
    # documenten voorleggen, bijvoorbeeld:" lists documents.
    # (its last sentence: "…, but some categories are exempt from this rule. Whether you can
    # obtain a permit depends on:" lists what it depends on, not who is exempt)
    verdicts = [kind for kind in map(_lead_in_verdict, map(_last_sentence, leads)) if kind]
    if _finishes_a_condition(leads):
        return "requirement"
    if verdicts:
        return min(verdicts, key=_PRIORITY.__getitem__)
    for clause, full in zip(lead_ins, leads, strict=True):
        if (
            not kind_of_heading(clause, 99)
            and ANNOUNCES.found_in(clause)
            and not _POINTER.found_in(full)
            and kind_of_heading(full, 99) == "requirement"
        ):
            kinds.append("requirement")  # "How to prove it, and the other conditions, are
            # set out below:" - the last clause announces what an earlier one names
    announced: list[str] = []
    for full in leads:
        # "If you meet the following requirements, you can apply for a visa.": the clause that
        # announces what follows names it, wherever it stands in the lead-in
        # (the kind's word next to the announcing one: "the following requirements", "les
        # conditions suivantes"; "la procédure est facilitée pour les catégories suivantes"
        # names categories, not steps)
        for clause in re.split(r"[,;]", full.rstrip(":. ")):
            for match in ANNOUNCES_AHEAD.finditer(clause, lowered(clause)):
                near = " ".join(
                    clause[: match.start()].split()[-1:] + clause[match.end() :].split()[:2]
                )
                if not _POINTER.found_in(clause) and _lead_kind(near):
                    announced.append(_lead_kind(near))
    if announced:  # what the lead-in says follows, over what its other clauses mention
        return min(announced, key=_PRIORITY.__getitem__)
    if any(_obliges(last) and not _POINTER.found_in(last) for last in map(_last_sentence, leads)):
        kinds.append("requirement")  # "You must apply for the renewal:" - what it asks
    kinds = [kind for kind in kinds if kind]
    if kinds:  # the lead-in is nearer than the heading, and governs its list as one would
        return min(kinds, key=_PRIORITY.__getitem__)  # ("Dossier" … "volgens de procedure:")
    if (
        block.section
        and not (depends and block.level <= 1)  # (a nested list keeps it)
        # the page's title (an h1 over sections) gives no kind to its introduction (GUIDE,
        # round-16 audit)
        and not (len(block.section) == 1 and block.under_title)
    ):
        kinds.append(
            _section_kind(block.section[-1])
            or _numbered_part_of(block.section)
            or _announced_part_of(block)
            # an h3 naming a case, a place or a group under a heading about the procedure
            # takes that heading's kind, with the usual exceptions (GUIDE, round-15 audit)
            or ("step" if _case_of_a_stage(block) else None)
        )
    kinds = [kind for kind in kinds if kind]
    return min(kinds, key=_PRIORITY.__getitem__) if kinds else None


def _finishes_a_condition(leads: tuple[str, ...]) -> bool:
    """Whether a nested list only finishes one condition of a list of conditions: under
    "The authorisation is subject to the following conditions:", the item "The employment
    contract must state the following particulars:" then "the working hours," says what the
    contract must hold to meet that condition, a `requirement` like its item (half A,
    wallonia-shortage-occupations-en: 7 rows). The item names its list by a verb that would
    open a list of papers ("state", "contain", "vermelden", "enthalten") and no paper's noun;
    a nested "You must attach these documents:" still lists documents."""
    if len(leads) < 2 or _lead_kind(leads[-1]) == "document":
        return False
    inner = _last_sentence(leads[-1])
    if _lead_in_verdict(inner) != "document" or not _obliges(inner):
        return False
    outer = [_lead_in_verdict(_last_sentence(lead)) or _lead_kind(lead) for lead in leads[:-1]]
    return "requirement" in outer and not {"document", "exemption", "step"} & set(outer)


def _case_of_a_stage(block: Block) -> bool:
    """Whether a block sits under a sub-heading that names no kind, right below a heading
    about the procedure: h2 "Werkgever vraagt aan" over h3 "Maximaal 90 dagen" and h3
    "90/180 dagen met Schengenvisum" names the cases the procedure takes, and what someone
    does in each ("Komt de werknemer maximaal 90 dagen werken, dan vraagt de werkgever …
    aan") is a step of it, as under the heading above (older pages: steps the nearest
    heading alone left unread). Only a sentence telling an act with no obligation word is
    read there: an obligation keeps the reading it has under a heading naming no kind."""
    section = block.section
    # (the page's title above: its sections are the page's own). Where the guidance opens
    # with an h2 (no h1 above it, or the source's select leaves the title out), that h2 is
    # a section like any: h2 "Procédure d'obtention" over h3 "Adultes :" (round 18)
    top = len(section) == 2 and block.top_level >= 2
    if (len(section) < 3 and not top) or _section_kind(section[-1]) or _numbered_part_of(section):
        return False
    if (
        top
        and block.kind == "list_item"
        and _BOUND.found_in(block.text)
        and _DIGIT.search(block.text)
    ):
        return False  # "Students over 18: 9 hours of work maximum" under h3 "Work time": a limit
    # an h4 under an h3 that names no kind either ("How to apply" > "Family members" >
    # "Living abroad"): the nearest heading above them that names one decides (round-15)
    above = len(section) - 2
    while above > 1 and not _section_kind(section[above]):
        if _NUMBERED_PART.match(section[above]):
            return False  # "2. Choisir le permis …" > "La durée du contrat": a part's own case
        above -= 1
    return (
        _section_kind(section[above]) == "step"
        # (a heading naming the formality itself, "Registration at town hall", "Inschrijving
        # bij de stad", is the procedure's, not one stage's: its case headings carry its steps
        # as a procedure heading's do, GUIDE devset-u and round-15 audit)
        and (
            not _stage_only_heading(section[above])
            or _asks_what_to_do(section[above])
            or _formality_heading(section[above])
        )
        and not _asks_when(section[above])
        and not _STEP_HEADING.match(section[above])  # "Stap 1" over its parts: the step's text
    )


def _group_under_documents(block: Block) -> bool:
    """Whether the nearest heading names no kind while one above it names documents: on a
    page "Documents for registering a family member", h2 "Spouse of an EU citizen" names the
    group a set of documents is for, not who may apply (GUIDE, devset-zb)."""
    section = block.section
    return (
        len(section) >= 2
        and not _section_kind(section[-1])
        and any(_section_kind(heading) == "document" for heading in section[:-1])
    )


def _hands_in_a_document(sentence: str) -> bool:
    """Whether a sentence tells the reader to hand in, attach or bring a named document
    ("Présentez un passeport valable et un acte de mariage.")."""
    acts = (
        IMPERATIVE.match(_unlabelled(sentence))
        or _ATTACH.found_in(sentence)
        or _BRING.found_in(sentence)
    )
    # (a sentence, not a link's label: "Contact form")
    return bool(acts) and len(sentence.split()) >= 4 and _DOCUMENT_NOUN.found_in(sentence)


def _attaches_a_paper(sentence: str, lower: str) -> bool:
    """Whether an obligation asks to attach or bring a named paper ("You must attach a copy of
    the police report", "U moet een pasfoto meebrengen", "Vous devez joindre une attestation",
    "Sie müssen eine Verlusterklärung beifügen"): a document, under a procedure heading too."""
    return bool(_ATTACH_ACT.search(sentence) and _PAPER_NAMED.found(sentence, lower))


# The verbs of adding a paper to a file or bringing it along, said of the reader (not "contain",
# "bevatten", "présenter", "vorlegen": what an application holds or a paper shown is told
# as a stage on the older pages).
_GAP_WORDS = r"(?:\s+[^\s.;:]+){0,6}?\s+"
_ATTACH_ACT = re.compile(
    r"\b(?:attach(?:es)?|enclose[s]?|brings?(?:\s+along)?|take\s+along"
    r"|bijvoegen|bij\s+te\s+voegen|toevoegen|toe\s+te\s+voegen|meebrengen|mee\s+te\s+brengen"
    r"|meenemen|mee\s+te\s+nemen|bij\s+(?:de|het|uw|je|jouw)\s+\w+\s+(?:te\s+)?voegen"
    r"|(?:voeg|voegt|breng|brengt|neem|neemt)" + _GAP_WORDS +
    r"(?:bij|toe|mee)"
    r"|joindre|joignez|joignent|annexer|annexez|apporter|apportez|apporte|apportent"
    r"|vous\s+munir|se\s+munir|munissez"
    r"|beifügen|beizufügen|beilegen|beizulegen|mitbringen|mitzubringen|mitnehmen"
    r"|(?:fügen|fügt|legen|legt|bringen|bringt|nehmen|nimmt)" + _GAP_WORDS + r"(?:bei|mit))\b",
    re.IGNORECASE,
)


# A permission to file or act denied, or given only in one place or way: "cannot apply",
# "can no longer apply", "kan je … geen statuutwijziging meer aanvragen", "mag geen aanvraag
# indienen", "ne peut pas introduire", "ne peuvent introduire leur demande qu'à la commune",
# "kann keinen Antrag stellen", "darf nicht …". Under a procedure heading it is the condition
# on who may file (GUIDE 22:58: a limit or an exclusive permission; round-15 audit: a
# condition on the person stays a requirement), not a stage.
_NO_CLAUSE_GAP = (
    r"(?:\s+(?!(?:die|dat|der|das|that|who|which|welche|wij|we|wir)\b)[^\s.;:,]+){0,6}?"
)
_DENIED_PERMISSION = re.compile(
    r"\b(?:cannot|can\s+not|can\s+no\s+longer|may\s+not|may\s+no\s+longer"
    r"|is\s+not\s+allowed\s+to"
    r"|(?:kan|kunt|kunnen|mag|mogen)\b" + _NO_CLAUSE_GAP + r"\s+(?:geen|niet)\b"
    r"|ne\s+(?:peut|peuvent|pourra|pourront|peux)\s+"
    r"(?:pas|plus|plus\s+\S+|[^.;:]{0,80}?\bqu(?:e\b|['’]))"
    r"|(?:kann|können|darf|dürfen)\b" + _NO_CLAUSE_GAP + r"\s+(?:kein|keine|keinen|nicht)\b)",
    re.IGNORECASE,
)


_CASE_OPENER = re.compile(
    r"^\W*(?:if|when|where|als|wanneer|indien|zolang|si|lorsqu|quand|wenn|falls|sofern)\b",
    re.IGNORECASE,
)
_INVERTED_MODAL = re.compile(r"^\W*(?:kunt|kan|kunnen|mag|kann|können|darf)\b", re.IGNORECASE)
_RELATIVE_JUST_BEFORE = re.compile(
    r"\b(?:who|that|which|die|dat|qui|der|welche)\s+$", re.IGNORECASE
)
_PASSIVE_AFTER = re.compile(
    r"^(?:\s+[^\s.;:,]+){0,5}?\s+(?:be|être|worden|werden)\b", re.IGNORECASE
)
# the authority or "we" unable to do something ("the Office cannot guarantee", "wij kunnen niet
# garanderen") says what it will not do, no permission of the reader (GUIDE devset-r)
_NOT_THE_READER = re.compile(
    r"\b(?:we|wij|we|nous|wir|office|dienst|service|administration|ministry|ministerie|ministère"
    r"|ministerium|behörde|amt|embassy|ambassade|botschaft|consulate|consulaat|consulat|konsulat"
    r"|municipality|gemeente|commune|gemeinde|region|gewest|région)\b",
    re.IGNORECASE,
)


def _denied_permission(sentence: str) -> bool:
    """Whether a sentence's main clause denies (or narrows to one place) the reader's or a
    group's permission to file or act: not in a case clause ("Lorsqu'une personne ne peut pas
    produire …, l'ambassade …", "Kunt u geen … voorleggen, geef dan …"), a relative ("who
    cannot lodge"), a passive ("cannot be predicted") or of the authority."""
    main = sentence
    if (
        _CASE_HEAD.match(sentence)
        or _INVERTED_MODAL.match(sentence)
        or _CASE_OPENER.match(sentence)
    ):
        main = sentence.split(",", 1)[1] if "," in sentence else ""
    match = _DENIED_PERMISSION.search(main)
    if not match or lifts_obligation(sentence):
        return False
    clause_before = re.split(r"[,;:]", main[: match.start()])[-1]
    return not (
        _RELATIVE_JUST_BEFORE.search(main[: match.start()])
        or _PASSIVE_AFTER.match(main[match.end() :])
        or _NOT_THE_READER.search(clause_before)
    )


# An item that opens on an article or a number names a thing ("A pre-paid envelope with your
# address", "The valid work permit (with two copies)", "Een gefrankeerde omslag", "Une
# enveloppe timbrée", "Ein frankierter Umschlag"): under a lead-in that says to hand in or
# bring what follows, the thing handed in, a document (GUIDE devset-u: "Bringen Sie bitte
# folgende Unterlagen mit:"), unless its first sentence tells an act.
_OPENS_ON_ARTICLE = re.compile(
    r"^\W*(?:a|an|the|one|two|three|een|de|het|twee|drie|un|une|le|la|les|l['’]|deux|trois"
    r"|ein|eine|einen|der|die|das|zwei|drei|\d+)\s+\w",
    re.IGNORECASE,
)


def _names_a_thing_handed_in(text: str) -> bool:
    first = _sentences_of_text(text)
    return bool(_OPENS_ON_ARTICLE.match(text)) and not _tells_an_act(first)


def _sentences_of_text(text: str) -> str:
    """The first sentence of a text (an item's own words before any second sentence)."""
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", text.strip(), maxsplit=1)[0]


# What the authority will not accept ("The counter accepts no incomplete file", "… is no
# longer accepted as legal residence", "Het loket aanvaardt geen onvolledig dossier", "wordt
# niet langer aanvaard", "Le guichet n'accepte aucun dossier", "n'est plus acceptée", "Der
# Schalter nimmt keine unvollständige Akte an", "wird nicht mehr akzeptiert"): it names no
# obligation of the reader, no row (GUIDE devset-r), under a procedure heading too.
_NOT_ACCEPTED = re.compile(
    r"\baccepts?\s+no\b|\b(?:not|no\s+longer)\s+(?:be\s+)?accepted\b"
    r"|\b(?:aanvaardt|aanvaarden|accepteert|accepteren)\s+(?:geen|niet)\b"
    r"|\b(?:niet|niet\s+meer|niet\s+langer|geen)\s+(?:\S+\s+){0,2}?(?:aanvaard|geaccepteerd)\b"
    r"|\bn['’](?:accepte|acceptent|acceptera)\s+(?:pas|plus|aucune?)\b"
    r"|\b(?:n['’]est|ne\s+sont|ne\s+sera|ne\s+seront)\s+(?:pas|plus)\s+(?:acceptée?s?|admise?s?)\b"
    r"|\b(?:nimmt|nehmen)\s+(?:keine|keinen|kein)\b[^.;:]{0,40}\ban\b"
    r"|\b(?:akzeptiert|akzeptieren)\s+(?:keine|keinen|kein)\b"
    r"|\b(?:nicht|nicht\s+mehr|nicht\s+länger)\s+(?:\S+\s+){0,2}?(?:akzeptiert|angenommen)\b",
    re.IGNORECASE,
)


# --- Settled in the round-16 label audit: a paper to attach, a payment one way only, the
# authority accepting only when (round 18) --------------------------------------------------
# A sentence of its own that names a paper to attach to or send with the application, the
# form or the file ("The employer must enclose the lease", "Voeg een kopie van het
# huurcontract bij de aanvraag", "Joignez à la demande une copie du bail", "Dem Antrag ist der
# Mietvertrag beizufügen") is a document under any heading, with or without "must" (GUIDE,
# round-16 audit). The act (attach, enclose, include, add, send along; its Dutch, French and
# German verbs and separable forms) and the thing it is added to (the application, form,
# file, request) in one sentence; the paper itself by _PAPER_NAMED.
_ADDED_TO_FILE = CaseBlind(
    r"(?<![\w])(?:attach(?:es|ed)?|enclose[sd]?|include[sd]?|send\s+along"
    r"|accompanied\s+by"
    r"|voeg|voegt|voegen|gevoegd|bijvoegen|bij\s+te\s+voegen|toevoegen|toe\s+te\s+voegen"
    r"|(?:stuur|stuurt|sturen)(?:\s+[^\s.;:]+){0,6}?\s+mee|meesturen|mee\s+te\s+sturen"
    r"|vergezeld\s+van"
    r"|joindre|joignez|joint|jointe?s|joignent|annexer|annexez|annexée?s?|accompagnée?s?\s+d"
    r"|beifügen|beizufügen|beigefügt|beilegen|beizulegen|beigelegt|fügen|fügt|legen|legt"
    r"|hinzufügen|beizugeben)(?![\w])"
)
_THE_FILE = CaseBlind(
    r"(?<![\w])(?:application|applications|form|forms|file|request|dossier|dossiers"
    r"|aanvraag|aanvragen|aanvraagformulier|formulier|verzoek|demande|demandes|formulaire"
    r"|antrag|antrags|anträgen|antragsformular|formular|formulars|akte|unterlagen)(?![\w])"
)
# how a paper is attached (a format, a size, colour, an order), or where the papers to attach
# are listed ("Les documents à joindre … sont détaillés sur ce site"): not the paper to
# collect (GUIDE, round-16 audit)
_HOW_ATTACHED = CaseBlind(
    r"(?<![\w])(?:pdf|jpe?g|mb|ko|kb|format|formaat|colou?r|kleur|couleur|farbe|scan|scanned"
    r"|gescand|scanné|gescannt|order|volgorde|ordre|reihenfolge"
    r"|detailed|listed|described|vermeld|opgesomd|beschreven|opgelijst|détaillée?s?|énumérée?s?"
    r"|listée?s?|décrite?s?|aufgeführt|aufgelistet|beschrieben)(?![\w])"
)
_RELATIVE_WORD = re.compile(r"\b(?:who|which|die|qui|welche|waarmee|dont)\b", re.IGNORECASE)


def _paper_for_the_file(sentence: str, lower: str) -> bool:
    """Whether a sentence names a paper to add to the application, form or file."""
    if not (_ADDED_TO_FILE.found(sentence, lower) and _THE_FILE.found(sentence, lower)):
        return False
    if _HOW_ATTACHED.found(sentence, lower):
        return False
    act = _ADDED_TO_FILE.folded.search(sentence)
    return act is not None and _the_paper_act_stands(sentence, lower, act.start())


# A paper named only by a generic noun after a demonstrative ("this document", "dit
# document", "ce document", "dieses Dokument") points back to one named before: it names no
# paper of its own (half B of round 18: "You must take this document with you …").
_THIS_PAPER = re.compile(
    r"\b(?:this|that|these|those|dit|dat|deze|die|ce|cet|cette|ces|dieses|diese|diesen|dieser)"
    r"\s+(?:document|documents|paper|papers|stuk|stukken|pièce|pièces|dokument|dokumente"
    r"|unterlagen|attest|attestation|certificate|bescheinigung)\b",
    re.IGNORECASE,
)
# "only" before the act ("They only need to attach an identity document", "hoeven alleen …
# bij te voegen", "n'ont qu'à joindre", "müssen nur … beifügen"): the obligation narrowed, an
# exclusive permission read as the requirement it is (half B of round 18)
_ONLY_BEFORE = re.compile(
    r"\b(?:only|just|alleen|enkel|uitsluitend|slechts|seulement|uniquement|nur|lediglich)\b"
    r"|\bn['’](?:a|ont|avez)\s+qu['’]",
    re.IGNORECASE,
)
# another act coordinated first ("Fill in the form and attach a copy of your passport"): the
# sentence's main act is that one, the paper named on the way (GUIDE, round-16 audit)
_AND_BEFORE = re.compile(r"\S\s+(?:and|en|et|und)(?:\s+then|\s+dan|\s+puis|\s+dann)?\s*$", re.I)


def _the_paper_act_stands(sentence: str, lower: str, act_start: int) -> bool:
    """Whether the act of attaching or bringing at `act_start` is the sentence's own, with a
    paper of its own named: not after a relative, inside brackets, after "only" or another
    act coordinated first."""
    if not _PAPER_NAMED.found_in(_THIS_PAPER.sub(" ", sentence)):
        return False
    before = sentence[:act_start]
    # "Report the loss to the police, who give you a certificate to attach": another act
    # first, the paper named on the way; "write to us (… attach the documents)": in brackets
    return not (
        _RELATIVE_WORD.search(before)
        or before.count("(") > before.count(")")
        or _ONLY_BEFORE.search(before)
        or _AND_BEFORE.search(before)
    )


# A fee line saying one may pay only one way ("Payment by card only.", "Betalen kan enkel met
# Bancontact.", "Paiement uniquement par Bancontact.", "Zahlung nur mit Karte."), as a sentence
# of a paragraph, is a requirement: an exclusive permission on how to pay (GUIDE, round-16
# audit). A preference ("bij voorkeur", "de préférence") or a choice is a fee line, no row.
_PAY_WORD = CaseBlind(
    r"(?<![\w])(?:pay|paid|payment|payments|betalen|betaal|betaalt|betaald|betaling"
    r"|payer|payez|payé|payée|paiement|paiements|règlement|zahlen|zahlung|zahlungen|bezahlen"
    r"|bezahlt|bezahlung)(?![\w])"
)
_PAY_MEANS = CaseBlind(
    r"(?<![\w])(?:card|cards|bank\s*card|debit\s+card|credit\s+card|cash|bancontact|payconiq"
    r"|transfer|bank\s+transfer|kaart|bankkaart|contant|contanten|cash|overschrijving|carte"
    r"|cartes|espèces|virement|chèque|karte|bankkarte|ec-karte|girocard|bar|bargeld"
    r"|überweisung|electronic|elektronisch|électronique)(?![\w])"
)
_ONE_WAY_ONLY = CaseBlind(
    r"(?<![\w])(?:only|solely|exclusively|alleen|enkel|uitsluitend|uniquement|seulement"
    r"|exclusivement|nur|ausschließlich|lediglich)(?![\w])|(?<![\w])que\s+(?:par|en)(?![\w])"
    r"|(?<![\w])qu['’]en\s+(?:espèces|liquide)(?![\w])"
)
_PREFERENCE = CaseBlind(
    r"(?<![\w])(?:preferably|bij\s+voorkeur|liefst|de\s+préférence|préférablement|vorzugsweise"
    r"|möglichst|am\s+besten)(?![\w])"
)


def _pays_one_way_only(sentence: str, lower: str) -> bool:
    return (
        _PAY_WORD.found(sentence, lower)
        and _PAY_MEANS.found(sentence, lower)
        and _ONE_WAY_ONLY.found(sentence, lower)
        and not _PREFERENCE.found(sentence, lower)
    )


# The authority saying it accepts or handles an application only when, only within or only
# after something ("The consulate only accepts files that are complete", "De dienst neemt de
# aanvraag pas in behandeling als de retributie betaald is", "la commune n'accepte la demande
# que si le dossier est complet", "Anträge werden nur bis zwei Wochen vor der Reise
# angenommen"): a requirement, an exclusive permission with the office as subject (GUIDE,
# round-16 audit). A bare refusal ("Walk-ins are not accepted") stays no row (devset-r).
_HANDLED_VERB = (
    r"(?:accepts?|accepted|process(?:es|ed)?|handles?|handled|examines?|examined|considers?"
    r"|considered|deals?\s+with|dealt\s+with|takes?\s+in"
    r"|aanvaardt?|aanvaarden|aanvaard|accepteert|accepteren|geaccepteerd|behandelt|behandelen"
    r"|behandeld|in\s+behandeling|neemt|nemen|genomen"
    r"|accepte|acceptent|acceptée?s?|accepté|traite|traitent|traitée?s?|traité|examine"
    r"|examinent|examinée?s?|examiné|recevable|recevables"
    r"|annimmt|nimmt|nehmen|angenommen|akzeptiert|akzeptieren|bearbeitet|bearbeiten|geprüft"
    r"|prüft|entgegengenommen|entgegen)"
)
_ACCEPTED_ONLY = CaseBlind(
    rf"(?<![\w])(?:only|solely|exclusively|alleen|enkel|uitsluitend|pas|uniquement|seulement"
    rf"|exclusivement|nur|erst|ausschließlich|lediglich)(?![\w])[^.;:]{{0,60}}?(?<![\w])"
    rf"{_HANDLED_VERB}(?![\w])"
    rf"|(?<![\w]){_HANDLED_VERB}(?![\w])[^.;:]{{0,60}}?(?<![\w])(?:only|solely|exclusively"
    rf"|alleen|enkel|uitsluitend|pas|uniquement|seulement|exclusivement|nur|erst"
    rf"|ausschließlich|lediglich)(?![\w])"
    rf"|(?<![\w])(?:n['’]|ne\s+){_HANDLED_VERB}(?![\w])[^.;:]{{0,60}}?(?<![\w])qu(?:e|['’])"
    rf"|(?<![\w])ne\s+(?:sont|sera|seront|est)\s+{_HANDLED_VERB}(?![\w])[^.;:]{{0,30}}?"
    rf"(?<![\w])qu(?:e|['’])"
)
# "pas" is Dutch "only" before "als"/"na"/"wanneer" and French negation elsewhere; French
# "ne … pas" is a refusal
_FRENCH_NOT = re.compile(r"\b(?:ne|n['’])\s*\w+\s+pas\b|\bpas\s+(?:de|d['’]|être)\b", re.I)


def _accepted_only_when(sentence: str, lower: str) -> bool:
    return (
        _ACCEPTED_ONLY.found(sentence, lower)
        and not _FRENCH_NOT.search(sentence)
        and not _NOT_ACCEPTED.search(sentence)
        and not _ABOUT_THIS_PAGE.match(sentence)  # "Cette page ne traite que des …"
    )


# --- Round 18 (tune18b): exclusive permissions and limits said without a modal -------------
# "Only possible if" ("That is only possible if you do not need a visa", "Dat is enkel mogelijk
# als …", "Cela n'est possible que si …", "Das ist nur möglich, wenn …"): an exclusive
# permission, a requirement (GUIDE 22:58) — a lifted word inside its condition lifts nothing.
_ONLY_POSSIBLE = CaseBlind(
    r"(?<![\w])(?:only|solely|alleen|enkel|uitsluitend|pas|nur|ausschließlich|erst)\s+"
    r"(?:(?:be|worden|werden|sein)\s+)?(?:possible|mogelijk|möglich|allowed|permitted|toegestaan"
    r"|toegelaten|zulässig|erlaubt)(?![\w])"
    r"|(?<![\w])(?:possible|mogelijk|möglich)\s+(?:only|alleen|enkel|nur)(?![\w])"
    r"|(?<![\w])n['’](?:est|était|sera)\s+(?:\w+\s+)?(?:possible|permise?|autorisée?)\s+qu(?:e|['’])"
    r"|(?<![\w])(?:possible|permise?|autorisée?)\s+(?:uniquement|seulement|exclusivement)(?![\w])"
)
# An exclusive channel ("only by telephone", "uitsluitend telefonisch", "uniquement en ligne",
# "ausschließlich telefonisch"): under a procedure heading an exclusive permission on how one
# files or books binds, a requirement, as "only by appointment" does (round-14 audit).
_ONLY_CHANNEL = CaseBlind(
    r"(?<![\w])(?:only|solely|exclusively|alleen|enkel|uitsluitend|uniquement|seulement"
    r"|exclusivement|nur|ausschließlich|lediglich)\s+(?:by\s+(?:tele)?phone|by\s+e-?mail"
    r"|by\s+post|by\s+mail|online|in\s+person|telefonisch|per\s+telefoon|per\s+e-?mail"
    r"|per\s+post|via\s+e-?mail|persoonlijk|par\s+téléphone|par\s+e-?mail|par\s+courriel"
    r"|par\s+courrier|par\s+la\s+poste|en\s+ligne|en\s+personne|per\s+e-?mail|schriftlich"
    r"|persönlich|per\s+post|elektronisch)(?![\w])"
    r"|(?<![\w])(?:by\s+(?:tele)?phone|by\s+e-?mail|by\s+post|online|in\s+person)\s+only(?![\w])"
)
# "Is a (legal) obligation" ("The declaration is a legal obligation", "De melding is een
# wettelijke verplichting", "La déclaration constitue une obligation légale", "Die Meldung ist
# eine gesetzliche Pflicht"): an obligation word as a noun, a requirement (GUIDE: "verplicht",
# "obligatoire", "verpflichtet").
_IS_AN_OBLIGATION = CaseBlind(
    r"(?<![\w])(?:is|are|remains|blijft|zijn|est|sont|constitue|constituent|reste|ist|sind"
    r"|bleibt)\s+(?:a|an|een|une|eine)\s+(?:(?:legal|statutory|wettelijke|légale|gesetzliche"
    r"|absolute|strict|strikte)\s+)?(?:obligation|requirement|verplichting|vereiste|pflicht"
    r"|verpflichtung|voraussetzung)(?![\w])"
)
# A limit given as a figure and a bound word after it or before it, in a list item naming the
# group it holds for ("For students under 18: 8 hours a day maximum", "maximum 8 uur per dag",
# "8 heures par jour maximum", "höchstens 8 Stunden am Tag"): a limit that binds, a requirement.
_TIME_UNIT = (
    r"(?:hours?|days?|weeks?|months?|years?|uur|uren|dagen|dag|weken|week|maanden|maand|jaar"
    r"|heures?|jours?|semaines?|mois|ans?|années?|stunden|stunde|tage|tag|wochen|woche|monate"
    r"|monat|jahre|jahr)"
)
_BOUND_BY = (
    r"(?:maximum|max\.?|minimum|min\.?|maximaal|minimaal|hoogstens|minstens|ten\s+hoogste"
    r"|ten\s+minste|au\s+maximum|au\s+minimum|au\s+plus|au\s+moins|höchstens|mindestens"
    r"|maximal|minimal|at\s+most|at\s+least|up\s+to|tot)"
)
_FIGURE_BOUNDED = CaseBlind(
    rf"(?<![\w])\d+\s+{_TIME_UNIT}(?:\s+[^\s\d.;:]+){{0,3}}?\s+{_BOUND_BY}\s*(?:[.;)]|$)"
    rf"|(?<![\w]){_BOUND_BY}\s+\d+\s+{_TIME_UNIT}(?![\w])"
)
# a label naming the group a limit holds for ("For students under 18:", "Voor jongeren:",
# "Pour les mineurs :", "Für Schüler:")
_FOR_A_GROUP_LABEL = re.compile(r"^\W*(?:for|voor|pour|für)\s[^:.;]{2,60}:\s*\S", re.IGNORECASE)
# what was so once ("Until 2018, working was only possible after …"): history, no rule now
_PAST_TENSE = re.compile(r"\b(?:was|were|waren|war|était|étaient|fut)\b", re.IGNORECASE)
_CONTACT_US = re.compile(
    r"\b(?:contact|contacteer|contacteren|contactez|kontaktieren|kontakt|write\s+to\s+us"
    r"|reach\s+us|neem\s+contact)\b",
    re.IGNORECASE,
)


def _only_channel_of_the_reader(sentence: str, lower: str) -> bool:
    """An exclusive channel for what the reader does, not the office's ("The administration
    sends its decisions only by e-mail") nor a way to contact it."""
    if not _ONLY_CHANNEL.found(sentence, lower):
        return False
    return not (_NOT_THE_READER.search(sentence) or _CONTACT_US.search(sentence))


# "By way of exception, you can also …" ("Bij wijze van uitzondering kunt u ook …", "À titre
# exceptionnel, vous pouvez aussi …", "Ausnahmsweise können Sie auch …"): a permission the rule
# would not give, granted to a case, an exemption (GUIDE: a sentence that lifts an obligation
# for a group or a case).
_BY_EXCEPTION = CaseBlind(
    r"^[^\w]*(?:by\s+way\s+of\s+(?:an\s+)?exception|as\s+an\s+exception|exceptionally"
    r"|bij\s+wijze\s+van\s+uitzondering|uitzonderlijk|in\s+uitzonderlijke\s+gevallen"
    r"|à\s+titre\s+exceptionnel|à\s+titre\s+d['’]exception|par\s+exception|exceptionnellement"
    r"|ausnahmsweise|in\s+ausnahmefällen)(?![\w])"
)
_MAY = CaseBlind(
    r"(?<![\w])(?:can|may|kan|kunt|kunnen|mag|mogen|peut|pouvez|peuvent|peux|kann|können"
    r"|darf|dürfen)(?![\w])"
)
# Who may apply, said in the passive ("The card can be applied for by EU citizens", "kan
# worden aangevraagd door", "peut être demandée par", "kann von … beantragt werden"): the
# condition on who applies, a requirement (GUIDE: "Who can …" names requirements).
_APPLIED_FOR_BY = CaseBlind(
    r"(?<![\w])(?:can|may)\s+(?:only\s+)?be\s+(?:applied\s+for|requested|obtained)\s+(?:only\s+)?by"
    r"(?![\w])"
    r"|(?<![\w])(?:kan|kunnen|mag|mogen)\s+(?:enkel\s+|alleen\s+)?(?:worden\s+)?"
    r"(?:aangevraagd|verkregen)\s+(?:worden\s+)?(?:enkel\s+|alleen\s+)?door(?![\w])"
    r"|(?<![\w])(?:peut|peuvent)\s+être\s+(?:demandée?s?|sollicitée?s?|obtenue?s?)\s+"
    r"(?:uniquement\s+|seulement\s+)?par(?![\w])"
    r"|(?<![\w])(?:kann|können)\s+(?:nur\s+)?(?:von|vom)\s[^.;:]{2,80}?\s(?:beantragt|angefordert)"
    r"\s+werden(?![\w])"
)
# A duty assigned or named as a noun ("C'est à vous de remplir la déclaration", "Es ist Ihre
# Aufgabe, …", "It is up to you to …"; "The obligation to hand over documents continues",
# "De verplichting om …", "L'obligation de …", "Die Pflicht, … zu …"): an obligation, a
# requirement; "there is no obligation to" lifts one (read before).
_DUTY_NAMED = CaseBlind(
    r"(?<![\w])(?:c['’]est\s+à\s+(?:vous|lui|elle|eux|l['’]employeur)\s+de|il\s+(?:vous\s+)?"
    r"appartient\s+de|it\s+is\s+up\s+to\s+(?:you|the\s+\w+)\s+to|het\s+is\s+aan\s+(?:u|jou|de"
    r"\s+\w+)\s+om|es\s+ist\s+(?:ihre|seine|deren)\s+aufgabe|es\s+liegt\s+an\s+ihnen|obliegt)"
    r"(?![\w])"
    r"|^[^\w]*(?:the|this|that|de|deze|die|l['’]|cette|diese)\s*(?:obligation|duty"
    r"|verplichting|plicht|pflicht|verpflichtung)(?:\s*,|\s+(?:to|om|tot|de|zu)(?![\w])|\s+d['’])"
)
# Bringing papers along, said to the reader ("Bring … along", "brengt u … mee", "Breng … mee",
# "vous apportez", "apportez", "munissez-vous de", "bringen Sie … mit"): its verb and particle.
_BRING_VERB = CaseBlind(
    r"(?<![\w])(?:bring\s+(?:[^\s.;:,]+\s+){0,8}?along|bring\s+with\s+you|take\s+(?:[^\s.;:,]+\s+)"
    r"{0,8}?(?:along|with\s+you)|(?:breng|brengt|neem|neemt)\s+(?:[^\s.;:,]+\s+){0,10}?mee"
    r"|(?:vous\s+)?apportez|munissez-vous|(?:bringen|nehmen)\s+sie\s+(?:[^\s.;:,]+\s+){0,10}?mit)"
    r"(?![\w])"
)
# The office saying what it cannot promise ("we cannot guarantee", "wij kunnen niet garanderen",
# "nous ne pouvons pas garantir", "wir können nicht garantieren"): no obligation of the reader.
_WE_CANNOT_PROMISE = CaseBlind(
    r"(?<![\w])(?:we\s+(?:cannot|can\s+not|can['’]t)\s+(?:guarantee|promise|ensure)"
    r"|(?:wij|we)\s+(?:kunnen|kan)\s+(?:[^\s.;:,]+\s+){0,4}?(?:niet|geen)\s+"
    r"(?:[^\s.;:,]+\s+){0,4}?(?:garanderen|beloven|verzekeren)"
    r"|nous\s+ne\s+(?:pouvons|pourrons)\s+pas\s+(?:vous\s+)?(?:garantir|promettre|assurer)"
    r"|wir\s+können\s+(?:[^\s.;:,]+\s+){0,4}?(?:nicht|keine)\s+(?:[^\s.;:,]+\s+){0,4}?"
    r"(?:garantieren|versprechen|zusichern))(?![\w])"
)
# The papers in general and how they are handed in ("Documents must be handed in in duplicate",
# "De documenten moet u in tweevoud voorleggen", "Les pièces doivent être remises en double
# exemplaire", "Die Unterlagen sind in zweifacher Ausfertigung einzureichen"): no paper named
# to collect, an obligation on the papers, a requirement outside a heading about documents or
# the procedure (under those, how papers are handed in reads by its heading: round-16 audit).
_PAPERS_IN_COPIES = CaseBlind(
    r"^[^\w]*(?:(?:the|all|your|de|alle|uw|les|tous\s+les|vos|die|ihre)\s+)?(?:documents"
    r"|papers|documenten|stukken|pièces|justificatifs|unterlagen|dokumente|nachweise)(?![\w])"
    r"[^.;:]{0,60}?(?<![\w])(?:duplicate|triplicate|copies|dubbel|tweevoud|drievoud|kopieën"
    r"|double|exemplaires?|zweifacher|dreifacher|ausfertigung|kopien)(?![\w])"
)
# (half B) A group or an act declared not eligible or not possible ("Trainees are not
# eligible", "komen niet in aanmerking", "ne sont pas éligibles", "sind nicht berechtigt";
# "Registration is not possible after 65", "is niet mogelijk", "n'est pas possible", "ist …
# nicht möglich"): a condition denied, a requirement, as a ban is. Not "inadmissible", the
# consequence of a missing paper (GUIDE, round-16 audit: no row).
_NOT_ELIGIBLE = CaseBlind(
    r"(?<![\w])(?:(?:is|are)\s+not\s+(?:eligible|possible)|(?:is|are)\s+no\s+longer"
    r"\s+(?:eligible|possible)|(?:is|zijn)\s+niet\s+(?:mogelijk|toegelaten)|(?:komt|komen)\s+niet"
    r"\s+in\s+aanmerking|ne\s+sont\s+pas\s+éligibles|n['’]est\s+pas\s+éligible"
    r"|(?:ist|sind)\s+nicht\s+(?:berechtigt|antragsberechtigt|zugelassen)"
    r"|(?:ist|sind)\s+(?:[^\s.;:,]+\s+){0,6}?nicht\s+möglich|(?:kommt|kommen)\s+nicht\s+in\s+frage)"
    r"(?![\w])"
)
# (half B) Something issued or needed only for a group ("F cards are only issued to family
# members", "worden enkel afgegeven aan", "ne sont délivrées qu'aux", "werden nur an …
# ausgestellt"; "is only needed for", "is alleen nodig voor", "ist nur für … nötig"): an
# exclusive permission or need, a requirement.
_ONLY_FOR_A_GROUP = CaseBlind(
    r"(?<![\w])(?:only|solely|exclusively|alleen|enkel|uitsluitend|nur|ausschließlich)\s+"
    r"(?:(?:be|worden|werden)\s+)?(?:issued|granted|delivered|needed|required|afgegeven"
    r"|uitgereikt|toegekend|nodig|vereist|ausgestellt|erteilt|gewährt|nötig|erforderlich)\s+"
    r"(?:to|for|aan|voor)(?![\w])"
    r"|(?<![\w])ne\s+(?:sont|est|seront|sera)\s+(?:délivrée?s?|octroyée?s?|accordée?s?)\s+qu['’]"
    r"|(?<![\w])(?:nur|ausschließlich)\s+(?:an|für)\s[^.;:]{2,60}?\s(?:ausgestellt|erteilt"
    r"|gewährt|nötig|erforderlich)(?![\w])"
)
# (half B) A pointer to check how to proceed ("Check how you must register", "Kijk na hoe jij
# moet inschrijven", "Vérifiez comment vous devez …", "Prüfen Sie, wie Sie …"): no row.
_CHECK_HOW = CaseBlind(
    r"^[^\w]*(?:check|find\s+out|see|kijk\s+na|bekijk|lees|vérifiez|consultez|découvrez"
    r"|prüfen\s+sie|lesen\s+sie|sehen\s+sie\s+nach)\s*,?\s+(?:how|hoe|comment|wie)(?![\w])"
)
# (half B) A formality that need not be done for a group, with an adverb inside the negation
# ("ne doit toutefois pas être effectué pour les chercheurs", "does not, however, have to be
# carried out for", "kunnen van … worden vrijgesteld"): the obligation lifted for them, an
# exemption (GUIDE: a negated obligation word does not make a requirement).
_NEED_NOT_BE_DONE_FOR = CaseBlind(
    r"(?<![\w])ne\s+(?:doit|doivent)\s+(?:[^\s.;:,]+\s+){0,2}?pas\s+être\s+(?:effectuée?s?"
    r"|réalisée?s?|demandée?s?|introduite?s?|accomplie?s?|passée?s?|faite?s?)\s+"
    r"(?:[^\s.;:,]+\s+){0,3}?pour(?![\w])"
    r"|(?<![\w])(?:does|do)\s+not,?\s+(?:however,?\s+|therefore,?\s+)?(?:have|need)\s+to\s+be"
    r"\s+(?:carried\s+out|done|performed|requested|applied\s+for|obtained|made)\s+"
    r"(?:[^\s.;:,]+\s+){0,3}?for(?![\w])"
    r"|(?<![\w])(?:kan|kunnen)\s+(?:[^\s.;:,]+\s+){0,5}?(?:worden\s+vrijgesteld|vrijgesteld"
    r"\s+worden)(?![\w])"
)
# A delay the page reports with "il faut compter" ("Il faut compter environ trois semaines
# pour recevoir la carte"): a time reported, no rule of the reader (GUIDE, round-16 audit:
# a processing time the page only reports); the obligation word is an idiom there.
_COUNT_ON_A_DELAY = CaseBlind(
    rf"(?<![\w])(?:il\s+faut\s+compter|comptez|reken\s+op|rechnen\s+sie\s+mit|allow|expect)"
    rf"(?:\s+[^\s.;:]+){{1,5}}?\s+{_TIME_UNIT}(?![\w])"
)


# An obligation to prove that a condition holds ("must prove that …", "moet aantonen dat …",
# "devrez démontrer (a) que …", "müssen nachweisen, dass …"): the condition, not a stage.
_PROVES_THAT = re.compile(
    r"\b(?:prove|show|demonstrate|establish)\s+that\b"
    r"|\b(?:aantonen|bewijzen|aan\s+te\s+tonen|te\s+bewijzen)\b[^.;:]{0,40}?\bdat\b"
    r"|\b(?:démontrer|prouver|établir)\b[^.;:]{0,12}?\bque?\b"
    r"|\b(?:nachweisen|belegen|beweisen|nachzuweisen)\s*,\s*dass\b",
    re.IGNORECASE,
)
# The reader in a state, after a label naming the group ("Asielprocedure: je hebt een
# asielaanvraag ingediend …", "Refugees: you have a residence card …", "Réfugiés : vous avez
# …", "Flüchtlinge: Sie haben …").
_READER_IN_A_STATE = re.compile(
    r"^\W*(?:you\s+(?:have|are|hold|live|stay)|je\s+(?:hebt|bent|zit|woont|verblijft)"
    r"|u\s+(?:hebt|heeft|bent|zit|woont|verblijft)|vous\s+(?:avez|êtes|résidez|séjournez)"
    r"|sie\s+(?:haben|sind|wohnen|leben))\b",
    re.IGNORECASE,
)


def _act_before_its_places(sentence: str, context: str | None) -> bool:
    """Whether a sentence ending its section on ":" under a procedure heading tells a whole
    act, the places or addresses under the next heading ("A change of address has to be
    reported to the city services:", "Een adreswijziging meldt u aan de dienst bevolking:",
    "Le changement d'adresse se déclare auprès des services suivants :", "Die Adressänderung
    melden Sie bei folgenden Stellen:"): a step, not a lead-in left without its list ("The
    host family must:" names no act)."""
    return (
        context == "step"
        and len(sentence.split()) >= 7
        and _tells_an_act(sentence.rstrip(" :"))
        and not re.search(rf"\b{_MODAL}\s*:$", sentence)
        # "Bekijk hieronder hoeveel tijd je hebt …:", "Voyez de combien de temps …": points
        # to what follows, as a lead-in does
        and not IMPERATIVE.match(_unlabelled(sentence))
        and not _POINTER.found_in(sentence)
        and not _BELOW.search(sentence)
    )


_BELOW = re.compile(
    r"\b(?:below|hereafter|hieronder|hierna|ci-dessous|ci-après|unten|nachstehend|im folgenden)\b",
    re.IGNORECASE,
)


def _announced_part_of(block: Block) -> str | None:
    """The kind of the heading above a sub-heading that names none, when a lead-in right
    above the sub-headings announces them as its parts: under "Conditions", "You qualify if
    you fall under one of the two categories below:" then h3 "Category 1", "Category 2" —
    each category's items and sentences are the conditions."""
    if block.over_lead and len(block.section) >= 2:
        verdict = _lead_in_verdict(_last_sentence(block.over_lead))
        if verdict or _asks_when(block.section[-2]):
            # below "When must I register?", "See below how long you have:" over h3 "I have
            # just lost my job": each case's own deadline, a condition on the reader (the
            # labels of brussels-jobseeker-registration-fr and its Dutch edition)
            return verdict
        return _section_kind(block.section[-2])
    return None


# "1) Secondment within the group", "2. Minimum remuneration", "b) Loon": a numbered part.
_NUMBERED_PART = re.compile(r"^\s*(?:\d{1,2}|[a-h])[.)]\s+[^\W\d_]")


def _numbered_part_of(section: tuple[str, ...]) -> str | None:
    """The kind of the heading above a numbered sub-heading that names none: under
    "Conditions for a seconded worker", "1) Secondment within the group" and "2) Minimum
    pay" are the conditions, one by one."""
    if len(section) >= 2 and _NUMBERED_PART.match(section[-1]):
        # (the numbered parts of a procedure hold its conditions as often as its steps)
        return "requirement" if _section_kind(section[-2]) == "requirement" else None
    return None


# A section's number of two levels or more ("3.1. PREPARING YOUR APPLICATION", "3.2 Applying
# for a visa", "2.1) Aanvraag"): the heading's words start after it, as after "2." (from
# half B, wallonia-uliege-researcher-welcome-guide-en).
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+[.)]?\s+(?=\S)")


# A heading naming the ways to prove something ("3 methods to prove your solvency", "Hoe
# bewijst u uw inkomen?", "Comment prouver vos moyens de subsistance ?", "So weisen Sie Ihr
# Einkommen nach"): each item is a paper or a means of proof to hand in, a document (GUIDE:
# proof to hand in is a document; round 19, from half A). Not "how to prove that …".
_WAYS_TO_PROVE = re.compile(
    r"\b(?:(?:ways?|methods?|means|options?)\s+(?:to|of)\s+(?:prove|proving|show|showing"
    r"|demonstrate|demonstrating)|how\s+(?:to|do\s+you|can\s+you|can\s+i|do\s+i)\s+"
    r"(?:prove|demonstrate)"
    r"|(?:manieren|methodes|wijzen|mogelijkheden)\s+om\s+(?:[^\W\d_]+\s+){0,5}?"
    r"(?:te\s+bewijzen|aan\s+te\s+tonen)|hoe\s+(?:bewijst|toont)\s+(?:u|je)"
    r"|(?:façons|manières|méthodes|moyens)\s+de\s+(?:prouver|démontrer|justifier)"
    r"|comment\s+(?:prouver|démontrer|justifier)"
    r"|(?:möglichkeiten|wege|methoden),?\s+(?:[^\W\d_]+\s+){0,5}?(?:nachzuweisen|zu\s+belegen)"
    r"|nachweismöglichkeiten|wie\s+(?:weisen|belegen)\s+sie|so\s+weisen\s+sie)\b"
    # "Comment prouver que la redevance a été payée ?": a fact to show, not the ways to show
    # one's means; its sentences keep their own kinds
    r"(?!\s+(?:that|que|qu['’]|dat|dass)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _section_kind(section: str) -> str | None:
    """The kind the nearest heading names (asked once per heading, not once per block)."""
    # A heading of two sentences is named by the last: "Ma demande vise plusieurs
    # personnes. Faut-il payer plusieurs redevances ?" asks about paying, not applying.
    heading = _SENTENCE_END.split(_SECTION_NUMBER.sub("", section.strip()))[-1]
    if _ATTACH.found_in(heading) or _BRING.found_in(heading):
        return "document"  # "Que faut-il joindre ?", "Was müssen Sie beifügen?", "Que faut-il
        # apporter ?", "Wat moet u meebrengen?" (what to bring: documents, GUIDE devset-u)
    if _WAYS_TO_PROVE.search(heading):
        return "document"  # "3 methods to prove your solvency": each way is a paper to hand in
    if lifts_obligation(heading):
        return "exemption"  # "Not every foreigner needs a work permit": who does not
    # "Wordt (niet) beschouwd als werkperiode", "Counts as a work period", "Est considéré
    # comme …", "Gilt als …": what counts as what, defined as a lead-in would (from half B,
    # flanders-indefinite-permit-nl)
    defines = "requirement" if _defines_who(heading) or _DEFINES_LEAD.search(heading) else None
    if (_ACT_FIRST.found_in(heading) or IMPERATIVE.match(heading)) and _PROCEDURE.found_in(
        heading.split(":", 1)[0]
    ):
        return "step"  # "Dépôt du dossier", "Dien uw aanvraag in": the act governs
    if _tells_to_apply(heading):
        return "step"  # "Apply at Brussels Economy and Employment": the procedure's heading
    if _tells_to_obtain_a_paper(heading):
        return "step"  # "b. Obtain your residence permit": the formality of getting it
    if _PERSON_APPLIES.match(heading) and not heading.rstrip().endswith("?"):
        return "step"  # "Employer applies for a permit": who files, the procedure's heading
    if _asks_who_files(heading):
        return "requirement"  # "Who files the application?": who may file (round-15 audit)
    if _WHAT_TO_DO.found_in(heading) or _about_loss_or_theft(heading):
        return "step"  # "Que faire si la carte expire ?", "Bij verlies of diefstal" (round 15)
    if _STAGE_QUESTION.found_in(heading) and len(heading.split()) <= 10:
        return "step"  # "Where do I go?", "Où dois-je me rendre ?": a stage
    named = kind_of_heading(heading)
    if not named and _stage_heading(heading):
        return "step"  # "Verlängerung", "Recours contre une décision": a stage's heading
    return (
        named
        or _lodging_heading(heading)
        or defines
        or ("requirement" if _WHICH_MAY.match(heading) else None)
        or _asks_how(heading)
        or ("step" if _asks_when(heading) else None)
        or _procedure_after_label(heading)
    )


# A heading telling the reader to obtain or collect a paper ("Obtain your residence permit",
# "Haal uw verblijfskaart af", "Obtenir un titre de séjour", "Erhalten Sie Ihre Karte"; in a
# numbered or lettered plan: "b. Obtain your residence permit") names the formality of getting
# it: its acts are steps, as under a heading telling to apply (GUIDE: a heading about the
# procedure; round 18). Only the obtaining verbs and a paper's noun: "Find your housing",
# "Obtain health insurance" name no paper.
_PART_PREFIX = re.compile(r"^\s*(?:\d{1,2}|[a-h])[.)]\s+")
_OBTAIN_FIRST = re.compile(
    r"^(?:obtain|get|collect|pick up|request|verkrijg|haal|vraag|obtenez|obtenir|retirez"
    r"|retirer|demandez|demander|erhalten sie|holen sie|beantragen sie|beantragen)\b",
    re.IGNORECASE,
)
_VISA = re.compile(r"\b(?:visa|visum|visas)\b", re.IGNORECASE)


def _tells_to_obtain_a_paper(heading: str) -> bool:
    text = _PART_PREFIX.sub("", heading.strip(), count=1)
    return bool(
        len(text.split()) <= 8
        and _OBTAIN_FIRST.match(text)
        and (_LOST_THING.search(text) or _VISA.search(text))
        and not text.rstrip().endswith("?")
        and not kind_of_heading(text)
    )


# A heading that asks what to do ("What to do after you arrive?", "Wat moet u doen bij een
# verhuis?", "Que faire si la carte expire ?", "Was ist zu tun, wenn der Vertrag endet?") asks
# for the procedure's acts in order, as one asking where or when to apply: its acts are steps,
# with the usual exceptions (GUIDE, round-15 audit).
_WHAT_TO_DO = CaseBlind(rf"(?<![\w])(?:{_phrases(LEX.what_to_do)})(?![\w])")
# A heading naming a stage as a question or a noun ("Where do I go?", "Où dois-je me rendre
# ?", "Wann erhalte ich meine Karte?", "Termin vereinbaren"): heads steps as a stage's heading
# does, only what someone does (GUIDE tune12b). (Headings on the time the procedure takes,
# "Processing time", "Délai de traitement", were tried: the older pages label the facts under
# them, extensions and advice, as no rows.)
_STAGE_QUESTION = CaseBlind(rf"(?<![\w])(?:{_phrases(LEX.stage_questions)})(?![\w])")
# A heading about loss or theft ("Lost or stolen card", "Bij verlies of diefstal", "En cas de
# perte ou de vol", "Bei Verlust oder Diebstahl") names the formality of reporting and
# replacing the card: its acts are steps (GUIDE, round-15 audit). A loss counts with what is
# lost ("Loss of your card", "Verlust der Aufenthaltskarte"), never a right or a status lost
# ("Perte du droit de séjour", "Verlust des Aufenthaltsrechts"); French "vol" (also a flight)
# only beside a loss or a card.
_THEFT = re.compile(
    rf"(?<![\w])(?:{alternation(w for w in LEX.theft if w != 'vol')})(?![\w])", re.IGNORECASE
)
_VOL = re.compile(r"(?<![\w'’])vol(?![\w])", re.IGNORECASE)
_LOSS = re.compile(rf"(?<![\w])(?:{alternation(LEX.loss)})(?![\w])", re.IGNORECASE)
_LOST_THING = re.compile(
    rf"(?:{alternation(LEX.lost_things)})(?![\w])", re.IGNORECASE
)  # (Dutch and German compounds end on it: "verblijfskaart", "Aufenthaltskarte")
_LOST_RIGHT = re.compile(
    r"right|recht|droit|status|statut|job|emploi|baan|arbeit|werk|travail|nationalit"
    r"|staatsangeh|nationaliteit|income|inkomen|revenu|einkommen",
    re.IGNORECASE,
)


# A heading that asks who files or acts ("Who files the application?", "Wie dient de aanvraag
# in?", "Qui introduit la demande ?", "Wer stellt den Antrag?") is a heading about who may
# apply, like "Who can …": its sentences naming who files are requirement rows, a later stage
# told there stays a step (GUIDE, round-15 audit). Dutch "Wie" asks who before a verb of the
# third person ("Wie dient …", "Wie vraagt …"); German "Wie" asks how.
_WHO_FIRST = re.compile(
    r"^\W*(?:who|qui|wer|wie(?=\s+(?:dient|dienen|vraagt|vragen|doet|doen|stuurt|sturen"
    r"|ondertekent|moet|moeten|kan|kunnen|mag|mogen)\b))\b",
    re.IGNORECASE,
)
# "then", "daarna", "ensuite", "danach": a later stage of the procedure
# (not after a comma: "Heb je …, dan moet je …" is a case and what follows in it)
_LATER_STAGE = re.compile(
    r"(?<!,\s)\b(?:then|next|afterwards|subsequently|later|daarna|vervolgens|nadien|dan"
    r"|ensuite|puis|par la suite|danach|anschließend|dann|später)\b",
    re.IGNORECASE,
)
# "Wer ist für welchen Antrag zuständig?": which authority is competent, not who files
_COMPETENT = re.compile(
    r"zuständig|bevoegd|compétent|competent|responsible|verantwoordelijk|responsable",
    re.IGNORECASE,
)


def _asks_who_files(heading: str) -> bool:
    if not _WHO_FIRST.match(heading) or len(heading.split()) > 9 or _COMPETENT.search(heading):
        return False
    lower = lowered(heading)
    return bool(
        _APPLYING.found(heading, lower)
        or _LODGING.found(heading, lower)
        or _HANDLES.found(heading, lower)
        or (_PROCEDURE.found(heading, lower) and not kind_of_heading(heading))
        or _PROCEDURE_TAIL.search(heading)
    )


def _about_loss_or_theft(heading: str) -> bool:
    """Whether a heading is about a card lost or stolen (GUIDE, round-15 audit)."""
    if len(heading.split()) > 12 or _LOST_RIGHT.search(heading):
        return False
    loss = _LOSS.search(heading)
    thing = _LOST_THING.search(heading)
    return bool(
        _THEFT.search(heading)
        or (_VOL.search(heading) and (loss or thing))
        or (loss and thing)
    )


def _procedure_after_label(heading: str) -> str | None:
    """'step' for a heading that names a case, then after its colon the procedure or the
    formality in it ("Court séjour (3 mois maximum) : déclaration d'arrivée", "Short stay:
    declaration of arrival", "Kort verblijf: aangifte van aankomst", "Aufenthalt unter 3
    Monaten: Anmeldung"): the words after the colon name what follows, as a heading of their
    own would."""
    head, colon, tail = heading.rpartition(":")
    tail = tail.strip(" ?¿!.")
    if colon and head.strip() and tail and kind_of_heading(tail) == "step":
        return "step"
    return None


# A heading that says who files ("Employer applies for a permit", "Werkgever vraagt aan",
# "L'employeur introduit la demande", "Der Arbeitgeber beantragt die Erlaubnis"): what
# follows is how the application goes, the procedure's heading (older pages:
# flanders-fixed-term-90-days-en).
_PERSON_APPLIES = re.compile(
    rf"^\W*(?:(?:{alternation(LEX.determiners)})\s+)?(?:{alternation(LEX.persons)})\s+"
    rf"(?:{_phrases(LEX.applying)}|{_phrases(LEX.handles)})(?![\w])",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _asks_what_to_do(section: str) -> bool:
    """Whether a heading asks what to do ("What to do upon arrival?", "Wat moet u doen bij een
    verhuis?", "Que faire si la carte expire ?", "Was ist zu tun, wenn …"): a heading about
    the procedure (GUIDE, round-15 audit), so an h3 naming no kind under it (a case, a place,
    an act: "Visit the admissions office", "Bij de gemeente", "Au guichet", "Im Rathaus")
    takes its kind as under any procedure heading (GUIDE, round-15 audit: sub-headings)."""
    return bool(_WHAT_TO_DO.found_in(_SENTENCE_END.split(section.strip())[-1]))


def _stage_only_heading(section: str) -> bool:
    """Whether the nearest heading heads steps only by naming a stage ("Renewal",
    "Beslissing", "Recours contre une décision") or by asking when ("Quand ?", "Wann?"), not
    the procedure itself: under it a fact about the stage ("Le moment de la demande est laissé
    au choix des personnes …") is told alongside what to do, and only the latter is a step
    (round 11 read 10 such facts as steps on the older pages, steps' precision -0.0101)."""
    heading = _SENTENCE_END.split(section.strip())[-1]
    if heading.strip(" ?¿:").lower() in LEX.when_questions:
        return True
    if _WHAT_TO_DO.found_in(heading) or _STAGE_QUESTION.found_in(heading):
        return True  # "What to do upon arrival?": what someone does is a step, a fact none
    return not kind_of_heading(heading) and _stage_heading(heading)


# Something done by someone, in the passive with its agent: "The decision is taken by an
# official", "De beslissing wordt genomen door een ambtenaar", "Une décision de refus vous est
# notifiée … par le poste diplomatique", "Die Karte wird von der Gemeinde ausgestellt".
_DONE_BY = re.compile(
    r"\b(?:is|are|wordt|worden|est|sont|wird|werden)\b(?:\s+\S+){0,8}?\s+"
    r"(?:by|door|par|von|vom)\s+(?:the|a|an|een|de|het|le|la|les|l['’]|un|une|der|die|dem|den"
    r"|einem|einer)\b",
    re.IGNORECASE,
)


# A stage told as following the procedure of another ("The renewal follows the same procedure
# as the first application", "De verlenging verloopt volgens dezelfde procedure", "Le
# renouvellement suit la même procédure que pour la carte d'identité", "Die Verlängerung folgt
# demselben Verfahren wie der Erstantrag"): it tells the reader how that stage goes, by
# pointing at steps they know, a step under a heading about the procedure or a stage (GUIDE:
# under such a heading a sentence telling which route applies is a step; outside one it is no
# row, as before). Only the procedure's own nouns: "in the same way" names no route.
_SAME_PROCEDURE = re.compile(
    r"\b(?:(?:the\s+)?(?:same|identical)\s+(?:procedure|steps|formalities)"
    r"|(?:procedure|process)\s+is\s+(?:the\s+same|identical)"
    r"|(?:dezelfde|zelfde|identieke)\s+(?:procedure|stappen|werkwijze|formaliteiten)"
    r"|procedure\s+is\s+(?:dezelfde|identiek|gelijk)"
    r"|(?:même|identique)s?\s+(?:procédure|démarches?|formalités)"
    r"|procédure\s+est\s+(?:la\s+même|identique)"
    r"|(?:gleiche|gleichen|selbe|selben|demselben|dasselbe|identische|identischen)\s+"
    r"(?:Verfahren|Schritte|Formalitäten)"
    r"|Verfahren\s+ist\s+(?:dasselbe|das\s+gleiche|identisch))\b",
    re.IGNORECASE,
)


def _tells_an_act(text: str) -> bool:
    """Whether a sentence says what someone does at a stage: an act of applying or lodging
    ("De werknemer dient de aanvraag in"), an authority's act ("the Office notifies", "prüft",
    "wordt genomen door een ambtenaar"), an order, an obligation, a limit or a case and what
    then happens ("Is de beslissing negatief, dan …"). A noun of the procedure alone ("La date
    d'introduction peut avoir des conséquences") tells a fact about it (GUIDE, label audit: a
    stage's heading)."""
    lower = lowered(text)
    return bool(
        _APPLYING.found(text, lower)
        or _LODGED.found(text, lower)
        or _HANDLES.found(text, lower)
        or _DONE_BY.search(text)
        or _CASE_THEN.match(text)
        or IMPERATIVE.match(_unlabelled(text))
        or states_obligation(text, lower)
        or _LIMITS.found(text, lower)
        or _SAME_PROCEDURE.search(text)
        or _pays_a_fee(text, lower)  # "Le montant se verse sur le compte …": paying
    )


# A heading that asks which persons may do something ("Which family members can join a
# Belgian?", "Welke familieleden mogen …", "Quels membres de la famille peuvent …", "Welche
# Familienangehörigen können nachziehen?", "… haben ein Recht auf …") asks who may apply: its
# items are requirement rows, as under "Who can …?" (GUIDE).
_WHICH_MAY = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?:which|welke|quel(?:le)?s?|welche|these|deze|ces|diese)\s+"
    r"(?:[^\s?]+\s+){1,4}"
    rf"(?:{_MODAL}|have a right|hebben recht|ont (?:le )?droit|haben (?:ein |das )?recht)\b",
    re.IGNORECASE,
)


def _tells_to_apply(heading: str) -> bool:
    """Whether a heading is an order to apply: a verb of applying first, then at least two
    words (the authority, the object). Dutch and German infinitives ("Hernieuwen",
    "Aanvraag …", "Beantragen der Karte") name the subject, unless German's "Sie" follows."""
    match = _APPLY_FIRST.folded.match(heading)
    if not match or heading.rstrip().endswith("?"):
        return False
    verb, rest = match.group(0).strip().lower(), heading[match.end() :].split()
    if verb.endswith(("en", "aanvraag")) and not (rest and rest[0] == "Sie"):
        return False
    # a separable verb holds its object between its parts ("Vraag een visum D aan", "Dien
    # uw aanvraag in", "Reiche den Antrag ein"): those words count as the rest
    return len(rest) + max(0, len(verb.split()) - 2) >= 2


# Verbs of obtaining the card or permit the procedure ends in ("How to obtain the residence
# card", "Hoe verkrijg je je verblijfskaart?", "Comment obtenir la carte de séjour ?", "Wie
# erhalten Sie die Karte?"): a heading asking how to obtain it asks how the procedure goes, as
# one asking how to apply (from half B, wallonia-mouscron-eu-residence-card-fr).
_OBTAINING = re.compile(
    r"\b(?:obtain|obtaining|get|getting|receive|verkrijgen|verkrijg|verkrijgt|krijgen|krijg"
    r"|krijgt|bekomen|bekom|obtenir|obtient|recevoir|erhalten|erhalte|erhält|bekommen"
    r"|bekomme|bekommt)\b",
    re.IGNORECASE,
)


_FIRST_PERSON = re.compile(r"\b(?:I|my|ik|mijn|je|j['’]|mon|ma|mes|ich|mein|meine|meinen)\b")


def _asks_how(heading: str) -> str | None:
    """'step' for a heading asking how or where to apply ("How to register?", "Comment
    s'inscrire ?", "Wie melde ich mich an?"); asked after the heading words, which know that
    Dutch "Wie kan … aanvragen?" asks who. "When" is not asked: the time to apply is as often
    a condition (a deadline) as a step."""
    # (after a label: "Fixed-term single permit: how should the renewal application be made?")
    question = heading.rsplit(":", 1)[-1] if ":" in heading.rstrip(" :") else heading
    if _ASKS_HOW.found_in(question) and (
        _APPLYING.found_in(question)
        or _PROCEDURE.found_in(question)
        or _PROCEDURE_TAIL.search(question)  # "Wie muss der Verlängerungsantrag …"
        or _OBTAINING.search(question)  # "Comment obtenir la carte de séjour ?"
        # a verb of declaring to the office asks the formality as one of applying: "Comment
        # déclarer ?", "How do you report yourself?", "Hoe aangeven?" (round 18)
        or _DECLARING.found_in(question)
        # an act of the procedure asked by the reader in the first person ("How do I send
        # you my account number?", "Hoe lang duurt het voor ik mijn attest ontvang?"):
        # how that stage goes (round 18, from half B)
        or (_FIRST_PERSON.search(question) and _HANDLES.found_in(question))
    ):
        return "step"  # "How does the renewal procedure work?", "Hoe verloopt de aanvraag?"
    return None


def _asks_when(heading: str) -> bool:
    """Whether a heading asks when to apply or lodge, with the act's verb ("When should you
    apply", "Wanneer een visumaanvraag indienen?", "Quand faut-il demander le renouvellement
    ?", "Wann muss ich die Verlängerung beantragen?"): the procedure's time, told in its
    stages (GUIDE, label audit). A noun alone does not ask it ("Quand le permis B reste-t-il
    d'application ?" asks which cases the old rules keep)."""
    question = heading.rsplit(":", 1)[-1] if ":" in heading.rstrip(" :") else heading
    return (
        len(question.split()) <= 10
        and _ASKS_WHEN.found_in(question)
        # (or a verb of declaring: "When do you notify?", "Wanneer moet u zich melden?",
        # "Quand faut-il déclarer son arrivée ?", "Wann muss ich mich anmelden?", round 18)
        and (_APPLYING.found_in(question) or _DECLARING.found_in(question))
        and not _APPLIES.found_in(question)  # "When does the old permit still apply?"
    )


_DECLARING = CaseBlind(rf"(?<![\w'’])(?:{_phrases(LEX.declaring)})(?![\w])")
# A sentence that answers a heading asking when by giving the time ("As soon as possible after
# you arrive.", "Binnen acht dagen na uw aankomst.", "Dès votre arrivée en Belgique.",
# "Spätestens acht Tage nach der Einreise."): the stage's time, a step as the items under
# "When should the renewal be applied for?" are (GUIDE, audit12's "When?", round-16 audit).
_WHEN_ANSWER = re.compile(
    r"^[^\w]*(?:as soon as|within|no later than|at the latest|at the earliest|immediately"
    r"|upon|on arrival|on your arrival|before|after|from the|once"
    r"|zo snel mogelijk|zo vlug mogelijk|zo spoedig mogelijk|zodra|binnen|uiterlijk"
    r"|ten laatste|ten vroegste|onmiddellijk|meteen|bij aankomst|bij uw aankomst|vanaf|vóór"
    r"|dès|au plus tard|au plus tôt|dans les|endéans|immédiatement|avant|après|à partir"
    r"|lors de|à votre arrivée"
    r"|sobald|so bald wie möglich|so schnell wie möglich|innerhalb|spätestens|frühestens"
    r"|unmittelbar|sofort|binnen|bei (?:der|ihrer) ankunft|vor|nach)\b",
    re.IGNORECASE,
)


def _answers_when(block: Block, sentence: str) -> bool:
    """Whether a sentence under a heading asking when gives the time: it opens with when."""
    if not block.section or not _WHEN_ANSWER.match(sentence) or sentence.rstrip()[-1:] == "?":
        return False
    heading = _SENTENCE_END.split(block.section[-1].strip())[-1]
    return heading.strip(" ?¿:").lower() in LEX.when_questions or _asks_when(heading)


# Dutch and German write the procedure's noun as the last part of a compound word
# ("Verlängerungsantrag", "hernieuwingsaanvraag"): its one-word nouns of five letters or
# more, at the end of a longer word.
_PROCEDURE_NOUNS = [w for w in LEX.procedure if len(w) >= 5 and " " not in w]
_PROCEDURE_TAIL = re.compile(
    rf"(?<=[^\W\d_]{{3}})(?:{alternation(_PROCEDURE_NOUNS)})(?![\w])", re.IGNORECASE
)


# Dutch and German name a document as the last part of a compound ("Eintragungsbescheinigung",
# "Führungszeugnis", "Heiratsurkunde", "huwelijksakte"): the nouns of four letters or more,
# found at the end of a longer word.
_DOCUMENT_TAILS = (
    r"[a-zß-öø-ÿ]{3,}(?:"
    + alternation(w for w in LEX.document_nouns if len(w) >= 4 and " " not in w)
    + ")"
)
# "A photocopy of the passport", "Een attest van …", "Nachweis über …": an item that opens
# (after an article or a number) with a document's name.
_OPENS_WITH_DOCUMENT = CaseBlind(
    r"^(?:(?:if any,?|indien van toepassing,?|le cas échéant,?|gegebenenfalls,?)\s+)?"
    r"(?:(?:a|an|the|one|two|een|de|het|un|une|le|la|les|l'|ein|eine|einen|der|die|das|\d+)\s+)?"
    # up to two words before the name ("Gültiger nationaler (Reise-)Pass", "Original
    # academic transcript"), and a bracketed front of a compound ("(Reise-)Pass")
    # (no preposition, and no article inside: "Stuur het formulier …" sends, it names none)
    r"(?:(?!(?:for|voor|pour|für|by|door|par|of|van|von|to|à|with|met|avec|mit|a|an|the|"
    r"een|de|het|un|une|le|la|les|ein|eine|einen|der|die|das|den|dem|uw|your|votre|ihr|"
    r"ihre|ihren)\s)"
    r"[^\s,.;:()]+\s+){0,2}(?:\([^\s()]{1,12}-\))?"
    rf"(?:{alternation(LEX.document_nouns)}|{_DOCUMENT_TAILS})(?![\w])"
)

# A paper named anywhere in a sentence (its noun, or a compound ending on it).
_PAPER_NAMED = CaseBlind(
    rf"(?<![\w])(?:{alternation(LEX.document_nouns)})(?![\w])|{_DOCUMENT_TAILS}(?![\w])"
)


# Documents said to be needed or asked for: "Voor sommige categorieën zijn er nog specifieke
# tewerkstellingsdocumenten nodig", "des documents supplémentaires seront demandés", "The
# documents needed for the work part differ by Region", "Zusätzliche Unterlagen können
# verlangt werden". Under a heading about documents such a sentence tells which papers to
# hand in (a `document` row), though it names none by itself.
_DOCUMENTS_NEEDED = CaseBlind(
    rf"(?<![\w])(?:{alternation(LEX.document_nouns)}|{_DOCUMENT_TAILS}|pièces|stukken"
    r"|unterlagen|bewijsstukken|justificatifs|papers)(?![\w])"
    r"(?:\s+[^\s.;:]+){0,8}?\s+"
    r"(?:needed|required|requested|asked for|necessary|nodig|vereist|gevraagd|opgevraagd"
    r"|noodzakelijk|demandés|demandées|requis|requises|exigés|exigées|nécessaires"
    r"|benötigt|erforderlich|verlangt|angefordert|notwendig)(?![\w])"
)

# A paper asked for by the authority, or a set of papers to prepare: "The embassy may ask you
# for a standard form", "You will also be asked for a certificate", "Please prepare 1 set of
# supporting documents", "Het consulaat kan u om een attest vragen", "La commune peut vous
# demander un formulaire", "Die Gemeinde kann Sie um eine Bescheinigung bitten". (An obligation
# to present a paper, "must present a passport valid for one year", reads as the requirement it
# states on the older pages: not here.)
_PAPER_VERB = (
    "ask you for|asks you for|asked for|be asked for|please prepare|prepare|gather|"
    "u vragen om|vraagt u om|vragen u om|u om|verzamel|vous demander|vous demande|"
    "vous demandera|préparez|rassemblez|sie um|bittet sie um|bereiten sie"
)
_PAPER_TO_HAND_IN = CaseBlind(
    rf"(?<![\w])(?:{_PAPER_VERB})(?![\w])(?:\s+[^\s.;:,]+){{0,6}}?\s+"
    rf"(?:{alternation(LEX.document_nouns)}|{_DOCUMENT_TAILS}|supporting documents|originals"
    r"|copies|kopieën|copie)(?![\w])"
)

# The authority saying what it will not accept or do, or that it turns a case down ("Faute
# de quoi, la demande ne pourra pas être acceptée", "An incomplete file will not be
# processed", "In de praktijk wijst de administratie elke aanvraag af wanneer …", "Der Antrag
# wird dann nicht bearbeitet"): no obligation of the reader, no row (GUIDE devset-r), though
# a lifted word stands in a clause naming the group.
_AUTHORITY_REFUSES = CaseBlind(
    r"\bne\s+(?:pourra|pourront|peut|peuvent|sera|seront)\s+pas\s+être\s+"
    r"(?:acceptée?s?|traitée?s?|délivrée?s?|examinée?s?|pris(?:e|es)? en compte)\b"
    r"|\b(?:will|can|shall|may)\s*(?:not|n't)\s+be\s+(?:accepted|processed|issued|examined"
    r"|considered|dealt with)\b|\bwon't be (?:accepted|processed|issued|examined|considered)\b"
    r"|\b(?:wordt|worden|kan|kunnen|zal|zullen)\s+(?:[^\s.;:,]+\s+){0,4}?niet\s+(?:worden\s+)?"
    r"(?:aanvaard|behandeld|afgeleverd|uitgereikt|onderzocht|in behandeling genomen)\b"
    r"|\b(?:wijst|wijzen)\s+(?:[^\s.;:,]+\s+){0,8}?af\b|\b(?:rejects|refuses|rejette"
    r"|rejettent|refuse|refusent)\s+(?:almost\s+|presque\s+)?(?:every|any|all|each|toute?s?|chaque)\b"
    r"|\b(?:wird|werden|kann|können)\s+(?:[^\s.;:,]+\s+){0,4}?nicht\s+(?:angenommen|bearbeitet"
    r"|ausgestellt|berücksichtigt|geprüft)\b|\b(?:lehnt|lehnen)\s+(?:[^\s.;:,]+\s+){0,8}?ab\b"
)


# a line's letter or number, "a) ", "2) ": _LETTERED opens a line with one, _LETTER cuts it off
_LETTER = re.compile(r"^\s*(?:[a-h]|\d{1,2})\)\s+")
_LETTERED = re.compile(_LETTER.pattern + r"\S")
_PROOF_WORD = CaseBlind(
    r"(?<![\w])(?:proofs?|proves?|evidence|shows?|demonstrates?|documents?|bewijs\w*|bewijst"
    r"|bewijzen|aantonen|toont|montre|montrer|démontre"
    r"|preuves?|prouve\w*|justifie\w*|documents?|nachweis\w*|weist|belegen|belegt|dokumente?n?"
    r"|unterlagen)(?![\w])"
)


def _lettered_paper_of(blocks: list[Block], i: int) -> bool:
    """Whether the paragraph at `i` is a lettered part ("a) a certificate of a grant …")
    of a run of such paragraphs that follows a lead-in paragraph ending with ":" and naming
    proof or papers ("The student proves it by means of:"): the list of papers, written as
    paragraphs, its first sentence a paper named."""
    block = blocks[i]
    if not block.sentences or not _LETTERED.match(block.sentences[0]):
        return False
    j = i - 1
    while j >= 0 and blocks[j].kind == "paragraph" and blocks[j].sentences and _LETTERED.match(
        blocks[j].sentences[0]
    ):
        j -= 1
    if j < 0 or blocks[j].kind != "paragraph" or not blocks[j].sentences:
        return False
    lead = blocks[j].sentences[-1]
    if not (lead.rstrip().endswith(":") and _PROOF_WORD.found_in(lead)):
        return False
    named = _LETTER.sub("", block.sentences[0])
    # a paper's name, or a sworn paper ("a commitment to take charge (Annex 32)")
    return bool(
        _OPENS_WITH_DOCUMENT.found_in(named)
        or _NAMES_A_THING.found_in(named)
        or _SWORN.found_in(named)
    )



# A permission denied to someone ("Wie onwettig verblijft, kan geen aanvraag indienen", "Non-EU
# students can no longer apply for a card C", "ne peuvent plus introduire", "können keinen
# Antrag mehr stellen"): a ban on the person, a requirement also under a procedure heading
# (GUIDE: a condition on the person stays a requirement; a ban stays one).
_PERMISSION_DENIED = CaseBlind(
    r"\b(?:can|may)\s+no\s+longer\s+(?!be\b)|\b(?:cannot|can\s+not)\s+(?:[^\s.;:,]+\s+){0,2}?(?:apply|file"
    r"|submit|request|obtain|change)\b"
    r"|\b(?:kan|kunnen|kun|kunt|mag|mogen)\s+(?:je\s+|u\s+|hij\s+|zij\s+|ze\s+)?(?:[^\s.;:,]+\s+){0,6}?"
    r"(?:geen|niet\s+meer|niet\s+langer)\b"
    r"|\bne\s+(?:peut|peuvent|pouvez)\s+(?:plus|pas)\s+(?:[^\s.;:,]+\s+){0,2}?(?:introduire|demander"
    r"|déposer|obtenir|changer)\b"
    r"|\b(?:kann|können|darf|dürfen)\s+(?:[^\s.;:,]+\s+){0,4}?(?:keinen?|nicht\s+mehr)\b"
)
# a passive ("Documents can no longer be added to a filed dossier"): what the system does
_PASSIVE = re.compile(r"\b(?:be|been|worden|wordt|être|werden|wird)\b", re.IGNORECASE)


def _denies_applying(sentence: str, lower: str) -> bool:
    """Whether a sentence denies someone the act of applying or filing ("Wie onwettig
    verblijft, kan geen aanvraag indienen", "can no longer file an application"): a verb of
    applying is denied, in the active ("Vanaf 2019 kunt u ze niet meer gebruiken!" denies no
    application; "kunnen niet meer worden toegevoegd" tells what the system does)."""
    return bool(
        _PERMISSION_DENIED.found(sentence, lower)
        and (_APPLYING.found(sentence, lower) or _LODGING.found(sentence, lower))
        and not _PASSIVE.search(sentence)
        and not re.match(r"^\W*(?:kunt|kan|kun|can|peux|pouvez|können|kannst)\b", sentence, re.I)
    )


# A condition dropped: the condition noun, then within its clause a verb of lapsing or
# abolishing ("The condition of an international contract is abolished", "De voorwaarde …
# verdwijnt / valt weg / wordt geschrapt", "La condition … est supprimée / disparaît",
# "Die Voraussetzung … entfällt / wird abgeschafft").
_CONDITION_DROPPED = CaseBlind(
    r"\b(?:condition|requirement|voorwaarde|vereiste|bedingung|voraussetzung)\w*"
    r"(?:\s+[^\s.;:]+){0,14}?\s+(?:lapses|is abolished|is dropped|is removed|is scrapped"
    r"|no longer applies|disappears|vervalt|verdwijnt|valt weg|wegvalt|wordt geschrapt"
    r"|wordt afgeschaft|geldt niet meer|est supprimée|est abrogée|disparaît|tombe"
    r"|ne s['’]applique plus|entfällt|wegfällt|fällt weg|wird abgeschafft|wird gestrichen"
    r"|gilt nicht mehr)\b"
)
_BECAUSE_FIRST = re.compile(
    r"^\W*(?:now that|now|since|as|nu|omdat|doordat|aangezien|puisque|comme|maintenant que"
    r"|da|weil|nachdem|jetzt)\b",
    re.IGNORECASE,
)
# An exemption denied by its receiver: "Seasonal workers get no exemption from the labour
# market test", "krijgen geen vrijstelling", "ne bénéficient pas de la dispense", "erhalten
# keine Befreiung": the obligation stands, a requirement.
_NO_EXEMPTION_GIVEN = CaseBlind(
    r"\b(?:do|does|will)\s+not\s+(?:get|receive|obtain|qualify for|benefit from)\s+"
    r"(?:an?\s+|the\s+|any\s+)?(?:exemption|dispensation|exception)"
    r"|\b(?:get|gets|receive|receives)\s+no\s+(?:exemption|dispensation)"
    r"|\b(?:krijgen|krijgt|ontvangen|ontvangt|genieten|geniet)\s+geen\s+(?:[^\s.;:,]+\s+)?"
    r"(?:vrijstelling|uitzondering)"
    r"|\bne\s+(?:bénéficient|bénéficie|obtiennent|obtient|reçoivent|reçoit)\s+(?:pas|aucune?)\s+"
    r"(?:de\s+|d['’]\s*)?(?:la\s+|l['’]\s*)?(?:dispense|exemption|dérogation)"
    r"|\b(?:erhalten|erhält|bekommen|bekommt)\s+keine\s+(?:[^\s.;:,]+\s+)?(?:befreiung|ausnahme)"
)
# A permission to go beyond a limit: "may then work more than 20 hours a week", "mogen meer
# dan 20 uur werken", "peuvent travailler plus de 20 heures", "dürfen mehr als 20 Stunden
# arbeiten" (not negated: "may not work more than" binds).
_PERMITTED_BEYOND = CaseBlind(
    rf"\b(?<!not )(?<!niet )(?<!pas )(?<!nicht ){_MODAL}\b"
    r"(?!\s+(?:not|niet|pas|nicht|geen|kein\w*)\b)"
    r"(?:\s+(?!not\b|niet\b|pas\b|nicht\b|geen\b|kein\w*\b|no\b)[^\s.;:,]+){0,3}?\s+"
    r"(?:more than|longer than|meer dan|langer dan|plus de|plus longtemps que|mehr als|länger als)"
    r"\s+\d"
)
_SUBORDINATE_MODAL = re.compile(
    rf"(?:\bqu['’]\w+|\b(?:que|that|dat|dass))\s+(?:[^\s.;:,]+\s+){{0,2}}?{_MODAL}\b",
    re.IGNORECASE,
)
# A sentence that only says where something is found ("An overview of the conditions can be
# found here.", "… vind je hier.", "Vous trouverez … ici.", "… finden Sie hier."): a pointer to
# more reading, no row (GUIDE: links lists; tune12b: "Follow this link to …").
_FOUND_THERE = CaseBlind(
    r"(?:\b(?:you(?:'ll| will)? find|can be found|are to be found|is to be found)\b[^.;:]{0,80}"
    r"\b(?:here|on this page|below|on (?:the|our) website)\s*[.!]?\s*$"
    r"|\b(?:vind je|vindt u|vind u|lees je|leest u)\s+(?:hier|op deze pagina|hieronder)\s*[.!]?\s*$"
    r"|\b(?:vous trouverez|se trouvent?|trouverez)\b[^.;:]{0,80}\b(?:ici|ci-dessous|sur cette page)"
    r"\s*[.!]?\s*$|\b(?:finden sie|findest du|finden sich)\s+(?:hier|unten|auf dieser seite)"
    r"\s*[.!]?\s*$)"
)
# The page speaking of itself ("This page gives an overview of the conditions you need to
# meet", "Cette note d'information cherche à …", "Deze pagina geeft een overzicht …", "Diese
# Seite gibt einen Überblick …"): what the page holds, no condition of the reader.
_ABOUT_THIS_PAGE = re.compile(
    r"^\W*(?:this|the present)\s+(?:web\s*)?(?:page|note|guide|leaflet|brochure|section|overview)\b"
    r"|^\W*(?:deze|dit)\s+(?:pagina|webpagina|nota|gids|brochure|folder|rubriek|overzicht)\b"
    r"|^\W*(?:cette|la présente)\s+(?:page|note|fiche|brochure|rubrique)\b"
    r"|^\W*(?:diese|dieses|die vorliegende)\s+"
    r"(?:seite|webseite|broschüre|rubrik|übersicht|merkblatt)\b"
    # "You will find on this page …", "Vous trouverez sur cette page …", "Op deze pagina vindt
    # u …", "Auf dieser Seite finden Sie …" (round 18)
    r"|^\W*(?:you(?:['’]ll|\s+will)?\s+find\s+(?:on|in)\s+this|on\s+this\s+page,?\s+you)\b"
    r"|^\W*(?:vous\s+trouverez|on\s+trouve)\s+(?:sur|dans)\s+(?:cette|la\s+présente)\s+"
    r"(?:page|rubrique|fiche|note)\b|^\W*sur\s+cette\s+page,?\s+vous\s+trouverez\b"
    r"|^\W*(?:op\s+deze\s+pagina\s+(?:vindt|vind|lees|leest)|(?:u|je)\s+vindt\s+op\s+deze"
    r"\s+pagina)\b"
    r"|^\W*(?:auf\s+dieser\s+seite\s+(?:finden|erfahren|lesen)|sie\s+finden\s+auf\s+dieser"
    r"\s+seite)\b",
    re.IGNORECASE,
)
# A lead-in saying the items below are services or links to reach ("The online services
# you need for this are available below:"): the items are a links list, no rows.
_AVAILABLE_BELOW = re.compile(
    r"\b(?:available|beschikbaar|disponibles?|verfügbar|abrufbar)\b[^.;]{0,30}"
    r"\b(?:below|hieronder|ci-dessous|unten|hierna)\b",
    re.IGNORECASE,
)


def _list_runs(blocks: list[Block]) -> list[list[Block]]:
    """The lists of a page: runs of list items under the same heading, lead-in and depth. A
    nested list does not end the list around it: "A medical certificate …:" then its nested
    diseases, then "A photocopy of the employment contract" is one list of papers."""
    runs: list[list[Block]] = []
    open_runs: list[list[Block]] = []  # the runs of this stretch of items, outermost first
    for block in blocks:
        if block.kind != "list_item":
            open_runs = []
            continue
        while open_runs and open_runs[-1][-1].level > block.level:
            open_runs.pop()  # back out of a nested list
        key = (block.section, block.lead_ins, block.level)
        last = open_runs[-1][-1] if open_runs else None
        if last is not None and (last.section, last.lead_ins, last.level) == key:
            open_runs[-1].append(block)
            continue
        if last is not None and last.level == block.level:
            open_runs.pop()  # another list at the same depth
        open_runs.append([block])
        runs.append(open_runs[-1])
    return runs


# In a list an order is also given as an infinitive: French puts it first ("Envoyer le
# formulaire signé", "Joindre une copie du visa"), Dutch and German last ("Het formulier
# invullen", "Den Antrag einreichen"); as a sentence of a paragraph the same form names a
# title or a topic as often, so only a list of them is read so.
_INFINITIVE_ORDER = rf"(?:{alternation(LEX.infinitive_orders)})"
_OPENS_ON_INFINITIVE = re.compile(rf"^\W*{_INFINITIVE_ORDER}(?![\w'’-])", re.IGNORECASE)
_ENDS_ON_INFINITIVE = re.compile(
    rf"(?<=\s)(?:[^\W\d_]+)?{_INFINITIVE_ORDER}\s*[.;!]?\s*$", re.IGNORECASE
)
_NAMES_FORMALITY = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.formalities)})(?![\w])")


# The reader told as acting, in the present, as the subject that opens the sentence (after at
# most a linking adverb): "You simply contact the town of your new home", "U wendt zich tot de
# gemeente", "Vous vous adressez à la commune", "Sie wenden sich an die Gemeinde", "Zusätzlich
# legen Sie die Bescheinigung vor" — what the reader does at a stage, a step under a procedure
# heading as an order is (GUIDE: what the applicant does there; round-15 audit: "Vor jedem
# Wechsel beantragen Sie …"). Not a state, a need, a permission or a duty of its own (those
# read by their words): be, have, live, can, may, must, need, want.
_LINK_ADVERB = (
    r"(?:then|next|also|simply|afterwards|dann|danach|anschließend|zusätzlich|außerdem|einfach"
    r"|ensuite|puis|alors|également|daarna|dan|vervolgens|ook|gewoon)"
)
_READER_ACTS = re.compile(
    rf"^(?:{_LINK_ADVERB},?\s+)?(?:"
    r"you\s+(?:(?:simply|then|also|first)\s+)?(?!are\b|were\b|have\b|had\b|can\b|could\b"
    r"|may\b|might\b|must\b|need\b|will\b|would\b|should\b|do\b|don|want\b|wish\b|live\b"
    r"|stay\b|work\b|hold\b|own\b)[a-z]{3,}s?\b"
    r"|(?:u|je|jij)\s+(?!bent\b|hebt\b|heeft\b|kunt\b|kan\b|moet\b|mag\b|zal\b|zult\b|wil\b"
    r"|wilt\b|woont\b|verblijft\b|werkt\b|hoeft\b)[a-z]{2,}t\b"
    r"|vous\s+(?:vous\s+)?(?!êtes\b|avez\b|pouvez\b|devez\b|voulez\b|souhaitez\b|habitez\b"
    r"|résidez\b|séjournez\b|travaillez\b)[a-zéèêîô]{2,}ez\b"
    r"|sie\s+(?!sind\b|haben\b|können\b|dürfen\b|müssen\b|sollen\b|sollten\b|brauchen\b"
    r"|werden\b|möchten\b|wollen\b|wohnen\b|leben\b|arbeiten\b)[a-zäöüß]{2,}en\b"
    r")"
    # German and Dutch put the verb before the subject after an adverb: "Zusätzlich legen Sie"
    rf"|^{_LINK_ADVERB}\s+(?!sind\b|haben\b|können\b|dürfen\b|müssen\b|brauchen\b)"
    r"[a-zäöüß]{2,}en\s+sie\b",
    re.IGNORECASE,
)


# (what the act brings about, "Vous évitez ainsi d'être radié", "You thereby avoid …", "Zo
# vermijdt u …", "Dadurch vermeiden Sie …": a consequence told, no act)
_THEREBY = re.compile(
    r"\b(?:ainsi|thereby|thus|this way|daardoor|daarmee|zo|dadurch|damit|somit|so)\b", re.I
)


def _an_order(text: str) -> bool:
    return bool(
        IMPERATIVE.match(text)
        or _OPENS_ON_INFINITIVE.match(text)
        or _ENDS_ON_INFINITIVE.search(text)
    ) and not (_READ_FIRST.match(text) or _LOOKS_AT_A_PAGE.match(text))


def _order_lists(blocks: list[Block]) -> set[int]:
    """The indexes of list items in lists of orders that file an application: two items or
    more, every one opened by an order (after a label or none) and one naming the application
    or the act of applying ("Prepare the required annexes (.pdf)", "Submit an application for a
    single permit through the online counter"; "Zet de bijlagen klaar", "Dien de aanvraag in
    via …"; "Préparez les annexes", "Complétez une demande de permis unique"; "Laden Sie die
    Anlagen herunter", "Reichen Sie den Antrag ein"). Such a list is the procedure told step
    by step wherever it stands, under a heading naming only the case it is for too: each
    item a `step`, as under "Proceed as follows:" (GUIDE: an imperative is a step under a
    heading about the procedure; devset-u: the items of a lead-in announcing instructions)."""
    out: set[int] = set()
    for run in _list_runs(blocks):
        if len(run) < 2:
            continue
        texts = [_unlabelled(b.text) for b in run]
        if all(_an_order(t) for t in texts) and any(
            _PROCEDURE.found_in(t)
            or _APPLYING.found_in(t)
            or _PROCEDURE_TAIL.search(t)
            or _NAMES_FORMALITY.found_in(t)
            for t in texts
        ):
            out.update(b.index for b in run)
    return out


def _document_lists(blocks: list[Block]) -> set[int]:
    """The indexes of list items in lists most of whose items (two or more, 60 %) open with
    a document's name: such a list is a list of documents whatever stands above it (a page
    of annexes under "For a first application", "Voor een hernieuwing")."""
    out: set[int] = set()
    position = {block.index: at for at, block in enumerate(blocks)}  # (a part of a big page)
    for run in _list_runs(blocks):
        if len(run) >= 2:
            # ("Documenten bij aanvraag:" above a nested list only labels that list)
            hits = sum(
                bool(_OPENS_WITH_DOCUMENT.found_in(b.text.strip()))
                and not b.text.rstrip().endswith(":")
                for b in run
            )
            if hits >= 2 and hits >= 0.6 * len(run):
                out.update(b.index for b in run)
        elif _names_one_paper_over_a_list(blocks, position[run[0].index]):
            out.add(run[0].index)
        out.update(b.index for b in run if _lists_papers(b.text))
    return out


def _parent_item(blocks: list[Block], i: int) -> int | None:
    """The place in `blocks` of the list item the item at `i` is nested in: the nearest one
    above it of a lower level, with only list items between (None for a top-level item)."""
    level = blocks[i].level
    for at in range(i - 1, -1, -1):
        before = blocks[at]
        if before.kind != "list_item":
            return None
        if before.level < level:
            return at
    return None


def _inside_a_paper_of_one(blocks: list[Block], i: int, document_items: set[int]) -> bool:
    """Whether the list item at `i` is nested, at any depth, under a list of one paper
    (`_names_one_paper_over_a_list`): the case and the papers below it say which paper that
    is, documents too."""
    at = _parent_item(blocks, i)
    # (up to the list's top item, whatever its depth: a list may open nested, "Stap 2" then
    # "Identiteitsbewijs van de au pair" at level 2)
    while at is not None and blocks[at].level != 1 and _parent_item(blocks, at) is not None:
        at = _parent_item(blocks, at)
    return (
        at is not None
        and blocks[at].index in document_items
        and _names_one_paper_over_a_list(blocks, at)
    )


def _names_one_paper_over_a_list(blocks: list[Block], at: int) -> bool:
    """Whether a list of one item only names a paper, in a few words and no verb, over a
    nested list that says which one ("Identiteitsbewijs van de werknemer" then "Is de
    werknemer niet in België:" then "Buitenlandse identiteitskaart …"): a list of papers
    of one (from half B, flanders-indefinite-permit-nl: under "Aanvraag")."""
    item = blocks[at]  # (`at` is its place in `blocks`, a part of the page or all of it)
    text = item.text.strip()
    following = blocks[at + 1] if at + 1 < len(blocks) else None
    return (
        len(text.split()) <= 6
        and not text.endswith(":")
        and bool(_OPENS_WITH_DOCUMENT.found_in(text))
        and not states_obligation(text)
        and following is not None
        and following.kind == "list_item"
        and following.level > item.level
    )


def _under_a_paper(blocks: list[Block], i: int, document_items: set[int]) -> bool:
    """Whether the list item at `i` is nested under an item of a list of papers whose text
    leads into it ("A medical certificate showing that the worker has none of these
    diseases:" then "tuberculosis of the respiratory tract"): it says what that paper must
    show, a document row (2 rows of half A, round 12)."""
    block = blocks[i]
    if block.level < 2 or not block.lead_ins:
        return False
    at = _parent_item(blocks, i)
    return (
        at is not None
        and blocks[at].index in document_items
        and blocks[at].text == block.lead_ins[-1]
    )


_PARTS = re.compile(r"[,;]|\s(?:and|en|et|und)\s", re.IGNORECASE)


def _lists_papers(text: str) -> bool:
    """Whether one item is itself a list of papers, most of its parts (two or more, 60 %)
    opening with a document's name: "Paspoort, 3 foto's, € 7" (GUIDE, devset-zb)."""
    parts = [part.strip() for part in _PARTS.split(text) if part.strip()]
    if len(parts) < 2 or len(text.split()) > 20 or not _OPENS_WITH_DOCUMENT.found_in(parts[0]):
        return False  # (a sentence that names papers in passing is no list of them)
    hits = sum(bool(_OPENS_WITH_DOCUMENT.found_in(part)) for part in parts)
    return hits >= 2 and hits >= 0.6 * len(parts)


def _labels_nested_names(blocks: list[Block], i: int) -> bool:
    """Whether the list item at `i` is a label ending in ":" over a nested list of bare names,
    or one of those names ("Referees in these sports:" then "football", "basketball."), under
    a heading about conditions: the label and the names only say which functions the condition
    in the text above takes ("The functions below also count as professional athletes, provided
    …"), none is a condition of its own (GUIDE: a lead-in that only introduces a list; 24 rows
    of three tuning pages, one page in en, fr and nl)."""
    block = blocks[i]
    if block.level <= 1:
        label, start = block, i + 1
        if label.text.rstrip().endswith(":") and not _caption_only(label.text):
            return False  # "Referees in these sports:" names a group: a row (GUIDE, audit15)
    else:
        at = _parent_item(blocks, i)
        if at is None:
            return False
        label, start = blocks[at], at + 1
    if not label.text.rstrip().endswith(":") or _context_kind(label) != "requirement":
        return False
    if states_obligation(label.text) or lifts_obligation(label.text):
        return False
    names = []
    for after in blocks[start:]:
        if after.kind != "list_item" or after.level <= label.level:
            break
        names.append(after)
    return bool(names) and all(
        len(WORD.findall(name.text)) <= 3 and not name.text.rstrip().endswith(":") for name in names
    )


def _opens_nested_list(blocks: list[Block], i: int) -> bool:
    """Whether the list item at `i` ends with ":" right before a list nested in it."""
    block = blocks[i]
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        block.text.rstrip().endswith(":")
        and after is not None
        and after.kind == "list_item"
        and after.level > block.level
    )


# An item that opens a case over its nested list: a case word first ("Si le travailleur
# n'est pas en Belgique :", "Wenn …:", "For a first application:"), a verb first as Dutch
# and German open a case ("Is de werknemer niet in België:", "Ist der Arbeitnehmer im
# Ausland:"), or the person and where or what they are ("Werknemer is niet in België:", "The
# worker lives abroad:").
_CASE_ITEM_OPENER = re.compile(
    rf"^\W*(?:(?:{alternation(LEX.conditional)}|for|voor|pour|für|in case of|bij|en cas de"
    r"|im falle)"
    r"(?![\w'’])|(?:is|zijn|heeft|hebt|komt|woont|verblijft|ist|sind|hat|wohnt|lebt)\s+"
    r"(?:de|het|uw|der|die|das|ihr)\s)",
    re.IGNORECASE,
)
_PERSON_IS = re.compile(
    rf"^\W*(?:(?:{alternation(LEX.determiners)}|l['’])\s*)?(?:{alternation(LEX.persons)})\s+"
    r"(?:is|are|zijn|est|sont|ist|sind|lives|resides|woont|verblijft|réside|vit|wohnt|lebt)\b",
    re.IGNORECASE,
)


# Dutch and German "als" before a bare noun ("Als werkzoekende:", "Als EU-Arbeitnehmer:") is
# "as", naming the group the nested list is for, like "As a jobseeker:" and "En tant que
# salarié :"; before a subject ("Als u werkt:", "Als de werknemer …:") Dutch "als" is "if".
_AS_A_GROUP = re.compile(
    r"^\W*als\s+(?!(?:u|je|jij|men|er|ze|zij|hij|wij|we|ik|ich|sie|es|wir|ihr|du|man|de|het"
    r"|een|der|die|das|dem|den|ein|eine|uw|ihr|ihre|mijn|mein)\b)[^\W\d_]",
    re.IGNORECASE,
)



def _as_a_group(text: str) -> bool:
    """Whether a short line opens on "als" as "as" before the group it names."""
    return bool(_AS_A_GROUP.match(text)) and len(WORD.findall(text)) <= 6


# A contact line: a phone number, an e-mail address, or a Belgian postcode before a place name
# ("1000 Bruxelles", "4700 Eupen"), with no obligation or limit in the sentence: where to ask
# or write, which binds no one (GUIDE: navigation, footers and such are not conditions).
_CONTACT_TOKEN = re.compile(
    r"(?:\+\d{2}\s?|\b0)\d{1,3}(?:[ ./]\d{2,3}){2,4}\b|[\w.-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[1-9]\d{3}\s+[A-ZÀ-Ý][\w-]+"
)
_DIGIT = re.compile(r"\d")


def _contact_line(sentence: str) -> bool:
    """Whether a sentence only gives a contact: an address, a phone number or an e-mail, at
    most 25 words, no obligation, limit or lifting in it."""
    return (
        ("@" in sentence or bool(_DIGIT.search(sentence)))  # (a cheap gate)
        and len(sentence.split()) <= 25
        and bool(_CONTACT_TOKEN.search(sentence))
        and not states_obligation(sentence)
        and not _LIMITS.found_in(sentence)
        and not lifts_obligation(sentence)
        and not IMPERATIVE.match(_unlabelled(sentence))
    )


def _caption_only(text: str) -> bool:
    """Whether a list item ending with ":" over a nested list only captions what the nested
    list holds: a bare caption of a few words naming no group ("Other papers:", "Algemene
    stukken:", "Hooggeschoolden:"), a case opener ("Si le travailleur n'est pas en Belgique :"),
    or a lead-in whose verb hands its list in ("Der Arbeitnehmer fügt bei:", "The worker
    attaches:"). An item whose own words name a group, a paper, a condition or a stage
    ("Stage managers in these theatres:", "een bewijs van verwantschap voor de echtgenoot:")
    is a row of its heading's kind (GUIDE, audit15)."""
    head = text.rstrip().rstrip(":").strip()
    if _SENTENCE_END.search(head) or states_obligation(head):
        return False  # what it states before its lead-in, or an obligation, is a row
    lower = lowered(head)
    if _as_a_group(head):
        return False  # "Als Arbeitssuchender:", "Als werkzoekende:": a group named, a row
    if _CASE_ITEM_OPENER.match(head) or _PERSON_IS.match(head):
        # "if you have no NISS, your personal details:": after the case, a thing named
        return "," not in head or len(WORD.findall(head.rsplit(",", 1)[1])) < 2
    if (
        _ATTACH.found(head, lower)
        or _BRING.found(head, lower)
        or _HANDS_IN_CAPTION.match(head)
        or _HAND_IN_LEAD.match(text)
    ):
        return True
    # a caption names the kind or a generic paper only ("Overige stukken", "General
    # documents"); a short group's name ("Hochqualifiziertes Personal:") is a group
    return (
        len(WORD.findall(head)) <= 3
        and not ANNOUNCES.found(head, lower)
        and bool(
            kind_of_heading(head, 99)
            or _DOCUMENT_NOUN.found(head, lower)
            or _GENERIC_PAPERS.search(head)
        )
    )


# A verb of handing in and only what announces the list ("Hand in the following:", "Dien het
# volgende in:", "Remettez les documents suivants :", "Reichen Sie Folgendes ein:"): it hands
# its nested list in, a caption as "Der Arbeitnehmer fügt bei:" is (GUIDE, audit15); the papers
# below are the rows.
_HANDS_IN_CAPTION = re.compile(
    r"^\W*(?:please\s+)?(?:hand\s+in|submit|provide|present|show|give|dien|lever|bezorg|geef"
    r"|toon|leg|remettez|fournissez|présentez|déposez|produisez|transmettez|reichen\s+sie"
    r"|geben\s+sie|legen\s+sie|zeigen\s+sie)\s+"
    r"(?:the\s+following(?:\s+(?:documents|papers|items))?|these(?:\s+(?:documents|papers))?"
    r"|(?:het\s+)?volgende(?:\s+(?:documenten|stukken))?|de\s+volgende\s+(?:documenten|stukken)"
    r"|les\s+(?:documents|pièces|éléments)\s+suivant(?:e)?s|ce\s+qui\s+suit"
    r"|folgendes|(?:die\s+)?folgenden?\s+unterlagen)"
    r"(?:\s+(?:in|af|voor|ein|ab|vor|mee|over))?\s*$",
    re.IGNORECASE,
)
# the generic plural of papers a caption groups ("Other papers:", "Overige stukken:",
# "Autres pièces :", "Weitere Unterlagen:")
_GENERIC_PAPERS = re.compile(
    r"(?<![\w])(?:papers|paperwork|(?:bewijs)?stukken|pièces|unterlagen|belege)(?![\w])",
    re.IGNORECASE,
)


def _labels_prices(blocks: list[Block], i: int) -> bool:
    """Whether the list item at `i` only labels a nested list of prices ("Photocopies :"
    above "Impression couleur, format A4 : 0,68 EUR/page"): no condition, as its lines are
    none (GUIDE devset-u: a line giving only a fee)."""
    block = blocks[i]
    if not block.text.rstrip().endswith(":"):
        return False
    nested = []
    for after in blocks[i + 1 :]:
        if after.kind != "list_item" or after.level <= block.level:
            break
        nested.append(after)
    return bool(nested) and all(
        _only_a_fee(b.text) or _only_fee_or_validity(b.text) or _PER_PAGE_PRICE.search(b.text)
        for b in nested
    )


# "0,16 EUR/page", "€ 2 per copy": a price per unit, after a label
_PER_PAGE_PRICE = re.compile(
    r":\s*[\d.,]+\s*(?:€|eur|euros?)\s*(?:/|per\s|par\s|pro\s)\s*\w+\s*$", re.IGNORECASE
)


def _is_line(block: Block) -> bool:
    """A paragraph that is one short line naming a thing, as a list item would ("Contrat de
    location", "4 photos d'identité récentes"): one sentence of at most fifteen words, no
    question, no lead-in and no labelled field."""
    text = block.text.strip()
    return (
        block.kind == "paragraph"
        and len(block.sentences) == 1
        and len(text.split()) <= 15
        # ("Délai : 8 jours", "Document : inscription": a form's fields; a colon in brackets
        # is the line's own: "Lettre d'acceptation (pour un étudiant en échange : Erasmus)")
        and ":" not in _IN_BRACKETS.sub(" ", text)
        and not text.endswith("?")
    )


def _document_lines(blocks: list[Block]) -> set[int]:
    """The indexes of paragraphs set as the lines of a list of papers: a run of two or more
    short one-line paragraphs under one heading (a page that writes its list as <p> lines)
    that a heading or a lead-in above names as documents ("Documents à présenter lors de
    votre inscription :" then h3 "Etudiants UE" and its lines), or most of whose lines (60 %)
    open with a document's name."""
    out: set[int] = set()
    run: list[Block] = []

    def close() -> None:
        if len(run) >= 2:
            first = run[0]
            # (a heading below the page's title: an h1 "Document de séjour pour les
            # étudiants" names the page's topic, and its lines "Coût", "Payant" no papers)
            under_heading = len(first.section) >= 2 and _section_kind(first.section[-1])
            named = under_heading == "document" or (
                first.over_lead and _lead_in_verdict(_last_sentence(first.over_lead)) == "document"
            )
            hits = sum(bool(_OPENS_WITH_DOCUMENT.found_in(b.text.strip())) for b in run)
            if named or (hits >= 2 and hits >= 0.6 * len(run)):
                out.update(b.index for b in run)
        run.clear()

    for block in blocks:
        if _is_line(block) and (not run or run[-1].section == block.section):
            run.append(block)
            continue
        close()
        if _is_line(block):
            run.append(block)
    close()
    return out


# "Diplomatic passports: no visa required", "Reisvergunningen: een visum is vereist": a list
# item that names a case, then after its last colon a short verdict on it.
_VERDICT = re.compile(r":\s+([^:]{3,80})$")


def _item_verdict(text: str) -> str | None:
    match = _VERDICT.search(text.strip().rstrip(".;"))
    if not match:
        return None
    verdict = match.group(1)
    if lifts_obligation(verdict):
        return "exemption"
    return "requirement" if states_obligation(verdict) else None


def _verdict_lists(blocks: list[Block]) -> dict[int, str]:
    """The items of lists that give each case its verdict after a colon, some lifting an
    obligation and some keeping it: each item is of its own verdict's kind, whatever the
    lead-in names ("These rules apply to the following travel documents:")."""
    out: dict[int, str] = {}
    for run in _list_runs(blocks):
        verdicts = {b.index: _item_verdict(b.text) for b in run} if len(run) >= 2 else {}
        given = [v for v in verdicts.values() if v]
        if len(given) >= 2 and "exemption" in given:
            out.update((i, v) for i, v in verdicts.items() if v)
    return out


# How or where an application goes, opening an item ("by email to: …", "Online, on the website
# …", "Par courrier à l'adresse …", "Per Post an …"), or labelling its address ("E-mail address:
# …", "Mailadres: …").
_E_MAIL = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+")
_OPENS_ON_CHANNEL = CaseBlind(rf"^[^\w]*(?:{alternation(LEX.channels)})(?![\w-])")


# Where to read more ("More explanation of the procedure is on the agency's website", "Meer
# uitleg over de procedure vind je op de website van …", "Vous trouverez plus d'informations sur
# le site de …", "Weitere Informationen finden Sie auf der Website …", "Most of what you need
# to know is on the … website"): a pointer to reading, not a stage, no step row, unless the
# sentence also tells an act of applying there ("Apply on the website …").
_MORE_ON_A_SITE = re.compile(
    r"\b(?:more\s+(?:information|info|details|explanation)|what\s+you\s+need\s+to\s+know"
    r"|further\s+information|(?:meer|verdere)\s+(?:uitleg|informatie|info|details)"
    r"|wat\s+je\s+moet\s+weten|wat\s+u\s+moet\s+weten"
    r"|plus\s+d['’](?:informations?|explications?|infos?)|(?:des\s+)?informations\s+"
    r"(?:complémentaires|supplémentaires|détaillées)|ce\s+qu['’]il\s+faut\s+savoir"
    r"|(?:weitere|mehr|nähere|ausführliche)\s+(?:informationen|infos|erläuterungen|einzelheiten)"
    r"|was\s+sie\s+wissen\s+müssen)\b"
    r"[^.;]*?\b(?:on|op|sur|auf)\s+(?:the|our|their|its|de|onze|het|le|la|notre|leur|der|unserer"
    r"|ihrer|dem)\b[^.;]{0,60}?(?:website|site|webpage|webpagina|page|pagina|webseite|seite"
    r"|internetseite|homepage)",
    re.IGNORECASE,
)
# A line labelled with the place of filing ("Lieu de dépôt : Service des inscriptions, rue …",
# "Place of submission: Student Office, …", "Plaats van indiening: Dienst …", "Ort der
# Einreichung: Gemeindeamt, …"): the office where the application goes, a step as the
# offices, channels and times of filing are (GUIDE; round 14). From half B
# (wallonia-helmo-non-eu-admission-fr).
_FILING_PLACE = re.compile(
    r"^\W*(?:lieu|adresse|bureau)\s+(?:de\s+|du\s+|d['’])?(?:dépôt|introduction|remise)"
    r"|^\W*(?:place|address|office)\s+(?:of|for)\s+(?:submission|filing|application|lodging)"
    r"|^\W*where\s+to\s+(?:submit|file|apply|hand\s+in)\s*:"
    r"|^\W*(?:plaats|adres|loket)\s+(?:van|voor)\s+(?:indiening|de\s+indiening|aanvraag"
    r"|afgifte)"
    r"|^\W*(?:ort|adresse|stelle)\s+(?:der|für\s+die)\s+(?:einreichung|abgabe|antragstellung)"
    r"|^\W*(?:abgabeort|einreichungsort|einreichungsstelle|abgabestelle)",
    re.IGNORECASE,
)
# An order to go and read how something is done ("Check how to register", "See what to bring",
# "Bekijk hoe je je inschrijft", "Découvrez comment vous inscrire", "Erfahren Sie, wie Sie sich
# anmelden"): a pointer to another page (mostly a link's words), not a stage; no step row. A
# check of whether something applies ("Check whether your worker needs a permit", "Vérifiez
# si …") is another thing (GUIDE, round-14 audit) and is not asked here.
_READ_HOW = re.compile(
    r"^\W*(?:(?:check|see|find\s+out|read|learn|discover)\s+(?:here\s+)?(?:how|what|which"
    r"|where)"
    r"|(?:bekijk|lees|ontdek|kijk|check)\s+(?:hier\s+)?(?:hoe|wat|welke|waar)"
    r"|(?:découvrez|voyez|consultez|lisez|vérifiez)\s+(?:ici\s+)?(?:comment|ce\s+qu|quel|où)"
    r"|(?:erfahren|lesen|sehen|prüfen)\s+sie\s*(?:hier\s*)?,?\s*(?:wie|was|welche|wo))\b",
    re.IGNORECASE,
)
# A contact line ("Contact Student Jobs at +32 2 000 00 00 or jobs@…", "Neem contact op met de
# dienst via info@…", "Contactez le service au 02 000 00 00", "Kontaktieren Sie uns unter …"):
# where to ask, not a stage, no step row even in a list of steps (the tuning pages label
# every such line no row, under "Contact" headings and among steps alike). A contact made
# first, before a stage ("Neem eerst contact op …, voor u een afspraak maakt") is a stage.
_CONTACT_LINE = re.compile(
    r"^\W*(?:contact|call|phone|ring|neem\s+contact|contacteer|bel|contactez|appelez"
    r"|kontaktieren\s+sie|rufen\s+sie|wenden\s+sie\s+sich)\b"
    r"(?![^.;]*\b(?:first|before|beforehand|eerst|vooraf|voordat|voor\s+u|voor\s+je"
    r"|d['’]abord|avant|au\s+préalable|zuerst|vorher|bevor|vorab)\b)"
    r"(?=[^;]*(?:[\w.-]+@[\w-]+\.\w|\+?\d[\d ./-]{6,}\d))",
    re.IGNORECASE,
)
# An order to send something to an e-mail address ("Send your e-mail to …@…", "Stuur uw
# aanvraag naar …@…", "Envoyez le formulaire à …@…", "Senden Sie den Antrag an …@…") names the
# channel the application goes through: a step in a list of steps, as "by email to: …@…" is
# (GUIDE; round 14: the offices, channels or times of filing).
_SENDS_TO = re.compile(
    r"^\W*(?:send|e-mail|email|mail|forward|stuur|verstuur|mail|bezorg|envoyez|adressez"
    r"|transmettez|faites parvenir|senden sie|schicken sie|richten sie|übermitteln sie)\b",
    re.IGNORECASE,
)


def _channel_of_filing(block: Block) -> bool:
    """Whether a link line (an address, a site) is where an application goes, in a list of
    steps (by its heading or its lead-in): opened by the channel ("by email to: …", "En
    ligne, sur le site …", "Mailadres: …"), or an e-mail address under a lead-in that makes
    its list the steps of filing ("Your application reaches us by e-mail. Proceed as
    follows:"): the offices, channels or times of filing are steps (GUIDE; round 14)."""
    if _context_kind(block) != "step":
        return False
    # (an item naming only a site or an office's name under such a lead-in, "Flemish Region",
    # points to where to read on: the channel must be named, or an e-mail address given)
    return _OPENS_ON_CHANNEL.found_in(block.text) or bool(
        (block.lead_ins or _SENDS_TO.match(block.text)) and _E_MAIL.search(block.text)
    )


def _is_button(block: Block) -> bool:
    """A paragraph of one sentence with no closing mark is a button or a title ("Make an
    appointment to register with Actiris", "Aanvraag indienen"), not an action told."""
    return len(block.sentences) == 1 and not block.text.rstrip().endswith((".", "!", ":", ";", ")"))


def _item_lifts(block: Block) -> bool:
    """Whether a list item lifts an obligation as what it says first, with no obligation
    of its own after ("In some cases you are exempt from the permit: …"); an item that
    states a condition and lifts something in passing later ("… must earn 80 % of it.
    When posted, this does not apply") stays its list's kind."""
    sentences = block.sentences or (block.text,)
    lifted, _, after_colon = sentences[0].partition(":")
    return lifts_obligation(lifted) and not any(
        states_obligation(text) for text in (after_colon, *sentences[1:]) if text
    )


# A thing to bring: a document's name or a word of the documents headings ("a copy of …",
# "Proof that …", "Het formulier …").
_NAMES_A_THING = CaseBlind(
    rf"(?<![\w])(?:{alternation([*LEX.document_nouns, *LEX.headings['document']])})(?![\w])"
)


_OPENS_ON_A_PERSON = re.compile(
    rf"(?:{alternation(LEX.subjects)})\s"
    # a determiner, at most one adjective, a person, then no colon, bracket or genitive:
    # "Uw toekomstige werknemer woont in België.", not "De werkgever: naam en adres."
    rf"|(?:{alternation(LEX.determiners)})\s+(?:[^\W\d_]+\s+)?(?:{alternation(LEX.persons)})"
    r"(?!['’]s)\s+(?![(:])",
    re.IGNORECASE,
)


def _states_no_thing(text: str) -> bool:
    """Whether a list item is a whole sentence, opened by a personal pronoun or stating an
    obligation, that names nothing to bring: a state to be in ("U bent een Belgische
    werkgever.", "De vacature moet nog online staan.") is a condition, though a heading
    about documents stands above it. (A possessive opens data to give as often: "your
    mobile phone number.")"""
    text = text.strip()
    return (
        text.endswith((".", "!"))
        and len(text.split()) >= 4
        and bool(_OPENS_ON_A_PERSON.match(text) or states_obligation(text))
        and not lifts_obligation(text)  # (a list of documents keeps what it lifts)
        and not _NAMES_A_THING.found_in(text)
        and not _ATTACH.found_in(text)
    )


# "It must be written in English.", "Het moet …", "Elle doit …", "Es muss …", "The signatures
# must …": an item that opens on the paper or its signatures rather than a person; "Both
# parents must sign it.", "… moeten het ondertekenen", "… doivent la signer", "… müssen es
# unterschreiben": one that signs it
_ON_A_PAPER = re.compile(
    r"^(?:it|they|het|ze|il|elle|elles|es|the\s+signatures?|de\s+handtekening(?:en)?|"
    r"la\s+signature|les\s+signatures|die\s+unterschrift(?:en)?)\s"
    r"|\bsign\s+(?:it|them)\b|\b(?:het|ze)\s+(?:onder)?tekenen\b"
    r"|\b(?:la|le|les)\s+signer\b|\b(?:es|sie)\s+unterschreiben\b",
    re.IGNORECASE,
)


def _labels_a_paper(before: Block | None, item: Block) -> bool:
    """Whether a list under a heading about documents follows a short label of its own
    section, no sentence ("*2 Letter of parental authorization", "Ouderlijke toestemming",
    "Autorisation parentale", "Elterliche Zustimmung"): its items say what that paper must
    be ("It must be written in English.", "Both parents must sign it."), document rows as
    under a sub-heading naming it (GUIDE, 4 rows of half A, round 12)."""
    return (
        before is not None
        and before.kind == "paragraph"
        and before.section == item.section
        and len(before.text.split()) <= 8
        and not before.text.rstrip().endswith((".", ":", "!", "?", ";"))
    )


def _follows_lifting(item: Block, before: Block | None) -> bool:
    """Whether a top-level list without a lead-in follows a paragraph of its section whose
    first sentence lifts an obligation ("In een aantal gevallen hoeft men geen toelating tot
    arbeid te vragen, omdat … vrijgesteld is. Of dat zo is, hangt af van …" then "de
    onderdanen van de EU;", "studenten, …"): the list names who is exempt."""
    return (
        item.level <= 1
        and not item.lead_ins
        and not states_obligation(item.text)  # "…, dan moet je een arbeidskaart aanvragen."
        # a case and what to do in it: "Duurt je tewerkstelling …, dan vraag je …", "If …, "
        and not (_CASE_THEN.match(item.text) or _CASE_FIRST.match(item.text))
        and before is not None
        and before.kind == "paragraph"
        and before.section == item.section
        and bool(before.sentences)
        and lifts_obligation(before.sentences[0])
        and not any(map(states_obligation, before.sentences[1:]))
    )


def _carried_kind(found: list[Condition], previous: Block | None, block: Block) -> str | None:
    """The kind of the last sentence of the paragraph just before, when it was a row: the
    next paragraph may go on from it ("… er bestaan uitzonderingen." then "Hetzelfde geldt
    voor wie …")."""
    if not found or previous is None:
        return None
    last = found[-1]
    if previous.kind == "list_item":
        # a paragraph right after a list of conditions, in one of the parts a lead-in
        # announced, qualifies them ("For Turkish nationals the conditions are less strict."
        # under "Category 1"); after other lists a paragraph as often comments or moves on
        same = last.block_index == previous.index and last.kind == "requirement"
        return "requirement" if same and previous.level <= 1 and block.over_lead else None
    if previous.kind != "paragraph":
        return None
    if last.block_index == previous.index and [*previous.sentences[-1:]] == [last.text]:
        return last.kind
    return None


@lru_cache(maxsize=1024)
def _names_a_document(introduced_by: str) -> bool:
    """Whether the lead-in or heading of a list names it a list of documents: a sub-heading
    that repeats one of its items ("Je hebt deze documenten nodig:" then "een geneeskundig
    getuigschrift", then h3 "Geneeskundig getuigschrift") is about that document, and what
    its sentences ask of it ("Het getuigschrift mag niet ouder zijn dan 3 maanden.") are
    document rows (blocks.Block.item_of)."""
    return "document" in (
        _lead_in_verdict(_last_sentence(introduced_by)),
        _lead_kind(_last_clause(introduced_by)),
        _section_kind(introduced_by),
    )


# The words one of which every round-18 paragraph reading needs (tune18b): a sentence holding
# none is passed over with a translate, a split and a set test, instead of some twenty
# pattern searches (extract_cpu: ~1.7 ms a page ungated).
# Kept in step with the patterns of _round18_sentence_kind and the list-item readings.
_R18_WORDS = frozenset(
    """
    only solely exclusively alleen enkel uitsluitend slechts uniquement seulement
    exclusivement nur erst ausschließlich lediglich payer payez payé payée paiement
    paiements règlement behandeling behandeld behandelt behandelen aanvaard aanvaardt
    aanvaarden geaccepteerd accepteert accepteren accepte acceptent acceptée acceptées
    accepté acceptés traite traitent traitée traitées traité traités recevable recevables
    accepts accepted admise admises admis akzeptiert akzeptieren angenommen nimmt nehmen
    duplicate triplicate copies dubbel tweevoud drievoud kopieën double exemplaire
    exemplaires zweifacher dreifacher ausfertigung kopien guarantee promise ensure
    garanderen beloven verzekeren garantir promettre assurer garantieren versprechen
    zusichern compter comptez reken rechnen allow expect carried performed done
    vrijgesteld exception exceptionally uitzondering uitzonderlijk uitzonderlijke
    exceptionnel exceptionnellement ausnahmsweise ausnahmefällen possible permise autorisé
    autorisée allowed permitted toegestaan mogelijk möglich zulässig erlaubt obligation
    requirement verplichting vereiste pflicht verpflichtung voraussetzung duty plicht
    eligible toegelaten aanmerking éligibles éligible berechtigt antragsberechtigt
    zugelassen frage délivrée délivrées délivré délivrés octroyée octroyées octroyé
    accordée accordées accordé appartient aufgabe liegt obliegt bring take breng brengt
    neem neemt apportez munissez bringen nehmen attach attaches attached enclose encloses
    enclosed include includes included send accompanied voeg voegt voegen gevoegd
    bijvoegen toevoegen stuur stuurt sturen meesturen vergezeld joindre joignez joint
    jointe jointes joints joignent annexer annexez annexé annexée annexés annexées
    accompagné accompagnée accompagnés accompagnées beifügen beizufügen beigefügt beilegen
    beizulegen beigelegt fügen fügt legen legt hinzufügen beizugeben
    """.split()
)

# the phrases of the readings whose words are too common to gate on alone
_R18_PHRASES = re.compile(
    r"(?:applied\s+for|requested|obtained)\s+(?:only\s+)?by\b"
    r"|(?:aangevraagd|verkregen)\s+(?:worden\s+)?(?:enkel\s+|alleen\s+)?door\b"
    r"|(?:demandée?s?|sollicitée?s?|obtenue?s?)\s+(?:uniquement\s+|seulement\s+)?par\b"
    r"|(?:beantragt|angefordert)\s+werden|est\s+à\s|\baan\s+(?:u|jou|je)\s+om\b"
    r"|up\s+to\s+you\s+to\b|ne\s+doi(?:t|vent)\s"
)
_R18_PHRASE_NEEDLES = re.compile(
    r"applied for|requested|obtained|aangevraagd|verkregen|demandé|sollicité|obtenu|beantragt"
    r"|angefordert|est à|aan u om|aan jou om|aan je om|up to you|ne doi"
)
# "Check how …", "Kijk na hoe …" open the sentence (_CHECK_HOW)
_R18_OPENERS = (
    "check", "find out", "see", "kijk na", "bekijk", "lees", "vérifiez", "consultez",
    "découvrez", "prüfen", "lesen", "sehen",
)
_R18_SPACES = str.maketrans({c: " " for c in ".,;:!?()[]{}\"'’«»/-–—…*>"})


# A sentence whose subject is a paper and whose predicate says it is required ("A medical
# certificate is also required", "Een medisch attest is ook vereist", "Un certificat médical
# est exigé", "Ein ärztliches Attest ist ebenfalls erforderlich"): the paper to hand in, a
# document (GUIDE: a sentence naming a paper to send with the file). Only the nouns of
# papers one hands in, not permits or cards ("A work permit is required" stays a condition).
# Anchored on the opening article, so most sentences fail at their first word.
_PAPER_REQUIRED = re.compile(
    r"(?:an?|the|one|een|het|de|un|une|le|la|les|ein|eine|einen|der|die|das)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?"
    r"(?:(?:medical\s+)?certificate|attestation|copy|proof|extract|photo|photograph|attest"
    r"|getuigschrift|kopie|bewijs|uittreksel|pasfoto|foto|certificat|copie|preuve|extrait"
    r"|justificatif|bescheinigung|nachweis|auszug|passbild|lichtbild|zeugnis)"
    r"\b[^.;:!?]{0,120}?\s(?:is|are|est|sont|ist|sind|wordt|worden)\s+"
    r"(?:also\s+|ook\s+|également\s+|aussi\s+|ebenfalls\s+|auch\s+)?"
    r"(?:required|needed|requested|exigée?s?|requise?s?|demandée?s?|vereist|nodig|gevraagd"
    r"|erforderlich|verlangt|nötig|notwendig)[.\s]*$",
    re.IGNORECASE,
)


def _r18_gate(lower: str) -> bool:
    """Whether a lowered sentence or item holds one of _R18_WORDS or _R18_PHRASES, or opens
    on a pointer to check how: a translate, a split and a set test for most texts."""
    if not _R18_WORDS.isdisjoint(lower.translate(_R18_SPACES).split()):
        return True
    if lower.lstrip(" *•-–>").startswith(_R18_OPENERS):
        return True
    return bool(_R18_PHRASE_NEEDLES.search(lower)) and bool(_R18_PHRASES.search(lower))


def _round18_sentence_kind(sentence: str, lower: str, context: str | None) -> str | None:
    """Round 18's paragraph-sentence readings (tune18b): the kind to read, "" for no row, None
    to read the sentence on. Asked only of sentences holding one of _R18_WORDS."""
    if _pays_one_way_only(sentence, lower):
        # "Paiement uniquement par Bancontact.": an exclusive permission on how to
        # pay, a requirement as a sentence of a paragraph (GUIDE, round-16 audit)
        return "requirement"
    if _accepted_only_when(sentence, lower) and not lifts_obligation(sentence, lower):
        # "De dienst neemt de aanvraag pas in behandeling als …": the office
        # admits a file only when, within or after (GUIDE, round-16 audit)
        return "requirement"
    if (
        context not in ("document", "step")
        and _PAPERS_IN_COPIES.found(sentence, lower)
        and states_obligation(sentence, lower)
    ):
        # "De documenten moet u dubbel voorleggen": how the papers are handed in,
        # no paper named, an obligation (a requirement)
        return "requirement"
    if _WE_CANNOT_PROMISE.found(sentence, lower) and not states_obligation(
        _WE_CANNOT_PROMISE.folded.sub(" ", sentence)
    ):
        # "If you are late, we cannot guarantee your appointment": what the office
        # cannot promise binds no reader (GUIDE devset-r)
        return ""
    if _CHECK_HOW.found(sentence, lower):
        return ""  # "Kijk na hoe jij moet inschrijven.": a pointer, no row
    if context != "step" and _COUNT_ON_A_DELAY.found(sentence, lower):
        # "Il faut compter environ 3 semaines": a delay reported, no row; under a heading about
        # the procedure, how long it takes is a stage of it (GUIDE, tuning round 3)
        return ""
    if context != "document" and _NEED_NOT_BE_DONE_FOR.found(sentence, lower):
        # "L'examen … ne doit toutefois pas être effectué pour les chercheurs": the
        # obligation lifted for a group, an exemption
        return "exemption"
    if (
        context != "document"
        and _BY_EXCEPTION.found(sentence, lower)
        and _MAY.found(sentence, lower)
        and not _PROHIBITION.found(sentence, lower)
    ):
        # "Bij wijze van uitzondering kunt u zich ook … aanmelden": a permission
        # granted to a case beyond the rule, an exemption
        return "exemption"
    if context != "document" and (
        (_ONLY_POSSIBLE.found(sentence, lower) and not _PAST_TENSE.search(sentence))
        or _IS_AN_OBLIGATION.found(sentence, lower)
        or _APPLIED_FOR_BY.found(sentence, lower)
        or (
            (
                _NOT_ELIGIBLE.found(sentence, lower)
                or _ONLY_FOR_A_GROUP.found(sentence, lower)
            )
            and not _PAST_TENSE.search(sentence)
        )
        or (
            _DUTY_NAMED.found(sentence, lower)
            and not lifts_obligation(sentence, lower)
            and not _PAST_TENSE.search(sentence)
        )
        or (context == "step" and _only_channel_of_the_reader(sentence, lower))
    ):
        # "That is only possible if you do not need a visa", "De melding is een
        # wettelijke verplichting", "Een afspraak maakt u uitsluitend telefonisch":
        # an exclusive permission or an obligation named, a requirement under any
        # heading (GUIDE 22:58; round-14 audit: "only by appointment")
        return "requirement"
    if (
        context in (None, "step")
        and _BRING_VERB.found(sentence, lower)
        and _the_paper_act_stands(
            sentence, lower, _BRING_VERB.folded.search(sentence).start()
        )
        and not _HOW_ATTACHED.found(sentence, lower)
        and not sentence.endswith(":")
        and not lifts_obligation(sentence, lower)
    ):
        # "Voor uw inschrijving brengt u ook uw huurcontract mee", "Bring the
        # identity cards along": a one-line instruction to bring a paper, a
        # document (GUIDE devset-y; round-16 audit), under a procedure heading too
        return "document"
    if (
        _paper_for_the_file(sentence, lower)
        and not lifts_obligation(sentence, lower)
        and not sentence.endswith(":")
    ):
        # "Joignez à la demande une copie du bail.": a paper to attach to the
        # application, a document under any heading (GUIDE, round-16 audit)
        return "document"
    return None


def extract_conditions(blocks: list[Block]) -> list[Condition]:
    found: list[Condition] = []
    document_items = _document_lists(blocks)
    order_items = _order_lists(blocks)
    document_lines = _document_lines(blocks)
    verdict_items = _verdict_lists(blocks)

    def add(kind: str, text: str, block: Block, least_words: int = 2) -> None:
        text = text.strip()
        if text.endswith("?") and not (kind == "exemption" and block.kind == "list_item"):
            # "Welke documenten moeten worden overgelegd?" asks, it states nothing; under a
            # heading about exemptions an item asked as a question ("Dauert das Praktikum
            # länger als 12 Monate?") names a case the exemption covers (GUIDE, devset-za)
            return
        if kind == "step" and _TRACKS_PROGRESS.search(text) and not states_obligation(text):
            return  # "You can follow its progress online": a service offered, no stage
        if kind == "step" and _READ_HOW.match(text) and len(text.split()) <= 12:
            return  # "Check how to register": a pointer to reading, no stage
        if kind == "step" and _CONTACT_LINE.match(text):
            return  # "Contact the office at 02 000 00 00": where to ask, no stage
        if kind == "step" and _MORE_ON_A_SITE.search(text) and not _APPLYING.found_in(text):
            return  # "Meer uitleg vind je op de website van …": where to read, no stage
        if len(WORD.findall(text)) >= least_words:
            found.append(Condition(kind, text, block.section_path, block.index, len(found)))

    heading_level = 2  # a part may open inside a section: take it for a section's
    said_before: dict[str, str] = {}  # a paragraph's text -> the sentence just before it
    last_sentence = ""
    before_list: Block | None = None  # the block a list follows
    # the last list of a section named by its lead-in: (section, the kind it named)
    named_list: tuple[tuple[str, ...], str] | None = None
    for i, block in enumerate(blocks):
        if block.kind != "list_item":
            before_list = block
        if block.kind == "heading":
            heading_level = block.level
            last_sentence = ""
        if block.kind == "list_item":
            if _labels_nested_names(blocks, i):
                continue  # "Referees in these sports:" then "football", "basketball"
            if _opens_nested_list(blocks, i) and _caption_only(block.text):
                # "Overige stukken:", "Si le travailleur n'est pas en Belgique :" over a nested
                # list: a caption or case opener, a lead-in and no row (GUIDE, audit15)
                continue
            if _is_link_line(block.text) or _names_a_site(block) or _names_a_link(block):
                if _channel_of_filing(block):
                    add("step", block.text, block, least_words=1)  # "by email to: …@…"
                continue  # "Walloon Region: emploi.wallonie.be"; "Flanders" under "the website:"
            if _ASKED_OF_NO_ONE.match(block.text) and not _FOR_WHOM.search(block.text):
                continue  # "Personal appearance is not required."
            if _FOUND_THERE.found_in(block.text) and len(block.sentences) <= 1:
                continue  # "Een overzicht van de algemene voorwaarden … vind je hier.": a pointer
            if (
                block.lead_ins
                and _AVAILABLE_BELOW.search(_last_sentence(block.lead_ins[-1]))
                and len(WORD.findall(block.text)) <= 8
                and not block.text.rstrip().endswith((".", ";", "!"))
            ):
                continue  # "Online services", "Your obligations" under "… are available below:"
            if _only_fee_or_validity(block.text) or _in_a_price_list(block):
                continue  # "Preis: 20,40 EUR (18-65 J.)"; "Muster A: 5,00€" under "… Tarife:"
            if _STEP_HEADING.match(block.text) and len(block.text.split()) <= 2:
                continue  # "Stap 1" alone: the number of the step its nested items tell
            r18 = _r18_gate(block.text.lower())
            if (
                r18
                and _PAPERS_IN_COPIES.found_in(block.text)
                and states_obligation(block.text)
                and _context_kind(block) not in ("document", "step")
            ):
                add("requirement", block.text, block)  # "Documents must be handed in in duplicate"
                continue
            if r18 and _WE_CANNOT_PROMISE.found_in(block.text) and not states_obligation(
                _WE_CANNOT_PROMISE.folded.sub(" ", block.text)
            ):
                continue  # "… if you are late, we cannot guarantee your slot": the office's
                # word on what it cannot promise, no condition (GUIDE devset-r)
            if (
                r18
                and (
                    _ONLY_POSSIBLE.found_in(block.text)
                    or _NOT_ELIGIBLE.found_in(block.text)  # "Trainees are not eligible."
                    or _ONLY_FOR_A_GROUP.found_in(block.text)
                )
                and not _PAST_TENSE.search(block.text)
                and not block.text.rstrip().endswith(":")
                and _context_kind(block) != "document"
            ):
                # "That is only possible if you do not need a visa": an exclusive permission,
                # a requirement; the lifted word inside its condition lifts nothing
                add("requirement", block.text, block)
                continue
            appointment = _by_appointment_only(block.text)
            if appointment is not None:
                # "Registrations are taken by appointment only": an exclusive permission on
                # how one is received, a requirement under any heading; on an opening-hours
                # line no row (GUIDE, round-14 label audit)
                if appointment:
                    add("requirement", block.text, block)
                continue
            if _STEP_HEADING.match(block.text) and _context_kind(block) in (None, "step"):
                # "Stap 2: de Raad bekijkt uw dossier.": an item opened by a step's number is
                # that step, as a paragraph so opened is (from half B)
                add("step", block.text, block)
                continue
            if _time_under_delay_heading(block, block.text) and not states_obligation(block.text):
                add("step", block.text, block)  # "procédure normale : 2 à 3 semaines" (Délai)
                continue
            if (
                _DELAY_LINE.match(block.text)
                and not states_obligation(block.text)
                and _context_kind(block) in (None, "step")
            ):
                # "Termijn: 1 week", "Délai : 10 jours" as an item beside "Kostprijs: 1,50 €":
                # the time a stage takes, a step as the same line set as a paragraph is
                # (GUIDE devset-u; from half B, brussels-watermael-foreigners-nl)
                add("step", block.text, block)
                continue
            if block.index in verdict_items:
                add(verdict_items[block.index], block.text, block)  # "BNO passports: no visa"
                continue
            context = _context_kind(block)
            if context is None and block.item_of and _names_a_document(block.item_of):
                context = "document"  # under h3 "Geneeskundig getuigschrift", an item listed
            if (
                context is None
                and _group_under_documents(block)
                and _hands_in_a_document(block.text)
            ):
                context = "document"  # "a marriage certificate" under "Spouse of …" (devset-zb)
            if context is None and block.over_lead and not block.lead_ins:
                # a lead-in right above sub-headings ("Bringen Sie bitte folgende Unterlagen
                # mit:" then h3 "Einkommensnachweis") names the lists of its sub-sections
                context = _lead_in_verdict(_last_sentence(block.over_lead))
            if context is None and _under_a_paper(blocks, i, document_items):
                context = "document"  # the diseases a listed medical certificate rules out
            if context is None and block.index in order_items:
                context = "step"  # "Zet de bijlagen klaar", "Dien de aanvraag in via …"
            if (
                context in (None, "step")
                and block.lead_ins
                and _HAND_IN_LEAD.match(block.lead_ins[-1])
                and not tells_stage(block.text)
                and not _tells_an_act(block.text)
            ):
                # "Hand in the following:" then "your passport;": a thing handed in, a
                # document; "The employer sends the application" under it stays a stage
                context = "document"
            if context in (None, "step") and _inside_a_paper_of_one(blocks, i, document_items):
                context = "document"  # "Identiteitsbewijs" > "Is de werknemer …:" > "Paspoort"
            if (
                context in (None, "step")
                and block.index in document_items
                and not (block.lead_ins and _names_kind(block.lead_ins[-1]))
            ):
                # "A photocopy of …", "Proof that …": a list of papers, under a procedure
                # heading too unless its lead-in names another kind
                context = "document"
            if (
                context == "requirement"
                and block.index in document_items
                and (
                    (
                        block.lead_ins
                        and not _names_kind(block.lead_ins[-1])
                        # (a heading about the procedure leaves the papers asked for
                        # there papers: "Registration" then "Required:")
                        and not (
                            block.section and _section_kind(block.section[-1]) not in (None, "step")
                        )
                    )
                    or (block.section and _NAMES_DOCUMENTS.search(block.section[-1]))
                )
            ):
                # "Required:" then "National passport …", "a photo"; "Die wichtigsten
                # Bedingungen und Dokumente" then "Nachweis der Identität …": the lead-in
                # only asks, or the heading names documents too; the items name papers
                context = "document"
            if (
                context in (None, "step")
                and block.lead_ins
                and _HANDS_IN_LEAD.found_in(_last_sentence(block.lead_ins[-1]))
                and (
                    _OPENS_WITH_DOCUMENT.found_in(block.text.strip())
                    or _names_a_thing_handed_in(block.text)
                )
            ):
                # "Please submit in person:" then "A valid passport.": what is handed in is a
                # paper, under a procedure heading too (an instruction naming what to bring)
                context = "document"
            if (
                context == "document"
                and block.lead_ins
                and block.section
                and _section_kind(block.section[-1]) == "requirement"
                and _HOLD_LEAD.search(_last_sentence(block.lead_ins[-1]))
                and _obliges(_last_sentence(block.lead_ins[-1]))
            ):
                # "Je moet een van deze verblijfsdocumenten hebben:" under "Voorwaarden": the
                # papers one must hold are states to be in, the conditions' own kind (under a
                # heading on where to apply they stay the papers to show)
                context = "requirement"
            if context in (None, "requirement") and block.lead_ins:
                lead = block.lead_ins[-1]
                context = _points_back(lead, said_before.get(lead, "")) or context
            if block.level <= 1 and block.lead_ins:
                same_section = named_list and named_list[0] == block.section
                if context in (None, "step") and same_section:
                    if _CASE_LABEL.match(block.lead_ins[-1]):
                        # "For an application you file in 2020:" after "You are concerned if
                        # … for an application filed in 2019:": the next case of that list
                        context = named_list[1]
                elif context and _names_kind(block.lead_ins[-1]):
                    named_list = (block.section, context)
            elif context in (None, "requirement") and _follows_lifting(block, before_list):
                context = "exemption"  # "… hoeft men geen toelating te vragen. …" then a list
            if context in (None, "document", "step") and (
                _only_a_fee(block.text) or _labels_prices(blocks, i)
            ):
                # "€ 15." or "A small fee is charged." in a list of what to bring; "Photocopies
                # :" above "… format A4 : 0,16 EUR/page" (a threshold under a lead-in about
                # whom the permit takes, "manager: 80.000 euros", stays its requirement)
                continue
            if context in ("requirement", "step") and _item_lifts(block):
                # "In sommige gevallen ben je vrijgesteld van …" under "Voorwaarden": an item
                # that lifts an obligation is an exemption, as a paragraph's sentence is
                # (GUIDE); a list of documents keeps its kind
                add("exemption", block.text, block)
            elif (
                context == "exemption"
                and _LIMITS.found_in(block.text)
                and not lifts_obligation(block.text)
                and not _SCOPE_OF_THE_ABOVE.search(block.text)
            ):
                # "Daarop bestaan twee uitzonderingen:" then "In de landbouw mag een
                # seizoenarbeider maar 30 dagen per jaar werken.": another limit, which binds
                add("requirement", block.text, block)
            elif context in (None, "step") and _names_what_to_bring(block.text):
                add("document", block.text, block)  # "Se munir d'une photo d'identité"
            elif context in (None, "requirement", "step") and _document_labelled(block.text):
                add("document", block.text, block)  # "Voor te leggen document: een akte"
            elif (
                context == "document"
                and _states_no_thing(block.text)
                and not (_ON_A_PAPER.search(block.text) and _labels_a_paper(before_list, block))
            ):
                add("requirement", block.text, block)  # "U bent een Belgische werkgever."
            elif (
                context == "step"
                and block.section
                and _stage_only_heading(block.section[-1])
                and not _tells_an_act(block.text)
                and not (block.lead_ins and _tells_an_act(block.lead_ins[-1]))
                and not _answers_when(block, block.text)  # "Within 8 days of arrival"
            ):
                pass  # "Le moment de la demande est laissé au choix …" under "Quand ?": a fact
            elif (
                context == "step"
                and (
                    block.text.rstrip().endswith(":")
                    or (
                        i + 1 < len(blocks)
                        and blocks[i + 1].kind == "list_item"
                        and blocks[i + 1].level > block.level
                    )
                )
                and not _tells_an_act(block.text)
                and not tells_stage(block.text)
            ):
                # "Stay of over 3 months" over its nested stages, "Je hebt al een
                # verblijfsrecht in België:" before what to do in that case: the case, a
                # caption or a case opener, no row (GUIDE, round-15 audit)
                pass
            elif (
                context == "step"
                and block.section
                and block.lead_ins
                and _asks_who_files(block.section[-1])
                and not _LATER_STAGE.search(block.text)
                and not _tells_an_act(block.text)
            ):
                # under "Qui introduit la demande ?", "La demande est introduite par … c'est-à-
                # dire :" then "soit l'employeur lui-même": who files, a requirement (round-15)
                add("requirement", block.text, block)
            elif (
                context == "step"
                and _unlabelled(block.text) != block.text.strip()
                and _READER_IN_A_STATE.match(_unlabelled(block.text))
            ):
                # "Subsidiaire bescherming: je hebt een tijdelijk verblijfsrecht …": a group
                # named, then the state the reader is in, a condition on the person, a
                # requirement under a procedure heading too (GUIDE, round-15 audit)
                add("requirement", block.text, block)
            elif (
                context == "step"
                and _unlabelled(block.text) != block.text.strip()
                and not IMPERATIVE.match(_unlabelled(block.text))
                and _attaches_a_paper(_unlabelled(block.text), lowered(_unlabelled(block.text)))
            ):
                # "Indépendant : il apporte un extrait de la Banque Carrefour": a group named,
                # then the paper it brings, a document under a procedure heading too (GUIDE
                # devset-u); an order to bring one in a list of stages stays a step
                add("document", block.text, block)
            elif context == "step" and (
                (_EXCLUSIVE.search(block.text) and not _names_stage(block.text))
                or _by_appointment_only(block.text)
            ):
                # "kunt u zelf niet aanwezig zijn, dan mag alleen een advocaat u
                # vertegenwoordigen" (from half B, flanders-professional-card-appeal-nl)
                add("requirement", block.text, block)
            elif context == "step" and _LOOKS_AT_A_PAGE.match(block.text):
                pass  # "Have a look at our checklist page": a pointer to reading, no step
            elif (
                context == "step"
                and _CURRENCY.search(block.text)
                and _fee_heading(block.section[-1] if block.section else "")
                and not _tells_an_act(block.text)
            ):
                pass  # "12 € per family, if you move in from another town" under "Price?"
            elif context:
                add(context, block.text, block, least_words=1)  # "Studenten;" in an exemption list
            elif lifts_obligation(block.text):
                add("exemption", block.text, block)
            elif (
                states_obligation(block.text)
                or _SPLIT_OBLIGATION.found_in(block.text)  # "… mag je geen … inzetten!"
                or _LIMITS.found_in(block.text)  # "They can be renewed only once"
                or (
                    # "For pupils under 18: 8 hours a day maximum": a group, then its limit
                    _FOR_A_GROUP_LABEL.match(block.text)
                    and _FIGURE_BOUNDED.found_in(block.text)
                )
                or (block.lead_ins and _relative_to(block.lead_ins[-1], block.text))
                or (block.lead_ins and _ends_relative(block.lead_ins[-1]))
            ):
                add("requirement", block.text, block)  # "a worker: who has…, whose employer…"
        elif block.kind == "paragraph":
            said_before[block.text] = last_sentence
            last_sentence = block.sentences[-1] if block.sentences else last_sentence
            next_block = blocks[i + 1] if i + 1 < len(blocks) else None
            context = _context_kind(block)
            if context is None and block.item_of and _names_a_document(block.item_of):
                context = "document"  # "Het getuigschrift mag niet ouder zijn dan 3 maanden."
            # h2 "Werkgever vraagt aan" over h3 "Maximaal 90 dagen": a case of the procedure
            case_of_stage = context is None and _case_of_a_stage(block)
            # "Step 2: Fill in the form online. Print it and sign it.": a paragraph opened by a
            # step's number is that step, all its sentences, as under a heading "Step 2"
            numbered_step = bool(
                (block.section and _STEP_HEADING.match(block.section[-1]))
                or (block.sentences and _STEP_HEADING.match(block.sentences[0]))
            )
            # every sentence states the condition: under a heading defining who counts as
            # something, and under a numbered part of a heading about conditions
            defining = bool(block.section and _defines_who(block.section[-1])) or bool(
                block.section
                and not _section_kind(block.section[-1])
                and _numbered_part_of(block.section)
            )
            if (
                block.index in document_lines
                and not states_obligation(block.text)
                and not _only_a_fee(block.text)
                and not _only_fee_or_validity(block.text)
            ):
                add("document", block.text, block, least_words=1)  # "Contrat de location"
                continue
            documents_above = context is None and _group_under_documents(block)
            told = len(found)
            # a paragraph right after one whose last sentence was a row goes on from it
            # ("… er bestaan uitzonderingen." then "Hetzelfde geldt voor wie …")
            carried = _carried_kind(found, blocks[i - 1] if i else None, block)
            papers_lead = _lettered_paper_of(blocks, i)
            for sentence in block.sentences:
                if papers_lead and sentence is block.sentences[0]:
                    # "a) a certificate of a grant …" after "… proves it by means of:": a
                    # list of papers written as lettered paragraphs (GUIDE: the items of a
                    # lead-in naming documents are documents)
                    add("document", sentence, block)
                    continue
                # the kind the sentence before was read as, if it was a row
                last_kind = found[-1].kind if len(found) > told else carried
                carried = None
                told = len(found)
                if last_kind == "exemption" and _SAME_CASE.found_in(sentence):
                    add("exemption", sentence, block)  # "This is the case for artists."
                    continue
                introduces_list = (
                    (
                        # a lead-in ending its section introduces a list that is gone ("The host
                        # family must:" above a list whose one item was removed): no condition
                        sentence.endswith(":")
                        and sentence is block.sentences[-1]
                        and (next_block is None or next_block.kind == "heading")
                        and not _act_before_its_places(sentence, context)
                    )
                    or next_block is not None
                    and (
                        (sentence.endswith(":") and next_block.kind == "list_item")
                        # "Your file should contain the following." above a list or a table
                        or (
                            next_block.kind in ("list_item", "table_cell")
                            and _ANNOUNCES_END.found_in(sentence)
                        )
                        # "In de situaties hieronder hoeft de werkgever geen toelating aan te
                        # vragen." above a list: the list's lead-in as the blocks read it
                        or (
                            next_block.kind == "list_item"
                            and sentence is block.sentences[-1]
                            and next_block.lead_ins[-1:] == (block.text,)
                        )
                    )
                )
                if introduces_list or _INDIRECT_QUESTION.match(sentence):
                    continue  # "Welche Bedingungen Sie erfüllen müssen, lesen Sie auf …": asks
                if context != "exemption" and _PAPER_REQUIRED.match(sentence):
                    # "Un certificat médical, à faire compléter par le médecin, est également
                    # exigé.": a paper required, a document (GUIDE: a sentence naming a paper
                    # to send with the file; round 19, from half B)
                    add("document", sentence, block)
                    continue
                lower = lowered(sentence)
                r18 = _r18_gate(lower if lower is not None else sentence.lower())
                if r18:
                    kind18 = _round18_sentence_kind(sentence, lower, context)
                    if kind18 is not None:
                        if kind18:
                            add(kind18, sentence, block)
                        continue
                if (
                    _ASKED_OF_NO_ONE.match(sentence) or _NOT_NECESSARILY.found_in(sentence)
                ) and not _FOR_WHOM.search(sentence):
                    continue  # "Originals are not needed: a copy will do": no group, no case
                if _only_fee_or_validity(sentence):
                    continue  # "Coût : 5,00 EUR", "Validité : 5 ans"
                if context == "step" and (
                    _READ_FIRST.match(sentence) or _LOOKS_AT_A_PAGE.match(sentence)
                ):
                    continue  # "Lisez d'abord le manuel détaillé.": a pointer to reading
                if (
                    (context == "step" or (context is None and r18))
                    and _NOT_ACCEPTED.search(sentence)
                    and (context == "step" or not states_obligation(sentence, lower))
                ):
                    # "Le guichet n'accepte aucun dossier incomplet", "Walk-ins are not
                    # accepted": a bare refusal, no row (devset-r; round-16 audit); "You must
                    # sign it, otherwise it is not accepted" keeps its obligation
                    continue
                if (
                    context == "requirement"
                    and block.section
                    and _LATER_STAGE.search(sentence)
                    and _asks_who_files(block.section[-1])
                    and tells_stage(sentence)
                ):
                    # "The region then examines the file" under "Who files the application?":
                    # a later stage stays a step (GUIDE, round-15 audit)
                    add("step", sentence, block)
                    continue
                if context == "step" and _FREE.found_in(sentence) and _only_a_fee(sentence):
                    continue  # "La procédure est gratuite.": a fee line, none charged
                appointment = _by_appointment_only(sentence) if context == "step" else None
                if appointment is not None:
                    # "Uniquement sur rendez-vous." a requirement (audit14); "Open Monday to
                    # Friday 9-12 (by appointment only).": the hours, no row
                    if appointment:
                        add("requirement", sentence, block)
                    continue
                if context in (None, "step") and (
                    _names_what_to_bring(sentence)
                    or any(
                        _names_what_to_bring(inner.group(0)[1:-1])
                        for inner in _IN_BRACKETS.finditer(sentence)
                    )
                ):
                    # "Instructions : apporter une photo récente": what to bring (devset-y)
                    add("document", sentence, block)
                    continue
                if context in (None, "requirement", "step") and _document_labelled(sentence):
                    add("document", sentence, block)  # "Document à présenter : un acte …"
                    continue
                if context is None and _PAPER_TO_HAND_IN.found(sentence, lower):
                    # "Le demandeur doit apporter son document d'identité", "U moet een
                    # reisdocument voorleggen", "Please prepare 1 set of supporting documents",
                    # "The embassy may ask you for a standard form": the paper to hand in, a
                    # document (GUIDE devset-y: an instruction naming what to bring)
                    add("document", sentence, block)
                    continue
                if documents_above and _hands_in_a_document(sentence):
                    add("document", sentence, block)  # under "Spouse of …" below "Documents …"
                    continue
                if _ATTRIBUTED.found(sentence, lower):
                    continue  # "…, so die Empfehlung.": advice, binding no one (devset-m)
                if context != "step" and _contact_line(sentence):
                    # "Helpdesk : Office des étrangers, boulevard Pachéco 44, 1000 Bruxelles -
                    # tél. 02 793 80 00.": where to ask, no condition (GUIDE: not conditions)
                    continue
                if _FOUND_THERE.found_in(sentence):
                    continue  # "Een overzicht van de voorwaarden vind je hier.": a pointer
                if _ABOUT_THIS_PAGE.match(sentence):
                    continue  # "This page gives an overview of the conditions …": the page
                    # telling what it holds binds no one
                if (
                    context != "step"
                    and _AUTHORITY_REFUSES.found(sentence, lower)
                    and not _own_obligation(sentence, lower)
                    and not _EXCLUSIVE.search(sentence)  # "… kan alleen online: … niet behandeld"
                ):
                    # "Faute de quoi, la demande ne pourra pas être acceptée": what the
                    # authority will not accept or do binds no reader (GUIDE devset-r)
                    continue
                appointment = _by_appointment_only(sentence)
                if appointment is not None:
                    # "Het loket ontvangt enkel op afspraak": an exclusive permission, a
                    # requirement under any heading; an opening-hours line is no row (GUIDE,
                    # round-14 label audit)
                    if appointment:
                        add("requirement", sentence, block)
                    continue
                if (
                    counts_towards_a_limit(sentence)
                    and sentence[-1] in ".!;)"
                    and not lifts_obligation(sentence, lower)
                    and not _EXAMPLE.match(sentence)
                    # "Lorsque le travail dure plus de 90 jours (… comptent …), joignez les
                    # documents ci-dessous.": in brackets inside a lead-in, part of the lead-in
                    and not (
                        "(" in sentence and ANNOUNCES.found_in(_IN_BRACKETS.sub(" ", sentence))
                    )
                ):
                    # "Earlier periods count towards the 90 days", "tellen niet mee": what
                    # counts towards a limit, a requirement under any heading (GUIDE, round-14
                    # label audit); a lead-in ending on a colon was passed over above
                    add("requirement", sentence, block)
                    continue
                if (
                    (_DOES_NOT_MEAN.found_in(sentence) and _LIFTED_START.found_in(sentence))
                    or _EXEMPTION_DENIED.found(sentence, lower)
                    or _NO_EXEMPTION_GIVEN.found(sentence, lower)
                ):
                    # the lifting denied ("does not mean", "the exemption does not apply to
                    # …"): the obligation stands
                    add("requirement", sentence, block)
                    continue
                if _EXEMPTION_RUNS.found(sentence, lower) and not _UNLESS.search(sentence):
                    # "Die vrijstelling geldt voor maximum 3 maanden", "In het Vlaams gewest
                    # loopt deze vrijstelling maximaal 21 dagen", "The exemption lasts no longer
                    # than the project": the exemption's bound, a limit that binds (GUIDE 22:58)
                    add("requirement", sentence, block)
                    continue
                if (
                    context in (None, "requirement", "exemption")
                    and _PERMITTED_BEYOND.found(sentence, lower)
                    and not states_obligation(sentence, lower)
                    and not _SUBORDINATE_MODAL.search(sentence)  # "… un permis qui atteste
                    # qu'il peut séjourner plus de 90 jours": what a paper says, no lifting
                ):
                    # "Non-EU students may then work more than 20 hours a week": the limit
                    # lifted for a case, an exemption (as "the limit does not apply")
                    add("exemption", sentence, block)
                    continue
                if (
                    context != "step"
                    and _CONDITION_DROPPED.found(sentence, lower)
                    and not _BECAUSE_FIRST.match(sentence)
                ):
                    # "De voorwaarde van een … overeenkomst verdwijnt": a condition dropped,
                    # the obligation lifted (an exemption); "Now that the condition lapses,
                    # everyone qualifies …" tells its consequence, read on its own words
                    add("exemption", sentence, block)
                    continue
                if _DESPITE_EXEMPTION.found(sentence, lower):
                    # "Même dispensé, le travailleur reste soumis aux démarches …": what the
                    # exemption leaves standing qualifies the exemption (older pages' labels)
                    add("exemption", sentence, block)
                    continue
                if lifts_obligation(sentence, lower):
                    # "U hoeft geen … aan te vragen": lifted, under a heading about conditions
                    # or the procedure too (GUIDE.md); a list of documents keeps its kind
                    add("document" if context == "document" else "exemption", sentence, block)
                elif (
                    states_obligation(sentence, lower)
                    or _SPLIT_OBLIGATION.found(sentence, lower)
                    or _denies_applying(sentence, lower)
                ):
                    # under an exemption heading an obligation is still one (GUIDE, devset-e)
                    kind = context if context not in (None, "exemption") else "requirement"
                    if kind == "step" and (
                        (
                            not _names_stage(sentence)
                            and (_in_a_state(sentence) or _PROHIBITION.found(sentence, lower))
                        )
                        or _denies_applying(sentence, lower)
                    ):
                        # "The worker must live in Wallonia": a state; "Le séjour ne peut
                        # excéder 90 jours" under "Déclaration d'arrivée": a limit (devset-u)
                        kind = "requirement"
                    if kind == "step" and _attaches_a_paper(sentence, lower):
                        # "Im letzteren Fall müssen Sie Ihrem Antrag eine Verlusterklärung
                        # beifügen": a paper to attach is a document under a procedure heading
                        # too (GUIDE, round-15 audit: the usual exceptions)
                        kind = "document"
                    if (
                        kind == "step"
                        and _case_of_a_stage(block)
                        and not _names_stage(sentence)
                        and _says_who_needs(sentence, lower)
                    ):
                        # "Dans la plupart des cas, un permis de travail est nécessaire pour
                        # engager un travailleur": who needs it, a condition on the case
                        kind = "requirement"
                    if kind == "step" and _denied_permission(sentence):
                        kind = "requirement"  # "Who stays illegally cannot apply for a card."
                    if kind == "step" and _PROVES_THAT.search(sentence):
                        # "Auch bei jedem Verlängerungsantrag müssen Sie nachweisen, dass Sie die
                        # Bedingungen erfüllen": to prove a condition holds is the condition
                        kind = "requirement"
                    if kind == "step" and _NAMES_ITSELF_A_CONDITION.found(sentence, lower):
                        # "Payment of the fee is a condition for the examination of the file":
                        # a condition stated under a procedure heading stays one (GUIDE, label
                        # audit: "a condition on the person … stays a requirement")
                        kind = "requirement"
                    if (
                        kind == "step"
                        and block.section
                        and _asks_when(block.section[-1])
                        and _says_who_needs(sentence, lower)
                    ):
                        # "A work permit is needed for every job longer than three months"
                        # under "When to request a work permit": the heading is answered with
                        # the cases that need one, not the moment to file (GUIDE, round-14)
                        kind = "requirement"
                    if (
                        kind == "document"
                        and block.kind == "paragraph"
                        and _PROHIBITION.found(sentence, lower)
                    ):
                        # "Het getuigschrift mag niet ouder zijn dan 3 maanden." after a list of
                        # papers: a ban in a sentence of its own binds (GUIDE, label audit)
                        kind = "requirement"
                    add(kind, sentence, block)
                elif _TIME_TO_ACT.found(sentence, lower):
                    # "U hebt 30 dagen om beroep in te stellen": a deadline, what one must do
                    add("step" if context == "step" else "requirement", sentence, block)
                elif _LIMITS.found(sentence, lower):
                    # "mag maximaal 90 dagen"; under an exemption heading a limit binds still
                    # ("The employer may only employ him if …"), as an obligation does
                    # under a procedure heading too, unless it names a stage ("Le séjour ne
                    # peut excéder 90 jours" under "Déclaration d'arrivée", GUIDE devset-u)
                    limited = context if context not in (None, "exemption") else "requirement"
                    if limited == "document" and block.kind == "paragraph":
                        # "Dat geldt enkel voor partnerschappen die …" after a list of papers: a
                        # limit in a sentence of its own binds, as a ban does (GUIDE, label audit)
                        limited = "requirement"
                    if limited == "step" and (
                        not _names_stage(sentence)
                        or _EXCLUSIVE.search(sentence)
                        or _denied_permission(sentence)
                    ):
                        # an exclusive permission binds under a stage heading too ("Only
                        # accredited counters may send the application", GUIDE label audit)
                        limited = "requirement"
                    add(limited, sentence, block)
                elif (
                    context in (None, "requirement")
                    and (
                        (_ONLY_GROUP.match(sentence) and _ELIGIBLE.search(sentence))
                        or _MEANT_ONLY.found_in(sentence)
                    )
                    and sentence[-1] in ".!;"
                ):
                    # "Only students who graduated here are eligible.", "Appointments are meant
                    # only for first registrations.": an exclusive permission, a requirement
                    # (GUIDE 22:58 and the round-14 audit)
                    add("requirement", sentence, block)
                elif (
                    (defining or last_kind == "requirement")
                    and context == "requirement"
                    and len(sentence.split()) >= 4
                    and not _EXAMPLE.match(sentence)
                    and not _POINTER.found_in(sentence)
                    and not _LEGAL_BASIS.found_in(sentence)
                    and sentence[-1] in ".!;"  # a title line states nothing
                ):
                    # "Frontier workers live in …" under a defining heading; under one about
                    # conditions, a sentence that qualifies the condition before it ("Deze
                    # termijn van 4 jaar kan in bepaalde gevallen korter zijn.", GUIDE 22:58)
                    add("requirement", sentence, block)
                elif (
                    context == "document"
                    and block.item_of
                    and len(sentence.split()) >= 6
                    and sentence[-1] in ".!;"
                    and not _EXAMPLE.match(sentence)
                    and not _POINTER.found_in(sentence)
                    and not _SITE.found_in(sentence)
                    and _names_a_document(block.item_of)
                ):
                    # under h3 "Inlichtingenblad", a listed document: what it holds and how it
                    # is filled in and signed ("Je vult het formulier zelf in en ondertekent
                    # het zelf.") say what the document must be
                    add("document", sentence, block)
                elif (
                    context == "document"
                    and not block.item_of
                    and block.section
                    and _NAMES_DOCUMENTS.search(block.section[-1])
                    and _DOCUMENTS_NEEDED.found(sentence, lower)
                ):
                    add("document", sentence, block)  # "… zijn er nog specifieke documenten nodig"
                elif numbered_step:
                    add("step", sentence, block)  # the text of "Step 2" is the step
                elif context in (None, "step") and _FILING_PLACE.match(sentence):
                    add("step", sentence, block)  # "Lieu de dépôt : Service …, rue …"
                elif (context in (None, "step") and _DELAY_LINE.match(sentence)) or (
                    _time_under_delay_heading(block, sentence)
                ):
                    add("step", sentence, block)  # "Délai de déclaration : 3 jours ouvrables"
                elif context == "step" and _time_a_stage_takes(sentence):
                    add("step", sentence, block)  # "Processing usually takes 5 months"
                elif context == "step" and _answers_when(block, sentence):
                    add("step", sentence, block)  # "As soon as possible after you arrive."
                elif (
                    context == "step"
                    and (
                        IMPERATIVE.match(_unlabelled(sentence))
                        or (
                            _READER_ACTS.match(sentence)
                            and not states_obligation(sentence, lower)
                            and not _THEREBY.search(sentence)
                        )
                    )
                    and not _is_button(block)
                    and not _LINK_POINTER.found_in(sentence)  # "Follow this link to see …"
                ):
                    add("step", sentence, block)  # "Scannez toutes les pièces": an action
                elif (
                    context == "step"
                    and heading_level >= 2
                    and tells_stage(sentence)
                    and not _is_button(block)  # "Make an appointment to register"
                    and not (
                        block.section
                        and (_stage_only_heading(block.section[-1]) or _case_of_a_stage(block))
                        and not _tells_an_act(sentence)
                    )  # "Le moment de la demande est laissé au choix …" under "Quand ?"; under
                    # h3 "Maximaal 90 dagen" of a procedure h2, "Dat verloopt in één procedure"
                ):
                    # "Das Ministerium prüft Ihren Antrag": a stage, whoever acts; under the
                    # page's title (h1) a sentence only introduces the page; who may not
                    # file, or may file only there, is a condition (_denied_permission)
                    add("requirement" if _denied_permission(sentence) else "step", sentence, block)
                elif (
                    case_of_stage
                    and tells_stage(sentence)
                    and _tells_an_act(sentence)
                    and not _is_button(block)
                ):
                    add("step", sentence, block)  # "Komt de werknemer …, dan vraagt de werkgever"
                elif (
                    context == "requirement"
                    and block.section
                    and _ASKS_WHO.search(block.section[-1])
                    and tells_stage(sentence)
                ):
                    # "The employer or a mandated agent files the application." under "Who can
                    # apply?": who may file follows its heading (GUIDE, second labelling)
                    add("requirement", sentence, block)
                elif context == "requirement" and _BOUND.found(sentence, lower):
                    add("requirement", sentence, block)  # "at least 3 months" under Conditions
                elif (
                    context == "requirement"
                    and block.section
                    and _CONDITION_NOUN.found_in(block.section[-1])
                    and _depends_on(sentence)
                    and sentence[-1] in ".!;"
                    and not _POINTER.found_in(sentence)
                    and not _EXAMPLE.match(sentence)
                ):
                    # "The salary required depends on the worker's age" under "Conditions":
                    # it qualifies a condition; elsewhere it only announces the cases after
                    # it, no row (GUIDE, round-14 label audit)
                    add("requirement", sentence, block)
    return found
