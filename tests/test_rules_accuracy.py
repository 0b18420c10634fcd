"""The rules layer must not get worse on the labelled development set.

The figures (per rule family, tuning and held-out pages apart) are pinned in
tests/devset/rules_baseline.json by
`.venv/bin/python benchmarks/rules_accuracy.py --update-baseline`; a change that lowers any
of them by more than half a point fails here. Improve, then pin again.
"""

import json
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from rules_accuracy import BASELINE, HOLDOUT, evaluate, figures  # noqa: E402

TOLERANCE = 0.005


@pytest.fixture(scope="module")
def parts():
    return evaluate()


def test_every_pinned_figure_holds(parts):
    now = figures(parts)
    pinned = json.loads(BASELINE.read_text())
    worse = {
        name: (pinned[name][measure], now.get(name, {}).get(measure))
        for name in pinned
        for measure in ("precision", "recall")
        if now.get(name, {}).get(measure, 0) < pinned[name][measure] - TOLERANCE
    }
    assert worse == {}, f"pinned -> now: {worse}"


def test_a_third_of_the_labelled_pages_is_held_out_and_every_amount_is_labelled(parts):
    held = yaml.safe_load(HOLDOUT.read_text())["pages"]
    pages = sorted(p.stem for p in (ROOT / "tests" / "devset").glob("*.html"))
    assert set(held) <= set(pages) and len(held) * 3 >= len(pages) - 2
    assert parts["held-out"].pages == len(held)
    for page in pages:
        gold = yaml.safe_load((ROOT / "tests" / "devset" / f"{page}.yaml").read_text())
        for row in gold.get("amounts") or []:
            assert {"rule", "jurisdiction", "effective_from"} <= set(row), (page, row["quote"])
