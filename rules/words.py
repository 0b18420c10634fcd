"""The shared words of the rules layer (rules/words.yaml) as compiled patterns."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from parsers.lexicon import CaseBlind, alternation

JURISDICTIONS = ("federal", "flanders", "brussels", "wallonia", "ostbelgien")


@cache
def load() -> dict:
    path = resources.files("rules") / "words.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def phrases(words: list[str] | tuple[str, ...]) -> str:
    """Words as one alternation that matches only at word starts and ends."""
    return rf"(?<![\w-])(?:{alternation(words)})(?![\w])"


def all_langs(key: str) -> list[str]:
    """The words of `key` in every language: pages quote each other across languages."""
    return sorted({w for words in load()[key].values() for w in words})


@cache
def region_patterns() -> dict[str, CaseBlind]:
    """Per region, the pattern of its names in all four languages."""
    return {
        region: CaseBlind(phrases(sorted({w for ws in langs.values() for w in ws})))
        for region, langs in load()["regions"].items()
    }
