"""Named points where a crash test can freeze a run and kill it with SIGKILL.

With `PERMITWATCH_TEST_PAUSE=<point>` in the environment, a run that reaches that point
prints `permitwatch: paused at <point>` on stderr and sleeps (60 s, or
`PERMITWATCH_TEST_PAUSE_SECONDS`), then carries on as if nothing happened. A test waits
for the line and kills the process, so "killed during fetching" is a fact, not a race.
With `PERMITWATCH_TEST_RELEASE=<file>` too, the run goes on as soon as that file exists and
says `permitwatch: released at <point>`, so a test can act while the run is held, for as
long as it needs, and know its actions all happened inside the pause (no timer to guess).
Unset (always, outside tests) it costs one dictionary lookup. The points:

- `fetch`   the first source's fetch is committed, others are still being fetched
- `parse`   the first page's facts are written, inside the parse transaction
- `write`   all facts and the run's `completed` status are written, not yet committed
- `publish` the run is committed; the read-only copy is written but not yet swapped in
"""

from __future__ import annotations

import os
import sys
import time

PAUSE = "PERMITWATCH_TEST_PAUSE"
PAUSE_SECONDS = "PERMITWATCH_TEST_PAUSE_SECONDS"
RELEASE = "PERMITWATCH_TEST_RELEASE"
POINTS = ("fetch", "parse", "write", "publish")


def pause(point: str) -> None:
    """Sleep here when the environment asks for this point (crash tests only)."""
    if os.environ.get(PAUSE) != point:
        return
    print(f"permitwatch: paused at {point} ({PAUSE})", file=sys.stderr, flush=True)
    seconds = float(os.environ.get(PAUSE_SECONDS, "60"))
    release = os.environ.get(RELEASE)
    if not release:
        time.sleep(seconds)
        return
    for _ in range(int(seconds / 0.02) + 1):  # bounded: the pause ends on its own at worst
        if os.path.exists(release):
            print(f"permitwatch: released at {point}", file=sys.stderr, flush=True)
            return
        time.sleep(0.02)
    print(f"permitwatch: pause at {point} ran out unreleased", file=sys.stderr, flush=True)
