"""A rolling Atom 1.0 feed of change reports: one entry per run, the quiet ones too.

Volunteers subscribe once; a quiet night ("no change in the rules; 56 pages checked") and a
failed one are entries as well, so a pipeline that stopped shows as silence. The feed is
rewritten whole on every update (parse, replace this run's entry, sort, cap) and swapped
in atomically, so a reader never sees half a file and re-rendering a run is harmless.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from markupsafe import Markup, escape

from reports.render import (
    KIND_LABELS,
    PUBLISHER_LABELS,
    entry_title,
    one_line,
    plural,
    report_view,
    safe_url,
    write_atomic,
)

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_ID = "urn:permitwatch:feed"
FEED_TITLE = "permitwatch: changes in the rules for foreign workers in Belgium"
ENTRY_ID = "urn:permitwatch:run:{run_id}"
# The warehouse stores times in UTC without a zone (warehouse/SCHEMA.md); Atom wants an offset.
NAIVE_TIMEZONE = ZoneInfo("UTC")
TOP_CHANGES = 5

log = logging.getLogger(__name__)


def _q(tag: str) -> str:
    """Atom elements are kept unqualified in memory; the root carries xmlns (see _load)."""
    return tag


def _timestamp(value: object) -> str:
    """RFC 3339 with an offset, as Atom requires."""
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            moment = datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=NAIVE_TIMEZONE)
    return moment.isoformat(timespec="seconds")


def _link_href(report_url: str | None) -> str | None:
    """An absolute http(s) URL or a relative path; any other scheme is refused."""
    if report_url is None:
        return None
    if safe_url(report_url):
        return report_url
    parts = urlsplit(report_url)
    if parts.scheme or parts.netloc or not report_url.strip() or report_url != report_url.strip():
        raise ValueError(f"report_url must be an http(s) URL or a relative path: {report_url!r}")
    return report_url


def change_line(change: dict) -> str:
    """'Amount changed (page, section): old → new' on one line, for feeds and alerts."""
    kind = KIND_LABELS.get(change.get("change_kind") or "", change.get("change_kind") or "Change")
    where = change.get("source_id") or "?"
    if change.get("section"):
        where += f", {one_line(change['section'])}"
    old, new = change.get("old_value"), change.get("new_value")
    if old is not None and new is not None:
        what = f"{one_line(old)} → {one_line(new)}"
    else:
        what = one_line(new if new is not None else old)
    return f"{kind} ({where}): {what}" if what else f"{kind} ({where})"


def _counts_line(view: dict) -> str:
    checked = view["sources_checked"] if view["sources_checked"] is not None else "?"
    tail = f"{checked} sources checked, {view['sources_failed']} failed."
    if view["health"] and view["health"] != "ok":
        tail += f" Health {view['health']}: {view['health_reason']}."
    if view["corrections"]:  # only counted here: they are no change of the rules
        tail += f" {plural(len(view['corrections']), 'parser correction')} (not rule changes)."
    if view["text_total"]:  # passages no fact tells: a volunteer reads them in the report
        tail += f" {plural(view['text_total'], 'other text change')} (not read as a rule)."
    if not view["total"]:
        return f"No change in the rules. {tail}"
    sev = ", ".join(f"{n} {name}" for name, n in view["by_severity"].items())
    pubs = ", ".join(f"{PUBLISHER_LABELS.get(p, p)} {n}" for p, n in view["by_publisher"].items())
    return f"{plural(view['total'], 'change')}: {sev}. By publisher: {pubs}. {tail}"


def entry_summary(report: dict) -> str:
    """Plain text: the counts, then the most important changes (they arrive sorted)."""
    view = report_view(report)
    changes = report["changes"]
    lines = [_counts_line(view)]
    lines += [f"- {change_line(c)}" for c in changes[:TOP_CHANGES]]
    if len(changes) > TOP_CHANGES:
        lines.append(f"… and {len(changes) - TOP_CHANGES} more in the report.")
    return "\n".join(lines)


def entry_content(report: dict, href: str | None = None) -> str:
    """The report summary as HTML, every piece escaped (the XML writer escapes it again)."""
    view = report_view(report)
    changes = report["changes"]
    parts = [Markup("<p>{}</p>").format(_counts_line(view))]
    items = Markup("").join(
        Markup("<li><strong>{}</strong> {}</li>").format(
            (c.get("severity") or "").capitalize(), change_line(c)
        )
        for c in changes[:10]
    )
    if items:
        parts.append(Markup("<ul>{}</ul>").format(items))
    if len(changes) > 10:
        parts.append(Markup("<p>… and {} more.</p>").format(len(changes) - 10))
    if view["failed"]:
        failed = Markup("").join(
            Markup("<li>{}: {}</li>").format(f.get("source_id"), f.get("error"))
            for f in view["failed"]
        )
        parts.append(Markup("<p>Pages we could not check:</p><ul>{}</ul>").format(failed))
    if href and safe_url(href):
        parts.append(
            Markup('<p><a href="{}" rel="noopener noreferrer">Read the full report</a></p>').format(
                href
            )
        )
    return str(escape("").join(parts))


def _run_of(entry: ET.Element) -> int:
    """The run number behind an entry id, or -1 for an entry we did not write."""
    text = (entry.findtext(_q("id")) or "").strip()
    prefix = ENTRY_ID.format(run_id="")
    if text.startswith(prefix) and text[len(prefix) :].isdigit():
        return int(text[len(prefix) :])
    return -1


def _load(feed_path: Path) -> ET.Element | None:
    """The existing feed, or None; an unreadable one is kept aside, never silently lost."""
    if not feed_path.exists():
        return None
    try:
        root = ET.parse(feed_path).getroot()
    except ET.ParseError as exc:
        aside = feed_path.with_name(feed_path.name + ".broken")
        feed_path.replace(aside)
        log.warning("feed %s could not be read (%s); moved to %s", feed_path, exc, aside)
        return None
    if root.tag != f"{{{ATOM_NS}}}feed":
        raise ValueError(f"{feed_path} is not an Atom feed (root element {root.tag})")
    # ElementTree cannot write a default namespace with unqualified attributes (href, rel),
    # so Atom names are unqualified in memory and the root declares the namespace itself.
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith(f"{{{ATOM_NS}}}"):
            element.tag = element.tag[len(ATOM_NS) + 2 :]
    root.set("xmlns", ATOM_NS)
    return root


def _entry(report: dict, report_url: str | None) -> ET.Element:
    run = report["run"]
    entry = ET.Element(_q("entry"))
    ET.SubElement(entry, _q("id")).text = ENTRY_ID.format(run_id=run.get("run_id"))
    ET.SubElement(entry, _q("title")).text = entry_title(report)
    ET.SubElement(entry, _q("updated")).text = _timestamp(
        run.get("finished_at") or run.get("started_at")
    )
    ET.SubElement(entry, _q("published")).text = _timestamp(run.get("started_at"))
    href = _link_href(report_url)
    if href:
        ET.SubElement(entry, _q("link"), rel="alternate", type="text/html", href=href)
    ET.SubElement(entry, _q("summary"), type="text").text = entry_summary(report)
    ET.SubElement(entry, _q("content"), type="html").text = entry_content(report, href)
    return entry


def _new_feed() -> ET.Element:
    feed = ET.Element(_q("feed"), xmlns=ATOM_NS)
    ET.SubElement(feed, _q("id")).text = FEED_ID
    ET.SubElement(feed, _q("title")).text = FEED_TITLE
    ET.SubElement(
        feed, _q("subtitle")
    ).text = "One entry per run: what changed in the official guidance, or that nothing did."
    author = ET.SubElement(feed, _q("author"))
    ET.SubElement(author, _q("name")).text = "permitwatch"
    ET.SubElement(feed, _q("updated"))
    return feed


def update_feed(
    feed_path: Path, report: dict, report_url: str | None = None, max_entries: int = 50
) -> None:
    """Put this run's entry in the feed, replacing an older rendering of the same run.

    Every run has an entry, with or without changes; entries of other runs are kept,
    newest run first, at most max_entries of them.
    """
    if max_entries < 1:
        raise ValueError("max_entries must be at least 1")
    view = report_view(report)  # validates the report before the feed is touched
    feed_path = Path(feed_path)
    root = _load(feed_path)
    feed = root if root is not None else _new_feed()
    this_id = ENTRY_ID.format(run_id=view["run_id"])
    entries = [
        e for e in feed.findall(_q("entry")) if (e.findtext(_q("id")) or "").strip() != this_id
    ]
    for e in feed.findall(_q("entry")):
        feed.remove(e)
    entries.append(_entry(report, report_url))
    entries.sort(key=_run_of, reverse=True)
    entries = entries[:max_entries]
    feed.extend(entries)
    updated = feed.find(_q("updated"))
    if updated is None:
        updated = ET.SubElement(feed, _q("updated"))
    stamps = [e.findtext(_q("updated")) or "" for e in entries]
    updated.text = max(stamps, key=_sort_stamp) if stamps else _timestamp(datetime.now(UTC))
    ET.indent(feed, space="  ")
    xml = ET.tostring(feed, encoding="unicode")
    write_atomic(feed_path, '<?xml version="1.0" encoding="utf-8"?>\n' + xml + "\n")


def _sort_stamp(stamp: str) -> datetime:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=NAIVE_TIMEZONE)
