"""Strings one of which every match of a regex holds, read from the regex itself.

Most of extraction's pattern searches find nothing: a sentence has no file size, no "at
most", no "may not". `CaseBlind` passes over a text that holds none of a pattern's needles
without running the pattern (a substring test in C, ~0.1 us, against 2-20 us for the search
of a long alternation). Writing needles by hand for 50-odd patterns, and keeping them right
while their words are tuned, is error-prone; here they are derived from the parsed pattern,
so a pattern's needles change with it.

The derivation is conservative: a part of the pattern it does not understand (a class of
characters, a back-reference, an inline flag) claims nothing, and a pattern with no usable
needles gets none (it is then always searched, as before). Needles are only claimed for
the case-sensitive pattern run on lowered text.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from re import _constants as C  # noqa: N812  (the opcodes of re's own parser)
from re import _parser

MAX_STRINGS = 64  # a part's strings are enumerated up to this many, else it claims nothing
MAX_NEEDLES = 16  # more cost about what the search they would spare does (callgrind: 8, 16,
# 32 and 64 needles at most: -1.9, -3.7, -3.6, -4.5 % of extraction on the benchmark pages)

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)


def _product(left: frozenset[str] | None, right: frozenset[str] | None) -> frozenset[str] | None:
    if left is None or right is None or len(left) * len(right) > MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _exact(items) -> frozenset[str] | None:
    """Every string a sequence of items can match, when they are few; else None."""
    out: frozenset[str] | None = frozenset({""})
    for item in items:
        out = _product(out, _exact_item(item))
        if out is None:
            return None
    return out


def _exact_item(item) -> frozenset[str] | None:
    op, av = item
    if op == C.LITERAL:
        return frozenset({chr(av)})
    if op in _ZERO_WIDTH:
        return frozenset({""})  # matches no characters of its own: it only restricts
    if op == C.IN:
        if all(kind == C.LITERAL for kind, _ in av) and len(av) <= MAX_STRINGS:
            return frozenset(chr(code) for _, code in av)
        return None
    if op == C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _exact(branch)
            if strings is None:
                return None
            out |= strings
        return frozenset(out) if len(out) <= MAX_STRINGS else None
    if op == C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _exact(body)
    if op in _REPEATS:
        low, high, body = av
        if high > 3:
            return None
        strings = _exact(body)
        out = frozenset({""}) if low == 0 else None
        result: frozenset[str] | None = frozenset({""})
        for count in range(1, high + 1):
            result = _product(result, strings)
            if result is None:
                return None
            if count >= low:
                out = result if out is None else out | result
        return out if out is not None and len(out) <= MAX_STRINGS else None
    return None


def _score(strings: frozenset[str]) -> tuple[int, int]:
    """Longer needles pass over more texts; fewer cost fewer substring tests."""
    return (min(len(s) for s in strings), -len(strings))


def _needed(items) -> frozenset[str] | None:
    """Strings one of which every match of a sequence holds, the best of its parts: a run
    of parts whose strings can be enumerated, or one part (a group, a branch, a repeat of
    at least once) that has needles of its own."""
    candidates: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset({""})
    for item in [*items, None]:
        strings = _exact_item(item) if item is not None else None
        joined = _product(run, strings) if run is not None and strings is not None else None
        if joined is not None:
            run = joined
            continue
        if run is not None and "" not in run:
            candidates.append(run)
        run = strings if strings is not None else frozenset({""})
        if item is not None and strings is None:
            inner = _needed_item(item)
            if inner is not None:
                candidates.append(inner)
    candidates = [c for c in candidates if c and "" not in c]
    return max(candidates, key=_score) if candidates else None


def _needed_item(item) -> frozenset[str] | None:
    op, av = item
    if op == C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _needed(branch)
            if strings is None:
                return None  # a branch that needs nothing: the whole needs nothing
            out |= strings
        return frozenset(out)
    if op == C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _needed(body)
    if op == _ATOMIC:
        return _needed(av)
    if op in _REPEATS:
        low, _high, body = av
        return _needed(body) if low >= 1 else None
    return None


def minimal(strings: frozenset[str]) -> tuple[str, ...]:
    """Without a string that holds another of them: finding the shorter one is enough."""
    kept = sorted(strings, key=lambda s: (len(s), s))
    out: list[str] = []
    for s in kept:
        if not any(o in s for o in out):
            out.append(s)
    return tuple(out)


def needles(pattern: re.Pattern) -> tuple[str, ...]:
    """Strings one of which every match of `pattern` holds, or () when none are worth a test
    (more than MAX_NEEDLES, or single letters that nearly every text has). Remembered in
    REMEMBERED for the patterns of `parsers` (parsers/remember_needles.py)."""
    if pattern.flags != re.UNICODE or not isinstance(pattern.pattern, str):
        return derive(pattern)  # not a pattern as CaseBlind compiles them: never remembered
    ASKED.add(pattern.pattern)
    known = _remembered().get(key(pattern.pattern))
    return tuple(known) if known is not None else derive(pattern)


def derive(pattern: re.Pattern) -> tuple[str, ...]:
    """`needles`, read from the pattern itself, never from what is remembered."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return ()  # only the case-sensitive, plain patterns CaseBlind runs on lowered text
    found = _needed(_parser.parse(pattern.pattern, pattern.flags))
    if not found:
        return ()
    out = minimal(found)
    if len(out) > MAX_NEEDLES or any(len(s) < 2 and s.isalnum() for s in out):
        return ()
    if any(s.isspace() or not s for s in out):
        return ()  # a space is in every sentence
    return out


# --- needles remembered between processes ---------------------------------------------------
# Reading them costs 0.38 s of the 1.1 s that importing `parsers` takes (152 patterns parsed
# again by re's own parser), in every process that extracts: each parse worker, and a `run`
# of one page. They are a pure function of the pattern's text and of this module's code, so
# they are written once (`python -m parsers.remember_needles`) and read back; an entry for a pattern
# that changed is simply not found, and the whole file is ignored when this module changed.

REMEMBERED = Path(__file__).with_name("needles_remembered.json")
ASKED: set[str] = set()  # every pattern text `needles` was asked about in this process


def fingerprint() -> str:
    """The derivation's identity: this module's source."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def key(text: str) -> str:
    """A pattern's entry: a digest of its text (the texts are long alternations, 360 KB in all)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


_MEMO: dict[str, list[str]] | None = None


def _remembered() -> dict[str, list[str]]:
    global _MEMO
    if _MEMO is None:
        try:
            data = json.loads(REMEMBERED.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        _MEMO = data.get("needles", {}) if data.get("fingerprint") == fingerprint() else {}
    return _MEMO
