"""Parsing + extraction time per page, on one core, for realistic ~100 KB pages.

    .venv/bin/python benchmarks/parse_speed.py
    .venv/bin/python benchmarks/parse_speed.py --rules   # extraction + rule assignment

Official pages of 100 KB are mostly chrome (scripts, menus, footers) around 15-30 KB of
guidance; the benchmark builds such pages from the labelled dev set (each page's own
guidance inside its own chrome, padded with a large menu and inline script to ~100 KB)
and also a worst case: ~100 KB of guidance (several dev pages' content in one page).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parsers.extract import extract  # noqa: E402
from parsers.text import clear_text_memos  # noqa: E402
from rules.assign import assign, clear_caches  # noqa: E402
from rules.catalogue import load_catalogue  # noqa: E402

DEVSET = ROOT / "tests" / "devset"
TARGET = 100 * 1024


def padded(html: str) -> str:
    """The page with a big menu and inline script, as real sites ship, up to ~100 KB."""
    menu = "".join(
        f'<li><a href="/topic/{i}">Topic number {i} of the site menu</a></li>' for i in range(400)
    )
    page = html.replace("<body", "<body", 1)
    filler = max(0, TARGET - len(page.encode()) - len(menu))
    script = "<script>var analytics = '" + ("x" * filler) + "';</script>"
    return page.replace("</body>", f"<nav><ul>{menu}</ul></nav>{script}</body>", 1)


def content_heavy(pages: list[str]) -> str:
    """One page whose guidance alone is ~100 KB."""
    bodies, size = [], 0
    for html in pages:
        start, end = html.find("<main"), html.find("</main>")
        if start < 0 or end < 0:
            continue
        inner = html[html.find(">", start) + 1 : end]
        bodies.append(inner)
        size += len(inner.encode())
        if size >= TARGET:
            break
    return "<html><body><main>" + "".join(bodies) + "</main></body></html>"


def timed(pages: list[str], repeat: int = 5) -> list[float]:
    times = []
    for html in pages:
        best = min(_once(html) for _ in range(repeat))
        times.append(best)
    return times


WITH_RULES = "--rules" in sys.argv
CATALOGUE = load_catalogue(ROOT / "rules.yaml") if WITH_RULES else None


def _once(html: str) -> float:
    clear_text_memos()  # the best of repeats, not the same page's sentences remembered
    if CATALOGUE is not None:
        clear_caches()  # a night parses each page once: no memo of an earlier repeat helps
    started = time.perf_counter()
    facts = extract(html)
    if CATALOGUE is not None:  # what the parse stage adds per page: rules.assign
        assign(facts.blocks, facts.amounts, "flanders", "en", CATALOGUE, "highly-qualified")
    return (time.perf_counter() - started) * 1000


def assignment_share(pages: list[str], repeat: int = 5) -> tuple[float, float]:
    """Extraction and assignment times (ms, summed over the pages, best of `repeat` each),
    measured side by side in one process: the ratio holds on a busy machine."""
    extracting = assigning = 0.0
    for html in pages:
        best_extract = best_assign = float("inf")
        for _ in range(repeat):
            clear_caches()
            clear_text_memos()
            started = time.perf_counter()
            facts = extract(html)
            middle = time.perf_counter()
            assign(facts.blocks, facts.amounts, "flanders", "en", CATALOGUE, "highly-qualified")
            ended = time.perf_counter()
            best_extract = min(best_extract, middle - started)
            best_assign = min(best_assign, ended - middle)
        extracting += best_extract * 1000
        assigning += best_assign * 1000
    return extracting, assigning


def main() -> None:
    sources = [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*.html"))]
    if not sources:
        sys.exit("no pages in tests/devset")
    extract(sources[0])  # compile the patterns once, as a long-running process does
    realistic = [padded(html) for html in sources]
    sizes = [len(h.encode()) / 1024 for h in realistic]
    times = timed(realistic)
    heavy = content_heavy(sources)
    heavy_ms = min(_once(heavy) for _ in range(5))
    print(f"realistic pages: {len(realistic)}, {statistics.mean(sizes):.0f} KB on average")
    print(
        f"  per page: median {statistics.median(times):.1f} ms, "
        f"p90 {sorted(times)[int(len(times) * 0.9)]:.1f} ms, max {max(times):.1f} ms"
    )
    print(f"content-heavy page: {len(heavy.encode()) / 1024:.0f} KB of guidance: {heavy_ms:.1f} ms")
    if CATALOGUE is not None:
        for name, pages in (("realistic pages", realistic), ("content-heavy page", [heavy])):
            extracting, assigning = assignment_share(pages)
            print(
                f"{name}: extraction {extracting:.1f} ms, rule assignment {assigning:.1f} ms "
                f"(+{assigning / extracting:.1%})"
            )


if __name__ == "__main__":
    main()
