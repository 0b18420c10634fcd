"""Hostile pages near the 5 MB cap: each must parse in under 5 s or hit the parse budget.

    .venv/bin/python benchmarks/worst_cases.py [--budget SECONDS] [--limit SECONDS]

Issue 13: a 2.2 MB page of 200,000 nested <div>s was still parsing after 45 s (the root
search measured the text of every div) and one 3 MB paragraph took ~13 s (amount windows
grew with the square of the amounts in a block). Each case runs in its own process, killed
after `--limit` seconds, so a regression shows as a figure, not a hang.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MB = 1_000_000


def deep_nesting(size: int = 5 * MB) -> str:
    """Nested <div>s without <main>, a sentence with an amount at the bottom."""
    depth = (size - 200) // len("<div></div>")
    return (
        "<html><body>" + "<div>" * depth + "<p>The fee is EUR 350 per application.</p>"
        + "</div>" * depth + "</body></html>"
    )


def long_paragraph(size: int = 5 * MB) -> str:
    """One paragraph of prose, amounts in every sentence, no two sentences alike."""
    sentences, total = [], 0
    while total < size:
        sentences.append(
            f"Rule {len(sentences)}: the host family pays at least EUR {450 + len(sentences)} "
            "a month and the au pair works at most 4 hours a day, 20 hours a week. "
        )
        total += len(sentences[-1])
    return f"<html><body><main><p>{''.join(sentences)}</p></main></body></html>"


def big_table(rows: int = 50_000) -> str:
    """A 50,000-row table of categories and thresholds (about 5 MB)."""
    body = "".join(
        f"<tr><th>Category {i} of highly qualified workers</th><td>EUR {40_000 + i:,}</td>"
        f"<td>{i % 40 + 18} years</td></tr>"
        for i in range(rows)
    )
    head = "<tr><th>Category</th><th>Minimum gross annual salary</th><th>Age</th></tr>"
    return f"<html><body><main><table>{head}{body}</table></main></body></html>"


def many_links(links: int = 100_000) -> str:
    """100,000 links in one list, as a site map or a search page has them (about 5 MB)."""
    items = "".join(
        f'<li><a href="/work/{i}">Work permit page {i}</a></li>'
        for i in range(links)
    )
    return f"<html><body><main><ul>{items}</ul></main></body></html>"


CASES = {
    "deep nesting": deep_nesting,
    "one long paragraph": long_paragraph,
    "50,000-row table": big_table,
    "100,000 links": many_links,
}


def _measure(name: str, budget: float | None, out) -> None:
    from parsers.extract import ParseTimeout, extract

    html = CASES[name]().encode()
    started = time.perf_counter()
    try:
        facts = extract(html, "text/html; charset=utf-8", budget=budget)
        outcome = f"{len(facts.blocks)} blocks, {len(facts.amounts)} amounts"
    except ParseTimeout as exc:
        outcome = f"parse_timeout ({exc})"
    out.put((len(html), time.perf_counter() - started, outcome))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=20.0, help="parse budget, seconds")
    parser.add_argument("--limit", type=float, default=120.0, help="kill a case after this")
    args = parser.parse_args()
    print(f"parse budget {args.budget:g} s; each case killed after {args.limit:g} s")
    for name in CASES:
        out = multiprocessing.Queue()
        proc = multiprocessing.Process(target=_measure, args=(name, args.budget, out))
        proc.start()
        proc.join(args.limit)
        if proc.is_alive():
            proc.kill()
            proc.join()
            print(f"  {name:20} still parsing after {args.limit:g} s: KILLED")
            continue
        if out.empty():
            print(f"  {name:20} crashed (exit code {proc.exitcode})")
            continue
        size, seconds, outcome = out.get()
        print(f"  {name:20} {size / MB:4.1f} MB  {seconds:6.2f} s  {outcome}")


if __name__ == "__main__":
    main()
