"""Peers run side by side with permitwatch on the same pages: urlwatch, in a throwaway venv.

urlwatch is never a project dependency: `ensure_urlwatch` makes `benchmarks/out/peers-venv`
with the interpreter's own `venv` and pip (the package registry, nothing else) the first
time `run.py --peers` needs it, and reuses it after. Its jobs do what a careful urlwatch user
would do with our pages: `css: main` then `html2text`, one job a page, its cache on disk
(ETag sent back, so an unchanged night is all 304).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

URLWATCH = "urlwatch==2.29"
EXTRAS = ("html2text", "cssselect")  # what the css and html2text filters import
CONFIG = """\
display: {new: true, error: true, unchanged: false, empty-diff: false}
report:
  text: {line_length: 75, details: true, footer: false, minimal: false, separate: false}
  stdout: {enabled: true, color: false}
  html: {diff: unified, separate: false}
  markdown: {details: true, footer: false, minimal: false, separate: false}
  email: {enabled: false}
job_defaults: {all: {}, shell: {}, url: {}, browser: {}}
"""


def ensure_urlwatch(out: Path) -> Path:
    """The urlwatch command of the throwaway venv under `out` (made once)."""
    venv = out / "peers-venv"
    command = venv / "bin" / "urlwatch"
    if command.exists():
        return command
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
         URLWATCH, *EXTRAS],
        check=True,
    )  # fmt: skip
    return command


def urlwatch_files(work: Path, urls: list[str]) -> dict[str, Path]:
    """Jobs, config and an empty cache for one size; the same pages as permitwatch's."""
    work.mkdir(parents=True, exist_ok=True)
    jobs = work / "urls.yaml"
    jobs.write_text(
        "\n---\n".join(
            f"name: page-{i:05d}\nurl: {url}\nfilter:\n  - css: main\n  - html2text"
            for i, url in enumerate(urls)
        )
        + "\n",
        encoding="utf-8",
    )
    config = work / "urlwatch.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    cache = work / "cache.db"
    cache.unlink(missing_ok=True)
    return {"urls": jobs, "config": config, "cache": cache, "hooks": work / "hooks.py"}


def urlwatch_command(command: Path, files: dict[str, Path]) -> list[str]:
    return [
        str(command),
        "--urls", str(files["urls"]),
        "--config", str(files["config"]),
        "--cache", str(files["cache"]),
        "--hooks", str(files["hooks"]),
    ]  # fmt: skip
