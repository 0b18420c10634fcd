"""permitwatch flows: orchestration, fetching and the command line.

Prefect reads its settings at import, so the offline-friendly defaults are set here,
before any module of this package imports it. A maintainer's own values win.
"""

import os
import time

# When the command started, near enough (this package is imported first): the summary line
# gives the whole command's time beside the run's own work (22 s against 0.7 s).
STARTED = time.monotonic()

for _name, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}.items():
    os.environ.setdefault(_name, _value)
