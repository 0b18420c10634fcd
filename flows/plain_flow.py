"""`@flow` for flows whose parameters are plain JSON values: sent to Prefect without FastAPI.

Prefect stores a flow run's parameters as `Flow.serialize_parameters` returns them, and it
imports FastAPI's `jsonable_encoder` for that: 63 fastapi and starlette modules, 0.07-0.08 s
of every `permitwatch run`, whose process uses FastAPI for nothing else (benchmarks/README.md,
round 15). The nightly and rebuild flows take strings, integers, booleans and None, which
that encoder returns as they are; such parameters are passed through here, and anything
else still goes through Prefect's own encoding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prefect import Flow

PLAIN = (str, int, float, bool, type(None))  # exactly these types: an Enum or a str subclass
# is encoded by Prefect (jsonable_encoder gives an Enum's value, not the member)


class PlainFlow(Flow):
    def serialize_parameters(self, parameters: dict[str, Any]) -> dict[str, Any]:
        if all(type(value) in PLAIN for value in parameters.values()):
            return dict(parameters)
        return super().serialize_parameters(parameters)


def flow(**options: Any) -> Callable[[Callable[..., Any]], PlainFlow]:
    """As `prefect.flow(name=..., ...)`, the flow a PlainFlow."""
    return lambda fn: PlainFlow(fn=fn, **options)
