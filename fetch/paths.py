"""Where the fetch stage's inputs are by default, relative to the repository root.

Kept apart from `sources.py` (pydantic, selectolax) and `offline.py` (httpx) so that a
command that only needs the default paths (`permitwatch --help`, `query`, `review`) does not
pay 0.8 s of imports for them.
"""

from pathlib import Path

DEFAULT_SOURCES = Path("sources.yaml")
CAPTURES = Path("captures")
