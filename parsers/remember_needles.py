"""Write parsers/needles_remembered.json: the needles of every pattern extraction builds.

    .venv/bin/python -m parsers.remember_needles

Run it after changing a pattern or a lexicon word (tests/test_needles.py says when): a
pattern missing from the file still works, its needles derived in every process that
extracts (parsers/needles.py, "needles remembered between processes").
"""

from __future__ import annotations

import json
import re

import parsers.extract  # noqa: F401  (its modules build every CaseBlind at import)
from parsers.needles import ASKED, REMEMBERED, derive, fingerprint, key


def remembered() -> dict:
    """What REMEMBERED should hold: the needles derived, never read back, for every pattern
    asked about while `parsers` was imported."""
    return {
        "fingerprint": fingerprint(),
        "needles": {key(text): list(derive(re.compile(text))) for text in ASKED},
    }


def write() -> int:
    """Write REMEMBERED afresh; the number of patterns it holds."""
    data = remembered()
    text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    REMEMBERED.write_text(text, encoding="utf-8")
    return len(data["needles"])


if __name__ == "__main__":
    print(f"{REMEMBERED}: the needles of {write()} patterns")
