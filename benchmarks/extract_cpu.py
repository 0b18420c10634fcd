"""What a cold night pays per page to extract: CPU ms of `parsers.extract` per page over the
pages `run.py` serves (`corpus.page`, seed 1), best of a few rounds, on one core.

    .venv/bin/python benchmarks/extract_cpu.py [--pages 300] [--rounds 3]

Issue 16's cold night is set by this figure: at ~11 ms a page, 1,000 pages are ~5.5 s of
extraction on two cores against a bare fetch-and-parse loop of ~1.2 s. A tuning round that
adds patterns asked of every sentence shows here first; compare two commits interleaved
(run it from each checkout in turn), since the figure moves by ~5 % with the machine's load.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

from parsers.extract import extract  # noqa: E402


def measure(pages: list[str], rounds: int) -> list[float]:
    """CPU ms per page of each round (after a warm-up over the first 20 pages)."""
    for page in pages[:20]:
        extract(page)
    figures = []
    for _ in range(rounds):
        start = time.process_time()
        for page in pages:
            extract(page)
        figures.append(1000 * (time.process_time() - start) / len(pages))
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    figures = measure([corpus.page(1, i) for i in range(args.pages)], args.rounds)
    print(
        f"extract CPU ms/page over {args.pages} corpus pages: "
        + " ".join(f"{f:.2f}" for f in figures)
        + f"; best {min(figures):.2f}"
    )


if __name__ == "__main__":
    main()
