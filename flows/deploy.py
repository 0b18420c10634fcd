"""The nightly deployment: 02:00 in Brussels, one run at a time.

`permitwatch serve` (or `python -m flows.deploy`) registers it with the Prefect server
named by PREFECT_API_URL and runs each scheduled flow run in this process.
"""

from __future__ import annotations

from prefect.schedules import Cron

from flows.nightly import nightly

NIGHTLY = Cron("0 2 * * *", timezone="Europe/Brussels")


def serve_nightly() -> None:
    nightly.serve(
        name="nightly",
        schedule=NIGHTLY,
        global_limit=1,
        description="Fetch every source of sources.yaml and store new snapshots.",
        tags=["permitwatch"],
    )


if __name__ == "__main__":
    serve_nightly()
