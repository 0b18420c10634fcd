"""How far two labellers agree, and what the extractors score on the rows both agree on.

    .venv/bin/python benchmarks/agreement.py
    .venv/bin/python benchmarks/agreement.py --pages ids.txt   # only the pages listed, as one part

Some dev pages were labelled a second time, independently (tests/devset/second/<id>.yaml:
the second labeller never saw the first labels). Three readings per part of the split:

- second vs first: the second labels scored as if they were found facts against the first
  labels, with the extraction benchmark's own matching (accuracy.score_page). Precision is
  the share of the second labeller's rows the first also wrote, recall the reverse. It is the
  ceiling of what any extractor can be shown to reach on these pages: where two careful
  readers differ, a score of 1.0 against either is noise;
- extractors vs first: the benchmark's usual figure on those pages;
- extractors vs agreed: against the rows both labellers wrote (amounts with the same key;
  conditions of one kind whose words overlap), so a miss is a miss by both readings.

Only totals are printed: the check part is read only to measure.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import (  # noqa: E402
    DEVSET,
    Report,
    _amount_key,
    found,
    listed,
    match_condition,
    read,
    score_page,
)
from devsplit import PARTS, checked, load, page_of  # noqa: E402

SECOND = DEVSET / "second"


def agreed(first: dict, second: dict) -> dict:
    """The gold rows both labellers wrote: a multiset intersection of amount keys; each first
    condition matched by a second one of the same kind (the first's words kept)."""
    keys = Counter(_amount_key(r) for r in first.get("amounts") or [])
    keys &= Counter(_amount_key(r) for r in second.get("amounts") or [])
    amounts = []
    for row in first.get("amounts") or []:
        key = _amount_key(row)
        if keys[key]:
            keys[key] -= 1
            amounts.append(row)
    theirs = list(second.get("conditions") or [])
    used = [False] * len(theirs)
    conditions = []
    for row in first.get("conditions") or []:
        hit = match_condition(row["kind"], row["text"], theirs, used)
        if hit is not None:
            used[hit] = True
            conditions.append(row)
    return {"amounts": amounts, "conditions": conditions}


def _as_found(labels: dict) -> tuple[list[tuple[tuple, str]], list[tuple[str, str]]]:
    amounts = [(_amount_key(r), str(r.get("quote", ""))) for r in labels.get("amounts") or []]
    conditions = [(r["kind"], r["text"]) for r in labels.get("conditions") or []]
    return amounts, conditions


def evaluate(
    devset: Path = DEVSET, pages: dict[str, list[str]] | None = None
) -> dict[str, dict[str, Report]]:
    """Per part of the split (or per named list of `pages`): the three readings over its
    twice-labelled pages."""
    split = checked(load(devset / "split.yaml"), devset)
    second_dir = devset / SECOND.name
    out: dict[str, dict[str, Report]] = {}
    parts = pages if pages is not None else {part: getattr(split, part) for part in PARTS}
    for part, part_ids in parts.items():
        ids = [i for i in part_ids if (second_dir / f"{i}.yaml").exists()]
        readings = {"second vs first": Report(), "extractors vs first": Report(),
                    "extractors vs agreed": Report()}  # fmt: skip
        for page_id in sorted(ids):
            first = yaml.safe_load((devset / f"{page_id}.yaml").read_text(encoding="utf-8"))
            second = yaml.safe_load((second_dir / f"{page_id}.yaml").read_text(encoding="utf-8"))
            extracted = found(read(page_of(devset / f"{page_id}.yaml"), first))
            lang = first["source"]["lang"]
            for name, (amounts, conditions), gold in (
                ("second vs first", _as_found(second), first),
                ("extractors vs first", extracted, first),
                ("extractors vs agreed", extracted, agreed(first, second)),
            ):
                readings[name].pages += 1
                score_page(readings[name], page_id, lang, amounts, conditions, gold)
        if ids:
            out[part] = readings
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pages", type=Path, metavar="FILE", help="only the pages listed in FILE, as one part"
    )
    args = parser.parse_args(argv)
    pages = None
    if args.pages is not None:
        try:
            pages = {f"pages listed in {args.pages}": listed(args.pages)}
        except (OSError, ValueError) as exc:
            parser.error(str(exc))
    results = evaluate(pages=pages)
    if not results:
        print(f"no twice-labelled page in {SECOND.relative_to(ROOT)}")
    for part, readings in results.items():
        pages = next(iter(readings.values())).pages
        name = part if args.pages is not None else f"{part} part"
        print(f"== {name}: {pages} pages labelled twice")
        head = f"  {'reading':24} {'table':11} {'gold':>5} {'found':>6}"
        print(f"{head} {'precision':>10} {'recall':>7}")
        for name, report in readings.items():
            for table, tallies in (
                ("amounts", report.amounts_by_kind),
                ("conditions", report.conditions_by_kind),
            ):
                t = report.total(tallies)
                print(
                    f"  {name:24} {table:11} {t.tp + t.fn:5d} {t.tp + t.fp:6d}"
                    f" {t.precision:10.3f} {t.recall:7.3f}"
                )
        print()


if __name__ == "__main__":
    main()
