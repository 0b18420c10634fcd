"""The words of each language, loaded from parsers/lexicons/<lang>.yaml (one file a language).

Extraction runs on all four lexicons merged: official pages quote each other across
languages, and a unit word of one language never means something else in another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

import yaml

from parsers.needles import needles as derived_needles

LANGS = ("en", "nl", "fr", "de")


# libyaml's loader when PyYAML has it: the four lexicons load ~8x faster (0.10 -> 0.013 s
# of every process that extracts), into the same values; they ship with the code, so an
# error in one is ours and needs no line-exact message from the pure-Python parser.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(lang: str) -> dict:
    path = resources.files("parsers") / "lexicons" / f"{lang}.yaml"
    return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)


def alternation(words, space: str = r"\s+") -> str:
    """A regex alternation, longest first, spaces matching any run of spaces (or `space`).

    Written as a prefix tree ("d(?:a(?:ys|y|g))" for days|day|dag): the regex engine then
    tries a dozen first letters at each position instead of every word of four lexicons,
    which made these patterns 3-6x faster. Matches are exactly those of the flat list.
    """
    return _prefix_tree(longest_first(words), space)


def longest_first(words) -> list[str]:
    """The words lowered, once each, longest first, and words of one length in a fixed order:
    a pattern built from them is then spelled the same in every process, whatever its string
    hashing (parsers.needles remembers needles by a pattern's text)."""
    return sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))


def _spelled(word: str, space: str) -> str:
    return "".join(space if char == " " else re.escape(char) for char in word)


def _exclusive(chars: list[str]) -> bool:
    """No text character matches two of these pattern characters, case ignored: only then
    may their branches be reordered (the empty branch is never among them)."""
    for i, a in enumerate(chars):
        for b in chars[i + 1 :]:
            if a == " " or b == " ":
                if re.fullmatch(r"\s", b if a == " " else a):
                    return False
            elif re.fullmatch(re.escape(a), b, re.IGNORECASE):
                return False
    return True


def _prefix_tree(words: list[str], space: str) -> str:
    """The alternation of `words` (tried in this order), sharing common first characters.

    Branches are grouped by first character, each group keeping its order; the empty word
    (a word that is the prefix of longer ones) is the shortest, so it stays last. Spaces
    (`\\s+`, which can backtrack) are not shared, so the order of attempts is unchanged.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    if len(words) == 1 or not _exclusive([first for first in groups if first]):
        return "|".join(_spelled(word, space) for word in words)
    branches = []
    for first, rests in groups.items():
        if not first:
            branches.append("")
        elif first == " " or len(rests) == 1:
            branches.extend(_spelled(first + rest, space) for rest in rests)
        else:
            branches.append(f"{_spelled(first, space)}(?:{_prefix_tree(rests, space)})")
    return "|".join(branches)


# The characters of Belgian pages as the regex engine sees them when ignoring case: Latin-1
# (French, Dutch and German letters) and the euro sign. Anything else is searched as it is.
_LOWERABLE = [chr(code) for code in range(256)] + ["€"]
_BEYOND_LOWERABLE = re.compile("[^\x00-\xff€]")
_GROUP_SYNTAX = re.compile(r"\(\?P[<=]")  # the only capitals a pattern may hold


@cache
def _lowers_as_it_folds(char: str) -> bool:
    """Ignoring case, `char` matches exactly the characters that lower to it (of those above)."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return all(bool(pattern.fullmatch(x)) == (x.lower() == char) for x in _LOWERABLE)


def lowered(text: str) -> str | None:
    """The text in lower case when a lower-case pattern finds there, case-sensitively, just what
    it finds in the text ignoring case (see CaseBlind); None when it might not."""
    if text.isascii() or not _BEYOND_LOWERABLE.search(text):
        return text.lower()
    return None


class CaseBlind:
    """A case-insensitive pattern, run on the lowered text when it can be.

    Text of Latin-1 letters and the euro sign (nearly every block) is lowered and searched
    with a case-sensitive copy of the pattern: the engine then compares characters instead
    of folding each one, about twice as fast. For these characters, ignoring case is exactly
    comparing lowered ones (checked for every character of the pattern, which must be in
    lower case), so the matches are the same, at the same offsets. `needles`, when given,
    are strings one of which every match holds: lowered text without any has no match.
    """

    def __init__(self, pattern: str, needles: tuple[str, ...] = ()) -> None:
        for char in set(_GROUP_SYNTAX.sub("", pattern)):
            if not _lowers_as_it_folds(char):
                raise ValueError(f"{char!r} in a CaseBlind pattern: write it in lower case")
        self.pattern = pattern
        self.lowered = re.compile(pattern)
        # when not given, read from the pattern itself (parsers.needles): most searches
        # find nothing, and a text without any needle is passed over without the search
        self.needles = needles or derived_needles(self.lowered)

    @cached_property
    def folded(self) -> re.Pattern:
        """The pattern ignoring case, compiled on first use: most texts are searched lowered,
        and compiling both copies of the 54 patterns was half of importing `parsers`
        (~0.2 s of every process that extracts, each pool worker included)."""
        return re.compile(self.pattern, re.IGNORECASE)

    def found_in(self, text: str) -> bool:
        return self.found(text, lowered(text))

    def found(self, text: str, lower: str | None) -> bool:
        """found_in, given `lowered(text)`: for a text asked about several patterns."""
        if lower is None:
            return self.folded.search(text) is not None
        if self.needles and not _holds_any(lower, self.needles):
            return False
        return self.lowered.search(lower) is not None

    def finditer(self, text: str, lower: str | None) -> Iterator[re.Match]:
        """The matches in `text`, given `lowered(text)`: their groups are then in lower case,
        so read the original text at their offsets where case matters."""
        if lower is None:
            return self.folded.finditer(text)
        if self.needles and not _holds_any(lower, self.needles):
            return iter(())
        return self.lowered.finditer(lower)


def _holds_any(lower: str, needles: tuple[str, ...]) -> bool:
    """Whether one of the needles is in the text (a loop: any() over a generator cost more
    than the substring tests themselves)."""
    for needle in needles:
        if needle in lower:
            return True
    return False


@cache
def languages(key: str) -> dict[str, frozenset[str]]:
    """Each word of `key` (a list or a mapping in the lexicons), lowered -> the languages
    that have it: "onze" is a number in French only (in Dutch it means "our")."""
    found: dict[str, set[str]] = {}
    for lang in LANGS:
        for word in load(lang)[key]:
            found.setdefault(str(word).lower(), set()).add(lang)
    return {word: frozenset(langs) for word, langs in found.items()}


@dataclass(frozen=True)
class Lexicon:
    numbers: dict[str, float]
    multipliers: dict[str, float]  # "million", "miljoen": a number before it is times this
    months: dict[str, int]
    units: dict[str, str]  # word -> unit
    count_nouns: frozenset[str]
    per: dict[str, str]  # phrase -> period
    bounds: dict[str, str]  # phrase -> min | max
    range_connectors: frozenset[str]
    range_openers: frozenset[str]
    age_before: tuple[str, ...]
    age_after: tuple[str, ...]
    law_before: tuple[str, ...]
    headings: dict[str, tuple[str, ...]]  # condition kind -> heading words
    obligation: tuple[str, ...]
    boilerplate: tuple[str, ...]
    birthday: tuple[str, ...]  # "30th birthday": an age given as an ordinal
    becomes: tuple[str, ...]  # "wenn er 30 wird": an age given as a birthday reached
    change_connectors: tuple[str, ...]  # "6 statt 3 Monate": two values, old and new
    change_verbs: tuple[str, ...]  # "rises from 45 to 75 days": a change, not a range
    announce: tuple[str, ...]  # "the following", "volgende": a lead-in that names its list
    clock_words: tuple[str, ...]  # "open", "lundi": times of day, not hour limits
    closed: tuple[str, ...]  # "closed on 21 July", "Schließtage:": the days an office is shut
    law_dated: tuple[str, ...]  # "law dated", "wet van": the word between a law and its date
    tenure: tuple[str, ...]  # "years of experience": what follows a duration, never an age
    period_before: tuple[str, ...]  # "for at least 20 years": what opens a duration
    imperative: tuple[str, ...]  # "Send the file": a sentence that opens with it is an action
    not_pay: tuple[str, ...]  # "fee", "retributie": money that takes no salary's rate
    pays: tuple[str, ...]  # "pays", "betaalt", "se verse", "zahlt": the act of paying a fee
    sums: tuple[str, ...]  # "amount", "bedrag", "compte", "Konto": what a payment moves or where
    pointer: tuple[str, ...]  # "more information", "zie": a lead-in to links, not to a list
    lifted: tuple[str, ...]  # "do not need", "moet … geen": an obligation lifted, an exemption
    conditional: tuple[str, ...]  # "if", "lorsque": a lead-in ending on it introduces conditions
    prohibition: tuple[str, ...]  # "may not", "mag niet": a ban, never a lifted obligation
    same_case: tuple[str, ...]  # "This is the case for …": names the cases of the sentence before
    depends: tuple[str, ...]  # "depends on:": a lead-in to what decides, not to conditions
    asks_how: tuple[str, ...]  # "How to", "Hoe", "Où": a heading asking about the procedure
    applying: tuple[str, ...]  # "register", "indienen", "beantragen": verbs of applying
    sequence: tuple[str, ...]  # "then", "daarna", "ensuite": order before an imperative
    applies: tuple[str, ...]  # "still apply to", "blijft … gelden": whom the rules bind
    negation: tuple[str, ...]  # "not", "niet", "pas", "nicht": turns the word after it round
    required: tuple[str, ...]  # "required", "vereist", "requis": asked of someone, as an adjective
    signed: tuple[str, ...]  # "signed", "bekendgemaakt": a date of signing or publishing
    procedure: tuple[str, ...]  # "application", "aanvraag", "Antrag": what a step handles
    lodged: tuple[str, ...]  # "lodged", "introduite": how an application reaches its office
    channel_ends: tuple[
        str, ...
    ]  # "to:", "in bij:", "auprès de :": a lead-in ending on where it goes
    lodging: tuple[str, ...]  # "submitting", "traitement": lodging or handling, named in a heading
    renewals: tuple[str, ...]  # "renewal", "verlenging": a renewal closing a short heading
    stages: tuple[str, ...]  # "renewal", "recours", "Verlängerung": a stage a short heading names
    stage_only: frozenset[str]  # "Application", "Antrag": a heading that is only the application
    procedure_questions: frozenset[str]  # "How?", "Où ?": a heading asking about the procedure
    when_questions: frozenset[str]  # "When?", "Quand ?": a heading asking when (a stage's time)
    declaring: tuple[str, ...]  # "notify", "melden", "déclarer": declaring to the office
    what_to_do: tuple[str, ...]  # "What to do", "Que faire", "Was ist zu tun": asks for actions
    stage_questions: tuple[str, ...]  # "Where do I go?", "Où dois-je aller ?": a stage
    theft: tuple[str, ...]  # "stolen", "diefstal", "vol", "Diebstahl": a card reported stolen
    loss: tuple[str, ...]  # "lost", "verlies", "perte", "Verlust": a card lost (with its noun)
    lost_things: tuple[str, ...]  # "card", "kaart", "titre", "Karte": what is lost or stolen
    formalities: tuple[str, ...]  # "First registration", "Inscription": a formality in a heading
    polite: tuple[str, ...]  # "please", "gelieve", "veuillez", "bitte": an order follows
    channels: tuple[str, ...]  # "by e-mail", "en ligne", "per Post": how an application goes
    sworn: tuple[str, ...]  # "of honour", "of commitment": a declaration that is a paper
    link_pointers: tuple[str, ...]  # "Follow this link", "Klik hier": an order to read a page
    infinitive_orders: tuple[str, ...]  # "Envoyer …", "… invullen", "… einreichen": in a list
    solely: tuple[str, ...]  # "only", "enkel", "uniquement", "nur": an exclusive way …
    appointments: tuple[str, ...]  # "appointment", "afspraak", "rendez-vous", "Termin": … to book
    free: tuple[str, ...]  # "free of charge", "gratis", "gratuit", "kostenlos": no fee
    attach: tuple[str, ...]  # "attach", "joignez", "beifügen": a lead-in to documents
    bring: tuple[str, ...]  # "please bring", "se munir de", "mitbringen": what to bring along
    follows: tuple[str, ...]  # "as follows", "comme suit": a lead-in to how something runs
    comply: tuple[str, ...]  # "Please observe the following:": a lead-in to rules to keep
    handles: tuple[str, ...]  # "examines", "sends": what an authority or applicant does with a case
    state_verbs: tuple[str, ...]  # "must live in", "moet … hebben": a state to be in
    modals: tuple[str, ...]  # "may", "mag", "peut", "darf": a permission a limit is stated with
    only: tuple[str, ...]  # "can only", "mag slechts", "darf nur": a permission narrowed
    only_if: tuple[str, ...]  # "only if …, you can": a permission on a condition
    rest: tuple[str, ...]  # "day off", "vrije dag", "jour de repos", "freier Tag": a day given
    digit_nouns: tuple[str, ...]  # "six-digit", "6-cijferige", "6 chiffres": a code's length
    subjects: tuple[str, ...]  # "you", "uw", "vous", "Sie": a person a sentence opens on
    persons: tuple[str, ...]  # "worker", "werkgever": whom the rules bind, as a subject
    determiners: tuple[str, ...]  # "the", "uw", "le", "der": what opens a noun phrase
    effects: tuple[str, ...]  # "facilitate", "attirer": what a measure is to bring about
    expects: tuple[str, ...]  # "should", "devrait": a modal of expectation as well as duty
    helps: tuple[str, ...]  # "help", "pouvoir": an effect after a modal of expectation
    document_nouns: tuple[str, ...]  # "copy", "attest", "Nachweis": what a document item opens with
    legal_basis: tuple[str, ...]  # "article", "richtlijn", "transpose": a rule's legal basis
    advice: tuple[str, ...]  # "recommendation", "aanbeveling", "avis", "Empfehlung": advice given
    takes_time: tuple[str, ...]  # "takes", "duurt", "prend", "dauert": how long a stage takes
    delay: tuple[str, ...]  # "Délai", "Termijn", "Frist": a label giving a stage's time
    validity: tuple[str, ...]  # "Validité", "Geldigheid": a label giving how long a card lasts
    granted: tuple[str, ...]  # "granted", "toegekend", "accordée", "erteilt": a permit given
    websites: tuple[str, ...]  # "website", "site web": a lead-in sending the reader to sites
    concerned: tuple[str, ...]  # "you are concerned", "komt in aanmerking": whom a rule takes
    someone: tuple[str, ...]  # "someone", "iemand": a person one brings along, no document
    condition_nouns: tuple[str, ...]  # "conditions", "procedure": what someone must meet or follow
    meet: tuple[str, ...]  # "meet", "voldoen", "suivre", "erfüllen": their verbs


@cache
def merged() -> Lexicon:
    parts = [load(lang) for lang in LANGS]

    def pairs(key: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in parts:
            for value, words in part[key].items():
                for word in words:
                    out[word.lower()] = value
        return out

    def words(key: str) -> tuple[str, ...]:
        return tuple(longest_first(w for part in parts for w in part[key]))

    headings: dict[str, tuple[str, ...]] = {}
    for part in parts:
        for kind, items in part["headings"].items():
            headings[kind] = tuple(sorted({*headings.get(kind, ()), *(w.lower() for w in items)}))
    return Lexicon(
        numbers={k.lower(): float(v) for part in parts for k, v in part["numbers"].items()},
        multipliers={k.lower(): float(v) for part in parts for k, v in part["multipliers"].items()},
        months={k.lower(): v for part in parts for k, v in part["months"].items()},
        units=pairs("units"),
        count_nouns=frozenset(words("count_nouns")),
        per=pairs("per"),
        bounds=pairs("bounds"),
        range_connectors=frozenset(words("range_connectors")),
        range_openers=frozenset(words("range_openers")),
        age_before=words("age_before"),
        age_after=words("age_after"),
        law_before=words("law_before"),
        headings=headings,
        obligation=words("obligation"),
        boilerplate=words("boilerplate"),
        birthday=words("birthday"),
        becomes=words("becomes"),
        change_connectors=words("change_connectors"),
        change_verbs=words("change_verbs"),
        announce=words("announce"),
        clock_words=words("clock_words"),
        closed=words("closed"),
        law_dated=words("law_dated"),
        tenure=words("tenure"),
        period_before=words("period_before"),
        imperative=words("imperative"),
        not_pay=words("not_pay"),
        pays=words("pays"),
        sums=words("sums"),
        pointer=words("pointer"),
        lifted=words("lifted"),
        conditional=words("conditional"),
        prohibition=words("prohibition"),
        same_case=words("same_case"),
        depends=words("depends"),
        asks_how=words("asks_how"),
        applying=words("applying"),
        sequence=words("sequence"),
        applies=words("applies"),
        negation=words("negation"),
        required=words("required"),
        signed=words("signed"),
        procedure=words("procedure"),
        lodged=words("lodged"),
        channel_ends=words("channel_ends"),
        lodging=words("lodging"),
        stages=words("stages"),
        renewals=words("renewals"),
        stage_only=frozenset(words("stage_only")),
        procedure_questions=frozenset(words("procedure_questions")),
        when_questions=frozenset(words("when_questions")),
        declaring=words("declaring"),
        what_to_do=words("what_to_do"),
        stage_questions=words("stage_questions"),
        theft=words("theft"),
        loss=words("loss"),
        lost_things=words("lost_things"),
        formalities=words("formalities"),
        polite=words("polite"),
        channels=words("channels"),
        sworn=words("sworn"),
        link_pointers=words("link_pointers"),
        infinitive_orders=words("infinitive_orders"),
        solely=words("solely"),
        appointments=words("appointments"),
        free=words("free"),
        attach=words("attach"),
        bring=words("bring"),
        follows=words("follows"),
        comply=words("comply"),
        handles=words("handles"),
        state_verbs=words("state_verbs"),
        modals=words("modals"),
        only=words("only"),
        only_if=words("only_if"),
        rest=words("rest"),
        digit_nouns=words("digit_nouns"),
        subjects=words("subjects"),
        persons=words("persons"),
        determiners=words("determiners"),
        effects=words("effects"),
        expects=words("expects"),
        helps=words("helps"),
        document_nouns=words("document_nouns"),
        legal_basis=words("legal_basis"),
        advice=words("advice"),
        delay=words("delay"),
        takes_time=words("takes_time"),
        validity=words("validity"),
        granted=words("granted"),
        websites=words("websites"),
        concerned=words("concerned"),
        someone=words("someone"),
        condition_nouns=words("condition_nouns"),
        meet=words("meet"),
    )
