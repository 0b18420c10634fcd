"""A condition classifier fitted on the labelled tuning pages, scored in plain Python.

The cue lists of `parsers/conditions.py` lift the pages they were tuned on to ~0.95 while
each unseen batch read conditions at P ~0.78 R ~0.6 (issue 12). This module reads the same
candidate units the rules consider (each list item's own text, each paragraph sentence that
does not introduce a list) as sets of words: of the unit, of its nearest heading, of the
lead-in above its list, its block type. `benchmarks/train_conditions.py` fits a multinomial
logistic regression on them with scikit-learn and exports the weights to
`condition_model.json`; here they are summed per class and a softmax gives the probabilities,
so a worker imports no numpy and no sklearn (docs/decisions/0011-condition-classifier.md).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from parsers.blocks import Block
from parsers.conditions import (
    IMPERATIVE,
    OBLIGATION,
    Condition,
    kind_of_heading,
    lifts_obligation,
)
from parsers.text import WORD

# The one switch: False reads conditions with the rules alone, exactly as before the model.
# Off since 2026-12-07: its gain on check part 2 was within noise and it costs +7.6 MB a
# process (docs/decisions/0011, "The lead's decision"). The export is issue 12's candidate
# refitted on 398 tuning pages (union, plain features, t 0.9, features on >= 10 units: 0011,
# "398 tuning pages"). Turning it on changes extraction: bump parsers.PARSER_VERSION with it.
ENABLED = False
MODEL_PATH = Path(__file__).with_name("condition_model.json")
NONE = "none"  # the class of a unit that is no condition


@dataclass(frozen=True)
class Unit:
    """One candidate: a list item's own text, or one sentence of a paragraph."""

    block: Block
    text: str
    first: bool  # the first sentence of its paragraph (always true for a list item)


def units(blocks: list[Block]) -> list[Unit]:
    """The units the condition extractor considers, in page order: list items, and the
    sentences of paragraphs except questions and a last sentence ending in ':' right before a
    list (a lead-in: it introduces conditions, it is none)."""
    found: list[Unit] = []
    for i, block in enumerate(blocks):
        if block.kind == "list_item":
            text = block.text.strip()
            if WORD.search(text) and not text.endswith("?"):
                found.append(Unit(block, text, True))
        elif block.kind == "paragraph":
            before_list = i + 1 < len(blocks) and blocks[i + 1].kind == "list_item"
            for n, sentence in enumerate(block.sentences):
                text = sentence.strip()
                if not text or text.endswith("?") or (before_list and text.endswith(":")):
                    continue
                if len(WORD.findall(text)) >= 2:
                    found.append(Unit(block, text, n == 0))
    return found


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _grams(prefix: str, words: list[str]) -> list[str]:
    """Words and word pairs, prefixed: "w:must", "b:must_have"."""
    out = [f"{prefix}:{w}" for w in words]
    out += [f"{prefix}2:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    return out


def _size(n: int) -> str:
    return (
        "1"
        if n <= 1
        else "2"
        if n <= 2
        else "5"
        if n <= 5
        else "10"
        if n <= 10
        else ("20" if n <= 20 else "more")
    )


@lru_cache(maxsize=4096)
def _context(kind: str, level: int, section: tuple[str, ...], lead_ins: tuple[str, ...]) -> tuple:
    """The features a unit takes from its block: the same for every sentence of a paragraph
    and every item of a list, so computed once."""
    out = [f"t:{kind}"]
    if kind == "list_item":
        out.append(f"depth:{min(level, 3)}")
    heading = _words(section[-1]) if section else []
    out += _grams("h", heading) if heading else ["h:none"]
    for upper in section[:-1]:
        out += [f"H:{w}" for w in _words(upper)]
    if lead_ins:
        lead = _words(lead_ins[-1])
        out += _grams("l", lead)
        out += [f"le:{'_'.join(lead[-2:])}", f"le1:{lead[-1] if lead else ''}"]
    else:
        out.append("l:none")
    return tuple(out)


@lru_cache(maxsize=4096)
def _context_cues(section: tuple[str, ...], lead_ins: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds the rules' lexicons read in the nearest heading and the last lead-in."""
    heading = kind_of_heading(section[-1]) if section else None
    lead = kind_of_heading(lead_ins[-1], 99) if lead_ins else None
    return (f"cue:heading={heading}", f"cue:lead={lead}")


def cues(unit: Unit) -> set[str]:
    """The rules' cues as features, for the model to weigh: an obligation word, a lifted
    obligation, an imperative, the kind a heading or lead-in names."""
    out = set(_context_cues(unit.block.section, unit.block.lead_ins))
    if OBLIGATION.found_in(unit.text):
        out.add("cue:obligation")
    if lifts_obligation(unit.text):
        out.add("cue:lifted")
    if IMPERATIVE.match(unit.text):
        out.add("cue:imperative")
    return out


def features(
    unit: Unit, rule_kind: str | None = None, with_rules: bool = False, with_cues: bool = False
) -> set[str]:
    """The unit's features as strings; `rule_kind` (the rules' reading, or None) only when the
    model was fitted `with_rules`, the rules' cues only `with_cues`."""
    words = _words(unit.text)
    out = set(_grams("w", words))
    if words:
        out.add(f"f:{words[0]}")
        out.add(f"f2:{'_'.join(words[:2])}")
    stripped = unit.text.rstrip()
    out.add(f"end:{stripped[-1] if stripped and not stripped[-1].isalnum() else 'w'}")
    out.add(f"n:{_size(len(words))}")
    out.add(f"first:{unit.first}")
    block = unit.block
    out.update(_context(block.kind, block.level, block.section, block.lead_ins))
    if with_rules:
        out.add(f"r:{rule_kind or NONE}")
    if with_cues:
        out |= cues(unit)
    return out


@dataclass(frozen=True)
class Model:
    """Exported weights: per feature one weight per class, and the classes' intercepts."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    with_rules: bool
    with_cues: bool
    threshold: float
    variant: str

    def probabilities(self, feats: set[str]) -> dict[str, float]:
        weights = self.weights
        rows = [w for w in map(weights.get, feats) if w is not None]
        # fsum is exact, so the score does not depend on the set's order (which changes with
        # each process's string hashing): the same page reads the same in every worker.
        scores = list(self.intercept)
        if rows:
            columns = zip(*rows, strict=True)
            scores = [b + math.fsum(col) for b, col in zip(scores, columns, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def kind(self, feats: set[str], threshold: float | None = None) -> tuple[str | None, float]:
        """The likeliest condition kind and its probability; None below the threshold."""
        probs = self.probabilities(feats)
        kind = max((c for c in self.classes if c != NONE), key=probs.__getitem__)
        limit = self.threshold if threshold is None else threshold
        return (kind if probs[kind] >= limit else None), probs[kind]


def from_json(data: dict) -> Model:
    return Model(
        tuple(data["classes"]),
        tuple(data["intercept"]),
        {f: tuple(w) for f, w in data["weights"].items()},
        bool(data["with_rules"]),
        bool(data.get("with_cues")),
        float(data["threshold"]),
        str(data["variant"]),
    )


@lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> Model:
    """The shipped model (read once per process)."""
    return from_json(json.loads(path.read_text(encoding="utf-8")))


def decide(model: Model, unit: Unit, rule_kind: str | None) -> str | None:
    """A unit's kind under the model's variant: "model" (the model alone), "union" (the
    rules' reading, plus the units the model finds), "relabel" (the units the rules find, with
    the model's kind), "union_relabel" (both). The model is asked only when its answer counts:
    under "union" a unit the rules found costs nothing."""
    if rule_kind is not None and model.variant == "union":
        return rule_kind
    if rule_kind is None and model.variant == "relabel":
        return None
    feats = features(unit, rule_kind, model.with_rules, model.with_cues)
    if rule_kind is not None and model.variant in ("relabel", "union_relabel"):
        return model.kind(feats, 0.0)[0]
    return model.kind(feats)[0]


def apply(
    blocks: list[Block], found: list[Condition], model: Model | None = None
) -> list[Condition]:
    """The rules' conditions `found` on a page, read again with the model, in page order."""
    model = model or load()
    by_unit = {(c.block_index, c.text): c for c in found}
    picked: list[tuple[tuple[int, int], str, str, Block | None, str]] = []
    seen = set()
    for n, unit in enumerate(units(blocks)):
        key = (unit.block.index, unit.text)
        rule = by_unit.get(key)
        seen.add(key)
        kind = decide(model, unit, rule.kind if rule else None)
        if kind:
            picked.append(((unit.block.index, n), kind, unit.text, unit.block, ""))
    for c in found:  # a rule's condition that is no unit here keeps its reading
        if (c.block_index, c.text) not in seen:
            picked.append(
                ((c.block_index, len(blocks) + c.position), c.kind, c.text, None, c.section)
            )
    picked.sort(key=lambda row: row[0])
    return [
        Condition(kind, text, block.section_path if block else section, order[0], position)
        for position, (order, kind, text, block, section) in enumerate(picked)
    ]
