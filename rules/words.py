"""The shared words of the rules layer (rules/words.yaml) as compiled patterns."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from parsers.lexicon import YAML_LOADER, CaseBlind, alternation

JURISDICTIONS = ("federal", "flanders", "brussels", "wallonia", "ostbelgien")


@cache
def load() -> dict:
    path = resources.files("rules") / "words.yaml"
    return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)


def phrases(words: list[str] | tuple[str, ...]) -> str:
    """Words as one alternation that matches only at word starts and ends."""
    return rf"(?<![\w-])(?:{alternation(words)})(?![\w])"


def all_langs(key: str) -> list[str]:
    """The words of `key` in every language: pages quote each other across languages."""
    return sorted({w for words in load()[key].values() for w in words})


def needles_of(names) -> tuple[str, ...]:
    """Strings one of which every match of these names holds: each name's longest word (a
    run of spaces may be any white space, a word is as written), keeping only the shortest
    of those contained in one another. A sentence with none of them names no region, and
    most sentences name none: they are passed over without running the pattern."""
    words = {max(name.split(), key=len) for name in names}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


@cache
def region_names() -> tuple[CaseBlind, dict[str, str], tuple[str, ...]]:
    """One pattern of every region's names in all four languages, name -> region, and the
    needles of those names (`needles_of`)."""
    names = {
        word: region
        for region, langs in load()["regions"].items()
        for ws in langs.values()
        for word in ws
    }
    return CaseBlind(phrases(sorted(names))), names, needles_of(names)
