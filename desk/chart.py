"""A fact's values over time as SVG, drawn by matplotlib's SVG backend on the server.

Each point is a link (matplotlib writes `<a xlink:href>` around a marker given a url) to
the change that told that value, or to the page as stored in that run. No script: the SVG
is inlined in the page, and the browser needs nothing but HTML.
"""

from __future__ import annotations

import io
from datetime import datetime

from matplotlib.figure import Figure

# Figure() without pyplot: no global state and no GUI backend, safe in a server's threads.


def fact_chart(points: list[dict], unit: str | None) -> str:
    """`points`: run_id, finished_at, value, value_max, label, href; returns an <svg> element.

    The x axis is the run (labelled with its date): nights are evenly spaced whatever the
    clock said, and two runs on one day stay apart.
    """
    drawn = [p for p in points if p.get("value") is not None]
    fig = Figure(figsize=(7.5, 3.2), dpi=96)
    ax = fig.add_subplot()
    if drawn:
        xs = [p["run_id"] for p in drawn]
        ys = [p["value"] for p in drawn]
        ax.step(xs, ys, where="post", color="#1f5f99", linewidth=1.6)
        for p, x, y in zip(drawn, xs, ys, strict=True):
            marker = ax.plot([x], [y], "o", color="#1f5f99", markersize=8)[0]
            marker.set_url(p.get("href"))
            if p.get("value_max") is not None:
                ax.vlines(x, y, p["value_max"], color="#1f5f99", alpha=0.4, linewidth=4)
            ax.annotate(
                p.get("label") or "",
                (x, y),
                textcoords="offset points",
                xytext=(0, 9),
                ha="center",
                fontsize=8,
                parse_math=False,  # a "$" in scraped text is text, not TeX
            )
        ax.set_xticks(xs, [_tick(p) for p in drawn], fontsize=8)
        low, high = min(ys), max(p.get("value_max") or p["value"] for p in drawn)
        pad = (high - low) * 0.25 or abs(high) * 0.1 or 1
        ax.set_ylim(low - pad, high + pad)
        ax.margins(x=0.2)  # room for the first and last labels
    else:
        ax.text(0.5, 0.5, "no numeric value to draw", ha="center", transform=ax.transAxes)
    ax.set_ylabel(unit or "")
    ax.grid(True, alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out = io.StringIO()
    fig.savefig(out, format="svg", metadata={"Date": None})
    svg = out.getvalue()
    return svg[svg.index("<svg") :]  # drop the XML prolog and DOCTYPE: inlined in HTML


def _tick(point: dict) -> str:
    at = point.get("finished_at")
    day = f"\n{at:%d %b %Y}" if isinstance(at, datetime) else ""
    return f"run {point['run_id']}{day}"
