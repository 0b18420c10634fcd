"""The repository names only its own files: every path a Markdown file of the repository
writes in backquotes exists, or is something a run writes, or is marked as an example.

What counts as a path: inline code (not fenced blocks) without spaces or `://`, and not a
media type such as `application/pdf`, that holds
a `/` or ends with a file extension (`sources.yaml`, `reports/out/<run>/report.html`).
It passes when
- it exists, relative to the Markdown file's folder or to the repository root; `<name>`
  and `*` are wildcards (`parsers/lexicons/<lang>.yaml` needs one such file);
- it is git-ignored (written by a run or `make`: `warehouse/demo.duckdb`, `reports/out/`);
- it is a bare file name (no `/`) of a file somewhere in the repository, or the last part
  of a path some document of the repository names (`changes.json`, once FORMAT.md names
  `reports/out/<run>/changes.json`);
- it is **marked as an example**: listed in an HTML comment of the same Markdown file,
  invisible once rendered: `<!-- not in the repository: notify.yaml, ~/.config/x/env -->`,
  for the files a reader creates, the bare names of files a run writes, and the places
  outside the repository a document must name. A path under `/` is never the repository's.
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXTENSIONS = re.compile(
    r"\.(md|py|ya?ml|sql|json|html|xml|toml|lock|duckdb|j2|txt|csv|parquet|service|sh)$"
)
FENCED = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
INLINE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
MARKED = re.compile(r"<!--\s*not in the repository:(.*?)-->", re.DOTALL)
WILDCARD = re.compile(r"<[^<>/]+>|\*|…")
MEDIA_TYPE = re.compile(r"(application|text|image|audio|video|multipart|font)/[\w.+-]+")


def git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)


@cache
def repository_files() -> tuple[Path, ...]:
    """Tracked files and new ones not ignored: the repository as a reader would get it."""
    listed = git("ls-files", "--cached", "--others", "--exclude-standard").stdout.split()
    return tuple(Path(name) for name in listed if (ROOT / name).exists())


def markdown_files() -> list[Path]:
    return sorted(p for p in repository_files() if p.suffix == ".md")


def named_paths(text: str) -> list[str]:
    found = []
    for code in INLINE.findall(FENCED.sub("", text)):
        code = code.strip()
        if not code or re.search(r"\s|://|^[-$%{(]", code) or MEDIA_TYPE.fullmatch(code):
            continue  # not a path: a command, a URL, a variable, a media type (`text/html`)
        if "/" in code or EXTENSIONS.search(code):
            found.append(code)
    return found


def marked_examples(text: str) -> set[str]:
    listed = (re.split(r"[,\s]+", comment) for comment in MARKED.findall(text))
    return {name for names in listed for name in names if name}


def exists(path: str, folder: Path) -> bool:
    if path.startswith(("/", "~")):
        return False  # outside the repository: a machine's folder, or a marked example
    pattern = WILDCARD.sub("*", path.rstrip("/"))
    for base in (folder, ROOT):
        if "*" not in pattern:
            if (base / pattern).exists():
                return True
        elif base.is_dir() and any(base.glob(pattern)):
            return True
    return False


def ignored(path: str, folder: Path) -> bool:
    """Written by a run or make: git ignores the path (or its folder before a wildcard)."""
    fixed = (WILDCARD.split(path)[0] or path).rstrip("/")
    if not fixed or fixed.startswith(("/", "~")):
        return False
    for base in (folder, ROOT):
        candidate = (base / fixed).resolve()
        if ROOT not in candidate.parents:
            continue
        relative = str(candidate.relative_to(ROOT))
        # a folder pattern ("/reports/out/") matches what is inside a folder not written yet
        if git("check-ignore", relative, f"{relative}/x").returncode == 0:
            return True
    return False


@cache
def paths_named_anywhere() -> frozenset[str]:
    """Every path with a folder that some Markdown file of the repository names."""
    return frozenset(
        path
        for md in markdown_files()
        for path in named_paths((ROOT / md).read_text(encoding="utf-8"))
        if "/" in path.rstrip("/")
    )


def bare_name_known(name: str, others: list[str]) -> bool:
    """A file of the repository, or one the documents place: `changes.json` is fine once
    some document names `reports/out/<run>/changes.json`."""
    pattern = WILDCARD.sub("*", name)
    if any(p.match(pattern) for p in repository_files()):
        return True
    located = set(others) | paths_named_anywhere()
    return any(o != name and "/" in o and o.rstrip("/").split("/")[-1] == name for o in located)


def missing(md: Path) -> list[str]:
    return missing_in((ROOT / md).read_text(encoding="utf-8"), (ROOT / md).parent)


def missing_in(text: str, folder: Path) -> list[str]:
    """The paths a document in `folder` names that pass none of the rules above."""
    examples = marked_examples(text)
    paths = named_paths(text)
    return [
        path
        for path in paths
        if path not in examples
        and not exists(path, folder)
        and not ignored(path, folder)
        and not ("/" not in path.rstrip("/") and bare_name_known(path, paths))
    ]


@pytest.mark.parametrize("md", markdown_files(), ids=str)
def test_every_path_a_document_names_exists_or_is_marked_as_an_example(md):
    assert missing(md) == []


def test_the_check_catches_what_it_should():
    """A machine's folder, a renamed file and an unmarked example all fail; marked passes."""
    doc = (
        "Edition 1 is `/work/main/captures/edition-1/<file>`; see `captures/manifest-A.yaml`,\n"
        "`notify.yaml` and `~/.config/permitwatch/env`, `captures/edition-<n>/`,\n"
        "`sources.yaml`.\n"
    )
    folder = ROOT / "captures"
    assert missing_in(doc, folder) == [
        "/work/main/captures/edition-1/<file>",
        "captures/manifest-A.yaml",
        "notify.yaml",
        "~/.config/permitwatch/env",
    ]
    marked = doc + "<!-- not in the repository: notify.yaml, ~/.config/permitwatch/env -->\n"
    assert missing_in(marked, folder) == [
        "/work/main/captures/edition-1/<file>",
        "captures/manifest-A.yaml",
    ]
    # the same names, as the fixed captures/README.md writes them
    fixed = "`captures/edition-1/<file>`, `manifest.yaml`, `edition-2/`, `reports/out/<run>/`"
    assert missing_in(fixed, folder) == []
