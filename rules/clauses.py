"""A sentence's clauses, each holding a figure: where the words of one value end.

"Highly qualified workers earn at least EUR 48.912; those under 30 at least EUR 39.129",
"EUR 48.912 in Flanders, EUR 58.000 in Brussels and EUR 45.000 in Wallonia": a sentence that
states several values says what each is, and whose, in the value's own clause. A clause is
cut at a comma, semicolon or colon and at a conjunction; one with no figure runs on into the
next ("En Flandre, le seuil est de 48.912 €"; "In Brussels and Wallonia the floor is …").
"""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.numbers import digits_for_words

_CUT = re.compile(
    r"[,;:]\s|\s(?:and|but|while|whereas|en|maar|terwijl|et|mais|alors que|alors qu'|"
    r"tandis que|und|aber|während|wohingegen)\s",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# a clause telling what the figure before it is for: "to", "in order to", "om", "pour", "afin
# de", "um"
_PURPOSE = re.compile(r"(?:to|in order to|om|teneinde|pour|afin de|afin d'|um)\s", re.IGNORECASE)


@lru_cache(maxsize=1024)  # every value of a sentence asks about the same sentence
def clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each clause of a sentence, in order, covering all of it."""
    cuts = [0, *(m.end() for m in _CUT.finditer(sentence)), len(sentence) + 1]
    # a sentence whose figures are all in words ("you have fifteen working days to supply …,
    # and fifteen calendar days for …") is cut at its number words (same offsets); where digits
    # state the values, a number word ("au cours des cinq années précédentes") stays a word of
    # the clause it qualifies
    figures = sentence if _DIGIT.search(sentence) else digits_for_words(sentence)
    out, start = [], 0
    for cut, end in zip(cuts, cuts[1:], strict=False):
        if out and start == cut and not _DIGIT.search(figures, cut, end) and _PURPOSE.match(
            sentence, cut
        ):
            out[-1] = (out[-1][0], end)  # "15 Werktage Zeit, um die fehlenden Unterlagen
            start = end  # nachzureichen, …": what the time is for belongs to the figure before
            continue
        if end <= len(sentence) and not _DIGIT.search(figures, cut, end):
            continue  # no figure: the clause runs on into the next
        out.append((start, end))
        start = end
    return tuple(out)


def clause_at(sentence: str, offset: int) -> tuple[int, int]:
    """The clause holding the value at `offset`."""
    return next(
        ((start, end) for start, end in clauses(sentence) if start <= offset < end),
        (0, len(sentence)),
    )
