"""Text normalisation shared by blocks, amounts and conditions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")

WORD = re.compile(r"[^\W_]+")  # a word: letters and digits, never "_" or punctuation
_WHITE = r" \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000"
# Runs of white space, but not a lone " " (it would become itself): replacing every space
# between two words cost more than all the rest of normalize.
_SPACES = re.compile(rf"[{_WHITE}](?:[{_WHITE}]+|(?<=[^ ]))")
_TRANSLATE = str.maketrans(
    {
        "\u00ad": None,  # soft hyphen
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,  # zero-width
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)


# Any character that _TRANSLATE changes: translating is slow (a lookup per character) and
# most texts have none, so it is skipped for them (all are non-ASCII).
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(c)) for c in _TRANSLATE) + "]")


def identity_text(text: str) -> str:
    """Lower-case words only: the same condition retyped with other punctuation is the same."""
    return " ".join(WORD.findall(text.lower()))


def normalize(text: str) -> str:
    """One space between words, plain quotes and dashes, no soft hyphens; NFC."""
    text = unicodedata.normalize("NFC", text)
    if not text.isascii() and _TRANSLATED.search(text):
        text = text.translate(_TRANSLATE)
    return _SPACES.sub(" ", text).strip()


# A sentence ends before a capital, a digit, or a bracket that opens a remark of its own
# ("… in Belgium. (exempt by right under article 2)")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"']?[A-ZÀ-ÖØ-Þ0-9]|\()")
_ABBREVIATION_WORDS = (
    "art|arts|nr|no|n°|bv|bijv|ca|cf|vgl|p|pp|min|max|incl|excl|resp|"
    "enz|etc|st|dr|mr|mrs|ms|prof|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|"
    "§|al|e\\.a|m\\.b\\.t|o\\.a|u\\.a|bzw|ggf|evtl|gem|"
    # "that is" and "for example" abbreviated in the four languages, spaced or not: "d. h.
    # 604 EUR", "c.-à-d. 604 EUR", "d.w.z. 604 EUR", "i. e. 604 EUR", "p. ex. 3 photos"
    "d\\.\\s?h|i\\.\\s?e|e\\.\\s?g|z\\.\\s?b|c\\.-à-d|d\\.w\\.z|m\\.a\\.w|vb|p\\.\\s?ex"
)
_ABBREVIATIONS = re.compile(rf"(?:\b(?:{_ABBREVIATION_WORDS})\.)$", re.IGNORECASE)
_NUMBERED = re.compile(r"\b\d{1,2}\.$")
# Both patterns match a fixed number of characters at the end (or before a final newline):
# searching from this far before the end finds the same matches without scanning it all.
_TAIL = max(len(w.replace("\\", "")) for w in _ABBREVIATION_WORDS.split("|")) + 2


def _no_sentence_end(candidate: str) -> bool:
    """'art. 5', '1. Mai': not the end of a sentence."""
    tail = max(0, len(candidate) - _TAIL)
    return bool(_ABBREVIATIONS.search(candidate, tail) or _NUMBERED.search(candidate, tail))


# Texts remembered by the per-text memos of extraction (Block.sentences, digits_for_words,
# the obligation tests): a night's pages repeat sentences (a site's boilerplate, the same
# page's next edition, a rebuild's snapshots of one page), and a hit costs a dict lookup
# where the work costs 5-40 us. Bounded, so a night of distinct texts pays ~0.3 us a miss
# and holds at most this many texts (a few MB) per process.
TEXT_MEMO = 8192
_MEMOS: list = []


def text_memo(function: Callable[..., T]) -> Callable[..., T]:
    """`functools.lru_cache(TEXT_MEMO)`, registered so that a benchmark timing one page again
    and again can forget between two tries (`clear_text_memos`): a night parses a page once."""
    cached = lru_cache(maxsize=TEXT_MEMO)(function)
    _MEMOS.append(cached)
    return cached


def clear_text_memos() -> None:
    for cached in _MEMOS:
        cached.cache_clear()


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences without breaking on abbreviations or numbers."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()]
        if _no_sentence_end(candidate):
            continue
        parts.append(candidate.strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return [p for p in parts if p]
