"""The Prefect artifacts of a big night: cut at a line, saying where the rest is."""

from __future__ import annotations

from reports.glance import glance


def table(rows: int) -> str:
    return "| source | outcome |\n|---|---|\n" + "".join(
        f"| federal-{i:05d} | changed |\n" for i in range(rows)
    )


def test_a_text_that_fits_is_the_artifact_unchanged():
    text = table(10)
    assert glance(text, "reports/out/7/fetches.md", limit=len(text)) == text


def test_a_long_table_keeps_whole_rows_and_names_the_file_with_the_rest():
    text = table(5000)
    out = glance(text, "reports/out/7/fetches.md", limit=10_000)
    kept, note = out.rsplit("\n\n", 1)
    rows = kept.splitlines()
    assert len(out) < 10_200
    assert all(row.startswith("|") and row.endswith("|") for row in rows)  # no half row
    assert text.startswith(kept + "\n")
    left = 5000 + 2 - len(rows)
    assert note == (
        f"*Cut here: {left:,} more lines ({(len(text) - len(kept) - 1) / 1000:,.0f} KB) "
        "are in the whole text, reports/out/7/fetches.md.*\n"
    )


def test_a_code_block_cut_open_is_closed_before_the_note():
    text = "# Run 7\n\n```\n" + "quoted line\n" * 1000 + "```\n\nafter\n"
    out = glance(text, "report.md", limit=500)
    body = out.rsplit("\n\n", 1)[0]
    assert sum(line.startswith("```") for line in body.splitlines()) == 2
    assert out.endswith("the whole text, report.md.*\n")
