"""Which catalogued rule an amount states: the kind, unit, rate, bound and range must fit,
then the cue words of the sentence (and table headers) and of the section decide.

A rule whose cue words do not appear at all is never chosen: an amount that states no
catalogued rule keeps `rule_id` null rather than the least unlikely rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.lexicon import lowered
from rules.catalogue import Catalogue, Rule

# A statement in another unit, converted to the rule's for the range check: a year is 12
# months, 52 weeks or 365 days; a month 30 days (Belgian pages: "3 months" or "90 days").
_FACTOR = {
    ("years", "months"): 12.0,
    ("years", "weeks"): 52.0,
    ("years", "days"): 365.0,
    ("months", "weeks"): 30.0 / 7.0,
    ("months", "days"): 30.0,
    ("weeks", "days"): 7.0,
}
# An annual salary is the monthly one times 12 (13.92 with holiday pay and bonus).
_PER_YEAR = {"year": (1.0,), "month": (12.0, 13.92), "week": (52.0,), "day": (365.0,)}
SENTENCE_WEIGHT = 3
SECTION_WEIGHT = 1
NEAR_WEIGHT = 3
# A sentence stating several values says what each is in the value's own clause ("Highly
# qualified workers earn EUR 48.912; those under 30 and nurses EUR 39.129"): its words count
# again, more than a word of another clause, and only its words (and the sentence's lead,
# before the first value) rule a rule out.
CLAUSE_WEIGHT = 4
# Thresholds stand under a heading that names the category ("Highly qualified staff") in a
# sentence that does not; a duration, an age or a count needs its own sentence to say what
# it is ("1 year" under "Au pair" may be the passport's validity or the stay's length).
SECTION_NAMES = frozenset({"money", "percent"})


@dataclass(frozen=True)
class Statement:
    """What the matcher reads of one amount."""

    kind: str
    value: float | None
    value_max: float | None
    unit: str | None
    per: str | None
    bound: str
    lang: str
    sentence: str  # the sentence, with a table cell's headers and caption (as written:
    section: str  # the section path and list lead-ins          lowered when scanned)
    near: str  # the words just before and after the value ("au plus tôt 4 mois")
    page_topic: str = ""  # the source's topic in sources.yaml ("au pair"), read as English
    clause: str = ""  # the value's own clause, when the sentence states several values
    lead: str = ""  # the sentence before its first value, when it states several


class Vocabulary:
    """Every cue word of a catalogue in one language, found in a text without a regex of them.

    A cue matches at a word start ("hooggeschool" finds "hooggeschoolde"); a space in a cue
    matches any run of white space. The text is lowered, its runs of white space made one
    space; the first two characters of its words, found by one small pattern, are looked up
    among the cues' first two, and only the cues of those are searched for. Scoring a rule
    is then set intersections. Compiling one alternation of a language's 200-odd cues cost
    ~15-30 ms a language and process, a fifth of what assigning a first night of 100 pages
    added to its parse stage; the lookups cost ~5 us a text more than that regex's scan (a
    page has about nine distinct texts), so the build saved is worth ~1,000 pages of scans.
    """

    def __init__(self, words: set[str]) -> None:
        cues = {" ".join(w.split()) for w in words}
        grouped: dict[str, list[str]] = {}
        for cue in sorted(cues):
            grouped.setdefault(cue[:2], []).append(cue)
        self.by_start = {key: tuple(found) for key, found in grouped.items()}
        self.keys = frozenset(key for key in self.by_start if len(key) == 2)
        self.letters = frozenset(key for key in self.by_start if len(key) == 1)  # "a", "à"
        self._memo: dict[str, frozenset[str]] = {}

    def clear(self) -> None:
        self._memo.clear()

    def find(self, text: str) -> frozenset[str]:
        """The cue words in a text (lowered here, once per distinct text).

        A cell's sentence and headers, a section's headings, are scanned one by one: the
        headers of a table column, the page title atop every section path, once a page. No
        cue spans " | " or " > ", and each part starts a word as it did after the space, so
        the words found are those of the whole text.
        """
        if not self.by_start or not text:
            return frozenset()
        found = self._memo.get(text)
        if found is None:
            parts = _PARTS.split(text)
            found = (
                self._scan(text) if len(parts) == 1 else frozenset().union(*map(self.find, parts))
            )
            self._remember(text, found)
        return found

    def _scan(self, text: str) -> frozenset[str]:
        lower = " ".join((lowered(text) or text.lower()).split())  # runs of spaces: one
        starts = set(_WORD_STARTS.findall(lower))  # every word's first two characters
        hits = [*self.keys.intersection(starts)]
        if self.letters:
            hits += self.letters.intersection(key[:1] for key in starts)
        by_start = self.by_start
        return frozenset(
            cue
            for key in hits
            for cue in by_start[key]
            if cue in lower and _starts_a_word(lower, cue)
        )

    def _remember(self, text: str, found: frozenset[str]) -> None:
        if len(self._memo) > 4096:
            self._memo.clear()
        self._memo[text] = found


# A word's first two characters (a space may be the second: "à partir"): a letter or digit
# with no letter, digit or hyphen before it. A match consumes its two characters, and the
# second is never a word start (it follows a letter or digit). Cues start with a letter or
# digit (rules/catalogue.py).
_WORD_STARTS = re.compile(r"(?<![\w-])\w.?", re.DOTALL)
_WORD_CHAR = re.compile(r"[\w-]")


def _starts_a_word(text: str, cue: str) -> bool:
    """Whether `cue` occurs in `text` at a word start (not after a letter, digit or hyphen)."""
    at = text.find(cue)
    while at >= 0:
        if at == 0 or not _WORD_CHAR.match(text, at - 1):
            return True
        at = text.find(cue, at + 1)
    return False


_PARTS = re.compile(r" [|>] ")  # how `rules.assign` joins a cell's headers, a section's headings


@dataclass(frozen=True)
class RuleWords:
    """One rule's cue words in one language, as sets."""

    sentence: frozenset[str]
    section: frozenset[str]
    avoid: frozenset[str]  # words naming something no rule states ("permis B"): whole sentence
    topic: frozenset[str]
    near: frozenset[str]
    topic_en: frozenset[str]  # the source's topic is written in English
    section_en: frozenset[str]
    # avoid words that another rule's sentence cues hold ("under 30" for the highly qualified
    # floor): they say which of a sentence's values is which, so they count in its clause
    avoid_sibling: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Matcher:
    words: dict[str, RuleWords]  # rule id -> its words
    vocabulary: Vocabulary  # the language's cue words
    english: Vocabulary  # English cue words, for the source's topic


_MATCHERS: dict[tuple[str, str], Matcher] = {}


def matcher_for(catalogue: Catalogue, lang: str) -> Matcher:
    key = (catalogue.digest or str(id(catalogue)), lang)
    if key not in _MATCHERS:
        words = {
            rule.id: RuleWords(
                frozenset(rule.cues.sentence.of(lang)),
                frozenset(rule.cues.section.of(lang)),
                frozenset(rule.avoid.of(lang)),
                frozenset(rule.topic.of(lang)),
                frozenset(rule.near.of(lang)),
                frozenset(rule.topic.en),
                frozenset(rule.cues.section.en),
            )
            for rule in catalogue.rules
        }
        local = set().union(
            *(w.sentence | w.section | w.avoid | w.topic | w.near for w in words.values())
        )
        named = {}  # each sentence cue -> the rules it names
        for rule_id, w in words.items():
            for cue in w.sentence:
                named.setdefault(cue, set()).add(rule_id)
        for rule_id, w in words.items():
            sibling = frozenset(a for a in w.avoid if named.get(a, set()) - {rule_id})
            if sibling:
                words[rule_id] = replace(w, avoid=w.avoid - sibling, avoid_sibling=sibling)
        english = set().union(*(w.topic_en | w.section_en for w in words.values()))
        _MATCHERS[key] = Matcher(words, Vocabulary(local), _vocabulary(frozenset(english)))
    return _MATCHERS[key]


_ENGLISH: dict[frozenset[str], Vocabulary] = {}


def _vocabulary(words: frozenset[str]) -> Vocabulary:
    """The English words of the source topics are the same for every language: compiled once
    a process, not four times (a pattern of this size takes ~30 ms to compile)."""
    if words not in _ENGLISH:
        _ENGLISH[words] = Vocabulary(set(words))
    return _ENGLISH[words]


def _convert(value: float, unit: str, per: str | None, rule: Rule) -> tuple[float, ...]:
    """The value in the rule's unit and rate, one reading per plausible factor."""
    if (unit, rule.unit) in _FACTOR:
        return (value * _FACTOR[unit, rule.unit],)
    if (rule.unit, unit) in _FACTOR:
        return (value / _FACTOR[rule.unit, unit],)
    if rule.kind == "money" and per and rule.per and per != rule.per:
        return tuple(value * f / g for f in _PER_YEAR[per] for g in _PER_YEAR[rule.per])
    return (value,)


@dataclass(frozen=True)
class Fit:
    """What a statement must be to state a rule, precomputed once per catalogue."""

    rule: Rule
    bounds: frozenset[str]
    pers: frozenset[str | None]  # the rates a statement may carry (None: no rate said)
    low: float
    high: float
    narrow: float  # minus the range's relative width: a tie of points goes to the narrower
    needs_sentence: bool  # a rule of its kind is named in the sentence (see SECTION_NAMES)


def _fit_of(rule: Rule) -> Fit:
    pers: set[str | None] = {rule.per, *rule.also_per}
    if rule.per is None or rule.kind == "money":
        pers.add(None)  # "20 hours" alone is not "20 hours a week"; a salary often has no rate
    low, high = rule.range
    slack = (high - low) * 0.001 + abs(high) * 0.01
    narrow = -(high - low) / (abs(high) or 1.0)
    return Fit(
        rule,
        frozenset(rule.bounds),
        frozenset(pers),
        low - slack,
        high + slack,
        narrow,
        rule.kind not in SECTION_NAMES,
    )


def _readings(value: float, unit: str, per: str | None, rule: Rule) -> tuple[float, ...]:
    if unit == rule.unit and (per == rule.per or per is None or rule.kind != "money"):
        return (value,)
    return _convert(value, unit, per, rule)


def fits(statement: Statement, fit: Fit) -> bool:
    """Kind, unit, rate, bound and range allow the rule (cue words aside)."""
    if statement.bound not in fit.bounds or statement.per not in fit.pers:
        return False
    if statement.value is None:
        return False
    rule = fit.rule
    for value in (statement.value, statement.value_max):
        if value is not None and not any(
            fit.low <= v <= fit.high
            for v in _readings(value, statement.unit or "", statement.per, rule)
        ):
            return False
    return True


class Seen:
    """The cue words found around one amount: in its sentence, section, source topic and
    just around the value (found once per amount, whatever the number of candidate rules).

    The words around the value are looked for only when a candidate rule asks (two rules of
    75 have `near` words): a fifth of the text scanned, saved for nearly every amount.
    """

    __slots__ = ("sentence", "section", "topic", "clause", "_avoidable", "_lead_text",
                 "_near", "_near_text", "_find")  # fmt: skip

    def __init__(self, sentence, section, topic, near_text: str, find, clause=None, lead=""):
        self.sentence: frozenset[str] = sentence
        self.section: frozenset[str] = section
        self.topic: frozenset[str] = topic
        self.clause: frozenset[str] = clause or frozenset()
        self._avoidable: frozenset[str] | None = sentence if clause is None else None
        self._lead_text = lead
        self._near_text = near_text
        self._find = find
        self._near: frozenset[str] | None = None

    @property
    def avoidable(self) -> frozenset[str]:
        """The words that may rule a rule out: the value's clause and the sentence's lead
        when the sentence states several values (the lead read only when asked), else the
        whole sentence."""
        if self._avoidable is None:
            self._avoidable = self.clause | self._find(self._lead_text)
        return self._avoidable

    @property
    def near(self) -> frozenset[str]:
        if self._near is None:
            self._near = self._find(self._near_text)
        return self._near


def seen_in(statement: Statement, matcher: Matcher) -> Seen:
    find = matcher.vocabulary.find
    sentence = find(statement.sentence)
    clause = None
    if statement.clause:  # a clause holds no cue its sentence lacks: none there, none to find
        clause = find(statement.clause) if sentence else frozenset()
    return Seen(
        sentence,
        find(statement.section),
        matcher.english.find(statement.page_topic),
        statement.near,
        find,
        clause,
        statement.lead if sentence else "",
    )


def score(rule: Rule, words: RuleWords, seen: Seen) -> int:
    """How strongly the words around the amount name the rule; 0 when they rule it out.

    Words of the sentence (with a table cell's headers) count three times those of the section
    path. A rule with `topic` words needs one of them in the sentence or section, one with
    `near` words one of them just before or after the value.
    """
    if not words.avoid.isdisjoint(seen.sentence):
        return 0
    if words.avoid_sibling and not words.avoid_sibling.isdisjoint(seen.avoidable):
        return 0
    if words.topic and not (
        words.topic & seen.sentence or words.topic & seen.section or words.topic_en & seen.topic
    ):
        return 0
    near = len(words.near & seen.near) if words.near else 0
    if words.near and not near:
        return 0
    sentence = len(words.sentence & seen.sentence)
    if not sentence and rule.kind not in SECTION_NAMES:
        return 0
    section = len((words.section & seen.section) | (words.section_en & seen.topic))
    points = SENTENCE_WEIGHT * sentence + SECTION_WEIGHT * section + NEAR_WEIGHT * near
    if seen.clause:  # only a sentence stating several values has one
        points += CLAUSE_WEIGHT * len(words.sentence & seen.clause)
    return points


_BY_UNIT: dict[str, dict[tuple[str, str], tuple[Fit, ...]]] = {}


def _by_unit(catalogue: Catalogue) -> dict[tuple[str, str], tuple[Fit, ...]]:
    """The rules a statement of each kind and unit may state: the first cut, made once."""
    key = catalogue.digest or str(id(catalogue))
    if key not in _BY_UNIT:
        index: dict[tuple[str, str], list[Fit]] = {}
        for rule in catalogue.rules:
            for unit in rule.units:
                index.setdefault((rule.kind, unit), []).append(_fit_of(rule))
        _BY_UNIT[key] = {k: tuple(v) for k, v in index.items()}
    return _BY_UNIT[key]


_BY_TERMS: dict[tuple, tuple[Fit, ...]] = {}


def _by_terms(catalogue: Catalogue, statement: Statement) -> tuple[Fit, ...]:
    """The rules whose kind, unit, rate and bound allow the statement (range aside)."""
    key = (catalogue.digest, statement.kind, statement.unit, statement.per, statement.bound)
    found = _BY_TERMS.get(key)
    if found is None:
        found = _BY_TERMS[key] = tuple(
            fit
            for fit in _by_unit(catalogue).get((statement.kind, statement.unit), ())
            if statement.bound in fit.bounds and statement.per in fit.pers
        )
    return found


def best_rule(
    statement: Statement, catalogue: Catalogue, matcher: Matcher | None = None
) -> str | None:
    """The id of the catalogued rule the amount states, or None: of the rules whose terms
    and range allow the statement, the one with most points, a tie to the narrower range.

    The words are scored first (set intersections) and the range checked only for a rule
    that would win: on a 140-amount page that is a few range checks instead of a thousand.
    """
    terms = _by_terms(catalogue, statement)
    if not terms or statement.value is None:
        return None
    matcher = matcher or matcher_for(catalogue, statement.lang)
    seen = seen_in(statement, matcher)
    words = matcher.words
    best, best_key = None, None
    for fit in terms:
        said = words[fit.rule.id]
        if fit.needs_sentence and said.sentence.isdisjoint(seen.sentence):
            continue  # score() would say 0: most candidates end here, without a call
        points = score(fit.rule, said, seen)
        if points <= 0:
            continue
        key = (points, fit.narrow)
        if best_key is not None and key <= best_key:
            continue  # it could not win, whatever its range says
        if fits(statement, fit):
            best, best_key = fit.rule.id, key
    return best


def statement_of(
    amount,
    lang: str,
    sentence: str,
    section: str,
    page_topic: str = "",
    near: str = "",
    clause: str = "",
    lead: str = "",
) -> Statement:
    return Statement(
        amount.kind,
        amount.value,
        amount.value_max,
        amount.unit,
        amount.per,
        amount.bound,
        lang,
        sentence,
        section,
        near or amount.context,
        page_topic.replace("-", " "),
        clause,
        lead,
    )
