"""What rule assignment costs beside extraction, in instructions: the same on a busy machine.

    .venv/bin/python benchmarks/rules_cost.py                 # both, timed (best of --repeat)
    .venv/bin/python benchmarks/rules_cost.py --callgrind     # both, counted by valgrind
    .venv/bin/python benchmarks/rules_cost.py --parse-stage 100   # share of the parse stage

A fixed page set (the content-heavy page of `parse_speed.py` and the first 40 dev pages,
padded to ~100 KB), each page assigned in its own language and publisher. Under
`valgrind --tool=callgrind` four processes count their instructions: one that imports,
one that also builds the rule matchers of the four languages (what a worker does once),
one that then extracts every page, one that then also assigns them. The differences are
the one-time cost, extraction, and assignment per page set. Counts move by well under 1 %
from run to run (PYTHONHASHSEED is fixed), where wall times on the shared machine moved
by 2-4x.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PAGES = 40


def page_set() -> list[tuple[str, str, str, str]]:
    """(html, publisher, lang, topic) of the heavy page and the first PAGES dev pages."""
    import yaml
    from parse_speed import DEVSET, content_heavy, padded

    paths = sorted(DEVSET.glob("*.html"))
    sources = [p.read_text(encoding="utf-8") for p in paths]
    out = [(content_heavy(sources), "flanders", "en", "highly-qualified")]
    for path, html in list(zip(paths, sources, strict=True))[:PAGES]:
        gold = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8")) or {}
        source = gold.get("source") or {}
        topic = path.stem.split("-", 1)[1].rsplit("-", 1)[0]
        out.append(
            (padded(html), source.get("publisher", "federal"), source.get("lang", "en"), topic)
        )
    return out


STAGES = ("import", "matchers", "extract", "assign")
PARSE_STAGES = ("stage-base", "stage-no-rules", "stage")


def run_parse_stage(stage: str, template: Path) -> None:
    """A cold night's whole parse stage over the stored pages of `template` (a copy of it),
    with rule assignment or with every amount filed under no rule; or only its set-up."""
    import shutil

    from parse_stage import config_for

    from rules.assign import Assignment
    from warehouse import parse_stage as stage_module
    from warehouse import schema

    n = int(template.stem.rsplit("-", 1)[1])
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "w.duckdb"
        shutil.copy(template, db)
        con = schema.connect(db)
        if stage == "stage-no-rules":
            stage_module._filed = lambda facts, source, catalogue: [
                Assignment(None, source.publisher or "federal", None) for _ in facts.amounts
            ]
        if stage != "stage-base":
            stage_module.parse_stage(con, 1, config_for(n), workers=1)
        con.close()


def counted_parse_stage(n: int) -> None:
    """Instructions of the parse stage with and without assignment, N stored pages."""
    from parse_stage import stored_warehouse

    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / f"stored-{n}.duckdb"
        stored_warehouse(template, n, 1)
        base, without, whole = (
            counted(stage, "--template", str(template)) for stage in PARSE_STAGES
        )
    stage_alone, rules = without - base, whole - without
    print(
        f"parse stage of {n} new pages: {stage_alone / 1e9:.3f} G instructions without rule "
        f"assignment, {(whole - base) / 1e9:.3f} G with it: assignment adds {rules / 1e9:.3f} G "
        f"(+{rules / stage_alone:.1%})"
    )


def run(stage: str) -> None:
    """One pass over the page set, up to `stage` (each stage does the ones before it)."""
    from parsers.extract import extract
    from rules.assign import assign
    from rules.catalogue import load_catalogue
    from rules.match import matcher_for

    catalogue = load_catalogue(ROOT / "rules.yaml")
    pages = page_set()
    if stage == "import":
        return
    for lang in ("en", "nl", "fr", "de"):
        matcher_for(catalogue, lang)
    if stage == "matchers":
        return
    for html, publisher, lang, topic in pages:
        facts = extract(html)
        if stage == "assign":
            assign(facts.blocks, facts.amounts, publisher, lang, catalogue, topic)


def timed(repeat: int) -> None:
    from parsers.extract import extract
    from rules.assign import assign, clear_caches
    from rules.catalogue import load_catalogue

    catalogue = load_catalogue(ROOT / "rules.yaml")
    pages = page_set()
    extract(pages[1][0])  # compile the patterns once, as a long-running process does
    extracting = assigning = 0.0
    for html, publisher, lang, topic in pages:
        best_e = best_a = float("inf")
        for _ in range(repeat):
            clear_caches()  # a night parses each page once: no memo of an earlier repeat
            started = time.perf_counter()
            facts = extract(html)
            middle = time.perf_counter()
            assign(facts.blocks, facts.amounts, publisher, lang, catalogue, topic)
            best_e = min(best_e, middle - started)
            best_a = min(best_a, time.perf_counter() - middle)
        extracting += best_e * 1000
        assigning += best_a * 1000
    print(
        f"{len(pages)} pages: extraction {extracting:.1f} ms, assignment {assigning:.1f} ms "
        f"(+{assigning / extracting:.1%}), best of {repeat}"
    )


def counted(stage: str, *extra: str) -> int:
    """Instructions of one process running `stage`, counted by callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--stage",
                stage,
                *extra,
            ],  # fmt: skip
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        totals = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
        return int(totals.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", choices=STAGES + PARSE_STAGES)
    parser.add_argument("--template", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--parse-stage", type=int, metavar="N", help="count the parse stage of N new pages"
    )
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.stage in PARSE_STAGES:
        run_parse_stage(args.stage, args.template)
    elif args.stage:
        run(args.stage)
    elif args.parse_stage:
        counted_parse_stage(args.parse_stage)
    elif args.callgrind:
        base, built, extracted, assigned = (counted(s) for s in STAGES)
        extraction, assignment = extracted - built, assigned - extracted
        print(
            f"{PAGES + 1} pages: extraction {extraction / 1e9:.3f} G instructions, "
            f"assignment {assignment / 1e9:.3f} G (+{assignment / extraction:.1%}); "
            f"once a process: the four languages' matchers {(built - base) / 1e9:.3f} G"
        )
    else:
        timed(args.repeat)


if __name__ == "__main__":
    main()
