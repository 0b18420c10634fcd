"""The change report a legal volunteer reads each morning: Markdown, HTML and JSON of one run.

Every string that came from a scraped page is treated as hostile. HTML is autoescaped and
word diffs are escaped piece by piece before they are wrapped in tags; in Markdown every
template expression is escaped by default (like HTML autoescape), so a quote can never
become a heading, a link or raw HTML; only http(s) URLs ever become links.
"""

from __future__ import annotations

import difflib
import functools
import json
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from reports.build import FORMAT
from warehouse.vocab import SEVERITIES, severity_rank

KIND_LABELS = {
    "amount_changed": "Amount changed",
    "amount_added": "Amount added",
    "amount_removed": "Amount removed",
    "condition_added": "Condition added",
    "condition_removed": "Condition removed",
    "condition_changed": "Condition reworded",
    "section_added": "Section added",
    "section_removed": "Section removed",
    "page_added": "Page added",
    "page_unreachable": "Page unreachable",
    "page_restored": "Page reachable again",
    "page_moved": "Page moved",
    "page_suspect": "Page looks broken",
    "parser_corrected": "Parser correction",
    "text_changed": "Text changed",
    "rule_changed": "Rule changed",
    "rule_conflict": "Pages disagree",
    "rule_conflict_resolved": "Pages agree again",
}
REVIEW_LABELS = {
    "pending": "Not yet reviewed",
    "confirmed": "Confirmed",
    "dismissed": "Dismissed",
    "follow_up": "Needs follow-up",
}
PUBLISHER_LABELS = {
    "federal": "Federal",
    "flanders": "Flanders",
    "brussels": "Brussels",
    "wallonia": "Wallonia",
    "ostbelgien": "Ostbelgien",
}
WHOLE_PAGE = "Whole page"
# changes.json field order: readable (identity first, then what changed), stable across runs.
_TOP_KEYS = ("format", "run", "summary", "changes", "corrections", "text_changes", "rules_table")
_RUN_KEYS = ("run_id", "started_at", "finished_at", "status", "mode", "health", "health_reason")
_SUMMARY_KEYS = (
    "sources_checked",
    "sources_failed",
    "sources_changed",
    "by_severity",
    "by_publisher",
    "parser_corrections",
    "text_changes",
    "failed_sources",
    "checked_sources",
)
_FAILED_KEYS = ("source_id", "url", "error")
_CHANGE_KEYS = (
    "change_id",
    "source_id",
    "publisher",
    "lang",
    "url",
    "topic",
    "change_kind",
    "severity",
    "section",
    "subject",
    "old_value",
    "new_value",
    "old_quote",
    "new_quote",
    "reason",
    "old_fact_id",
    "new_fact_id",
    "old_number",
    "new_number",
    "old_number_max",
    "new_number_max",
    "unit",
    "rule_id",
    "jurisdiction",
    "review_status",
    "review_note",
    "explained_by",
)
_TEMPLATES = Path(__file__).parent / "templates"


# --- safety helpers ---------------------------------------------------------


# White space or a control character: one scan in C (a Python loop over each character
# was a third of rendering a report of 1,000 changes).
_UNSAFE_IN_URL = re.compile(r"[\s\x00-\x1f]")


def safe_url(url: Any) -> str | None:
    """The URL if it may become a link (absolute http/https, no spaces or controls), else None."""
    return _checked_url(url) if isinstance(url, str) else None


@functools.lru_cache(maxsize=4096)  # a report asks about each page's URL some 25 times
def _checked_url(url: str) -> str | None:
    if not url or _UNSAFE_IN_URL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or "\\" in url:
        return None
    return url


def one_line(text: Any) -> str:
    """Scraped text on one line: a newline in a quote must not start a new Markdown block."""
    return " ".join(str(text).split()) if text is not None else ""


_MD_INLINE = re.compile(r"([\\`*\[\]<|~#])")
# "_" inside a word ("http_503") can neither open nor close emphasis: only escape it elsewhere.
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MD_LINE_START = re.compile(r"^(\s*)([>+=-]|\d+[.)])")


def escape_markdown(text: Any) -> str:
    """Backslash-escape what Markdown would act on, so scraped text renders as itself.

    Inline markers (emphasis, code, links, raw HTML, tables, strikethrough, headings) are
    escaped everywhere; block markers (quote, list, rule) only where they start the text,
    since the text is put on one line and those only act at the start of a line.
    """
    text = one_line(text)
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_UNDERSCORE.sub(r"\\_", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    match = _MD_LINE_START.match(text)
    if match:
        lead, marker = match.groups()
        text = lead + marker[:-1] + "\\" + marker[-1] + text[match.end() :]
    return text


class MarkdownSafe(str):
    """Markdown built by us (links, emphasis): the Markdown finalizer leaves it as is."""


def _md_finalize(value: Any) -> str:
    if isinstance(value, MarkdownSafe):
        return value
    return escape_markdown("" if value is None else value)


def _md_url(url: str) -> str:
    return re.sub(r"[()<>\s\"'`\\\[\]]", lambda m: f"%{ord(m.group()):02X}", url)


def markdown_link(label: Any, url: Any) -> MarkdownSafe:
    """[label](url) for an http(s) URL; anything else is shown as text, never linked."""
    href = safe_url(url)
    if href is None:
        if not url:
            return MarkdownSafe(f"{escape_markdown(label)} (no address)")
        if label == url:
            return MarkdownSafe(f"{escape_markdown(url)} (not a web link)")
        return MarkdownSafe(f"{escape_markdown(label)} ({escape_markdown(url)}, not a web link)")
    return MarkdownSafe(f"[{escape_markdown(label)}]({_md_url(href)})")


# --- word diff ----------------------------------------------------------------

# A number with its Belgian separators ("48.912", "3.703,44") is one word, so 48.912 -> 49.896
# marks the whole amount, never its digits one group at a time.
MIN_DIFF_SIMILARITY = 0.25
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+|\s+|[^\w\s]")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib opcodes with a bare space between two edits folded into one edit."""
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    merged: list[tuple[str, int, int, int, int]] = []
    for i, op in enumerate(ops):
        tag, i1, i2, j1, j2 = op
        between = 0 < i < len(ops) - 1 and tag == "equal"
        if between and all(t.isspace() for t in a[i1:i2]) and merged and merged[-1][0] != "equal":
            merged[-1] = ("replace", merged[-1][1], i2, merged[-1][3], j2)
            continue
        if merged and tag != "equal" and merged[-1][0] != "equal":
            merged[-1] = ("replace", merged[-1][1], i2, merged[-1][3], j2)
            continue
        merged.append(op)
    return merged


def _wrap(tag: str, tokens: list[str]) -> Markup:
    text = "".join(tokens)
    stripped = text.strip()
    if not stripped:
        return escape(text)
    # Keep the spaces around an edit outside the highlight: only the words are marked.
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    marked = Markup(f"<{tag}>") + escape(stripped) + Markup(f"</{tag}>")
    return escape(lead) + marked + escape(trail)


def _word_similarity(a: list[str], b: list[str]) -> float:
    words_a = [t for t in a if not t.isspace()]
    words_b = [t for t in b if not t.isspace()]
    return difflib.SequenceMatcher(None, words_a, words_b, autojunk=False).ratio()


def word_diff(old: Any, new: Any) -> tuple[Markup, Markup]:
    """Old and new as HTML with the words that differ in <del> and <ins>.

    The diff runs on the plain text; every piece is escaped before it is wrapped, so
    scraped markup is shown as text. When one side is missing the other is shown plain.
    """
    if old is None or new is None:
        return escape(one_line(old)), escape(one_line(new))
    a, b = _tokens(one_line(old)), _tokens(one_line(new))
    if _word_similarity(a, b) < MIN_DIFF_SIMILARITY:
        # Two unrelated texts (an address and an error): marking every word says nothing.
        return escape(one_line(old)), escape(one_line(new))
    left: list[Markup] = []
    right: list[Markup] = []
    for tag, i1, i2, j1, j2 in _opcodes(a, b):
        if tag == "equal":
            left.append(escape("".join(a[i1:i2])))
            right.append(escape("".join(b[j1:j2])))
            continue
        if i2 > i1:
            left.append(_wrap("del", a[i1:i2]))
        if j2 > j1:
            right.append(_wrap("ins", b[j1:j2]))
    return Markup("").join(left), Markup("").join(right)


# --- the view both templates read ---------------------------------------------


def _check(report: dict) -> None:
    if not isinstance(report, dict) or report.get("format") != FORMAT:
        got = report.get("format") if isinstance(report, dict) else type(report).__name__
        raise ValueError(f"not a {FORMAT} report (format: {got!r})")
    for key in ("run", "summary", "changes"):
        if key not in report:
            raise ValueError(f"{FORMAT} report without {key!r}")


def _severity_rank(change: dict) -> int:
    return severity_rank(change.get("severity"))


def _counts(changes: list[dict], key: str, order: tuple[str, ...] = ()) -> dict[str, int]:
    """Counts in the given order, or most first when none is given."""
    found: dict[str, int] = {}
    for c in changes:
        name = c.get(key) or "unknown"
        found[name] = found.get(name, 0) + 1
    if not order:
        return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
    ranked = [k for k in order if k in found] + sorted(k for k in found if k not in order)
    return {k: found[k] for k in ranked}


def _change_view(change: dict) -> dict:
    kind = change.get("change_kind") or ""
    status = change.get("review_status") or "pending"
    old_html, new_html = word_diff(change.get("old_value"), change.get("new_value"))
    old_q, new_q = word_diff(change.get("old_quote"), change.get("new_quote"))
    page_level = kind.startswith("page_")
    added, removed = kind.endswith("_added"), kind.endswith("_removed")
    return {
        **change,
        "kind_label": KIND_LABELS.get(kind, kind.replace("_", " ").capitalize() or "Change"),
        "severity": change.get("severity") or "unknown",
        "reason": change.get("reason"),  # absent from reports written before migration 006
        "review_status": status,
        "review_label": REVIEW_LABELS.get(status, status),
        "old_html": old_html,
        "new_html": new_html,
        "old_quote_html": old_q,
        "new_quote_html": new_q,
        # page_moved / page_restored carry addresses as values: link them when they are web URLs.
        # A condition's value is its own text: show it once, as the quote.
        "show_old_value": change.get("old_value") is not None
        and change.get("old_value") != change.get("old_quote"),
        "show_new_value": change.get("new_value") is not None
        and change.get("new_value") != change.get("new_quote"),
        "subject": None if change.get("subject") in ("page", "section") else change.get("subject"),
        "old_missing": "not on the page before" if added else "—",
        "new_missing": "no longer on the page" if removed else "—",
        "old_href": safe_url(change.get("old_value")) if page_level else None,
        "new_href": safe_url(change.get("new_value")) if page_level else None,
    }


def group_changes(changes: list[dict]) -> list[dict]:
    """Publisher > page > section, each group placed by its most severe change.

    Changes arrive sorted (severity, publisher, source, section); a stable sort by severity
    keeps that order, and groups then follow the first appearance of their members.
    """
    publishers: dict[str, dict] = {}
    for change in sorted(changes, key=_severity_rank):
        pub_key = change.get("publisher") or "unknown"
        pub = publishers.setdefault(
            pub_key,
            {
                "publisher": pub_key,
                "anchor": "pub-" + (re.sub(r"[^a-z0-9]+", "-", pub_key.lower()).strip("-") or "x"),
                "label": PUBLISHER_LABELS.get(pub_key, pub_key.capitalize()),
                "pages": {},
                "count": 0,
            },
        )
        page_key = (change.get("source_id") or "unknown", change.get("url") or "")
        page = pub["pages"].setdefault(
            page_key,
            {
                "source_id": page_key[0],
                "url": change.get("url"),
                "href": safe_url(change.get("url")),
                "lang": change.get("lang"),
                "topic": change.get("topic"),
                "sections": {},
                "count": 0,
            },
        )
        section_key = change.get("section") or ""
        section = page["sections"].setdefault(
            section_key,
            {
                "section": section_key or None,
                "label": section_key or WHOLE_PAGE,
                "changes": [],
            },
        )
        section["changes"].append(_change_view(change))
        page["count"] += 1
        pub["count"] += 1
    groups = []
    for pub in publishers.values():
        pages = []
        for page in pub["pages"].values():
            pages.append({**page, "sections": list(page["sections"].values())})
        groups.append({**pub, "pages": pages})
    return groups


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _long_date(iso: str) -> str | None:
    """'23 November 2026', without the process locale (unambiguous for every reader)."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso or None
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


# The view of the report being published (`one_view`), computed at its first use. A run's
# files, feed entry and status each asked for it: seven times a night, each ~0.1 s of CPU
# for a cold night's 1,099 changes (every change's word diffs, grouped twice).
_KEPT: ContextVar[list | None] = ContextVar("permitwatch_report_view", default=None)


@contextmanager
def one_view(report: dict) -> Iterator[None]:
    """Within the block, `report_view(report)` is computed once and shared: for a report no
    one changes while its files, feed and status are written (the view is read, never
    changed, by every caller)."""
    token = _KEPT.set([report, None])
    try:
        yield
    finally:
        _KEPT.reset(token)


def report_view(report: dict) -> dict:
    """Everything the templates show, computed once: counts come from the listed changes."""
    kept = _KEPT.get()
    if kept is None or kept[0] is not report:
        return _view(report)
    if kept[1] is None:
        kept[1] = _view(report)
    return kept[1]


def _view(report: dict) -> dict:
    _check(report)
    run = report.get("run") or {}
    summary = report.get("summary") or {}
    every = list(report.get("changes") or [])
    explained: dict[str, list[dict]] = {}
    for change in every:
        if change.get("explained_by"):
            explained.setdefault(change["explained_by"], []).append(_change_view(change))
    rule_level = [
        {**_change_view(c), "explains": explained.get(c.get("change_id"), [])}
        for c in sorted(every, key=_severity_rank)
        if (c.get("change_kind") or "").startswith("rule_")
    ]
    # counted once: a page's amount change a rule change explains is shown under the rule
    changes = [c for c in every if not c.get("explained_by")]
    page_level = [c for c in changes if not (c.get("change_kind") or "").startswith("rule_")]
    started = str(run.get("started_at") or "")
    failed = [{**f, "href": safe_url(f.get("url"))} for f in (summary.get("failed_sources") or [])]
    by_severity = _counts(changes, "severity", SEVERITIES)
    claimed = summary.get("by_severity")
    mismatch = None
    if isinstance(claimed, dict) and {k: v for k, v in claimed.items() if v} != by_severity:
        # The counts shown are those of the listed changes; say so if the run counted others.
        mismatch = (
            f"the run summary counts {sum(v for v in claimed.values() if isinstance(v, int))} "
            f"changes by severity, this report lists {len(changes)}"
        )
    return {
        "run": run,
        "run_id": run.get("run_id"),
        "count_mismatch": mismatch,
        "date": started[:10] or None,
        "date_long": _long_date(started[:10]),
        "started_time": started[11:19] or None,
        "finished_at": run.get("finished_at"),
        "status": run.get("status") or "unknown",
        "mode": run.get("mode") or "unknown",
        "total": len(changes),
        "by_severity": by_severity,
        "by_publisher": _counts(changes, "publisher"),
        "publisher_labels": PUBLISHER_LABELS,
        "sources_checked": summary.get("sources_checked"),
        "sources_changed": summary.get("sources_changed"),
        # pages that failed, those told as page_unreachable changes included
        "sources_failed": summary.get("sources_failed", len(failed)),
        "health": run.get("health"),
        "health_reason": run.get("health_reason"),
        "failed": failed,
        "checked": [
            {**c, "href": safe_url(c.get("url"))} for c in (summary.get("checked_sources") or [])
        ],
        "rule_changes": rule_level,
        "groups": group_changes(page_level),
        # a new parser reading an unchanged page differently: one section, never a rule change
        "corrections": [_change_view(c) for c in report.get("corrections") or []],
        # the text safety net: passages no fact change tells, grouped like the changes
        "text_groups": group_changes(list(report.get("text_changes") or [])),
        "text_total": len(report.get("text_changes") or []),
        "rules_table": report.get("rules_table") or [],
        "jurisdictions": list(PUBLISHER_LABELS.values()),
        "format": FORMAT,
    }


def plural(n: Any, word: str) -> str:
    """'1 change', '9 changes'."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def entry_title(report: dict) -> str:
    """The line a volunteer sees in a feed or mail subject: 'Run 2: 9 changes (5 high)',
    'Run 3: no change in the rules; 56 pages checked', 'Run 4 failed: all 56 sources failed
    (56 connection_ConnectError)'. A quiet night and a dead one must not look alike."""
    view = report_view(report)
    total = view["total"]
    if view["health"] == "failed" or view["status"] == "failed":
        why = view["health_reason"] or "an error stopped it before it finished (see its log)"
        title = f"Run {view['run_id']} failed: {why}"
        return title + (f"; {plural(total, 'change')}" if total else "")
    if total:
        title = f"Run {view['run_id']}: {plural(total, 'change')}"
        if view["by_severity"].get("high"):
            title += f" ({view['by_severity']['high']} high)"
    else:
        checked = view["sources_checked"] if view["sources_checked"] is not None else "?"
        title = f"Run {view['run_id']}: no change in the rules; {checked} pages checked"
    if view["text_total"]:  # never a quiet night: a volunteer reads them
        title += f"; {plural(view['text_total'], 'other text change')}"
    if view["sources_failed"]:
        title += f", {view['sources_failed']} could not be checked"
    return title


# --- rendering ------------------------------------------------------------------


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith((".html.j2", ".html"))


class _BytecodeCache(FileSystemBytecodeCache):
    """Jinja's per-user cache folder; a template it cannot keep (a full disk) is compiled
    again next time, never a report lost for it."""

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    """The cache, or none when its folder cannot be made or is not ours (Jinja refuses a
    folder another user owns): then the templates are compiled each run."""
    try:
        return _BytecodeCache()
    except (OSError, RuntimeError):
        return None


def _environment() -> Environment:
    # The templates compiled once per machine, not once per run: Jinja keeps their bytecode
    # in its own per-user folder under the temp directory, checked against each template's
    # text (compiling both cost 0.06-0.08 s of CPU in every night, 1,000 pages or one).
    env = Environment(
        loader=FileSystemLoader(_TEMPLATES),
        bytecode_cache=_bytecode_cache(),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(plural=plural)
    return env


_ENV = _environment()
# Markdown: the same templates machinery, but every {{ expression }} is escaped for Markdown.
_MD_ENV = _environment()
_MD_ENV.finalize = _md_finalize
_MD_ENV.filters["link"] = markdown_link
_MD_ENV.filters["raw"] = MarkdownSafe


def render_markdown(report: dict) -> str:
    """Markdown to forward: grouped like the HTML, scraped text escaped, no raw HTML."""
    text = _MD_ENV.get_template("report.md.j2").render(**report_view(report))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def render_html(report: dict) -> str:
    """One self-contained, script-free HTML page: inline CSS, a CSP forbidding scripts."""
    return _ENV.get_template("report.html.j2").render(**report_view(report))


def _ordered(record: Any, keys: tuple[str, ...]) -> Any:
    if not isinstance(record, dict):
        return record
    known = [k for k in keys if k in record]
    return {k: record[k] for k in known + sorted(k for k in record if k not in keys)}


def render_json(report: dict) -> str:
    """changes.json: the report as given, pretty, UTF-8, keys in one fixed order."""
    _check(report)
    out = _ordered(report, _TOP_KEYS)
    out["run"] = _ordered(out["run"], _RUN_KEYS)
    summary = _ordered(out["summary"], _SUMMARY_KEYS)
    if isinstance(summary, dict) and isinstance(summary.get("failed_sources"), list):
        summary["failed_sources"] = [_ordered(f, _FAILED_KEYS) for f in summary["failed_sources"]]
    for key, order in (("by_severity", SEVERITIES), ("by_publisher", ())):
        if isinstance(summary, dict) and isinstance(summary.get(key), dict):
            summary[key] = _ordered(summary[key], order)
    out["summary"] = summary
    out["changes"] = [_ordered(c, _CHANGE_KEYS) for c in out["changes"]]
    for key in ("corrections", "text_changes"):  # absent from reports written before them
        if isinstance(out.get(key), list):
            out[key] = [_ordered(c, _CHANGE_KEYS) for c in out[key]]
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def shared_mode() -> int:
    """The mode a plain `open()` would give a new file: 0644 under the usual umask 022.

    mkstemp creates 0600, which a web server running as another user cannot serve.
    """
    with _UMASK_LOCK:  # os.umask both reads and sets; Python 3.11 has no getter
        mask = os.umask(0o077)
        os.umask(mask)
    return 0o666 & ~mask


_UMASK_LOCK = threading.Lock()


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and os.replace: readers never see half a file.

    The file gets the umask's mode (`shared_mode`), as a plain write would.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, shared_mode())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# Files written at once: each write waits for its fsync, and the file system commits fsyncs
# that arrive together in one go (the three files of 1,000 checked pages: 32 -> 6 ms, medians
# of 10).
_WRITERS = ThreadPoolExecutor(max_workers=3, thread_name_prefix="permitwatch-reports")


def write_all(files: dict[Path, str]) -> list[Path]:
    """`write_atomic` each file, at once; the first error is raised once all were tried."""
    writes = [_WRITERS.submit(write_atomic, path, text) for path, text in files.items()]
    wait(writes)
    for done in writes:
        done.result()
    return list(files)


def write_report(report: dict, out_dir: Path) -> list[Path]:
    """report.md, report.html and changes.json in out_dir; all rendered before any is written."""
    rendered = {
        "report.md": render_markdown(report),
        "report.html": render_html(report),
        "changes.json": render_json(report),
    }
    out_dir = Path(out_dir)
    return write_all({out_dir / name: text for name, text in rendered.items()})
