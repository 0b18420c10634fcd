"""Imported by flows.nightly before Prefect: httpcore, without trio.

Prefect imports httpx, whose httpcore tries `import trio` to also serve trio's event loop
(`httpcore._synchronization`). trio is installed here only because selenium, a test
dependency, needs it, and a night runs on asyncio: loaded, it cost the run's process 60
modules and 3-5 MB at every phase (benchmarks/memory.py --pages 1000: imports 115 -> 110 MB,
a cold night's peak 253 -> 248). For httpcore's one import trio reads as absent (None in
sys.modules makes an import fail), as on a machine without it, and is importable again
right after: the way warehouse.diff imports deepdiff without numpy. Loaded before, it stays.
"""

import sys

if "httpcore" not in sys.modules and "trio" not in sys.modules:
    sys.modules["trio"] = None  # type: ignore[assignment]
    try:
        import httpcore  # noqa: F401
    finally:
        if "trio" in sys.modules and sys.modules["trio"] is None:
            del sys.modules["trio"]
