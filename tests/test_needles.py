"""Needles read from a pattern (parsers/needles.py): a text without any of them has no match,
so CaseBlind may pass over it without the search and find exactly what it found before."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from parsers import amounts, conditions, numbers
from parsers.blocks import extract_blocks
from parsers.lexicon import CaseBlind, lowered
from parsers.needles import needles

DEVSET = Path(__file__).parent / "devset"


def test_alternatives_each_give_their_words():
    found = needles(re.compile(r"\b(?:mag|mogen)\b \d+|\bnot accepted\b"))
    assert set(found) == {"mag ", "mogen ", "not accepted"}  # the space after is needed too


def test_the_longest_necessary_part_is_chosen():
    # " per" and one of "month", "mois" are both needed: one string of four characters
    # is tested faster than two, and passes over as many texts
    assert needles(re.compile(r"\d+ per\s+(?:month|mois)")) == (" per",)
    assert needles(re.compile(r"\d+ a\s+(?:month|mois)")) == ("mois", "month")


def test_a_word_holding_another_is_not_tested_again():
    assert needles(re.compile(r"\b(?:days|day|dag)\b")) == ("dag", "day")


def test_optional_parts_and_classes_claim_nothing():
    assert needles(re.compile(r"(?:at least )?\d+")) == ()
    assert needles(re.compile(r"[a-z]+ing\b|x")) == ()  # one branch needs only a letter
    assert needles(re.compile(r"(?:abc)*de")) == ("de",)


def test_patterns_that_ignore_case_get_none():
    assert needles(re.compile(r"at most", re.IGNORECASE)) == ()
    assert needles(re.compile(r"(?i:at most) \d")) == ()


def test_too_many_or_too_short_needles_are_not_worth_testing():
    assert needles(re.compile("|".join(f"word{i}x" for i in range(30)))) == ()
    assert needles(re.compile(r"a\d")) == ()


def _patterns() -> list[tuple[str, CaseBlind]]:
    out = []
    for module in (amounts, conditions, numbers):
        for name, value in vars(module).items():
            if isinstance(value, CaseBlind) and value.needles:
                out.append((f"{module.__name__}.{name}", value))
    return out


def _texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(DEVSET.glob("*.html")):
        for block in extract_blocks(path.read_text(encoding="utf-8")):
            texts.append(block.text)
            texts.extend(block.sentences)
    return texts


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re._parser's opcodes of 3.11")
def test_every_match_on_the_dev_pages_holds_a_needle():
    patterns = _patterns()
    assert len(patterns) >= 10  # the derivation is in use, not only hand-written needles
    texts = [lower for lower in map(lowered, _texts()) if lower is not None]
    assert len(texts) > 10_000
    matched = 0
    for name, pattern in patterns:
        for lower in texts:
            if pattern.lowered.search(lower):
                matched += 1
                assert any(needle in lower for needle in pattern.needles), (name, lower)
    assert matched > 1_000  # the patterns do match: the check above was exercised


# --- needles remembered between processes (parsers/needles_remembered.json) ------------------


def test_the_remembered_needles_are_current_for_every_pattern():
    """The file holds exactly what a fresh process derives for every pattern extraction asks
    about: a stale file would cost each process 0.3 s of deriving, or a wrong needle a match.
    (In a fresh process: this one has been asked about the tests' own patterns too.)"""
    import json
    import subprocess

    from parsers import needles as module

    code = "import json, parsers.remember_needles as m; print(json.dumps(m.remembered()))"
    fresh = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    wanted = json.loads(fresh)
    kept = json.loads(module.REMEMBERED.read_text(encoding="utf-8"))
    assert len(wanted["needles"]) > 100  # every CaseBlind of amounts and conditions
    stale = "parsers/needles_remembered.json is stale: .venv/bin/python -m parsers.remember_needles"
    assert kept == wanted, stale


def test_a_remembered_entry_is_used_only_under_the_current_derivation(tmp_path, monkeypatch):
    import json

    from parsers import needles as module

    pattern = re.compile(r"\bat most\b \d+")
    assert module.derive(pattern) == ("at most ",)
    claimed = {"needles": {module.key(pattern.pattern): ["zz"]}}
    file = tmp_path / "remembered.json"
    monkeypatch.setattr(module, "REMEMBERED", file)
    for fingerprint, expected in (("another", ("at most ",)), (module.fingerprint(), ("zz",))):
        file.write_text(json.dumps({**claimed, "fingerprint": fingerprint}), encoding="utf-8")
        monkeypatch.setattr(module, "_MEMO", None)
        assert needles(pattern) == expected
    monkeypatch.setattr(module, "_MEMO", None)
    file.write_text("{not json", encoding="utf-8")
    assert needles(pattern) == ("at most ",)  # an unreadable file is no file
    monkeypatch.setattr(module, "_MEMO", None)


def test_pattern_texts_do_not_depend_on_string_hashing():
    """The lexicons' alternations are written in one order in every process, so an entry
    remembered by one process is found by the next (before, 91 of 151 patterns were spelled
    in an order set by PYTHONHASHSEED)."""
    import os
    import subprocess

    code = (
        "import hashlib, parsers.extract; from parsers import needles as m; "
        "print(hashlib.sha256('\\n'.join(sorted(m.ASKED)).encode()).hexdigest())"
    )
    root = Path(__file__).resolve().parents[1]
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(seen) == 1
