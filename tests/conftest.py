import os

import pytest

from tests.server import LocalServer

# Runs in tests start their own temporary Prefect server (or the session harness), never a
# developer's background one (`permitwatch server start`).
os.environ["PERMITWATCH_PREFECT_SERVER"] = "temporary"


@pytest.fixture
def server():
    with LocalServer() as running:
        yield running


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for every test that runs the flow (its start costs ~12 s)."""
    from prefect.testing.utilities import prefect_test_harness

    import flows  # noqa: F401  (sets the offline-friendly Prefect defaults first)

    with prefect_test_harness(server_startup_timeout=120):
        yield
