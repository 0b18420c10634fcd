"""The nightly deployment: 02:00 in Brussels, one run at a time.

`permitwatch serve` (or `python -m flows.deploy`) registers it with the Prefect server
named by PREFECT_API_URL and runs each scheduled flow run in this process. Its parameters
are absolute paths, so a scheduled run reads the same files whatever folder `serve` was
started from; `permitwatch serve --print-systemd` prints a unit that keeps it running.
"""

from __future__ import annotations

import asyncio
import os
import shlex
import signal
import sys
from pathlib import Path

from prefect.runner import Runner
from prefect.schedules import Cron

from flows.nightly import nightly

NIGHTLY = Cron("0 2 * * *", timezone="Europe/Brussels")
REPOSITORY = Path(__file__).resolve().parents[1]


def deployment_parameters(
    sources: Path,
    db: Path,
    reports: Path,
    offline: bool = False,
    edition: int | None = None,
    captures: Path | None = None,
    notify: Path | None = None,
) -> dict[str, object]:
    """The nightly flow's parameters for the deployment, every path made absolute now."""
    parameters: dict[str, object] = {
        "sources": str(sources.absolute()),
        "db": str(db.absolute()),
        "reports": str(reports.absolute()),
        "offline": offline,
        "edition": edition,
    }
    if captures is not None:
        parameters["captures"] = str(captures.absolute())
    if notify is not None:
        parameters["notify"] = str(notify.absolute())
    return parameters


def serve_arguments(parameters: dict[str, object]) -> list[str]:
    """The `permitwatch serve` options that give these parameters back."""
    args = []
    for name in ("sources", "db", "reports", "captures", "notify"):
        if parameters.get(name) is not None:
            args += [f"--{name}", str(parameters[name])]
    if parameters.get("offline"):
        args.append("--offline")
    if parameters.get("edition") is not None:
        args += ["--edition", str(parameters["edition"])]
    return args


def systemd_unit(
    parameters: dict[str, object],
    repository: Path = REPOSITORY,
    python: Path | None = None,
    api_url: str | None = None,
) -> str:
    """A systemd user unit running `permitwatch serve` for this repository."""
    python = python or Path(sys.executable).absolute()  # the venv's python, not resolved
    api_url = api_url if api_url is not None else os.environ.get("PREFECT_API_URL")
    command = shlex.join([str(python), "-m", "flows.cli", "serve", *serve_arguments(parameters)])
    api = (
        f"Environment=PREFECT_API_URL={api_url}"
        if api_url
        else "# Environment=PREFECT_API_URL=http://127.0.0.1:4200/api  (your Prefect server)"
    )
    return f"""# permitwatch nightly deployment. Save as
#   ~/.config/systemd/user/permitwatch.service, then
#   systemctl --user daemon-reload && systemctl --user enable --now permitwatch
#   loginctl enable-linger $USER    # keep it running when you are logged out
[Unit]
Description=permitwatch nightly run (Prefect deployment nightly/nightly)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
WorkingDirectory={repository}
{api}
# the ${{VARS}} of notify.yaml (alert secrets), one NAME=value a line, kept out of the repository
EnvironmentFile=-%h/.config/permitwatch/env
ExecStart={command}
Restart=on-failure
RestartSec=30
KillSignal=SIGTERM
TimeoutStopSec=60

[Install]
WantedBy=default.target
"""


async def _serve(parameters: dict[str, object]) -> None:
    """Serve until SIGTERM or SIGINT, then stop the runner and wait for it.

    Prefect's own SIGTERM handler calls the runner's stop() inside the event loop, which
    there only makes a coroutine nobody awaits (RuntimeWarning: coroutine 'Runner.astop'
    was never awaited); here both signals set an event and the runner is stopped by awaiting
    astop().
    """
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    runner = Runner(name="nightly", pause_on_shutdown=True)
    # Runner.start() installs handle_sigterm with signal.signal: give it ours instead.
    runner.handle_sigterm = lambda *_: loop.call_soon_threadsafe(stopping.set)
    loop.add_signal_handler(signal.SIGINT, stopping.set)
    await runner.aadd_flow(
        nightly,
        name="nightly",
        schedule=NIGHTLY,
        concurrency_limit=1,
        parameters=parameters,
        description="Fetch every source of sources.yaml and store new snapshots.",
        tags=["permitwatch"],
    )
    print(
        "serving nightly/nightly (cron 0 2 * * *, Europe/Brussels) with "
        + ", ".join(f"{k}={v}" for k, v in parameters.items()),
        flush=True,
    )
    running = asyncio.ensure_future(runner.start())
    stop = asyncio.ensure_future(stopping.wait())
    await asyncio.wait({running, stop}, return_when=asyncio.FIRST_COMPLETED)
    if not running.done():
        await runner.astop()
    stop.cancel()
    try:
        await running
    except asyncio.CancelledError:
        pass
    print("permitwatch serve stopped", flush=True)


def serve_nightly(parameters: dict[str, object] | None = None) -> None:
    asyncio.run(_serve(parameters or {}))


if __name__ == "__main__":
    serve_nightly()
