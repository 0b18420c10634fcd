"""YAML read with the line of every value, so that a validation error can name its line.

Written for `rules.yaml`; `sources.yaml` has the same need (fetch/sources.py keeps its own
copy until the two move to one home).
"""

from __future__ import annotations

from typing import Any

import yaml

_SCALARS = yaml.SafeLoader("")  # used only for its constructor: types scalars as YAML does
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlProblem(ValueError):
    """The text is not YAML at all: one line naming where."""


def _plain(node: yaml.Node, path: tuple, lines: dict[tuple, int], problems: list[str], where: str):
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


def load_with_lines(text: str, where: str) -> tuple[Any, dict[tuple, int], list[str]]:
    """(data, line of each path, problems found while reading such as duplicate keys)."""
    try:
        try:
            root = yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            root = yaml.compose(text, Loader=yaml.SafeLoader)  # its messages name the problem
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise YamlProblem(f"{where}{line}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if root is None:
        raise YamlProblem(f"{where}:1: the file is empty")
    lines: dict[tuple, int] = {}
    problems: list[str] = []
    return _plain(root, (), lines, problems, where), lines, problems


def line_of(loc: tuple, lines: dict[tuple, int]) -> int:
    """The line of the deepest part of `loc` that has one."""
    for cut in range(len(loc), -1, -1):
        if loc[:cut] in lines:
            return lines[loc[:cut]]
    return 1
