"""Load and validate `sources.yaml`: every error names the file, the line and the field.

A run never starts on a configuration it cannot trust, so all problems are
collected and reported at once, before any fetch.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import SplitResult, urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from selectolax.lexbor import LexborHTMLParser, SelectolaxError

from fetch.addresses import forbidden_name
from fetch.paths import DEFAULT_SOURCES
from fetch.yamllines import (
    YamlProblem,
    by_line,
    load_with_lines,
    validation_problems,
)

DEFAULT_USER_AGENT = (
    "permitwatch/0.1 (nightly monitor of official guidance for foreign workers in Belgium; "
    "at most 2 requests at a time per host)"
)

Publisher = Literal["federal", "flanders", "brussels", "wallonia", "ostbelgien"]
Lang = Literal["en", "nl", "fr", "de"]


class SourcesError(ValueError):
    """A configuration that must not be run; `problems` holds one line per fault."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class Settings(BaseModel):
    """Politeness and limits; defaults are deliberately gentle on public servers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    user_agent: str = DEFAULT_USER_AGENT
    concurrency_per_host: int = Field(2, ge=1, le=8)
    delay_seconds: float = Field(1.0, ge=0)
    timeout_seconds: float = Field(30.0, gt=0)
    retries: int = Field(3, ge=0, le=10)
    backoff_seconds: float = Field(2.0, ge=0)
    max_retry_after_seconds: float = Field(120.0, ge=0)
    max_bytes: int = Field(5_000_000, gt=0)
    max_redirects: int = Field(5, ge=0, le=20)
    respect_robots: bool = True
    # Seconds one page may take to parse: a page past it is `parse_timeout`, its previous
    # facts kept (normal pages take milliseconds; a 5 MB hostile page a few seconds).
    parse_budget_seconds: float = Field(20.0, gt=0)


def _check_selector(selector: str) -> str:
    try:
        LexborHTMLParser("<p></p>").css(selector)
    except (SelectolaxError, ValueError) as exc:
        raise ValueError(f"not a valid CSS selector: {selector!r}") from exc
    return selector


_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def _check_host(host: str) -> str:
    """A bare host name or IP address ('www.vlaanderen.be'), not a URL or a pattern.

    A redirect's target host is compared with these exactly: 'https://www.vlaanderen.be/'
    or '*.vlaanderen.be' would match nothing and silently refuse every redirect.
    """
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host
    except ValueError:
        pass
    labels = host.lower().rstrip(".").split(".")
    if not host or len(host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        hint = ""
        if "://" in host or "/" in host:
            hint = f" (write the host alone: {urlsplit(host).hostname or host.split('/')[0]!r})"
        raise ValueError(f"not a host name: {host!r}{hint}")
    return host


class Source(BaseModel):
    """One watched page in one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)
    publisher: Publisher
    lang: Lang
    url: str
    topic: str | None = None
    group: str | None = None
    select: str | None = None
    remove: tuple[str, ...] = ()
    allow_hosts: tuple[str, ...] = ()

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        parts = url_parts(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
            raise ValueError(f"not an absolute http(s) URL: {value!r}")
        forbidden = forbidden_name(parts.hostname)
        if forbidden:
            raise ValueError(forbidden)
        return value

    @field_validator("allow_hosts")
    @classmethod
    def _allow_hosts(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_host(v) for v in value)

    @field_validator("select")
    @classmethod
    def _select(cls, value: str | None) -> str | None:
        return None if value is None else _check_selector(value)

    @field_validator("remove")
    @classmethod
    def _remove(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_selector(v) for v in value)

    @property
    def host(self) -> str:
        return _hostname(self.url)


@lru_cache(maxsize=8192)
def _hostname(url: str) -> str:
    """Kept by URL, not by source (a copy of a source with another URL gets its own host):
    a night asks each source's host four times, 4,000 `urlsplit` at 1,000 pages (~9 ms)."""
    return url_parts(url).hostname or ""


@lru_cache(maxsize=8192)
def url_parts(url: str) -> SplitResult:
    """`urlsplit(url)`, kept by URL: a source's URL is split when the config is validated,
    for its host and for its robots.txt origin; once instead of three times a night is
    ~10-25 ms less at 1,000 pages (5-15 us a split, quiet and loaded machine)."""
    return urlsplit(url)


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    defaults: Settings = Settings()
    sources: tuple[Source, ...]


def _describe(loc: tuple, data: dict) -> str:
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
        entry = data["sources"][loc[1]]
        name = entry.get("id") if isinstance(entry, dict) else None
        who = f"source {name!r}" if name else f"source #{loc[1] + 1}"
        field = ".".join(str(p) for p in loc[2:]) or "(entry)"
        return f"{who}, field {field!r}"
    return f"field {'.'.join(str(p) for p in loc) or '(top level)'!r}"


def parse_sources(text: str, where: str = "sources.yaml") -> Config:
    """Validate the text of a sources file; raise SourcesError listing every problem."""
    return check_text(text, where)[0]


def check_text(text: str, where: str = "sources.yaml") -> tuple[Config, list[str]]:
    """The validated config and its warnings (worth a word, not worth stopping a run for);
    SourcesError listing every problem."""
    config, warnings = _checked(text, where)
    return config, list(warnings)


@lru_cache(maxsize=4)
def _checked(text: str, where: str) -> tuple[Config, tuple[str, ...]]:
    """check_text, once per text: `run` checks the file before the flow starts and the flow
    reads it again (0.12-0.14 s of CPU a read at 1,000 sources, a tenth of an unchanged
    night's fetching). Keyed by the text itself, so an edited file is read anew; the Config
    is frozen, and a file with problems is never kept (its SourcesError is raised again)."""
    try:
        data, lines, problems = load_with_lines(text, where)
    except YamlProblem as exc:
        raise SourcesError([str(exc)]) from exc
    if data is None:
        raise SourcesError([f"{where}:1: the file is empty; it needs a `sources:` list"])
    if not isinstance(data, dict) or "sources" not in data:
        raise SourcesError([f"{where}:1: expected a mapping with a `sources:` list"])
    if not isinstance(data["sources"], list) or not data["sources"]:
        raise SourcesError([f"{where}:{lines[('sources',)]}: `sources` must be a non-empty list"])
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        problems += validation_problems(exc, where, lines, lambda loc: _describe(loc, data))
        config = None
    seen: dict[str, int] = {}
    for i, entry in enumerate(data["sources"]):
        sid = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(sid, str):
            continue
        line = lines.get(("sources", i, "id"), 1)
        if sid in seen:
            problems.append(
                f"{where}:{line}: source {sid!r}, field 'id': duplicate id "
                f"(first defined at line {seen[sid]})"
            )
        else:
            seen[sid] = line
    problems += same_page_problems(data["sources"], lines, where)
    if problems or config is None:
        raise SourcesError(by_line(problems))
    return config, tuple(plain_http_warnings(config, lines, where))


def _page_key(url: str) -> str:
    """A URL as the server sees it: scheme and host in lower case, no default port or fragment."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    return f"{parts.scheme.lower()}://{(parts.hostname or '').lower()}{port}{parts.path or '/'}" + (
        f"?{parts.query}" if parts.query else ""
    )


def same_page_problems(entries: list, lines: dict[tuple, int], where: str) -> list[str]:
    """One URL under two ids (fetched twice, told twice), and a translation group holding
    two pages of one language (the group pairs one page per language)."""
    problems = []
    urls: dict[str, tuple[str, int]] = {}
    langs: dict[tuple[str, str], tuple[str, int]] = {}
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        sid = entry["id"]
        url, group, lang = entry.get("url"), entry.get("group"), entry.get("lang")
        if isinstance(url, str):
            try:
                key = _page_key(url)
            except ValueError:
                key = url  # the url validator tells what is wrong with it
            line = lines.get(("sources", i, "url"), 1)
            if key in urls and urls[key][0] != sid:
                first, at = urls[key]
                problems.append(
                    f"{where}:{line}: source {sid!r}, field 'url': the same page as source "
                    f"{first!r} (line {at}): {url}"
                )
            urls.setdefault(key, (sid, line))
        if isinstance(group, str) and isinstance(lang, str):
            line = lines.get(("sources", i, "group"), 1)
            if (group, lang) in langs:
                first, at = langs[(group, lang)]
                problems.append(
                    f"{where}:{line}: source {sid!r}, field 'group': group {group!r} already "
                    f"has a {lang!r} page, source {first!r} (line {at}); a group pairs the "
                    "translations of one page"
                )
            langs.setdefault((group, lang), (sid, line))
    return problems


def plain_http_warnings(config: Config, lines: dict[tuple, int], where: str) -> list[str]:
    """Sources on plain http://: allowed (some mirrors are), but anyone on the way can change
    what we store as the official text."""
    return [
        f"{where}:{lines.get(('sources', i, 'url'), 1)}: source {s.id!r}, field 'url': "
        f"warning: plain http:// (use https:// if the site has it): {s.url}"
        for i, s in enumerate(config.sources)
        if urlsplit(s.url).scheme == "http"
    ]


def load_sources(path: str | Path = DEFAULT_SOURCES) -> Config:
    """Read and validate a sources file."""
    return check_sources(path)[0]


def check_sources(path: str | Path = DEFAULT_SOURCES) -> tuple[Config, list[str]]:
    """Read and validate a sources file: the config and its warnings."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SourcesError([f"{path}: no such file"]) from exc
    except UnicodeDecodeError as exc:
        raise SourcesError([f"{path}: not UTF-8 text ({exc.reason})"]) from exc
    return check_text(text, where=str(path))
