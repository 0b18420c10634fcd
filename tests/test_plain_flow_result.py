"""A PlainFlow's quoted return value: Prefect does not walk it, its callers get it plain.

At the end of a flow run Prefect walks the returned value for futures; the nightly
`RunSummary` of 1,000 sources cost 21 ms of CPU a night to find none (benchmarks/README.md,
round 16). The nightly and rebuild flows return it quoted; whoever calls the flow (the CLI,
the demo, `with_cluster`'s copy, the tests) gets the value itself.
"""

import asyncio
from dataclasses import dataclass

import prefect.utilities.collections as collections
import pytest
from prefect import Flow
from prefect.utilities.annotations import quote

from flows.plain_flow import PlainFlow

pytestmark = pytest.mark.usefixtures("prefect_harness")

SOURCES = 2_000


@dataclass
class Result:
    source_id: str
    status: str


@dataclass
class Summary:
    run_id: int
    results: list[Result]


def summary() -> Summary:
    return Summary(7, [Result(f"page-{i}", "unchanged") for i in range(SOURCES)])


@pytest.fixture
def visits(monkeypatch):
    """How often Prefect's collection walker is entered (its recursion included)."""
    count = [0]
    walk = collections.visit_collection

    def counted(*args, **kwargs):
        count[0] += 1
        return walk(*args, **kwargs)

    monkeypatch.setattr(collections, "visit_collection", counted)
    return count


async def quoted(n: int) -> quote[Summary]:
    return quote(summary())


async def plain(n: int) -> Summary:
    return summary()


def test_a_quoted_summary_comes_back_plain_and_unwalked(visits):
    returned = asyncio.run(PlainFlow(fn=quoted, name="quoted", persist_result=False)(n=1))
    assert isinstance(returned, Summary)
    assert returned == summary()
    assert visits[0] < 100  # the quote itself, the parameters: not 2,000 results

    visits[0] = 0  # the same summary returned as it is: Prefect walks every result
    walked = asyncio.run(Flow(fn=plain, name="plain", persist_result=False)(n=1))
    assert walked == summary()
    assert visits[0] > SOURCES


def test_a_copy_with_other_options_is_still_a_plain_flow():
    def rebuilt(n: int) -> quote[list[int]]:
        return quote(list(range(n)))

    original = PlainFlow(fn=rebuilt, name="rebuilt", persist_result=False)
    copy = original.with_options(name="on-a-cluster", retries=0)
    assert isinstance(copy, PlainFlow) and copy.name == "on-a-cluster"
    assert copy(n=3) == original(n=3) == [0, 1, 2]  # a sync flow, unquoted the same way
    assert copy.serialize_parameters({"n": 3}) == {"n": 3}


def test_a_state_asked_for_is_given_as_it_is():
    state = PlainFlow(fn=quoted, name="quoted", persist_result=False)
    returned = asyncio.run(state(n=1, return_state=True))
    assert returned.is_completed()
    assert returned.result().unquote() == summary()
