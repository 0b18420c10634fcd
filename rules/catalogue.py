"""Load and validate `rules.yaml`: every problem names the file, the line, the rule and the field.

A catalogue that cannot be trusted would tie amounts to the wrong rules in every page of a
run, so a run stops before fetching (exit 2), as it does for a broken `sources.yaml`.
"""

from __future__ import annotations

import hashlib
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from fetch.yamllines import YamlProblem, by_line, load_with_lines, validation_problems
from parsers.lexicon import LANGS
from parsers.vocab import BOUNDS, KINDS, PERS, UNITS

DEFAULT_RULES = Path("rules.yaml")
BUNDLED_RULES = Path(__file__).resolve().parents[1] / "rules.yaml"


def default_rules_path() -> Path:
    """rules.yaml of the working directory (the repository root), else the bundled one."""
    return DEFAULT_RULES if DEFAULT_RULES.exists() else BUNDLED_RULES


# The amounts' words have their home in parsers/vocab.py, the languages in parsers/lexicon.py.
Lang = Literal[LANGS]
Kind = Literal[KINDS]
Unit = Literal[UNITS]
Per = Literal[PERS]
Bound = Literal[BOUNDS]
Family = Literal[
    "salary",
    "au_pair",
    "student",
    "seasonal",
    "short_stay",
    "processing",
    "validity",
    "application",
    "professional_card",
    "family_reunification",
    "shortage",
]
# The units an amount of each kind is stated in (the amounts vocabulary of DESIGN.md).
UNITS_OF_KIND: dict[str, frozenset[str]] = {
    "money": frozenset({"EUR"}),
    "age": frozenset({"years"}),
    "duration": frozenset({"days", "weeks", "months", "years"}),
    "hours": frozenset({"hours"}),
    "size": frozenset({"MB"}),
    "percent": frozenset({"percent"}),
    "count": frozenset({"items"}),
    "date": frozenset(),
}


class CatalogueError(ValueError):
    """A catalogue that must not be used; `problems` holds one line per fault."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def _words(value: list[str]) -> list[str]:
    cleaned = [w.strip().lower() for w in value]
    if any(not w for w in cleaned):
        raise ValueError("a cue word is empty")
    odd = [w for w in cleaned if not (w[0].isalnum() or w[0] == "_")]
    if odd:  # rules/match.py finds cues by the first characters of a text's words
        raise ValueError(f"a cue word must start with a letter or digit: {odd[0]!r}")
    return cleaned


class Cues(BaseModel):
    """Words per language; a cue matches at the start of a word, case ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: tuple[str, ...] = ()
    nl: tuple[str, ...] = ()
    fr: tuple[str, ...] = ()
    de: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _clean(self) -> Cues:
        for lang in LANGS:
            object.__setattr__(self, lang, tuple(_words(list(getattr(self, lang)))))
        return self

    def of(self, lang: str) -> tuple[str, ...]:
        return getattr(self, lang, ())


class RuleCues(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sentence: Cues
    section: Cues = Cues()

    @model_validator(mode="after")
    def _every_language(self) -> RuleCues:
        missing = [lang for lang in LANGS if not self.sentence.of(lang)]
        if missing:
            raise ValueError(f"@sentence: no sentence cue for {', '.join(missing)}")
        return self


class Labels(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str = Field(min_length=3)
    nl: str = Field(min_length=3)
    fr: str = Field(min_length=3)
    de: str = Field(min_length=3)


class Rule(BaseModel):
    """One rule a page can state: 'the minimum gross annual salary of a highly qualified worker'."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$", max_length=100)
    family: Family
    labels: Labels
    kind: Kind
    unit: Unit
    per: Per | None
    description: str = Field(min_length=10, max_length=300, pattern=r"^[^\n]+$")
    cues: RuleCues
    avoid: Cues = Cues()
    topic: Cues = Cues()
    near: Cues = Cues()
    range: tuple[float, float]
    bounds: tuple[Bound, ...] = ("min", "max", "exact", "range")
    also_units: tuple[Unit, ...] = ()
    also_per: tuple[Per, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        allowed = UNITS_OF_KIND[self.kind]
        if self.unit not in allowed:
            raise ValueError(
                f"@unit: unit {self.unit!r} is not a unit of kind {self.kind!r} "
                f"(one of {', '.join(sorted(allowed)) or 'none'})"
            )
        for unit in self.also_units:
            if unit not in allowed or unit == self.unit:
                raise ValueError(f"@also_units: {unit!r} is not another unit of kind {self.kind!r}")
        low, high = self.range
        if low > high:
            raise ValueError(f"@range: the low end {low:g} is above the high end {high:g}")
        if self.also_per and self.kind != "money":
            raise ValueError("@also_per: only money rules are restated per another period")
        return self

    @property
    def units(self) -> tuple[str, ...]:
        return (self.unit, *self.also_units)

    def label(self, lang: str) -> str:
        return getattr(self.labels, lang, self.labels.en)


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: tuple[Rule, ...]
    digest: str = ""  # sha256 of the file: a changed catalogue re-assigns every page

    @cached_property
    def by_id(self) -> dict[str, Rule]:
        return {rule.id: rule for rule in self.rules}

    @cached_property
    def by_kind(self) -> dict[str, tuple[Rule, ...]]:
        out: dict[str, list[Rule]] = {}
        for rule in self.rules:
            out.setdefault(rule.kind, []).append(rule)
        return {kind: tuple(rules) for kind, rules in out.items()}


def _describe(loc: tuple, data: dict) -> str:
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        entry = data["rules"][loc[1]]
        name = entry.get("id") if isinstance(entry, dict) else None
        who = f"rule {name!r}" if name else f"rule #{loc[1] + 1}"
        field = ".".join(str(p) for p in loc[2:]) or "(entry)"
        return f"{who}, field {field!r}"
    return f"field {'.'.join(str(p) for p in loc) or '(top level)'!r}"


def parse_catalogue(text: str, where: str = "rules.yaml") -> Catalogue:
    """Validate the text of a rules file; raise CatalogueError listing every problem."""
    return _parsed(text, where)


@lru_cache(maxsize=4)
def _parsed(text: str, where: str) -> Catalogue:
    """parse_catalogue, once per text: `run` checks rules.yaml before the flow starts and
    the parse stage loads it again (0.04-0.08 s of CPU, and its matchers built anew).
    The Catalogue is frozen; a text with problems is never kept (it raises again)."""
    try:
        data, lines, problems = load_with_lines(text, where)
    except YamlProblem as exc:
        raise CatalogueError([str(exc)]) from exc
    if data is None:
        raise CatalogueError([f"{where}:1: the file is empty"])
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not data["rules"]:
        raise CatalogueError([f"{where}:1: expected a mapping with a non-empty `rules:` list"])
    catalogue = None
    try:
        catalogue = Catalogue.model_validate(
            {**data, "digest": hashlib.sha256(text.encode()).hexdigest()}
        )
    except ValidationError as exc:
        problems += validation_problems(exc, where, lines, lambda loc: _describe(loc, data))
    seen: dict[str, int] = {}
    for i, entry in enumerate(data["rules"]):
        rid = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(rid, str):
            continue
        line = lines.get(("rules", i, "id"), 1)
        if rid in seen:
            problems.append(
                f"{where}:{line}: rule {rid!r}, field 'id': duplicate id "
                f"(first defined at line {seen[rid]})"
            )
        else:
            seen[rid] = line
    if problems or catalogue is None:
        raise CatalogueError(by_line(problems))
    return catalogue


def load_catalogue(path: str | Path = DEFAULT_RULES) -> Catalogue:
    """Read and validate a rules file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CatalogueError([f"{path}: no such file"]) from exc
    except UnicodeDecodeError as exc:
        raise CatalogueError([f"{path}: not UTF-8 text ({exc.reason})"]) from exc
    return parse_catalogue(text, where=str(path))
