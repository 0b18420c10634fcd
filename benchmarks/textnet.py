"""What the text safety net adds to a changed page: one blocks pass over the previous body,
its passages and today's, and their alignment, against the extraction a changed page costs
anyway (issue 12).

    .venv/bin/python benchmarks/textnet.py            # the labelled HTML pages, 3 rounds
    .venv/bin/python benchmarks/textnet.py --rounds 5

Each labelled HTML page (tests/devset) is the previous body, and the same page with one
labelled list item removed (benchmarks/planted.py, else a value changed) is today's. Timed
per page, best of the rounds: `extract` of today's body (what a changed page costs without
the net), and the net (`read_blocks` of the previous body, both pages' passages,
`text_changes` against the page's fact changes). Prints medians and the 90th percentile in
ms, and the net's share of the extraction. An unchanged night runs neither. Last, a page
rewritten whole (3,000 sentences in one section, 500 fact changes told): the alignment
gives up pairing and the lines are capped, but each passage is still checked against what
the fact changes tell.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import planted  # noqa: E402
from devsplit import DEVSET, page_ids  # noqa: E402

from parsers.extract import extract, read_blocks  # noqa: E402
from parsers.passages import Passage, passages  # noqa: E402
from warehouse import diff, history, passage_diff  # noqa: E402
from warehouse.records import Change  # noqa: E402

HTML = "text/html; charset=utf-8"


def best(rounds: int, work) -> float:
    """The fastest of `rounds` runs of `work()`, in ms (the least disturbed by other load)."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def measure(page: planted.Page, new_html: str, rounds: int) -> tuple[float, float]:
    old = extract(page.html, HTML, page.select, page.remove)
    new = extract(new_html, HTML, page.select, page.remove)
    old_a, old_c = history.to_rows(page.page_id, old.amounts, old.conditions)
    new_a, new_c = history.to_rows(page.page_id, new.amounts, new.conditions)
    told = diff.diff_page(old_a, new_a, old_c, new_c)

    def net() -> None:
        before = read_blocks(page.html.encode(), HTML, page.select, page.remove)
        passage_diff.told_with_text(told, passages(before), passages(new.blocks))

    extraction = best(rounds, lambda: extract(new_html.encode(), HTML, page.select, page.remove))
    return extraction, best(rounds, net)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    extraction, net = [], []
    for page_id in page_ids(DEVSET):
        if not (DEVSET / f"{page_id}.html").exists():
            continue
        page = planted.load_page(page_id)
        new_html = planted.plant(page, "removed") or planted.plant(page, "value")
        if new_html is None:
            continue
        e, n = measure(page, new_html, args.rounds)
        extraction.append(e)
        net.append(n)
    print(f"{len(net)} changed pages (labelled HTML), best of {args.rounds} rounds, ms a page")
    print(f"{'':24} {'median':>8} {'p90':>8} {'sum':>9}")
    for name, values in (("extract today's body", extraction), ("text safety net", net)):
        print(
            f"{name:24} {statistics.median(values):8.2f} {percentile(values, 0.9):8.2f} "
            f"{sum(values):9.1f}"
        )
    print(f"net / extraction: {sum(net) / sum(extraction):.2f} (sums)")
    print(f"a page rewritten whole: {rewritten():.0f} ms")


def rewritten(n: int = 3000, told: int = 500) -> float:
    """ms of `text_changes` over a page whose every sentence changed, in one section."""
    old = [
        Passage("S", "sentence", f"The applicant must hold document {i}, kind {i % 7}.")
        for i in range(n)
    ]
    new = [
        Passage("S", "sentence", f"Entirely new wording {i} on other matters today.")
        for i in range(n)
    ]
    changes = [
        Change(change_kind="condition_removed", section="S", subject="requirement",
               old_quote=f"A condition removed, number {i}, in other words.")
        for i in range(told)
    ]  # fmt: skip
    start = time.perf_counter()
    passage_diff.text_changes(old, new, changes)
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
