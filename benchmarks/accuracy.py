"""Precision and recall of the extractors on the labelled development set (tests/devset/).

    .venv/bin/python benchmarks/accuracy.py            # both parts: per kind and per language
    .venv/bin/python benchmarks/accuracy.py -v         # plus every miss of the tuning part
    .venv/bin/python benchmarks/accuracy.py --update-baseline   # pin today's figures
    .venv/bin/python benchmarks/accuracy.py --changes  # planted edits through the real diff
    .venv/bin/python benchmarks/accuracy.py --changes --without-text  # the facts' diff alone
    .venv/bin/python benchmarks/accuracy.py --halves -v  # older pages, half A, half B apart
    .venv/bin/python benchmarks/accuracy.py --categories  # what the misses are made of, counted
    .venv/bin/python benchmarks/accuracy.py --condition-model on  # with the fitted classifier
    .venv/bin/python benchmarks/accuracy.py --pages ids.txt --categories --changes  # some pages

The pages are split (tests/devset/split.yaml, benchmarks/devsplit.py) into a tuning part and
a check part; each is reported on its own. The check part's misses are never printed: it is
read only to measure. A page missing from the split is an error.

An amount matches a gold row when kind, value, value_max, unit, per, bound and date all
agree (each statement counted, as a multiset per page). A condition matches when its kind
agrees and its words overlap the gold text (Jaccard >= 0.6), each gold row used once.

`--categories` counts what each part's misses are made of, without printing any: an amount
whose value was read with one field wrong (the bound, the rate) asks for another fix than a
value never read at all, and on check part 5 the bound alone was 23 of 173 gold amounts.
Counts only, so the check part can be read this way too.

`--pages FILE` reads only the pages listed in FILE (one id a line, `#` starts a comment) as one
part: the figures of one batch of the check part (each batch is a block of
`tests/devset/rules_holdout.yaml`'s draws), or of half B of a released one. With `--changes`
the planted edits go to those pages; `-v` lists misses only when none of them is a check page.

`--condition-model on|off` reads the parts with the condition classifier of
parsers/condition_model.py switched on or off for this run only (default: as shipped,
`condition_model.ENABLED`), so a part can be read with a candidate export without editing
code (decision 0011); the first line printed says which.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))

from devsplit import DEVSET, PARTS, checked, halves, load, page_of  # noqa: E402

from parsers import condition_model  # noqa: E402
from parsers.conditions import identity_text  # noqa: E402
from parsers.extract import extract  # noqa: E402

BASELINE = DEVSET / "baseline.json"


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    pages: int = 0
    amounts_by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    amounts_by_lang: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    conditions_by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    conditions_by_lang: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)
    categories: Counter = field(default_factory=Counter)

    def total(self, table: dict[str, Tally]) -> Tally:
        return Tally(
            sum(t.tp for t in table.values()),
            sum(t.fp for t in table.values()),
            sum(t.fn for t in table.values()),
        )

    def figures(self) -> dict[str, dict[str, float]]:
        """Precision and recall per table and key; none for a part without pages."""
        out: dict[str, dict[str, float]] = {}
        if not self.pages:
            return out
        for name, table in (
            ("amounts", self.amounts_by_kind),
            ("amounts_lang", self.amounts_by_lang),
            ("conditions", self.conditions_by_kind),
            ("conditions_lang", self.conditions_by_lang),
        ):
            for key, tally in {**table, "all": self.total(table)}.items():
                out[f"{name}/{key}"] = {
                    "precision": round(tally.precision, 4),
                    "recall": round(tally.recall, 4),
                }
        return out


def _amount_key(row: dict) -> tuple:
    def num(v):
        return None if v is None else round(float(v), 3)

    return (
        row["kind"],
        num(row.get("value")),
        num(row.get("value_max")),
        row.get("unit"),
        row.get("per"),
        row.get("bound"),
        str(row["date"]) if row.get("date") else None,
    )


def _extracted_key(a) -> tuple:
    return _amount_key(
        {
            "kind": a.kind,
            "value": a.value,
            "value_max": a.value_max,
            "unit": a.unit,
            "per": a.per,
            "bound": a.bound,
            "date": a.date_value,
        }
    )


def _jaccard(a: str, b: str) -> float:
    x, y = set(identity_text(a).split()), set(identity_text(b).split())
    return len(x & y) / len(x | y) if x | y else 1.0


def evaluate_parts(devset: Path = DEVSET) -> dict[str, Report]:
    """One report per part of the split (tuning, check); every page must be in the split."""
    split = checked(load(devset / "split.yaml"), devset)
    return {part: evaluate(devset, getattr(split, part)) for part in PARTS}


def score_page(
    report: Report,
    page_id: str,
    lang: str,
    amounts: list[tuple[tuple, str]],
    conditions: list[tuple[str, str]],
    gold: dict,
) -> None:
    """Tally one page's found amounts (key, quote) and conditions (kind, text) against gold.

    Shared by this benchmark (the extractors against the labels) and agreement.py (one
    labeller against another), so both count a match the same way.
    """
    found = Counter(key for key, _ in amounts)
    wanted = Counter(_amount_key(row) for row in gold.get("amounts") or [])
    quotes = dict(amounts)
    for key in found | wanted:
        tp = min(found[key], wanted[key])
        for table in (report.amounts_by_kind[key[0]], report.amounts_by_lang[lang]):
            table.tp += tp
            table.fp += found[key] - tp
            table.fn += wanted[key] - tp
        if found[key] > tp:
            report.misses.append(f"{page_id}: false amount {key} in {quotes[key][:90]!r}")
        if wanted[key] > tp:
            report.misses.append(f"{page_id}: missed amount {key}")
    report.categories.update(amount_categories(found - wanted, wanted - found))
    gold_conditions = list(gold.get("conditions") or [])
    used = [False] * len(gold_conditions)
    unmatched: list[tuple[str, str]] = []
    for kind, text in conditions:
        best = match_condition(kind, text, gold_conditions, used)
        kind_table = report.conditions_by_kind[kind]
        if best is None:
            kind_table.fp += 1
            report.conditions_by_lang[lang].fp += 1
            report.misses.append(f"{page_id}: false condition [{kind}] {text[:90]!r}")
            unmatched.append((kind, text))
        else:
            used[best] = True
            kind_table.tp += 1
            report.conditions_by_lang[lang].tp += 1
    for i, row in enumerate(gold_conditions):
        if not used[i]:
            report.conditions_by_kind[row["kind"]].fn += 1
            report.conditions_by_lang[lang].fn += 1
            report.misses.append(
                f"{page_id}: missed condition [{row['kind']}] {row['text'][:90]!r}"
            )
    missed = [row for i, row in enumerate(gold_conditions) if not used[i]]
    report.categories.update(condition_categories(unmatched, missed))


_FIELDS = ("kind", "value", "value_max", "unit", "per", "bound", "date")


def amount_categories(false: Counter, missed: Counter) -> Counter:
    """Each amount miss by what went wrong: a gold value read with other fields (paired with
    the false reading of the same value that differs in fewest fields), never read, or read
    where the gold has no such value."""
    out: Counter = Counter()
    left = list(false.elements())
    for gold in missed.elements():
        near = [key for key in left if key[1] == gold[1]]
        if not near:
            out["amounts: value not read"] += 1
            continue
        best = min(near, key=lambda key: sum(a != b for a, b in zip(key, gold, strict=True)))
        left.remove(best)
        fields = [name for name, a, b in zip(_FIELDS, best, gold, strict=True) if a != b]
        label = "+".join(fields)
        if fields in (["bound"], ["per"]):
            label += f" ({gold[_FIELDS.index(fields[0])]} read as {best[_FIELDS.index(fields[0])]})"
        out[f"amounts: value read, {label} wrong"] += 1
    out["amounts: read, no gold with that value"] += len(left)
    return +out


def condition_categories(false: list[tuple[str, str]], missed: list[dict]) -> Counter:
    """Each condition miss: a gold row read with another kind (same words), read split or
    joined otherwise (words overlap 0.3-0.6), never read, or read where no gold row is."""
    out: Counter = Counter()
    left = list(missed)
    for kind, text in false:
        best = max(left, key=lambda row: _jaccard(row["text"], text), default=None)
        score = _jaccard(best["text"], text) if best else 0.0
        if best is not None and score >= 0.6:
            out[f"conditions: {best['kind']} read as {kind}"] += 1
        elif best is not None and score >= 0.3:
            out["conditions: read cut or joined otherwise (words overlap 0.3-0.6)"] += 1
        else:
            out["conditions: read, no gold row near"] += 1
            continue
        left.remove(best)
    for row in left:
        out[f"conditions: {row['kind']} not read"] += 1
    return out


def match_condition(kind: str, text: str, gold: list[dict], used: list[bool]) -> int | None:
    """The unused gold row of the same kind whose words overlap `text` most (Jaccard >= 0.6)."""
    best, best_score = None, 0.6
    for i, row in enumerate(gold):
        if not used[i] and row["kind"] == kind:
            score = _jaccard(row["text"], text)
            if score >= best_score:
                best, best_score = i, score
    return best


def read(page: tuple[Path, str], gold: dict):
    """The extractors' reading of a labelled page, with its source's select and remove."""
    path, content_type = page
    source = gold["source"]
    return extract(
        path.read_bytes(), content_type, source.get("select"), tuple(source.get("remove") or ())
    )


def found(facts) -> tuple[list[tuple[tuple, str]], list[tuple[str, str]]]:
    """Extracted facts as score_page takes them: (amount key, quote), (condition kind, text)."""
    return (
        [(_extracted_key(a), a.quote) for a in facts.amounts],
        [(c.kind, c.text) for c in facts.conditions],
    )


def evaluate(devset: Path = DEVSET, ids: list[str] | None = None) -> Report:
    """The figures over the pages `ids` (all labelled pages when None)."""
    report = Report()
    paths = sorted(devset.glob("*.yaml"))
    if ids is not None:
        paths = [devset / f"{page_id}.yaml" for page_id in sorted(ids)]
    for gold_path in paths:
        page = page_of(gold_path)
        if page is None:
            continue
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        report.pages += 1
        score_page(report, gold_path.stem, gold["source"]["lang"], *found(read(page, gold)), gold)
    return report


def render(report: Report) -> str:
    lines = [f"pages: {report.pages}"]
    if not report.pages:
        return lines[0] + " (no page in this part yet)"
    for title, table in (
        ("amounts by kind", report.amounts_by_kind),
        ("amounts by language", report.amounts_by_lang),
        ("conditions by kind", report.conditions_by_kind),
        ("conditions by language", report.conditions_by_lang),
    ):
        lines += ["", f"{title:24} {'gold':>6} {'found':>6} {'precision':>10} {'recall':>8}"]
        for key, t in sorted(table.items()) + [("ALL", report.total(table))]:
            lines.append(
                f"  {key:22} {t.tp + t.fn:6d} {t.tp + t.fp:6d} {t.precision:10.3f} {t.recall:8.3f}"
            )
    return "\n".join(lines)


def render_categories(report: Report) -> str:
    """The miss categories, most frequent first within amounts and within conditions."""
    rows = sorted(report.categories.items(), key=lambda item: (item[0].split(":")[0], -item[1]))
    return "\n".join(["what the misses are made of (counts only)"] + [
        f"  {count:5d}  {name}" for name, count in rows
    ])  # fmt: skip


def condition_model_line() -> str:
    """Which condition reading the figures are: the rules alone, or with which export."""
    if not condition_model.ENABLED:
        return "condition model: off (the rules alone)\n"
    model = condition_model.load()
    return (
        f"condition model: on ({condition_model.MODEL_PATH.name}: {model.variant}, "
        f"t {model.threshold}, {len(model.weights)} weights)\n"
    )


def listed(path: Path, devset: Path = DEVSET) -> list[str]:
    """The page ids of a `--pages` file; an id with no gold file is an error naming its line."""
    ids = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        page_id = line.split("#", 1)[0].strip()
        if not page_id:
            continue
        if not (devset / f"{page_id}.yaml").exists():
            raise ValueError(f"{path}:{number}: no labelled page {page_id!r} in {devset}")
        ids.append(page_id)
    return ids


def _listed_pages(parser: argparse.ArgumentParser, args, devset: Path) -> None:
    try:
        ids = listed(args.pages, devset)
    except (OSError, ValueError) as exc:
        parser.error(str(exc))
    split = checked(load(devset / "split.yaml"), devset)
    unseen = sorted(set(ids) & set(split.check))
    if args.verbose and unseen:
        parser.error(f"-v: {len(unseen)} of the listed pages are check pages, read only to measure")
    part = f"{len(ids)} page{'' if len(ids) == 1 else 's'} listed in {args.pages}" + (
        f" ({len(unseen)} of the check part)" if unseen else ""
    )
    if args.changes:
        import planted

        html_ids = planted.in_html(ids, devset)
        outcomes = planted.run(html_ids, devset, text=not args.without_text)
        print(planted.render(outcomes, len(html_ids), part, text=not args.without_text))
        if args.verbose:  # refused above for check pages
            for line in planted.noisy_lines(outcomes):
                print(line)
        return
    report = evaluate(devset, ids)
    print(f"== {part}\n{render(report)}\n")
    if args.categories:
        print(render_categories(report) + "\n")
    if args.verbose:
        print("\n".join(report.misses))


def main(argv: list[str] | None = None, devset: Path = DEVSET) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the tuning misses")
    parser.add_argument("--update-baseline", action="store_true", help="pin today's figures")
    parser.add_argument(
        "--changes", action="store_true", help="planted edits through the real diff"
    )
    parser.add_argument(
        "--without-text",
        action="store_true",
        help="with --changes: the fact diff alone, without the text safety net (as before it)",
    )
    parser.add_argument(
        "--halves",
        action="store_true",
        help="the tuning part as older pages, half A and half B of the last released check "
        "part; -v lists the misses of the older pages and half A only",
    )
    parser.add_argument(
        "--categories",
        action="store_true",
        help="count what each part's misses are made of (no miss printed)",
    )
    parser.add_argument(
        "--misses-b", action="store_true", help="with --halves: list half B's misses too"
    )
    parser.add_argument(
        "--condition-model",
        choices=("on", "off"),
        default="on" if condition_model.ENABLED else "off",
        help="read with the fitted condition classifier on or off (default: as shipped)",
    )
    parser.add_argument(
        "--pages",
        type=Path,
        metavar="FILE",
        help="read only the pages listed in FILE (one id a line), as one part",
    )
    args = parser.parse_args(argv)
    shipped = condition_model.ENABLED
    condition_model.ENABLED = args.condition_model == "on"
    if args.update_baseline and condition_model.ENABLED != shipped:
        parser.error("--update-baseline pins the shipped reading: drop --condition-model")
    print(condition_model_line())
    if args.pages is not None:
        _listed_pages(parser, args, devset)
        return
    if args.halves and not args.changes:
        split = checked(load(devset / "split.yaml"), devset)
        for name, ids in halves(split).items():
            report = evaluate(devset, ids)
            print(f"== tuning, {name}\n{render(report)}\n")
            if args.categories:
                print(render_categories(report) + "\n")
            if args.verbose and (name != "half B" or args.misses_b):
                print("\n".join(f"[{name}] {miss}" for miss in report.misses) + "\n")
        return
    if args.changes:
        from planted import main as planted_main

        sys.exit(planted_main(args.verbose, text=not args.without_text, by_halves=args.halves))
    reports = evaluate_parts(devset)
    for part, report in reports.items():
        note = " (read only to measure)" if part == "check" else ""
        print(f"== {part} part{note}\n{render(report)}\n")
        if args.categories and report.pages:
            print(render_categories(report) + "\n")
    if args.verbose:
        print("\n".join(reports["tuning"].misses))
    if args.update_baseline:
        figures = {part: report.figures() for part, report in reports.items()}
        BASELINE.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n")
        print(f"\npinned in {BASELINE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
