"""The second-labeller benchmark: agreement is counted with the extraction benchmark's own
matching, and the extractors are scored on the rows both labellers wrote."""

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from agreement import agreed, evaluate  # noqa: E402
from devsplit import Split, dump  # noqa: E402

PAGE = """<html><body><main>
<p>The au pair is at least 18 years old.</p>
<p>The host family pays at least € 450 a month.</p>
<ul><li>The host family must take out medical insurance for the au pair.</li></ul>
</main></body></html>"""


def _row(value, unit, per, kind="money", bound="min", quote="x"):
    return {"kind": kind, "value": value, "value_max": None, "unit": unit, "per": per,
            "bound": bound, "date": None, "quote": quote}  # fmt: skip


AGE = _row(18, "years", None, kind="age", quote="at least 18 years")
PAY = _row(450, "EUR", "month", quote="€ 450 a month")
WRONG = _row(45, "EUR", "month", quote="€ 45")  # a slip of the second labeller
INSURANCE = {"kind": "requirement", "text": "The host family must take out medical insurance "
             "for the au pair."}  # fmt: skip
EXTRA = {"kind": "requirement", "text": "The au pair is at least 18 years old."}


def test_the_agreed_rows_are_those_both_labellers_wrote():
    first = {"amounts": [AGE, PAY], "conditions": [INSURANCE]}
    second = {"amounts": [AGE, WRONG], "conditions": [EXTRA, dict(INSURANCE, text=INSURANCE[
        "text"].replace("medical ", ""))]}  # fmt: skip
    both = agreed(first, second)
    assert both["amounts"] == [AGE]  # 450 vs 45: no agreement, so no gold row either way
    assert both["conditions"] == [INSURANCE]  # the same requirement in nearly the same words


def test_agreement_and_the_extractors_are_reported_per_part(tmp_path):
    source = {"id": "p", "publisher": "federal", "lang": "en", "url": None, "select": "main"}
    (tmp_path / "p.html").write_text(PAGE)
    (tmp_path / "p.yaml").write_text(
        yaml.safe_dump({"source": source, "amounts": [AGE, PAY], "conditions": [INSURANCE]})
    )
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / "p.yaml").write_text(
        yaml.safe_dump({"source": source, "amounts": [AGE, WRONG], "conditions": [INSURANCE]})
    )
    dump(Split(1, "x", [], ["p"]), tmp_path / "split.yaml")
    readings = evaluate(tmp_path)["check"]
    between = readings["second vs first"]
    amounts = between.total(between.amounts_by_kind)
    assert (amounts.tp, amounts.fp, amounts.fn) == (1, 1, 1)  # one shared, one each apart
    conditions = between.total(between.conditions_by_kind)
    assert (conditions.tp, conditions.fp, conditions.fn) == (1, 0, 0)
    on_agreed = readings["extractors vs agreed"]
    assert (
        on_agreed.total(on_agreed.amounts_by_kind).tp
        + on_agreed.total(on_agreed.amounts_by_kind).fn
        == 1
    )  # only the age is gold here
    assert "tuning" not in evaluate(tmp_path)  # a part without twice-labelled pages is left out


def test_a_list_of_pages_is_read_as_one_part_of_its_own(tmp_path):
    """`--pages`: one batch of the check part read apart (check parts 13 and 14 are read
    before and after a round each), with the same three readings."""
    source = {"id": "p", "publisher": "federal", "lang": "en", "url": None, "select": "main"}
    for page_id in ("p", "q"):
        (tmp_path / f"{page_id}.html").write_text(PAGE)
        (tmp_path / f"{page_id}.yaml").write_text(yaml.safe_dump(
            {"source": dict(source, id=page_id), "amounts": [AGE, PAY], "conditions": []}
        ))  # fmt: skip
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / "q.yaml").write_text(
        yaml.safe_dump({"source": source, "amounts": [AGE], "conditions": []})
    )
    dump(Split(1, "x", ["p"], ["q"]), tmp_path / "split.yaml")
    readings = evaluate(tmp_path, pages={"batch": ["p", "q"]})
    assert list(readings) == ["batch"]  # one part, named as asked; p has no second labels
    between = readings["batch"]["second vs first"]
    assert between.pages == 1
    amounts = between.total(between.amounts_by_kind)
    assert (amounts.tp, amounts.fp, amounts.fn) == (1, 0, 1)  # the second missed the pay
