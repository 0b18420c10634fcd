"""Configuration YAML read with the line of every value, so each problem names its line.

`sources.yaml` (fetch/sources.py) and `rules.yaml` (rules/catalogue.py) are both edited by
hand and both refuse to run on a fault: one reader and one way to word a problem serve both
(`file:line: <who>, field 'x': message`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
from pydantic import ValidationError

# A loader used only for its constructor: it types scalars (ints, bools, nulls) as YAML does.
_SCALARS = yaml.SafeLoader("")
# libyaml's parser, when PyYAML has it, composes a long file about 4x faster (0.5 s for 1,000
# sources in pure Python, read twice per run); a file it rejects is composed again by the pure
# Python parser, so every error is told exactly as before.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Constructs that run on until something closes them: when the file ends or the next line
# breaks them, the parser notices a line (or many) later; the fault is where they opened.
_UNCLOSED = ("while scanning a quoted scalar", "while parsing a flow")

Lines = dict[tuple, int]


class YamlProblem(ValueError):
    """The text is not YAML at all: one line naming where (see `yaml_problem`)."""


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        if _FAST_LOADER is yaml.SafeLoader:
            raise
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _plain(node: yaml.Node, path: tuple, lines: Lines, problems: list[str], where: str) -> Any:
    """Turn a composed YAML node into Python values, remembering each value's line."""
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in out:
                problems.append(f"{where}:{key_node.start_mark.line + 1}: duplicate key {key!r}")
            out[key] = _plain(value_node, (*path, key), lines, problems, where)
            lines[(*path, key)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _plain(item, (*path, i), lines, problems, where) for i, item in enumerate(node.value)
        ]
    return _SCALARS.construct_object(node)


def load_with_lines(text: str, where: str) -> tuple[Any, Lines, list[str]]:
    """(data, the line of each path, problems met while reading such as duplicate keys);
    data is None for an empty file. Raises YamlProblem when the text is not YAML."""
    try:
        root = _compose(text)
    except yaml.YAMLError as exc:
        raise YamlProblem(yaml_problem(exc, where)) from exc
    lines: Lines = {}
    problems: list[str] = []
    if root is None:
        return None, lines, problems
    return _plain(root, (), lines, problems, where), lines, problems


def yaml_problem(exc: yaml.YAMLError, where: str) -> str:
    """`file:line: not valid YAML: …` with the line of the fault, not where it was noticed.

    An unclosed quote or bracket is reported by PyYAML at the next token (one line late,
    or at the end of the file); its opening line is the one to edit.
    """
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context, opened = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and opened and context.startswith(_UNCLOSED) and mark:
        what = context.removeprefix("while scanning ").removeprefix("while parsing ")
        return (
            f"{where}:{opened.line + 1}: not valid YAML: {what} is never closed "
            f"({problem} at line {mark.line + 1})"
        )
    line = f":{mark.line + 1}" if mark else ""
    return f"{where}{line}: not valid YAML: {problem}"


def line_of(loc: tuple, lines: Lines) -> int:
    """The line of the deepest part of `loc` that has one."""
    for cut in range(len(loc), -1, -1):
        if loc[:cut] in lines:
            return lines[loc[:cut]]
    return 1


def validation_problems(
    exc: ValidationError, where: str, lines: Lines, describe: Callable[[tuple], str]
) -> list[str]:
    """One `file:line: <who>, field 'x': message` per pydantic error.

    A check across fields may name the field it faults as '@field: message'.
    """
    problems = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        message = err["msg"].removeprefix("Value error, ")
        if message.startswith("@"):
            field, message = message[1:].split(": ", 1)
            loc = (*loc, field)
        if err["type"] == "literal_error":
            message += f" (got {err['input']!r})"
        problems.append(f"{where}:{line_of(loc, lines)}: {describe(loc)}: {message}")
    return problems


def by_line(problems: list[str]) -> list[str]:
    """Each problem once, in file order."""
    return sorted(set(problems), key=_line_key)


def _line_key(problem: str) -> tuple[int, str]:
    parts = problem.split(":")
    try:
        return int(parts[1]), problem
    except (IndexError, ValueError):
        return 0, problem
