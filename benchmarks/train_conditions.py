"""Fit the condition classifier (parsers/condition_model.py) and compare it with the rules.

    .venv/bin/python benchmarks/train_conditions.py compare   # fit on the 126 pages released
        # before check part 2, read the 48 pages of check part 2: rules, model, hybrids
    .venv/bin/python benchmarks/train_conditions.py export --variant V --threshold T
        # refit on all tuning pages, write parsers/condition_model.json
    .venv/bin/python benchmarks/train_conditions.py --pages /work/notes/tuning398.txt curve
        # the learning curve: 5-fold CV on the listed pages, 25/50/75/100 % of each fold
    .venv/bin/python benchmarks/train_conditions.py --pages /work/notes/tuning398.txt select
        # variant, threshold, C, class weights, min-df chosen by that CV alone

Units are the candidates of the condition extractor (list items, paragraph sentences); a
unit's label is the gold condition kind whose text it matches (Jaccard >= 0.6, as
benchmarks/accuracy.py counts a match), else none. Features and scoring are those of
parsers/condition_model.py, so the figures are the exported model's, not sklearn's.
Deterministic: lbfgs, sorted features, no sampling. Protocol and figures:
docs/decisions/0011-condition-classifier.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import Report, _jaccard, read, render, score_page  # noqa: E402
from devsplit import DEVSET, load, page_of  # noqa: E402

from parsers import condition_model  # noqa: E402
from parsers.condition_model import (  # noqa: E402
    MODEL_PATH,
    NONE,
    Model,
    Unit,
    features,
    from_json,
    units,
)

condition_model.ENABLED = False  # the units' rule readings are the rules' alone
CLASSES = (NONE, "document", "exemption", "requirement", "step")
PRUNE = 0.01  # weights below this for every class are dropped from the export
MIN_DF = 2  # units a feature must occur on to be fitted (1: every feature)


def check_part_2() -> list[str]:
    """The 48 pages of check part 2: split.yaml's last history line moved them to tuning."""
    line = load().history[-1]
    found = re.search(r"moved from check to tuning: (.*?)\)'?$", line)
    if not found or "check part 2" not in line:
        raise SystemExit("split.yaml: the last history line no longer releases check part 2")
    return [page.strip() for page in found.group(1).split(",")]


@dataclass
class Page:
    page_id: str
    lang: str
    gold: list[dict]
    units: list[Unit]
    rules: list[str | None]  # the rules' kind for each unit (None: no condition)
    labels: list[str]
    rule_conditions: list[tuple[str, str]]  # everything the rules found, as accuracy scores it


def labelled(page_id: str) -> Page:
    gold_path = DEVSET / f"{page_id}.yaml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    facts = read(page_of(gold_path), gold)
    found = units(facts.blocks)
    by_unit = {(c.block_index, c.text): c.kind for c in facts.conditions}
    rows = list(gold.get("conditions") or [])
    used = [False] * len(rows)
    labels = []
    for unit in found:
        best, best_score = None, 0.6
        for i, row in enumerate(rows):
            if not used[i]:
                score = _jaccard(row["text"], unit.text)
                if score >= best_score:
                    best, best_score = i, score
        if best is None:
            labels.append(NONE)
        else:
            used[best] = True
            labels.append(rows[best]["kind"])
    return Page(
        page_id,
        gold["source"]["lang"],
        rows,
        found,
        [by_unit.get((u.block.index, u.text)) for u in found],
        labels,
        [(c.kind, c.text) for c in facts.conditions],
    )


def fit(
    pages: list[Page],
    with_rules: bool,
    c: float,
    balanced: bool,
    with_cues: bool = False,
    min_df: int = MIN_DF,
) -> dict:
    """A multinomial logistic regression over the units' features, as the JSON export."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [
        dict.fromkeys(features(u, r, with_rules, with_cues), 1)
        for p in pages
        for u, r in zip(p.units, p.rules, strict=True)
    ]
    labels = [label for p in pages for label in p.labels]
    # A feature seen on one unit only is mostly a word of one page: left out, it halves the
    # export (and the worker's memory) and loses nothing the other pages could confirm.
    seen = Counter(f for row in rows for f in row)
    rows = [{f: 1 for f in row if seen[f] >= min_df} for row in rows]
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(rows)
    model = LogisticRegression(
        C=c, max_iter=5000, tol=1e-3, class_weight="balanced" if balanced else None
    ).fit(x, labels)
    order = [list(model.classes_).index(k) for k in CLASSES]
    weights = {}
    for j, name in enumerate(vec.feature_names_):
        w = [float(model.coef_[k, j]) for k in order]
        if max(abs(v) for v in w) >= PRUNE:
            weights[name] = [round(v, 4) for v in w]
    # Every 50th unit with sklearn's own class and probabilities: tests/test_condition_model.py
    # checks that the plain-Python scorer of the pruned export agrees.
    sample = list(range(0, len(rows), 50))
    probs = model.predict_proba(x[sample])
    check = [
        {
            "features": sorted(rows[i]),
            "class": str(model.classes_[probs[n].argmax()]),
            "probabilities": {
                str(k): round(float(probs[n][j]), 4) for j, k in enumerate(model.classes_)
            },
        }
        for n, i in enumerate(sample)
    ]
    return {
        "check": check,
        "classes": list(CLASSES),
        "intercept": [round(float(model.intercept_[k]), 4) for k in order],
        "weights": weights,
        "with_rules": with_rules,
        "with_cues": with_cues,
        "threshold": 0.5,
        "variant": "model",
        "fit": {
            "C": c,
            "class_weight": "balanced" if balanced else None,
            "pages": len(pages),
            "units": len(labels),
            "min_df": min_df,
            "pruned_below": PRUNE,
        },
    }


def read_page(page: Page, model: Model, variant: str, threshold: float) -> list[tuple[str, str]]:
    """The conditions a variant finds on a page, as (kind, text)."""
    out: list[tuple[str, str]] = []
    for unit, rule in zip(page.units, page.rules, strict=True):
        kind, _ = model.kind(features(unit, rule, model.with_rules, model.with_cues), threshold)
        if variant == "model":
            chosen = kind
        elif variant == "union":  # the rules' reading, plus what the model adds
            chosen = rule or kind
        elif variant == "relabel":  # the rules pick units, the model names their kind
            chosen = (
                None
                if rule is None
                else model.kind(features(unit, rule, model.with_rules, model.with_cues), 0.0)[0]
            )
        elif variant == "union_relabel":
            chosen = (
                kind
                if rule is None
                else model.kind(features(unit, rule, model.with_rules, model.with_cues), 0.0)[0]
            )
        else:
            raise ValueError(variant)
        if chosen:
            out.append((chosen, unit.text))
    return out


def score(pages: list[Page], reading) -> Report:
    report = Report()
    for page in pages:
        report.pages += 1
        score_page(report, page.page_id, page.lang, [], reading(page), {"conditions": page.gold})
    return report


def f1(report: Report) -> float:
    t = report.total(report.conditions_by_kind)
    p, r = t.precision, t.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(report: Report) -> str:
    t = report.total(report.conditions_by_kind)
    kinds = " ".join(
        f"{k}={report.conditions_by_kind[k].precision:.2f}/{report.conditions_by_kind[k].recall:.2f}"
        for k in CLASSES[1:]
    )
    return f"P {t.precision:.3f} R {t.recall:.3f} F1 {f1(report):.3f}  [{kinds}]"


def tuning_ids(pages_file: Path | None) -> list[str]:
    """The pages to fit and select on: those listed in `pages_file` (one id a line), else
    split.yaml's tuning part. A list keeps a protocol on the pages it named even after the
    split moves a check part into tuning (issue 12's 398 pages, decision 0011)."""
    if pages_file is None:
        return sorted(load().tuning)
    ids = sorted({line.strip() for line in pages_file.read_text().splitlines() if line.strip()})
    missing = [i for i in ids if page_of(DEVSET / f"{i}.yaml") is None]
    if missing:
        raise SystemExit(f"{pages_file}: no labelled page for {', '.join(missing[:5])}")
    return ids


FOLDS = 5
SUBSET_SEED = 20261207  # the fixed shuffle whose first pages make a smaller training set
SIZES = (0.25, 0.5, 0.75, 1.0)
CURVE_GRID = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True)
class Answer:
    """A model's answer about one unit of a page it was not fitted on: its likeliest
    condition kind (never "none") and that kind's probability."""

    kind: str
    p: float


def fold_answers(
    pages: list[Page],
    setting: tuple[bool, bool],
    c: float,
    balanced: bool,
    min_df: int,
    size: float = 1.0,
) -> tuple[dict[str, list[Answer]], int]:
    """Each page's answers from the model fitted on the other folds (page i in fold i % 5,
    pages sorted by id), trained on the first `size` of those folds' pages in a fixed
    shuffle (random.Random(SUBSET_SEED) over the sorted ids: a smaller set is a subset of
    every larger one). Also the largest export's number of weights."""
    import random

    with_rules, with_cues = setting
    rank = {p.page_id: n for n, p in enumerate(_shuffled(pages, random.Random(SUBSET_SEED)))}
    answers: dict[str, list[Answer]] = {}
    weights = 0
    for k in range(FOLDS):
        train = sorted(
            (p for i, p in enumerate(pages) if i % FOLDS != k), key=lambda p: rank[p.page_id]
        )
        train = train[: round(size * len(train))]
        exported = fit(train, with_rules, c, balanced, with_cues, min_df)
        weights = max(weights, len(exported["weights"]))
        model = from_json(exported)
        for i, page in enumerate(pages):
            if i % FOLDS == k:
                answers[page.page_id] = [
                    Answer(*model.kind(features(u, r, with_rules, with_cues), 0.0))
                    for u, r in zip(page.units, page.rules, strict=True)
                ]
    return answers, weights


def _shuffled(pages: list[Page], rng) -> list[Page]:
    order = sorted(pages, key=lambda p: p.page_id)
    rng.shuffle(order)
    return order


def choose(answer: Answer, rule: str | None, variant: str, t: float) -> str | None:
    """A unit's kind under a variant, from the model's answer and the rules' reading (the
    same choices as read_page and condition_model.decide)."""
    found = answer.kind if answer.p >= t else None
    if variant == "model":
        return found
    if variant == "union":
        return rule or found
    if variant == "relabel":
        return answer.kind if rule else None
    if variant == "union_relabel":
        return answer.kind if rule else found
    raise ValueError(variant)


def cv_reading(answers: dict[str, list[Answer]], variant: str, t: float):
    def reading(page: Page) -> list[tuple[str, str]]:
        out = []
        for unit, rule, answer in zip(page.units, page.rules, answers[page.page_id], strict=True):
            kind = choose(answer, rule, variant, t)
            if kind:
                out.append((kind, unit.text))
        return out

    return reading


def prf(report: Report) -> tuple[float, float, float]:
    t = report.total(report.conditions_by_kind)
    return t.precision, t.recall, f1(report)


def best_threshold(
    pages: list[Page], answers: dict[str, list[Answer]], variant: str, grid=CURVE_GRID
) -> tuple[float, Report]:
    """The threshold whose pooled CV F1 is highest (the lower one on a tie)."""
    scored = [(t, score(pages, cv_reading(answers, variant, t))) for t in grid]
    return max(scored, key=lambda row: (round(f1(row[1]), 6), -row[0]))


def rules_by_fold(pages: list[Page]) -> list[tuple[float, float, float]]:
    """The rules' own P / R / F1 on each held-out fold (they were tuned on these pages)."""
    return [
        prf(score([p for i, p in enumerate(pages) if i % FOLDS == k], lambda p: p.rule_conditions))
        for k in range(FOLDS)
    ]


def curve(pages: list[Page], c: float, balanced: bool, min_df: int) -> None:
    rules = prf(score(pages, lambda p: p.rule_conditions))
    folds = rules_by_fold(pages)
    print(
        f"rules (tuned on these pages: biased up): P {rules[0]:.3f} R {rules[1]:.3f} "
        f"F1 {rules[2]:.3f}; by fold F1 " + " ".join(f"{f[2]:.3f}" for f in folds)
    )
    train_pages = len(pages) - len(pages) // FOLDS
    print(f"model alone, C={c} balanced={balanced} min-df {min_df}; best threshold by CV")
    print("| training pages per fold | features | t | P | R | F1 | weights |")
    print("|---|---|---|---|---|---|---|")
    readings: dict[tuple[str, float], object] = {}
    for size in SIZES:
        for tag in ("plain", "cues"):
            answers, weights = fold_answers(pages, SETTINGS[tag][0], c, balanced, min_df, size)
            t, report = best_threshold(pages, answers, "model")
            readings[tag, size] = cv_reading(answers, "model", t)
            p, r, f = prf(report)
            print(
                f"| {size:.0%} (~{round(size * train_pages)}) | {tag} | {t} | {p:.3f} | "
                f"{r:.3f} | {f:.3f} | {weights} |",
                flush=True,
            )
    print("F1 at 100 % minus F1 at a smaller size (95 % interval, whole pages resampled):")
    for tag in ("plain", "cues"):
        for size in SIZES[:-1]:
            diff, low, high = bootstrap(pages, readings[tag, 1.0], readings[tag, size])
            print(f"  {tag} 100 % - {size:.0%}: {diff:+.3f} ({low:+.3f} .. {high:+.3f})")


def union_additions(pages: list[Page], answers: dict[str, list[Answer]], t: float) -> int:
    """The units the union adds at threshold t: those the rules did not read."""
    return sum(
        1
        for page in pages
        for rule, a in zip(page.rules, answers[page.page_id], strict=True)
        if rule is None and a.p >= t
    )


def select(
    pages: list[Page],
    tags: list[str],
    cs: list[float],
    min_dfs: list[int],
    balance: tuple[bool, ...] = (False, True),
    every_t: bool = False,
) -> None:
    """Every setting's CV figures for every variant at its best threshold (`every_t`: the
    union at every threshold too); union's additions counted apart (units per page, and their
    precision: the true conditions they add over the rules' own, per unit added)."""
    rules = score(pages, lambda p: p.rule_conditions)
    rp, rr, rf = prf(rules)
    rules_tp = rules.total(rules.conditions_by_kind).tp
    print(f"rules (tuned on these pages: biased up): P {rp:.3f} R {rr:.3f} F1 {rf:.3f}")
    print(
        "| features | C | balanced | min-df | weights | variant | t | P | R | F1 | union adds (P) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for tag in tags:
        for min_df in min_dfs:
            for c in cs:
                for balanced in balance:
                    answers, weights = fold_answers(pages, SETTINGS[tag][0], c, balanced, min_df)
                    for variant in VARIANTS:
                        grid = CURVE_GRID if variant != "relabel" else (0.5,)
                        best = best_threshold(pages, answers, variant, grid)
                        rows = [best]
                        if every_t and variant == "union":
                            read_at = partial(cv_reading, answers, "union")
                            rows = [(t, score(pages, read_at(t))) for t in grid]
                        for t, report in rows:
                            p, r, f = prf(report)
                            extra = ""
                            if variant == "union":
                                added = union_additions(pages, answers, t)
                                gained = report.total(report.conditions_by_kind).tp - rules_tp
                                share = gained / added if added else 0.0
                                extra = f"{added / len(pages):.2f}/page ({share:.2f})"
                            print(
                                f"| {tag} | {c} | {balanced} | {min_df} | {weights} | {variant} | "
                                f"{t if variant != 'relabel' else '-'} | {p:.3f} | {r:.3f} | "
                                f"{f:.3f} | {extra} |",
                                flush=True,
                            )


def cross_validate(
    pages: list[Page], setting: tuple[bool, bool], c: float, balanced: bool, min_df: int
) -> float:
    """Conditions F1 of the model alone over 5 folds of whole pages (page i in fold i % 5)."""
    with_rules, with_cues = setting
    folds = 5
    found: dict[str, list] = {}
    for k in range(folds):
        train = [p for i, p in enumerate(pages) if i % folds != k]
        model = from_json(fit(train, with_rules, c, balanced, with_cues, min_df))
        for i, p in enumerate(pages):
            if i % folds == k:
                found[p.page_id] = read_page(p, model, "model", 0.5)
    return f1(score(pages, lambda p: found[p.page_id]))


# Feature sets: (with the rules' reading, with the rules' cues) and the C values tried for
# each by cross-validation on the training pages (class weights balanced or not).
SETTINGS = {
    "plain": ((False, False), (1.0, 3.0, 10.0)),
    "cues": ((False, True), (1.0, 3.0, 10.0)),
    "stacked": ((True, False), (1.0, 3.0)),
}
VARIANTS = ("model", "union", "relabel", "union_relabel")
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def bootstrap(held: list[Page], a, b, rounds: int = 2000) -> tuple[float, float, float]:
    """F1(a) - F1(b) over the pages, with a 95% interval from resampling whole pages."""
    import random

    def tallies(reading):
        out = []
        for page in held:
            r = score([page], reading)
            t = r.total(r.conditions_by_kind)
            out.append((t.tp, t.fp, t.fn))
        return out

    def f1_of(rows):
        tp, fp, fn = (sum(x[i] for x in rows) for i in range(3))
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    ta, tb = tallies(a), tallies(b)
    rng = random.Random(20261206)
    diffs = []
    for _ in range(rounds):
        pick = [rng.randrange(len(held)) for _ in held]
        diffs.append(f1_of([ta[i] for i in pick]) - f1_of([tb[i] for i in pick]))
    diffs.sort()
    return f1_of(ta) - f1_of(tb), diffs[int(0.025 * rounds)], diffs[int(0.975 * rounds)]


def compare(out: Path | None, only: list[str], min_df: int) -> None:
    check = check_part_2()
    split = load()
    train_ids = sorted(set(split.tuning) - set(check))
    print(
        f"fit on {len(train_ids)} pages, compare on {len(check)} pages of check part 2, "
        f"features on >= {min_df} units"
    )
    train = [labelled(i) for i in train_ids]
    held = [labelled(i) for i in sorted(check)]
    print(
        "units:",
        sum(len(p.units) for p in train),
        "train,",
        Counter(label for p in train for label in p.labels),
    )
    print(
        "gold conditions on check part 2:",
        sum(len(p.gold) for p in held),
        "of which a unit matches:",
        sum(label != NONE for p in held for label in p.labels),
    )
    results: dict[str, tuple[Report, object]] = {}
    rules_reading = lambda p: p.rule_conditions  # noqa: E731
    results["rules"] = (score(held, rules_reading), rules_reading)
    print(f"{'rules':28} {summary(results['rules'][0])}")
    for tag in only:
        setting, cs = SETTINGS[tag]
        cv = {
            (c, b): cross_validate(train, setting, c, b, min_df) for c in cs for b in (False, True)
        }
        for (c, b), value in cv.items():
            print(f"  cv {tag} C={c} balanced={b}: F1 {value:.3f}")
        c, balanced = max(cv, key=cv.__getitem__)
        exported = fit(train, setting[0], c, balanced, setting[1], min_df)
        model = from_json(exported)
        print(f"model {tag}: C={c} balanced={balanced}, {len(exported['weights'])} weights")
        for variant in VARIANTS:
            for t in GRID if variant != "relabel" else (0.5,):
                reading = lambda p, v=variant, t=t, m=model: read_page(p, m, v, t)  # noqa: E731
                report = score(held, reading)
                name = f"{variant}/{tag}@{t}" if variant != "relabel" else f"relabel/{tag}"
                print(f"{name:28} {summary(report)}")
                results[name] = (report, reading)
    best = max((n for n in results if n != "rules"), key=lambda n: f1(results[n][0]))
    diff, low, high = bootstrap(held, results[best][1], rules_reading)
    print(
        f"best: {best}, F1 {f1(results[best][0]):.3f}; minus rules {diff:+.3f} "
        f"(95% interval over pages {low:+.3f} .. {high:+.3f})"
    )
    if out:
        out.write_text(
            "\n\n".join(f"## {name}\n\n{render(r)}" for name, (r, _) in results.items()) + "\n"
        )
        print(f"tables in {out}")


def export(
    variant: str,
    threshold: float,
    with_rules: bool,
    with_cues: bool,
    c: float,
    balanced: bool,
    min_df: int,
    pages_file: Path | None = None,
) -> None:
    pages = [labelled(i) for i in tuning_ids(pages_file)]
    exported = fit(pages, with_rules, c, balanced, with_cues, min_df)
    exported.update(variant=variant, threshold=threshold)
    MODEL_PATH.write_text(json.dumps(exported, sort_keys=True, separators=(",", ":")) + "\n")
    print(
        f"{MODEL_PATH.relative_to(ROOT)}: {len(exported['weights'])} weights, "
        f"{MODEL_PATH.stat().st_size} bytes, fitted on {len(pages)} pages"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("--tables", type=Path, help="write every variant's full tables here")
    cmp_.add_argument("--sets", nargs="+", default=list(SETTINGS), choices=list(SETTINGS))
    exp = sub.add_parser("export")
    exp.add_argument(
        "--variant", required=True, choices=("model", "union", "relabel", "union_relabel")
    )
    exp.add_argument("--threshold", type=float, required=True)
    exp.add_argument("--with-rules", action="store_true")
    exp.add_argument("--with-cues", action="store_true")
    exp.add_argument("--C", type=float, default=1.0, dest="c")
    exp.add_argument("--balanced", action="store_true")
    cur = sub.add_parser("curve")
    cur.add_argument("--C", type=float, default=3.0, dest="c")
    cur.add_argument("--unbalanced", action="store_true")
    sel = sub.add_parser("select")
    sel.add_argument("--sets", nargs="+", default=["plain", "cues"], choices=list(SETTINGS))
    sel.add_argument("--Cs", nargs="+", type=float, default=[1.0, 3.0, 10.0])
    sel.add_argument("--min-dfs", nargs="+", type=int, default=[2])
    sel.add_argument("--balanced", choices=("both", "yes", "no"), default="both")
    sel.add_argument("--every-t", action="store_true", help="the union at every threshold")
    parser.add_argument("--min-df", type=int, default=MIN_DF, help="units a feature needs")
    parser.add_argument(
        "--pages", type=Path, help="page ids to fit and select on (default: the tuning part)"
    )
    args = parser.parse_args()
    if args.command == "compare":
        compare(args.tables, args.sets, args.min_df)
    elif args.command in ("curve", "select"):
        ids = tuning_ids(args.pages)
        pages = [labelled(i) for i in ids]
        units_n = sum(len(p.units) for p in pages)
        print(f"{len(pages)} pages, {units_n} units, {sum(len(p.gold) for p in pages)} gold")
        if args.command == "curve":
            curve(pages, args.c, not args.unbalanced, args.min_df)
        else:
            balance = {"both": (False, True), "yes": (True,), "no": (False,)}[args.balanced]
            select(pages, args.sets, args.Cs, args.min_dfs, balance, args.every_t)
    else:
        export(
            args.variant,
            args.threshold,
            args.with_rules,
            args.with_cues,
            args.c,
            args.balanced,
            args.min_df,
            args.pages,
        )


if __name__ == "__main__":
    main()
