"""Dev-set pages for tests that run the extractor over real pages without measuring it.

Only the tuning part of tests/devset/split.yaml: a failing assertion prints the facts it
compared, and the check part's are never shown to anyone who tunes.
"""

from __future__ import annotations

from pathlib import Path

import yaml

DEVSET = Path(__file__).parent / "devset"


def tuning_pages(count: int) -> list[Path]:
    """The `count` tuning pages with the most labelled amounts (ties by id).

    Chosen by weight, not by name: when a check part is released to tuning its pages join
    the list, and the first pages by name changed (12 pages fell from 100 amounts to 88),
    while the heaviest pages only get heavier, so a test's "a real workload" bound holds.
    """
    ids = yaml.safe_load((DEVSET / "split.yaml").read_text(encoding="utf-8"))["tuning"]
    weighed = []
    for page_id in ids:
        html, gold = DEVSET / f"{page_id}.html", DEVSET / f"{page_id}.yaml"
        if html.exists():
            amounts = yaml.safe_load(gold.read_text(encoding="utf-8")).get("amounts") or []
            weighed.append((-len(amounts), page_id, html))
    return [html for _, _, html in sorted(weighed)[:count]]
