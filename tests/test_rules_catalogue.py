"""Loading rules.yaml: a broken catalogue names line, rule and field, and nothing runs."""

import subprocess
import sys
from pathlib import Path

import pytest

from rules.catalogue import CatalogueError, load_catalogue, parse_catalogue

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
rules:
  - id: au_pair.pocket_money
    family: au_pair
    labels: {en: Au pair pocket money, nl: Au pair zakgeld, fr: Argent de poche, de: Taschengeld}
    kind: money
    unit: EUR
    per: month
    description: The host family pays at least EUR 450 a month.
    cues:
      sentence: {en: [pocket money], nl: [zakgeld], fr: [argent de poche], de: [taschengeld]}
    range: [300, 800]
    bounds: [min, exact]
  - id: au_pair.max_stay
    family: au_pair
    labels: {en: Au pair stay, nl: Au pair verblijf, fr: Séjour au pair, de: Au-pair Dauer}
    kind: duration
    unit: years
    per: null
    description: An au pair stays at most one year.
    cues:
      sentence: {en: [valid], nl: [geldig], fr: [valable], de: [gültig]}
    also_units: [months]
    range: [0.5, 2]
"""


def problems(text: str) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(text, where="rules.yaml")
    return caught.value.problems


def test_a_valid_catalogue_loads_with_its_rules():
    catalogue = parse_catalogue(GOOD)
    money = catalogue.by_id["au_pair.pocket_money"]
    assert (money.kind, money.unit, money.per, money.range) == ("money", "EUR", "month", (300, 800))
    assert money.cues.sentence.of("fr") == ("argent de poche",)
    assert catalogue.by_id["au_pair.max_stay"].units == ("years", "months")
    assert len(catalogue.digest) == 64


def test_the_bundled_catalogue_is_valid_and_holds_the_public_core_ids():
    catalogue = load_catalogue(ROOT / "rules.yaml")
    assert len(catalogue.rules) >= 40
    core = {
        "single_permit.highly_qualified.salary_min",
        "single_permit.highly_qualified.salary_min_reduced",
        "single_permit.highly_qualified.reduced_age_limit",
        "single_permit.executive.salary_min",
        "single_permit.salary_min_monthly",
        "blue_card.salary_min",
        "au_pair.pocket_money",
        "au_pair.age",
        "au_pair.hours_per_day",
        "au_pair.hours_per_week",
        "professional_card.fee",
        "student.work_hours_per_week",
    }
    assert core <= set(catalogue.by_id)


def test_unknown_kind_names_line_rule_and_field():
    assert problems(GOOD.replace("kind: money", "kind: cash")) == [
        "rules.yaml:5: rule 'au_pair.pocket_money', field 'kind': Input should be 'money', "
        "'age', 'duration', 'hours', 'size', 'percent', 'count' or 'date' (got 'cash')"
    ]


def test_a_unit_foreign_to_the_kind_is_an_error():
    (problem,) = problems(GOOD.replace("unit: EUR", "unit: days"))
    assert problem.startswith("rules.yaml:6: rule 'au_pair.pocket_money', field 'unit'")
    assert "unit 'days' is not a unit of kind 'money'" in problem


def test_a_range_upside_down_is_an_error():
    (problem,) = problems(GOOD.replace("range: [300, 800]", "range: [800, 300]"))
    assert "rule 'au_pair.pocket_money'" in problem
    assert "the low end 800 is above the high end 300" in problem


def test_a_language_without_sentence_cues_is_an_error():
    text = GOOD.replace("fr: [argent de poche], ", "")
    (problem,) = problems(text)
    assert problem.startswith("rules.yaml:10: rule 'au_pair.pocket_money', field 'cues.sentence'")
    assert "no sentence cue for fr" in problem


def test_a_missing_label_names_the_field():
    (problem,) = problems(GOOD.replace(", de: Taschengeld}", "}"))
    assert problem.startswith("rules.yaml:4: rule 'au_pair.pocket_money', field 'labels.de'")


def test_duplicate_id_points_at_both_lines():
    text = GOOD.replace("id: au_pair.max_stay", "id: au_pair.pocket_money")
    assert problems(text) == [
        "rules.yaml:13: rule 'au_pair.pocket_money', field 'id': duplicate id "
        "(first defined at line 2)"
    ]


def test_an_id_that_is_not_dotted_is_an_error():
    (problem,) = problems(GOOD.replace("id: au_pair.max_stay", "id: Au Pair Stay"))
    assert problem.startswith("rules.yaml:13: rule 'Au Pair Stay', field 'id'")


def test_every_problem_is_told_at_once():
    text = GOOD.replace("kind: money", "kind: cash").replace("per: null", "per: fortnight")
    assert [p.split(":")[1] for p in problems(text)] == ["5", "18"]


def test_text_that_is_not_yaml_names_its_line():
    (problem,) = problems("rules:\n  - id: [unclosed\n")
    assert problem.startswith("rules.yaml:")
    assert "not valid YAML" in problem


def test_a_broken_catalogue_stops_sources_check_with_exit_2(tmp_path):
    (tmp_path / "rules.yaml").write_text(GOOD.replace("kind: money", "kind: cash"))
    (tmp_path / "sources.yaml").write_text((ROOT / "sources.yaml").read_text())
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "sources", "check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 2
    assert "rules.yaml:5: rule 'au_pair.pocket_money', field 'kind'" in done.stderr


def test_a_cue_that_does_not_start_with_a_letter_or_digit_is_an_error():
    (problem,) = problems(GOOD.replace("de: [taschengeld]", 'de: ["(taschengeld"]'))
    assert problem.startswith("rules.yaml:10: rule 'au_pair.pocket_money', field 'cues.sentence'")
    assert "a cue word must start with a letter or digit: '(taschengeld'" in problem
