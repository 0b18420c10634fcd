"""`rule_conflicts` (migration 012) counts instead of pairing statements: it must name exactly
the statements the pairwise definition of migration 008 names, whatever the mix of years,
units, rates, bounds, nulls, closed rows and second figures on one page."""

import random

import pytest

from warehouse import schema

# Migration 008's definition, kept here as the reference the counting view must match.
PAIRWISE = """
WITH stated AS (
    SELECT rule_id, jurisdiction, effective_from, year(effective_from) AS effective_year,
           source_id, lang, grp, value, value_max, unit, per, bound, quote, url, fact_id
    FROM current_amounts
    WHERE rule_id IS NOT NULL
)
SELECT s.rule_id, s.jurisdiction, s.effective_from, s.source_id, s.lang, s.grp, s.value,
       s.value_max, s.unit, s.per, s.bound, s.quote, s.url, s.fact_id
FROM stated s
WHERE EXISTS (
    SELECT 1 FROM stated o
    WHERE o.rule_id = s.rule_id AND o.jurisdiction = s.jurisdiction
      AND o.effective_year IS NOT DISTINCT FROM s.effective_year
      AND o.unit IS NOT DISTINCT FROM s.unit AND o.per IS NOT DISTINCT FROM s.per
      AND o.bound = s.bound AND o.source_id <> s.source_id
      AND (o.value IS DISTINCT FROM s.value OR o.value_max IS DISTINCT FROM s.value_max)
)
ORDER BY ALL
"""
INSERT_AMOUNT = """
INSERT INTO amounts (fact_id, slot, source_id, kind, value, value_max, unit, per, bound, quote,
                     content_sha256, valid_from_run, valid_to_run, rule_id, jurisdiction,
                     effective_from)
VALUES (?, ?, ?, 'money', ?, ?, ?, ?, ?, ?, 'x', 1, ?, ?, ?, ?)
"""


def statements(con, seed: int, rows: int = 160) -> None:
    """Amounts drawn from small domains, so that every kind of tie and null occurs."""
    draw = random.Random(seed)
    pages = [f"p{i}" for i in range(5)]
    for page in pages:
        con.execute(
            "INSERT INTO sources (source_id, publisher, lang, grp, url) VALUES (?, ?, ?, ?, ?)",
            [page, "federal", draw.choice(["en", "fr"]), draw.choice([None, "g"]), f"u/{page}"],
        )
    for i in range(rows):
        con.execute(
            INSERT_AMOUNT,
            [
                f"f{i}",
                f"s{i}",
                draw.choice(pages),
                draw.choice([450.0, 460.0, None]),
                draw.choice([None, None, 900.0]),
                draw.choice(["EUR", "EUR", None]),
                draw.choice(["month", "month", None]),
                draw.choice(["min", "max", "exact"]),
                f"quote {i}",
                draw.choice([None, None, None, 2]),  # a closed row is no statement today
                draw.choice(["au_pair.pocket_money", "blue_card.salary_min", None]),
                draw.choice(["flanders", "brussels", None]),
                draw.choice([None, "2025-01-01", "2025-07-01", "2026-01-01"]),
            ],
        )


@pytest.mark.parametrize("seed", range(6))
def test_counting_view_names_the_same_statements_as_pairing_them(tmp_path, seed):
    con = schema.connect(tmp_path / "w.duckdb")
    try:
        statements(con, seed)
        expected = con.execute(PAIRWISE).fetchall()
        assert expected, "the draw made no disagreement: the comparison would prove nothing"
        assert con.execute("SELECT * FROM rule_conflicts ORDER BY ALL").fetchall() == expected
    finally:
        con.close()


def test_a_second_figure_on_the_same_page_is_no_conflict(tmp_path):
    con = schema.connect(tmp_path / "w.duckdb")
    try:
        con.execute(
            "INSERT INTO sources (source_id, publisher, lang, url) VALUES "
            "('a', 'federal', 'en', 'u/a'), ('b', 'federal', 'fr', 'u/b')"
        )
        for i, (page, value) in enumerate([("a", 450.0), ("a", 460.0), ("b", 450.0)]):
            con.execute(
                INSERT_AMOUNT,
                [f"f{i}", f"s{i}", page, value, None, "EUR", "month", "min", "q", None,
                 "au_pair.pocket_money", "flanders", None],
            )  # fmt: skip
        rows = con.execute("SELECT source_id, value FROM rule_conflicts ORDER BY ALL").fetchall()
        # b's 450 disagrees with a's 460, and a's 460 with b's 450; a's 450 agrees with b
        assert rows == [("a", 460.0), ("b", 450.0)]
    finally:
        con.close()
