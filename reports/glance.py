"""A Prefect artifact is a glance at a run, not its archive: long Markdown is cut at a line.

A cold night of 5,000 pages told 5,105 changes: its Markdown report was 2.96 MB and its
fetch table 253 KB. Prefect's UI does not page an artifact, and its server refuses to
publish events over 1.5 MB. The whole text is on disk beside the report (`report.md`,
`fetches.md`); the cut artifact ends by saying where, and how much it left out.
"""

from __future__ import annotations

ARTIFACT_CHARS = 200_000  # a cold night of 1,000 pages: fetch table ~50 KB, kept whole
FENCE = "```"


def glance(markdown: str, whole: str, limit: int = ARTIFACT_CHARS) -> str:
    """`markdown` whole when it fits in `limit` characters, else its first lines that do,
    an open code block closed, and a last line naming `whole` (a path or a link)."""
    if len(markdown) <= limit:
        return markdown
    cut = markdown.rfind("\n", 0, limit) + 1  # 0 when even the first line is too long
    head = markdown[:cut]
    left = markdown[cut:]
    fences = sum(1 for line in head.splitlines() if line.lstrip().startswith(FENCE))
    if fences % 2:
        head += FENCE + "\n"
    lines = left.count("\n") + (0 if left.endswith("\n") else 1)
    return (
        f"{head}\n*Cut here: {lines:,} more lines ({len(left) / 1000:,.0f} KB) are in the whole "
        f"text, {whole}.*\n"
    )
