"""Exports: the rules as OpenFisca parameters (loaded by openfisca-core), views as Parquet."""

import duckdb
import yaml
from openfisca_core.parameters import load_parameter_file

from reports.export import PARQUET_VIEWS, export_openfisca, export_parquet
from tests.test_rules_warehouse import BC_EN, HQ_NL, con, night  # noqa: F401 (fixture)


def test_openfisca_reads_a_rule_at_a_date_with_the_quote_behind_it(con, tmp_path):  # noqa: F811
    night(con, {"hq-nl": HQ_NL, "bc-en": BC_EN})
    written = export_openfisca(con, tmp_path / "parameters")
    assert {p.relative_to(tmp_path / "parameters").as_posix() for p in written} == {
        "flanders/single_permit/highly_qualified/salary_min.yaml",
        "brussels/blue_card/salary_min.yaml",
    }
    tree = load_parameter_file(str(tmp_path / "parameters"))
    threshold = tree.flanders.single_permit.highly_qualified.salary_min
    assert threshold("2025-06-30") == 48912
    assert threshold("2026-03-01") == 50205  # the yearly value, not its monthly equivalent
    assert tree.brussels.blue_card.salary_min("2026-02-01") == 4748
    document = yaml.safe_load(written[0].read_text())
    assert document["metadata"]["unit"] == "currency-EUR"
    assert document["metadata"]["period"] in ("year", "month")
    (reference,) = document["values"][next(iter(document["values"]))]["reference"]
    assert reference["href"].startswith("https://") and reference["quote"]


def test_parquet_has_every_view_and_a_readme(con, tmp_path):  # noqa: F811
    night(con, {"hq-nl": HQ_NL})
    written = export_parquet(con, tmp_path / "pq")
    assert sorted(p.name for p in written) == sorted(
        [f"{name}.parquet" for name in PARQUET_VIEWS] + ["README.md"]
    )
    rows = duckdb.sql(
        f"SELECT value, per FROM '{tmp_path / 'pq' / 'current_rules.parquet'}'"
    ).fetchall()
    assert rows == [(50205.0, "year")]
    assert "`effective_from` DATE" in (tmp_path / "pq" / "README.md").read_text()
