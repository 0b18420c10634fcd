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


def test_a_third_of_the_labelled_pages_is_held_out_and_labelled_pages_are_wholly_labelled(
    parts,
):
    holdout = yaml.safe_load(HOLDOUT.read_text())
    held = holdout["pages"]
    labelled = []
    for path in sorted((ROOT / "tests" / "devset").glob("*.yaml")):
        gold = yaml.safe_load(path.read_text())
        if not isinstance(gold, dict) or "source" not in gold:
            continue  # the split files
        rows = gold.get("amounts") or []
        filed = [row for row in rows if "rule" in row]
        assert filed in ([], rows), f"{path.stem}: some amounts labelled for rules, not all"
        if filed:
            labelled.append(path.stem)
            assert all({"jurisdiction", "effective_from"} <= set(row) for row in rows)
    assert len(labelled) >= 41
    pages = {p.stem for p in (ROOT / "tests" / "devset").glob("*.yaml")}
    assert set(held) <= pages, "the held-out list names a page the dev set lacks"
    held_labelled = set(held) & set(labelled)  # held pages are drawn before they are labelled
    released = {page for draw in holdout.get("released") or [] for page in draw["pages"]}
    assert not released & set(held), "a released page is still held out"
    # a third held out from the start: a draw released once measured still counts as drawn
    assert len(held_labelled | (released & set(labelled))) * 3 >= len(labelled) - 2
    assert parts["held-out"].pages == len(held_labelled)
    assert parts["tuning"].pages + parts["held-out"].pages == len(labelled)


def test_each_held_out_draw_is_its_own_part_and_a_miscount_is_refused():
    from rules_accuracy import draws

    holdout = {"pages": ["a", "b", "c"], "draws": [
        {"name": "first draw", "pages": 1}, {"name": "check part 2", "pages": 2}]}  # fmt: skip
    assert draws(holdout) == {
        "a": "held-out, first draw",
        "b": "held-out, check part 2",
        "c": "held-out, check part 2",
    }
    holdout["draws"][1]["pages"] = 1
    with pytest.raises(ValueError, match="the draws count 2 pages, the list 3"):
        draws(holdout)


def test_a_draw_is_printed_as_the_page_list_the_other_benchmarks_read(capsys):
    """`--draw NAME` gives the ids `accuracy.py --pages` and `agreement.py --pages` take, so
    a batch of the check part is read apart by a command, not by a list kept by hand."""
    from rules_accuracy import HOLDOUT, main

    holdout = yaml.safe_load(HOLDOUT.read_text(encoding="utf-8"))
    last = holdout["draws"][-1]
    main(["--draw", last["name"]])
    ids = capsys.readouterr().out.split()
    assert ids == holdout["pages"][-last["pages"]:]
    with pytest.raises(SystemExit):
        main(["--draw", "no such draw"])
    assert "no held-out draw 'no such draw'" in capsys.readouterr().err
