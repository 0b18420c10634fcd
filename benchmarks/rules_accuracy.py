"""Precision and recall of the rules layer (rule, jurisdiction, effective date) on the dev set.

    .venv/bin/python benchmarks/rules_accuracy.py            # per rule family, tuning and held-out
    .venv/bin/python benchmarks/rules_accuracy.py -v         # plus every wrong assignment
    .venv/bin/python benchmarks/rules_accuracy.py --update-baseline   # pin today's figures
    .venv/bin/python benchmarks/rules_accuracy.py --draw "check part 14" > ids.txt  # its pages

Each extracted amount is paired with a gold row of the same page that has the same amount
key (kind, value, value_max, unit, per, bound, date: the extraction benchmark's match), so
these figures measure the assignment of amounts the extractor found; extraction misses are
counted apart. An assignment is right when rule_id, jurisdiction and effective_from all
equal the labels (tests/devset/GUIDE.md). Per family: a right assignment is a true positive
of the gold rule's family; a wrong one a false positive of the family assigned and a false
negative of the family labelled; a rule assigned to an amount labelled null a false
positive. The pages of tests/devset/rules_holdout.yaml are never tuned on: reported apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import DEVSET, Tally, _amount_key, _extracted_key, read  # noqa: E402
from devsplit import draw_half_a, page_of  # noqa: E402

from rules.assign import assign  # noqa: E402
from rules.catalogue import Catalogue, load_catalogue  # noqa: E402

HOLDOUT = DEVSET / "rules_holdout.yaml"
DRAW = "held-out, "  # a draw's part is named "held-out, <its name in rules_holdout.yaml>"


def draws(holdout: dict) -> dict[str, str]:
    """Each held-out page's draw: `draws` lists consecutive blocks of `pages`, in order.

    Each block was held out before any tuning on its pages, so each is reported apart: a
    figure is only as unseen as the block it comes from.
    """
    pages, blocks = holdout["pages"], holdout["draws"]
    if sum(block["pages"] for block in blocks) != len(pages):
        raise ValueError(
            f"{HOLDOUT.name}: the draws count {sum(b['pages'] for b in blocks)} pages, "
            f"the list {len(pages)}"
        )
    out, start = {}, 0
    for block in blocks:
        for page_id in pages[start : start + block["pages"]]:
            out[page_id] = DRAW + block["name"]
        start += block["pages"]
    return out


HALF = "tuning, released half "  # "tuning, released half A" / "... B"
OLDER = "tuning, older pages"


def halves(holdout: dict) -> dict[str, str]:
    """The last released draw (check part 3, 56 pages) in two halves, each page's part.

    Drawn once, 2026-12-07 01:35 UTC, as `random.Random(5).sample(sorted(ids), 28)` (half A,
    the rest half B; the extraction tuner tune12d uses the same draw): rules tuning round 4
    fits the catalogue to half A's misses only and reads half B as its own unseen check,
    before the lead measures the next draw. Check part 2's halves (seed 4) are retired: its
    pages were tuned on in round 3 and count with the older pages.
    """
    released = holdout.get("released") or []
    if not released:
        return {}
    ids = sorted(released[-1]["pages"])
    half_a = set(draw_half_a(ids))
    return {page: HALF + ("A" if page in half_a else "B") for page in ids}


BASELINE = DEVSET / "rules_baseline.json"


@dataclass
class Part:
    """One part of the dev set (tuning or held-out): tallies per rule family."""

    pages: int = 0
    by_family: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    rule_only: Tally = field(default_factory=Tally)
    unextracted_rules: int = 0  # gold rows with a rule the extractor did not find
    unlabelled: list[str] = field(default_factory=list)  # dev pages without rule labels
    misses: list[str] = field(default_factory=list)

    def total(self) -> Tally:
        tallies = self.by_family.values()
        return Tally(
            sum(t.tp for t in tallies), sum(t.fp for t in tallies), sum(t.fn for t in tallies)
        )


def _family(catalogue: Catalogue, rule_id: str | None) -> str:
    rule = catalogue.by_id.get(rule_id or "")
    return rule.family if rule else "(unknown rule)"


def _label(row: dict) -> tuple:
    when = row.get("effective_from")
    return row.get("rule"), row.get("jurisdiction"), str(when) if when else None


def _topic(page_id: str) -> str:
    """The dev pages are named <publisher>-<topic>-<lang>: the source's topic."""
    return page_id.split("-", 1)[1].rsplit("-", 1)[0]


def _score_page(part: Part, catalogue: Catalogue, page_id: str, gold: dict, facts, found) -> None:
    pool: dict[tuple, list[tuple]] = defaultdict(list)
    for row in gold.get("amounts") or []:
        pool[_amount_key(row)].append((*_label(row), row.get("quote") or ""))
    for amount, got in zip(facts.amounts, found, strict=True):
        labels = pool.get(_extracted_key(amount))
        if not labels:
            continue  # an extraction false positive: not the assignment's to answer for
        # two gold rows with one amount key: the one whose quote is in this sentence
        sentence = amount.quote.lower()
        pick = next((i for i, x in enumerate(labels) if x[3].lower() in sentence), 0)
        want = labels.pop(pick)[:3]
        have = (
            got.rule_id,
            got.jurisdiction,
            str(got.effective_from) if got.effective_from else None,
        )
        if want[0] or have[0]:
            rules = part.rule_only
            rules.tp += bool(want[0] and want[0] == have[0])
            rules.fp += bool(have[0] and want[0] != have[0])
            rules.fn += bool(want[0] and want[0] != have[0])
        if not (want[0] or have[0]):
            continue  # no rule either way: whose and from when say nothing
        if want == have:
            if want[0]:
                part.by_family[_family(catalogue, want[0])].tp += 1
            continue
        if have[0]:
            part.by_family[_family(catalogue, have[0])].fp += 1
        if want[0]:
            part.by_family[_family(catalogue, want[0])].fn += 1
        part.misses.append(f"{page_id}: {amount.quote[:70]!r}: labelled {want}, assigned {have}")
    part.unextracted_rules += sum(1 for labels in pool.values() for label in labels if label[0])


def evaluate(devset: Path = DEVSET) -> dict[str, Part]:
    catalogue = load_catalogue(ROOT / "rules.yaml")
    holdout = yaml.safe_load(HOLDOUT.read_text(encoding="utf-8"))
    draw_of = draws(holdout)
    half_of = halves(holdout)
    parts = {"tuning": Part(), OLDER: Part()}
    parts.update({name: Part() for name in sorted(set(half_of.values()))})
    parts["held-out"] = Part()
    parts.update({name: Part() for name in dict.fromkeys(draw_of.values())})
    unlabelled: list[str] = []
    for gold_path in sorted(devset.glob("*.yaml")):
        page = page_of(gold_path)  # HTML, or a PDF read as accuracy.py reads it
        if page is None:
            continue
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        if not labelled_for_rules(gold):
            if gold.get("amounts"):  # a page stating no amount has nothing to label
                unlabelled.append(gold_path.stem)
            continue  # pages added after the rules labels (issue 12): not counted, listed
        source = gold["source"]
        facts = read(page, gold)
        found = assign(
            facts.blocks,
            facts.amounts,
            source["publisher"],
            source["lang"],
            catalogue,
            _topic(source["id"]),
        )
        names = ["tuning", half_of.get(source["id"], OLDER)]
        if source["id"] in draw_of:
            names = ["held-out", draw_of[source["id"]]]
        for name in names:
            parts[name].pages += 1
            _score_page(parts[name], catalogue, source["id"], gold, facts, found)
    parts["tuning"].unlabelled = unlabelled
    return parts


def labelled_for_rules(gold: dict) -> bool:
    """Whether every amount row of a gold file says its rule, jurisdiction and date."""
    rows = gold.get("amounts") or []
    return bool(rows) and all("rule" in row and "jurisdiction" in row for row in rows)


def figures(parts: dict[str, Part]) -> dict[str, dict[str, float]]:
    out = {}
    for name, part in parts.items():
        for family, tally in {
            **part.by_family,
            "all": part.total(),
            "rule_only": part.rule_only,
        }.items():
            out[f"{name}/{family}"] = {
                "precision": round(tally.precision, 4),
                "recall": round(tally.recall, 4),
            }
    return out


def render(parts: dict[str, Part]) -> str:
    lines = []
    for name, part in parts.items():
        if name.startswith(DRAW):  # the totals only: the families are in "held-out"
            t, r = part.total(), part.rule_only
            lines.append(
                f"  {name}: {part.pages} pages, P {t.precision:.3f} R {t.recall:.3f} "
                f"(rule id alone P {r.precision:.3f} R {r.recall:.3f})"
            )
            continue
        lines += [
            "",
            f"{name}: {part.pages} pages "
            f"({part.unextracted_rules} labelled rule statements not extracted, not counted)",
            f"  {'family':22} {'gold':>6} {'found':>6} {'precision':>10} {'recall':>8}",
        ]
        rows = sorted(part.by_family.items()) + [("ALL (rule, jur., date)", part.total())]
        rows.append(("rule id alone", part.rule_only))
        for key, t in rows:
            lines.append(
                f"  {key:22} {t.tp + t.fn:6d} {t.tp + t.fp:6d} {t.precision:10.3f} {t.recall:8.3f}"
            )
    waiting = parts["tuning"].unlabelled
    if waiting:
        lines += ["", f"{len(waiting)} dev pages have no rule labels yet (not counted)."]
    return "\n".join(lines).lstrip("\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list the tuning part's wrong assignments"
    )
    parser.add_argument(
        "--half-b",
        action="store_true",
        help="with -v, list half B's wrong assignments too (read only once tuning is done)",
    )
    parser.add_argument("--update-baseline", action="store_true", help="pin today's figures")
    parser.add_argument(
        "--draw",
        metavar="NAME",
        help="only print the page ids of the held-out draw NAME, one a line (each batch of the "
        "check part is one: accuracy.py --pages and agreement.py --pages read them apart)",
    )
    args = parser.parse_args(argv)
    if args.draw is not None:
        holdout = yaml.safe_load(HOLDOUT.read_text(encoding="utf-8"))
        ids = [page for page, draw in draws(holdout).items() if draw == DRAW + args.draw]
        if not ids:
            names = ", ".join(repr(block["name"]) for block in holdout["draws"])
            parser.error(f"no held-out draw {args.draw!r} in {HOLDOUT.name} (there are {names})")
        print("\n".join(ids))
        return
    parts = evaluate()
    print(render(parts))
    if args.verbose:  # never the held-out misses: nobody may fit the catalogue to them
        shown = [OLDER, HALF + "A"] + ([HALF + "B"] if args.half_b else [])
        for name in shown:
            print(f"\n{name}:\n" + "\n".join(parts[name].misses))
    if args.update_baseline:
        BASELINE.write_text(json.dumps(figures(parts), indent=1, sort_keys=True) + "\n")
        print(f"\npinned in {BASELINE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
