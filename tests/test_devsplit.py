"""The dev-set split: every page in exactly one part, new pages drawn by seed, placed pages
never moved (the check part must stay untouched by tuning)."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import evaluate_parts  # noqa: E402
from devsplit import Split, SplitError, checked, dump, load, released  # noqa: E402
from split_devset import main as split_main  # noqa: E402


def _devset(tmp_path: Path, ids: list[str], split: Split) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for page_id in ids:
        (tmp_path / f"{page_id}.yaml").write_text("source: {id: x, lang: en}\n")
        (tmp_path / f"{page_id}.html").write_text("<main><p>nothing</p></main>")
    dump(split, tmp_path / "split.yaml")
    return tmp_path


def test_the_repository_split_names_every_page_once():
    split = checked(load())
    assert not set(split.tuning) & set(split.check)


def test_new_pages_are_drawn_by_seed_and_placed_pages_never_move(tmp_path):
    old_tuning, old_check = ["t-1", "t-2", "t-3"], ["c-1"]
    new = [f"new-{i:02d}" for i in range(30)]
    results = []
    for run in ("a", "b"):
        devset = _devset(
            tmp_path / run, old_tuning + old_check + new, Split(1, "x", old_tuning, old_check)
        )
        assert split_main(["--seed", "7", "--check-min", "12", "--devset", str(devset)]) == 0
        results.append(load(devset / "split.yaml"))
    first, second = results
    assert (first.tuning, first.check) == (second.tuning, second.check)  # deterministic
    assert set(old_tuning) <= set(first.tuning) and set(old_check) <= set(first.check)
    assert len(first.check) == 1 + 15  # half of the 30 new ones beats the 11 still needed
    assert sorted(first.tuning + first.check) == sorted(old_tuning + old_check + new)
    assert first.seed == 7 and "random.Random(7)" in first.method
    other = _devset(
        tmp_path / "c", old_tuning + old_check + new, Split(1, "x", old_tuning, old_check)
    )
    split_main(["--seed", "8", "--check-min", "12", "--devset", str(other)])
    assert load(other / "split.yaml").check != first.check  # the seed decides the draw


def test_a_second_run_places_only_the_pages_added_since(tmp_path):
    devset = _devset(tmp_path, [f"p-{i}" for i in range(10)], Split(1, "x", [], []))
    split_main(["--seed", "3", "--check-min", "4", "--devset", str(devset)])
    before = load(devset / "split.yaml")
    for page_id in ("q-1", "q-2"):
        (devset / f"{page_id}.yaml").write_text("source: {id: x, lang: en}\n")
        (devset / f"{page_id}.html").write_text("<main></main>")
    split_main(["--seed", "3", "--check-min", "4", "--devset", str(devset)])
    after = load(devset / "split.yaml")
    assert set(before.check) <= set(after.check) and set(before.tuning) <= set(after.tuning)
    assert {"q-1", "q-2"} <= set(after.check) | set(after.tuning)


def test_too_few_new_pages_for_the_check_part_writes_nothing(tmp_path):
    devset = _devset(tmp_path, ["a", "b"], Split(1, "x", [], []))
    before = (devset / "split.yaml").read_text()
    assert split_main(["--seed", "1", "--check-min", "40", "--devset", str(devset)]) == 2
    assert (devset / "split.yaml").read_text() == before


def test_a_page_missing_from_the_split_is_an_error(tmp_path):
    devset = _devset(tmp_path, ["a", "b"], Split(1, "x", ["a"], []))
    with pytest.raises(SplitError, match="pages not in the split: b"):
        evaluate_parts(devset)


def test_retiring_the_check_part_moves_it_to_tuning_and_records_why(tmp_path):
    devset = _devset(
        tmp_path, ["t-1", "c-1", "c-2", "n-1", "n-2"], Split(5, "x", ["t-1"], ["c-1", "c-2"])
    )
    note = "read amounts 0.85; released for tuning"
    assert (
        split_main(
            [
                "--seed",
                "5",
                "--check-min",
                "2",
                "--check-share",
                "1.0",
                "--retire-check",
                note,
                "--devset",
                str(devset),
            ]
        )
        == 0
    )
    after = load(devset / "split.yaml")
    assert after.tuning == ["c-1", "c-2", "t-1"]  # the old check part is tuning material now
    assert after.check == ["n-1", "n-2"]  # only pages nobody has seen form the next one
    assert after.history[0].startswith(note) and after.history[1] == "placed earlier: x"
    assert "c-1, c-2" in after.history[0]
    # a later placement keeps the history
    (devset / "n-3.yaml").write_text("source: {id: x, lang: en}\n")
    (devset / "n-3.html").write_text("<main></main>")
    split_main(["--seed", "5", "--check-min", "0", "--devset", str(devset)])
    latest = load(devset / "split.yaml")
    assert latest.history[: len(after.history)] == after.history
    assert latest.history[-1] == f"placed earlier: {after.method}"  # no placement forgotten
    assert "n-3" in latest.tuning + latest.check


def test_releasing_part_of_the_check_part_keeps_the_rest_unseen(tmp_path):
    devset = _devset(
        tmp_path, ["t-1", "c-1", "c-2", "d-1"], Split(5, "x", ["t-1"], ["c-1", "c-2", "d-1"])
    )
    (tmp_path / "older.txt").write_text("c-1\nc-2\n")
    args = ["--seed", "5", "--check-min", "1", "--retire-check", "part 10 read; released"]
    assert (
        split_main([*args, "--retire-only", str(tmp_path / "older.txt"), "--devset", str(devset)])
        == 0
    )
    after = load(devset / "split.yaml")
    assert after.tuning == ["c-1", "c-2", "t-1"] and after.check == ["d-1"]
    assert released(after) == ["c-1", "c-2"]  # the halves are drawn from the released pages only
    # a page that is not in the check part cannot be released by mistake
    (tmp_path / "wrong.txt").write_text("t-1\n")
    assert (
        split_main([*args, "--retire-only", str(tmp_path / "wrong.txt"), "--devset", str(devset)])
        == 2
    )
    assert load(devset / "split.yaml").check == ["d-1"]  # and nothing was written


def test_nothing_to_place_keeps_the_method_on_record(tmp_path):
    devset = _devset(
        tmp_path, ["t-1", "c-1"], Split(5, "the first split, by hand", ["t-1"], ["c-1"])
    )
    split_main(["--seed", "5", "--check-min", "0", "--devset", str(devset)])
    assert load(devset / "split.yaml").method == "the first split, by hand"
