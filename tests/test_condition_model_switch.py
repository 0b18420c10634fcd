"""`benchmarks/accuracy.py --condition-model on|off`: the lead reads a part with a candidate
export switched on without editing code, and the shipped switch is left as it was."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402

from parsers import condition_model  # noqa: E402
from tests.test_condition_model import SURE_OF_POCKET  # noqa: E402

# Our own page: one requirement the rules read (an obligation word), one sentence they do not
# (no obligation word) that the gold counts as a requirement, and that SURE_OF_POCKET adds.
PAGE = (
    "<html><body><main><h2>Notes</h2>"
    "<p>The employer must declare the worker before the first day of work.</p>"
    "<p>The pocket money of EUR 450 is paid to the au pair each month.</p>"
    "</main></body></html>"
)
GOLD = {
    "source": {"lang": "en", "url": "https://example.org/au-pair"},
    "amounts": [],
    "conditions": [
        {
            "kind": "requirement",
            "text": "The employer must declare the worker before the first day of work.",
        },
        {
            "kind": "requirement",
            "text": "The pocket money of EUR 450 is paid to the au pair each month.",
        },
    ],
}


@pytest.fixture
def devset(tmp_path, monkeypatch):
    (tmp_path / "au-pair-en.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "au-pair-en.yaml").write_text(yaml.safe_dump(GOLD), encoding="utf-8")
    (tmp_path / "split.yaml").write_text(
        yaml.safe_dump({"seed": 1, "method": "by hand", "tuning": ["au-pair-en"], "check": []}),
        encoding="utf-8",
    )
    monkeypatch.setattr(condition_model, "load", lambda *_: SURE_OF_POCKET)
    monkeypatch.setattr(condition_model, "ENABLED", condition_model.ENABLED)  # restored after
    return tmp_path


def conditions_recall(output: str) -> float:
    """The recall of the tuning part's conditions, from the printed tables."""
    tables = output.split("conditions by kind", 1)[1]
    line = next(row for row in tables.splitlines() if row.strip().startswith("ALL"))
    return float(line.split()[-1])


def test_on_reads_with_the_model_and_off_with_the_rules_alone(devset, capsys):
    accuracy.main(["--condition-model", "off"], devset)
    off = capsys.readouterr().out
    accuracy.main(["--condition-model", "on"], devset)
    on = capsys.readouterr().out
    assert off.startswith("condition model: off")
    assert on.startswith("condition model: on (condition_model.json: union, t 0.5, 1 weights)")
    assert conditions_recall(off) == 0.5
    assert conditions_recall(on) == 1.0


@pytest.mark.parametrize("shipped", [False, True])
def test_without_the_flag_the_shipped_switch_decides(devset, capsys, shipped):
    condition_model.ENABLED = shipped  # the fixture puts the shipped value back afterwards
    accuracy.main([], devset)
    output = capsys.readouterr().out
    assert output.startswith(f"condition model: {'on' if shipped else 'off'}")
    assert conditions_recall(output) == (1.0 if shipped else 0.5)


def test_the_baseline_is_never_pinned_with_the_switch_turned(devset, capsys):
    pinned = accuracy.BASELINE.read_bytes()
    turned = "off" if condition_model.ENABLED else "on"
    with pytest.raises(SystemExit):
        accuracy.main(["--condition-model", turned, "--update-baseline"], devset)
    assert "pins the shipped reading" in capsys.readouterr().err
    assert accuracy.BASELINE.read_bytes() == pinned
