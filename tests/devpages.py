"""Dev-set pages for tests that run the extractor over real pages without measuring it.

Only the tuning part of tests/devset/split.yaml: a failing assertion prints the facts it
compared, and the check part's are never shown to anyone who tunes.
"""

from __future__ import annotations

from pathlib import Path

import yaml

DEVSET = Path(__file__).parent / "devset"


def tuning_pages(count: int) -> list[Path]:
    """The first `count` HTML pages of the tuning part, in the split's order."""
    ids = yaml.safe_load((DEVSET / "split.yaml").read_text(encoding="utf-8"))["tuning"]
    return [p for p in (DEVSET / f"{i}.html" for i in ids) if p.exists()][:count]
