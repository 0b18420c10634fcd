"""Amounts: money, ages, durations, hours, sizes, percentages, counts and dates.

Every candidate is anchored on a unit, a currency, a percent sign or a calendar date, so a
bare number (an article, a postal code, a phone number, a step, a year) is never reported.
Bounds and rates are read from the words just around the value, then from the table
headers of the cell it stands in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from parsers.blocks import AHEAD_WORDS, ANNOUNCES, ANNOUNCES_AHEAD, Block
from parsers.frozen import fast_init
from parsers.lexicon import CaseBlind, alternation, languages, lowered, merged
from parsers.numbers import (
    DIGITS,
    GROUPED_DIGITS,
    MONEY_DIGITS,
    digits_for_words,
    parse_digits,
    parse_number,
)

LEX = merged()
_I = re.IGNORECASE

# In lower case, as CaseBlind patterns are written (case is ignored wherever it is used).
CURRENCY = r"(?:€|\beur\b|\beuros?\b|\beuro\b)"
# "EUR 1,5 million", "5 millions d'euros", "2 miljoen euro", "3 Millionen Euro": a number
# times the multiplier after it.
_MULTIPLIER = rf"(?:\s+(?P<{{}}>{alternation(LEX.multipliers)})(?![\w]))"
MONEY = re.compile(
    rf"(?P<pre>{CURRENCY})\s*(?P<n1>{MONEY_DIGITS})(?:\s*(?:-|to|tot|à|bis)\s*(?:{CURRENCY})?\s*"
    rf"(?P<n2>{MONEY_DIGITS}))?{_MULTIPLIER.format('x1')}?"
    rf"|(?P<m1>{MONEY_DIGITS})(?:\s*(?:-|to|tot|à|bis)\s*(?P<m2>{MONEY_DIGITS}))?"
    rf"(?:{_MULTIPLIER.format('x2')}(?:\s*d['’]|\s+de|\s+van)?)?\s*{CURRENCY}"
    # "EUR 204" after it takes the currency, unless that number has its own after it too:
    # "62 EUR in plaats van 60 EUR 204 EUR …" lists amounts written with the currency last
    rf"(?!\s*\d[\d.,]*+(?!\s*{CURRENCY}))",
    _I,
)
# The number patterns below run on the lowered text (CaseBlind): their groups are in lower case.
PERCENT = CaseBlind(
    rf"(?P<n1>{DIGITS})\s*(?:%|\bpercent\b|\bper\s+cent\b|\bprocent\b|\bpour\s*-?\s*cent\b|\bprozent\b)",
    needles=("%", "cent", "zent"),
)
SIZES = {
    "kb": 0.001,
    "ko": 0.001,
    "mb": 1.0,
    "mo": 1.0,
    "megabytes": 1.0,
    "megabyte": 1.0,
    "mégaoctets": 1.0,
    "gb": 1000.0,
    "go": 1000.0,
}
SIZE = CaseBlind(rf"(?P<n1>{DIGITS})\s*(?P<unit>{alternation(SIZES)})\b", needles=tuple(SIZES))
_UNIT_WORDS = alternation(LEX.units)
_FILLER = (
    r"(?:full|whole|complete|consecutive|calendar|working|free|volle|volledige|hele|ganze|vollen|"
    r"weitere|more|extra|additional|opeenvolgende|vrije|aaneengesloten|consécutifs|consécutives|"
    r"aufeinanderfolgende|aufeinanderfolgenden|zusammenhängende|zusammenhängenden|freie|freien|"
    r"civils|calendaires|ouvrables|ouvrés|"
    # "the five previous years", "les cinq dernières années": a period counted back or on
    r"previous|last|past|next|following|vorige|laatste|afgelopen|voorbije|volgende|derniers|"
    r"dernières|précédents|précédentes|prochains|prochaines|letzten|vorigen|vergangenen|"
    r"nächsten|folgenden|"
    # "les 3 premiers mois": French puts the ordinal after the number ("the first 3 months")
    r"premiers|premières|"
    # "une seule année", "één enkel jaar", "ein einziges Jahr", "one single day": the article
    # or "one" is the number, "single" says how many (GUIDE: numbers in words count)
    r"single|seul|seule|enkel|enkele|einzige|einziges|einzigen|einzigem|einziger)"
)
_CHANGE_CONNECTORS = alternation(LEX.change_connectors)
# "90/180 days", "90 per 180 days", "90 out of 180 days", "90 op 180 dagen", "90 sur 180
# jours", "90 von 180 Tagen": a period counted within another, two periods sharing one unit
_RATIO = ("/", "per", "out of", "op", "sur", "von")
_CONNECT = (
    # "âgés de 6 à moins de 12 ans", "from 6 to under 12": a range whose top is not reached
    r"(?:à\s+moins\s+de|to\s+under|tot\s+onder|bis\s+unter)|"
    # "(1 tot maximum 5 jaar)", "1 to a maximum of 5 years", "de 1 à maximum 5 ans", "1 bis
    # maximal 5 Jahre": a range whose top is a maximum
    r"(?:to|tot|à|bis)\s+(?:a\s+)?(?:maximum|maximaal|maximal|höchstens)(?:\s+of)?|"
    rf"(?:{_CHANGE_CONNECTORS}|-|–|/|to|and|tot|en|à|et|au|bis|und|through|per|out\s+of|op|sur|"
    r"von)"
)
_CHANGE_CONNECTOR = re.compile(rf"^(?:{_CHANGE_CONNECTORS})$")
_CHANGE_VERB = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.change_verbs)})(?![\w])")
UNIT = CaseBlind(
    rf"(?P<n1>{DIGITS})(?:\s*(?P<conn>{_CONNECT})\s*(?P<n2>{DIGITS}))?"
    rf"(?:\s*-\s*|\s+)(?:{_FILLER}\s+){{0,2}}(?P<unit>{_UNIT_WORDS})(?![\w'])"
)
_UNIT_WORD = CaseBlind(rf"(?<![\w])(?:{_UNIT_WORDS})(?![\w'])")
_FILLERS_AFTER = re.compile(rf"^(?:\s+{_FILLER})+", re.IGNORECASE)
_MONTHS = alternation(LEX.months)
DATE_WORDS = CaseBlind(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e|\.)?\s+(?P<m>{_MONTHS})\.?\s+(?P<y>(?:19|20)\d\d)\b"
    rf"|\b(?P<m2>{_MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)\b"
)
DATE_DIGITS = re.compile(r"\b(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>(?:19|20)\d\d)\b")
# Words may stand between the number and its noun ("2 recente pasfoto's", "two passport
# size photos"), but not a conjunction or a preposition: "bijlage 3 en bijlage 3bis" and
# "article 5 of the documents" count nothing.
_NOT_BETWEEN = (
    r"(?:en|and|et|und|or|ou|oder|of|tot|to|à|bis|in|im|op|on|at|au|aux|de|du|des|van|von|der|"
    r"die|das|the|for|voor|pour|für|per|par|pro|x|with|met|avec|mit|a|an|een|un|une|ein|eine)\s"
)
COUNT = CaseBlind(
    # up to three words of the noun between ("2 recent colour passport-size photographs"),
    # each with a letter: "Étape 4 - Fournissez les documents" counts no documents
    # (possessive runs: a word is never split, so a number with no noun fails fast)
    # ("two recent, identical photos": adjectives may be parted by a comma)
    # (a date's year, "après le 31/12/2020 doivent … démarches", counts nothing)
    # (a number tied to a name by a hyphen, "Limosa-1", "annexe-3", is the name's, no count)
    rf"(?<![\d.,/])(?<![a-zà-öø-ÿ]-)(?P<n1>{GROUPED_DIGITS})\s+(?:(?!{_NOT_BETWEEN})(?=[\w'-]*[a-zà-öø-ÿ])[\w'-]++,?\s+){{0,3}}?"
    # "two printed and signed copies", "twee gedateerde en ondertekende exemplaren": two
    # words joined by a conjunction describe the noun
    rf"(?:(?!{_NOT_BETWEEN})[a-zà-öø-ÿ]++\s+(?:and|en|et|und)\s+(?!{_NOT_BETWEEN})[a-zà-öø-ÿ]++\s+)?"
    rf"(?P<noun>{alternation(LEX.count_nouns)})\b"
)
# Ages written without a unit ("younger than 13", "aged between 18 and 26"): anchored on
# the small number, then the age phrase is looked for just before it.
# The "not after a digit, dot or comma" check comes after the first digit (same matches), so
# that the pattern opens with \d and the engine only tries it at digits.
AGE_NUMBER = CaseBlind(
    r"(?P<n1>\d(?<![\d.,]\d)\d?)(?:\s*(?:-|to|and|tot|en|à|et|und|bis)\s*(?P<n2>\d{1,2}))?\b"
    # a unit as a whole word: "30 and …", "30 und …" are no "30 an", "30 u" (an hour)
    rf"(?!\s*(?:%|{CURRENCY}|[.,/]\d|(?:{_UNIT_WORDS})(?![\w'])))"
)
# "children under 18", "kinderen onder (de) 18", "Kinder unter 18": "under" in every language
# that says an age with it and no unit (French says "de moins de 18 ans", with its unit)
_AGE_PHRASE_BEFORE = CaseBlind(
    rf"(?:(?<![\w])(?:{alternation(LEX.age_before)})|\bunder|\bonder(?: de)?|\bunter)\s+"
    r"(?:(?:between|tussen|entre|zwischen)\s+)?$"
)
_ANY_DIGIT = re.compile(r"\d")
# Small patterns of the hot paths, compiled once rather than looked up in re's cache.
_SPACE_RUN = re.compile(r"\s+")
_CLAUSE_MARK = re.compile(r"[.;:!?]")
_CLAUSE_OR_COMMA = re.compile(r"[.;:!?,]")
_CLAUSE_BREAK = re.compile(r"(?<!\bmax)(?<!\bmin)[.;:!?]\s")  # "(max. 20 MB)" is one clause
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[\w-]+")
_OLD = re.compile(r"^(?:old|oud|alt)\s+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)$")
_HEADER_MIN = re.compile(r"\b(?:minim\w*|mindest\w*|at least|ten minste|au moins)")
_HEADER_MAX = re.compile(r"\b(?:maxim\w*|höchst\w*|at most|plafond|ceiling)")
_RANGE_OPENER = re.compile(rf"(?:{alternation(LEX.range_openers)})\s*$", _I)
_YEAR = re.compile(r"(?:19|20)\d\d")
# "plus d'1 an", "dans un délai d'un mois": an elided bound runs into the next word
_BOUND = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.bounds)})(?:(?<=')|(?![\w]))")
# A rate written with a slash may follow a word: "1.524,612 € netto/maand".
_PER = CaseBlind(rf"(?:(?<![\w])|(?=/))(?:{alternation(LEX.per)})(?![\w])")
_LAW = CaseBlind(rf"(?:{alternation(LEX.law_before)})\s*$")
_AGE_BEFORE = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.age_before)})\s*$")  # not "averaged over"
_AGE_AFTER = re.compile(rf"^\s*(?:{alternation(LEX.age_after)})(?![\w])", _I)
_AGE_NEAR = CaseBlind(
    r"\b(?:age|ages|aged|(?:minimum|maximum|mindest|höchst)?(?:leeftijd|alter)|âge|âgé|âgée|"
    r"âgés|jonger|younger|older|"
    r"ouder|jünger|älter|jeunes?|youngest|oudste|jongste|child|children|kind|kinderen|enfants?|"
    r"kinder|kindern|jongeren|jugendliche)\b"
)
# "De niet-Europese onderdaan werkt langer dan 90 dagen", "Nicht-EU-Bürger": a negation
# word in a compound negates nothing
_NEGATION = re.compile(
    r"(?<!-)\b(?:not|cannot|no|never|nor|niet|geen|nooit|ne|n'|pas|jamais|ni|nicht|kein|keine|nie|"
    # "sans pouvoir dépasser trois ans", "without exceeding": "without" before a verb ("without
    # a permit" negates no comparison)
    r"sans(?=\s+(?:pouvoir|dépasser|excéder)|\s*$)|without(?=\s+\w+ing\b|\s*$))\b"
    r"(?![-‑])|(?<=\w)n't\b",  # "cannot", "can't", "mustn't": English glues its negation
    _I,
)
# "not even when it lasts longer than 90 days", "zelfs niet als", "même pas si", "nicht einmal
# wenn", "auch nicht, wenn": a concession, which turns no comparison round
_CONCESSIVE = re.compile(
    r"\b(?:not even|zelfs niet|niet eens|même pas|pas même|nicht einmal|auch nicht|selbst nicht|"
    # "ook niet als de stage langer dan 90 dagen duurt", "not either if", "pas non plus si"
    r"ook niet|not either|pas non plus|non plus)\b",
    _I,
)


# "Heb je geen internationale faam en/of kom je langer dan 90 dagen werken": a coordinated
# clause with a subject of its own; a negation before it turns no comparison in it round
_NEXT_CLAUSE = re.compile(
    r"\b(?:and/or|en/of|et/ou|und/oder|or|of|ou|oder)\s+(?:[\w']+\s+)?"
    r"(?:je|jij|u|you|vous|tu|du|sie|ihr|hij|zij|ze|il|elle|er|they|he|she)\s",
    _I,
)


def _negates(clause: str) -> bool:
    starts = [m.start() for m in _NEXT_CLAUSE.finditer(clause)]
    if starts:
        clause = clause[starts[-1] :]
    if "qu" in clause and _NE_QUE.search(clause) and not _NEGATION.search(
        _NE_QUE.sub(lambda m: f" {m.group('verb')}{m.group('mid')} ", clause)
    ):
        return False  # "n'est obligatoire que pour un séjour de plus de trois mois": the
        # restrictive "ne … que" is "only", no negation (round 18, half A)
    return bool(_NEGATION.search(clause)) and not _CONCESSIVE.search(clause)


# French "ne … que", "only": the "ne" (or "n'") and its "que" are no negation
_NE_QUE = re.compile(
    r"(?<!-)\b(?:ne\s+|n['’])(?P<verb>[^\W\d]+)(?P<mid>[^.;:!?]{0,60}?)\bqu(?:e\b|['’])", _I
)


# "qui n'ont pas résidé, étudié ou travaillé en Belgique plus de 24 mois", "ne pas avoir résidé
# en Belgique, ni y avoir exercé son activité, pendant plus de 24 mois", "who have not lived,
# studied or worked here for more than 24 months": a negated verb whose coordinated verbs
# follow after commas still negates the comparison; a piece with a subject or relative pronoun
# of its own, or opened by "but", "if", is another clause
_OWN_CLAUSE = re.compile(
    r"\b(?:qui|que|who|which|that|die|dat|der|welche[rs]?|wie|il|elle|ils|elles|they|he|she|"
    r"you|vous|u|je|zij|ze|hij|sie|er|es|mais|but|maar|aber|si|if|als|wenn|when|quand|lorsque)\b",
    _I,
)
_COMMA = re.compile(r",\s*")
_MORE_THAN_BEFORE = re.compile(
    r"\b(?:more than|longer than|meer dan|langer dan|plus de|plus d['’]|plus longtemps que|"
    r"mehr als|länger als)\s*$",
    _I,
)


def _negated_before_commas(before: str) -> bool:
    pieces = _COMMA.split(re.split(r"[.;:!?]\s", before[-160:])[-1])
    for back in range(2, min(4, len(pieces)) + 1):
        later = pieces[-back + 1 :]
        if any(len(p.split()) > 8 or _OWN_CLAUSE.search(p) for p in later):
            return False
        if _negates(pieces[-back]):
            # the pieces after it go on with its verbs ("étudié ou travaillé", "studied or
            # worked"), or it is itself a coordinated negation ("ni y avoir exercé …")
            return all(_GOES_ON.match(p) for p in later) or bool(
                _NEITHER.match(pieces[-back]) and len(pieces[-1].split()) <= 4
            )
    return False


# a piece that goes on with the verbs before it: a participle or a coordinating word
_GOES_ON = re.compile(
    r"\s*(?:(?:ni|nor|noch|or|ou|of|oder|and|et|en|und)\b|[^\W\d]+(?:é|ée|és|ées|ed|i|u)\b"
    r"|ge[^\W\d]+(?:d|t|en)\b)",
    _I,
)
_NEITHER = re.compile(r"\s*(?:ni|nor|noch|neither|weder)\b", _I)


_MORE_THAN = re.compile(
    r"^(?:beyond|go beyond|goes beyond|more than|meer dan|plus de|plus d'|mehr als|over|über|"
    r"exceeds?|exceeding|dépasse|"
    r"dépasser|dépassant|excède|excéder|overschrijdt|overschrijden|übersteigt|übersteigen|"
    r"überschreitet|überschreiten|au-delà de)$",
    _I,
)
# Words a bound may stand apart from its value by: "minstens tot de leeftijd van 17 jaar",
# "ne dépasse pas une durée totale d'un an".
_AGE_GAP = re.compile(
    r"\b(?:age|âge|leeftijd|alter|durée|duur|dauer|duration|period|période|periode|zeitraum|"
    r"zeitraums|zeitraumes|"  # "innerhalb eines maximalen Zeitraums von zehn Jahren"
    r"termijn|total|totale|totaal|gesamtdauer|"
    # "een minimum jaarlijks inkomen hebt van € 92.225": the noun of the sum bounded
    r"amount|income|salary|wage|pay|threshold|bedrag|inkomen|loon|drempel|montant|revenu|"
    r"salaire|rémunération|seuil|betrag|einkommen|gehalt|lohn|schwelle)\b",
    _I,
)
# "au moins jusqu'à l'âge de 17 ans", "mindestens bis zum 17. Lebensjahr": at least until
# "over eighteen years of age", "boven de 18 jaar", "über 45.000 €": over an age or a sum is
# more than it; over a period is not a bound ("over a period of 5 years"), so not for periods
# "(tot 10 werknemers …)", "jusqu'à 5 lieux": up to a value, opening its clause or bracket
# ("samen tot één pdf-bestand" is "into"), when no value opens a range before
_UP_TO = re.compile(r"(?:^|\()\s*(?:tot|jusqu'à|jusqu'au|jusqu'a)\s*$", _I)
# Dutch "tot" with a verb of lasting or amounting after the value is "up to": "de behandeling
# kan tot 5 weken duren", "tot 5 weken kan oplopen" (English, French and German say it with
# their bound words: "up to", "jusqu'à", "bis zu")
_TOT_BEFORE = re.compile(r"(?<![\w])tot\s*$", _I)
# ... or with the verb first and a modal before it: "kan oplopen tot 6 weken", "de kosten
# kunnen oplopen tot 350 euro" (a change said as a fact, "loopt op tot", is no bound)
_MAY_RISE_TO = re.compile(
    r"\b(?:kan|kunnen|mag|mogen|zal|zullen)\s+(?:[^\s\d.;:]+\s+){0,3}?oplopen\s+tot\s*$"
    # "kan je je verblijf in België verlengen tot 12 maanden", "laat je toe je verblijf te
    # verlengen tot", "kan verlengd worden tot 6 maanden": a modal's extension, up to a value
    r"|\b(?:kan|kunt|kunnen|mag|mogen|te)\s+(?:[^\s\d.;:]+\s+){0,6}?"
    r"(?:verlengen|verlengd(?:\s+worden)?|uitbreiden|uitgebreid(?:\s+worden)?)\s+tot\s*$",
    _I,
)
_LASTS_AFTER = re.compile(
    r"^\s*(?:[^\s\d]+\s+){0,2}?(?:kan\s+|kunnen\s+|zal\s+|zullen\s+)?"
    r"(?:duren|duurt|oplopen|loopt\s+op|bedragen|bedraagt)\b",
    _I,
)
# An age not yet reached is a limit: "must not have reached the age of 26", "ne doit pas
# avoir atteint l'âge de 26 ans"; Dutch and German end on the verb: "de leeftijd van 26 jaar
# niet bereikt hebben", "das 26. Lebensjahr noch nicht vollendet haben".
_REACH = r"(?:reach(?:ed)?|atteint|atteigne|atteindre|bereikt|bereiken|vollendet|erreicht)"
_NOT_REACHED_BEFORE = re.compile(
    rf"\b(?:not|pas|niet|nicht)\s+(?:[^\s.;:,]+\s+){{0,2}}{_REACH}\s+"
    r"(?:(?:the|l'|l’)\s*)?(?:(?:age|âge)\s+(?:of|de|d'|d’)\s*)?$",
    _I,
)
_NOT_REACHED_AFTER = re.compile(
    rf"^\s*(?:[^\s.;:,]+\s+)?(?:yet\s+|nog\s+|noch\s+)?(?:niet|nicht)\s+{_REACH}\b", _I
)


# A period joined to the noun of a deadline after it: "a 15-day deadline", "a 30-day time
# limit", "eine 30-Tages-Frist" (the noun before it is _TIME_NOUN's).
_DEADLINE_AFTER = re.compile(r"-?\s*(?:deadline|time limit|frist)\b", _I)
# "the limitation of student work to 20 hours", "de beperking van studentenarbeid tot 20 uur",
# "la limitation du travail étudiant à 20 heures", "die Begrenzung der Arbeit auf 20 Stunden"
_LIMIT_OF_THING_TO = re.compile(
    r"\b(?:limitation|restriction|limit|beperking|begrenzing|limite|begrenzung|beschränkung)"
    # what it limits, in the genitive ("of student work", "du travail", "der Arbeit"); not an
    # age ("La limite d'âge est fixée à 31 ans" is the age itself)
    r"\s+(?:of|van|de|du|des|d['’]|der|des)\s*(?!âge|age\b|leeftijd|alter)"
    r"(?:[\w'’-]+\s+){1,3}?(?:to|tot|à|auf)\s+$",
    _I,
)
# "the 20-hour limit", "de 90-dagengrens", "die 90-Tage-Grenze": a limit named by its noun
# right after the value and its unit is at most (as "the limit of 20 hours")
_LIMIT_AFTER = re.compile(
    r"-?\s*(?:limit|cap|ceiling|maximum|limiet|grens|plafond|grenze|obergrenze|höchstgrenze)\b",
    _I,
)


# "Some jobs are limited in time: trainee (1 year), …", "zijn beperkt in de tijd:", "sont
# limités dans le temps :", "sind zeitlich befristet:": a limit named before a colon holds
# for each value listed after it
_LIMITED_LEAD = re.compile(
    r"\b(?:limited|restricted|beperkt|beperkte|limités?|limitées?|befristet|begrenzt\w*|"
    r"beschränkt\w*)\b"
    # "pour une durée limitée (un an, renouvelable)": the bracket gives the limit too
    r"(?:[^:.;]{0,25}:[^:;]*|[^:.;()]{0,25}\(\s*"
    # and so does the figure joined to the limited period by "of": "for a limited period of one
    # year", "pour une durée limitée d'un an", "voor een beperkte duur van één jaar", "für eine
    # begrenzte Dauer von einem Jahr" (GUIDE, round-14 audit: "limited" is its bound word)
    r"|\s+(?:period|duration|time|term|duur|periode|termijn|tijd|dauer|zeit|zeitraum|frist)"
    r"\s+(?:of|van|von)\s+|(?<=e)\s+(?:de\s+|d['’]\s*))$",
    _I,
)
# "by the end of the next two weeks", "before the expiry of the following 2 weeks", "tegen het
# einde van de volgende twee weken", "vóór het verstrijken van", "d'ici la fin des deux
# semaines suivantes", "avant l'expiration des", "bis Ende der nächsten zwei Wochen", "vor
# Ablauf der": the time to act runs out with the period, at most
_NEXT = (
    r"(?:next|following|coming|first|volgende|komende|eerste|prochaines?|nächsten|folgenden|"
    r"kommenden|ersten)"
)
_BY_THE_END = re.compile(
    r"(?:\b(?:by|before|no later than|not later than|at the latest by)\s+the\s+"
    r"(?:end|expiry|close)\s+of"
    r"|\b(?:tegen|vóór|voor|uiterlijk(?:\s+(?:bij|op|tegen|vóór))?)\s+(?:het\s+)?(?:einde|eind|"
    r"verstrijken|afloop)\s+van"
    r"|(?:\bd['’]ici|\bavant|\bau plus tard à)\s+"
    r"(?:la\s+fin|l['’]expiration|l['’]échéance|le\s+terme)\s+(?:des|du|de\s+la|de)"
    r"|\b(?:bis\s+(?:zum\s+)?|vor\s+(?:dem\s+)?|spätestens\s+(?:zum\s+|am\s+|bei\s+)?)"
    r"(?:ende|ablauf)"
    rf"\s+(?:der|des|von))\s+(?:(?:the|de|het|les|la)\s+)?(?:(?P<next>{_NEXT})\s+)?$",
    _I,
)
_NEXT_INSIDE = re.compile(rf"\b{_NEXT}\b", _I)
# "des deux semaines suivantes", "the two weeks that follow", "die zwei Wochen danach": the
# period after the event, named after its unit
_FOLLOWING_AFTER = re.compile(
    r"\s*(?:suivantes?|suivants?|qui suivent|that follow|following|daarna|daarop|danach|darauf)\b",
    _I,
)
# "in the two years before the application", "in de twee jaar vóór de indiening", "in den
# zwei Jahren vor dem Antrag" ("dans les deux ans précédant" has its bound word): a period
# reaching back from an event is at most that far back
# A lead-in naming the bounded quantity its list gives ("The following maximum periods apply:",
# "De volgende maximale termijnen gelden:", "Les durées maximales suivantes :", "Es gelten
# folgende Höchstdauern:"), with no value of its own, is the items' header (as in a table)
_QUANTITY_NOUN = (
    r"(?:periods?|durations?|terms?|amounts?|sums?|salar(?:y|ies)|wages?|ages?|hours|termijn\w*|"
    r"duur|periodes?|bedragen|bedrag|lonen|loon|leeftijd\w*|uren|durées?|périodes?|délais?|"
    r"montants?|salaires?|âges?|heures|dauer\w*|fristen|frist|zeitr(?:a|ä)ume?|betr(?:a|ä)ge?|"
    r"gehälter|gehalt|löhne|lohn|alter|stunden)"
)
_LEAD_IN_BOUND = re.compile(
    r"\b(?P<bound>minim\w*|maxim\w*|mindest|höchst)\s*-?\s*" + _QUANTITY_NOUN + r"\b"
    r"|\b" + _QUANTITY_NOUN + r"\s+(?P<after>minim\w*|maxim\w*)\b",
    _I,
)


# "… goes beyond the following amount, for an application filed in 2023:", "… dépasse les
# montants suivants :": the bound the lead-in sets on the quantity it announces
_ANNOUNCED_QUANTITY = re.compile(
    rf"(?<![\w])(?:(?:{alternation(LEX.announce)})\s+{_QUANTITY_NOUN}"
    rf"|{_QUANTITY_NOUN}\s+(?:{alternation(LEX.announce)}))(?![\w])",
    _I,
)


# A table row naming the average the thresholds above it are shares of ("Salaire mensuel brut
# moyen", "Average gross monthly salary", "Gemiddeld bruto maandloon", "Durchschnittlicher
# Bruttomonatslohn"): the reference figure, not one of the bounded values
_REFERENCE_ROW = re.compile(
    r"\b(?:moyens?|moyennes?|average|mean|gemiddelde?|durchschnitt\w*)\b", _I
)
# A sentence's end inside a lead-in: the sentence ending on ':' is the one that announces
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


# A heading that only names a bounded quantity ("Maximum duration", "Durée maximale",
# "Maximale duur", "Höchstdauer", "Minimum salary", "Mindestalter") above lines that each give
# a label and its value ("Trainees: 12 months."): the heading is the lines' header, as a
# column header is a table's (GUIDE: a bound in the header applies to every cell under it)
_HEADING_NOUNS = {
    "duration": re.compile(
        r"periods?|durations?|terms?|termijn\w*|duur|periodes?|looptijd|durées?|périodes?|"
        r"délais?|dauer\w*|fristen|frist|zeitr(?:a|ä)ume?|laufzeit",
        _I,
    ),
    "money": re.compile(
        r"amounts?|sums?|salar(?:y|ies)|wages?|pay|bedragen|bedrag|lonen|loon|\w*jaarloon|"
        r"montants?|salaires?|rémunérations?|betr(?:a|ä)ge?|\w*gehälter|\w*gehalt|löhne|\w*lohn",
        _I,
    ),
    "age": re.compile(r"ages?|leeftijd|âges?|alter", _I),
    "hours": re.compile(r"hours|uren|heures|stunden", _I),
}
_HEADING_BOUND = re.compile(
    r"^\s*(?:(?:the|de|het|le|la|les|die|der|das)\s+)?"
    r"(?:(?P<bound>minim\w*|maxim\w*|mindest|höchst)\s*-?\s*(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?)"
    r"|(?P<noun2>[^\W\d]+(?:\s+[^\W\d]+)?)\s+(?P<after>minim\w*|maxim\w*))\s*:?\s*$",
    _I,
)
_LABEL_BEFORE = re.compile(r"^[^\d:.;!?]{1,60}:\s*$")


def _heading_bound(heading: str, kind: str, before: str) -> str | None:
    if not _LABEL_BEFORE.match(before):
        return None  # only a line of the form "label: value" under it
    match = _HEADING_BOUND.match(heading)
    if not match:
        return None
    # the word naming the quantity: the heading's last, or the one before its bound
    words = match.group("noun2") if match.group("after") else heading.rstrip(": ")
    noun = words.split()[-1]
    nouns = _HEADING_NOUNS[kind]
    if not any(nouns.fullmatch(noun, at) for at in range(len(noun))):
        return None  # "Maximum duration" bounds periods, not the fee beside them (the noun
        # may end a compound: "Minimumloon", "Höchstdauer")
    word = (match.group("bound") or match.group("after")).lower()
    return "min" if word.startswith(("min", "mindest")) else "max"


# A rate opening the sentence, before a comma or its verb: "Every calendar year, the State gives
# each student 600 hours", "Elk kalenderjaar krijgt de student 600 uren", "Chaque année civile,
# l'État accorde 600 heures", "Jedes Kalenderjahr erhält der Student 600 Stunden" (round 18)
_RATE_UNITS = (
    r"(?P<u>year|jaar|kalenderjaar|année|an|jahr|kalenderjahr|month|maand|mois|monat|"
    r"week|semaine|woche|day|dag|jour|tag)"
)


def _rate_of_unit(word: str) -> str:
    """The rate a period word names: "werkdag" a day, "Kalenderjahr" a year."""
    word = word.lower()
    for ends, rate in (
        (("dag", "day", "jour", "journée", "tag"), "day"),
        (("week", "woche", "semaine"), "week"),
        (("maand", "month", "mois", "monat"), "month"),
    ):
        if word.endswith(ends):
            return rate
    return "year"
_FRONTED_RATE = re.compile(
    r"\s*(?:every|each|per|elk|elke|ieder|iedere|chaque|par|jedes|jeden|jede|pro)\s+"
    rf"(?:calendar\s+|academic\s+)?{_RATE_UNITS}(?:\s+(?:civile|académique))?\b",
    _I,
)
# "a working day is limited as follows:", "een werkdag is als volgt beperkt:", "une journée de
# travail est limitée comme suit :", "ein Arbeitstag ist wie folgt begrenzt:": the period the
# hours of the items below are counted in
_LEAD_IN_RATE = re.compile(
    r"\b(?:a|an|one|each|every|per|een|elke|per|une?|chaque|par|ein|eine|einen|jeder|jeden|pro|je)"
    r"\s+(?:working\s+|work\s+)?"
    r"(?P<u>day|week|werkdag|werkweek|dag|week|journée|jour|semaine|arbeitstag|arbeitswoche|tag|"
    r"woche)(?:\s+(?:de\s+travail|ouvrable))?\s+(?:is|are|wordt|is|est|sont|ist|wird)\b"
    r"[^.:]*\b(?:limited|restricted|capped|beperkt|begrensd|limitée?|plafonnée?|begrenzt|"
    r"beschränkt)\b",
    _I,
)


def _lead_in_bound(lead_in: str) -> str | None:
    """The bound a lead-in gives the values of its list or table, as a column header does:
    "The following maximum periods apply:", "… goes beyond the following amount, for 2023:",
    "Le seuil s'élève à 4.604 €. Pour ces catégories, elle atteindra au moins les montants
    suivants :" (a sentence before the announcing one may state a value of its own)."""
    if not lead_in.rstrip().endswith(":"):
        return None
    lead_in = _SENTENCE_END.split(lead_in.strip())[-1]
    if _ANY_DIGIT.search(_YEAR.sub("", lead_in)):
        return None  # a value of its own (a year only says when)
    clause = _CLAUSE_OR_COMMA.split(lead_in.rstrip().rstrip(":"))[-1]  # the one ending on ':'
    match = _LEAD_IN_BOUND.search(clause)
    if not match:
        announced = _ANNOUNCED_QUANTITY.search(lead_in)
        return _left_bound(lead_in[: announced.start()]) if announced else None
    word = (match.group("bound") or match.group("after")).lower()
    return "min" if word.startswith(("min", "mindest")) else "max"


_IN_THE_BEFORE = re.compile(r"\b(?:in|within|binnen)\s+(?:the|de|het|den|der)\s*$", _I)
_BEFORE_AN_EVENT = re.compile(
    r"\s+(?:before|prior to|preceding|vóór|voor|voorafgaand aan|vor|précédant|avant)\b", _I
)
# A period within which something must happen is a deadline: "9 months within which the
# office decides", "binnen dewelke", "waarbinnen", "endéans lequel", "innerhalb derer"
_WITHIN_WHICH = re.compile(
    r"[^.;:]{0,20}?\b(?:within which|binnen (?:dewelke|welke)|waarbinnen|"
    r"endéans (?:lequel|laquelle|lesquels)|dans le(?:quel|s quels) |"
    r"innerhalb (?:derer|deren|dessen|welcher|welches))\b",
    _I,
)

# A time limit the rules set for a decision or an act, named by its noun without "within"
# (GUIDE, label audit): "bedraagt die termijn 120 dagen", "Die Frist für die Entscheidung
# beträgt 60 Tage", "à l'échéance du délai de 9 mois", "a term of 90 days applies". The noun
# straight before "of/van/de/von" with no verb is a qualifying period ("de termijn van 4 jaar
# kan korter zijn", "le délai de cinq ans de séjour"): exact, unless "applies" follows it.
_DEADLINE_NOUN = (
    r"(?:(?:beslissings|behandelings|aangifte|beroeps)?termijn|délai|"
    r"(?:entscheidungs|bearbeitungs|melde|einspruchs)?frist|deadline|time limit|processing time)"
)
_DEADLINE_NOUN_BEFORE = re.compile(
    rf"(?:\b{_DEADLINE_NOUN}\b[^.;:!?]{{0,40}}?\s(?:bedraagt|beträgt|is|est de|est fixé à|"
    r"s'élève à|amounts to)"
    rf"|\b(?:bedraagt|beträgt|is|est)\s+(?:die|de|het|deze|der|diese|le|ce|the|this)\s+"
    rf"{_DEADLINE_NOUN}"
    rf"|\b(?:échéance du|expiry of the|afloop van de|ablauf der)\s+(?:term|{_DEADLINE_NOUN})\s+"
    r"(?:de|d'|of|van|von)"
    # "geldt een termijn van 90 dagen", "gilt eine Frist von", "s'applique un délai de"
    r"|\b(?:geldt|gelden|gilt|gelten|applies|apply|s'applique)\s+(?:een|eine|a|un|die|de|the|le)\s+"
    rf"(?:term|{_DEADLINE_NOUN})\s+(?:van|von|of|de|d'))\s*$",
    _I,
)
# "le délai de traitement, qui est en principe de 120 jours", "the time limit, which is in
# principle 120 days", "de behandelingstermijn, die in principe 120 dagen bedraagt", "die
# Bearbeitungsfrist, die grundsätzlich 120 Tage beträgt": the time limit's value in a
# relative clause after its noun
_DEADLINE_NOUN_WHICH = re.compile(
    rf"\b{_DEADLINE_NOUN}\b[^.;:!?\d]{{0,40}}?,?\s+(?:qui|which|that|die|dat|welche)\s+"
    r"(?:(?:est|is|bedraagt|beträgt|amounts to)\s+)?"
    r"(?:(?:en principe|normalement|généralement|in principle|normally|usually|in principe|"
    r"normaal|doorgaans|meestal|grundsätzlich|in der regel|normalerweise|im prinzip)\s+)?"
    r"(?:de\s+|of\s+)?$",
    _I,
)
# From half B: "dans le délai de 120 jours", "within the time limit of", "binnen de termijn van",
# "innerhalb der Frist von", and the end of one ("à l'expiration du délai de", "vanaf het
# verstrijken van de termijn van vier maanden", "at the expiry of the time limit of", "nach
# Ablauf der Frist von"): a time limit named by its noun is at most (GUIDE, label audit)
_IN_THE_TERM = re.compile(
    r"(?:\b(?:dans|in|within|binnen|innerhalb)\s+(?:le|the|de|der|la|het)\s+"
    r"|\b(?:échéance|expiration|expiry|end|afloop|verstrijken|ablauf|einde)\s+"
    r"(?:du|of the|of|van de|van het|der|de la|des)\s+)"
    rf"(?:term|{_DEADLINE_NOUN})\s+(?:de|d'|of|van|von)\s*$",
    _I,
)
# From half B: "De minister beschikt over twee maanden om …", "verfügt über zwei Monate, um …",
# "dispose de deux mois pour …", "has two months to …": the time one has to act
_DISPOSES_OF = re.compile(
    r"\b(?:beschikt|beschikken|beschik|verfügt|verfügen|verfügst|dispose|disposent|disposez)\s+"
    r"(?:nog\s+|noch\s+|encore\s+)?(?:over|über|de|d')\s*(?:(?:een|eine[nm]?|un|une)\s+"
    r"(?:termijn|frist|délai)\s+(?:van|von|de|d')\s*)?$",
    _I,
)
_TERM_OF = re.compile(rf"\b(?:term|{_DEADLINE_NOUN})\s+(?:of|van|de|d'|von)\s*$", _I)
_APPLIES_AFTER = re.compile(
    r"[^.;:!?\s]*\s+(?:applies|apply|geldt|gelden|gilt|gelten|s'applique|s'appliquent)\b", _I
)


# An age from which something is allowed: "as soon as you are 15", "zodra je 15 jaar bent",
# "dès que tu as 15 ans", "sobald du 15 Jahre alt bist" — said before the value, or by the
# lead-in of the list whose item opens with it ("…, sobald du: 15 Jahre alt bist").
_FROM_WHEN = re.compile(
    r"\b(?:as soon as|zodra|dès que|dès qu'|sobald)\b(?:\s+[^\s.;:,]+){0,3}\s*:?\s*$", _I
)


_TURNS_AFTER = re.compile(rf"\s(?:{alternation(LEX.becomes)})\b", _I)


def _from_when(left: str, block: Block, start: int) -> bool:
    if _FROM_WHEN.search(left):
        return True
    opens_item = block.kind == "list_item" and not block.text[:start].strip()
    return opens_item and bool(block.lead_ins) and bool(_FROM_WHEN.search(block.lead_ins[-1]))


def _not_reached(left: str, right: str) -> bool:
    """Whether the age before `right` is one not to have reached yet (a 'max' limit)."""
    return bool(_NOT_REACHED_BEFORE.search(left) or _NOT_REACHED_AFTER.match(right))


_OVER = re.compile(r"\b(?:over|above|boven(?: de)?|über|au-dessus de)\s+$", _I)
# "von über drei Monaten", "of over three months": over a period named right after it is more
# than it ("over a period of 5 years", "über einen Zeitraum von" name the window instead)
_OVER_PERIOD = re.compile(r"\b(?:über|(?:of|for) over)\s+$", _I)
_AT_LEAST_UNTIL = re.compile(
    r"\b(?:at least|au moins|minstens|ten minste|tenminste|mindestens|wenigstens)\s+"
    r"(?:until|up to|jusqu'à|jusqu'au|tot|bis|bis zum|bis zur)\b",
    _I,
)
_LESS_THAN = re.compile(
    r"^(?:less than|lower than|below|minder dan|lager dan|moins de|inférieure? à|weniger als|"
    r"niedriger als|unter)$",
    _I,
)
_NEXT_NUMBER = CaseBlind(rf"\d|{CURRENCY}")
_CITATION = re.compile(r"\bart(?:ikel|icle|\.)?\s*$", _I)
# "(art. 9, 8 KB 09/06/1999)", "(Art. 18, § 2, 5° DCBR, 16 May 2024)": a bracket opened by an
# article or a paragraph sign cites a legal text; its numbers and dates are the text's name.
_OPEN_CITATION = re.compile(r"\((?:art(?:ikel|icle|\.)?|§)\s*\d[^()]*$", _I)
# "74 611 euro divided by 12 = 6 217,58 euro per month", "/ 13,92": a year's pay turned into a
# month's (12 months, or 13.92 with the holiday pay and the thirteenth month) is a year's pay
# A sum times a factor ("6.606,69 euros x 12,85", "× 13,92") is a term of a computation
_TIMES_FACTOR = re.compile(r"\s*(?:x|×|\*)\s*\d")
_DIVIDED_BY_13_92 = re.compile(
    r"^\s*(?:[:/÷]|divided by|gedeeld door|divisé par|geteilt durch|dividiert durch)"
    r"\s*(?:13[.,]92|12)(?![\d.,]\d)",
    _I,
)
# How many times, in one word: "only once", "at most twice", "höchstens zweimal"
_TIMES = {
    "once": 1.0,
    "one time": 1.0,
    "eenmaal": 1.0,
    "une seule fois": 1.0,
    "einmal": 1.0,
    "twice": 2.0,
    "tweemaal": 2.0,
    "zweimal": 2.0,
    "thrice": 3.0,
    "driemaal": 3.0,
    "dreimal": 3.0,
}
_ONCE_WORDS = "|".join(_TIMES)
ONCE = re.compile(rf"\b(?:{_ONCE_WORDS})\b", _I)
_LEADING_VALUE = re.compile(rf"^\S*\d[\d.,]*|^{CURRENCY}\s*[\d.,]+", _I)
_UNITS_AND_RATES = re.compile(
    rf"(?<![\w])(?:{alternation(list(LEX.units) + list(LEX.per))}|€|eur|euros?)(?![\w])", _I
)
# The value before, its year, then a bracket: "au moins 52 229 € en 2021 (54 115 € en 2022)"
_BRACKET_AFTER = re.compile(
    r"^[\s\d.,]*(?:(?:in|en|im|voor|pour|für|for)\s+(?:19|20)\d\d\s*)?\(\s*$", _I
)
# "at most three years for experts and one year for trainees", "maximaal drie jaar voor
# experts en één jaar voor stagiairs": the second value of a parallel phrase, its bound shared
_FOR_WHOM_THEN_CONJUNCTION = re.compile(
    r"^\s*(?:for|voor|pour|für)\s+[^.;:,\d]{1,40}?\s(?:and|en|et|und|or|of|ou|oder)\s*$"
    # "ten minste 95 EUR per dag als u in een hotel logeert en 45 EUR": the case it is for
    # (German ends the first clause on its verb: "95 Euro pro Tag verfügen, wenn …, und 45")
    rf"|^\s*(?:[^\W\d]+\s*)?,?\s*(?:{alternation(LEX.conditional)})\s+(?:[^.;:,]|(?<=\d)\.){{1,70}}?,?\s"
    r"(?:and|en|et|und|or|of|ou|oder)\s*$",
    _I,
)
_JUST_CONJUNCTION = re.compile(
    r"^\s*(?:or|and|nor|of|noch|en|ou|et|ni|oder|und|weder|respectively)\s*(?:de\s+)?$", _I
)
# "within 90 days, instead of the usual 120 days", "minimaal drie weken, tegenover de
# gebruikelijke zes weken", "au lieu des 120 jours habituels", "statt der üblichen 120 Tage":
# the value a change replaces is the same kind of limit as the new one.
_REPLACES = re.compile(
    rf"(?<![\w])(?:{_CHANGE_CONNECTORS})\s+(?:(?:the|de|het|les|des|la|le|der|die|den|dem)\s+)?"
    r"(?:(?:usual|normal|current|gebruikelijke|normale|huidige|habituels?|habituelles?|"
    r"üblichen?|normalen?|bisherigen?)\s+)?$",
    _I,
)
_CONJUNCTION = CaseBlind(
    r"\b(?:and|en|et|und|but|maar|mais|aber|while|terwijl|alors que|während|nor|ni)\s"
)
_RIGHT_MIN = (
    "or over",
    "and over",
    "and older",
    "or above",
    "et plus",
    "of ouder",
    "en ouder",
    "oder älter",
    "und älter",
    "or more",
    "of meer",
    "ou plus",
    "oder mehr",
    # "3 weeks or longer", "3 weken of langer", "3 semaines ou davantage", "3 Wochen oder länger"
    "or longer",
    "of langer",
    "ou davantage",
    "ou plus longtemps",
    "oder länger",
    "or older",
    "of ouder",
    "minimum",
    "au minimum",
    "minimaal",
    "min",
    "at least",
    "at the earliest",
    "ten minste",
    "minstens",
    "au moins",
    "mindestens",
    "ten vroegste",
    "au plus tôt",
    "frühestens",
    # verb-final exceeding: "sofern ihre Entlohnung 83.135 Euro übersteigt", "wordt de grens
    # van 90 dagen overschreden"
    "übersteigt",
    "übersteigen",
    "überschreitet",
    "überschreiten",
    "overschrijdt",
    "overschrijden",
    "overschreden",
    "is exceeded",
    "are exceeded",
    "est dépassé",
    "sont dépassés",
    "sont dépassées",
    "wordt overschreden",
    "worden overschreden",
    "wird überschritten",
    "werden überschritten",
    # "une fois les 90 jours dépassés", "sind die 90 Tage überschritten": passed, so more
    "dépassé",
    "dépassés",
    "dépassées",
    "überschritten",
    "exceeded",
)
_RIGHT_MAX = (
    "maximum",
    "au maximum",
    "maximaal",
    "max",
    "or less",
    "or fewer",
    "of minder",
    "ou moins",
    "oder weniger",
    # "25 years old or younger", "25 jaar of jonger": the age and no older (as "or older")
    "or younger",
    "of jonger",
    "ou moins âgé",
    "oder jünger",
    "at most",
    "at the latest",
    "at the most",
    "hoogstens",
    "ten hoogste",
    "au plus",
    "au plus tard",
    "höchstens",
    "spätestens",
    "uiterlijk",
    "maximal",
    # "twintig uren per week niet overschrijdt": a negated exceed after the value
    "does not exceed",
    "do not exceed",
    "not exceeding",
    "niet overschrijdt",
    "niet overschrijden",
    "niet overschrijdt",
    "ne dépasse pas",
    "ne dépassent pas",
    "n'excède pas",
    "nicht überschreitet",
    "nicht überschreiten",
    "nicht übersteigt",
    "nicht übersteigen",
    # German ends on the verb: "auf ein Jahr begrenzt" ("beperkt tot", "limited to" before it)
    "begrenzt",
    "beschränkt",
    # the infinitive of exceeding after the value is a ceiling not to pass: "zonder drie jaar
    # te overschrijden", "ohne drei Jahre zu überschreiten", "um 90 Tage nicht zu
    # überschreiten" (as "sans pouvoir dépasser", "without exceeding" before it)
    "te overschrijden",
    "niet te overschrijden",
    "zu überschreiten",
    "zu übersteigen",
    "nicht zu überschreiten",
    "nicht zu übersteigen",
)
# "4 months before expiry at the earliest", "2 maanden vóór het verstrijken uiterlijk": the
# edge of a window said after the event it is counted from (GUIDE: earliest `min`, latest `max`)
_EARLIEST = ("at the earliest", "ten vroegste", "au plus tôt", "frühestens")
_LATEST = ("at the latest", "ten laatste", "uiterlijk", "au plus tard", "spätestens")
_EDGE_AFTER_EVENT = re.compile(
    r"\s+(?:before|after|prior to|voor|vóór|na|avant|après|vor|nach)\s+(?:[\w'-]+\s+){0,4}?"
    rf"(?P<edge>{alternation(_EARLIEST + _LATEST)})(?![\w])",
    _I,
)
_RIGHT_BOUND = re.compile(
    rf"^\s*(?:old|oud|alt)?\s*\(?(?:{alternation(_RIGHT_MIN + _RIGHT_MAX)})\.?\)?(?![\w])", _I
)
ARTICLES = {"een", "ein", "eine", "einen", "einem", "einer", "un", "une"}
UNIT_NAMES = {
    "days": "days",
    "weeks": "weeks",
    "months": "months",
    "years": "years",
    "hours": "hours",
}


# "achttien (18) jaar", "eighteen (18) years", "dix-huit (18) ans", "achtzehn (18) Jahre":
# a number in words restated in digits in brackets is one statement; the scan reads the word
# (as its digits) straight on to its unit, the bracket blanked
# (where the two differ, as after an edit of the digits, the digits are what the page says)
_RESTATED_DIGITS = re.compile(r"(?<![\d.,])(?P<n>\d+)\s*(?P<bracket>\(\s*(?P<d>\d+)\s*\))")


def _without_restated_digits(text: str, scan: str) -> str:
    for m in _RESTATED_DIGITS.finditer(scan):
        start, end = m.span("n")
        word = _WORD.match(text, start)
        if not text[start].isalpha() or not word or len(m.group("d")) > word.end() - start:
            continue  # the first is a number word: "eighteen (18)"
        digits = m.group("d").ljust(end - start)
        b_start, b_end = m.span("bracket")
        scan = scan[:start] + digits + scan[end:b_start] + " " * (b_end - b_start) + scan[b_end:]
    return scan


@fast_init  # frozen, built without a setattr call a field (parsers.frozen)
@dataclass(frozen=True)
class Amount:
    """One statement of a quantity on a page, as extracted.

    - ``kind``, ``unit``, ``per``, ``bound``: words of `parsers/vocab.py`; ``unit`` is None
      for a date, ``per`` None when no rate is stated.
    - ``value``, ``value_max``: the number (3.703,44 -> 3703.44), and the upper end of a
      range; both None for a date.
    - ``date_value``: the day of a `date` amount.
    - ``quote``: the sentence (list item, table cell) it was read from, as published.
    - ``section``: the heading path above it, "A > B > C".
    - ``block_index``, ``start``: the block and the offset in its text, for reading order.
    - ``context``: the words just before the value: part of the amount's slot identity.
    """

    kind: str
    value: float | None
    value_max: float | None
    unit: str | None
    per: str | None
    bound: str
    date_value: date | None
    quote: str
    section: str
    block_index: int
    start: int
    context: str


_MORE_WORDS = (
    "ouder",
    "groter",
    "langer",
    "meer",
    "hoger",
    "older",
    "larger",
    "bigger",
    "longer",
    "more",
    "higher",
    "greater",
    "plus",
    "älter",
    "größer",
    "länger",
    "mehr",
    "höher",
)
# "Eerder dan 6 maanden indienen heeft geen zin", "earlier than", "plus tôt que", "früher als":
# the furthest ahead one may go, as "at the earliest" (GUIDE: `min`), "no earlier than" too
_EARLIER_WORDS = ("eerder", "earlier", "tôt", "früher")
_LESS_WORDS = (
    "jonger",
    "kleiner",
    "korter",
    "minder",
    "lager",
    "younger",
    "smaller",
    "shorter",
    "less",
    "lower",
    "fewer",
    "moins",
    "jünger",
    "kürzer",
    "weniger",
    "niedriger",
)
_COMPARATIVE = CaseBlind(
    rf"\b(?P<word>{alternation(_MORE_WORDS + _LESS_WORDS + _EARLIER_WORDS)})"
    r"(?:\s+[\w']+){0,3}?\s+"
    r"(?:dan|than|que|qu'|als)\s*(?:€|eur|euro)?\s*$"
)


def _comparative(window: str, lower: str | None) -> str | None:
    """'jonger is dan 13', 'niet groter zijn dan 20': a comparison with words in between."""
    match = next(_COMPARATIVE.finditer(window, lower), None)
    if not match:
        return None
    clause = _CLAUSE_OR_COMMA.split(window[: match.start()])[-1]
    negated = _negates(clause)
    if match.group("word").lower() in _EARLIER_WORDS:
        return "min"  # "niet eerder dan", "no earlier than": at the earliest, negated or not
    if match.group("word").lower() in _LESS_WORDS:
        return "min" if negated else "max"
    return "max" if negated else "min"


# "namely €2,131.28", "dit is 1.524,612 €", "which currently amounts to EUR 2,070.48": the
# value restates a reference the sentence has already bounded ("higher than the minimum …",
# "ten minste gelijk aan 120% van het bedrag …")
_RESTATED = re.compile(
    r"(?:(?:\bnamely|\bthat is|\bwhich (?:[\w']+ ){0,2}(?:is|amounts to|comes to)"
    r"|\b(?:this|it) (?:is|amounts to|comes to)"
    r"|\bdit is|\bdat is|\bis dat|\bnamelijk|\bdat wil zeggen|\boftewel"
    r"|\bsoit|\bc'est-à-dire|\bà savoir|\bdas sind"
    r"|\bs'élève à|\bs'élèvent à|\bsind das|\bist das|\bbeträgt (?:er|es|sie|dieser|dieses)"
    r"|\bdas ist|\bdas heißt|\bnämlich"
    # a total the value makes up: "making a total of", "soit un total de", "of in totaal",
    # "insgesamt also"
    r"|(?P<total>\b(?:making|makes|make) a total of|\bin total|\bun total de|\bau total"
    r"|\bin totaal|\bin het totaal|\binsgesamt(?: also)?))\b"
    # abbreviations end on their dot: "i.e. 604 EUR", "d. h. 604 EUR", "c.-à-d.", "d.w.z."
    r"|\bi\.\s?e\.|\bd\.\s?h\.|\bc\.-à-d\.|\bd\.w\.z\.|\bm\.a\.w\.)[^.;:]{0,40}$",
    _I,
)


# A bound whose value is a person's age or a period ("onder de 30 jaar", "at least 3 years")
_PERIOD_AHEAD = re.compile(rf"^\s*(?:[^\s\d]+\s+){{0,2}}?{DIGITS}\s*(?:{_UNIT_WORDS})(?![\w'])", _I)


# A figure right after a bound word, an article between at most: the bound is that figure's
_NUMBER_RIGHT_AFTER = re.compile(r"^\s*(?:(?:de[mnr]?|du|le|la|the|het)\s+)?\d")


def _restated_bound(before: str, kind: str) -> str | None:
    """The bound of the comparison a restated value stands for, earlier in its sentence
    (`before`: the sentence up to the value). A value of the same kind bounded there is
    converted, not restated: "dépasse 39.353 €, soit 3.279,40 € par mois" stays exact."""
    marker = _RESTATED.search(before, max(0, len(before) - 60)) or _BRACKET_OPEN.search(before)
    if not marker:
        return None
    if marker.re is _RESTATED and marker.group("total") and kind != "money":
        return None  # a total restates a sum ("making a total of 7,248 EUR"), not a period
    head = before[: marker.start()]
    last = None
    for last in _BOUND.finditer(head, lowered(head)):  # noqa: B007 - the last one counts
        pass
    compared = None
    for compared in _COMPARED.finditer(head, lowered(head)):  # noqa: B007 - the last one
        pass
    if compared is not None and (last is None or compared.end() > last.end()):
        last = compared  # "mag niet minder bedragen dan het minimum … (670 EUR)"
    compound = None
    for compound in _COMPOUND_BOUND.finditer(head):  # noqa: B007 - the last one counts
        pass
    if compound is not None and (last is None or compound.end() > last.end()):
        between = head[compound.end() :]  # "Het minimumbedrag dat … vraagt, d.w.z. 604 EUR",
        # "Der verlangte Mindestbetrag, d. h. 604 EUR": the bound inside the noun restated
        if _ANY_CURRENCY.found_in(between) if kind == "money" else _holds_value(between):
            return None
        return "min" if compound.group("bound").lower().startswith("min") else "max"
    if last is None:
        return None
    between = head[last.end() :]
    if kind == "money" and _PERIOD_AHEAD.match(digits_for_words(between)):
        return None  # "onder de 30 jaar … Voor 2024 is dat € 37.305,6": the age's bound;
        # "meer dan drie maanden (30,30 euro)": the months'
    if _ANY_CURRENCY.found_in(between) if kind == "money" else _holds_value(between):
        return None
    if marker.re is _BRACKET_OPEN and _ANY_DIGIT.search(between):
        return None  # "minstens € 55.431 vanaf 01/01/2020 (3.982,11 €": 'vanaf' is the date's
    if _NUMBER_RIGHT_AFTER.match(between):
        return None  # "Vanaf 01.10.2024 worden de drempels … berekend als een percentage van
        # het gemiddelde brutomaandloon, namelijk € 4.604": 'vanaf' bounds the date
    if last is compared:
        return _comparative(head[: last.end()] + " ", lowered(head[: last.end()] + " "))
    return _left_bound(head[: last.end()] + " ")


# "… less than the minimum a student needs each month (EUR 670)": a value in brackets right
# after the reference it names restates it, like "namely"
_BRACKET_OPEN = re.compile(r"\(\s*$")
_PERIOD_THEN_BRACKET = re.compile(
    rf"\d\s*(?:{_UNIT_WORDS})(?![\w'])\s*\(\s*(?:€|eur\w*)?\s*$", _I
)
# A comparison with words between its two halves, anywhere before ("niet minder bedragen dan")
_COMPARED = CaseBlind(
    rf"\b(?P<word>{alternation(_MORE_WORDS + _LESS_WORDS)})(?:\s+[\w']+){{0,3}}?\s+"
    r"(?:dan|than|que|qu'|als)(?![\w])"
)


def _holds_value(text: str) -> bool:
    """Whether a stretch of text states a value of its own: a digit, a unit word or a number
    word other than an article ("une durée totale d'" holds none)."""
    words = text.lower().split()
    return any(char.isdigit() for char in text) or any(
        word in LEX.units or (word in LEX.numbers and word not in ARTICLES) for word in words
    )


_UP_TO_WORDS = ("up to", "jusqu'à", "jusqu'au", "bis zu", "bis auf", "tot", "tot maximaal")


_NOUN_RIGHT_BEFORE = re.compile(
    r"\b(?:montant|revenu|salaire|seuil|durée|délai|période|âge|bedrag|duur|termijn|amount|"
    r"salary|income|threshold|period|betrag|dauer|frist)\s+$",
    _I,
)


# "up to now", "until now", "tot nu toe", "tot op heden", "jusqu'à présent", "jusqu'ici",
# "bis jetzt", "bis heute", "bis dato": a time phrase, whatever bound its first word makes
_UNTIL_NOW = re.compile(
    r"(?:up\s+to|until|till|tot)\s+(?:now|today|date|the\s+present|nu(?:\s+toe)?|op\s+heden|"
    r"heden|vandaag)\b|jusqu['’](?:à\s+(?:présent|maintenant|aujourd['’]hui|ce\s+jour)|ici)"
    r"|bis\s+(?:jetzt|heute|dato|zum\s+heutigen\s+tag|anhin)\b",
    _I,
)


def _left_bound(left: str) -> str | None:
    """The bound phrase ending closest to the value, within a few words of it."""
    window = left[-60:]
    lower = lowered(window)
    comparative = _comparative(window, lower)
    if comparative:
        return comparative
    best = None
    for match in _BOUND.finditer(window, lower):
        gap = window[match.end() :]
        # the noun bounded may stand between ("minstens tot de leeftijd van"), or before the
        # bound as French puts it ("le montant minimum a été fixé à 679 euros")
        named = _AGE_GAP.search(gap) or _NOUN_RIGHT_BEFORE.search(window, 0, match.start())
        allowed = 6 if named and not _holds_value(gap) else 3
        # "minstens tot de leeftijd van 17 jaar", but not "höchstens fünf Monate in einem
        # Zeitraum von zwölf Monaten": the bound there is the first value's
        # a colon right before the value announces it: "above a set amount: 84,837 euro",
        # "supérieur à un certain seuil : 86.029 euros"
        if len(gap.split()) <= allowed and not _CLAUSE_MARK.search(gap.rstrip(" :")):
            best = match
    if best is None:
        return None
    phrase = _SPACE_RUN.sub(" ", best.group(0).lower())
    bound = LEX.bounds.get(phrase)
    before = window[max(0, best.start() - 24) : best.start()]
    if phrase in _UP_TO_WORDS and _CHANGE_VERB.found_in(before):
        return None  # "the amount went up to EUR 66,942", "a augmenté jusqu'à": the new value
    if _UNTIL_NOW.match(window, best.start()):
        return None  # "cette limite était jusqu'à présent fixée à 5 jours": until now, a time
        # phrase, not "up to" (round 18, half B)
    if bound == "max" and _AT_LEAST_UNTIL.search(window[max(0, best.start() - 16) : best.end()]):
        return "min"  # "au moins jusqu'à l'âge de 17 ans": schooling of at least that long
    clause = _CLAUSE_OR_COMMA.split(window[: best.start()])[-1]
    if bound == "min" and _MORE_THAN.match(phrase) and _negates(clause):
        return "max"  # "may not be valid for more than 1 year"
    if bound == "max" and _LESS_THAN.match(phrase) and _negates(clause):
        return "min"  # "ne peut être inférieure à 2.070,48 €"
    if bound == "max" and _LIMITED_TO.match(phrase) and _negates(clause):
        return "min"  # "zijn niet beperkt tot negentig dagen geldig": valid for longer
    return bound


# "limited to", "beperkt tot", "limité à", "beschränkt auf": a limit, which a negation lifts
_LIMITED_TO = re.compile(
    r"^(?:limited to|restricted to|beperkt tot|limitée?s? à|restreinte?s? à|begrenzt auf|"
    r"beschränkt auf)$",
    _I,
)


_UNIT_FIRST = re.compile(rf"^\s*(?:{_UNIT_WORDS})(?![\w'])", _I)


_YEAR_AT_END = re.compile(r"(?<![\d.,])(?:19|20)\d\d$")


def _own_left(text: str, start: int, left: str) -> str:
    """The left window less a bound right after the value before it (its unit between): in
    'for 90 days at most over a period of 180 days' the 'at most' is the 90 days'."""
    before = text[: start - len(left)].rstrip()
    if not before or not before[-1].isdigit() or _YEAR_AT_END.search(before):
        return left  # "vanaf 1 januari 2017 minimum € 40.124": a year has no bound of its own
    rest = _UNIT_FIRST.sub("", left, 1)
    theirs = _RIGHT_BOUND.match(rest)
    return rest[theirs.end() :] if theirs else left


# "within a period of 180 days", "binnen een periode van", "sur une période de", "innerhalb
# eines Zeitraums von": the window days are counted in; "a maximum period" keeps its bound.
_PERIOD_WINDOW = re.compile(
    r"\b(?:within|binnen|innerhalb|dans|sur|over|in)\s+"
    r"(?:a|an|any|each|every|een|elke|iedere|une|toute|chaque|eines|einem|jedem|the|de|la)\s+"
    r"(?:period|periode|période|zeitraums?|tijdspanne)\s+(?:of|van|de|d'|von)\s*$",
    _I,
)
# "within a 180-day period", "in any 180-day period": the number is the window's own
_NOUN_OF_PERIOD = re.compile(r"\s*(?:period|periode|période|zeitraum)\b", _I)
# "during the first 3 months", "tijdens de eerste 3 maanden", "in den ersten 3 Monaten", "les
# 3 premiers mois": a stretch counted from the start, no limit (even after "may")
_ORDINAL_STRETCH = re.compile(r"\b(?:first|eerste|ersten|erste)\s*$", _I)
_ORDINAL_AFTER = re.compile(r"\b(?:premiers|premières)\b", _I)
# "before turning 18", "voordat het 18 jaar wordt", "avant d'avoir 18 ans", "bevor es 18
# Jahre alt wird": an age reached after the thing is younger than it (a birthday is the day)
_BEFORE_TURNING = re.compile(
    r"\b(?:before\s+(?:turning|being|reaching(?:\s+the\s+age\s+of)?"
    r"|(?:he|she|they|you|it)\s+(?:is|are|turns?))"
    r"|(?:voordat|vóór|voor)\s+(?:het|hij|zij|ze|u|je|men)(?:\s+de\s+leeftijd\s+van)?"
    r"|avant\s+(?:d'avoir|d’avoir|d'atteindre\s+l'âge\s+de|ses|son|leurs)"
    r"|bevor\s+(?:er|sie|es|du|man)(?:\s+das\s+alter\s+von)?)\s*$",
    _I,
)
_AGE_HEADER = re.compile(r"(?:\bage|leeftijd|\bâge|alter)\b", _I)
# Bounds that only say "within" a time: "dans les deux cas" is "in both cases".
_TIME_ONLY_BOUND = re.compile(
    r"\b(?:within|binnen|dans les|dans un délai d[e']|endéans|innerhalb(?: von)?)\s+\S*\s*$", _I
)
# A limit granted or only allowed (GUIDE.md: "mag maar 156 dagen", "mogen per jaar 100
# dagen werken", "dann mag hij nog 35 dagen", "may only work 20 hours", "ne peut travailler
# que 20 heures", "darf nur 90 Tage"), and a time one has to do something ("you have fifteen
# working days to supply", "u hebt 30 dagen om", "vous disposez de 15 jours pour"): at most.
# "only" and the French "ne … que" before a value, for every kind: "ne vaut que pour un seul
# employeur", "mag maar 30 dagen", "darf nur noch 35 Tage" (one vocabulary for counts and
# periods alike).
_ONLY = re.compile(
    r"(?:\b(?:only|just|maar|slechts|alleen|nur|lediglich|seulement|"
    # "ainsi que 2 photos", "de même que", "tel que", "plus que": "que" joining, not "only"
    r"(?<!ainsi )(?<!même )(?<!tel )(?<!telle )(?<!tels )(?<!telles )(?<!bien )(?<!parce )"
    r"(?<!alors )(?<!afin )(?<!avant )(?<!sans )(?<!plus )(?<!moins )(?<!autant )(?<!aussi )"
    r"(?<!pendant )(?<!dès )(?<!lors )(?:que|qu'))(?:\s+(?:nog|noch))?"
    # "gilt nur für einen einzigen Arbeitgeber", "mag alleen werken bij één werkgever", "is
    # valid only for one employer": "only" before the preposition of what the value names
    r"(?:(?:\s+(?:werken|work|arbeiten|travailler))?\s+(?:for|with|at|voor|bij|met|für|bei|"
    r"mit|pour|chez|auprès d'|auprès de))?"
    r"|\bne\s+[\w']+\s+que(?:\s+(?:pour|à|dans))?)\s*$",
    _I,
)
# A sentence that tells past figures ("were refused", "waren er", "il y a eu", "gab es"): an
# "only" in it describes the figure and limits nobody (GUIDE, check part 5's settled cases).
_PAST_FIGURES = re.compile(
    r"\b(?:were|was|there were|had been|werden|werd|waren|"
    r"(?:il\s+)?n?'?y a eu|ont été|a été|étaient|avaient|gab es|wurden|wurde|waren|lebten)\b",
    _I,
)
# "kann", "may", "peut", "mag": a permission, whose "only" limits the reader (parsers/lexicons)
_PERMISSION = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.modals)})(?![\w])")
# A permission, or a right to do something ("ont le droit de travailler 46 jours par an"):
# the figure it grants is the most one may
# "only pay", "betalen slechts", "ne paient que", "zahlen nur" right before a sum: what one
# pays is limited to it (GUIDE: "only" makes a limit, as "ne paie qu'une seule redevance")
_PAY_VERB = r"(?:pay|pays|paying|betalen|betaalt|betaal|paie|paient|payez|payer|zahlen|zahlt|zahle)"
_ONLY_WORD = r"(?:only|just|slechts|maar|alleen|nur|lediglich|seulement)"
# "may only … during the first 90 days", "mag alleen/enkel …", "ne peut … que pendant",
# "darf nur …": "only" anywhere in a permission's clause narrows it to a limit (round 18)
_ONLY_PERMITTED_IN = re.compile(
    r"\b(?:only|slechts|alleen|enkel|uitsluitend|nur|lediglich|ausschließlich|seulement|"
    r"uniquement)\b|\b(?:ne\s|n['’])[^.;:]*?\bqu(?:e\b|['’])",
    _I,
)
_ONLY_PAYS = re.compile(
    rf"(?:\b{_ONLY_WORD}\s+(?:[\w']+\s+)?{_PAY_VERB}|\b{_PAY_VERB}\s+(?:[\w']+\s+){{0,3}}{_ONLY_WORD}"
    rf"|\bne\s+{_PAY_VERB}\s+(?:plus\s+)?qu[e'])\s*$",
    _I,
)
_MAY = re.compile(
    r"\b(?:may|mag|mogen|magst|peut|peuvent|pouvez|darf|dürfen|darfst"
    # "qui pourra être délivré pour 3 ans": the future and conditional of "pouvoir" (round 18)
    r"|pourra|pourront|pourrez|pourrait|pourraient|zullen mogen|zal mogen|wird dürfen"
    r"|(?:has|have) the right to|(?:heeft|hebben|hebt) het recht (?:om|te)"
    r"|(?:a|ont|avez) le droit de|(?:hat|haben|habt) das recht)\b",
    _I,
)
# "dispose d'un délai de trente jours", "has a period of 15 days", "heeft een termijn van",
# "hat eine Frist von": the time one has, named by its noun
_TIME_NOUN = (
    r"(?:(?:a|an|een|un|une|eine|einen)\s+)?(?:period|time limit|deadline|periode|termijn|délai|"
    r"période|frist|zeitraum)\s+(?:of|van|de|d'|von)\s*"
)
_HAS_TIME = re.compile(
    r"\b(?:(?:have|has|still have|hebt|heeft|hebben|heb|avez|(?:il|elle|on) a|ont|haben|hat|"
    r"habt|hast)\s+|(?:disposez|dispose|disposent)\s+(?:de\s+|d'))"
    rf"(?:nog\s+|noch\s+|encore\s+|still\s+)?(?:{_TIME_NOUN})?$",
    _I,
)


# "has one full day off a week", "heeft één vrije dag", "a droit à un jour de repos": a day
# one is given, not the time one has to act nor a permission's limit (GUIDE: "one full day off"
# is a duration, no bound)
_REST = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.rest)})(?![\w])")
# "mag drie maanden vrij reizen", "darf drei Monate frei reisen", "circuler librement": free to
# move, a permission's words, not a day off (round 18: the GUIDE's "may travel freely")
_FREE_TO_MOVE = re.compile(
    r"\b(?:vrij|frei|libre(?:ment)?)\s+(?:reizen|rondreizen|bewegen|verblijven|verhuizen|"
    r"circuleren|reisen|bewegen|aufhalten|umziehen|verkehren|circuler|voyager|séjourner)\b",
    _I,
)


# "you will only receive a 120 days visa", "krijgt u enkel een visum van", "ne reçoit qu'un",
# "erhält nur ein": the period of what one is given, limited by "only", right before it
_RECEIVE = (
    r"(?:receive|receives|get|gets|krijgt|krijg|krijgen|ontvangt|ontvang|ontvangen|erhält|"
    r"erhalten|bekommt|bekommen)"
)
_ONLY_GETS = re.compile(
    rf"(?:\b(?:only|enkel|slechts|alleen|maar|nur|lediglich)\s+(?:[\w']+\s+)?{_RECEIVE}"
    rf"|\b{_RECEIVE}\s+(?:[\w']+\s+)?(?:only|enkel|slechts|alleen|maar|nur|lediglich)"
    r"|\bne\s+(?:reçoit|reçoivent|recevez|recevra|recevrez|obtient|obtenez|obtiendra)\s+qu['’]"
    r")\s*(?:a|an|een|un|une|ein|eine|einen)?\s*"
    # "qu'un visa de 120 jours", "nur ein Visum von 120 Tagen": the thing, then its length
    r"(?:[^\W\d]+\s+(?:de|d['’]|von|van|of)\s*)?$",
    _I,
)
# "only receive a visa valid for 120 days", "krijgt enkel een visum voor 120 dagen", "ne
# reçoit qu'un visa valable 120 jours", "erhält nur ein Visum für 120 Tage"
_ONLY_FOR = re.compile(
    r"(?:\b(?:only|slechts|enkel|alleen|nur|lediglich)|\bqu['’])(?:\s*[\w'’-]+){1,5}\s+"
    r"(?:valid for|for|geldig voor|voor|valable(?: pour)?|pour|gültig für|für)\s*$",
    _I,
)


# "may only apply again after 2 years", "mag pas … na", "ne peut … qu'après", "darf erst …
# nach": a permission given only after the value, a waiting time (GUIDE: at the earliest is
# min), not a limit ("You only get a reply after 3 weeks" has no permission: a processing time)
_ONLY_THEN_AFTER = re.compile(
    r"\b(?:only|pas|erst|seulement|uniquement|qu['’])\b[^.;:]{0,40}?\b(?:after|na|nach|après)\s+$",
    _I,
)


# "can", "kan", "kann", "kunnen", "können": the modal of ability English, Dutch and German put
# where French puts "peut" (already in _MAY); a limit only with "before" after the value and an
# act one does ahead (renew, apply, file): how far ahead one may go (GUIDE, round-16 audit)
_CAN_AHEAD = re.compile(r"\b(?:can|kan|kunnen|kann|können|kannst|könnt)\b", _I)
_AHEAD_AFTER = re.compile(
    r"\s*(?:before|prior\s+to|in\s+advance|ahead|vooraf|voor|vóór|op\s+voorhand|vor|"
    r"im\s+voraus|avant|à\s+l['’]avance)\b",
    _I,
)
_PERMITTED_IS = re.compile(
    r"\b(?:permitted|allowed|authori[sz]ed|toegestane?|toegelaten|autorisée?s?|permise?s?|"
    r"admise?s?|erlaubte[nrs]?|zulässige[nrs]?|gestattete[nrs]?)\s+[^\W\d]+\s+"
    r"(?:is|are|extends\s+to|amounts\s+to|runs\s+to|bedraagt|loopt\s+tot|is|est\s+de|est|"
    r"s['’]étend\s+à|va\s+jusqu['’]à|beträgt|ist|erstreckt\s+sich\s+auf)\s+$"
    # "l'absence autorisée est de deux ans": French puts the adjective after the noun
    r"|\b[^\W\d]+\s+(?:autorisée?s?|permise?s?|admise?s?)\s+"
    r"(?:est\s+de|est|s['’]étend\s+à|va\s+jusqu['’]à)\s+$",
    _I,
)
# an obligation after the modal: "can …, and must be filed 2 months before" is a deadline
_MUST_AFTER_CAN = re.compile(
    r"\b(?:can|kan|kunnen|kann|können)\b.*\b(?:must|has to|have to|moet|moeten|doit|doivent|"
    r"muss|müssen)\b",
    _I,
)
_ACT_AHEAD = re.compile(
    r"\b(?:extend(?:ed)?|renew(?:ed)?|appl(?:y|ied)|submit(?:ted)?|fil(?:e|ed)|lodged?|"
    r"verleng\w*|vernieuw\w*|hernieuw\w*|aangevraagd|aanvragen|ingediend|indienen|"
    r"renouvel\w*|prolong\w*|demand\w*|introdui\w*|"
    r"verlänger\w*|erneuer\w*|beantrag\w*|eingereicht|einreichen|gestellt|stellen)\b",
    _I,
)


def _granted_limit(left: str, just_before: str, right: str) -> str | None:
    """'max' for a period or hours stated as a permission, with 'only', or as the time one
    has (`left`: the clause before the value, `just_before`: its last characters, whatever
    the clause, `right`: after it); None otherwise. A negated modal ("mag niet …") is a bound
    phrase's business, and an example ("al 65 dagen gewerkt") has no modal."""
    if _ONLY_THEN_AFTER.search(left) and _PERMISSION.found_in(left):
        return "min"  # "you may only apply again after 2 years", "kann … erst wieder nach":
        # a waiting time, at the earliest then
    if _ONLY.search(just_before):  # "mag … maar 30 dagen": 'maar' also cuts a clause
        return "max"
    if _ONLY_FOR.search(left) or _ONLY_GETS.search(left):
        return "max"  # "will only receive a visa valid for 120 days", "only receive a 120 days
        # visa": what one gets is limited
    if _HAS_TIME.search(left) and not _TENURE_AFTER.match(right):
        return "max"
    if _PERMITTED_IS.search(left) and not _NEGATION.search(left):
        return "max"  # "the permitted absence extends to two years", "de toegestane
        # afwezigheid bedraagt twee jaar": the most one is allowed (GUIDE, round-16 audit)
    own = left.rsplit("(", 1)[-1]  # "can be renewed (a new application must be made 2 months
    # before …)": the bracket is a clause of its own, with its own modal
    if (
        _CAN_AHEAD.search(own)
        and _AHEAD_AFTER.match(right)
        and _ACT_AHEAD.search(own + right)
        and not _NEGATION.search(own)
        and not _MUST_AFTER_CAN.search(own)
    ):
        return "max"  # "The card can be renewed 6 months before it expires", "kann 6 Monate
        # vor Ablauf verlängert werden": how far ahead one may go (GUIDE, round-16 audit)
    if (
        _MAY.search(left)
        and not _NEGATION.search(left)
        and not _THING_VALID.search(left)
        and not (_RELATIVE_END.search(left) and _VALID_AFTER.match(right))
        and not _CHANGED_TO.search(left)
        and not (_TO_BEFORE.search(left) and _CHANGED_AFTER.match(right))
    ):
        return "max"
    return None


# "may be reduced to two years", "peut être ramené à deux ans", "kan verkort worden tot twee
# jaar", "darf auf zwei Jahre verkürzt werden": a length changed to the value names the new
# length; the modal allows the change and limits nothing (exact, as without the modal)
_CHANGED_TO_VERB = (
    r"(?:reduced|shortened|extended|increased|raised|lowered|cut|brought(?:\s+down|\s+back)?|"
    r"réduite?s?|ramenée?s?|portée?s?|prolongée?s?|allongée?s?|raccourcie?s?|abaissée?s?|"
    r"relevée?s?|augmentée?s?|verkort|verlengd|verhoogd|verlaagd|teruggebracht|ingekort|"
    r"gebracht|verkürzt|verlängert|erhöht|gesenkt|herabgesetzt|reduziert|angehoben)"
)
_CHANGED_TO = re.compile(
    rf"\b{_CHANGED_TO_VERB}\s+(?:(?:worden|werden)\s+)?(?:to|à|tot|op|auf)\s+"
    # "reduced to two or three years": the second value of the pair
    r"(?:[\w.,-]+\s+(?:or|and|ou|et|of|en|oder|und)\s+)?$",
    _I,
)
# "darf auf zwei Jahre verkürzt werden", "mag tot twee jaar ingekort worden": the verb after
_TO_BEFORE = re.compile(r"\b(?:auf|tot|to|à)\s+(?:[\w.,-]+\s+(?:oder|of|or|ou)\s+)?$", _I)
_CHANGED_AFTER = re.compile(
    rf"[^\W\d]*(?:\s+(?:oder|of|or|ou)\s+[\w.,-]+\s+[^\W\d]+)?\s*{_CHANGED_TO_VERB}\b", _I
)


# "vous pouvez demander une carte A valable un an", "you may apply for a card valid for one
# year": the modal is the asking's, the period the validity of the thing asked for (exact);
# "the card may be valid for 1 year" is the validity's own limit
# "een A-kaart aanvragen die één jaar geldig is": the same, Dutch putting the validity after
_RELATIVE_END = re.compile(r"\b(?:die|dat|which is|that is|qui est|qui sont)\s+$", _I)
_VALID_AFTER = re.compile(r"\s*(?:geldig|gültig|valid|valable)\b", _I)
_THING_VALID = re.compile(
    r"(?<!être )(?<!\bbe )(?<!zijn )(?<!sein )(?<!werden )\b(?:valables?|valid(?: for)?|"
    r"geldig(?: voor)?|gültig(?: für)?)\s*$",
    _I,
)


def _per(text: str) -> str | None:
    match = next(_PER.finditer(text, lowered(text)), None)
    return LEX.per.get(_SPACE_RUN.sub(" ", match.group(0).lower())) if match else None


def _near_per(left: str, before: str = "") -> str | None:
    """A rate before a period, hours or a count, within three words of it ("mogen per jaar
    100 dagen werken"); an adjective further back describes another noun: "pour le contrôle
    annuel lorsque l'administration lui a accordé une autorisation de plus d'un an" is no rate.
    `before`: the text before the value (`left` is its end), to see the rate's own clause.
    """
    last = None
    for last in _PER.finditer(left, lowered(left)):  # noqa: B007 - the last one counts
        pass
    if last is None or len(left[last.end() :].split()) > 3:
        return None
    before = before or left
    at = len(before) - len(left) + last.start()  # the rate's place in `before`
    if _CLAUSE_MARK.search(left, last.end()) and _ANY_DIGIT.search(
        _CLAUSE_MARK.split(before[:at])[-1]
    ):
        return None  # "gagne moins de 5 000 € par mois : 2 copies": the rate of the sum its
        # clause ends on ("Par an : 100 jours" keeps it: the clause holds no value)
    return LEX.per.get(_SPACE_RUN.sub(" ", last.group(0).lower()))


def _right_window(text: str, scan: str, end: int) -> str:
    """The words after a value, up to the clause end or the next value."""
    rest = text[end : end + 50]
    ahead = scan[end : end + 50]
    stop = next(_NEXT_NUMBER.finditer(ahead, lowered(ahead)), None)
    rest = rest[: stop.start()] if stop else rest
    return _CLAUSE_MARK.split(rest)[0]


# "(the amount is revised every year)", "(het bedrag wordt jaarlijks geïndexeerd)", "(le montant
# est révisé chaque année)", "(der Betrag wird jährlich angepasst)": a revision's rhythm
_REVISED = re.compile(
    r"\b(?:revised|indexed|adjusted|updated|reviewed|changes|herzien|geïndexeerd|aangepast|"
    r"bijgewerkt|herzien|révisée?s?|indexée?s?|adaptée?s?|actualisée?s?|réévaluée?s?|"
    r"angepasst|indexiert|überprüft|aktualisiert|neu\s+festgesetzt)\b",
    _I,
)


# "komt langer dan 90 dagen in België werken en verdient per jaar …": a conjunction and a
# verb after a value open the next predicate, whose rate is not the value's
_NEXT_PREDICATE = re.compile(
    r"\s(?:and|en|et|und)\s+(?!(?:per|par|pro|a|an|each|elke|chaque|jeden|je)\b)[^\W\d]",
    _I,
)


# A comma then two words or more: another clause, unless the first is a rate's ("3 Monate,
# pro Jahr")
_COMMA_THEN_WORDS = re.compile(
    r",\s+(?!(?:per|par|pro|a|an|each|every|elke|elk|chaque|jeden|jede|je)\b)(?=\S+\s+\S)", _I
)


def _before_next_predicate(right: str) -> str:
    """The words after a value up to a conjunction that opens another predicate."""
    cut = _NEXT_PREDICATE.search(right)
    return right[: cut.start()] if cut else right


def _left_window(text: str, start: int) -> str:
    """The words before a value, back to the clause start, a conjunction or the previous value."""
    chunk = text[max(0, start - 100) : start]
    pieces = _CLAUSE_BREAK.split(chunk)
    left = pieces[-1]
    if len(pieces) > 1 and not left.strip() and chunk.rstrip().endswith(":"):
        left = pieces[-2] + ": "  # "above a set amount: 84,837 euro": the colon announces it
    lower = lowered(left)
    cuts = [m.end() for m in _NEXT_NUMBER.finditer(left, lower)]
    # a conjunction opens the value's clause; "ni", "nor" stay in it, as its negation
    # ("ne peut dépasser 60 jours, ni plus de 20 jours consécutifs": at most 20)
    cuts += [
        m.start() if m.group(0).strip().lower() in ("ni", "nor") else m.end()
        for m in _CONJUNCTION.finditer(left, lower)
    ]
    return left[max(cuts) :] if cuts else left


# A number glued to a short letter code before it: "A4-2", "B1", "C-3" (not "€", not "-30")
_CODE_BEFORE = re.compile(r"(?<![\w])[A-Za-z]{1,3}\d*[-/]?$")
# "789 EUR, est-ce suffisant pour vivre un mois ?", "Is 789 EUR enough to live on for a month?",
# "Is 789 euro genoeg om een maand van te leven?", "Reichen 789 EUR, um einen Monat zu leben?":
# the sum is what one month (or year) of living costs, a rate; the month is no period of a rule
_LIVING_PERIOD = re.compile(
    r"[^.?!;\d]{0,40}?\b(?:"
    r"vivre\s+(?:pendant\s+)?(?:un|1)\s+(?:(?P<month>mois)|(?P<year>an|année))"
    r"|live(?:\s+on)?\s+(?:for\s+)?(?:a|one|1)\s+(?:(?P<month2>month)|(?P<year2>year))"
    r"|(?:een|één|1)\s+(?:(?P<month3>maand)|(?P<year3>jaar))\s+(?:van\s+)?(?:te\s+)?leven"
    r"|(?:einen|1)\s+(?:(?P<month4>monat)|(?P<year4>jahr))\s+(?:[^\s\d.?!]+\s+){0,3}?zu\s+leben"
    r"|(?:ein|1)\s+(?P<year5>jahr)\s+(?:[^\s\d.?!]+\s+){0,3}?zu\s+leben"
    r")\b",
    _I,
)
_ADDRESS_AFTER = re.compile(r"[\s-]*(?:address|addresses|adres|adressen|adresse|adresses)\b", _I)
_LIVED_PERIOD_AROUND = re.compile(r"\b(?:vivre|live|leven|leben)\b", _I)
_NUMBERED_LABEL_BEFORE = re.compile(
    r"\b(?:annex|appendix|bijlage|formulier|model|annexe|formulaire|modèle|anlage|anhang|"
    r"formular|muster)\s+$",
    _I,
)


_ANY_CURRENCY = CaseBlind(CURRENCY, needles=("€", "eur"))
# Words of pay (stems, inside compounds too): a rate next to them is the rate of the salary
_PAY = CaseBlind(
    r"salar|salair|loon|lonen|wage|income|inkomen|revenu|rémunér|remunera|gehalt|gehält|lohn|löhne|"
    r"einkommen|bezoldig|entgelt|verdien|earning|zakgeld|argent de poche|taschengeld|pocket money"
)

_NOT_PAY = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.not_pay)})(?![\w])")
# "Bruttomonatsgehälter", "jaarlonen": the rate inside a plural or compound pay word
_PAY_COMPOUND = re.compile(
    r"(?:(?P<year>jahres|jaar)|monats|maand)(?:brutto|netto)?"
    r"(?:gehalt|gehält|lohn|löhne|einkommen|entgelt|loon|lonen|salaris|inkomen|wedde)",
    _I,
)


# "Mindestbruttojahresgehalt", "Höchstbetrag", "minimumjaarloon": a bound inside a compound
# word of pay or sum (German writes them as one word; a bound word alone is in LEX.bounds)
_COMPOUND_BOUND = re.compile(
    r"\b(?P<bound>mindest|minimum|minimaal|höchst|maximum|maximaal)[^\W\d_]*?"
    r"(?:gehalt|gehält|lohn|löhne|einkommen|entgelt|betrag|loon|lonen|inkomen|salaris|wedde|"
    r"bedrag|alter|leeftijd)\w*",
    _I,
)


# "für eine Mindestdauer von einem Jahr", "een maximumduur van 3 maanden", "une durée
# minimale d'un an": a bound inside the noun of the period, age or share just before the
# value, or the subject the value is the predicate of ("Die Mindestdauer wurde auf 6 Monate
# festgesetzt", "De minimumleeftijd is 18 jaar", "Der Mindestanteil beträgt 80 %", "De
# minimumperiode werd vastgelegd op", "la période minimale a été fixée à").
_PREDICATE = (
    r"(?:von|van|de|d'|d’|of|is|was|bedraagt|bedroeg|beträgt|betrug|ist|war|est de|était de|"
    r"s'élève à|(?:has been|is|was) set at|amounts to|beläuft sich auf|"
    r"(?:werd|wordt|is) (?:vastgelegd|vastgesteld) op|(?:wurde|wird|ist) auf|"
    r"(?:a été|est) fixée? à)"
)
_COMPOUND_PERIOD = re.compile(
    r"(?:\b(?P<bound>mindest|minimum|minimale|minimal|höchst|maximum|maximale|maximal)"
    r"(?:dauer|duur|termijn|frist|periode|zeit|laufzeit|looptijd|leeftijd|alter|anteil|aandeel)"
    r"\w*"
    r"|\b(?:durée|période|duration|period|âge|age|part|share)\s+"
    r"(?P<bound2>minimale?|maximale?|minimum|maximum))"
    rf"\s+{_PREDICATE}\s*(?:(?:einem|einer|een|un|une|a|one)\s+)?$",
    _I,
)


def _period_compound_bound(left: str) -> str | None:
    match = _COMPOUND_PERIOD.search(left)
    if not match:
        return None
    word = (match.group("bound") or match.group("bound2")).lower()
    return "min" if word.startswith("min") else "max"


def _compound_bound(left: str) -> str | None:
    match = _COMPOUND_BOUND.search(left)
    if not match:
        return None
    return "min" if match.group("bound").lower().startswith("min") else "max"


# Regexes that look just past or before a value read at most this many characters: their
# matches are far shorter in normalized text, and slicing the rest of a block per value
# cost the square of the block (a 3 MB paragraph took ~13 s).
_NEAR = 64


class _Spans(list):
    """Spans taken by a value or a law's date, each character marked, so whether a new span
    is free is one lookup over its own characters, not a scan of every span taken."""

    def __init__(self, size: int):
        super().__init__()
        self.marks = bytearray(size)
        self.empty = False  # an empty span is only seen by the scan

    def append(self, span: tuple[int, int]) -> None:
        super().append(span)
        start, end = span
        if end > start:
            self.marks[start:end] = b"\1" * (end - start)
        else:
            self.empty = True


# A sentence that points back to a sum named before: its subject is the sum ("that amount",
# "dat bedrag", "ce montant", "dieser Betrag", "the threshold", "le seuil", "die Schwelle") or a
# pronoun with a verb of being or changing ("it will rise to", "Voor 2025 is dat", "il passe à",
# "es beträgt").
_POINTS_TO_SUM = re.compile(
    r"\b(?:that|this|the|dat|dit|het|deze|die|de|ce|cet|cette|le|la|dieser|diese|dieses|der|"
    r"das|den|dem)\s+(?:amount|sum|threshold|ceiling|bedrag|grensbedrag|drempel|plafond|"
    r"montant|seuil|somme|betrag|schwelle|schwellenwert|summe)\b"
    # "boven een hoger minimumbedrag uitkomt, € 66.942", "a higher threshold of", "un seuil
    # plus élevé", "einen höheren Mindestbetrag": another sum of the same kind as the last
    r"|\b(?:hoger|higher|höher\w*)\s+(?:minimum|mindest)?(?:bedrag|amount|threshold|drempel|"
    r"grensbedrag|betrag|schwelle)\b"
    r"|\b(?:montant|seuil)\s+(?:minimum\s+)?plus\s+élevé\b"
    r"|\b(?:it|this|that)\s+(?:will\s+)?(?:be|is|was|rises?|rose|amounts?|amounted|comes?|"
    r"increases?|goes)\b"
    r"|\b(?:is|was|wordt|werd|bedraagt|bedroeg|stijgt|steeg)\s+(?:dat|dit|het)\b"
    r"|\b(?:dat|dit)\s+(?:is|was|wordt|werd|bedraagt|bedroeg|stijgt|steeg)\b"
    r"|\b(?:il|elle|cela|ceci)\s+(?:est|était|sera|passe|passera|s'élève|s'élevait|s'élèvera|"
    r"atteint|atteindra|représente|représentait)\b"
    r"|\bc['’](?:était|est|sera)\b"  # "En 2016, c'était 39.824 €"
    r"|\b(?:es|er|dies)\s+(?:ist|war|sind|waren|beträgt|betrug|steigt|stieg|wird|liegt|lag)\b"
    r"|\b(?:ist|war|sind|waren|beträgt|betrug|steigt|stieg|liegt|lag)\s+(?:es|er|dies|das)\b",
    _I,
)


def points_back(before: str) -> bool:
    """Whether a sentence, up to its value, names its sum by pointing back to one named
    before it ("Voor 2024 is dat € 37.305,6", "For 2024 this is", "Il est actuellement de",
    "Für 2024 beträgt er"): the sentence before says what the sum is."""
    return bool(_POINTS_TO_SUM.search(before))


class _Collector:
    def __init__(self, block: Block, before: Block | None = None):
        self.block = block
        self.before = before  # the paragraph just above, in the same section
        self.text = block.text
        self.scan = digits_for_words(block.text)  # same offsets, number words as digits
        if "(" in self.scan:
            self.scan = _without_restated_digits(block.text, self.scan)
        self.lowered_scan = lowered(self.scan)
        self._sentences: list[tuple[int, str]] | None = None
        self._founds: list[int] = []  # where each sentence was found (for bisect)
        self._reach: list[int] = []  # the furthest end of the sentences so far (for bisect)
        self.taken = _Spans(len(self.text))
        self.found: list[Amount] = []
        self._starts: list[int] = []  # starts of the amounts found, sorted
        self._index: dict[int, int] = {}  # start -> position in `found`
        self.headers = " ".join((block.col_header, block.row_header, block.caption))
        # the items of the list this heading or lead-in introduces: "Trois types de permis
        # de travail" above a list counts the page's own list, no rule (GUIDE)
        self.own_list = 0
        self.closing_list = 0  # the items of the list right after a paragraph
        self.section_rate: str | None = None  # the rate of the section's last sum before
        self.section_bound: str | None = None  # the bound of the section's last sum or share
        self.times_sum = False  # a sum of this block is a term times a factor ("€ 5.000 x 12")
        # the lead-in of this list item, or the one it continues: "For an application filed
        # in 2024:" after a list under "… goes beyond the following amount, for 2023:"
        self.lead_in: str | None = block.lead_ins[-1] if block.lead_ins else None
        # the lead-in announcing this cell's table, unless the row names the reference the
        # thresholds are counted from ("Salaire mensuel brut moyen … 4.604,00 €"): exact
        self.table_lead = block.table_lead if not _REFERENCE_ROW.search(block.row_header) else ""
        self.times_above = False  # so was one of the block above, in the same section
        self.priced_above = False  # the list item above, in the same section, held a sum

    def _found_at(self, at: int) -> Amount:
        """The amount found `at`-th in the block's order of starts (`bisect_left` of a start)."""
        return self.found[self._index[self._starts[at]]]

    def _kind_at(self, at: int) -> str:
        return self._found_at(at).kind

    def _changed_deadline(self, start: int, end: int) -> bool:
        """A time limit's new value after a verb of change: "must decide within 90 days; this
        period is reduced to 60 days", "The processing time is 60 days …, and it falls to 30
        days": the period before it in the block is at most, and a limit changed stays a limit
        (a qualifying period changed, "verkürzt sich die Frist von vier Jahren auf drei
        Jahre", stays exact)."""
        clause_before = _CLAUSE_MARK.split(self.text[max(0, start - 40) : start])[-1]
        clause_after = _CLAUSE_OR_COMMA.split(self.text[end : end + 60])[0]
        if not (_CHANGE_VERB.found_in(clause_before) or _CHANGE_VERB.found_in(clause_after)):
            return False
        # the periods of this sentence and the one before: "… 60 days if … during the five
        # previous years, and it falls to 30 days" (the five years only say when)
        since = start - len(self.with_sentence_before(start)) - 1
        at = bisect_left(self._starts, start)
        return any(
            (found.kind, found.bound) == ("duration", "max")
            for found in map(self._found_at, range(at))
            if found.start >= since
        )

    def _neighbour(self, kind: str, start: int) -> Amount | None:
        """The amount of the same kind just before, joined to this one by a conjunction only."""
        at = bisect_left(self._starts, start)  # the found amount that starts last before
        dated = False
        while at and kind != "date" and self._kind_at(at - 1) == "date":
            at -= 1  # "€ 2.131,28 … if granted before 18 August 2025, or € 2.323,08": the day
            dated = True  # says for whom, between the two sums of one bound
        if not at:
            return None
        previous = self._found_at(at - 1)
        between = self.scan[previous.start : start]  # "four hours a day or 20 hours"
        between = _UNITS_AND_RATES.sub(" ", _LEADING_VALUE.sub("", between))
        if dated:
            return previous if _FOR_WHOM_THEN_CONJUNCTION.match(between) else None
        # "au moins 39.353 € (demande en 2023) ou 41.969 €": a bracket that only says for whom
        # or when stands between the two sums of one bound
        between = _BRACKETED.sub(" ", between)
        if previous.kind == kind and (
            _JUST_CONJUNCTION.match(between)
            or _BRACKET_AFTER.match(between)
            or _FOR_WHOM_THEN_CONJUNCTION.match(between)
            or (
                kind != "count"  # "(2 photos)": a list's own count, no bound of the sum before
                and _BRACKET_OPEN.search(self.text, max(0, start - 3), start)
                and previous.start >= start - len(self.sentence_before(start))
            )
        ):
            return previous  # "at least € 52.229 in 2021 (€ 54.115 in 2022)"; "minstens 6
            # weken voor uw aanvraag … (3 weken vooraf bij seizoensarbeid)": the bracket's
            # value for another case, under the same bound
        return None

    def context_per(self, start: int) -> str | None:
        """The rate of a pay named just before: 'the average gross annual salary ... For 2026
        this is EUR 47.100 gross' is per year. Read from the two sentences before the value's
        (when they state no amount of their own), the lead-in of its list, the paragraph
        above, then the heading."""
        if _NOT_PAY.found_in(self.sentence_of(start)):
            return None  # "The fee is EUR 200" after a sentence about the monthly salary
        context = self._ended_before(start, 2)[::-1] + ([self.lead_in] if self.lead_in else [])
        if self.before is not None and (
            self.block.kind != "table_cell" or self.before.text.rstrip().endswith(":")
        ):  # a table takes its rate from its headers, caption or lead-in, not from a
            # paragraph that ends before it ('… du revenu minimum mensuel moyen garanti : les
            # règles actuelles restent d'application.' above 'RMMMG | 2.070,48 €': no rate)
            context += list(self.before.sentences[-1:])
        if self.block.section:
            context.append(self.block.section[-1])
        for text in context:
            lower = lowered(text)
            if _ANY_CURRENCY.found(text, lower):
                return None  # a sentence with its own amount: its rate is its own
            if _PAY.found(text, lower):
                rates = {
                    LEX.per[_SPACE_RUN.sub(" ", m.group(0).lower())]
                    for m in _PER.finditer(text, lower)
                }
                if len(rates) == 1:
                    return rates.pop()
                compound = _PAY_COMPOUND.search(text)
                if compound:
                    return "year" if compound.group("year") else "month"
        return None

    def pointed_rate(self, start: int) -> str | None:
        """The rate of the sum a value restates, when its sentence points back to it: "an
        annual salary of EUR 40.000. For 2025 that amount rises to EUR 41.000", "Voor 2025 is
        dat € 41.000", "ce montant passe à", "dieser Betrag steigt auf" are a year's pay. The
        sum is the last one before it, in this block or earlier in its section."""
        sentence = self.sentence_of(start)
        before = self.sentence_before(start)
        if not points_back(before) or _NOT_PAY.found_in(sentence):
            return None
        at = bisect_left(self._starts, start)
        for position in range(at - 1, -1, -1):
            previous = self._found_at(position)
            if previous.kind == "money":
                return previous.per
        return self.section_rate

    def _sentence_offsets(self) -> list[tuple[int, str]]:
        if self._sentences is None:
            self._sentences, offset = [], 0
            for sentence in self.block.sentences:
                found = self.text.find(sentence, offset)
                self._sentences.append((found, sentence))
                offset = max(offset, found)
                self._founds.append(found)
                reach = found + len(sentence) + 1
                self._reach.append(max(reach, self._reach[-1]) if self._reach else reach)
            if any(found < 0 for found in self._founds):
                self._reach = []  # a sentence not found: its span breaks the order
        return self._sentences

    def _ended_before(self, start: int, most: int) -> list[str]:
        """The last `most` sentences (in order) that end before `start`."""
        sentences = self._sentence_offsets()
        if not self._reach:
            return [text for found, text in sentences if found + len(text) < start][-most:]
        ended: list[str] = []  # sentences found in order: only those starting before count
        for i in range(bisect_left(self._founds, start) - 1, -1, -1):
            found, text = sentences[i]
            if found + len(text) < start:
                ended.append(text)
                if len(ended) == most:
                    break
        return ended[::-1]

    def sentence_of(self, start: int) -> str:
        """The first sentence (in order) whose span holds `start`, else the block's text."""
        sentences = self._sentence_offsets()
        if self._reach:  # found in order: the sentences that start before, then the first
            # of those that reaches past `start` (by the running furthest end)
            starting = bisect_right(self._founds, start)
            first = bisect_right(self._reach, start, 0, starting)
            return sentences[first][1] if first < starting else self.text
        for found, sentence in sentences:
            if found <= start < found + len(sentence) + 1:
                return sentence
        return self.text

    def sentence_before(self, start: int) -> str:
        """The sentence holding `start`, up to it (the block's text up to it when not found)."""
        sentence = self.sentence_of(start)
        # the sentence runs on past `start`: look for its whole span (only its opening words
        # before `start` missed it and gave the block's text from its start)
        offset = (
            self.text.rfind(sentence, 0, start + len(sentence)) if sentence is not self.text else 0
        )
        return self.text[max(0, offset) : start]

    def with_sentence_before(self, start: int) -> str:
        """The sentence holding `start` up to it, after the sentence before it in the block
        (where a deadline named in the sentence before changes: `_changed_deadline`)."""
        own = self.sentence_before(start)
        earlier = self._ended_before(start - len(own), 1)
        return (earlier[0] + " " + own) if earlier else own

    def _replaced_bound(self, kind: str, start: int, left: str) -> str | None:
        """The bound of the value a change sentence sets, for the value it replaces ("within
        90 days, instead of the usual 120 days": both at most), read from the last amount of
        the same kind before it in its sentence."""
        if not _REPLACES.search(left):
            return None
        at = bisect_left(self._starts, start)
        if not at:
            return None
        previous = self._found_at(at - 1)
        if previous.kind != kind or previous.start < start - len(self.sentence_before(start)):
            return None
        return previous.bound if previous.bound in ("min", "max") else None

    def _unit_in_sentence(self, at: int, unit: str | None, after: bool = False) -> bool:
        """Whether the sentence names a period of `unit` before `at` (or after it): "prove
        several years of employment within a period of ten years" counts years within ten."""
        if unit not in ("days", "weeks", "months", "years"):
            return False
        if after:
            text = _CLAUSE_BREAK.split(self.text[at : at + 200], maxsplit=1)[0]
        else:
            text = self.sentence_before(at)
        return any(
            LEX.units.get(_SPACE_RUN.sub(" ", m.group(0).lower())) == unit
            for m in _UNIT_WORD.finditer(text, lowered(text))
        )

    def _value_before(self, start: int) -> bool:
        """Whether an amount was found before `start` in the sentence holding it."""
        at = bisect_left(self._starts, start - len(self.sentence_before(start)))
        return at < len(self._starts) and self._starts[at] < start

    def _context_rate(self, kind: str, start: int, left: str) -> str | None:
        """The rate of a value that names none by it: the sentence's one rate for a sum, a
        table header, a pay compound, the pay named before, the sum pointed back to, or a
        heading of figures."""
        if kind == "money":
            sentence = self.sentence_of(start)
            rates = {
                LEX.per[_SPACE_RUN.sub(" ", m.group(0).lower())]
                for m in _PER.finditer(sentence, lowered(sentence))
                # "a fee of 140 €, then 90 € per year": the rate of the sum right before it,
                # not of every sum in the sentence (this one's own was read on its right)
                if not _SUM_RIGHT_BEFORE.search(sentence, max(0, m.start() - 16), m.start())
                # "(the amount is revised on 1 January every year)": a revision's rhythm in
                # brackets ("een bedrag dat jaarlijks aangepast kan worden" after a pay
                # sentence keeps the year: the pay is yearly too)
                and not (
                    sentence.rfind("(", 0, m.start()) > sentence.rfind(")", 0, m.start())
                    and _REVISED.search(sentence, max(0, m.start() - 40), m.end() + 40)
                )
            }
            if len(rates) == 1:
                return rates.pop()  # one rate named in the sentence
        per = None
        if kind == "hours":
            fronted = _FRONTED_RATE.match(self.sentence_of(start))
            if fronted:
                return _rate_of_unit(fronted.group("u"))  # "Every calendar year, the
                # State gives each student a quota of 600 hours": the rate opens the sentence
            if self.lead_in and self.lead_in.rstrip().endswith(":"):
                led = _LEAD_IN_RATE.search(self.lead_in)
                if led:  # "a working day is limited as follows:" above "8 hours maximum"
                    return _rate_of_unit(led.group("u"))
        if self.block.kind == "table_cell":
            per = _per(self.headers)
            if per is None and kind == "money":  # a pay word, never "vijf jaar" in a row
                per = _header_per(self.headers)
        if per is None and kind == "money":
            compound = _PAY_COMPOUND.search(left)  # "Jahresgehalt", "maandloon" before it
            per = ("year" if compound.group("year") else "month") if compound else None
        if per is None and kind == "money":
            per = self.context_per(start)
        if per is None and kind == "money":
            per = self.pointed_rate(start)
        if per is None and kind in ("money", "count") and self.block.section:
            per = _figures_rate(self.block.section[-1])
        return per

    def _past_own_bracket(self, left: str, start: int) -> str:
        """`left` after a closed bracket that holds a value of its own: "Spoedprocedure (de
        kaart wordt binnen twee werkdagen geleverd): 120,40 euro" gives "binnen" to the two
        days, not to the sum; "Fee (maximum): 120 euro" keeps it (round 18)."""
        close = left.rfind(")")
        if close < 0:
            return left
        opened = left.rfind("(", 0, close)
        at = start - len(left)
        if opened >= 0 and _ANY_DIGIT.search(self.scan, at + opened, at + close):
            return left[close + 1 :]
        return left

    def free(self, start: int, end: int) -> bool:
        if start < end and not self.taken.empty:
            return self.taken.marks.find(1, start, end) < 0
        return all(end <= s or start >= e for s, e in self.taken)

    def _second_time_to_act(self, start: int, end: int) -> bool:
        """'you have 15 days to supply the papers, and 15 days for the examination', 'u hebt 15
        dagen om … en 10 dagen voor …', 'vous disposez de 15 jours pour … et de 10 jours pour',
        'Sie haben 15 Tage Zeit, um …, und 10 Tage für …': a period joined by "and" to the
        time someone has to act, with what it is for after it, is a time to act too."""
        if not self.found or not _AND_BEFORE.search(self.text, max(0, start - 16), start):
            return False
        prev = self.found[-1]
        if prev.kind != "duration" or prev.bound != "max":
            return False
        if _SENTENCE_SPLIT.search(self.text, prev.start, start):
            return False
        left = self.text[max(0, prev.start - 40) : prev.start]
        if not (_GIVEN_TIME.search(left) or _HAS_TIME.search(left)):
            return False
        return bool(_FOR_AFTER.match(self.text, end))

    def add(
        self,
        kind: str,
        start: int,
        end: int,
        value: float | None,
        value_max: float | None,
        unit: str | None,
        date_value: date | None = None,
        rate: bool = True,
        bound: str | None = None,
    ) -> None:
        if not self.free(start, end):
            return
        self.taken.append((start, end))
        if _CODE_BEFORE.search(self.text[max(0, start - 6) : start]):
            return  # "form A4-2", "type B1": a number inside a code
        if (
            kind == "duration"
            and value == 1
            and _LIVED_PERIOD_AROUND.search(self.text, max(0, start - 16), end + 40)
            and _LIVING_PERIOD.search(self.text, max(0, start - 80), end + 40)
        ):
            return  # "pour vivre un mois", "um einen Monat zu leben": the period a sum is for
        if (
            kind == "duration"
            and value == 1
            and _ARTICLE_AT.match(self.text, start)
            and _OF_A_LENGTH.match(self.scan, end)
        ):
            return  # "une semaine de travail de 5 jours", "een werkweek van 5 dagen": the
            # article names the period whose length follows (round 18)
        if (
            kind in ("duration", "hours")
            and value == 1
            and _ARTICLE_AT.match(self.text, start)
            and not self.text[max(0, start - 2) : start].strip(" \t\n\"'“”„«(")
            and _SUBJECT_VERB_AFTER.match(self.text, end)
        ):
            return  # "Een werkdag is als volgt beperkt:", "Une journée de travail est
            # limitée", "Ein Arbeitstag ist begrenzt": the article opens the subject (round 18)
        if kind != "date" and _PHONE_LABEL_BEFORE.search(self.text, max(0, start - 40), start):
            return  # "Telefoon: + 32 (0)2 233 48 22": a phone number's groups are never
            # amounts (GUIDE), whatever word the line break puts after them (round 18)
        if kind == "count" and _ADDRESS_AFTER.match(self.text, end):
            return  # "one e-mail address only: info@…", "zwei E-Mail Adressen": where to write,
            # a contact detail (the tuning labels hold no row), not a count a rule sets
        if kind == "count" and _NUMBERED_LABEL_BEFORE.search(self.text, max(0, start - 16), start):
            return  # "the Annex 32 procedure", "das Anlage 32 Verfahren": a numbered annex or
            # form names the procedure, it counts nothing
        left = _left_window(self.text, start)
        right = _right_window(self.text, self.scan, end)
        right_bound = None
        if value_max is not None and value_max != value:
            bound = "range"
        else:
            value_max = None
            right_bound = None if _bound_of_next(self.scan, end) or _names_next(
                self.scan, end
            ) else (
                _own_right_bound(self.scan, end)
                or _RIGHT_BOUND.match(_PER.folded.sub("", right, 1))
                # "20 jours civils consécutifs au maximum": words of the unit, then the bound
                or _RIGHT_BOUND.match(_FILLERS_AFTER.sub("", right, 1))
                # "auf 5 Monate in 12 begrenzt": the window it is counted in, then the bound
                or _bound_past_window(self.text, end)
            )
            if right_bound and (
                _THAN_AFTER.match(right_bound.string, right_bound.end())
                or _THAN_AFTER.match(self.text, end + right_bound.end())
            ):
                right_bound = None  # "jonger dan 26 jaar en ouder dan 18": the next one's
            if bound is None and right_bound:
                word = _SPACE_RUN.sub(" ", right_bound.group(0).strip(" ()").lower().rstrip("."))
                word = _OLD.sub("", word)  # "18 years old or more"
                bound = "min" if word in _RIGHT_MIN else "max"
                if word in ("begrenzt", "beschränkt") and _negates(
                    _CLAUSE_OR_COMMA.split(left)[-1]
                ):
                    bound = "min"  # "nicht auf 90 Tage begrenzt": a limit lifted
            if (
                bound is None
                and kind == "duration"
                and _GIVEN_TIME.search(self.text, max(0, start - 60), start)
                and (_TO_ACT_AFTER.match(self.text, end) or _ZEIT_AFTER.match(self.text, end))
            ):
                bound = "max"  # "dan krijgt de aanvrager 15 dagen om zijn dossier aan te vullen",
                # "Vanaf dan hebt u 3 maanden de tijd om …": the time given to act (GUIDE)
            if bound is None and kind == "duration" and self._second_time_to_act(start, end):
                bound = "max"  # "you have 15 working days to supply …, and 15 calendar days
                # for …": the time given for the next act shares the verb
            if bound is None and kind == "duration" and (
                _TIME_TO_ACT_LABEL.search(self.text, max(0, start - 50), start)
                or _ISSUED_IN_THE_LAST.search(self.text, max(0, start - 50), start)
            ):
                bound = "max"  # "Délai de déclaration : 3 jours ouvrables": the time left to
                # act (GUIDE, devset-u; "Délai : 2 jours" a stage takes stays exact); "(delivered
                # in the last 6 months)": a document at most that old
            if bound is None and kind == "duration":
                edge = _EDGE_AFTER_EVENT.match(self.text, end)
                if edge:  # "4 months before expiry at the earliest": the edge after its event
                    bound = "min" if edge.group("edge").lower() in _EARLIEST else "max"
            if bound is None and kind == "money" and _TIMES_FACTOR.match(self.text, end, end + 16):
                bound = "exact"  # "(6.606,69 euros x 12,85)": a term of the sum's computation
            if bound is None and kind == "duration" and (
                _IN_THE_TERM.search(self.text, max(0, start - 60), start)
                or _DISPOSES_OF.search(self.text, max(0, start - 40), start)
            ):
                bound = "max"  # "à défaut de décision dans le délai de 120 jours", "vanaf het
                # verstrijken van de termijn van vier maanden", "De minister beschikt over twee
                # maanden om …": a time limit, not the 'vanaf' or 'über' before it (half B)
            if bound is None:
                bound = (
                    None
                    if kind == "money" and _PERIOD_THEN_BRACKET.search(self.scan, 0, start)
                    else _left_bound(
                        self._past_own_bracket(_own_left(self.text, start, left), start)
                    )
                )  # "more than three months (EUR 30.30)": the bound is the months', the sum
                # in brackets a price
                factor = (
                    _FACTOR_BEFORE.search(self.text, max(0, start - 12), start)
                    if bound is None and kind == "money"
                    else None
                )
                if factor:
                    bound = _left_bound(_left_window(self.text, factor.start()) + " ")
                    # "ten minste 12 x 803 euro", "at least 12 x 803 euros": the bound reaches
                    # over the number of months the sum is counted
                if (
                    bound == "min"
                    and _MORE_THAN_BEFORE.search(self.text, max(0, start - 24), start)
                    and _negated_before_commas(self.text[max(0, start - 160) : start])
                ):
                    bound = "max"  # "qui n'ont pas résidé, étudié ou travaillé en Belgique
                    # plus de 24 mois": the negation of the coordinated verbs (GUIDE: a negated
                    # "more than" is max)
                if bound and kind == "count" and _TIME_ONLY_BOUND.search(left):
                    bound = None  # "dans les deux cas": in both cases, not within
                if bound == "max" and _WITHIN_A_PERIOD_OF.search(left):
                    bound = "exact"  # "binnen een werkweek van 5 dagen", "within a working
                    # week of 5 days": the value is the length of the period named (round 18)
                if (
                    bound == "max"
                    and (_PERIOD_WINDOW.search(left) or _NOUN_OF_PERIOD.match(self.text, end))
                    and (self._value_before(start) or self._unit_in_sentence(start, unit))
                ):
                    bound = None  # "90 days within a period of 180 days": the window; alone
                    # ("reach it within a period of 15 days") it is a deadline
            if bound is None and kind == "duration" and _DEADLINE_AFTER.match(self.text, end):
                bound = "max"  # "a 15-day deadline", "in einer 30-Tages-Frist": the time to act
            if bound is None and kind in ("duration", "hours") and _LIMIT_AFTER.match(
                self.text, end
            ):
                bound = "max"  # "the 20-hour limit", "die 90-Tage-Grenze": a limit's value
            if bound is None and _LIMIT_OF_THING_TO.search(left):
                bound = "max"  # "die Begrenzung der Arbeit auf 20 Stunden", "the restriction
                # of student work to 20 hours": the limit noun, what it limits, then the value
            by_the_end = kind == "duration" and _BY_THE_END.search(
                self.text, max(0, start - 60), start
            )
            if bound is None and by_the_end and (
                by_the_end.group("next")
                or _FOLLOWING_AFTER.match(self.text, end)
                or _NEXT_INSIDE.search(self.text, start, end)  # "deux prochaines semaines"
            ):
                bound = "max"  # "by the end of the next two weeks": at the latest then, while
                # "vor Ablauf der fünf Jahre" of a stay named before is that period, exact
            if bound is None and kind == "duration" and _WITHIN_WHICH.match(self.text, end):
                bound = "max"  # "the period of 9 months within which the office must decide"
            if bound is None and kind == "duration" and (
                _DEADLINE_NOUN_BEFORE.search(self.text, max(0, start - 60), start)
                or _DEADLINE_NOUN_WHICH.search(self.text, max(0, start - 90), start)
                or (
                    _TERM_OF.search(self.text, max(0, start - 30), start)
                    and _APPLIES_AFTER.match(self.text, end)
                )
            ):
                bound = "max"  # "bedraagt die termijn 120 dagen", "a term of 90 days
                # applies": a time limit named by its noun (GUIDE, label audit)
            if bound is None and kind == "duration" and self._changed_deadline(start, end):
                bound = "max"  # "this period is reduced to 60 days", "wordt die
                # beslissingstermijn ingekort tot 60 dagen": a time limit's new value
            if (
                bound is None
                and kind == "age"
                and _from_when(left, self.block, start)
                # "zodra hij 30 jaar wordt": the day itself (the verb after it, or in its span)
                and not _TURNS_AFTER.match(right)
                and not _TURNS_AFTER.search(" " + self.text[end - 8 : end])
            ):
                bound = "min"  # "sobald du: 15 Jahre alt bist", "as soon as you are 15"
            if (
                bound is None
                and kind == "duration"
                and (_ORDINAL_STRETCH.search(left) or _ORDINAL_AFTER.search(self.text, start, end))
            ):
                bound = "exact"  # "during the first 3 months": a stretch of time, no limit
                clause = re.split(r"[.;:!?]", self.text[max(0, start - 90) : start])[-1]
                if _MAY.search(clause) and _ONLY_PERMITTED_IN.search(clause):
                    bound = "max"  # "you may only leave during the first 90 days", "ne
                    # pouvez quitter que pendant les 90 premiers jours": a permission's limit
            if (
                bound is None
                and kind == "age"
                and _AFTER_AGE_BEFORE.search(left)
                and _NEGATION.search(self.sentence_of(start))
                and not _CONCESSIVE.search(self.sentence_of(start))
            ):
                bound = "max"  # "Registration is not possible after the age of 65": up to it
            if bound is None and kind == "age" and _not_reached(left, right):
                bound = "max"  # "must not have reached the age of 26": younger than it
            if bound is None and (
                (_TOT_BEFORE.search(left) and _LASTS_AFTER.match(right))
                or _MAY_RISE_TO.search(left)
            ):
                bound = "max"  # "de behandeling tot 5 weken kan duren", "kan oplopen tot 6
                # weken": up to, as "bis zu", "peut aller jusqu'à"
            if bound is None and _UP_TO.search(left):
                before = self.text[: start - len(left)].rstrip()
                if not before or not before[-1].isdigit():
                    bound = "max"  # "(tot 10 werknemers in één melding)": up to, no range
            if bound is None and _OVER_THE.search(left) and _BEYOND_AFTER.match(right):
                bound = "min"  # "over de 90 dagen heen", "über die 90 Tage hinaus": beyond it
            if bound is None and kind == "duration" and _OVER_PERIOD.search(left):
                bound = "min"  # "ein Aufenthaltsrecht von über drei Monaten": more than
            if bound is None and kind in ("age", "money") and _OVER.search(left):
                bound = "min"  # "over eighteen years of age", "über 45.000 €": more than (not
                # for periods: "over a period of 5 years")
            if bound is None and kind in ("money", "age"):
                bound = _compound_bound(left)  # "Das Mindestbruttojahresgehalt beträgt …",
                # "dann liegt das Mindestalter bei 18", "de minimumleeftijd is 18"
            if bound is None and kind == "money" and _ONLY_PAYS.search(left):
                bound = "max"  # "whose nationals will only pay 35€": a limit on what one pays
            if bound is None and kind in ("duration", "age", "percent", "hours"):
                bound = _period_compound_bound(left)  # "für eine Mindestdauer von einem Jahr"
            if bound is None and kind == "age" and _BEFORE_TURNING.search(left):
                bound = "max"  # "avant d'avoir 18 ans", "before turning 18": younger than it
            # a restated value's bound from its own sentence only (GUIDE, label audit): "It is
            # not yet known. Add the fee (150 €)" is exact
            bound = bound or _restated_bound(self.sentence_before(start), kind)
            bound = bound or self._replaced_bound(kind, start, left)
            if bound is None and kind in ("duration", "hours") and not _REST.found_in(
                _FREE_TO_MOVE.sub(" ", self.text[max(0, start - 20) : end + 24])
            ):
                bound = _granted_limit(
                    left, self.text[max(0, start - 30) : start], self.text[end : end + 40]
                )
            if bound is None and kind in ("duration", "hours", "count") and _LIMITED_LEAD.search(
                self.sentence_before(start)
            ):
                bound = "max"  # "some jobs are limited in time: trainee (1 year), …"
            if bound is None and kind != "count" and self.lead_in:
                bound = _lead_in_bound(self.lead_in)  # "The following maximum
                # periods apply:" above "trainees: 12 months": the list's header
            if bound is None and kind in _HEADING_NOUNS and self.block.section:
                bound = _heading_bound(self.block.section[-1], kind, self.text[:start])
            if (
                bound is None
                and kind == "duration"
                and _IN_THE_BEFORE.search(left)
                and _BEFORE_AN_EVENT.match(self.text, end)
                and not self._unit_in_sentence(end, unit, after=True)
                and not self._unit_in_sentence(start, unit)
            ):
                bound = "max"  # "in de twee jaar vóór de indiening": at most that far back;
                # "In the 5 years before your application, you worked for at least 4 years" is
                # the window the 4 years are counted in (GUIDE, tuning round 3): exact, and so
                # is "at least three years of experience in the seven years before" (from B)
            previous = self._neighbour(kind, start)
            ratio = self.scan.startswith("/", end)  # "90/180 dagen": a period of its own
            if bound is None and previous and previous.bound in ("min", "max") and not ratio:
                bound = previous.bound  # "at most 4 hours a day or 20 hours a week"
            elif (
                previous
                and previous.bound == "exact"
                and bound in ("min", "max")
                and right_bound
                and not _ABOUT_BEFORE.search(self.text, max(0, previous.start - 16), previous.start)
            ):  # ("environ 2.100 € … (15.000 € maximum)": an approximate figure bounds nothing)
                # "4 heures par jour et 20 heures par semaine au maximum": back to the first
                self.found[self._index[previous.start]] = replace(previous, bound=bound)
            if bound is None and self.block.kind == "table_cell":
                for header in (self.block.col_header, self.block.row_header, self.block.caption):
                    header = _HEADER_PERIOD.sub(" ", header) if header else header
                    bound = header and (
                        _header_bound(header)
                        # "Certificat pour enfants de moins de 12 ans" beside "10 €": the
                        # header's bound is its own number's, not the cell's
                        or (None if _OWN_VALUE_AT_END.search(header) else _left_bound(header + " "))
                    )
                    if bound:
                        break  # the column names the rule; the row and caption come after
                bound = bound or None
            if bound is None and kind != "count" and self.table_lead:
                bound = _lead_in_bound(self.table_lead)  # "… au moins les montants
                # suivants :" above a table of thresholds: each row's sum is a minimum (its
                # own headers, read first, may name another bound)
            if (
                bound == "max"
                and kind == "duration"
                and (
                    _LOOK_BACK.search(left)
                    or (_LOOK_BACK_FR.search(left) and _LAST_FR.search(self.text, start, end + 24))
                )
                and not _ISSUED_IN_THE_LAST.search(self.text, max(0, start - 60), start)
                and not _ISSUED_WORD.search(self.sentence_of(start))
            ):
                bound = "exact"  # "if you gave fingerprints within the last 59 months",
                # "innerhalb der letzten 5 Jahre", "dans les 5 dernières années": the window
                # looked back over, as "in the last 59 months" (a paper issued in it is max)
        per = None
        if rate:
            ahead = self.text[end : end + _NEAR]
            own = _before_next_predicate(right)
            if kind != "money":  # "plus d'un an, l'employeur doit remettre chaque année":
                own = _COMMA_THEN_WORDS.split(own, maxsplit=1)[0]  # the next clause's rate
            paid_for = _FOR_ONE_PERIOD.match(self.text, end) if kind == "money" else None
            tail = self.text[end : end + 100] if kind == "money" else ""
            tail = tail.split(")", 1)[0] if "(" in tail[:12] else re.split(r"[.;]\s", tail)[0]
            if tail and _REVISED.search(tail):
                # "245€ (the amount is revised on 1 January every year)": how often the sum
                # changes, not its rate (round 18); a rate before the bracket stays
                own = own.split("(", 1)[0]
            per = (
                ("year" if paid_for.group("year") else "month") if paid_for else _per(own)
            ) or (
                # "€ 88,320 a year (6,873.15 x 12.85)": a term's rate is not the sum's before it
                (None if _TIMES_FACTOR.match(ahead) else _per(left))
                if kind == "money"
                else _near_per(left, self.text[max(0, start - 100) : start])
            )
            if per is None and kind == "money":
                living = _LIVING_PERIOD.match(self.text, end, end + 80)
                if living:
                    per = "year" if any(  # "789 EUR, est-ce
                        living.group(g) for g in ("year", "year2", "year3", "year4", "year5")
                    ) else "month"  #
                    # suffisant pour vivre un mois ?": what a month of living costs
            if per is None and kind == "money" and _DIVIDED_BY_13_92.match(ahead):
                per = "year"  # Belgian pages turn an annual salary into monthly pay by / 13.92
            if per is None and kind == "money":
                paid_for = _COST_OF_ONE.search(self.sentence_before(start))
                if paid_for:  # "le coût minimum d'une année d'études est de 10 000 EUR"
                    per = "year" if paid_for.group("year") else "month"
                    least = paid_for.group("least") or paid_for.group("least2")
                    if bound is None and least:
                        bound = "min" if least[:2].lower() == "mi" else "max"
            # "84.896 euros par an (6.606,69 euros x 12,85)": a month's pay times a factor,
            # whose rate the sentence's yearly sum does not give
            if per is None and not (kind == "money" and _TIMES_FACTOR.match(ahead)):
                per = self._context_rate(kind, start, left)
        context = " ".join(_LETTERS.findall(left.lower())[-4:])
        self._index[start] = len(self.found)
        self._starts.insert(bisect_left(self._starts, start), start)
        self.found.append(
            Amount(
                kind,
                value,
                value_max,
                unit,
                per,
                bound or "exact",
                date_value,
                self.sentence_of(start),
                self.block.section_path,
                self.block.index,
                start,
                context,
            )
        )


# A heading that names figures of a period ("Key annual figures", "Jaarcijfers", "Chiffres
# annuels", "Jahreszahlen") gives its sums and counts that rate, as a table header does.
_FIGURES_HEADING = re.compile(
    r"\b(?:figures|numbers|statistics|cijfers|kerncijfers|statistieken|chiffres|statistiques|"
    r"zahlen|kennzahlen|statistik)\b|jaarcijfers|jahreszahlen|jahresstatistik",
    _I,
)


def _figures_rate(heading: str) -> str | None:
    if not _FIGURES_HEADING.search(heading):
        return None
    return _per(heading) or _header_per(heading)


_HEADER_PER = (
    ("year", re.compile(r"jahr|jaar|annu|année|yearly|per an\b", _I)),
    ("month", re.compile(r"monat|maand|mensu|month|mois", _I)),
)


# a number and its unit word in a header ("< 3 months", "plus de 3 mois", "ab 5 Jahren"): a
# period of the row's case, no rate of the sums below it
_PERIOD_IN_HEADER = re.compile(r"\d[\d.,]*\s*[^\W\d_]+")


def _header_per(headers: str) -> str | None:
    """A rate inside a compound header word: 'Mindestbruttojahresgehalt', 'Maandloon'."""
    headers = _PERIOD_IN_HEADER.sub(" ", headers)  # "Non-EU citizen < 3 months": a period
    for period, regex in _HEADER_PER:
        if regex.search(headers):
            return period
    return None


# a header ending in its own number and unit ("… de moins de 12 ans", "< 3 months")
_OWN_VALUE_AT_END = re.compile(r"\d[\d.,]*\s*(?:[^\W\d_]+\.?)?\s*\)?\s*$")
# A column headed "until 31/12/2025" or "from 01/01/2026" names the period of its values, not
# a bound: the rules layer reads it as their effective date (rules/when.py).
_HEADER_PERIOD = re.compile(
    r"\b(?:until|till|from|as from|as of|since|vanaf|sinds|tot en met|tot|t/m|à partir du|"
    r"à partir de|jusqu'au|jusqu’au|depuis le|depuis|dès le|ab dem|ab|bis zum|bis|seit dem|seit)"
    r"\s+(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|\d{1,2}(?:er|e|st|nd|rd|th|\.)?\s+[^\W\d]+\.?"
    r"\s+(?:19|20)\d\d|(?:19|20)\d\d)",
    _I,
)


def _header_bound(headers: str) -> str | None:
    lowered = headers.lower()
    if _HEADER_MIN.search(lowered):
        return "min"
    if _HEADER_MAX.search(lowered):
        return "max"
    return None


_LAW_NAMED = CaseBlind(
    r"\b(?:law|act|decree|directive|regulation|order|ordinance|wet|besluit|decreet|richtlijn|"
    r"ordonnantie|verordening|loi|arrêté|décret|règlement|ordonnance|gesetz\w*|erlass\w*|"
    r"dekret\w*|richtlinie|verordnung|kb|ke|ar|bvr|dgbcr|agreement|overeenkomst|convention|"
    r"recommendation|aanbeveling|recommandation|empfehlung|"
    # "in een arrest van 8 april 2019 besliste het Hof", "l'arrêt du", "the judgment of", "das
    # Urteil vom": the day a court ruled names its ruling, as a law's day names the law
    r"arrest|arrêt|judgment|judgement|ruling|urteil\w*|vonnis|jugement|"
    r"accord|\w*akkoord|\w*abkommen\w*|\w*vereinbarung\w*|"
    r"cao|cct|rd|agw|agrbc|bbhr|\w*wet|\w*loi|\w*gesetz)\b"
    # ("vom 28. April 2016": the point of a German day)
    r"(?:[^.;:]|\.(?=\s*\d)|(?<=\d)\.(?=\s+[a-zäöüéû]+\s+\d{4})){0,160}?"
    rf"(?:(?<![\w.])(?:{alternation((*LEX.law_dated, 'des'))})"
    # "Le décret du 28 avril 2016, modifié le 8 novembre 2018", "the decree of …, amended on",
    # "het decreet van …, gewijzigd op", "das Dekret vom …, geändert am": the day it was
    # amended belongs to its name, as the day it was made
    r"|,\s*(?:(?:tel|telle)s?\s+que\s+|as\s+|zoals\s+|zuletzt\s+|last\s+)?"
    r"(?:modifiée?s?|amended|gewijzigd|geändert|abgeändert)\s+(?:le|on|op|am))"
    r"(?:\s+(?:the|het|de|la|le|dem|der))?\s*$"
)
# "(art. 9,2 KB 09/06/1999)": a decree's abbreviation right before its date
# "(article 42, loi 15/12/1980)": a law's word right before its date, or its abbreviation
_LAW_ABBREVIATION = re.compile(
    r"\b(?:KB|K\.B\.|AR|A\.R\.|RD|R\.D\.|AGW|AGRBC|BBHR|BVR|KE|DGBCR|CAO|CCT)\s*$"
    r"|\b(?:law|act|wet|loi|gesetz|decreet|décret|dekret|decree|besluit|arrêté(?: royal)?|"
    r"erlass\w*|verordnung|ordinance|ordonnance|ordonnantie)\s*$",
    re.IGNORECASE,
)
# "signed in Canberra on 20 November 2002", "bekendgemaakt in het Belgisch Staatsblad van
# 6 september 2004": the day a text was signed or published, in the same clause.
_SIGNED = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.signed)})(?![\w])")
# "(Belgian Official Gazette 06/09/2004 – Entry into force 01/11/2004)": a dash ends a clause
_CLAUSE_CUT = re.compile(r".*(?:[.;:,()–—]|\s-\s|\s(?:and|en|et|und)\s)", re.DOTALL)
_CLAUSE_END = re.compile(r"[.;:,()–—]|\s-\s|\s(?:and|en|et|und)\s")
# "Brussel, 11/10/2004." or a date alone in a paragraph: a dateline, not a rule's date.
# "Eupen, le 4 juin 2009.", "Eupen, den 4. Juni 2009", "Brussel, op 4 juni 2009"
_DATELINE_BEFORE = re.compile(
    r"^\s*(?:[A-ZÀ-Þ][\w'-]+(?:\s[A-ZÀ-Þ][\w'-]+)?,\s*(?:le|den|am|op|on)?\s*)?$"
)
_DATELINE_AFTER = re.compile(r"^\s*\.?\s*$|^\s*\.\s")


# "Le 12 octobre 2005, la Commission a publié …", "On 3 May 2024, the law was signed": a
# date that opens its sentence says when the clause after its comma happened.
_OPENING_DATE = re.compile(r"(?:^|[.!?]\s+)(?:(?:on|le|op|am|au)\s+)?$", _I)


def _signed_or_published(text: str, start: int, end: int) -> bool:
    left = text[max(0, start - 60) : start]
    opening = bool(_OPENING_DATE.search(left))
    left = _CLAUSE_CUT.sub("", left, count=1)
    right = text[end : end + 80]
    if opening:
        # "On 20 November 2002, Belgium and Australia signed …", "Op 20 november 2002 hebben
        # België en Australië … ondertekend": the day opens the sentence, whose verb may
        # follow its subject's "and"
        right = right[1:] if right.startswith(",") else right
        cut = _CLAUSE_MARK.search(right)
        return _SIGNED.found_in(left) or _SIGNED.found_in(right[: cut.start()] if cut else right)
    cut = _CLAUSE_END.search(right)
    right = right[: cut.start()] if cut else right
    return _SIGNED.found_in(left) or _SIGNED.found_in(right)


# "Sitzung vom 14. September 2017", "Aktualisierung vom 11. Juli 2023", "Update of 3 May
# 2024": a line that only names a thing of that day (a sitting, an update) is its dateline;
# a line that says from or until when something applies is a rule's date.
_NAMED_DAY_BEFORE = re.compile(
    rf"^\s*[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*){{0,2}}\s+(?:{alternation(LEX.law_dated)})\s+$",
    _I,
)
_WHEN_APPLIES = re.compile(
    r"\b(?:from|since|until|as of|valid|effective|entry|force|vanaf|sinds|tot|geldig|werking|"
    r"partir|depuis|jusqu\w*|valable|vigueur|ab|seit|bis|gültig|kraft|inkrafttreten)\b",
    _I,
)


# A line opening on an update stamp ("Mis à jour :", "Last updated:", "Bijgewerkt op",
# "Aktualisiert am"); "The rules were changed on 12/06/2017." is a rule's date
_STAMP_LINE = re.compile(
    r"^\s*(?:[^\W\d]+\s+)?(?:updated|bijgewerkt|mis à jour|mise à jour|aktualisiert)"
    r"\s*(?:on|op|le|am|:)?\s*:?\s*$",
    _I,
)


def _dateline(c: _Collector, start: int, end: int) -> bool:
    if c.block.kind not in ("paragraph", "heading") or not _DATELINE_AFTER.match(
        c.text[end : end + 3]
    ):
        return False
    before = c.text[:start]
    if c.block.kind == "paragraph" and _DATELINE_BEFORE.match(before):
        return True  # "Brussel, 11/10/2004."
    if _STAMP_LINE.match(before):
        return True  # "Mis à jour : 24 juin 2022", "Updated: 24 June 2022": the page's stamp
    return bool(_NAMED_DAY_BEFORE.match(before)) and not _WHEN_APPLIES.search(before)


# "Am 1. Januar 2023 lebten 32.403 Personen …", "les chiffres dont je dispose au 25 mai
# 2011": the day figures were counted on, in a sentence of figures that says nothing of when
# a rule applies, is the figures' date (their effective_from), no rule's date.
_FIGURES = CaseBlind(
    r"(?<![\w])(?:figures|statistics|tally|cijfers|statistieken|balans|chiffres|statistiques|"
    r"bilan|zahlen|statistik\w*|angaben|bilanz)(?![\w])"
)
_CLAUSE_PIECES = re.compile(r"[,;:()]")


# "Gewijzigd op 12/06/2017 09:41", "Last modified on 3 May 2024 at 10:15", "Modifié le
# 12/06/2017 à 09h41", "Geändert am 12.06.2017 09:41": the page's timestamp, no rule's date
_STAMP_BEFORE = re.compile(
    r"\b(?:modified|updated|changed|gewijzigd|bijgewerkt|aangepast|modifié|modifiée|mis à jour|"
    r"mise à jour|geändert|aktualisiert)\s*(?:on|op|le|am|:)?\s*$",
    _I,
)
_TIME_AFTER = re.compile(r"\s*(?:,|at|om|à|um)?\s*\d{1,2}[:.h]\d{2}\b", _I)


# "lors de sa séance du 24 mai 2012", "at its meeting of 24 May 2012", "tijdens de
# vergadering van 24 mei 2012", "in seiner Sitzung vom 24. Mai 2012": the day of a sitting
_MEETING_DAY = re.compile(
    # the day a parliamentary question was answered is its dateline too ("Réponse du
    # 26/05/2023", "Answer of", "Antwoord van", "Antwort vom")
    r"\b(?:sitting|meeting|session|séance|réunion|vergadering|zitting|sitzung|tagung|answer|"
    # and the day a question was put ("Question n° 4-3101 du 25 février 2009", "Vraag nr.
    # 4-3101 van", "Frage Nr. 12 vom", "Question No. 4-3101 of")
    r"reply|réponse|antwoord|antwort|question|vraag|frage)\s+"
    r"(?:(?:n°|nº|no\.?|nr\.?)\s*[\w/-]+\s+)?"
    r"(?:of|on|van|du|de|vom|am)\s*(?:the\s+)?$",
    _I,
)


def _stamped(text: str, start: int, end: int) -> bool:
    return bool(
        _STAMP_BEFORE.search(text, max(0, start - 30), start) and _TIME_AFTER.match(text, end)
    )


def _counted_on(c: _Collector, start: int) -> bool:
    sentence = c.sentence_of(start)
    at = start - c.text.find(sentence) if sentence in c.text else 0
    clause = _CLAUSE_PIECES.split(sentence[:at])[-1] + _CLAUSE_PIECES.split(sentence[at:])[0]
    if _WHEN_APPLIES.search(clause):
        return False  # "à partir du 15 septembre 2009": when a rule applies, in its clause
    if _FIGURES.found_in(sentence):
        return True
    return any(
        (parse_number(m.group("n1")) or 0) >= 10
        for m in COUNT.finditer(sentence, lowered(sentence))
    )


def _in_citation(text: str, start: int) -> bool:
    """Whether `start` lies in a bracket that cites a law by article: '(art. 9, 8 KB …)'."""
    return bool(_OPEN_CITATION.search(text, max(0, start - 80), start))


# "4 JUIN 2009. - Arrêté du Gouvernement …", "4 JUNI 2009. - Besluit van de Regering …": the
# date that opens a text's title in the Official Gazette is its name, no rule's date
_TITLE_AFTER_DATE = re.compile(
    r"\.?\s*[-–—]\s*(?:law|act|decree|order|ordinance|royal decree|wet|besluit|decreet|"
    r"koninklijk besluit|ministerieel besluit|ordonnantie|loi|arrêté|décret|ordonnance|gesetz|"
    r"erlass|dekret|königlicher erlass|ministerieller erlass)\b",
    _I,
)
# "à la date du", "met ingang van", "with effect from", "mit Wirkung vom": when a text takes
# effect, a rule's date even when the text's name stands before it
_WITH_EFFECT_FROM = re.compile(
    r"\b(?:à la date|à dater|met ingang|with effect|mit wirkung)\s+(?:du|de|van|from|as of|vom|ab)"
    r"\s*$",
    _I,
)


def _is_law_date(text: str, start: int) -> bool:
    """A date in a law's name: 'Royal Decree of 9 June 1999', 'Directive 2009/50/EC of 25 May',
    '(art. 9,12 and 9,13 royal decree 9 June 1999)'."""
    before = text[max(0, start - 200) : start]
    if _WITH_EFFECT_FROM.search(before):
        return False  # "Le présent arrêté produit ses effets à la date du 1er septembre 2009"
    return bool(
        _in_citation(text, start)
        or _LAW.found_in(before.lower())
        or _LAW_NAMED.found_in(before)
        or _LAW_ABBREVIATION.search(before)
    )


# "The office is closed on 21 July and 31 December 2020", "Sluitingsdagen: …", "fermé le 15
# août", "Schließtage: …": the days an office is shut are no rule's date (GUIDE, devset-ak)
_CLOSED = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.closed)})(?![\w])")


_LABEL = re.compile(r"^\W*(?:[^\W\d]+\s+){0,3}[^\W\d]+\s*:")


def _office_closed(c: _Collector, start: int) -> bool:
    """Whether the date at `start` is a day the office is shut: a closing word in its own
    clause ("closed on 21 July 2025", "bleibt am 24. Dezember geschlossen"), or as the label
    its sentence opens with ("Closing periods: public holidays, 22 May, …"), but not in the
    clause before a colon that then tells a rule's date ("closed at 22 March 2012: of those
    who applied from 15 September 2009, …")."""
    sentence = c.sentence_of(start)
    label = _LABEL.match(sentence)
    if label and _CLOSED.found_in(label.group(0)):
        return True
    before = c.sentence_before(start)
    after = sentence[sentence.find(before) + len(before) :] if before in sentence else ""
    return _CLOSED.found_in(_COLON_OR_SEMI.split(before)[-1]) or _CLOSED.found_in(
        _COLON_OR_SEMI.split(after)[0]
    )


_COLON_OR_SEMI = re.compile(r"[;:]")


def _dates(c: _Collector) -> None:
    if not _YEAR.search(c.text):
        return  # every date we report has a year
    for matches in (DATE_WORDS.finditer(c.text, lowered(c.text)), DATE_DIGITS.finditer(c.text)):
        for m in matches:
            d = m.group("d") if "d" in m.groupdict() and m.group("d") else m.groupdict().get("d2")
            month = m.group("m") if m.group("m") else m.groupdict().get("m2")
            year = m.group("y") if m.group("y") else m.groupdict().get("y2")
            month_number = (
                int(month) if month.isdigit() else LEX.months.get(month.lower().rstrip("."))
            )
            try:
                when = date(int(year), int(month_number), int(d))
            except (TypeError, ValueError):
                continue
            if (
                _is_law_date(c.text, m.start())
                or _TITLE_AFTER_DATE.match(c.text, m.end())
                or _signed_or_published(c.text, m.start(), m.end())
                or _dateline(c, m.start(), m.end())
                or _counted_on(c, m.start())
                or _stamped(c.text, m.start(), m.end())
                or _MEETING_DAY.search(c.text, max(0, m.start() - 30), m.start())
                or _office_closed(c, m.start())
            ):
                c.taken.append((m.start(), m.end()))  # a law's name, not a rule's date
                continue
            c.add("date", m.start(), m.end(), None, None, None, when, rate=False, bound="exact")
            _range_start(c, m.start(), when)
            _paired_day(c, m.start(), when)


# "between 1 March and 31 May 2020", "van 1 maart tot 31 mei 2020", "du 1er mars au 31 mai
# 2020", "vom 1. März bis 31. Mai 2020": the first day of a range takes the second's year.
_DAY_MONTH_BEFORE = CaseBlind(
    rf"(?<![\w./-])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e|\.)?\s+(?P<m>{_MONTHS})\.?"
    r"\s+(?:and|to|until|en|tot|et|au|à|und|bis|-|–)\s+$"
)


def _range_start(c: _Collector, start: int, end_day: date) -> None:
    window = c.text[max(0, start - 40) : start]
    m = next(_DAY_MONTH_BEFORE.finditer(window, lowered(window)), None)
    if m is None:
        return
    month = LEX.months.get(m.group("m").lower().rstrip("."))
    try:
        when = date(end_day.year, int(month), int(m.group("d")))
    except (TypeError, ValueError):
        return
    if when < end_day:
        offset = start - len(window)
        c.add(
            "date",
            offset + m.start(),
            offset + m.end("m"),
            None,
            None,
            None,
            when,
            rate=False,
            bound="exact",
        )


# "the weekend of 30 and 31 October 2021", "30 en 31 oktober 2021", "les 30 et 31 octobre
# 2021", "am 30. und 31. Oktober 2021": a bare day joined by "and" to a full date is a date
# of its own, in the same month and year
_DAY_AND_BEFORE = re.compile(
    r"(?<![\w./,-])(?P<d>\d{1,2})(?:st|nd|rd|th|er|e|\.)?\s+(?:and|en|et|und)\s+$", _I
)


_ARTICLE_BEFORE = re.compile(r"\b(?:art\w*|§)\.?\s*$", _I)


def _paired_day(c: _Collector, start: int, day: date) -> None:
    window = c.text[max(0, start - 16) : start]
    m = _DAY_AND_BEFORE.search(window)
    if m is None or _ARTICLE_BEFORE.search(c.text, max(0, start - len(window) + m.start() - 12),
                                           start - len(window) + m.start()):
        return  # "articles 5 and 12 March 2020" is no day  # fmt: skip
    try:
        when = day.replace(day=int(m.group("d")))
    except ValueError:
        return
    if when < day:
        offset = start - len(window)
        c.add("date", offset + m.start(), offset + m.end("d"), None, None, None, when,
              rate=False, bound="exact")  # fmt: skip


# "compris entre 8,5 euros et 9,5 euros", "between EUR 8.5 and EUR 9.5", "tussen 8,5 en 9,5
# euro", "zwischen 8,5 Euro und 9,5 Euro": a range of sums (GUIDE: `range` for "between … and
# …"), the currency written at either end or both
_BETWEEN_WORD = re.compile(r"\b(?:between|tussen|entre|zwischen)\b", _I)
_MONEY_BETWEEN = re.compile(
    rf"\b(?:between|tussen|entre|zwischen)\s+(?:(?P<c1>{CURRENCY})\s*)?(?P<n1>{MONEY_DIGITS})"
    rf"(?:\s*(?P<c2>{CURRENCY}))?\s+(?:and|en|et|und)\s+(?:(?P<c3>{CURRENCY})\s*)?"
    rf"(?P<n2>{MONEY_DIGITS})(?:\s*(?P<c4>{CURRENCY}))?(?![\w'])",
    _I,
)


def _money_between(c: _Collector) -> None:
    for m in _MONEY_BETWEEN.finditer(c.scan):
        if not (m.group("c3") or m.group("c4")) and not m.group("c1"):
            continue  # "between 3 euros and 6 months": the second end is no sum
        if (m.group("c1") or m.group("c2")) is None and m.group("c4") is None:
            continue
        low, high = parse_digits(m.group("n1")), parse_digits(m.group("n2"))
        if low is None or high is None or not low < high:
            continue
        start = m.start("c1") if m.group("c1") else m.start("n1")
        c.add("money", start, m.end(), low, high, "EUR")


# "Le tarif va de 22,80 € à 23,30 €", "gaat van 22,80 euro tot 23,30 euro", "reicht von
# 22,80 € bis 23,30 €", "from 22.80 euros to 23.30 euros": both ends written with their
# currency after an opener are one range (a change, "passe de … à", is two values)
_MONEY_FROM_TO = re.compile(
    rf"(?<![\w])(?:from|van|de|von)\s+(?P<n1>{MONEY_DIGITS})\s*{CURRENCY}\s*"
    rf"(?:to|tot|à|a|bis|-)\s*(?P<n2>{MONEY_DIGITS})\s*{CURRENCY}",
    _I,
)
_FROM_WORD = re.compile(r"\b(?:from|van|de|von)\s+\d", _I)


def _money_from_to(c: _Collector) -> None:
    for m in _MONEY_FROM_TO.finditer(c.scan):
        low, high = parse_digits(m.group("n1")), parse_digits(m.group("n2"))
        if low is None or high is None or not low < high:
            continue
        clause = _CLAUSE_MARK.split(c.text[max(0, m.start() - 60) : m.start()])[-1]
        if _CHANGE_VERB.found_in(clause):
            continue  # "le tarif passe de 22,80 € à 23,30 €": the old value and the new
        c.add("money", m.start("n1"), m.end(), low, high, "EUR")


def _money(c: _Collector) -> None:
    if not _ANY_CURRENCY.found(c.scan, c.lowered_scan):
        return  # every money match holds a currency: most blocks with digits have none
    if _BETWEEN_WORD.search(c.scan):
        _money_between(c)
    if _FROM_WORD.search(c.scan):
        _money_from_to(c)
    for m in MONEY.finditer(c.scan):
        first = m.group("n1") or m.group("m1")
        second = m.group("n2") or m.group("m2")
        value = parse_digits(first)
        if value is None:
            continue
        value_max = parse_digits(second) if second else None
        times = m.group("x1") or m.group("x2")
        if times:
            factor = LEX.multipliers[_SPACE_RUN.sub(" ", times.lower())]
            value = round(value * factor, 2)
            value_max = round(value_max * factor, 2) if value_max is not None else None
        c.add("money", m.start(), m.end(), value, value_max, "EUR")
        if _TIMES_FACTOR.match(c.text, m.end(), m.end() + 16):
            c.times_sum = True


# "12 x " right before a sum: how many times it is counted
_FACTOR_BEFORE = re.compile(r"\s\d{1,2}\s*[x×]\s*$")


# "(posted: 4.100,00 x 12; insured in Belgium: 3.735,63 euros x 13,92)": a term of a sum's
# computation, written without its currency beside one written with it
_BARE_TERM = re.compile(rf"(?<![\w.,])(?P<n>{MONEY_DIGITS})(?=\s*[x×]\s*\d)")


# "meer dan 88.320 € (6.873,15 x 12,85)": the computation in brackets right after a sum with
# its currency, a monthly part and its multiplier (GUIDE, devset-x)
_SUM_THEN_BRACKET = re.compile(
    rf"(?:\d\s*{CURRENCY}|{CURRENCY}\s*[\d.,]*\d)(?:\s+[^\W\d]+){{0,3}}\s*\(\s*$", _I
)


# "Elektronische I kaart: … (30,80)" below "… (30,80 euro)": a price in cents in brackets
_BARE_PRICE = re.compile(r"\(\s*(?P<n>\d{1,4}[.,]\d{2})\s*\)")
# "Attest van immatriculatie: 2,57 (vanaf 1 januari 2023)" below "A-kaarten: 23,94 euro (…)":
# a label, a colon, then a price in cents and nothing of its own after it
_BARE_PRICE_AFTER_LABEL = re.compile(
    r":\s*(?P<n>\d{1,4}[.,]\d{2})(?![\d.,])(?=\s*(?:\(|[;.]?\s*$))"
)


def _bare_prices(c: _Collector) -> None:
    """A price in brackets written without its currency in a list whose item above gives
    one with it ('(30,80)' below '(30,80 euro)') is money: a reader takes it as euros, as
    the GUIDE reads a part without its sign among parts with one (devset-x)."""
    if not c.priced_above:
        return
    for m in _BARE_PRICE_AFTER_LABEL.finditer(c.text):  # "Attest (oranje kaart): 2,57"
        value = parse_digits(m.group("n"))
        if value is not None:
            c.add("money", m.start("n"), m.end("n"), value, None, "EUR")
    if "(" not in c.text:
        return
    for m in _BARE_PRICE.finditer(c.text):
        value = parse_digits(m.group("n"))
        if value is not None:
            c.add("money", m.start("n"), m.end("n"), value, None, "EUR")


def _bare_terms(c: _Collector) -> None:
    """A monthly part written without a currency sign among parts that carry one ('posted:
    4.100,00 x 12' beside '3.735,63 euros x 13,92', in the block or the list item above) is
    money all the same: a reader takes it as euros (GUIDE, devset-x). Its multiplier is none."""
    if "x" not in c.scan and "X" not in c.scan and "×" not in c.scan:
        return
    for m in _BARE_TERM.finditer(c.scan):
        if not (
            c.times_sum
            or c.times_above
            or _SUM_THEN_BRACKET.search(c.text, max(0, m.start() - 30), m.start())
        ):
            continue
        value = parse_digits(m.group("n"))
        if value is None or value < 100:
            continue  # "2 x 3 photos": a product of small numbers, no monthly pay
        c.add("money", m.start(), m.end(), value, None, "EUR")
        c.times_sum = True


def _simple(c: _Collector, regex: CaseBlind, kind: str, unit: str, rate: bool = False) -> None:
    for m in regex.finditer(c.scan, c.lowered_scan):
        value = parse_number(m.group("n1"))
        if value is None:
            continue
        if kind == "size":
            if not c.text[m.start()].isdigit() and m.group("unit").lower() in ("go", "mo", "ko"):
                continue  # "in one go": a number in words before the short French units, which
                # are words of their own, is no file size ("two GB" still is)
            if c.scan[m.start("unit") : m.end("unit")] == "KB" and (
                _CITATION.search(c.text[max(0, m.start() - 20) : m.start()])
                or _in_citation(c.text, m.start())
            ):
                continue  # "art. 9,2 KB", "(art. 9, 8 KB …)": 2° of a royal decree (KB)
            value = round(value * SIZES[m.group("unit").lower()], 6)
            if _download_label(c, m.start(), m.end()):
                c.taken.append((m.start(), m.end()))
                continue
        c.add(kind, m.start(), m.end(), value, None, unit, rate=rate)


_FILE_LABEL = re.compile(
    r"(?:\b(?:pdf|docx?|xlsx?|odt|ods|rtf|zip|jpe?g|png)\b[\s,;:/-]*|[(\[]\s*)$", _I
)


def _download_label(c: _Collector, start: int, end: int) -> bool:
    """'(PDF, 85 KB)', '[pdf - 1,2 MB]': the size of a file to download, not an upload limit
    ('one PDF of at most 15 MB' has a bound, so it stays)."""
    if not _FILE_LABEL.search(c.text[max(0, start - 16) : start]):
        return False
    right = _right_window(c.text, c.scan, end)
    return not (_left_bound(_left_window(c.text, start)) or _RIGHT_BOUND.match(right))


def _is_age(text: str, start: int, end: int) -> bool:
    if _SIGNED_BAND.search(text, max(0, start - 6), start):
        return True  # "15,40 EUR (<18 J.)": a price's age band (GUIDE, devset-u)
    if _PERSONS_COMPARED.search(text, max(0, start - 40), start) and not _TENURE_AFTER.match(
        text[end : end + 40]
    ):
        return True  # "(Personen über 17 Jahre)": people over so many years are that old
    before = text[max(0, start - 40) : start].lower()
    if _AGE_BEFORE.found_in(before) or _AGE_AFTER.match(text[end : end + 20].lower()):
        return True
    return _AGE_NEAR.found_in(text[max(0, start - 25) : min(len(text), end + 20)])


# "loopt over de 90 dagen heen", "geht über die 90 Tage hinaus": beyond a value, more than it
_OVER_THE = re.compile(r"\b(?:over|über)\s+(?:de|het|die|den|das)\s*$", _I)
_BEYOND_AFTER = re.compile(r"^\s*(?:heen|hinaus)\b", _I)
# "persons over 17 years", "personen ouder dan 17 jaar", "personnes de plus de 17 ans",
# "Personen über 17 Jahre": people compared with a number of years name their age
_PERSONS_COMPARED = re.compile(
    r"\b(?:persons|people|personen|personnes|menschen|"
    # "pour les Belges à partir de 12 ans", "étrangers de plus de 12 ans", "Ausländer ab 12
    # Jahren", "vreemdelingen vanaf 12 jaar", "foreigners over 12 years": a group of people
    r"belgians|foreigners|foreign nationals|nationals|citizens|residents|applicants|"
    r"belgen|vreemdelingen|buitenlanders|burgers|onderdanen|inwoners|aanvragers|"
    r"belges|étrangers|étrangères|ressortissants|citoyens|habitants|demandeurs|"
    r"belgier|belgierinnen|ausländer|ausländerinnen|staatsangehörige|bürger|einwohner|"
    r"antragsteller|"
    # "adultes et mineurs à partir de 12 ans", "volwassenen en minderjarigen vanaf 12 jaar"
    r"adults|minors|adultes|mineurs|mineures|volwassenen|minderjarigen|erwachsene|"
    r"minderjährige)\s+(?:over|under|older than|younger than|from|aged|"
    r"ouder dan|jonger dan|boven|onder|vanaf|van|de plus de|de moins de|à partir de|dès|âgés de|"
    r"über|unter|älter als|jünger als|ab|von)\s*$",
    _I,
)
# "(<18 J.)", "(≥ 65 ans)": a comparison sign opening a bracket, as a price per age band says it
_WORD_JOINED = re.compile(r"[^\W\d_]+-(?=[^\W\d_])")
_HYPHEN_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_SUM_RIGHT_BEFORE = re.compile(r"(?:\d\s*(?:€|eur\w*)|(?:€|eur)\s*[\d.,]*\d)\s*[\w.]*\s*$", _I)
_BRACKETED = re.compile(r"\([^()]{0,40}\)")
_OLD_AFTER = re.compile(r"\s*(?:old|oud|alt)\b", _I)  # not "years of age": a person's
_DOCUMENT_NOUN = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.document_nouns)})(?![\w])")
# "Délai de déclaration :", "Aangiftetermijn:", "Meldefrist:", "Deadline to appeal:": a label
# naming the time the reader has to act, the value after its colon
# The time someone has or is given, with what to do in it: "you get 15 days to complete your
# file", "hebt u dan 3 maanden om", "vous recevez 15 jours pour", "Sie erhalten 15 Tage, um"
_GIVEN_TIME = re.compile(
    r"\b(?:have|has|get|gets|receive|receives|is given|are given|hebt|heb|heeft|hebben|"
    r"krijgt|krijg|krijgen|ontvangt|avez|ont|(?:il|elle|on) a|recevez|reçoit|reçoivent|"
    r"obtenez|disposez|dispose|haben|hat|habt|erhalten|erhält|bekommen|bekommt)"
    # "hebben na het behalen van hun diploma 3 maanden de tijd", "ont, après leur diplôme,
    # 3 mois pour": the words of when, set off by commas or not, between the verb and the time
    r",?\s+(?:[^\W\d]+,?\s+){0,7}$",
    _I,
)
_TO_ACT_AFTER = re.compile(
    r"\s*(?:(?:de tijd|the time|le temps|(?:die\s+)?zeit)\s*)?,?\s*"
    r"(?:om|to|in which to|pour|afin de|um)\s+[^\W\d]",
    _I,
)
# "Sie haben 3 Monate Zeit, den Antrag zu stellen": German's time given, with the infinitive
# clause after a comma and no "um"
_ZEIT_AFTER = re.compile(r"\s*zeit\s*,\s*[^\W\d]", _I)
# "…, and 15 calendar days for", "en 10 dagen voor", "et de 10 jours pour", "und 10 Tage für"
_AND_BEFORE = re.compile(r"(?:,\s*)?\b(?:and|en|et|und)\s+(?:de\s+|d['’]\s*)?$", _I)
_FOR_AFTER = re.compile(
    r"\s*(?:(?:de tijd|the time|le temps|zeit)\s*)?,?\s*(?:to|for|om|voor|pour|afin de|für|um)\b",
    _I,
)
_TIME_TO_ACT_LABEL = re.compile(
    r"(?:\b(?:délai|termijn|frist|deadline|time limit)\s+(?:de|d'|du|voor|om|zur|zum|für|for|to)\s*"
    r"(?:la\s+|le\s+|l'|het\s+|de\s+)?"
    r"(?:déclar\w*|recours|inscri\w*|aangifte\w*|beroep\w*|meld\w*|anmeld\w*|einspruch\w*|"
    r"widerspruch\w*|appeal\w*|declar\w*|register\w*|registration)"
    r"|\b(?:aangifte|beroeps|aanmeldings|melde|anmelde|einspruchs|widerspruchs)(?:termijn|frist))"
    r"\s*:\s*$",
    _I,
)
# "(delivered in the last 6 months)", "afgeleverd in de laatste 6 maanden", "délivrée dans les
# 6 derniers mois" (its unit's filler): a document at most that old ("permits issued during
# the past 12 months" is the window of a list, exact)
_ISSUED_IN_THE_LAST = re.compile(
    r"\b(?:delivered|issued|dated|afgeleverd|afgegeven|uitgereikt|délivrée?s?|émise?s?|"
    r"ausgestellt)\s+(?:in|within|binnen|dans|innerhalb)\s+"
    r"(?:the|de|les|des|der|den)?\s*(?:last|past|laatste|afgelopen|voorbije|letzten)?\s*$",
    _I,
)
# "within the last 59 months", "binnen de laatste 5 jaar", "innerhalb der letzten 5 Jahre",
# "over the past 3 years": a window looked back over from now, `exact` like "in the last"
_LOOK_BACK = re.compile(
    r"\b(?:within|in|during|over|binnen|in|tijdens|gedurende|innerhalb|in|während)\s+"
    r"(?:the|de|het|der|den|des)\s+(?:last|past|previous|preceding|laatste|afgelopen|voorbije|"
    r"vorige|voorgaande|letzten|vergangenen|vorigen|zurückliegenden)\s*$",
    _I,
)
# "dans les 5 dernières années", "au cours des 59 derniers mois": French puts "last" after
_LOOK_BACK_FR = re.compile(r"\b(?:dans|durant|pendant|au cours)\s+(?:les|des)\s*$", _I)
_LAST_FR = re.compile(r"\b(?:derniers|dernières|écoulés|écoulées)\b", _I)
# "a certificate issued …, delivered …": a paper's age, which "in the last" caps (max)
_ISSUED_WORD = re.compile(
    r"\b(?:issued|delivered|dated|obtained|afgeleverd|afgegeven|uitgereikt|gedateerd|"
    r"délivrée?s?|émise?s?|datée?s?|obtenue?s?|ausgestellt|datiert)\b",
    _I,
)
_SIGNED_BAND = re.compile(r"\(\s*[-+<>≤≥]\s*$")  # and "(- 18 j.)", "(+ 65 ans)": the band's sign


_RANGE_CONNECTORS = ("-", "–", "to", "tot", "à", "au", "bis", "through")


_TOP_IS_MAXIMUM = re.compile(r"(?:to|tot|à|bis)\s+(?:a\s+)?(?:maxim|höchst)")


# a phone number's earlier groups right before a value: "087 59 64 ", "+32 2 800 38 ", "02/553 08 "
# a phone line's label and the groups before the value: "Telefoon: + 32 (0)2 233 48 ", "Tél. :
# +32 ", "Telefon: 087 59 "
_PHONE_LABEL_BEFORE = re.compile(
    r"\b(?:tel|tél|telefoon|telephone|téléphone|telefon|phone|fax|gsm|mobile|mobiel|portable|"
    r"handy)\.?\s*(?::\s*|(?=[+0(]))[+\d\s().\/-]*$",
    _I,
)
_PHONE_GROUPS_BEFORE = re.compile(r"(?:\+\d{2}\s?|\b0)\d{1,3}(?:[ ./]\d{2,3}){1,3}[ ./]$")


def _units(c: _Collector) -> None:
    for m in UNIT.finditer(c.scan, c.lowered_scan):
        unit = UNIT_NAMES[LEX.units[_SPACE_RUN.sub(" ", m.group("unit").lower())]]
        value = parse_number(m.group("n1"))
        if value is None:
            continue
        if unit == "hours" and _clock_time(c, m):
            c.taken.append((m.start(), m.end()))  # "open van 9.00 tot 12.30 uur": office hours
            continue
        value_max = None
        start = m.start()
        first, first_bound = None, None  # a value of its own before this one, sharing its unit
        if m.group("n2"):
            conn = _SPACE_RUN.sub(" ", m.group("conn").lower())
            opener = _RANGE_OPENER.search(c.text[max(0, start - 25) : start])
            if (
                conn in _RATIO  # "90/180 days": two periods sharing one unit
                or _CHANGE_CONNECTOR.match(conn)  # "van 45 naar 75 dagen": old and new
                or (conn in _RANGE_CONNECTORS and opener and _is_change(c, start))
            ):
                first = (m.start("n1"), m.end("n1"), value)
                first_bound = None if conn in _RATIO else "exact"  # "from" opens, bounds nothing
                value, start = parse_number(m.group("n2")), m.start("n2")
            elif conn in _RANGE_CONNECTORS or opener or _TOP_IS_MAXIMUM.match(conn):
                value_max = parse_number(m.group("n2"))
            else:  # "3 and 4 weeks" without an opener: the second number alone has the unit
                value = parse_number(m.group("n2"))
                start = m.start("n2")
        elif unit != "hours":
            first = _bounded_first(c, start)  # "minimum 2,5 en maximum 5,5 maand"
        if not m.group("n2"):
            for other in _alternatives(c, start):  # "twee of drie jaar", "Na 4, 3 of 2 jaar"
                kind = _unit_kind(c, unit, m, other[0], other[2], None)
                c.add(kind, other[0], other[1], other[2], None, unit, rate=kind != "age")
        if first is not None and first[2] is not None:
            kind = _unit_kind(c, unit, m, first[0], first[2], None)
            c.add(
                kind,
                first[0],
                first[1],
                first[2],
                None,
                unit,
                rate=kind != "age",
                bound=first_bound,
            )
        if value is None:
            continue
        if unit == "years" and value == 1 and _KIND_OF_YEAR.match(c.text, m.end()):
            c.taken.append((m.start(), m.end()))  # "une année préparatoire": a kind of year
            continue
        if value == 1 and (
            _COST_OF.search(c.text, max(0, m.start() - 40), m.start())
            or _SUM_FOR.search(c.text, max(0, m.start() - 30), m.start())
        ):
            c.taken.append((m.start(), m.end()))  # "le coût d'une année d'études": what a
            continue  # sum is for, no period
        if value != 1 and _LAST_PERIOD.search(m.group(0)):
            continue  # "against 141 last year": the year before, no period of 141 years
        if unit == "years" and value > _MOST_YEARS:
            c.taken.append((m.start(), m.end()))  # "unter 1700 an": a phone number, no period
            continue
        if _PHONE_GROUPS_BEFORE.search(c.text, max(0, m.start() - 16), m.start()):
            c.taken.append((m.start(), m.end()))  # "Rufen Sie 087 59 64 00 an": the last
            continue  # group of a phone number before German's "an", no period
        kind = _unit_kind(c, unit, m, start, value, value_max)
        sign = _SIGN_RIGHT_BEFORE.search(c.text, max(0, start - 3), start)
        bound = (
            _SIGNED_AGE.get(
                sign.group("sign") or sign.group("spaced") or sign.group("bracketed")
            )
            if kind == "age" and sign
            # "un court séjour (< 90 jours)", "a long stay (> 90 days)": a comparison sign
            # bounds a period too ("-" and "+" only an age: "EU-30 days" joins words)
            else _SIGNED_AGE.get(sign.group("sign") or sign.group("spaced"))
            if sign and (sign.group("sign") or sign.group("spaced") or "") in "<>≤≥"
            else None
        )
        if bound is None and kind == "duration":
            stay = _STAY_SIGN.search(c.text, max(0, start - 30), start)
            bound = _SIGNED_AGE[stay.group("sign")] if stay else None  # "(verblijf - 3
            # maanden)", "séjour de + 3 mois": a stay shorter or longer than so long
        bound = bound or _end_of_split_range(c, start, m.end(), unit)
        c.add(kind, start, m.end(), value, value_max, unit, rate=kind != "age", bound=bound)
        part = _OF_WHICH.match(c.text, m.end(), m.end() + 2 * _NEAR)
        if kind == "duration" and part and start in c._index:
            whole = c.found[c._index[start]]  # "46 jours par an, dont 23 pendant …": the part
            for group in ("n", "n2"):  # (and the next part) in the whole's unit and bound
                n = parse_number(part.group(group)) if part.group(group) else None
                if n is not None:
                    c.add("duration", part.start(group), part.end(group), n, None, unit,
                          rate=False, bound=whole.bound)
        window = _WINDOW_OF_SAME_UNIT.match(c.text, m.end(), m.end() + _NEAR)
        if kind == "duration" and window:  # "90 days out of a period of 180": 180 days too
            n = parse_number(window.group("n"))
            if n is not None:
                c.add("duration", window.start("n"), window.end("n"), n, None, unit, bound="exact")


# "141 last year", "141 vorige maand": a singular period after a word of order names a time
# ("last year"), not so many periods ("the five last years" is plural)
_LAST_PERIOD = re.compile(
    r"\b(?:last|next|past|previous|vorige|volgende|afgelopen|voorbije)\s+"
    r"(?:year|month|week|day|jaar|maand|week|dag)$",
    _I,
)
# "46 days a year, of which 23 during term", "46 dagen per jaar, waarvan 23", "46 jours par an,
# dont 23 … et 23 …", "46 Tage pro Jahr, davon 23": parts of a period, without their unit
_NO_UNIT_AFTER = rf"(?!\d|[.,]\d|\s*(?:%|€|{_UNIT_WORDS}))"
_OF_WHICH = re.compile(
    rf"[^.;:\d]{{0,30}}?,\s*(?:of which|waarvan|dont|davon)\s+(?P<n>{DIGITS}){_NO_UNIT_AFTER}"
    rf"(?:[^.;:,\d]{{0,50}}?\s(?:and|en|et|und)\s+(?P<n2>{DIGITS}){_NO_UNIT_AFTER})?",
    _I,
)
# German ends a limit on its verb: "auf 5 Monate (in 12) begrenzt"
_LIMITED_AFTER = r"begrenzt|beschränkt"
# "90 days out of a period of 180", "90 dagen binnen een periode van 180", "90 jours sur une
# période de 180", "90 Tage innerhalb eines Zeitraums von 180": the window days are counted
# in, its number without a unit of its own, is in the first one's unit (and exact)
_WINDOW_OF_SAME_UNIT = re.compile(
    r"\s+(?:(?:out of|within|in|over|per|binnen|op|sur|dans|innerhalb|über|auf)\s+"
    r"(?:a|an|een|une|eines|einem|einen|the|de|la)\s+"
    r"(?:period|periode|période|zeitraums?|tijdspanne)\s+(?:of|van|de|d'|d’|von)\s*"
    # "at most 90 days out of 180", "90 dagen op 180", "90 jours sur 180", "90 Tage von 180"
    r"|(?:[^\W\d]+\s+){0,2}?(?:out of|op|sur|von)\s+"
    # "limited to 5 months in 12", "auf 5 Monate in 12 begrenzt": "in" only before a bare
    # number that ends the clause ("90 days in 2025" is a year, "in 2 copies" a count)
    rf"|in\s+(?=\d{{1,3}}(?:\s*[.;,)]|\s*$|\s+(?:{_LIMITED_AFTER}))))"
    rf"(?P<n>{DIGITS})(?!\d|[.,]\d|\s*(?:%|€|{_UNIT_WORDS}))",
    _I,
)
_WINDOW_AFTER = re.compile(
    rf"\s+(?:in|op|sur|von|out of)\s+\d{{1,3}}(?![\d.,])(?=\s+(?:{_LIMITED_AFTER}))", _I
)


_THAN_AFTER = re.compile(r"\s*(?:(?:dan|than|que|qu['’]|als)\b|(?:de|d['’])\s*\d)", _I)
# "90 jours de prestations au maximum", "90 days of work at most": what the period is of
_OF_NOUN_AFTER = re.compile(
    r"\s+(?:(?:de|of|van|an)\b|d['’])\s*(?!(?:which|whom|whose|them|these|those|welke|wie|die|dat|"
    r"deze|quoi|lesquel\w*|ceux|celles|la|le|les|l)\b)[^\W\d]+(?=\s)",
    _I,
)


def _bound_past_window(text: str, end: int) -> re.Match | None:
    """The bound after the window a period is counted in ("auf 5 Monate in 12 begrenzt"), or
    after what it is a period of ("90 jours de prestations au maximum")."""
    window = _WINDOW_AFTER.match(text, end) or _OF_NOUN_AFTER.match(text, end)
    return _RIGHT_BOUND.match(text[window.end() : window.end() + 30]) if window else None
# "4 and a half months", "4 en een halve maand" ("een" is 1 in the scan), "4 mois et demi",
# "viereinhalb Monate": the number and a half, in its unit (read before the whole number is)
_AND_A_HALF = CaseBlind(
    rf"(?<![\d.,])(?P<n1>{DIGITS})\s*(?:(?:and|en)\s+(?:(?:a|1)\s+)?(?:half|halve)\s+"
    rf"(?:{_FILLER}\s+)?(?P<unit>{_UNIT_WORDS})"
    rf"|(?P<unit2>{_UNIT_WORDS})\s+et\s+demie?"
    rf"|einhalb\s+(?P<unit3>{_UNIT_WORDS}))(?![\w'])",
    needles=("half", "halve", "demi", "einhalb"),
)
_GERMAN_NUMBER_AND_A_HALF = re.compile(r"\b(?P<word>[a-zäöüß]+)einhalb\b", _I)


def _and_a_half(c: _Collector) -> None:
    lower = c.lowered_scan if c.lowered_scan is not None else c.scan.lower()
    if "hal" not in lower and "demi" not in lower:
        return  # "half", "halve", "einhalb", "demi": most blocks have none
    # "viereinhalb": the scan has no digits for a number word glued to "einhalb"
    scan = _GERMAN_NUMBER_AND_A_HALF.sub(_german_half_digits, c.scan)
    for m in _AND_A_HALF.finditer(scan, lowered(scan)):
        value = parse_number(m.group("n1"))
        word = m.group("unit") or m.group("unit2") or m.group("unit3")
        if value is None:
            continue
        unit = UNIT_NAMES[LEX.units[_SPACE_RUN.sub(" ", word.lower())]]
        kind = "hours" if unit == "hours" else "duration"
        c.add(kind, m.start(), m.end(), value + 0.5, None, unit)
    for m in _HALF_IN_WORDS.finditer(c.text, lowered(c.text)):
        word = m.group("unit") or m.group("unit_b") or m.group("unit2")
        unit = UNIT_NAMES[LEX.units[_SPACE_RUN.sub(" ", word.lower())]]
        kind = "hours" if unit == "hours" else "duration"
        value = 0.5 if m.group("unit2") else 1.5
        c.add(kind, m.start(), m.end(), value, None, unit)


# Numbers in words with a half (GUIDE: numbers in words count): "a year and a half", "anderhalf
# jaar", "anderthalb Jahre" are 1.5 of the unit ("un an et demi", "eineinhalb Jahre" and "4 and a
# half months" are read above); "half a year", "een half jaar", "een halve maand", "ein halbes
# Jahr", "un demi-mois", "une demi-journée" are 0.5 of it
_HALF_IN_WORDS = CaseBlind(
    rf"(?<![\w'’-])(?:(?:a|one)\s+(?P<unit>{_UNIT_WORDS})\s+and\s+a\s+half"
    rf"|(?:anderhalf|anderhalve|anderthalb|anderthalbe)\s+(?P<unit_b>{_UNIT_WORDS})"
    rf"|(?:half\s+an?|an?\s+half|een\s+half|een\s+halve|(?:ein|einen|eine|einem|eines)\s+"
    rf"halb(?:es|en|e|er|em)?|(?:un|une)\s+demi-?\s*)\s*(?P<unit2>{_UNIT_WORDS}))(?![\w'’])",
    needles=("half", "halve", "halb", "demi"),
)


def _german_half_digits(m: re.Match) -> str:
    """'viereinhalb' as '4' padded to the number word's width, then 'einhalb'."""
    value = parse_number(m.group("word"))
    if value is None:
        return m.group(0)
    digits = str(int(value))
    word = m.group("word")
    return (digits.ljust(len(word)) if len(digits) <= len(word) else word) + "einhalb"


# "tussen 90 dagen en twaalf maanden", "between 3 months and 2 years", "entre 90 jours et
# douze mois", "zwischen 90 Tagen und zwölf Monaten": a range whose ends have units of their
# own is two rows (GUIDE.md), the first `min`, the second `max`. Read on the scan (digits).
_BETWEEN = r"(?:between|tussen|entre|zwischen)"
_AND = r"(?:and|en|et|und)"
_SPLIT_RANGE_FIRST = CaseBlind(rf"{_BETWEEN}\s+$")
_SPLIT_RANGE_NEXT = CaseBlind(
    rf"^\s+{_AND}\s+{DIGITS}(?:\s+{_FILLER})?\s+(?P<unit>{_UNIT_WORDS})(?![\w'])"
)
_SPLIT_RANGE_SECOND = CaseBlind(
    rf"{_BETWEEN}\s+{DIGITS}(?:\s+{_FILLER})?\s+(?P<unit>{_UNIT_WORDS})\s+{_AND}\s+$"
)

# "plus de 90 jours à 12 mois", "more than 90 days to 12 months", "meer dan 90 dagen tot 12
# maanden", "mehr als 90 Tage bis 12 Monate": a range from one unit to another, no opener
_SPLIT_RANGE_TO = CaseBlind(
    rf"{DIGITS}(?:\s+{_FILLER})?\s+(?P<unit>{_UNIT_WORDS})\s+(?:à|to|tot|bis)\s+$"
)

# its first end: "for 90 days to twelve months", "van 90 dagen tot twaalf maanden", "de 90
# jours à douze mois", "von 90 Tagen bis zwölf Monate": at least the first (GUIDE, devset-f)
_SPLIT_RANGE_TO_NEXT = CaseBlind(
    rf"^\s+(?:à|to|tot|bis)\s+{DIGITS}(?:\s+{_FILLER})?\s+(?P<unit>{_UNIT_WORDS})(?![\w'])"
)


def _end_of_split_range(c: _Collector, start: int, end: int, unit: str) -> str | None:
    """'min' or 'max' for an end of a range whose two ends carry different units."""
    before = c.scan[max(0, start - 60) : start]
    after = c.scan[end : end + 40]
    if _SPLIT_RANGE_FIRST.found_in(before[-12:]):
        nxt = next(_SPLIT_RANGE_NEXT.finditer(after, lowered(after)), None)
        if nxt and _unit_name(nxt.group("unit")) != unit:
            return "min"
    nxt = next(_SPLIT_RANGE_TO_NEXT.finditer(after, lowered(after)), None)
    if nxt and _unit_name(nxt.group("unit")) != unit:
        return "min"  # "for 90 days to twelve months": the bottom, in its own unit
    first = next(_SPLIT_RANGE_SECOND.finditer(before, lowered(before)), None)
    if first and _unit_name(first.group("unit")) != unit:
        return "max"
    first = next(_SPLIT_RANGE_TO.finditer(before, lowered(before)), None)
    if first and _unit_name(first.group("unit")) != unit:
        return "max"  # "plus de 90 jours à 12 mois": the top, in its own unit
    return None


def _unit_name(word: str) -> str:
    return UNIT_NAMES[LEX.units[_SPACE_RUN.sub(" ", word.lower())]]


# "une année préparatoire", "une année académique", "l'année scolaire": a kind of year named
# by the adjective after it (English, Dutch and German put it before or in one word:
# "a preparatory year", "een voorbereidend jaar", "ein Vorbereitungsjahr")
_KIND_OF_YEAR = re.compile(
    r"\s+(?:préparatoire|académique|scolaire|universitaire|civile|budgétaire)s?\b", _I
)
# "the cost of one year of study", "le coût (minimum) d'une année d'études", "de kosten van één
# maand", "die Kosten eines Monats": one period named as what a sum pays for, no period of a
# rule
_COST_OF = re.compile(
    r"(?:\b(?P<least>minimum|minimal|minimale|maximum|maximal|maximale)\s+|\b(?:mindest|höchst))?"
    r"(?:(?<![\w])|(?<=mindest)|(?<=höchst))"
    r"(?:cost|costs|price|coût|coûts|prix|kosten|kost|prijs|preis)"
    r"(?:\s+(?:(?P<least2>minimum|maximum)|moyen|average|gemiddelde))?"
    r"\s+(?:of|d['’]|de|van|für|eines|einer|per)\s*$",
    _I,
)
_COST_OF_ONE = re.compile(
    _COST_OF.pattern.removesuffix(r"\s*$")
    + r"\s*(?:(?:one|a|an|une|un|een|één|ein|einen)\s+)?(?:(?P<year>year|année|(?<=un )an|jaar|"
    r"jahr(?:es|s)?|studienjahr(?:es|s)?|studiejaar|academiejaar)|month|mois|maand|monat(?:s)?)\b",
    _I,
)
# "7248 EUR pour une année d'études", "EUR 7,248 for one year of study", "7248 euro voor één
# studiejaar", "7248 Euro für ein Studienjahr": right after a sum, the one period it is for is
# its rate (from half B, wallonia-ulg-financing-plan-fr)
_ONE_PERIOD = (
    r"(?:une|un|one|a|an|één|een|ein|eine|einen)\s+(?:(?P<year>année|(?<=un )an|year|jaar|"
    r"studiejaar|academiejaar|jahr|studienjahr|academic year|année académique)|month|mois|maand|"
    r"monat)\b"
)
_FOR_ONE_PERIOD = re.compile(rf"\s*(?:pour|for|voor|für)\s+{_ONE_PERIOD}", _I)
_SUM_FOR = re.compile(r"(?:€|\beur\w*|\beuro\w*|\d)\s+(?:pour|for|voor|für)\s*$", _I)
# No age and no period of a rule runs past a lifetime: more "years" than this are a number
# of something else ("bel de Infolijn op 1700", "appelez le 1700 an …").
_MOST_YEARS = 120
# "-30 jaar", "+30 ans": under and over an age, as Belgian salary pages write them; "(<18
# J.)", "(>65 ans)": as municipal price lists write an age band (GUIDE, devset-u)
_STAY_SIGN = re.compile(
    r"\b(?:verblijf|stay|séjour|aufenthalt)\s+(?:(?:de|van|von|of)\s+)?(?P<sign>[-+<>])\s*$", _I
)
_SIGNED_AGE = {"-": "max", "+": "min", "<": "max", "≤": "max", ">": "min", "≥": "min"}
_SIGN_BEFORE = re.compile(r"(?:^|[\s(])[-+<>≤≥]$")
# the sign itself, right before the value: "-30", "(<18", "(≥ 65 Jahre)" (a space after a
# comparison sign, never after "-" or "+", which then join words: "EU- 30")
_SIGN_RIGHT_BEFORE = re.compile(
    r"(?:(?P<sign>[-+<>≤≥])|(?P<spaced>[<>≤≥])\s|\((?P<bracketed>[-+])\s)$"
)  # "(- 18 j.)": "-" and "+" spaced only right after a bracket opens (no words joined there)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")
_MINUTES_AFTER = re.compile(r"\d[:.]$")
# "de 9 h à 12 h", "van 9 u tot 12 u", "9h-17h": two times of day, each with the short unit
# ("de 12 h 30 à 19 h", "entre 9 h et 12 h", "tussen 9 u en 12 u", "between 9 h and 12 h":
# minutes after the first, or "and" after a word of between, are times of day too)
_CLOCK_SPAN = re.compile(
    r"(?<![\d,.])\d{1,2}\s?[hu](?:\s?[0-5]\d)?\s*(?:à|-|–|tot|to|bis|until)\s*\d{1,2}\s?[hu]\b"
    r"|\b(?:entre|tussen|between|zwischen)\s+\d{1,2}\s?[hu](?:\s?[0-5]\d)?\s*"
    r"(?:et|en|and|und)\s*\d{1,2}\s?[hu]\b(?!\s*(?:per|a|an|par|pro|in|im)\s)",
    _I,
)
# "le lundi de 12 h 30", "om 8 u 30": an hour with its minutes after the short unit is a time
_MINUTES_AFTER_UNIT = re.compile(r"\s?[0-5]\d\b(?!\s*(?:%|€|[.,]\d))")
_CLOCK_WORDS = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.clock_words)})(?![\w])")


def _clock_time(c: _Collector, m: re.Match) -> bool:
    """'van 9.00 tot 12.30 uur', 'from 9 to 12 hours' in a sentence about opening: times of
    day, not a number of hours (the hour limits of the dev pages are whole or '7,5')."""
    if _CLOCK.search(c.text, m.start(), m.end("n2") if m.group("n2") else m.end("n1")):
        return True
    if _MINUTES_AFTER.search(c.text, max(0, m.start() - 3), m.start()):
        return True  # "9:00 to 12:30 hours": the match starts at the minutes
    around = c.text[max(0, m.start() - 24) : m.end() + 16]
    if any(
        span.start() <= m.start() - max(0, m.start() - 24) < span.end()
        for span in _CLOCK_SPAN.finditer(around)
    ):
        return True
    if m.group("unit").lower() in ("h", "u") and _MINUTES_AFTER_UNIT.match(c.text, m.end()):
        return True
    if m.group("unit").lower() in ("h", "u") and _AT_AN_HOUR.search(
        c.text, max(0, m.start() - 16), m.start()
    ):
        return True  # "si la demande est introduite avant 15 h", "vóór 15 u": an hour of the day
    if _RATE_AFTER_HOURS.match(c.text, m.end()):
        return False  # "10 tot 20 uur per week", "20 à 24 heures par semaine": a limit of hours,
        # never a time of day, whatever office the sentence names ("Het e-loket helpt …")
    return bool(m.group("n2")) and _CLOCK_WORDS.found_in(c.sentence_of(m.start()))


_RATE_AFTER_HOURS = re.compile(
    r"\s*(?:per|a|an|par|pro|in\s+de|im|in\s+der|in\s+the)\s+"
    r"(?:week|day|dag|jour|semaine|woche|tag|month|maand|mois|monat|year|jaar|an|jahr)\b",
    _I,
)


# a point in time before an hour written "h" or "u" ("avant 15 h", "om 9 u", "dès 8 h")
_AT_AN_HOUR = re.compile(
    r"(?<![\w])(?:avant|après|à|dès|jusqu'à|vers|vóór|voor|na|om|tot|vanaf|tegen)\s+$", _I
)


def _is_change(c: _Collector, start: int) -> bool:
    """'rises from 45 to 75 days', 'passe de 3 à 6 mois': an old and a new value, not a range."""
    clause = _CLAUSE_BREAK.split(c.text[max(0, start - 80) : start])[-1]
    return _CHANGE_VERB.found_in(clause)


_BOUNDED_FIRST = CaseBlind(
    rf"(?P<n1>{DIGITS})\s+(?:and|en|et|und|or|of|ou|oder)\s+(?:{alternation(LEX.bounds)})\s+$"
)


# "two or three years", "twee of drie jaar", "deux ou trois ans", "zwei oder drei Jahre",
# "Na 4, 3 of 2 jaar": values offered as alternatives share the last one's unit, each a row.
_ALTERNATIVES = re.compile(
    rf"(?<![\w.,/])(?P<values>{DIGITS}(?:\s*,\s*{DIGITS})*)\s+(?:or|of|ou|oder)\s+$", _I
)
_VALUE_IN_LIST = re.compile(DIGITS)


def _alternatives(c: _Collector, start: int) -> list[tuple[int, int, float]]:
    """The values before `start` that it is offered as an alternative to, in order."""
    offset = max(0, start - 40)
    m = _ALTERNATIVES.search(c.scan, offset, start)
    if m is None:
        return []
    found = []
    for value in _VALUE_IN_LIST.finditer(c.scan, m.start("values"), m.end("values")):
        number = parse_number(value.group(0))
        if number is not None:
            found.append((value.start(), value.end(), number))
    return found


def _bounded_first(c: _Collector, start: int) -> tuple[int, int, float | None] | None:
    """The first of two bounded values sharing the second's unit: 'at least 2.5 and at most
    5.5 months' states 2.5 months too (both bounds are needed to say so)."""
    offset = max(0, start - 60)
    window = c.scan[offset:start]
    m = next(_BOUNDED_FIRST.finditer(window, lowered(window)), None)
    if m is None:
        return None
    n1_start = offset + m.start("n1")
    if _left_bound(_left_window(c.text, n1_start)) is None:
        return None
    return n1_start, offset + m.end("n1"), parse_number(m.group("n1"))


def _unit_kind(
    c: _Collector, unit: str, m: re.Match, start: int, value: float, value_max: float | None
) -> str:
    if unit == "hours":
        return "hours"
    if (
        unit == "years"
        and _OLD_AFTER.match(c.text, m.end())
        and _DOCUMENT_NOUN.found_in(c.text[max(0, start - 40) : start])
    ):
        return "duration"  # "een paspoort dat maximaal 10 jaar oud is": a document's age is
        # a period (GUIDE: "may be at most 6 months old"), not a person's
    if unit == "years" and (
        _is_age(c.text, m.start(), m.end())
        or _BEFORE_TURNING.search(c.text, max(0, start - 40), start)
        # a column or row headed "Minimum age", "Minimumleeftijd", "Âge", "Mindestalter"
        or (c.block.kind == "table_cell" and _AGE_HEADER.search(c.headers))
        or _after_age(c, start, value)
        or _age_by_size(c, start, m.end(), value, value_max)
    ):
        return "age"
    return "duration"


def _age_by_size(
    c: _Collector, start: int, end: int, value: float, value_max: float | None
) -> bool:
    """'onder de 30 jaar', '-30 jaar', 'unter 30 Jahren', 'between 18 and 30 years': years from
    15 to 70 compared or ranged are a person's age (no duration of the dev set passes 7 years)."""
    if not 15 <= value <= 70:
        return False
    if value_max is not None or _SIGN_BEFORE.search(c.text, max(0, start - 2), start):
        return True
    right = _right_window(c.text, c.scan, end)
    left = _left_window(c.text, start)
    if _TENURE_AFTER.match(right) or _PERIOD_BEFORE.found_in(left):
        return False  # "at least 20 years of experience", "for more than 15 years"
    return bool(_left_bound(left) or _RIGHT_BOUND.match(right) or _OVER.search(left))


_TENURE_AFTER = re.compile(
    rf"^\s*(?:(?:of|van|de|d'|an)\s+)?(?:\w+\s+)?(?:{alternation(LEX.tenure)})(?![\w])", _I
)
_PERIOD_BEFORE = CaseBlind(rf"(?<![\w])(?:{alternation(LEX.period_before)})(?![\w])")


def _after_age(c: _Collector, start: int, value: float) -> bool:
    """'âgé d'au moins 18 ans et de moins de 26 ans': the second age shares the first's cue,
    when it could be the other end of it: 'älter als 18 Jahre … und mindestens ein Jahr
    zusammengelebt' is a period (no one older than 18 is younger than 1)."""
    ages = [a for a in c.found if a.kind == "age" and a.start < start]
    if not ages:
        return False
    first = ages[-1]
    if first.value is not None and (
        (first.bound == "min" and value <= first.value)
        or (first.bound == "max" and value >= first.value)
    ):
        return False
    between = c.text[first.start : start]
    return len(between.split()) <= 8 and _CONJUNCTION.found_in(between)


# A number word before "of the" names a part of a group, never an age: "under one of the
# three cases", "onder één van de gevallen", "unter einem der Fälle" ("the children under 18
# of the nationals" are under 18)
_PART_AFTER = re.compile(r"\s+(?:of|van|des|d'|d’|der|von)\b", _I)
_AGE_TRIGGER_WORDS = (
    "age|âge|alter|leeftijd|young|old|jong|oud|jünger|älter|jeune|under|unter|onder|not yet|"
    "nog niet|nog geen|pas encore|noch nicht|avoir|turns|turning|reach|atteint|wordt|moins|plus|"
    "are over|is over|am over"
)
# Only ever asked "is there one?", so the words may be tried in any order: as a prefix tree.
_AGE_TRIGGER = CaseBlind(alternation(_AGE_TRIGGER_WORDS.split("|"), space=" "))


# a number written in words ("eighteen", "twenty-one", "achttien", "dix-huit"): its letters
_SPELLED_NUMBER = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _ages_without_unit(c: _Collector) -> None:
    triggered = None  # looked for at the first age phrase only: most numbers have none
    for m in AGE_NUMBER.finditer(c.scan, c.lowered_scan):
        if _BEFORE_TURNING.search(c.text, max(0, m.start() - 40), m.start()):
            value = parse_number(m.group("n1"))  # "before they turn 18", "voordat ze 18 worden",
            if value is not None and 14 <= value <= 70 and not m.group("n2"):  # "bevor sie 18"
                c.add("age", m.start("n1"), m.end("n1"), value, None, "years", rate=False)
            continue
        if not _AGE_PHRASE_BEFORE.found_in(c.text[max(0, m.start() - 40) : m.start()]):
            # the number's end in the text: "at least eighteen" is "18" padded in the scan
            spelled = _SPELLED_NUMBER.match(c.text, m.start("n1"))
            end = spelled.end() if spelled else m.end("n1")
            if not m.group("n2") and _bare_age_of_persons(c.text, m.start(), end):
                value = parse_number(m.group("n1"))  # "both partners must be at least 21",
                if value is not None and 1 <= value <= 99:  # "moeten minstens 21 zijn"
                    bound = _bound_of_bare_age(c.text, m.start())
                    c.add("age", m.start("n1"), end, value, None, "years", rate=False,
                          bound=bound)
            continue
        if triggered is None:
            triggered = _AGE_TRIGGER.found_in(c.text)
        if not triggered:
            return  # no age cue anywhere in the block ("âgé de" alone is not one)
        word = _WORD.match(c.text, m.start(), m.start() + _NEAR)
        if word and word.group(0).lower() in ARTICLES:
            continue  # "avoir un contrat": an article, not an age of 1
        # "(if you are older than 21)": a bracket opened before the age phrase closes after it
        opened = c.text.rfind("(", max(0, m.start() - 60), m.start()) > c.text.rfind(
            ")", max(0, m.start() - 60), m.start()
        )
        if c.text.startswith(")", m.end("n1")) and not opened:
            continue  # "der unter 2) und 3) genannten Personen": points of a list, no age
        end = m.end("n2") if m.group("n2") else m.end("n1")
        if _REFERRED_UNDER.search(c.text, max(0, m.start() - 45), m.start()) or (
            _REFERRED_AFTER.match(c.text, end)
        ):
            c.taken.append((m.start("n1"), end))  # nor a count of the persons after it
            continue  # "the persons named under 2 and 3", "der unter 2 und 3 genannten": points
        if word and not word.group(0)[0].isdigit() and _PART_AFTER.match(c.text, word.end()):
            continue  # "falls under one of the cases", "valt onder één van de gevallen"
        value = parse_number(m.group("n1"))
        if value is None or not 1 <= value <= 99:
            continue
        value_max = parse_number(m.group("n2")) if m.group("n2") else None
        c.add("age", m.start("n1"), end, value, value_max, "years", rate=False)


# A bare number a person "must be at least" ends its clause on: an age, in the languages that
# say it without a unit ("both partners must be at least 21", "beide partners moeten minstens
# 21 zijn", "beide Partner müssen mindestens 21 sein"; French says "21 ans")
_MIN_WORDS = r"(?:at least|minimum|ten minste|minstens|minimaal|mindestens|wenigstens)"
_MAX_WORDS = r"(?:at most|maximum|not older than|ten hoogste|hoogstens|maximaal|höchstens|maximal)"
_BARE_AGE_BEFORE_EN = re.compile(
    rf"\b(?:be|is|are)\s+(?P<b>{_MIN_WORDS}|{_MAX_WORDS}|over|under|older than|younger than)\s+$",
    _I,
)
_BARE_AGE_BEFORE_VERB_LAST = re.compile(rf"\b(?P<b>{_MIN_WORDS}|{_MAX_WORDS})\s+$", _I)
_BARE_AGE_AFTER_EN = re.compile(r"\s*(?:[.;,)]|$|\s(?:and|or|at the time|when)\b)", _I)
_BARE_AGE_AFTER_VERB_LAST = re.compile(r"\s+(?:zijn|sein)\s*(?:[.;,)]|$)", _I)


_SENTENCE_SPLIT = re.compile(r"[.!?;:]\s")
_PERSON_SUBJECT = re.compile(
    r"\b(?:partners?|spouses?|child(?:ren)?|applicants?|persons?|people|workers?|employees?|"
    r"students?|trainees?|researchers?|au[ -]pairs?|parents?|members?|he|she|they|you|"
    r"echtgeno\w*|kind(?:eren)?|aanvragers?|personen|persoon|werknemers?|studenten|stagiairs?|"
    r"onderzoekers?|ouders?|leden|lid|hij|zij|ze|u|jij|je|"
    r"ehegatt\w*|ehepartner\w*|kinder|antragsteller\w*|arbeitnehmer\w*|studenten|"
    r"praktikant\w*|forscher\w*|elternteile?|eltern|mitglieder|mitglied|er|sie|ihr)\b",
    _I,
)


# "For students over 18:", "voor studenten boven de 18", "pour les étudiants de plus de 18 :",
# "für Studierende über 18": a group of persons named by the age it is past, without a unit, as
# "under 18" is read (round 18, half A: the other half of a pair of age bands)
_PERSON_OVER = re.compile(
    r"\b(?:students?|persons?|people|child(?:ren)?|young\s+people|youngsters|workers?|"
    r"employees?|applicants?|trainees?|members?|studenten|personen|kinderen|jongeren|werknemers|"
    r"aanvragers|stagiairs|leden|étudiant(?:e)?s?|personnes|enfants|jeunes|travailleurs|"
    r"demandeurs|stagiaires|membres|studierende|studenten|personen|kinder|jugendliche|"
    r"arbeitnehmer\w*|antragsteller\w*|praktikant\w*|mitglieder)\s+"
    r"(?:over|above|aged\s+over|boven(?:\s+de)?|ouder\s+dan|de\s+plus\s+de|"
    r"âgé(?:e)?s?\s+de\s+plus\s+de|über)\s+$",
    _I,
)
# a cheap gate before _PERSON_OVER: the word that says "past" right before the number
_OVER_WORD = re.compile(r"(?:over|above|boven|ouder\s+dan|plus|über)\s+(?:de\s+)?$", _I)
_OVER_AGE_AFTER = re.compile(
    r"\s*(?:[.;:,)]|$|\s(?:and|or|en|of|et|ou|und|oder|must|may|can|need|have|are|moeten|mogen|"
    r"kunnen|hebben|zijn|doivent|peuvent|ont|sont|müssen|dürfen|können|haben|sind|gilt|geldt|"
    r"applies|s'applique)\b)",
    _I,
)


# "after the age of 65", "na de leeftijd van 65", "après l'âge de 65 ans", "nach dem 65.
# Lebensjahr", "ab dem Alter von 65": an age after which, in a negated sentence ("not possible
# after the age of 65", "niet meer mogelijk", "n'est plus possible", "nicht mehr möglich"), the
# thing is allowed only up to it: max (round 18, half B)
_AFTER_AGE_BEFORE = re.compile(
    r"\b(?:after|beyond|past|over|na|boven|après|au-delà\s+de|passé|nach|ab|über)\s+"
    r"(?:the\s+age\s+of|age|de\s+leeftijd\s+van|l['’]âge\s+de|dem\s+alter\s+von|"
    r"einem\s+alter\s+von|dem|vollendung\s+des|(?:het|de)\s+)\s*$",
    _I,
)


def _bare_age_of_persons(text: str, start: int, end: int) -> bool:
    left = text[max(0, start - 40) : start]
    if _OVER_WORD.search(left) and _PERSON_OVER.search(left) and _OVER_AGE_AFTER.match(text, end):
        return True
    sentence = _SENTENCE_SPLIT.split(text[max(0, start - 100) : start])[-1]
    if not _PERSON_SUBJECT.search(sentence):
        return False  # "the score must be at least 60": a person's age only
    if _BARE_AGE_BEFORE_EN.search(left) and _BARE_AGE_AFTER_EN.match(text, end):
        return True
    if _OR_OLDER_AFTER.match(text, end) and (
        _BARE_AGE_IS.search(left)
        or _BARE_AGE_AFTER_VERB_LAST.match(text, _OR_OLDER_AFTER.match(text, end).end())
    ):
        return True  # "the applicant is 18 or older", "moet 18 of ouder zijn", "18 oder älter
        # sein": at least 18 (GUIDE: "or more", "or older" are min)
    return bool(
        _BARE_AGE_BEFORE_VERB_LAST.search(left) and _BARE_AGE_AFTER_VERB_LAST.match(text, end)
    )


# "18 or older", "18 or over", "18 and over", "18 or above", "18 of ouder", "18 oder älter":
# at least the number, said after it ("or more" is a count's as well, and left out)
_OR_OLDER_AFTER = re.compile(
    r"\s+(?:or|and|of|en|ou|oder|und)\s+(?:older|over|above|ouder|älter)\b", _I
)
_BARE_AGE_IS = re.compile(r"\b(?:be|is|are|am|être|est|sont|zijn|is|sein|ist|sind)\s+$", _I)


def _bound_of_bare_age(text: str, start: int) -> str:
    left = text[max(0, start - 40) : start]
    number = _WORD.match(text, start)
    if number and _OR_OLDER_AFTER.match(text, number.end()):
        return "min"
    if _OVER_WORD.search(left) and _PERSON_OVER.search(left):
        return "min"  # "for students over 18": past it
    m = _BARE_AGE_BEFORE_EN.search(left) or _BARE_AGE_BEFORE_VERB_LAST.search(left)
    word = m.group("b").lower() if m else ""
    if re.fullmatch(_MIN_WORDS, word, _I) or word in ("over", "older than"):
        return "min"
    return "max"


# A verb of referring to a place in the text, before "under" or after the number: "the persons
# named under 2 and 3", "referred to under 1", "vermeld onder 2", "bedoeld onder 3", "visées sous
# 2", "reprises sous 1", "der unter 2 und 3 genannten Personen", "unter 1 aufgeführt": points of
# a list, no age
_REFERRING = (
    r"(?:named|mentioned|referred\s+to|listed|cited|described|set\s+out|specified|indicated|"
    r"vermeld\w*|bedoeld\w*|genoemd\w*|opgesomd\w*|beschreven|aangehaald\w*|opgenomen|"
    r"visé\w*|mentionné\w*|cité\w*|repris\w*|énuméré\w*|désigné\w*|indiqué\w*|"
    r"genannt\w*|aufgeführt\w*|erwähnt\w*|bezeichnet\w*|aufgezählt\w*|angegeben\w*)"
)
_REFERRED_UNDER = re.compile(
    rf"\b{_REFERRING}\s+(?:(?:in|at)\s+)?(?:under|onder|sous|unter)\s*$", _I
)
_REFERRED_AFTER = re.compile(rf"\s*[°)]?\s*{_REFERRING}\b", _I)


_ORDINAL = r"(?:e|ste|de|th|st|nd|rd|ème|er|\.)"  # "30e", "60ste", "40th", "60e", "40."
_BIRTHDAY = CaseBlind(
    rf"(?<![\d.,])(?P<n1>\d{{1,2}}){_ORDINAL}?\s+(?:[\w']+\s+)?"
    rf"(?:{alternation(LEX.birthday)})",
    needles=LEX.birthday,
)
# "wenn er 30 wird", and verb-final at a clause's end whoever the subject is: "als een
# werknemer tijdens de vergunning 30 wordt, dan …" ("30 wordt verlengd" is no age)
_BECOMES = CaseBlind(
    r"(?:\b(?:er|sie|hij|zij|ze)\s+|(?<![\d.,])(?=\d{1,2}\s+(?:jaar\s+|jahre\s+(?:alt\s+)?)?"
    rf"(?:{alternation(LEX.becomes)})\s*(?:[,.;]|$)))"
    r"(?P<n1>\d{1,2})\s+(?:jaar\s+|jahre\s+(?:alt\s+)?)?"
    rf"(?:{alternation(LEX.becomes)})\b",
    needles=LEX.becomes,
)
_BEFORE_BIRTHDAY = re.compile(
    r"\b(?:before|until|voor|vóór|tot|avant|jusqu'à|vor|bis)\s+(?:[\w']+\s+)?$", _I
)


_THE = r"(?:(?:the|de|het|le|la|l'|dem|den|der)\s+)?"
_ORDINAL_WINDOW = CaseBlind(
    rf"(?<![\w])(?:{alternation(LEX.range_openers)})\s+{_THE}(?P<n1>\d{{1,3}}){_ORDINAL}\s+"
    rf"(?:{alternation(LEX.range_connectors)})\s+{_THE}(?P<n2>\d{{1,3}}){_ORDINAL}\s+"
    rf"(?P<unit>{_UNIT_WORDS})(?![\w'])"
)


def _ordinal_windows(c: _Collector) -> None:
    """'between the 60th and the 40th day before the card expires', 'tussen de 60ste en de
    40ste dag', 'entre le 60e et le 40e jour', 'zwischen dem 60. und dem 40. Tag': a window
    counted in ordinal days is one range in its unit, low to high (GUIDE, devset-y)."""
    for m in _ORDINAL_WINDOW.finditer(c.scan, c.lowered_scan):
        unit = LEX.units.get(_SPACE_RUN.sub(" ", m.group("unit").lower()))
        first, second = parse_number(m.group("n1")), parse_number(m.group("n2"))
        if unit not in ("days", "weeks", "months") or first is None or second is None:
            continue  # "the 18th and 26th year" of a life is an age, not this window
        if first == second:
            continue
        low, high = sorted((first, second))
        c.add("duration", m.start("n1"), m.end(), low, high, unit, rate=False)


def _birthdays(c: _Collector) -> None:
    """'voor zijn 30e verjaardag', 'wenn er 30 wird': ages without the word age or a unit."""
    for regex in (_BIRTHDAY, _BECOMES):
        for m in regex.finditer(c.scan, c.lowered_scan):
            value = parse_number(m.group("n1"))
            if value is None or not 1 <= value <= 99:
                continue
            left = c.text[max(0, m.start() - 30) : m.start()]
            before = _BEFORE_BIRTHDAY.search(left)
            bound = "max" if before and regex is _BIRTHDAY else None
            if bound and _AT_LEAST_UNTIL.search(left):
                bound = "min"  # "mindestens bis zum 17. Lebensjahr"
            c.add("age", m.start("n1"), m.end(), value, None, "years", rate=False, bound=bound)


# "the two other copies", "de twee andere exemplaren", "les deux autres exemplaires", "die
# beiden anderen Exemplare": the rest of a set, counted for the first time
_OTHER_ONES = re.compile(
    r"\s+(?:other|remaining|andere|overige|resterende|autres|restants|restantes|anderen|"
    r"übrigen|weiteren|restlichen)\b",
    _I,
)


def _count_matches(c: _Collector) -> Iterator[re.Match]:
    """COUNT's matches, less a year before the noun: "In 2025 the au pair …" counts nothing,
    "vanaf 2026 twee au pairs" counts two."""
    for m in COUNT.finditer(c.scan, c.lowered_scan):
        year = _YEAR.fullmatch(m.group("n1"))
        if year and (
            c.scan[m.end("n1") : m.start("noun")].strip()  # a word between
            or _TIME_BEFORE.search(c.text, 0, m.start())
        ):
            after = COUNT.folded.search(c.scan, m.end("n1"))
            if after and after.end() == m.end():
                yield after
            continue
        yield m


# "between 6000 and 7000 vacancies", "tussen 6000 en 7000", "entre 6000 et 7000 postes",
# "zwischen 6000 und 7000 Stellen": a range of counts, the noun after its upper end
_COUNT_RANGE_BEFORE = re.compile(
    rf"\b(?:between|tussen|entre|zwischen)\s+(?P<n>{GROUPED_DIGITS})\s+(?:and|en|et|und)\s+$", _I
)
# "158 jobs in shortage, against 141 last year", "contre 38 500 sur l'ensemble du territoire":
# the value compared with a count, without its noun, counts the same things
_COMPARED_COUNT = re.compile(
    rf"[^.;:\d]{{0,40}}?[,\s]\s*(?:{_CHANGE_CONNECTORS})\s+(?P<n>{GROUPED_DIGITS})"
    rf"(?![\d.,]\d|\s*(?:%|€|{_UNIT_WORDS})(?![\w']))",
    _I,
)


# A cell holding a number alone under a header that names what it counts ("Einwohner",
# "Number of permits", "Aantal aanvragen", "Nombre de demandes"): a figure of a statistics
# table, a count (GUIDE, devset-e)
_ALONE_IN_CELL = re.compile(rf"\s*(?P<n1>{GROUPED_DIGITS})\s*")
_COUNTING_HEADER = CaseBlind(
    rf"(?<![\w])(?:number|aantal|nombre|anzahl|{alternation(LEX.count_nouns)})(?![\w])"
)


def _counted_cell(c: _Collector) -> None:
    if c.block.kind != "table_cell" or c.found or not c.block.col_header:
        return
    m = _ALONE_IN_CELL.fullmatch(c.text)
    if not m or not _COUNTING_HEADER.found_in(c.block.col_header):
        return
    value = parse_number(m.group("n1"))
    if value is not None and not _YEAR.fullmatch(m.group("n1")):
        c.add("count", m.start("n1"), m.end("n1"), value, None, "items")


# A figure of a statistic standing without its noun beside counts of the same things: "489
# cartes professionnelles (262 puis 227)", "13 demandes … et que 35 ont fait l'objet", "45.000
# saisonniers, parmi lesquels 3.500 en Wallonie", "16 Genehmigungen …, weitere 16 auf den
# HORECA-Sektor", "274 Anträge … (2012: 427)", "14.489 Personen … (7.308)": each counts what
# the figure beside it counts (GUIDE: figures of a statistics page are count rows). Only in a
# block that already reads a count of ten or more; a year, a date, a phone or street number,
# a postal code, a point of a list or an article is none.
_BARE_FIGURE = re.compile(rf"(?<![\w.,/:+-])(?P<n1>{GROUPED_DIGITS})(?![\w%€/-]|[.,]\d)")
_NOT_A_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:art|artikel|article|artikels|articles|n°|nr|no|punkt|point|punt|ziffer|top|"
    r"annexe?|bijlage|anlage|annex|kanton|page|pagina|seite|§|tel|fax)\.?|\(0\)|[A-ZÀ-Ý][\w'-]+"
    r"|\d)\s*$"
)
_NOT_A_FIGURE_AFTER = re.compile(
    rf"\s*(?:\d|[°)](?!\s*[,.;]|\s*$)|(?:{_UNIT_WORDS}|{CURRENCY}|{_MONTHS}|uhr|h|u)(?![\w'])|"
    r"[.,]\s*-)",
    _I,
)  # ("le 18 juin dernier": a day, no figure; "um 9 Uhr": an hour)


def _statistic_figures(c: _Collector) -> None:
    if not any(a.kind == "count" and (a.value or 0) >= 10 for a in c.found):
        return
    for m in _BARE_FIGURE.finditer(c.text):
        start, end = m.start("n1"), m.end("n1")
        if not c.free(start, end):
            continue
        digits = m.group("n1")
        if _YEAR.fullmatch(digits) or (len(digits) == 4 and digits.isdigit()
                                       and c.text[end + 1 : end + 2].isupper()):
            continue  # "im Jahr 2013", "1030 Bruxelles": a year or a postal code
        before = c.text[max(0, start - 12) : start]
        if _NOT_A_FIGURE_BEFORE.search(before) and not before.rstrip().endswith("("):
            continue
        if _NOT_A_FIGURE_AFTER.match(c.text, end):
            continue
        value = parse_number(digits)
        if value is None or value < 2:
            continue
        c.add("count", start, end, value, None, "items")


# "environ", "about", "ongeveer", "etwa": an approximate figure, exact (no bound of its own)
_ABOUT_BEFORE = re.compile(
    r"\b(?:environ|about|approximately|around|roughly|some|ongeveer|circa|ca\.|zo['’]n|"
    r"ungefähr|etwa|rund|approximativement|quelque)\s*(?:€|eur\w*)?\s*$",
    _I,
)


# "1 July", "1er juillet", "1. Juli", "1 juli": a number followed by a month's name is its day
_DAY_OF_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th|er|e|\.)?\s+(?:{_MONTHS})(?![\w])", _I)


# "une seule d'entre elles pourra", "only one of them may", "slechts één van hen", "nur einen
# dieser": only one (or a few) of a group named before is a limit on how many, `max`
# ("one of these categories" alone picks a case: no row, as the tuning pages label it)
_N_OF_THESE = re.compile(
    r"(?<![\d.,])(?P<n1>\d{1,2})\s+(?:(?P<only>seule?s?|enkele)\s+)?"
    r"(?:(?:van|of|von)\s+(?:deze|these|those|them|hen|hun|diesen)|de\s+ces|d['’]\s*entre\s+"
    r"(?:elles|eux|nous|vous)|dieser|davon)\b",
    _I,
)
_N_OF_THESE_GATE = CaseBlind(  # (asked of every block: its needles spare most searches)
    r"\b(?:van deze|of these|of those|of them|van hen|de ces|d['’]\s*entre|dieser|von diesen|"
    r"davon)\b"
)
_ONLY_BEFORE = re.compile(
    r"\b(?:only|just|slechts|maar|alleen|seulement|ne\s+\S+\s+que|nur|lediglich)\s+$", _I
)


def _one_of_these(c: _Collector) -> None:
    if not _N_OF_THESE_GATE.found_in(c.text):
        return
    for m in _N_OF_THESE.finditer(c.scan):
        value = parse_number(m.group("n1"))
        if value is None or not 1 <= value <= 20:
            continue
        only = m.group("only") or _ONLY_BEFORE.search(c.text, max(0, m.start() - 16), m.start())
        if only:  # "one of these categories" alone picks a case, it counts nothing
            c.add("count", m.start("n1"), m.end("n1"), value, None, "items", rate=False,
                  bound="max")


def _counts(c: _Collector) -> None:
    for m in _count_matches(c):
        word = _WORD.match(c.text, m.start("n1"), m.start("n1") + _NEAR)
        if word and word.group(0).lower() in ARTICLES:
            left = c.text[max(0, m.start() - 25) : m.start()]
            ahead = m.start() + len(word.group(0))
            after = c.text[ahead : ahead + _NEAR]
            if not (
                _SINGLE_AFTER.match(after)
                or (
                    _TIED_NOUN.fullmatch(m.group("noun"))
                    and (_SPECIFIC.match(after) or _SPECIFIC_AFTER.match(c.text, m.end()))
                )
                or (_BOUND_RIGHT_BEFORE.search(left) and not _UNDER_AS_PLACE.search(left))
                or (_own_right_bound(c.scan, m.end()) and not _OR_OLDER.match(c.text, m.end()))
                or _renewals_allowed(c.text, m.start(), m.end())
            ):
                continue  # "een kind", "une personne": an article, not a count
                # ("une prolongation au maximum" is one at most)
        if word and _other_languages(word.group(0), m.group("noun")):
            continue  # "Onze loketten": Dutch "our", not French eleven
        if _DAY_OF_MONTH_AFTER.match(c.text, m.end("n1")):
            continue  # "From 1 July, self-employed workers must …": a day of a month (without
            # its year, no date row either), never a count of the noun after it
        joined = _WORD_JOINED.match(c.text, m.start("n1"))
        if (
            joined
            and not c.text.startswith(m.group("noun"), joined.end())
            and parse_number(_HYPHEN_TOKEN.match(c.text, m.start("n1")).group(0)) is None
        ):  # ("trente-deux bourses", "dix-sept": the hyphen joins one number word, read whole)
            continue  # "one-stop shops", "two-way": a compound of its own, not a count of the
            # noun after it ("two-person" counts nothing; "six-digit" is _code_lengths')
        value = parse_number(m.group("n1"))
        if value is None:
            continue
        if value == 1 and _ONE_TO_ANOTHER.match(c.text, m.end()):
            continue  # "differ from one category to another": no count
        if value == 1 and _OR_SEVERAL.match(c.text, m.end()):
            continue  # "as PDF (a single file or several)": a choice, no limit
        if value == 1 and _SO_MANY_IN_ONE.search(c.scan, max(0, m.start() - 40), m.start()):
            c.taken.append((m.start(), m.end()))
            continue  # "tot 10 werknemers in één melding", "up to 10 workers in one
            # declaration": what the other count is counted per, a rate, no count of its own
        if value == 1 and _one_names_no_two(c.text, m.start(), m.end()):
            c.taken.append((m.start(), m.end()))
            continue  # "het besluit betreffende één enkele aanvraag", "one office for all
            # regions": a title's words, one thing everywhere; no one-for-two count
        if (
            value == 1
            and _SINGLE_WORD.search(c.text, m.start(), m.end())
            and _NAME_IN_BRACKETS.search(c.text, 0, m.start())
            and c.text.startswith(")", m.end())
        ):
            c.taken.append((m.start(), m.end()))
            continue  # "de gecombineerde vergunning (één enkele aanvraag)": a name of the
            # thing before it, no amount (GUIDE, label audit)
        if value == 1 and m.group("noun").lower() in _TIMES_NOUNS and _IN_ONE_GO.search(
            c.text, max(0, m.start() - 6), m.start()
        ):
            c.taken.append((m.start(), m.end()))
            continue  # "in één keer", "en une seule fois", "at one time": in one go
        if (
            m.group("noun").lower() in _TIMES_NOUNS
            and _FACTOR_OF.match(c.text, m.end())
            and not _BY_A_PERIOD.match(c.scan, m.end())
        ):
            c.taken.append((m.start(), m.end()))
            continue  # "huit fois le traitement": a sum's factor, no count of anything
        if _counts_its_enumeration(c.text, m.end(), value):
            c.taken.append((m.start(), m.end()))
            continue  # "bei neun Staaten der Fall: Algerien, …, Tunesien und die Türkei"
        back = _POINTS_BACK.search(c.text, max(0, m.start() - 12), m.start()) or (
            not c.text[m.start()].isdigit()
            and _THE_BEFORE.search(c.text, max(0, m.start() - 6), m.start())
            # "send back the two other copies": "other" counts things not named yet (round 18)
            and not _OTHER_ONES.match(c.text, _WORD.match(c.text, m.start()).end())
        )
        if back and value < 100 and not (  # "von diesen 79.383 Personen": a figure restated
            _PART_OF.search(c.scan, max(0, m.start() - 24), m.start())
        ):
            c.taken.append((m.start(), m.end()))
            continue  # "for these three functions": the functions named before, counted again
            # ("two of these three criteria" still counts the part, below)
        if _POINT_BEFORE.search(c.text, max(0, m.start() - 12), m.start()):
            c.taken.append((m.start(), m.end()))
            continue  # "der unter Punkt 3 genannten Ausländer": a point of a list, no count
        if _KIND_NOUN.fullmatch(m.group("noun")) and _FALL_INTO.search(
            c.text, max(0, m.start() - 40), m.start()
        ):
            c.taken.append((m.start(), m.end()))
            continue  # "The scenarios fall into three main categories", "De gevallen vallen
            # uiteen in drie categorieën": the page's own kinds, announced (round 18, half B)
        if _KIND_NOUN.fullmatch(m.group("noun")) and c.block.kind == "heading":
            c.taken.append((m.start(), m.end()))
            continue  # "Three ways to recruit", "Vier soorten vergunningen", "Drei Wege zur
            # Karte": a heading counting the kinds the page sets out below it (GUIDE, case 5)
        if _KIND_NOUN.fullmatch(m.group("noun")) and (
            (
                _THERE_IS.search(c.text, max(0, m.start() - 30), m.start())
                and _COLON_AHEAD.match(c.text, m.end())
            )
            or (
                not c.text[: m.start()].strip(" \t\n\"'“”„«")
                and _EXIST_THEN_COLON.match(c.text, m.end())
            )
        ):
            c.taken.append((m.start(), m.end()))
            continue  # "Er bestaan 3 types arbeidskaarten:", "Er is één uitzondering: …": how
            # many kinds the page sets out next, sub-headings or a sentence (GUIDE, case 5)
        part = _PART_OF.search(c.scan, max(0, m.start() - 24), m.start())
        own_list = (
            # "Voeg je samen tot 1 bestand. Bijvoorbeeld:": a sentence before the one that
            # announces the list states a count of its own (round 18, half B)
            (c.own_list and (c.block.kind == "heading" or _in_last_sentence(c, m.start())))
            or _announced(c.text, m)
            or (
                c.closing_list
                and _in_last_sentence(c, m.start())
                and _THERE_ARE.search(c.text, max(0, m.start() - 30), m.start())
            )
        )
        if own_list and (
            part
            or not (
                _left_bound(_left_window(c.text, m.start())) or _own_right_bound(c.scan, m.end())
            )
        ):
            c.taken.append((m.start(), m.end()))
            # "Trois procédures permettent …:" above a list: the list's own size (whatever the
            # number: an item added or removed is no change of an amount); a bound before "one
            # of the three cases below" is the part's ("falls under one of"), and one of them is
            # any of them: only "at least two of the three below" counts the part
            number = parse_number(part.group("n1")) if part else None
            if number is not None and number >= 2:
                c.add("count", part.start("n1"), part.end("n1"), number, None, "items")
            continue
        only = _ONLY.search(c.text[max(0, m.start() - 25) : m.start()])
        sentence = c.sentence_of(m.start())
        if only and _PAST_FIGURES.search(sentence) and not _PERMISSION.found_in(sentence):
            only = None  # "Only 2 applications were refused last year": a figure, no limit
            # (a modal keeps it one: "kann nur 1 Mal verlängert werden", German's passive)
        if not only and _renewals_allowed(c.text, m.start(), m.end()):
            only = True  # "Ze kan één keer verlengd worden": how often a permission lets it be
            # renewed is a limit, max (GUIDE, label audit)
        lower = _COUNT_RANGE_BEFORE.search(c.text, max(0, m.start() - 40), m.start())
        low = parse_number(lower.group("n")) if lower else None
        if low is not None and low < value:  # "entre 6000 et 7000 postes": one range
            c.add("count", lower.start("n"), m.end(), low, value, "items")
        else:
            c.add("count", m.start(), m.end(), value, None, "items", bound="max" if only else None)
            _elided_counts(c, m.end())
        compared = _COMPARED_COUNT.match(c.text, m.end(), m.end() + _NEAR)
        earlier = parse_number(compared.group("n")) if compared else None
        if earlier is not None:  # "158 emplois en tension, contre 141 l'année passée"
            c.add("count", compared.start("n"), compared.end("n"), earlier, None, "items")
        number = parse_number(part.group("n1")) if part else None
        if part and number != 1 and not _ARTICLE_AT.match(c.text, part.start("n1")):
            # "78 der 95 Akten", "12 of the 40 applications": the part counts them too ("l'une
            # des quatre voies" is an article; "at one of the 18 offices" is any of them)
            c.add("count", part.start("n1"), part.end("n1"), number, None, "items")


# "2 passport photos for Hasselt, 2 for Genk, 3 for Diepenbeek", "2 pasfoto's voor Gent, 3
# voor Brugge", "2 photos pour Liège et 3 pour Namur", "2 Passbilder für Eupen, 3 für Kelmis":
# a count said once with its noun and its "for whom", then again for others with the noun left
# out, is one count a statement (GUIDE: each statement is a row). The pieces must repeat the
# same shape: a comma or "and", a bare number, the same "for" word.
_FOR_SOMEONE = r"(?P<prep>for|voor|pour|für|bei)\s+[^\d,;.()]{2,40}?"  # "for Hasselt", "voor Gent"
_FOR_WHOM = re.compile(rf"\s+{_FOR_SOMEONE}(?=,|\s(?:and|en|et|und)\s)", _I)
_ELIDED_COUNT = re.compile(
    rf"(?:,\s*|\s(?:and|en|et|und)\s+)(?P<n>\d{{1,3}})\s+{_FOR_SOMEONE}"
    r"(?=,|;|\.|\)|$|\s(?:and|en|et|und)\s)",
    _I,
)


def _elided_counts(c: _Collector, end: int) -> None:
    head = _FOR_WHOM.match(c.text, end)
    if not head:
        return
    prep = head.group("prep").lower()
    pos = head.end()
    while (more := _ELIDED_COUNT.match(c.text, pos)) and more.group("prep").lower() == prep:
        number = parse_number(more.group("n"))
        if number is not None:
            c.add("count", more.start("n"), more.end("n"), number, None, "items")
        pos = more.end()


# A count that names what is set out below it ("the three cases set out below", "de drie
# gevallen hieronder", "les trois cas suivants", "die drei folgenden Fälle") counts the page's
# own items, whether a list, headings or paragraphs follow (GUIDE, settled case 5).
_BELOW_AFTER = re.compile(
    rf"(?:\s+[^\W\d][\w'-]*){{0,3}}?\s+(?:{alternation(AHEAD_WORDS)})(?![\w])", _I
)


# "at least two of the following", "minstens twee van de volgende", "au moins deux des
# conditions suivantes", "mindestens zwei der folgenden": how many of the listed items one must
# meet, with no count noun of its own (GUIDE, settled case 5: a `count`, `min`; "one of the
# following" is any of them, and a number alone counts the page's own list)
_PART_OF_BELOW = CaseBlind(
    r"(?<![\w.,])(?P<n1>\d+)\s+(?:of|van|des|de|der|von)\s+(?:(?:the|these|de|deze|ces|den|dieser|"
    r"diesen|les)\s+)?(?:\d+\s+)?(?:[a-zà-öø-ÿ][\w'-]*\s+){0,2}?"
    rf"(?:{alternation(AHEAD_WORDS)})(?![\w])",
    needles=tuple(w.lower() for w in AHEAD_WORDS),
)


def _part_of_the_list(c: _Collector) -> None:
    for m in _PART_OF_BELOW.finditer(c.scan, c.lowered_scan):
        value = parse_number(m.group("n1"))
        if value is None or value < 1:
            continue  # "at least one of the two categories below": how many, min, too
        if _left_bound(_left_window(c.text, m.start())) != "min":
            continue
        c.add("count", m.start("n1"), m.end("n1"), value, None, "items", bound="min")


# "a six-digit code", "de 6-cijferige code", "le code à 6 chiffres", "den 6-stelligen Code":
# a number inside a compound adjective that sets a requirement is a `count` (GUIDE, devset-e)
_CODE_LENGTH = CaseBlind(
    rf"(?<![\d.,])(?P<n1>\d{{1,2}})\s*-?\s*(?:{alternation(LEX.digit_nouns)})(?![\w])"
)


# "viercijferige", "vierstelligen": Dutch and German glue the number word to the noun of
# digits; the length of a code as "four-digit" and "à quatre chiffres" say it (a count)
_GLUED_DIGITS = re.compile(
    r"(?<![\w])(?P<n1>een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|"
    r"ein|zwei|drei|fünf|sechs|sieben|neun|zehn|zwölf)"
    r"(?:cijferige?|stellige[nmrs]?|stellig)(?![\w])",
    _I,
)


def _code_lengths(c: _Collector) -> None:
    for m in _CODE_LENGTH.finditer(c.scan, c.lowered_scan):
        value = parse_number(m.group("n1"))
        if value is not None:
            c.add("count", m.start("n1"), m.end("n1"), value, None, "items")
    _glued_digits(c)


def _glued_digits(c: _Collector) -> None:
    lowered = c.lowered_scan if c.lowered_scan is not None else c.scan.lower()
    if "cijferig" not in lowered and "stellig" not in lowered:
        return
    for m in _GLUED_DIGITS.finditer(c.text):
        value = parse_number(m.group("n1"))
        if value is not None:
            c.add("count", m.start(), m.end(), value, None, "items")


# "within 90 days instead of the usual 120", "binnen 90 dagen in plaats van 120": the value
# replaced, its unit left out; it is the amount it is compared with, in that amount's unit
# and with its bound (GUIDE, settled at 02:20)
_ELIDED_AFTER_CONNECTOR = CaseBlind(
    rf"(?<![\w])(?:{_CHANGE_CONNECTORS})\s+(?:(?:the|de|het|les|des|la|le|der|die|den|dem)\s+)?"
    r"(?:(?:usual|normal|current|gebruikelijke|normale|huidige|habituels?|habituelles?|"
    r"üblichen?|normalen?|bisherigen?)\s+)?(?P<n1>\d+)(?![\d.,]*\s*(?:[a-zà-öø-ÿ]|%|€))",
    needles=tuple(w.lower().split()[0] for w in LEX.change_connectors),
)


def _elided_units(c: _Collector) -> None:
    if not any(a.kind in ("duration", "hours") for a in c.found):
        return  # no period in the block to lend its unit (most blocks)
    for m in _ELIDED_AFTER_CONNECTOR.finditer(c.scan, c.lowered_scan):
        value = parse_number(m.group("n1"))
        at = bisect_left(c._starts, m.start("n1"))
        if value is None or not at:
            continue
        previous = c._found_at(at - 1)
        if previous.kind not in ("duration", "hours") or previous.start < m.start() - 80:
            continue
        c.add(previous.kind, m.start("n1"), m.end("n1"), value, None, previous.unit)


def _announced(text: str, m: re.Match) -> bool:
    return bool(
        _BELOW_AFTER.match(text, m.end(), m.end() + _NEAR)
        or ANNOUNCES_AHEAD.folded.search(text, m.end("n1"), m.start("noun"))
    )


# "2274 (33,25%) habitent en Flandre", "120 (85,0 %) were granted": a number given with its
# share of a total counts the things it is a share of, whatever their noun (GUIDE: figures of
# a statistics page are count rows); a year ("2012 (33%)") is none
_SHARE = re.compile(rf"(?<![\w.,/])(?P<n1>{DIGITS})\s*\(\s*{DIGITS}\s*%\s*\)")


def _shares(c: _Collector) -> None:
    if "%" not in c.text:
        return
    for m in _SHARE.finditer(c.scan):
        value = parse_number(m.group("n1"))
        if value is None or _YEAR.fullmatch(m.group("n1")):
            continue
        c.add("count", m.start("n1"), m.end("n1"), value, None, "items")


# "das ist bei neun Staaten der Fall: Algerien, …, Tunesien und die Türkei", "in three
# cases: A, B and C": a count whose sentence goes on, after a colon, to name exactly that many
# things counts its own enumeration (GUIDE, settled case 5): no rule's figure.
_ENUMERATION = re.compile(r"[^.;:]{0,60}:\s*([^.;:]+)")
_LAST_JOIN = re.compile(r"\s(?:and|en|et|und|or|of|ou|oder)\s", _I)


def _counts_its_enumeration(text: str, end: int, value: float) -> bool:
    match = _ENUMERATION.match(text, end)
    if not match or value < 2:
        return False
    # the colon of an aside in brackets ("3 photos (size: 4.5 cm high and 3.5 cm wide)")
    # opens the aside's own details, not the things the number counts
    lead = text[end : match.start(1)]
    if lead.count("(") > lead.count(")"):
        return False
    items = [piece for piece in match.group(1).split(",") if piece.strip()]
    if len(items) < 2 and not _LAST_JOIN.search(match.group(1)):
        return False
    last = _LAST_JOIN.split(items[-1])  # "Tunesien und die Türkei": the last two
    return len(items) - 1 + len(last) == value


# A demonstrative before the number points back to things the page has named ("these three
# functions", "deze drie functies", "ces trois fonctions", "diese drei Funktionen"): the
# number counts them again, as a count of the page's own list does, and states no rule.
_POINTS_BACK = re.compile(r"\b(?:these|those|deze|ces|diese|dieser|diesen|jene)\s+$", _I)
# So does a definite article before a number in words ("dans les deux cas", "the two
# facilities", "de drie categorieën", "die beiden Systeme"): "both", "the three" of them.
_THE_BEFORE = re.compile(r"\b(?:the|les|des|aux|de|het|die|den|der)\s+$", _I)
_ARTICLE_AT = re.compile(rf"(?:{'|'.join(sorted(ARTICLES))})\b", _I)
_PART_OF = re.compile(
    r"(?<![\w.,])(?P<n1>\d+)\s+(?:of the|of these|of|van de|van deze|van|des|de ces|de|sur|der|"
    r"dieser|von den|von)\s+$",
    _I,
)


def _other_languages(number: str, noun: str) -> bool:
    """A number word and the noun it counts are of one language; when no language has both,
    the word is no number there."""
    numbers = languages("numbers").get(number.lower())
    nouns = languages("count_nouns").get(noun.lower())
    return bool(numbers and nouns and not numbers & nouns)


_RIGHT_REACH = 24  # the longest right-bound phrase, with its spaces
_NUMBER_AHEAD = re.compile(r"\s*(?:€\s*)?\d")


# "in de voorafgaande vijf jaar minimaal eenmaal toegelaten", "within two years at least
# twice": a count in words after a bound takes it, as a number in digits does.
_TIMES_AHEAD = re.compile(rf"\s*(?:{_ONCE_WORDS})\b", _I)


def _bound_of_next(scan: str, end: int) -> bool:
    """Whether the bound right after a value opens the count in words that follows it."""
    match = _RIGHT_BOUND.match(scan[end : end + 50])
    return bool(match and _TIMES_AHEAD.match(scan, end + match.end()))


def _names_next(scan: str, end: int) -> bool:
    """Whether the bound right after a value is the next number's: "1 recente pasfoto
    (hoogstens 6 maanden oud)" is one photo, at most six months old."""
    match = _RIGHT_BOUND.match(scan[end : end + 50])
    return bool(match and _NUMBER_AHEAD.match(scan, end + match.end()))


def _own_right_bound(scan: str, end: int) -> re.Match | None:
    """A bound right after the value, unless a number follows it: in "een buitenlandse
    werknemer maximum 90 dagen" the 'maximum' is the 90 days', not the worker's."""
    window = scan[end : end + 50]
    stop = _ANY_DIGIT.search(window)
    window = _CLAUSE_MARK.split(window[: stop.start()] if stop else window)[0]
    match = _RIGHT_BOUND.match(window)
    if match and _NUMBER_AHEAD.match(scan, end + match.end()):
        return None
    return match


# A year before a count noun: a word stands between ("2025 the au pair") or a word of time
# opens it ("in 2025", "sinds 2019", "depuis 2020", "seit 2021").
_TIME_BEFORE = re.compile(
    r"\b(?:in|en|im|since|sinds|depuis|seit|from|vanaf|dès|ab|until|tot|jusqu'en|bis|"
    r"before|voor|avant|vor|after|na|après|nach)\s*$",
    _I,
)


# "eight times the reference salary", "acht keer het loon", "huit fois le traitement", "acht
# Mal das Gehalt": so many times a sum is its factor; "twee keer verlengd" counts the acts.
_TIMES_NOUNS = frozenset(("time", "times", "keer", "maal", "fois", "mal"))
# "prolongé deux fois de trois mois", "extended twice by three months", "twee keer met drie
# maanden verlengd", "zweimal um drei Monate verlängert": extensions, each by a period
_BY_A_PERIOD = re.compile(rf"\s+(?:de|d'|by|met|um)\s+\d+\s*(?:{_UNIT_WORDS})(?![\w'])", _I)
_TIMES_BY_A_PERIOD = re.compile(
    r"(?<![\w])(?:(?P<n>\d+)\s+(?:fois|keer|maal|mal|times)|twice|tweemaal|zweimal)"
    rf"(?=\s+(?:de|d'|by|met|um)\s+(?P<p>\d+)\s*(?:{_UNIT_WORDS})(?![\w']))",
    _I,
)


def _extensions(c: _Collector) -> None:
    """How many times a period may be extended, each time by a period ('prolongé deux fois de
    trois mois'): the times are a limit, max (the GUIDE's permission), the period each step's
    length, exact; the twice is counted when no other reading did."""
    for m in _TIMES_BY_A_PERIOD.finditer(c.scan):
        times = parse_number(m.group("n")) if m.group("n") else 2.0
        period = c.scan.find(m.group("p"), m.end())
        for i, amount in enumerate(c.found):
            if amount.kind == "count" and m.start() <= amount.start < m.end():
                c.found[i] = replace(amount, bound="max")
                times = None
            elif amount.kind == "duration" and amount.start == period:
                c.found[i] = replace(amount, bound="exact")
        if times is not None:
            c.add("count", m.start(), m.end(), times, None, "items", bound="max")
_IN_ONE_GO = re.compile(r"\b(?:in|en|at|op)\s+$", _I)
# (also "douze fois ce montant", "twelve times this amount", "twaalf keer dit bedrag", "zwölfmal
# diesem Betrag": a demonstrative or a possessive names the sum as the article does)
_FACTOR_OF = re.compile(
    r"\s+(?:the|het|de|le|la|l'|l’|les|das|den|die|der|dem|this|that|these|those|its|their|your|"
    r"dit|dat|deze|die|uw|zijn|haar|hun|ce|cet|cette|ces|son|sa|ses|leur|leurs|votre|vos|"
    r"dies(?:e|er|es|em|en)|ihr(?:e|er|es|em|en)?|sein(?:e|er|es|em|en)?|ihres)\b",
    _I,
)
# "a single file or several", "un seul fichier ou plusieurs", "één bestand of meerdere", "eine
# einzige Datei oder mehrere": one or several, as the sender likes
_OR_SEVERAL = re.compile(
    r"\s+(?:or|ou|of|oder)\s+(?:several|plusieurs|meerdere|mehrere)\b(?!\s+(?:than|que|dan|als)\b)",
    _I,
)
# An opening bracket right after a word: "(één enkele aanvraag)" there names that word's thing
_NAME_IN_BRACKETS = re.compile(r"[^\W\d]\s*\(\s*$")
_SINGLE_WORD = re.compile(r"\b(?:seul|seule|enkel|enkele|einzig\w*|single)\b", _I)
_ONE_TO_ANOTHER = re.compile(r"[^.;]{0,40}?\bto (?:another|the other)\b", _I)


# "10 werknemers in één melding", "10 workers in one declaration", "10 travailleurs dans une
# seule déclaration", "10 Arbeitnehmer in einer Meldung": a count, then its frame (read on the
# scan, where the number words are digits)
_SO_MANY_IN_ONE = re.compile(
    r"\d[\d.,]*\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}\s+(?:in|into|per|dans|par|pro|je)\s+$", _I
)


# The one-for-two count (GUIDE, audit12 and the round-15 audit) is no amount where the words only
# name something: the title of a decree, a law or an agreement that holds them ("the Royal Decree
# of 2 September 2018 on one single procedure", "het koninklijk besluit betreffende één enkele
# aanvraag", "l'arrêté royal relatif à une seule et même procédure", "der Erlass über ein
# einziges Verfahren"), or one thing for all regions ("one procedure for all regions", "één
# loket voor alle gewesten", "une seule procédure pour toutes les régions", "ein Verfahren für
# alle Regionen"), which says nothing does the work of two.
_LAW_TITLE_BEFORE = re.compile(
    r"(?:\b(?:decree|act|law|ordinance|agreement|directive|regulation|wet|ordonnantie|richtlijn|"
    r"arrêté|décret|loi|ordonnance|accord|règlement|richtlinie)|"
    r"\w*(?:besluit|decreet|akkoord|verordening|erlass|dekret|gesetz|abkommen|verordnung))\b"
    r"[^.;:!?]{0,90}?\b(?:on|concerning|regarding|relating\s+to|betreffende|houdende|inzake|"
    r"over|tot\s+invoering\s+van|met\s+betrekking\s+tot|relatif\s+à|relative\s+à|portant(?:\s+sur)?|"
    r"concernant|sur|über|zur|zum|betreffend|bezüglich|hinsichtlich)\s+"
    r"(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]|die\s+|das\s+|den\s+|dem\s+)?$",
    _I,
)
_FOR_ALL_REGIONS = re.compile(
    r"[^.;:!?]{0,30}?\b(?:"
    r"(?:for|in|across|throughout)\s+(?:all|every|each)\s+(?:the\s+)?(?:three\s+)?"
    r"(?:regions?|communities|community)"
    r"|(?:for|in|across|throughout)\s+(?:the\s+)?(?:whole|entire)\s+country"
    r"|(?:voor|in)\s+(?:alle|elk|elke|ieder|iedere)\s+(?:drie\s+)?"
    r"(?:gewesten|gewest|regio's|regio’s|regio|gemeenschappen|gemeenschap)"
    r"|(?:voor|in)\s+(?:heel\s+(?:het\s+land|België)|het\s+hele\s+land)"
    r"|(?:pour|dans)\s+(?:toutes\s+les|chaque)\s+(?:trois\s+)?(?:régions?|communautés?)"
    r"|(?:pour|dans)\s+tout\s+le\s+pays"
    r"|(?:für|in)\s+(?:alle|jede|jeder|jedem)\s+(?:drei\s+)?"
    r"(?:regionen|region|gemeinschaften|gemeinschaft)"
    r"|(?:für\s+das|im)\s+ganzen?\s+land)\b",
    _I,
)
_AND_WORD = re.compile(r"\b(?:and|en|et|und)\b", _I)


def _one_names_no_two(text: str, start: int, end: int) -> bool:
    """Whether a count of one is only the words of a title or one thing for all regions."""
    if _LAW_TITLE_BEFORE.search(text, max(0, start - 130), start):
        return True
    m = _FOR_ALL_REGIONS.match(text, end)
    return bool(m) and not _AND_WORD.search(text, end, m.start() + len(m.group(0)) - 1)


# "een kind of ouder", "un enfant ou parent": "of ouder" after a noun names a parent, not an
# age bound ("18 jaar of ouder" is one), so the article stays an article
_OR_OLDER = re.compile(r"\s+(?:of|or|ou|oder)\s+(?:ouder|older|plus âgée?s?|älter)\b", _I)
# "unter einer Blauen Karte beschäftigt", "under a work card": "under" before an article says
# which paper covers the work, not a bound of the count
_UNDER_AS_PLACE = re.compile(r"\b(?:unter|under|onder|sous)\s*$", _I)
# "un seul fichier", "één enkel", "ein einziges": the article is the number one
_BOUND_RIGHT_BEFORE = re.compile(rf"(?<![\w])(?:{alternation(LEX.bounds)})\s*$", _I)
_SINGLE_AFTER = re.compile(r"^\s+(?:seul|seule|enkel|enkele|einzig\w*|single)\b", _I)
# "a single permit application" names the procedure, no amount (GUIDE, label audit)
# "einen bestimmten Arbeitgeber", "een bepaalde werkgever", "un employeur déterminé": a permit
# tied to one employer or occupation, the article is the number one, exact (GUIDE, label audit)
_SPECIFIC = re.compile(r"^\s+(?:bestimmt\w*|bepaalde?|specific)\b", _I)
_SPECIFIC_AFTER = re.compile(r"\s+(?:déterminée?|précise?)\b", _I)
_TIED_NOUN = re.compile(
    r"employer|occupation|profession|job|werkgever|beroep|functie|employeur|emploi|poste|"
    r"fonction|arbeitgeber|beruf|stelle",
    _I,
)
SINGLE = re.compile(
    rf"\b(?:a|one)\s+single\s+(?!permit\b)(?:[\w'-]+\s+)?"
    rf"(?P<noun>{alternation(LEX.count_nouns)})\b",
    _I,
)


# Every match of SINGLE holds "single" and every match of ONCE one of its words: one yes/no
# search spares both scans in almost every block.
_SINGLE_OR_ONCE_WORDS = ("single", *_ONCE_WORDS.split("|"))
_SINGLE_OR_ONCE = CaseBlind(
    alternation(_SINGLE_OR_ONCE_WORDS, space=" "), needles=_SINGLE_OR_ONCE_WORDS
)


# "kan een keer verlengd worden", "peut être prolongé une fois": how many renewals a
# permission allows is a count, its article a number, max: a limit stated as a permission (the
# label audit settled "kann einmal erneuert werden" and "Ze kan één keer verlengd worden")
_TIMES_WORD = re.compile(
    r"\b(?:keer|maal|fois|mal|times|once|twice|eenmaal|tweemaal|einmal|zweimal)\b", _I
)
_RENEWAL_VERB = re.compile(
    r"\b(?:extend(?:ed)?|renew(?:ed)?|prolong(?:ed)?|verleng\w*|vernieuw\w*|hernieuw\w*|"
    r"prolong\w*|renouvel\w*|verlänger\w*|erneuer\w*)\b",
    _I,
)


# "renouvelable une fois", "renewable once", "één keer verlengbaar", "einmal verlängerbar": an
# adjective of permission, as "peut être renouvelé une fois"
_RENEWABLE_BEFORE = re.compile(
    r"\b(?:renewable|extendable|extendible|renouvelables?|prolongeables?|verlengbaar|"
    r"hernieuwbaar|vernieuwbaar|verlängerbar|erneuerbar)\s+(?:[\w'’-]+\s+)?$",
    _I,
)


_RENEWABLE_AFTER = re.compile(
    r"\s*(?:keer\s+|maal\s+|mal\s+)?(?:renewable|verlengbaar|hernieuwbaar|vernieuwbaar|"
    r"verlängerbar|erneuerbar)\b",
    _I,
)


def _renewals_allowed(text: str, start: int, end: int) -> bool:
    """Whether "een keer", "une fois" is how often a permission lets something be renewed."""
    if not _TIMES_WORD.search(text, start, end):
        return False
    if _RENEWABLE_BEFORE.search(text, max(0, start - 30), start) or _RENEWABLE_AFTER.match(
        text, end
    ):
        return True  # "renouvelable une fois", "once renewable": the adjective is the permission
    left = _left_window(text, start)
    if not _PERMISSION.found_in(left) or _NEGATION.search(left):
        return False
    return bool(_RENEWAL_VERB.search(text, max(0, start - 30), min(len(text), end + 30)))


# "once" opening a clause mid-sentence ("once the card is ready", "once you have it",
# "Ben je eenmaal in België"), and "at once" (at the same moment): no count.
_ONCE_CONJUNCTION = re.compile(
    r"\s+(?:the|you|he|she|it|they|we|your|his|her|their|this|that|these|those|all|"
    r"in|de|het|je|u|hij|zij|ze)\b"
    # "issued once a professional card has been presented"; "once a year" counts
    r"|\s+(?:a|an|een)\s+(?!(?:year|month|week|day|jaar|maand|week|dag)\b)",
    _I,
)
# "at once", "auf einmal": in one go; "nicht einmal": not even
_AT_ONCE = re.compile(r"\b(?:at|auf|nicht)\s+$", _I)


def _counts_in_words(c: _Collector) -> None:
    """'a single PDF file', 'only once': counts without a digit; 'more than a year'."""
    text_lower = lowered(c.text)
    if _SINGLE_OR_ONCE.found(c.text, text_lower):
        _singles(c)
        _once(c)
    if _IN_ONE.found(c.text, text_lower):
        _two_in_one(c)
    lower = c.lowered_scan if c.lowered_scan is not None else c.scan.lower()
    if " a " in lower or " an " in lower:
        _bounded_article(c)
    if any(needle in lower for needle in _COPIES_NEEDLES):
        for m in _COPIES_IN_A_WORD.finditer(c.text):
            word = m.group("word") or m.group("word2") or m.group("word3")
            c.add("count", m.start(), m.end(), _COPIES[word.lower()], None, "items")
    if any(needle in lower for needle in _MORE_NEEDLES):
        for m in _ONE_OR_MORE_OF.finditer(c.text):
            c.add("count", m.start("one"), m.end("one"), 1.0, None, "items", bound="min")
    if any(needle in lower for needle in _SAME_NEEDLES):
        for m in _ONE_AND_SAME.finditer(c.text):
            if not c.free(m.start(), m.end()) or _one_names_no_two(c.text, m.start(), m.end()):
                continue  # "une seule et même procédure" read with its article; a title's words
            c.add("count", m.start("one"), m.end(), 1.0, None, "items", bound="exact")


# "in one and the same procedure", "in één en dezelfde procedure", "dans une seule et même
# procédure", "in ein und demselben Verfahren": one thing said twice over, a `count` of 1,
# `exact` (GUIDE, round-15 audit's one-for-two count; round 18: the en, nl and de forms)
_SAME_NEEDLES = (
    "and the same",
    "en dezelfde",
    "en hetzelfde",
    "et même",
    "und dasselbe",
    "und derselbe",
    "und dieselbe",
    "und demselben",
    "und derselben",
    "und denselben",
    "und desselben",
)
_ONE_AND_SAME = re.compile(
    r"\b(?P<one>one|één|een|une?|ein)\s+(?:seule?\s+)?"
    r"(?:and\s+the\s+same|en\s+dezelfde|en\s+hetzelfde|et\s+même|"
    r"und\s+(?:dasselbe|derselbe|dieselbe|demselben|derselben|denselben|desselben))"
    r"\s+(?P<noun>[^\W\d][\w'’-]*)",
    _I,
)


# "one or more of the following documents", "when one or more of these elements change", "een of
# meer van de volgende", "un ou plusieurs des documents suivants", "eines oder mehrere der
# folgenden": how many of a set named, at least one (GUIDE: "at least two of the following" is a
# count, min); "one or more stays" names no set and counts nothing
# (scanned only in a block holding one of its "more" words: the scan of every block for "one",
# "een", "un", "ein" cost ~0.5 ms of a benchmark page's extraction)
_MORE_NEEDLES = ("more", "meer", "plusieurs", "mehrere")
_ONE_OR_MORE_OF = re.compile(
    r"\b(?P<one>one|een|één|un|une|ein|eine|eines|einer)\s+(?:or|of|ou|oder)\s+"
    r"(?:more|meer|meerdere|plusieurs|mehrere)\s+(?:of|van|des|d['’]|de|der|von|dieser|folgender)"
    r"(?![\w])",
    _I,
)


# "signed in duplicate", "in tweevoud", "(double exemplaire)", "in zweifacher Ausfertigung":
# so many copies, said in one word
_COPIES = {
    "duplicate": 2.0,
    "triplicate": 3.0,
    "tweevoud": 2.0,
    "drievoud": 3.0,
    "double": 2.0,
    "triple": 3.0,
    "zweifacher": 2.0,
    "doppelter": 2.0,
    "dreifacher": 3.0,
}
_COPIES_IN_A_WORD = re.compile(
    r"\b(?:in\s+(?P<word>duplicate|triplicate|tweevoud|drievoud)"
    r"|(?P<word2>double|triple)\s+exemplaire"
    r"|in\s+(?P<word3>zweifacher|doppelter|dreifacher)\s+ausfertigung)\b",
    _I,
)
_COPIES_NEEDLES = ("plicate", "voud", "exemplaire", "ausfertigung")


# "for up to a year", "more than a year", "at the latest a month after": English says one with
# its article after a bound, as "hoogstens een jaar", "plus d'un an", "spätestens einen Monat"
# do with theirs (which are number words); without a bound "a year" is a rate or nothing.
_A_UNIT = CaseBlind(
    rf"(?<![\w])(?:{alternation(LEX.bounds)})\s+(?P<a>an?)\s+(?:{_FILLER}\s+){{0,2}}"
    rf"(?P<unit>{_UNIT_WORDS})(?![\w'’])"
)


# "within a working week of 5 days", "binnen een werkweek van 5 dagen", "dans une semaine de
# travail de 5 jours", "innerhalb einer Arbeitswoche von 5 Tagen": the period named, then its
# length; "within" bounds neither (the length is exact, the article no value)
_PERIOD_NOUN_OF = (
    r"[\w-]*?(?:week|woche|semaine|month|maand|mois|monat|year|jaar|année|jahr)\w*"
    r"(?:\s+(?:de\s+travail|ouvrée?))?\s+(?:of|van|de|d['’]|von)\s+"
)
_WITHIN_A_PERIOD_OF = re.compile(
    r"\b(?:within|binnen|dans|innerhalb|in|during|tijdens|pendant|während)\s+"
    r"(?:a|an|een|une?|einer|einem|eine)\s+(?:[\w-]+\s+)?" + _PERIOD_NOUN_OF + "$",
    _I,
)
# the verb right after a sentence's opening "een werkdag", "une journée (de travail)", "ein
# Arbeitstag": the period is the subject the sentence tells about
_SUBJECT_VERB_AFTER = re.compile(
    r"(?:\s+de\s+travail)?\s+(?:is|wordt|telt|est|compte|ist|wird|zählt|gilt|geldt|vaut)\b", _I
)
_OF_A_LENGTH = re.compile(r"(?:\s+(?:de\s+travail|ouvrée?))?\s+(?:of|van|de|d['’]|von)\s+\d", _I)


def _bounded_article(c: _Collector) -> None:
    for m in _A_UNIT.finditer(c.text, lowered(c.text)):
        if _OF_A_LENGTH.match(c.scan, m.end()):
            continue  # "within a working week of 5 days": the length follows (round 18)
        unit = UNIT_NAMES[LEX.units[_SPACE_RUN.sub(" ", m.group("unit").lower())]]
        kind = "hours" if unit == "hours" else "duration"
        c.add(kind, m.start("a"), m.end(), 1.0, None, unit)


# "a work permit and a residence permit in one", "werk en verblijf in één", "un permis de
# travail et un titre de séjour en un seul", "Arbeits- und Aufenthaltserlaubnis in einem": two
# things named, then "in one" closing the clause: one thing does the work of two, a `count` of
# 1, `exact` (GUIDE, round-15 audit); "in one go", "in één keer" name no thing and are not read
# "in" goes with the English, Dutch and German words, "en" with the French ones only: "en
# een (" is Dutch "and a (", which the needles always meant to pass over (a dev page of
# check part 18 showed the pattern matching it where the needles said it could not)
_IN_ONE = CaseBlind(
    r"\bin\s+(?P<one>one|één|een)(?:\s+(?:enkele?|single))?(?=\s*(?:[.;:,!?()–—]|$))"
    r"|\ben\s+(?P<un>une?)(?:\s+seule?)?(?=\s*(?:[.;:,!?()–—]|$))"
    r"|\bin\s+(?P<ein>einem|einer|eins)(?:\s+einzigen)?(?=\s*(?:[.;:,!?()–—]|$))",
    needles=("in one", "in één", "in een", "en un", "in ein"),
)
_TWO_NAMED = re.compile(r"\b(?:and|en|et|und)\b|\w-\s+(?:und|en)\b", _I)


def _two_in_one(c: _Collector) -> None:
    for m in _IN_ONE.finditer(c.text, lowered(c.text)):
        group = next(name for name in ("one", "un", "ein") if m.group(name))
        start = m.start(group)
        sentence = c.text[max(0, start - 150) : m.start()]
        sentence = re.split(r"[.;:!?]\s", sentence)[-1]
        if not _TWO_NAMED.search(sentence) or not c.free(start, m.end()):
            continue
        c.add("count", start, m.end(), 1.0, None, "items", bound="exact")


# "valid for a single year", "a single day off": English's article with "single" is one of
# the unit ("one single year" is read with the digits of the scan)
_A_SINGLE_UNIT = re.compile(rf"\ba\s+single\s+(?P<unit>{_UNIT_WORDS})(?![\w'])", _I)


def _singles(c: _Collector) -> None:
    for m in _A_SINGLE_UNIT.finditer(c.text):
        unit = UNIT_NAMES[LEX.units[_SPACE_RUN.sub(" ", m.group("unit").lower())]]
        c.add("hours" if unit == "hours" else "duration", m.start(), m.end(), 1.0, None, unit)
    for m in SINGLE.finditer(c.text):
        if _OR_SEVERAL.match(c.text, m.end()):
            continue  # "a single file or several": a choice, no limit
        if _one_names_no_two(c.text, m.start(), m.end()):
            c.taken.append((m.start(), m.end()))
            continue  # "the Royal Decree on one single procedure": a title's words
        c.add("count", m.start(), m.end(), 1.0, None, "items")


# "once more", "once again", "noch einmal": again, said of an act, not how many times it may be
_AGAIN = re.compile(r"\s+(?:more|again)\b", _I)
_NOCH_BEFORE = re.compile(r"\bnoch\s+$", _I)


def _once(c: _Collector) -> None:
    for m in ONCE.finditer(c.text):
        if _SENTENCE_START.search(c.text[max(0, m.start() - _NEAR) : m.start()]):
            continue  # "Once the application is accepted, …": a conjunction, not a count
        if _ONCE_CONJUNCTION.match(c.text, m.end()) or _AT_ONCE.search(
            c.text, max(0, m.start() - 7), m.start()
        ):
            continue  # "contacts you again once the card is ready", "you see at once"
        if _AGAIN.match(c.text, m.end()) or _NOCH_BEFORE.search(
            c.text, max(0, m.start() - 6), m.start()
        ):
            continue  # "legalize them once more", "noch einmal": again, no count
        only = _ONLY.search(c.text[max(0, m.start() - 25) : m.start()]) or _renewals_allowed(
            c.text, m.start(), m.end()
        )
        times = _TIMES[_SPACE_RUN.sub(" ", m.group(0).lower())]
        c.add("count", m.start(), m.end(), times, None, "items", bound="max" if only else None)


def _in_last_sentence(c: _Collector, start: int) -> bool:
    """Whether `start` is in the block's last sentence: the one that leads into what follows."""
    return not _ANOTHER_SENTENCE.search(c.text, start)


_ANOTHER_SENTENCE = re.compile(r"[.!?]\s+\S")
# "there are two kinds of permit.", "er zijn twee soorten", "il existe deux types", "es gibt
# zwei Arten": a sentence that only says how many of something there are, above the list of
# them (whatever its size: an item added or removed is no change of an amount)
# "there is one exception", "er is één uitzondering", "il existe deux types", "es bestehen
# zwei Systeme": a sentence saying how many kinds there are
_DISTINGUISH = (
    r"(?:on|l['’]on|nous)\s+(?:distingue|distinguons|compte|comptons|dénombre|recense)|"
    r"(?:we|one|you)\s+(?:can\s+)?(?:distinguish(?:es)?|recogni[sz]e)|"
    r"(?:men|we|wij|je)\s+(?:kan\s+|kunnen\s+)?(?:onderscheidt|onderscheiden|kent|kennen)|"
    r"(?:man|wir)\s+(?:kann\s+|können\s+)?(?:unterscheidet|unterscheiden|kennt|kennen)"
)
_THERE_IS = re.compile(
    r"\b(?:there\s+(?:is|are|exist)|er\s+(?:is|zijn|bestaat|bestaan)|il\s+existe|il\s+y\s+a|"
    r"es\s+(?:gibt|besteht|bestehen)|(?:besteht|bestehen)\s+(?:also\s+|somit\s+)?|"
    # "On distingue trois types de permis :", "we distinguish two kinds", "men onderscheidt drie
    # soorten", "man unterscheidet drei Arten": the same sentence told by its reader
    + _DISTINGUISH
    + r")"
    # "there are, however, two exceptions:": a word set off by commas may stand between
    r"[\s,]*(?:[\w']+,?\s+){0,2}?$",
    _I,
)
# ("Artikel 24 omschrijft wie als au pair jongere geldt": an article number, GUIDE: never an
# amount)
_POINT_BEFORE = re.compile(
    r"(?<![\w])(?:point|punt|punkt|ziffer|nummer|nr\.|n°|artikel|article|art\.)\s*$", _I
)
_COLON_AHEAD = re.compile(r"[^.;:!?]{0,40}:")
# "Three types of permit exist:", "Drie soorten bestaan er:", "Trois types existent :", "Drei
# Arten werden unterschieden:": the kinds counted first, the verb of being after them
_EXIST_THEN_COLON = re.compile(
    r"[^.;:!?]{0,40}?\b(?:exists?|are\s+distinguished|can\s+be\s+distinguished|bestaan|bestaat|"
    r"worden\s+onderscheiden|existent|existe|se\s+distinguent|sont\s+distingués|existieren|"
    r"gibt\s+es|werden\s+unterschieden|lassen\s+sich\s+unterscheiden)\b[^.;:!?]{0,20}:",
    _I,
)
# the nouns of kinds a page sets out: types, ways, exceptions, systems, categories, cases
# "fall into", "are divided into", "vallen (uiteen) in", "zijn onderverdeeld in", "se
# répartissent en", "sont classés en", "fallen in", "gliedern sich in": a whole split into kinds
_FALL_INTO = re.compile(
    r"(?:\b(?:fall|falls|are\s+(?:divided|split|grouped|classified)|is\s+(?:divided|split))\s+into"
    r"|\b(?:vallen|valt)(?:\s+uiteen)?\s+in|\b(?:zijn|worden|is|wordt)\s+(?:onder)?verdeeld\s+in"
    r"|\bse\s+(?:répartissent|divisent|classent|rangent)\s+en"
    r"|\b(?:sont|est)\s+(?:répartie?s?|divisée?s?|classée?s?|regroupée?s?)\s+en"
    r"|\b(?:fallen|fällt)\s+in|\b(?:gliedern|teilen|unterteilen)\s+sich\s+in"
    r"|\b(?:werden|wird)\s+in(?=\s+\S+\s+\S+\s+(?:unterteilt|eingeteilt|gegliedert))"
    r")\s+(?:\S+\s+){0,1}$",
    _I,
)
_KIND_NOUN = re.compile(
    r"types?|kinds?|sorts?|ways?|exceptions?|systems?|categor(?:y|ies)|possibilities|options|"
    r"soorten|manieren|uitzondering(?:en)?|systemen|categorieën|mogelijkheden|gevallen|"
    r"sortes|façons|systèmes|catégories|possibilités|cas|"
    r"arten|ausnahmen?|systeme|kategorien|möglichkeiten|fälle|wege|weisen|typen|sorten",
    _I,
)
_THERE_ARE = re.compile(
    r"\b(?:there\s+are|there\s+exist|er\s+zijn|er\s+bestaan|il\s+existe|il\s+y\s+a|"
    r"es\s+gibt|es\s+bestehen|" + _DISTINGUISH + r")\s+(?:[\w']+\s+){0,2}?$",
    _I,
)


def _items_after(blocks: list[Block], i: int) -> int:
    """How many items the list right after block `i` has (its first level), 0 for none."""
    count, level = 0, None
    for block in blocks[i + 1 :]:
        if block.kind != "list_item":
            break
        level = block.level if level is None else level
        count += block.level == level
    return count


# "80 % van dat bedrag", "80 % of that amount", "80 % de ce montant", "80 % dieses Betrags":
# a share of the sum named before
_SHARE_OF_SUM = re.compile(
    r"[\d.,\s]*(?:%|percent|per cent|procent|pour cent|prozent)\s+"
    r"(?:(?:of|van|de|d')\s*)?(?:that|this|dat|dit|ce|cet|cette|dieses|diesem|dieser)\s+"
    r"(?:amount|sum|threshold|bedrag|drempel|montant|seuil|somme|"
    r"betrags?|schwelle|summe)\b",
    _I,
)
_POINTED_KINDS = ("money", "percent")
# "120% du montant fixé à l'article 14", "120% of the amount in article 14 of the Law": a share
# of a sum a legal text sets
_LEGAL_SUM = re.compile(r"\b(?:article|artikel|art\.|law|loi|wet|gesetz\w*)(?![\w])", _I)


def reference_bound(text: str) -> str | None:
    """The bound of the threshold a sentence names without a value of its own ("je minstens
    het gemiddeld bruto jaarloon verdient", "may not exceed a maximum amount set each year"):
    the last bound word or bounded compound with no digit after it in `text`."""
    lower = lowered(text)
    candidates = [(m.end(), None) for m in _BOUND.finditer(text, lower)]
    candidates += [(m.end(), m) for m in _COMPOUND_BOUND.finditer(text)]
    for end, compound in sorted(candidates, key=lambda c: c[0], reverse=True):
        if _ANY_DIGIT.search(text, end):
            continue  # "onder de 30 jaar": the bound of a value of its own
        if compound is not None:
            return "min" if compound.group("bound").lower().startswith("min") else "max"
        return _left_bound(text[:end] + " ")
    return None


def _pointed_bounds(c: _Collector) -> str | None:
    """A share whose sentence points back to a threshold with a verb of being takes the
    threshold's bound ("volstaat 80% van dat bedrag", "ce montant était de"), and so does an
    earlier sum given beside one read before it in the block ("In 2021 bedroeg dit nog
    43.524 euro", "lag dieser Betrag bei"). The threshold is the sum or share read last before
    it in the block (one of the same kind in the same sentence is a conversion, "soit
    3.279,40 € par mois", and keeps its own bound), else the bound words of the sentence
    before, else the section's last sum. This year's sum of a threshold named without one
    ("… je minstens het gemiddeld bruto jaarloon verdient. Voor 2024 bedraagt dit € 46.632")
    stays exact (GUIDE, label audit), though its threshold's bound is returned for the shares
    of the next blocks. A fee, cost or price points back to no threshold."""
    order = sorted(range(len(c.found)), key=lambda i: c.found[i].start)
    previous: Amount | None = None
    threshold: str | None = None  # the bound of the threshold the last sum stands for
    sums = False  # whether a sum was read before in the block
    for i in order:
        amount = c.found[i]
        if amount.kind not in _POINTED_KINDS:
            continue
        own = amount.bound
        same_sentence = False
        if amount.bound == "exact" and _points_back(c, amount):
            if previous is not None:
                same_sentence = previous.start >= amount.start - len(
                    c.sentence_before(amount.start)
                )
                bound = None if same_sentence and previous.kind == amount.kind else threshold
            else:
                earlier = c._ended_before(amount.start - len(c.sentence_before(amount.start)), 1)
                bound = reference_bound(earlier[0]) if earlier else c.section_bound
            own = bound or own
            if amount.kind == "money" and not sums and not same_sentence:
                bound = None  # "… at least the average yearly pay. For 2024 that is € 46.632":
                # this year's value of a threshold named without one is exact (GUIDE, label
                # audit), while "80% of that amount" is a share of the minimum and "In 2021
                # it was still 43.524 euro" after a sum the value it is compared with
            if bound in ("min", "max"):
                amount = c.found[i] = replace(amount, bound=bound)
        previous, threshold = amount, own
        sums = sums or amount.kind == "money"
    return threshold


def _points_back(c: _Collector, amount: Amount) -> bool:
    sentence = c.sentence_of(amount.start)
    if _NOT_PAY.found_in(sentence):
        return False  # "The fee is EUR 200": a fee restates no threshold
    if amount.kind == "percent" and _SHARE_OF_SUM.match(c.text, amount.start):
        return True
    if amount.kind == "percent" and _LEGAL_SUM.search(c.text, amount.start, amount.start + 80):
        return False  # "Ce montant correspond à 120% du montant fixé à l'article 14 de la loi":
        # the threshold defined from a legal sum, as the labels read it
    before = c.sentence_before(amount.start)
    # "This will rise to 86,209 euro", "the amount went up to": a change's new value, as the
    # labels read it; a verb of being ("bedroeg dit", "that amount was") restates
    return (
        points_back(before)
        and not _CHANGE_VERB.found_in(before)
        and not _GOES_TO.search(before)
    )


# "In 2022 gaat dat bedrag naar 43.104,50 euro", "2022 geht dieser Betrag auf": a change's new
# value; "gaat", "geht" alone are too common a verb for the change verbs ("Gaat het om …")
_GOES_TO = re.compile(r"\b(?:gaat|ging|geht|ging)\b[^.;:]{0,30}\b(?:naar|auf)\s*$", _I)


# A lead-in that only says when ("For an application filed in 2024:", "Pour 2024 :", "Voor
# 2024:", "Ab dem 1. Januar 2025:") continues the list of the section's lead-in before it
_WHEN_ONLY_LEAD = re.compile(r"^[^\w€]*(?:[^\W\d]+\s+|\d{1,2}\.?\s+){0,6}(?:19|20)\d\d\s*:\s*$")


def extract_amounts(blocks: list[Block]) -> list[Amount]:
    """Every amount statement of the page, in reading order."""
    found: list[Amount] = []
    before: Block | None = None  # the last paragraph of the current section
    rate: tuple[tuple[str, ...], str | None] | None = None  # the rate of the section's last sum
    last_sum: tuple[tuple[str, ...], str] | None = None  # the bound of its last sum or share
    times_section: tuple[tuple[str, ...]] | None = None  # the block above had a term x factor
    priced_section: tuple[tuple[str, ...]] | None = None  # the list item above held a sum
    named: tuple[tuple[str, ...], str] | None = None  # the section's last lead-in naming more
    # than when
    for i, block in enumerate(blocks):
        if before is not None and before.section != block.section:
            before = None
        collector = _Collector(block, before)
        if rate is not None and rate[0] == block.section:
            collector.section_rate = rate[1]
        if last_sum is not None and last_sum[0] == block.section:
            collector.section_bound = last_sum[1]
        collector.times_above = times_section == (block.section,)
        collector.priced_above = block.kind == "list_item" and priced_section == (block.section,)
        if collector.lead_in is not None:
            # "The following documents for 2024:" names its list
            lead = collector.lead_in
            if not _WHEN_ONLY_LEAD.match(lead) or ANNOUNCES.found_in(lead):
                named = (block.section, collector.lead_in)
            elif named is not None and named[0] == block.section:
                collector.lead_in = named[1]
        if block.kind == "heading" or block.text.rstrip().endswith(":"):
            collector.own_list = _items_after(blocks, i)
        elif block.kind == "paragraph":
            collector.closing_list = _items_after(blocks, i)  # "… there are two kinds of
            # permit." above a list: a lead-in ended with a full stop (GUIDE, devset-r)
        if block.kind == "paragraph":
            before = block
        elif block.kind != "table_cell":
            before = None  # a list or heading between: the paragraph no longer introduces
        if not _ANY_DIGIT.search(collector.scan):
            _and_a_half(collector)  # "viereinhalb Monate": a number glued to its half
            _counts_in_words(collector)
            _glued_digits(collector)  # "de viercijferige code": glued to its digits
            found.extend(collector.found)
            continue
        _dates(collector)
        _money(collector)
        _bare_terms(collector)
        _bare_prices(collector)
        _simple(collector, PERCENT, "percent", "percent")
        _simple(collector, SIZE, "size", "MB")
        _birthdays(collector)
        _ordinal_windows(collector)
        _and_a_half(collector)
        _units(collector)
        _ages_without_unit(collector)
        _counts(collector)
        _one_of_these(collector)
        _part_of_the_list(collector)
        _elided_units(collector)
        _code_lengths(collector)
        _shares(collector)
        _counts_in_words(collector)
        threshold = _pointed_bounds(collector)
        _counted_cell(collector)
        _statistic_figures(collector)
        _extensions(collector)
        found.extend(sorted(collector.found, key=lambda a: a.start))
        times_section = (block.section,) if collector.times_sum else None
        priced_section = (
            (block.section,)
            if block.kind == "list_item" and any(a.kind == "money" for a in collector.found)
            else None
        )
        sums = [a for a in collector.found if a.kind == "money"]
        if sums:
            rate = (block.section, max(sums, key=lambda a: a.start).per)
        shares = [a for a in collector.found if a.kind in _POINTED_KINDS]
        if shares:
            last_sum = (block.section, threshold or max(shares, key=lambda a: a.start).bound)
    return found
