"""`notify.yaml`: where the reports are served and whom to tell after a run.

Optional, beside `sources.yaml` (or `--notify FILE`). Secrets never live in the repository:
any `${NAME}` in a value is replaced by the environment variable NAME when the file is
read, and a name that is not set is an error before anything is fetched. The file itself
holds no secret, so it may be committed.

    base_url: https://permitwatch.example.org/reports/   # where reports/out is served
    notify:
      urls: ["mailtos://${SMTP_USER}:${SMTP_PASSWORD}@example.org?to=volunteers@example.org"]
      min_severity: high      # tell changes of this severity or above (high, medium, low)
      on_health: degraded     # tell runs at least this unhealthy (degraded, failed)
      failing_nights: 3       # tell a source failing 3, 6, 9 … nights in a row
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal
from urllib.parse import urljoin, urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from warehouse.vocab import SEVERITIES

DEFAULT_NOTIFY = Path("notify.yaml")
_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class ConfigError(ValueError):
    """A notify file that must not be used; `problems` holds one line per fault."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class Notify(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    urls: tuple[str, ...] = ()  # apprise URLs, `${VAR}` still unexpanded
    min_severity: str = "high"
    on_health: Literal["degraded", "failed"] = "degraded"
    failing_nights: int = Field(3, ge=1)
    max_lines: int = Field(10, ge=1, le=100)  # top change lines in one message

    @field_validator("min_severity")
    @classmethod
    def _severity(cls, value: str) -> str:
        if value not in SEVERITIES:
            raise ValueError(f"must be one of {', '.join(SEVERITIES)}, not {value!r}")
        return value


class Publishing(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: str | None = None
    notify: Notify = Notify()

    @field_validator("base_url")
    @classmethod
    def _base(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an absolute http(s) URL: {value!r}")
        return value if value.endswith("/") else value + "/"

    def link(self, relative: str) -> str:
        """A report's address: absolute under `base_url`, else relative to the reports folder."""
        return urljoin(self.base_url, relative) if self.base_url else relative


def expand(text: str, environ: dict[str, str] | None = None) -> str:
    """`${NAME}` replaced by the environment's NAME; KeyError(NAME) when it is not set."""
    env = os.environ if environ is None else environ

    def value(match: re.Match) -> str:
        return env[match.group(1)]

    return _VARIABLE.sub(value, text)


def unset_variables(text: str, environ: dict[str, str] | None = None) -> list[str]:
    env = os.environ if environ is None else environ
    return [name for name in _VARIABLE.findall(text) if name not in env]


def load_publishing(path: str | Path | None, required: bool = False) -> Publishing:
    """Read a notify file; a missing one means relative links and no alerts (unless required)."""
    if path is None:
        return Publishing()
    path = Path(path)
    if not path.exists():
        if required:
            raise ConfigError([f"{path}: no such file"])
        return Publishing()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise ConfigError([f"{path}{line}: not valid YAML: {exc}"]) from exc
    try:
        config = Publishing.model_validate(data or {})
    except ValidationError as exc:
        raise ConfigError(
            [
                f"{path}: field {'.'.join(map(str, e['loc'])) or '(top level)'!r}: "
                + e["msg"].removeprefix("Value error, ")
                for e in exc.errors()
            ]
        ) from exc
    problems = [f"{path}: {problem}" for problem in url_problems(config.notify)]
    if problems:
        raise ConfigError(problems)
    return config


def url_problems(notify: Notify) -> list[str]:
    """Unset variables and URLs apprise cannot send to, each shown as written in the file
    (never with its secrets filled in)."""
    import apprise  # only when there are URLs to check: it costs a tenth of a second

    problems = []
    for i, url in enumerate(notify.urls):
        unset = unset_variables(url)
        problems += [f"notify.urls[{i}]: ${{{n}}} is not set in the environment" for n in unset]
        if not unset and apprise.Apprise.instantiate(expand(url)) is None:
            problems.append(f"notify.urls[{i}]: not a URL apprise can send to: {url!r}")
    return problems
