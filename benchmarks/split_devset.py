"""Place every dev-set page not yet in tests/devset/split.yaml, by a seeded random draw.

    .venv/bin/python benchmarks/split_devset.py --seed 20261206 --check-min 40

Pages already placed never move (the check part stays untouched by tuning); the draw is
reproducible from the seed and the ids, and is recorded in the file's `method` line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devsplit import (  # noqa: E402
    DEVSET,
    SPLIT,
    SplitError,
    assign,
    dump,
    load,
    page_ids,
    retire_check,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--check-min", type=int, default=40, help="pages the check part needs")
    parser.add_argument(
        "--check-share", type=float, default=0.5, help="share of new pages that go to check"
    )
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument(
        "--retire-check",
        metavar="NOTE",
        help="first release the current check part to tuning, recording NOTE (date, figures)",
    )
    parser.add_argument(
        "--retire-only",
        metavar="IDS_FILE",
        type=Path,
        help="with --retire-check: release only the check pages listed in this file, one per line",
    )
    args = parser.parse_args(argv)
    if args.retire_only and not args.retire_check:
        parser.error("--retire-only needs --retire-check NOTE")
    path = args.devset / SPLIT.name
    try:
        before = load(path)
        only = None
        if args.retire_only:
            only = [
                line.strip() for line in args.retire_only.read_text().splitlines() if line.strip()
            ]
        start = retire_check(before, args.retire_check, only) if args.retire_check else before
        after = assign(start, page_ids(args.devset), args.seed, args.check_min, args.check_share)
    except (SplitError, OSError) as error:
        print(f"split_devset: {error}", file=sys.stderr)
        return 2
    dump(after, path)
    print(
        f"{path}: tuning {len(before.tuning)} -> {len(after.tuning)}, "
        f"check {len(before.check)} -> {len(after.check)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
