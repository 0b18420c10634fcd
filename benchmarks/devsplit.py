"""The split of the labelled dev set into a tuning part and a check part (tests/devset/split.yaml).

The check part is read only to measure: its misses are never printed and nothing is fitted
to it, so its figures say how the extractors do on pages they were not tuned on (issue 12:
the first reading of each new batch was 0.88-0.93 while the tuned set read 0.96).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"
SPLIT = DEVSET / "split.yaml"
PARTS = ("tuning", "check")


class SplitError(ValueError):
    """The split file does not cover the dev set exactly once."""


@dataclass
class Split:
    seed: int
    method: str
    tuning: list[str] = field(default_factory=list)
    check: list[str] = field(default_factory=list)
    # What happened to earlier check parts: once measured and looked at, a check part is
    # released to tuning (retire_check) and a fresh batch becomes the next one. Kept in the
    # file so a figure can always be traced to pages nobody had tuned on when it was read.
    history: list[str] = field(default_factory=list)

    def part_of(self, page_id: str) -> str | None:
        for part in PARTS:
            if page_id in getattr(self, part):
                return part
        return None


PAGE_FILES = ((".html", "text/html; charset=utf-8"), (".pdf", "application/pdf"))


def page_of(gold_path: Path) -> tuple[Path, str] | None:
    """The page a gold file labels and its content type: its HTML, else its PDF (a form, a
    brochure); None for a YAML file that labels no page (the split files)."""
    for suffix, content_type in PAGE_FILES:
        path = gold_path.with_suffix(suffix)
        if path.exists():
            return path, content_type
    return None


def page_ids(devset: Path = DEVSET) -> list[str]:
    """Every labelled page: a gold file with its page (HTML or PDF) beside it."""
    return sorted(p.stem for p in devset.glob("*.yaml") if page_of(p))


def load(path: Path = SPLIT) -> Split:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    missing = [key for key in ("seed", "method", *PARTS) if key not in data]
    if missing:
        raise SplitError(f"{path}: missing {', '.join(missing)}")
    split = Split(
        int(data["seed"]),
        str(data["method"]),
        list(data["tuning"] or []),
        list(data["check"] or []),
        [str(line) for line in data.get("history") or []],
    )
    twice = set(split.tuning) & set(split.check)
    if twice:
        raise SplitError(f"{path}: in both parts: {', '.join(sorted(twice))}")
    return split


def checked(split: Split, devset: Path = DEVSET) -> Split:
    """The split, when it names every page of the dev set and nothing else."""
    pages = set(page_ids(devset))
    listed = set(split.tuning) | set(split.check)
    problems = []
    if pages - listed:
        problems.append(f"pages not in the split: {', '.join(sorted(pages - listed))}")
    if listed - pages:
        problems.append(f"split names missing pages: {', '.join(sorted(listed - pages))}")
    if problems:
        raise SplitError("; ".join(problems) + " (place new pages with benchmarks/split_devset.py)")
    return split


def assign(split: Split, pages: list[str], seed: int, check_min: int, check_share: float) -> Split:
    """Every page not yet placed, drawn at random with `seed`; placed pages never move.

    The unplaced pages, sorted, are shuffled by random.Random(seed); the first
    max(check_min - len(check), round(check_share * unplaced)) go to the check part and the
    rest to tuning. Raises SplitError when too few pages are left to reach check_min.
    """
    placed = set(split.tuning) | set(split.check)
    unplaced = sorted(set(pages) - placed)
    wanted = max(check_min - len(split.check), round(check_share * len(unplaced)))
    if not unplaced and wanted <= 0:
        return split  # nothing to place: the method that placed the pages stays on record
    if wanted > len(unplaced):
        raise SplitError(
            f"the check part has {len(split.check)} pages and needs {check_min}: "
            f"only {len(unplaced)} unplaced pages"
        )
    random.Random(seed).shuffle(unplaced)
    method = (
        f"split_devset.py --seed {seed} --check-min {check_min} --check-share {check_share}: "
        f"the {len(unplaced)} unplaced pages sorted by id, shuffled by Python's "
        f"random.Random({seed}), the first {wanted} to check, the rest to tuning"
    )
    return Split(
        seed,
        method,
        sorted(split.tuning + unplaced[wanted:]),
        sorted(split.check + unplaced[:wanted]),
        [*split.history, f"placed earlier: {split.method}"],  # how the older pages were placed
    )


RELEASED = "moved from check to tuning:"  # how retire_check names the pages; released() reads it
HALVES_SEED = 5  # the halves of each released check part (rules_accuracy.py draws the same)


def retire_check(split: Split, note: str, only: list[str] | None = None) -> Split:
    """The check part released to tuning, with `note` (when, and what it read) in the history.

    Done once its figures are recorded and its misses are about to be looked at: from then on
    it is tuning material, and only pages added after it can be the next check part.
    `only`: release just these check pages (an older batch kept beside a newer one because the
    newer alone was under 40 pages: check parts 10 and 11); the rest stay unseen.
    """
    if not split.check:
        raise SplitError("there is no check part to retire")
    going = sorted(split.check if only is None else set(only))
    strangers = sorted(set(going) - set(split.check))
    if strangers:
        raise SplitError(f"not in the check part, so not to release: {', '.join(strangers)}")
    line = f"{note} ({len(going)} pages {RELEASED} {', '.join(going)})"
    staying = sorted(set(split.check) - set(going))
    return Split(
        split.seed, split.method, sorted(split.tuning + going), staying, [*split.history, line]
    )


def released(split: Split) -> list[str]:
    """The pages of the last check part released to tuning, as its history line names them."""
    for line in reversed(split.history):
        if RELEASED in line:
            names = line.split(RELEASED, 1)[1].strip().rstrip(")")
            return sorted(name.strip() for name in names.split(","))
    return []


def halves(split: Split, seed: int = HALVES_SEED) -> dict[str, list[str]]:
    """The tuning part as older pages, half A and half B of the last released check part.

    `random.Random(5).sample(sorted(ids), len(ids) // 2)` of the last released check part is
    half A, the rest half B, drawn before any parser change was measured on it (check part 3,
    56 pages, 2026-12-07 01:35 UTC; check part 4, 55 pages, 03:56 UTC). A round tunes on the
    older pages and half A, and reads half B as its own unseen check before the next check
    part is measured.
    """
    ids = released(split)
    half_a = draw_half_a(ids, seed)
    return {
        "older": sorted(set(split.tuning) - set(ids)),
        "half A": half_a,
        "half B": sorted(set(ids) - set(half_a)),
    }


def draw_half_a(ids: list[str], seed: int = HALVES_SEED) -> list[str]:
    """Half A of released pages: `random.Random(seed).sample(sorted(ids), len // 2)`, sorted.
    One draw for both benchmarks (accuracy.py, rules_accuracy.py), so the two tuners'
    halves are the same pages."""
    ordered = sorted(ids)
    return sorted(random.Random(seed).sample(ordered, len(ordered) // 2)) if ordered else []


def dump(split: Split, path: Path = SPLIT) -> None:
    lines = [
        "# The dev set's tuning part and check part (benchmarks/devsplit.py). Placed pages never",
        "# move; new pages are placed by benchmarks/split_devset.py. Never tune on the check part.",
        f"seed: {split.seed}",
        f"method: {yaml.safe_dump(split.method, width=10_000).splitlines()[0]}",
    ]
    for part in PARTS:
        ids = getattr(split, part)
        lines.append(f"{part}:" + ("" if ids else " []"))
        lines += [f"  - {page_id}" for page_id in ids]
    if split.history:
        lines.append("history:")
        for line in split.history:
            lines.append("  - " + yaml.safe_dump(line, width=10_000).splitlines()[0])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
