"""A local Prefect server kept running in the background, so a run pays for its work only.

Without one, every `permitwatch run` starts Prefect's temporary server and stops it again:
4–5 s of the 11 s a run of 300 unchanged pages took (issue 16), and 17–30 s on a fresh
`PREFECT_HOME`. `permitwatch server start` runs `prefect server start` detached, with the
project's own `PREFECT_HOME` (`.prefect/` at the repository root) on 127.0.0.1, its output in
`.prefect/server.log`; `run`, `demo`, `rebuild` and `serve` use it when it answers, and
otherwise start the temporary one as before. A maintainer's own `PREFECT_API_URL` always wins.

Not Prefect's own `--background`: it gives the server pipes for stdout and stderr and exits,
so the first line the server logs afterwards meets a closed pipe. A 5,000-page night's
change-report artifact (3 MB) made it log "Refusing to publish event of size 3011456": the
request failed with HTTP 500, the server died, and the night, committed, ended failed
(decision 0014).
"""

from __future__ import annotations

import os
import signal
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


LOG = "server.log"  # in PREFECT_HOME: what the server said, for a maintainer debugging it
PID = "permitwatch-server.pid"  # in PREFECT_HOME: the process group `stop` ends


def _env(home: Path) -> dict[str, str]:
    env = os.environ | {"PREFECT_HOME": str(home.resolve())}
    env.pop("PREFECT_API_URL", None)  # the server command must not talk to another server
    return env


def _prefect_command(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("prefect")), *args]


def _prefect(*args: str, home: Path = HOME) -> subprocess.CompletedProcess:
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        _prefect_command(*args), env=_env(home), capture_output=True, text=True, check=False
    )


def _alive(pid: int) -> bool:
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False  # our own child, ended: reaped now
    except ChildProcessError:
        pass  # not our child (the usual case: `start` ran in an earlier command)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and not ours to stop
    return True


def _recorded_pid(home: Path) -> int | None:
    """The pid `start` wrote, if that process still runs; a stale file is removed."""
    path = home / PID
    try:
        pid = int(path.read_text().strip())
    except (OSError, ValueError):
        path.unlink(missing_ok=True)
        return None
    if _alive(pid):
        return pid
    path.unlink(missing_ok=True)
    return None


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def start(
    port: int = PORT,
    home: Path = HOME,
    timeout: float = START_TIMEOUT,
    command: list[str] | None = None,
) -> str:
    """Start the background server (or find it running); returns its API URL.

    The server runs in a session of its own (a closed terminal does not stop it), its output
    appended to `server.log` in `home`. `command` replaces `prefect server start ...` (tests).
    """
    url = local_api_url(port)
    if answers(url):
        return url
    home.mkdir(parents=True, exist_ok=True)
    log_path = home / LOG
    pid = _recorded_pid(home)
    if pid is None:
        argv = command or _prefect_command(
            "server", "start", "--host", "127.0.0.1", "--port", str(port)
        )
        with open(log_path, "ab") as log:
            process = subprocess.Popen(
                argv,
                env=_env(home),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        (home / PID).write_text(f"{process.pid}\n")
        pid = process.pid
    # (else started earlier and not answering yet: a first start migrates the database)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if answers(url):
            return url
        if not _alive(pid):
            (home / PID).unlink(missing_ok=True)
            raise RuntimeError(
                f"the Prefect server stopped before it answered at {url}; "
                f"the end of {log_path}:\n{_tail(log_path)}"
            )
        time.sleep(0.5)
    raise RuntimeError(
        f"the Prefect server did not answer at {url} within {timeout:g} s (still starting? "
        f"see {log_path})"
    )


def stop(home: Path = HOME, timeout: float = 20.0) -> str:
    """Stop the server `start` started (its whole process group), else Prefect's own."""
    pid = _recorded_pid(home)
    if pid is None:
        if (home / "server.pid").exists():  # a server started by Prefect's --background
            done = _prefect("server", "stop", home=home)
            return (done.stdout or done.stderr).strip()
        return "no local Prefect server was running"
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + timeout
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _alive(pid):
        os.killpg(pid, signal.SIGKILL)
    (home / PID).unlink(missing_ok=True)
    return f"stopped the local Prefect server (pid {pid}; its log: {home / LOG})"
