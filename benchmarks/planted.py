"""Planted edits through the real diff: are the changes a volunteer must see found, and
is nothing else told? (issue 12, item 3; run by `benchmarks/accuracy.py --changes`)

Each page of the check part (the tuning part when the check part is empty, and then it
says so) is edited five ways, each with a known expected outcome:

| edit | how | expected |
|---|---|---|
| value | the labelled amount's own number (a date's day) moved by one | one amount_changed |
| removed | a labelled condition's list item deleted | one condition_removed |
| reworded | a phrase added to that item | one condition_changed |
| added | a new item with an obligation word after it | one condition_added |
| boilerplate | the cookie text, the "last updated" date and the footer year | nothing |

Old and new pages go through `parsers.extract`, `warehouse.history.to_rows` (the fact
identities of the warehouse), `warehouse.diff.diff_page` and the text safety net
(`warehouse.passage_diff.told_with_text`), as a night does. Found = the expected fact change
was told; text only = not that, but a `text_changed` line told the edit (a volunteer reads
it, but as text, not as a rule: the two are counted apart and only summed in a column that
says so); noise = every change told beyond the one that found the edit (all of them for a
boilerplate edit). An edit that cannot be planted on a page (no labelled quote in the
page's source, no labelled list item) is counted as skipped, never as found.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from devsplit import DEVSET, checked, halves, load  # noqa: E402

from parsers.conditions import identity_text  # noqa: E402
from parsers.extract import extract  # noqa: E402
from parsers.passages import passages  # noqa: E402
from warehouse import diff, history, passage_diff  # noqa: E402

EDITS = ("value", "removed", "reworded", "added", "boilerplate")
EXPECTED = {
    "value": "amount_changed",
    "removed": "condition_removed",
    "reworded": "condition_changed",
    "added": "condition_added",
    "boilerplate": None,
}
# Our own words, one per language: a rewording tail and a new condition.
REWORDING = {
    "en": " in every case",
    "nl": " in elk geval",
    "fr": " dans tous les cas",
    "de": " in jedem Fall",
}
NEW_ITEM = {
    "en": "The applicant must also hold a certificate of good conduct from the municipality.",
    "nl": "De aanvrager moet ook een bewijs van goed gedrag van de gemeente hebben.",
    "fr": "Le demandeur doit aussi détenir un certificat de bonne conduite de la commune.",
    "de": "Der Antragsteller muss außerdem ein Führungszeugnis der Gemeinde vorlegen.",
}
_ITEM = re.compile(r"<li\b[^>]*>(?P<inner>(?:(?!<li\b|</li>|<ul\b|<ol\b).)*?)</li>", re.S)
_TAG = re.compile(r"<[^>]+>")
_DIGITS = re.compile(r"\d(?:[\d.,]*\d)?")


@dataclass
class Page:
    page_id: str
    lang: str
    html: str
    select: str | None
    remove: tuple[str, ...]
    gold: dict


@dataclass
class Outcome:
    planted: int = 0
    found: int = 0
    text_only: int = 0  # not found as a fact change, told by a text_changed line
    noise: int = 0
    skipped: int = 0
    noisy: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0

    @property
    def recall_with_text(self) -> float:
        """Found as a fact change or, failing that, as text: what a volunteer is shown."""
        return (self.found + self.text_only) / self.planted if self.planted else 1.0


def _read(page: Page, html: str):
    facts = extract(html, "text/html; charset=utf-8", page.select, page.remove)
    return facts, history.to_rows(page.page_id, facts.amounts, facts.conditions)


def told(page: Page, new_html: str, text: bool = True) -> list[diff.Change]:
    """The changes the real diff tells between the page and its edited copy, with the text
    safety net's lines after them (without them when `text` is False: the diff alone)."""
    old, (old_a, old_c) = _read(page, page.html)
    new, (new_a, new_c) = _read(page, new_html)
    if not text:
        return diff.diff_page(old_a, new_a, old_c, new_c)
    texts = passages(old.blocks), passages(new.blocks)
    changes = diff.diff_page(old_a, new_a, old_c, new_c, passage_diff.kept(*texts))
    return passage_diff.told_with_text(changes, *texts)


def _bump(digits: str) -> str:
    """The number with its last digit moved by one, its format kept and a date still a date:
    '450' -> '451', '31' -> '30', '01' -> '02', '10' -> '11'."""
    last = int(digits[-1])
    bumped = digits[:-1] + str(last - 1 if last else 1)
    return bumped if bumped.strip("0.,") else digits[:-1] + str(last + 1)


def _bump_day(digits: str) -> str:
    """A day of the month one earlier (the 1st one later), its width kept: '30' -> '29', not
    '31', which September and June do not have, so the edited date would be no date at all
    and the diff would tell amount_removed for a value edit."""
    day = int(digits)
    return str(day - 1 if day > 1 else 2).zfill(len(digits))


def _as_numbers(digits: str) -> set[float]:
    """What a written number can mean: '86.209' 86209 or 86.209, '43.104,50' 43104.5."""
    readings = {digits.replace(",", ""), digits.replace(".", "").replace(",", ".")}
    if digits.count(".") <= 1:
        readings.add(digits.replace(",", "."))
    numbers = set()
    for reading in readings:
        try:
            numbers.add(float(reading))
        except ValueError:
            pass
    return numbers


def _number_of(row: dict, quote: str) -> tuple[re.Match, bool] | None:
    """The digits in a labelled amount's quote that are its own value (or its date's day, or
    else year), and whether they are a day; None when the value is written in words. The
    first digits of a quote are often something else ("Pour 2022, ce montant s'élève à
    86.209 euros", "binnen de acht werkdagen na bijlage 46"): bumping them planted no value
    edit, and the sentence's condition_changed was counted as a miss and as noise (the
    older tuning pages' value edits: 535 of 549 found, noise 10; now 546 of 547, noise 0)."""
    targets = {float(v) for v in (row.get("value"), row.get("value_max")) if v is not None}
    day = year = None
    if row.get("date"):
        year, _, day = (int(part) for part in str(row["date"]).split("-"))
    runs = [
        m for m in _DIGITS.finditer(quote)
        if not re.search(r"[x×]\s*$", quote[: m.start()])  # a size: "2 x 2 cm"
        and not re.match(r"\s*[x×]", quote[m.end():])
    ]
    for m in runs:
        if targets & _as_numbers(m.group(0)):
            return m, False
    for m in runs:
        if day is not None and m.group(0).isdigit() and int(m.group(0)) == day:
            return m, True
    for m in runs:
        if year is not None and m.group(0) == str(year):
            return m, False
    return None


def plant_value(page: Page, rng: random.Random) -> str | None:
    """One labelled amount's own number changed inside its quote, as written in the source (a
    quote found once only: a second copy may stand in the title or the navigation). The quote
    is drawn as before the value was looked for in it, so a page whose draw held its value
    keeps its edit; a quote whose value is in words is drawn again among the others."""
    numbers: dict[str, tuple[re.Match, bool] | None] = {}
    for row in page.gold.get("amounts") or []:
        quote = str(row.get("quote") or "")
        if _DIGITS.search(quote) and page.html.count(quote) == 1 and numbers.get(quote) is None:
            numbers[quote] = _number_of(row, quote)
    if not numbers:
        return None
    quote = rng.choice(sorted(numbers))
    if numbers[quote] is None:
        plantable = sorted(q for q, n in numbers.items() if n is not None)
        if not plantable:
            return None
        quote = rng.choice(plantable)
    number, is_day = numbers[quote]
    bumped = (_bump_day if is_day else _bump)(number.group(0))
    edited = quote[: number.start()] + bumped + quote[number.end() :]
    return page.html.replace(quote, edited, 1)


def _labelled_items(page: Page) -> list[re.Match]:
    """List items whose text is a labelled condition and holds no labelled amount (so that
    removing one removes a condition only)."""
    gold = [identity_text(row["text"]) for row in page.gold.get("conditions") or []]
    quotes = [identity_text(str(row.get("quote") or "")) for row in page.gold.get("amounts") or []]
    found = []
    for m in _ITEM.finditer(page.html):
        text = identity_text(_TAG.sub(" ", m.group("inner")))
        if not text or any(ch.isdigit() for ch in text) or any(q and q in text for q in quotes):
            continue
        words = set(text.split())
        if any(len(words & set(g.split())) / len(words | set(g.split())) >= 0.8 for g in gold):
            found.append(m)
    return found


def plant_item(page: Page, edit: str, rng: random.Random) -> str | None:
    items = _labelled_items(page)
    if not items:
        return None
    m = rng.choice(items)
    html = page.html
    if edit == "removed":
        return html[: m.start()] + html[m.end() :]
    if edit == "added":
        return html[: m.end()] + f"<li>{NEW_ITEM[page.lang]}</li>" + html[m.end() :]
    inner = m.group("inner")
    body = inner.rstrip(" \n;.,:")
    reworded = body + REWORDING[page.lang] + inner[len(body) :]
    return html[: m.start("inner")] + reworded + html[m.end("inner") :]


_COOKIE_TEXT = re.compile(
    r"(<(?:p|div|span)\b[^>]*(?:class|id)=\"[^\"]*cookie[^\"]*\"[^>]*>)([^<]{20,})", re.I
)
_UPDATED = re.compile(
    r"(<[^>]+class=\"[^\"]*(?:updated|modified)[^\"]*\"[^>]*>)(.*?)(</)", re.I | re.S
)
_FOOTER_YEAR = re.compile(r"(<footer\b.*?)(20\d\d)", re.S)


BOILERPLATE_PIECES: Counter = Counter()  # pages whose cookie text, date or footer was edited


def plant_boilerplate(page: Page, rng: random.Random) -> str | None:
    """The cookie banner reworded, the 'last updated' date and the footer's year moved."""
    html, edits = page.html, 0
    for piece, regex, edit in (
        ("cookie text", _COOKIE_TEXT, lambda m: m.group(1) + "Note: " + m.group(2)),
        (
            "'last updated' date",
            _UPDATED,
            lambda m: (
                m.group(1) + _DIGITS.sub(lambda d: _bump(d.group(0)), m.group(2)) + m.group(3)
            ),
        ),
        ("footer year", _FOOTER_YEAR, lambda m: m.group(1) + str(int(m.group(2)) + 1)),
    ):
        html, n = regex.subn(edit, html, count=1)
        BOILERPLATE_PIECES[piece] += n
        edits += n
    return html if edits else None


def plant(page: Page, edit: str) -> str | None:
    """The page with one edit planted (seeded by page and edit), or None when it cannot be."""
    rng = random.Random(f"{page.page_id}/{edit}")
    if edit == "value":
        return plant_value(page, rng)
    if edit == "boilerplate":
        return plant_boilerplate(page, rng)
    return plant_item(page, edit, rng)


def score(edit: str, changes: list[diff.Change]) -> tuple[bool, bool, int]:
    """(found, text only, noise) of one planted edit, given what was told. Found: the
    expected fact change; text only: no such change, but a `text_changed` line. A
    boilerplate edit is 'found' when nothing is told: every change told for it is noise."""
    expected = EXPECTED[edit]
    if expected is None:
        return not changes, False, len(changes)
    kinds = [c.change_kind for c in changes]
    found = expected in kinds
    text_only = not found and "text_changed" in kinds
    return found, text_only, len(changes) - (1 if found or text_only else 0)


def load_page(page_id: str, devset: Path = DEVSET) -> Page:
    gold = yaml.safe_load((devset / f"{page_id}.yaml").read_text(encoding="utf-8"))
    source = gold["source"]
    return Page(
        page_id,
        source["lang"],
        (devset / f"{page_id}.html").read_text(encoding="utf-8"),
        source.get("select"),
        tuple(source.get("remove") or ()),
        gold,
    )


def run(page_ids: list[str], devset: Path = DEVSET, text: bool = True) -> dict[str, Outcome]:
    outcomes = {edit: Outcome() for edit in EDITS}
    for page_id in page_ids:
        page = load_page(page_id, devset)
        for edit in EDITS:
            outcome = outcomes[edit]
            new_html = plant(page, edit)
            if new_html is None or new_html == page.html:
                outcome.skipped += 1
                continue
            changes = told(page, new_html, text)
            found, text_only, noise = score(edit, changes)
            outcome.planted += 1
            outcome.found += found
            outcome.text_only += text_only
            outcome.noise += noise
            if noise or not found:  # text-only finds are listed too: not fact changes
                kinds = Counter(c.change_kind for c in changes)
                outcome.noisy.append(f"{page_id}: {dict(kinds) or 'nothing told'}")
    return outcomes


def render(outcomes: dict[str, Outcome], pages: int, part: str, text: bool = True) -> str:
    net = "with" if text else "without"
    lines = [
        f"planted changes on {pages} pages of the {part} part ({net} the text safety net)",
        "found = the expected fact change; text = told only as text_changed (not a fact);",
        "fact+text = the two summed: what a volunteer is shown at all",
        f"{'edit':14} {'planted':>8} {'found':>6} {'recall':>7} {'text':>5} {'fact+text':>10} "
        f"{'noise':>6} {'skipped':>8}",
    ]
    total = Outcome()
    for edit, o in outcomes.items():
        if EXPECTED[edit] is None:  # nothing to find: only its noise counts
            lines.append(
                f"  {edit:12} {o.planted:8d} {'-':>6} {'-':>7} {'-':>5} {'-':>10} {o.noise:6d} "
                f"{o.skipped:8d}"
            )
        else:
            lines.append(
                f"  {edit:12} {o.planted:8d} {o.found:6d} {o.recall:7.3f} {o.text_only:5d} "
                f"{o.recall_with_text:10.3f} {o.noise:6d} {o.skipped:8d}"
            )
            total.planted += o.planted
            total.found += o.found
            total.text_only += o.text_only
            total.skipped += o.skipped
        total.noise += o.noise
    lines.append(
        f"  {'changes':12} {total.planted:8d} {total.found:6d} {total.recall:7.3f} "
        f"{total.text_only:5d} {total.recall_with_text:10.3f} {total.noise:6d} "
        f"{total.skipped:8d}   (noise includes the boilerplate edits)"
    )
    pieces = ", ".join(f"{piece} on {n}" for piece, n in BOILERPLATE_PIECES.items())
    lines.append(f"boilerplate edited: {pieces} pages")
    return "\n".join(lines)


def in_html(page_ids: list[str], devset: Path = DEVSET) -> list[str]:
    """The pages edits can be planted in: HTML ones (a PDF page is left out)."""
    return [i for i in page_ids if (devset / f"{i}.html").exists()]


def noisy_lines(outcomes: dict[str, Outcome]) -> list[str]:
    """Each edit told with noise or not found as its fact change, one line each (never for
    pages read only to measure)."""
    return [f"{edit}: {line}" for edit, o in outcomes.items() for line in o.noisy]


def main(
    verbose: bool = False, devset: Path = DEVSET, text: bool = True, by_halves: bool = False
) -> int:
    split = checked(load(devset / "split.yaml"), devset)
    if by_halves:  # the older tuning pages, half A and half B of the released check part
        for name, ids in halves(split).items():
            html_ids = in_html(ids, devset)
            outcomes = run(html_ids, devset, text)
            print(render(outcomes, len(html_ids), f"tuning ({name})", text) + "\n")
            if verbose and name != "half B":  # half B is the round's own unseen check
                for line in noisy_lines(outcomes):
                    print(line)
                print()
        return 0
    part, ids = "check", split.check
    if not ids:
        part, ids = "tuning", split.tuning
        print("the check part is empty: planting in the tuning part instead\n")
    html_ids = in_html(ids, devset)
    if len(html_ids) < len(ids):
        print(f"{len(ids) - len(html_ids)} PDF pages of the {part} part left out\n")
    outcomes = run(html_ids, devset, text)
    print(render(outcomes, len(html_ids), part, text))
    if verbose and part == "tuning":  # the check part is read only to measure
        for line in noisy_lines(outcomes):
            print(line)
    return 0
