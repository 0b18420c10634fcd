"""Numbers as Belgian and international pages write them, in digits or in words.

"3.703,44" and "2,131.28" are both decimals with thousands; "54.000", "54 000" and
"60,000" are thousands; "1,5" and "1.5" are decimals. A single separator followed by
exactly three digits is read as a thousands separator, as Belgian pages use it.
"""

from __future__ import annotations

import re

from parsers.lexicon import alternation, load, lowered, merged
from parsers.text import text_memo

# Both start with a bare \d (the same as "\d{1,3}...|\d+...", tried in the same order): a
# pattern that opens with a number then lets the regex engine jump from digit to digit.
DIGITS = r"\d(?:\d{0,2}(?:[.,]\d{3})+(?:[.,]\d{1,3})?|\d*(?:[.,]\d+)?)"
# Money may also group thousands with spaces ("54 000 €") and end in ",-" ("€ 450,-").
MONEY_DIGITS = r"\d(?:\d{0,2}(?:[ .,]\d{3})+(?:[.,]\d{1,3})?(?:,-)?|\d*(?:[.,]\d+)?(?:,-)?)"
# Counts of people and things group thousands with spaces too ("30 000 personnes", "38 500").
GROUPED_DIGITS = r"\d(?:\d{0,2}(?:[ .,]\d{3})+(?:[.,]\d{1,3})?|\d*(?:[.,]\d+)?)"

_LEX = merged()


def _compounds() -> dict[str, float]:
    """21-99 as Dutch, German and French write them, built from each lexicon's units and
    tens: "vijfentwintig", "tweeëntwintig", "fünfundzwanzig", "vingt-cinq" (English joins
    them with a hyphen: see _TENS_UNITS). 21, 31 … in French ("vingt et un") are left out."""
    out: dict[str, float] = {}
    for lang, units, join in (
        ("nl", ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"), None),
        ("de", ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"), "und"),
        ("fr", ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"), "-"),
    ):
        numbers = {str(w).lower(): float(v) for w, v in load(lang)["numbers"].items()}
        tens = {w: v for w, v in numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
        for ten, ten_value in tens.items():
            if " " in ten or "-" in ten:
                continue  # "quatre-vingt-dix": not a base for compounds here
            for unit in units:
                if lang == "nl":  # "vijfentwintig", and "tweeëntwintig" after an e
                    word = unit + ("ën" if unit.endswith("e") else "en") + ten
                elif lang == "de":
                    word = unit + join + ten
                else:
                    word = ten + join + unit
                out[word] = ten_value + numbers[unit]
    return out


def _french_seventies_to_nineties() -> dict[str, float]:
    """70-99 as France's French writes them ("soixante-douze", "quatre-vingts",
    "quatre-vingt-dix-sept"), beside Belgium's "septante", "nonante"."""
    teens = {"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
             "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "dix": 10}
    units = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
             "sept": 7, "huit": 8, "neuf": 9}
    out: dict[str, float] = {"quatre-vingts": 80.0, "quatre-vingt": 80.0}
    for word, value in teens.items():
        out[f"soixante-{word}"] = 60.0 + value
        out[f"quatre-vingt-{word}"] = 80.0 + value
    for word, value in units.items():
        out[f"quatre-vingt-{word}"] = 80.0 + value
    out["soixante-et-onze"] = 71.0
    return out


_WORD_NUMBERS = {**_LEX.numbers, **_compounds(), **_french_seventies_to_nineties()}
_TENS_UNITS = re.compile(
    r"^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|"
    r"four|five|six|seven|eight|nine)$"
)
WORDS = (
    alternation(_WORD_NUMBERS) + r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:one|two|three|four|five|six|seven|eight|nine)"
)
NUMBER = rf"(?:{DIGITS}|\b(?:{WORDS})\b)"


_LETTERS = re.compile(r"[^\W\d_]+")
_NUMBER_WORD_SET = frozenset(w for w in _WORD_NUMBERS if " " not in w) | {
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
}
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "quatre-vingt-dix": one word
# "A letter run of the lowered text is a number word", as two searches in C rather than a
# list of every word: the run starts the text, or follows a character that is no letter.
_RUN_WORDS = alternation(w for w in _NUMBER_WORD_SET if _LETTERS.fullmatch(w))
_FIRST_RUN = re.compile(rf"(?:{_RUN_WORDS})(?![^\W\d_])")
_LATER_RUN = re.compile(rf"[\W\d_](?:{_RUN_WORDS})(?![^\W\d_])")


def _has_number_word(text: str) -> bool:
    lowered = text.lower()
    return bool(_FIRST_RUN.match(lowered) or _LATER_RUN.search(lowered))


@text_memo  # per text (parsers.text.TEXT_MEMO): blocks repeat in a night
def digits_for_words(text: str) -> str:
    """The text with every number word replaced by its digits, padded to the same length.

    Extraction scans this shadow copy with digit-only patterns (fast), while quotes, bounds
    and rates are read from the original at the same offsets.
    """
    if not _has_number_word(text):
        # most blocks: no number word at all (but "tweehonderd", "zweitausend" are glued)
        return _hundreds(text, text)
    lower = lowered(text)
    if lower is None or _JOINED.search(text):
        shadow = _TOKEN.sub(_token_as_digits, text)  # "dix-sept", "twenty-one": word by word
    else:
        shadow = _number_runs_as_digits(text, lower)
    return _keep_percent_words(text, _hundreds(text, _and_one_tens(text, shadow)))


# "vingt et un", "trente et une", "soixante et onze": French 21, 31 … 61 and 71 joined by "et",
# which the word-by-word shadow reads as "20 et 1" (a false "un an" after it): the whole span
# as its number, padded to the same length
_TENS_AND_ONE = re.compile(
    r"\b(?P<ten>vingt|trente|quarante|cinquante|soixante)\s+et\s+(?P<one>une?|onze)\b",
    re.IGNORECASE,
)
_TEN_VALUES = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}


def _and_one_tens(text: str, shadow: str) -> str:
    if " et " not in text:
        return shadow
    for m in _TENS_AND_ONE.finditer(text):
        one = 11 if m.group("one").lower() == "onze" else 1
        value = _TEN_VALUES[m.group("ten").lower()] + one
        shadow = shadow[: m.start()] + str(value).ljust(m.end() - m.start()) + shadow[m.end() :]
    return shadow


# "two hundred", "one hundred and twenty", "deux cents", "cent vingt", "trois mille",
# "tweehonderd", "honderdtwintig", "zweihundert", "hundertzwanzig", "tweeduizend": a number of
# hundreds or thousands in words is one number, written over its whole span (the word-by-word
# shadow read "two hundred euros" as 100 euros)
_MULTIPLIERS = {"hundred": 100, "hundreds": 100, "cent": 100, "cents": 100, "honderd": 100,
                "hundert": 100, "thousand": 1000, "mille": 1000, "duizend": 1000,
                "tausend": 1000}
_MULTIPLIER_NEEDLES = ("hundred", "cent", "honderd", "hundert", "thousand", "mille", "duizend",
                       "tausend")
_SMALL = alternation(w for w, v in _WORD_NUMBERS.items() if v < 100 and " " not in w)
_SPACED_HUNDREDS = re.compile(
    rf"\b(?:(?P<a>{_SMALL})[\s-]+)?(?P<m>hundreds?|cents?|mille|thousand)\b"
    rf"(?:(?:\s+(?:and|et)\s+|[\s-]+)(?P<b>{_SMALL})\b(?![\s-]+(?:hundreds?|cents?|mille|thousand)\b))?",
    re.IGNORECASE,
)
_GLUED_HUNDREDS = re.compile(
    r"\b(?P<a>een|twee|drie|vier|vijf|zes|zeven|acht|negen|ein|zwei|drei|fünf|sechs|sieben|"
    r"neun)?(?P<m>honderd|hundert|duizend|tausend)(?P<b>[a-zäöüëé]*)\b",
    re.IGNORECASE,
)


def _hundreds(text: str, shadow: str) -> str:
    lower = text.lower()
    if not any(needle in lower for needle in _MULTIPLIER_NEEDLES):
        return shadow
    for pattern in (_SPACED_HUNDREDS, _GLUED_HUNDREDS):
        spans: list[tuple[int, int, float]] = []
        for m in pattern.finditer(text):
            a, b = m.group("a"), m.group("b")
            if not a and not b and _MULTIPLIERS[m.group("m").lower()] == 100:
                continue  # "hundred", "cent" alone: as the word-by-word shadow reads them
            head = _WORD_NUMBERS.get(a.lower(), 0.0) if a else 1.0
            tail = _WORD_NUMBERS.get(b.lower()) if b else 0.0
            if tail is None or (a and head == 0.0):
                continue  # "honderdste", "Tausendfüßler": no number after the multiplier
            value = head * _MULTIPLIERS[m.group("m").lower()] + tail
            last = spans[-1] if spans else None
            joined = last and not text[last[1] : m.start()].strip()
            if joined and last[2] % 1000 == 0 and value < 1000:
                spans[-1] = (last[0], m.end(), last[2] + value)  # "tweeduizend vijfhonderd"
            else:
                spans.append((m.start(), m.end(), value))
        for start, end, value in spans:
            digits = str(int(value))
            if len(digits) <= end - start:
                shadow = shadow[:start] + digits.ljust(end - start) + shadow[end:]
    return shadow


# "50 pour cent", "per cent": the "cent" of a percentage is its sign, not a hundred
_PERCENT_CENT = re.compile(r"\b(?:pour|per)\s*-?\s*(cent)\b", re.IGNORECASE)


def _keep_percent_words(text: str, shadow: str) -> str:
    for match in _PERCENT_CENT.finditer(text):
        start, end = match.span(1)
        shadow = shadow[:start] + text[start:end] + shadow[end:]
    return shadow


# Without hyphenated words, the words of a text are its letter runs: the runs that are
# number words are then found by one search over the lowered text, not word by word.
_JOINED = re.compile(r"[^\W\d_]-[^\W\d_]")
_NUMBER_RUN = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(w for w in _WORD_NUMBERS if _LETTERS.fullmatch(w))})"
    r"(?![^\W\d_])"
)


def _number_runs_as_digits(text: str, lower: str) -> str:
    pieces, last = [], 0
    for match in _NUMBER_RUN.finditer(lower):
        word = match.group(0)
        digits = str(int(_WORD_NUMBERS[word]))
        if len(digits) <= len(word):
            pieces += [text[last : match.start()], digits.ljust(len(word))]
            last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _token_as_digits(match: re.Match) -> str:
    """One word of the text, as digits when it is a number that fits in its width.

    Called for every word of a block holding "een", "un" or "one" (most Dutch and French
    blocks): the tens-units pattern is only tried on hyphenated words.
    """
    word = match.group(0)
    value = parse_word_token(word) if "-" in word else _WORD_NUMBERS.get(word.lower())
    if value is None and "-" in word:
        head, tail = word.split("-", 1)  # "five-month period", "drie-jarige": the head alone
        head_value = _WORD_NUMBERS.get(head.lower())
        digits = str(int(head_value)) if head_value is not None else ""
        if digits and len(digits) <= len(head) and tail.lower() not in _WORD_NUMBERS:
            return f"{digits.ljust(len(head))}-{tail}"
    if value is None:
        return word
    digits = str(int(value))
    return word if len(digits) > len(word) else digits.ljust(len(word))


def parse_word_token(word: str) -> float | None:
    lowered = word.lower()
    if lowered in _WORD_NUMBERS:
        return _WORD_NUMBERS[lowered]
    match = _TENS_UNITS.match(lowered)
    if match:
        tens = {
            "twenty": 20,
            "thirty": 30,
            "forty": 40,
            "fifty": 50,
            "sixty": 60,
            "seventy": 70,
            "eighty": 80,
            "ninety": 90,
        }[match.group(1)]
        return float(tens + _WORD_NUMBERS[match.group(2)])
    return None


def parse_digits(token: str) -> float | None:
    """'3.703,44' -> 3703.44; '54 000' -> 54000; '1,5' -> 1.5; '60,000' -> 60000."""
    token = token.strip().removesuffix(",-").replace(" ", "")
    if not token or not token[0].isdigit():
        return None
    separators = [c for c in token if c in ".,"]
    if not separators:
        return float(token)
    if len(set(separators)) == 2:  # both used: the last one is the decimal mark
        decimal = token[max(token.rfind("."), token.rfind(","))]
        thousands = "," if decimal == "." else "."
        return float(token.replace(thousands, "").replace(decimal, "."))
    mark = separators[0]
    groups = token.split(mark)
    if len(groups) > 2 or (len(groups[-1]) == 3 and groups[0] not in ("0", "")):
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
    if len(groups) == 2:
        return float(groups[0] + "." + groups[1])
    if all(len(g) == 3 for g in groups[1:-1]) and len(groups[-1]) <= 2 and len(groups[0]) <= 3:
        return float("".join(groups[:-1]) + "." + groups[-1])  # "3.931.17": one mark for
        # both, the cents after the last (a slip a reader still reads as 3931.17)
    return None


def parse_number(token: str) -> float | None:
    """A number in digits or words; None when it is neither."""
    token = token.strip()
    if token[:1].isdigit():
        return parse_digits(token)
    return parse_word_token(re.sub(r"\s+", " ", token))
