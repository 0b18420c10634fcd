"""What changed on a page, told as a volunteer reads it: pure functions over fact records.

Amounts are paired in three passes, most certain first: the same statement moved or
reworded (same values, same section: no change), the same slot with another value
(amount_changed), then the same section/kind/unit with a similar quote (amount_changed).
Conditions that vanished and appeared are aligned by text similarity, so a reworded
condition is one condition_changed, not a removal and an addition. Facts inside a section
that appeared or vanished whole are told once, as section_added / section_removed (two or
more: a section of one fact is told by that fact's own change).

Pairing is by set difference on fact identities, not by deepdiff: deepdiff compares
structures position by position or by hash, while a rule's identity here is its slot and
wording. deepdiff does describe what differs inside a paired amount (`_changed_fields`).
"""

from __future__ import annotations

import difflib
import re
import sys
from collections import Counter
from collections.abc import Collection
from dataclasses import replace

from parsers.text import WORD
from warehouse.records import AmountRow, Change, ConditionRow

SIMILAR_CONDITION = 0.6
SIMILAR_QUOTE = 0.5
REWRITTEN_CONDITION = 0.3  # same section only; measured: a rewording 0.32, a swap 0.14


# --- wording ---------------------------------------------------------------

_BOUND_WORDS = {"min": "at least ", "max": "at most ", "exact": "", "range": ""}


def _number(value: float, money: bool = False) -> str:
    if money:
        text = f"{value:,.2f}"
        return text[:-3] if text.endswith(".00") else text
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def describe_amount(row: AmountRow) -> str:
    """'at least EUR 450 per month', '18-26 years', 'at most 20 MB', '2025-08-18'."""
    if row.kind == "date":
        return row.date_value.isoformat() if row.date_value else "a date"
    return describe_quantity(row.value, row.value_max, row.unit, row.per, row.bound)


def describe_quantity(
    value: float | None,
    value_max: float | None,
    unit: str | None,
    per: str | None,
    bound: str | None = None,
) -> str:
    """A quantity in the words of every report line: 'at least EUR 3,513.79 per month'.

    One wording for page-level and rule-level lines, so a volunteer reads the same figure
    the same way in both (a rule line used to say '3513.79 EUR per month')."""
    money = unit == "EUR"
    if value_max is not None:
        amount = f"{_number(value, money)}-{_number(value_max, money)}"
    else:
        amount = _number(value, money) if value is not None else "?"
    if money:
        text = f"EUR {amount}"
    elif unit == "percent":
        text = f"{amount} %"
    else:
        text = f"{amount} {unit or ''}".rstrip()
    text = _BOUND_WORDS.get(bound or "", "") + text
    if per:
        text += f" per {per}"
    return text


def subject_of(row: AmountRow) -> str:
    if row.kind == "money":
        return "money (EUR" + (f" per {row.per})" if row.per else ")")
    if row.kind in ("date", "percent"):
        return row.kind
    return f"{row.kind} ({row.unit}" + (f" per {row.per})" if row.per else ")")


def _changed_fields(old: AmountRow, new: AmountRow) -> list[str]:
    """Which of value, range, rate or bound differ: what the volunteer should look at."""
    DeepDiff = _deepdiff()  # noqa: N806 (a class)
    keys = ("value", "value_max", "unit", "per", "bound", "date_value")
    found = DeepDiff({k: getattr(old, k) for k in keys}, {k: getattr(new, k) for k in keys})
    return sorted(
        {
            re.sub(r"root\['(\w+)'\]", r"\1", path)
            for path in found.get("values_changed", {}) | found.get("type_changes", {})
        }
    )


# What deepdiff imports only to recognise their types, if it finds them (deepdiff.helper and
# deepdiff.deephash: `try: import numpy / pandas / polars`, each optional for deepdiff).
_ARRAY_LIBRARIES = ("numpy", "pandas", "polars")


def _deepdiff():
    """deepdiff's DeepDiff, imported (once, at the first changed amount) without array libraries.

    Six fields of plain values hold no array and no frame, yet deepdiff's imports brought
    numpy and pandas: +42 MB at the first changed amount, the edited night's peak 306 MB at
    1,000 pages (benchmarks/memory.py). For that one import, the libraries not loaded yet
    read as absent (None in sys.modules makes an import fail), as on a machine without them,
    and are visible again right after; deepdiff is not changed. Loaded before, they are used.
    Another thread importing one of them in that instant would be refused: nothing a night
    runs imports them (prefect's cache policies look for pandas only when already loaded).
    """
    if "deepdiff" not in sys.modules:
        hidden = [name for name in _ARRAY_LIBRARIES if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]
        try:
            import deepdiff  # noqa: F401
        finally:
            for name in hidden:
                if name in sys.modules and sys.modules[name] is None:
                    del sys.modules[name]
    from deepdiff import DeepDiff

    return DeepDiff


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _contained(part: str, whole: str) -> bool:
    """Most of `part`'s words stand in `whole`."""
    words = set(_words(part))
    return bool(words) and len(words & set(_words(whole))) / len(words) >= 0.6


def _content_overlap(a: str, b: str) -> float:
    """Jaccard of the words longer than three letters: what a rewording keeps."""
    x = {w for w in _words(a) if len(w) > 3}
    y = {w for w in _words(b) if len(w) > 3}
    return len(x & y) / len(x | y) if x | y else 0.0


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower().split(), b.lower().split()).ratio()


# --- amounts ---------------------------------------------------------------


def amount_facts(old: AmountRow | None, new: AmountRow | None) -> dict:
    """The fact ids and numbers a change of these statements links to (see `Change`):
    a date has no number, and two sides in different units ("four months" -> "90 days")
    share no unit."""
    units = {row.unit for row in (old, new) if row is not None and row.kind != "date"}
    return {
        "old_fact_id": old.fact_id if old else None,
        "new_fact_id": new.fact_id if new else None,
        "old_number": old.value if old else None,
        "new_number": new.value if new else None,
        "old_number_max": old.value_max if old else None,
        "new_number_max": new.value_max if new else None,
        "unit": units.pop() if len(units) == 1 else None,
        "rule_id": (new or old).rule_id,
        "jurisdiction": (new or old).jurisdiction if (new or old).rule_id else None,
    }


def _amount_change(old: AmountRow, new: AmountRow) -> Change:
    fields = _changed_fields(old, new)
    subject = subject_of(new) + (f": {', '.join(fields)} changed" if fields else "")
    return Change(
        change_kind="amount_changed",
        section=new.section,
        subject=subject,
        old_value=describe_amount(old),
        new_value=describe_amount(new),
        old_quote=old.quote,
        new_quote=new.quote,
        **amount_facts(old, new),
    )


def diff_amounts(old: list[AmountRow], new: list[AmountRow]) -> list[Change]:
    new_ids = {row.fact_id for row in new}
    old_ids = {row.fact_id for row in old}
    removed = [row for row in old if row.fact_id not in new_ids]
    added = [row for row in new if row.fact_id not in old_ids]
    changes: list[Change] = []

    def take(match) -> None:
        for r in list(removed):
            partner = next((a for a in added if match(r, a)), None)
            if partner is not None:
                removed.remove(r)
                added.remove(partner)
                if r.values != partner.values:
                    changes.append(_amount_change(r, partner))

    # The same statement first: in a section renamed by its heading's number ("Maximaal 90
    # dagen" -> "91"), the heading's own 90 would otherwise take the body's unchanged 90,
    # leaving the heading's edit told as a removal and an addition (4 of 13 value edits'
    # noise on the tuning pages).
    take(lambda r, a: r.values == a.values and r.section == a.section and r.quote == a.quote)
    take(lambda r, a: r.values == a.values and r.section == a.section)  # moved or reworded
    take(lambda r, a: r.slot == a.slot)  # same place, other value
    take(
        lambda r, a: (
            (r.section, r.kind) == (a.section, a.kind)
            and (r.unit == a.unit or r.kind == "duration")  # "four months" -> "90 days"
            and _similar(r.quote, a.quote) >= SIMILAR_QUOTE
        )
    )
    take(lambda r, a: r.values == a.values)  # moved to another section: not a rule change
    changes += [
        Change(
            change_kind="amount_removed",
            section=r.section,
            subject=subject_of(r),
            old_value=describe_amount(r),
            new_value=None,
            old_quote=r.quote,
            new_quote=None,
            **amount_facts(r, None),
        )
        for r in removed
    ]
    changes += [
        Change(
            change_kind="amount_added",
            section=a.section,
            subject=subject_of(a),
            old_value=None,
            new_value=describe_amount(a),
            old_quote=None,
            new_quote=a.quote,
            **amount_facts(None, a),
        )
        for a in added
    ]
    return changes


# --- conditions ------------------------------------------------------------


def _condition_change(kind: str, old: ConditionRow | None, new: ConditionRow | None) -> Change:
    """A condition told as its text before and after, linked to both facts."""
    now = new or old
    return Change(
        change_kind=kind,
        section=now.section,
        subject=now.kind,
        old_value=old.text if old else None,
        new_value=new.text if new else None,
        old_quote=old.text if old else None,
        new_quote=new.text if new else None,
        old_fact_id=old.fact_id if old else None,
        new_fact_id=new.fact_id if new else None,
    )


def diff_conditions(old: list[ConditionRow], new: list[ConditionRow]) -> list[Change]:
    new_ids = {row.fact_id for row in new}
    old_ids = {row.fact_id for row in old}
    removed = [row for row in old if row.fact_id not in new_ids]
    added = [row for row in new if row.fact_id not in old_ids]
    changes: list[Change] = []
    scored = sorted(
        (
            (_similar(r.text, a.text), i, j)
            for i, r in enumerate(removed)
            for j, a in enumerate(added)
        ),
        reverse=True,
    )
    used_r, used_a = set(), set()
    for score, i, j in scored:
        if score < SIMILAR_CONDITION:
            break
        if i in used_r or j in used_a:
            continue
        used_r.add(i)
        used_a.add(j)
        r, a = removed[i], added[j]
        if _words(r.text) == _words(a.text) and r.kind == a.kind:
            continue  # the same condition under a renamed heading: not a rule change
        changes.append(_condition_change("condition_changed", r, a))
    # A paragraph reworded into fewer or more sentences: a vanished sentence whose words
    # now stand in a new one of the same section (or the reverse) is part of that rewording.
    left_r = [r for i, r in enumerate(removed) if i not in used_r]
    left_a = [a for j, a in enumerate(added) if j not in used_a]
    for r in list(left_r):
        for a in added:
            if a.section == r.section and _contained(r.text, a.text):
                left_r.remove(r)
                if a in left_a:
                    left_a.remove(a)
                    changes.append(_condition_change("condition_changed", r, a))
                break
    for a in list(left_a):
        if any(r.section == a.section and _contained(a.text, r.text) for r in removed):
            left_a.remove(a)
    # Last, a sentence rewritten with other words in the same section: content words shared.
    for r in list(left_r):
        best = max(
            (a for a in left_a if a.section == r.section),
            key=lambda a: _content_overlap(r.text, a.text),
            default=None,
        )
        if best is not None and _content_overlap(r.text, best.text) >= REWRITTEN_CONDITION:
            left_r.remove(r)
            left_a.remove(best)
            changes.append(_condition_change("condition_changed", r, best))
    changes += [_condition_change("condition_removed", r, None) for r in left_r]
    changes += [_condition_change("condition_added", None, a) for a in left_a]
    return changes


# --- a page ----------------------------------------------------------------


def _sections(amounts: list[AmountRow], conditions: list[ConditionRow]) -> Counter[str]:
    """Each named section of a page and how many facts it holds."""
    return Counter(row.section for row in (*amounts, *conditions) if row.section)


def _summary(amounts: list[AmountRow], conditions: list[ConditionRow]) -> str:
    parts = [describe_amount(a) for a in amounts[:6]] + [c.text for c in conditions[:6]]
    return "; ".join(parts)


def _content(section: str, amounts: list[AmountRow], conditions: list[ConditionRow]) -> set:
    return {a.values for a in amounts if a.section == section} | {
        " ".join(_words(c.text)) for c in conditions if c.section == section
    }


def _renamed(gone: set[str], came: set[str], old_a, new_a, old_c, new_c):
    """Sections whose heading changed but whose facts are mostly the same, or whose heading
    only changed a number ('Hoogstens 90 dagen' -> 'Hoogstens 89 dagen': the heading's own
    amount changed, and is told as such)."""
    pairs = []
    for g in sorted(gone):
        same_words = [c for c in sorted(came) if _without_numbers(c) == _without_numbers(g)]
        if len(same_words) == 1:
            pairs.append((g, same_words[0]))
            came = came - {same_words[0]}
            continue
        before = _content(g, old_a, old_c)
        best, best_overlap = None, 0.5
        for c in sorted(came):
            after = _content(c, new_a, new_c)
            overlap = len(before & after) / max(1, min(len(before), len(after)))
            if overlap >= best_overlap:
                best, best_overlap = c, overlap
        if best is not None:
            pairs.append((g, best))
            came = came - {best}
    return pairs


def diff_page(
    old_amounts: list[AmountRow],
    new_amounts: list[AmountRow],
    old_conditions: list[ConditionRow],
    new_conditions: list[ConditionRow],
    kept: Collection[str] = (),
) -> list[Change]:
    """All changes of one page, sections that came or went told once, not fact by fact.

    `kept`: the sections the page has text in before and after (`passage_diff.kept`). Such a
    section did not come or go, whatever its facts did: its facts are told one by one (a
    list of documents read as none once an item was dropped from it was told as the whole
    section removed, though its heading and other items stand)."""
    old_sections = _sections(old_amounts, old_conditions)
    new_sections = _sections(new_amounts, new_conditions)
    gone = old_sections.keys() - new_sections.keys()
    came = new_sections.keys() - old_sections.keys()
    renamed = dict(_renamed(gone, came, old_amounts, new_amounts, old_conditions, new_conditions))
    for g, c in renamed.items():
        gone.discard(g)
        came.discard(c)
    # A section of one fact is told by that fact (condition_removed, not section_removed): a
    # list item dropped from under a heading that stays, or one added under a heading that
    # had no facts, is not a section that came or went (5 of the 17 noise rows of the older
    # tuning pages), and one fact's own change says as much as a summary of one.
    gone = {s for s in gone if old_sections[s] > 1 and s not in kept}
    came = {s for s in came if new_sections[s] > 1 and s not in kept}
    # The facts of a renamed section are compared with the new name, so that one whose value
    # changed pairs with its old self (same section, similar quote) as anywhere else.
    old_amounts = [replace(x, section=renamed.get(x.section, x.section)) for x in old_amounts]
    changes: list[Change] = []
    for section in sorted(came):
        a = [x for x in new_amounts if x.section == section]
        c = [x for x in new_conditions if x.section == section]
        if a or c:
            changes.append(
                Change(
                    change_kind="section_added",
                    section=section,
                    subject="section",
                    old_value=None,
                    new_value=f"{len(a)} amounts, {len(c)} conditions",
                    old_quote=None,
                    new_quote=_summary(a, c),
                )
            )
    for section in sorted(gone):
        a = [x for x in old_amounts if x.section == section]
        c = [x for x in old_conditions if x.section == section]
        if a or c:
            changes.append(
                Change(
                    change_kind="section_removed",
                    section=section,
                    subject="section",
                    old_value=f"{len(a)} amounts, {len(c)} conditions",
                    new_value=None,
                    old_quote=_summary(a, c),
                    new_quote=None,
                )
            )
    # Facts of a renamed section pair with their old selves below; only whole sections that
    # appeared or vanished with nothing to pair are summarised above.
    keep_old_a = [x for x in old_amounts if x.section not in gone]
    keep_new_a = [x for x in new_amounts if x.section not in came]
    keep_old_c = [x for x in old_conditions if x.section not in gone]
    keep_new_c = [x for x in new_conditions if x.section not in came]
    amount_changes = diff_amounts(keep_old_a, keep_new_a)
    changes += amount_changes
    for change in diff_conditions(keep_old_c, keep_new_c):
        if change.change_kind == "condition_changed" and _told_by_amount(change, amount_changes):
            continue  # only its number changed, and that is told as the amount_changed
        changes.append(change)
    return changes


def _told_by_amount(change: Change, amount_changes: list[Change]) -> bool:
    """Whether a reworded condition differs from its old text only inside the sentence an
    amount_changed quotes, and only in numbers: that line already shows both sentences, so a
    second line for the same edit is noise (a list item of three sentences, one with the
    value, was told twice: 3 of 5 value edits' noise on the tuning pages)."""
    old, new = change.old_value or "", change.new_value or ""
    if _without_numbers(old) != _without_numbers(new):
        return False
    return any(
        c.change_kind == "amount_changed"
        and c.new_quote
        and c.old_quote
        and c.new_quote in new
        and new.replace(c.new_quote, c.old_quote, 1) == old
        for c in amount_changes
    )


def as_corrections(changes: list[Change], old_parser: str, new_parser: str) -> list[Change]:
    """Differences a new parser reads in a body an older one read: `parser_corrected` (low),
    each keeping what it would have been told as, so a maintainer can check the parser."""
    return [
        replace(
            c,
            change_kind="parser_corrected",
            reason=f"the page did not change; parser {old_parser} -> {new_parser} reads it "
            f"differently (would be {c.change_kind})",
        )
        for c in changes
    ]


def _without_numbers(text: str | None) -> list[str]:
    # parsers.numbers compiles the number words of four languages at import (~50 ms): only
    # when facts are compared, never on a night with nothing to parse (rulebook and the
    # reports import this module for describe_quantity)
    from parsers.numbers import digits_for_words

    return [w for w in _words(digits_for_words(text or "")) if not w[0].isdigit()]


_ERROR_PAGE = re.compile(
    r"\b(?:page not found|not found|404|error|pagina niet gevonden|niet gevonden|"
    r"page introuvable|introuvable|erreur|seite nicht gefunden|nicht gefunden|fehler|"
    r"access denied|forbidden|maintenance|onderhoud)\b",
    re.IGNORECASE,
)


def suspect(old_facts: int, new_facts: int, text: str) -> str | None:
    """Why a new body looks broken rather than rewritten, or None.

    A page that loses most of its facts at once is far more often an error page served
    with status 200, a half-loaded page or a redesign the `select` no longer matches than
    a real repeal; the previous facts stay current until a person looks.
    """
    if old_facts >= 6 and new_facts <= old_facts * 0.4:
        why = f"the page lost {old_facts - new_facts} of its {old_facts} facts at once"
        if _ERROR_PAGE.search(text[:2000]):
            why += " and reads like an error page"
        return why
    if old_facts and new_facts == 0:
        return "the page has no facts left"
    return None


def page_events(state) -> list[Change]:
    """Page-level changes from a source's fetch outcome now and before.

    Unreachable is told once, when it starts, and restored when it ends; a new final URL
    after redirects is a move (citations must follow it). A source that was never fetched
    well is no page we knew: its failure is a failed fetch (in the report's failed list and
    the run's health), not a change, and its first good fetch is a page_added.
    """
    ok = ("changed", "unchanged")
    if not state.fetched_before:
        return []
    if state.outcome == "failed":
        if state.previous_outcome == "failed":
            return []
        return [
            Change(
                change_kind="page_unreachable",
                section=None,
                subject="page",
                old_value=state.previous_final_url,
                new_value=f"{state.error_class}: {state.error}",
                old_quote=None,
                new_quote=None,
            )
        ]
    if state.outcome in ok and state.previous_outcome == "failed":
        return [
            Change(
                change_kind="page_restored",
                section=None,
                subject="page",
                old_value=None,
                new_value=state.final_url,
            )
        ]
    if (
        state.outcome in ok
        and state.previous_outcome in ok
        and state.previous_final_url
        and state.final_url
        and state.final_url != state.previous_final_url
    ):
        return [
            Change(
                change_kind="page_moved",
                section=None,
                subject="page",
                old_value=state.previous_final_url,
                new_value=state.final_url,
            )
        ]
    return []
