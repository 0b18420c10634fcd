"""`@flow` for flows whose parameters are plain JSON values: sent to Prefect without FastAPI.

Prefect stores a flow run's parameters as `Flow.serialize_parameters` returns them, and it
imports FastAPI's `jsonable_encoder` for that: 63 fastapi and starlette modules, 0.07-0.08 s
of every `permitwatch run`, whose process uses FastAPI for nothing else (benchmarks/README.md,
round 15). The nightly and rebuild flows take strings, integers, booleans and None, which
that encoder returns as they are; such parameters are passed through here, and anything
else still goes through Prefect's own encoding.

A flow's return value is walked by Prefect for futures when the run ends
(`resolve_futures_to_states`): the nightly `RunSummary` holds one `SourceResult` per source,
21 ms of CPU a night at 1,000 sources (benchmarks/README.md, round 16) to find none. Such a
flow returns `quote(value)`, which Prefect does not walk; calling a PlainFlow (the CLI, the
demo, `with_cluster`'s copy, the tests) gives the value itself back.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from prefect import Flow
from prefect.utilities.annotations import quote

PLAIN = (str, int, float, bool, type(None))  # exactly these types: an Enum or a str subclass
# is encoded by Prefect (jsonable_encoder gives an Enum's value, not the member)


class PlainFlow(Flow):
    def serialize_parameters(self, parameters: dict[str, Any]) -> dict[str, Any]:
        if all(type(value) in PLAIN for value in parameters.values()):
            return dict(parameters)
        return super().serialize_parameters(parameters)

    def __call__(self, *args: Any, return_state: bool = False, **kwargs: Any) -> Any:
        """As `Flow.__call__`, a quoted return value unquoted (a state is given as it is)."""
        called = super().__call__(*args, return_state=return_state, **kwargs)
        if return_state:
            return called
        if inspect.isawaitable(called):
            return _unquoted(called)
        return unquoted(called)

    def with_options(self, **options: Any) -> PlainFlow:
        """As `Flow.with_options`, the copy still a PlainFlow (Prefect's builds a `Flow`)."""
        copy = super().with_options(**options)
        copy.__class__ = type(self)
        return copy


def unquoted(value: Any) -> Any:
    """The value a flow returned, out of its `quote` if it is in one."""
    return value.unquote() if isinstance(value, quote) else value


async def _unquoted(called: Awaitable[Any]) -> Any:
    return unquoted(await called)


def flow(**options: Any) -> Callable[[Callable[..., Any]], PlainFlow]:
    """As `prefect.flow(name=..., ...)`, the flow a PlainFlow."""
    return lambda fn: PlainFlow(fn=fn, **options)
