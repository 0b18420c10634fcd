"""A local Prefect server kept running in the background, so a run pays for its work only.

Without one, every `permitwatch run` starts Prefect's temporary server and stops it again:
4–5 s of the 11 s a run of 300 unchanged pages took (issue 16), and 17–30 s on a fresh
`PREFECT_HOME`. `permitwatch server start` runs Prefect's own background mode
(`prefect server start --background`) with the project's own `PREFECT_HOME` (`.prefect/` at
the repository root) on 127.0.0.1; `run`, `demo`, `rebuild` and `serve` use it when it
answers, and otherwise start the temporary one as before. A maintainer's own
`PREFECT_API_URL` always wins.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

HOME = Path(os.environ.get("PERMITWATCH_PREFECT_HOME", ".prefect"))
PORT = int(os.environ.get("PERMITWATCH_PREFECT_PORT", "4200"))
START_TIMEOUT = 120.0  # seconds; a first start migrates Prefect's database
# "temporary" never looks for the local server (the test suite sets it: a developer's
# background server must not leak into tests); "auto" (default) uses it when it answers.
MODE = "PERMITWATCH_PREFECT_SERVER"


def local_api_url(port: int = PORT) -> str:
    return f"http://127.0.0.1:{port}/api"


def answers(api_url: str, timeout: float = 0.5) -> bool:
    """True when a Prefect API answers its health check there (a refused port: at once)."""
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError, ValueError):
        return False


@dataclass(frozen=True)
class Choice:
    """Which Prefect server a command uses, and the line that tells the maintainer."""

    api_url: str | None  # None: Prefect's temporary server
    line: str


def choose(port: int = PORT) -> Choice:
    """Use PREFECT_API_URL, else the local background server if it answers, else temporary."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        return Choice(configured, f"prefect: using PREFECT_API_URL ({configured})")
    local = local_api_url(port)
    if os.environ.get(MODE, "auto") != "temporary" and answers(local):
        return Choice(local, f"prefect: using the local server at {local}")
    return Choice(
        None,
        "prefect: starting a temporary server (about 10 s; "
        "`permitwatch server start` keeps one running)",
    )


def use(choice: Choice) -> None:
    """Point Prefect at the chosen server; call before Prefect is imported."""
    if choice.api_url:
        os.environ["PREFECT_API_URL"] = choice.api_url


def _prefect(*args: str, home: Path = HOME) -> subprocess.CompletedProcess:
    home.mkdir(parents=True, exist_ok=True)
    env = os.environ | {"PREFECT_HOME": str(home.resolve())}
    env.pop("PREFECT_API_URL", None)  # the server command must not talk to another server
    prefect = Path(sys.executable).with_name("prefect")
    return subprocess.run(
        [str(prefect), *args], env=env, capture_output=True, text=True, check=False
    )


def start(port: int = PORT, home: Path = HOME, timeout: float = START_TIMEOUT) -> str:
    """Start the background server (or find it running); returns its API URL."""
    url = local_api_url(port)
    if answers(url):
        return url
    done = _prefect(
        "server", "start", "--background", "--host", "127.0.0.1", "--port", str(port), home=home
    )
    if done.returncode != 0:
        raise RuntimeError(f"prefect server start failed: {(done.stderr or done.stdout).strip()}")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if answers(url):
            return url
        time.sleep(0.5)
    raise RuntimeError(f"the Prefect server did not answer at {url} within {timeout:g} s")


def stop(home: Path = HOME) -> str:
    done = _prefect("server", "stop", home=home)
    return (done.stdout or done.stderr).strip()
