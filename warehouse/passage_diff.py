"""The text safety net: passages of a page that came, went or were reworded and that no fact
change tells, as `text_changed` lines (medium: "read it").

The diff compares facts, and a fact the extractors did not read cannot change: issue 12's
exemption list (a lead-in, then two items with no obligation word) gave no condition, so an
item dropped from it told nothing. Condition recall on unseen pages is about 0.63, so most
such silences are on pages nobody tuned on. Here both bodies' passages (`parsers.passages`,
read by today's parser, so a parser upgrade alone tells nothing) are compared:

- equal words (case, punctuation, white space and number format aside) anywhere on the
  page are the same passage: reordering and moving a passage tell nothing;
- what is left is paired by word similarity, best first, whatever the section, then
  within a section by the content words shared (a sentence rewritten with other words,
  as `diff` pairs conditions): a reworded passage is one line, one moved and reworded too;
- a passage a fact change already quotes (a condition's text, an amount's sentence), or
  that stands in a section told as added or removed, is told by that change: never twice;
- at most TEXT_LINES_PER_PAGE lines a page, then one "and N more" line: a redesign is not
  hundreds of lines (and a page that lost most of its facts is a page_suspect, not this).

The same passages also say when a condition change is our reading moving and not the page
(`standing`): a condition told as added, removed or of another kind whose words the page
says, in the same section, as often as before was not edited; an edit beside it changed how
the list around it is read (see `standing`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from parsers.passages import Passage, passage_key
from warehouse.diff import REWRITTEN_CONDITION, _content_overlap, _similar
from warehouse.records import Change

TEXT_LINES_PER_PAGE = 10
SIMILAR_PASSAGE = 0.5  # word-sequence ratio of a reworded passage (diff._similar)
SHARED_WORDS = 0.3  # a pair sharing fewer of its words is not scored (cheap pre-filter)
MAX_PAIRS = 40_000  # gone x came beyond this (a rewritten page): no pairing, all listed
QUOTED_WORDS = 4  # a passage within a quote (or a quote within it) is the same statement
# from this many words; a shorter one ("Studenten;") must be the whole quote
FACT_KINDS = ("amount_", "condition_")  # prefixes of the change kinds that compare one fact


@dataclass(frozen=True)
class _Side:
    passage: Passage
    position: int  # in page order, so the lines read as the page does

    @property
    def words(self) -> str:
        return " ".join(self.passage.key)


def told_with_text(
    told: list[Change],
    old: list[Passage],
    new: list[Passage],
    cap: int = TEXT_LINES_PER_PAGE,
) -> list[Change]:
    """A page's changes as a night tells them: its fact changes less those the page did not
    make (`standing`), then the text changes no fact change tells."""
    kept = standing(told, old, new)
    return kept + text_changes(old, new, kept, cap)


def kept(old: list[Passage], new: list[Passage]) -> set[str]:
    """The sections with text on both sides: a section the page kept (`diff.diff_page`)."""
    return {p.section for p in old if p.section} & {p.section for p in new if p.section}


CONDITION_CHANGES = ("condition_added", "condition_removed", "condition_changed")


def standing(told: list[Change], old: list[Passage], new: list[Passage]) -> list[Change]:
    """`told` less the condition changes of passages the page still says unchanged, where
    only list items changed around them.

    Whether a list item is a condition, and of which kind, is read from the list around it
    (a list of documents when 60 % of its items name one; a lead-in that stands alone once
    its one item is gone): one item dropped from or added to a list made its neighbours
    vanish, appear or change kind, each told beside the real edit (planted at every
    labelled item of the older tuning pages and half A: 9 of the 11 noise rows; one new item
    beside a list of three documents told three `condition_removed`). A condition whose words
    stand in the same section as often as before (`condition_removed`), no more often than
    before (`condition_added`), or are the same on both sides (`condition_changed` of kind
    only) is such a reading, and the item edited is told by its own line. Not so where a
    sentence of the section came, went or was reworded: a lead-in that now announces
    exemptions instead of documents changes what its items are, and that is told.
    Matched on words and section, so a renamed heading or a passage moved to another section
    is still told; table cells are no passages, and their conditions are always told.
    """
    before, after = _placed(old), _placed(new)
    sentences_before = Counter((p.section or "", p.key) for p in old if p.kind == "sentence")
    sentences_after = Counter((p.section or "", p.key) for p in new if p.kind == "sentence")
    reworded = {
        section
        for section, _ in (sentences_before - sentences_after)
        + (sentences_after - sentences_before)
    }

    def unmade(change: Change) -> bool:
        kind, section = change.change_kind, change.section or ""
        if kind not in CONDITION_CHANGES or section in reworded:
            return False
        was = (section, passage_key(change.old_value or ""))
        now = (section, passage_key(change.new_value or ""))
        if kind == "condition_removed":  # still said, under each lead-in, as often as before
            return _within(before.get(was), after.get(was))
        if kind == "condition_added":  # said before, under each lead-in, as often as now
            return _within(after.get(now), before.get(now))
        return was == now and was in before and before.get(was) == after.get(was)

    return [change for change in told if not unmade(change)]


def _placed(passages: list[Passage]) -> dict[tuple[str, tuple], Counter]:
    """Where each passage stands: by section and words, how many times under each lead-in
    (the sentence before a list item in its section; None for a sentence). An item moved
    from a list of documents to one of exemptions under the same heading is moved."""
    found: dict[tuple[str, tuple], Counter] = {}
    lead: dict[str, tuple] = {}
    for passage in passages:
        section = passage.section or ""
        if passage.kind == "sentence":
            lead[section] = passage.key
            context = None
        else:
            context = lead.get(section)
        found.setdefault((section, passage.key), Counter())[context] += 1
    return found


def _within(these: Counter | None, those: Counter | None) -> bool:
    """Whether every placing of `these` stands in `those` at least as often."""
    return bool(these) and all((those or Counter())[c] >= n for c, n in these.items())


def text_changes(
    old: list[Passage],
    new: list[Passage],
    told: list[Change],
    cap: int = TEXT_LINES_PER_PAGE,
) -> list[Change]:
    """What changed in the page's text that the fact changes `told` do not tell."""
    gone, came = _unmatched(old, new)
    pairs = _paired(gone, came)
    paired_old = {id(o) for o, _ in pairs}
    paired_new = {id(n) for _, n in pairs}
    found: list[tuple[int, _Side | None, _Side | None]] = [(n.position, o, n) for o, n in pairs]
    found += [(o.position, o, None) for o in gone if id(o) not in paired_old]
    found += [(n.position, None, n) for n in came if id(n) not in paired_new]
    found.sort(key=lambda f: f[0])
    already = _Told(told)
    lines = [_line(o, n) for _, o, n in found if not already.tells(o, n)]
    if len(lines) <= cap:
        return lines
    return lines[:cap] + [_more(len(lines) - cap, cap)]


def _unmatched(old: list[Passage], new: list[Passage]) -> tuple[list[_Side], list[_Side]]:
    """The passages of each side without an equal one on the other (a multiset difference:
    a sentence said twice and now once is one gone)."""
    return _left_over(old, new), _left_over(new, old)


def _left_over(these: list[Passage], others: list[Passage]) -> list[_Side]:
    """`these` less one equal passage of `others` each."""
    left = Counter(passage.key for passage in others)
    found = []
    for i, passage in enumerate(these):
        if left[passage.key]:
            left[passage.key] -= 1
        else:
            found.append(_Side(passage, i))
    return found


def _paired(gone: list[_Side], came: list[_Side]) -> list[tuple[_Side, _Side]]:
    """Rewordings: each gone passage with the most similar new one, best pairs first."""
    if not gone or not came or len(gone) * len(came) > MAX_PAIRS:
        return []
    words_new = [set(n.passage.key) for n in came]
    scored = []
    for i, o in enumerate(gone):
        words = set(o.passage.key)
        for j, n in enumerate(came):
            shared = len(words & words_new[j]) / len(words | words_new[j])
            if shared < SHARED_WORDS:
                continue
            score = _similar(o.words, n.words)
            if score >= SIMILAR_PASSAGE:
                scored.append((score, o.passage.section == n.passage.section, -i, -j))
    pairs, used_old, used_new = [], set(), set()
    for _, _, i, j in sorted(scored, reverse=True):
        if -i in used_old or -j in used_new:
            continue
        used_old.add(-i)
        used_new.add(-j)
        pairs.append((gone[-i], came[-j]))
    # last, a passage rewritten with other words in the same section: content words shared
    for i, o in enumerate(gone):
        if i in used_old:
            continue
        best = max(
            (
                j
                for j, n in enumerate(came)
                if j not in used_new and n.passage.section == o.passage.section
            ),
            key=lambda j: _content_overlap(o.passage.text, came[j].passage.text),
            default=None,
        )
        if (
            best is not None
            and _content_overlap(o.passage.text, came[best].passage.text) >= REWRITTEN_CONDITION
        ):
            used_old.add(i)
            used_new.add(best)
            pairs.append((o, came[best]))
    return pairs


def _padded(key: tuple[str, ...]) -> str:
    return f" {' '.join(key)} "


class _Told:
    """What the page's fact changes already tell, read once: the words of every quote (a
    passage equal to one is told, wherever it stands), the longer quotes by section (one
    within a passage, or a passage within one, in the same section: an amount's sentence
    inside a list item, a sentence inside a section's summary), and the sections told as
    added or removed. Comparing each passage with every quote of the page cost 45 s on a
    rewritten page of 3,000 sentences with 500 fact changes; this costs a set lookup and a
    few substring tests."""

    def __init__(self, told: list[Change]) -> None:
        self.exact: set[str] = set()
        self.within: dict[str | None, list[str]] = {}
        self.added: list[str] = []
        self.removed: list[str] = []
        for change in told:
            kind = change.change_kind
            if kind.startswith(FACT_KINDS):
                for quote in (change.old_quote, change.new_quote):
                    key = passage_key(quote or "")
                    if key:
                        self.exact.add(_padded(key))
                        if len(key) >= QUOTED_WORDS:
                            # keyed as `quotes` looks up: on a page without headings
                            # facts and passages stand in section "", read as None
                            section = change.section or None
                            self.within.setdefault(section, []).append(_padded(key))
            elif kind == "section_added" and change.section:
                self.added.append(change.section)
            elif kind == "section_removed" and change.section:
                self.removed.append(change.section)

    def quotes(self, passage: Passage) -> bool:
        words = _padded(passage.key)
        if words in self.exact:
            return True
        longer = len(passage.key) >= QUOTED_WORDS
        return any(
            quote in words or (longer and words in quote)
            for quote in self.within.get(passage.section or None, ())
        )

    def tells(self, old: _Side | None, new: _Side | None) -> bool:
        """Whether a fact change of the page already tells this passage's change."""
        sides = [side.passage for side in (old, new) if side]
        if any(self.quotes(passage) for passage in sides):
            return True
        return bool(new and _in_any(new.passage, self.added)) or bool(
            old and _in_any(old.passage, self.removed)
        )


def _in_any(passage: Passage, sections: list[str]) -> bool:
    return any(
        passage.section == section or passage.section.startswith(section + " > ")
        for section in sections
    )


_NAMES = {"list_item": "list item", "sentence": "sentence"}


def _line(old: _Side | None, new: _Side | None) -> Change:
    """One passage that came, went or was reworded: old and new text as published."""
    now = (new or old).passage
    what = "reworded" if old and new else "added" if new else "removed"
    before = old.passage.text if old else None
    after = new.passage.text if new else None
    return Change(
        change_kind="text_changed",
        section=now.section or None,
        subject=f"{_NAMES.get(now.kind, now.kind)} {what}",
        old_value=before,
        new_value=after,
        old_quote=before,
        new_quote=after,
    )


def _more(left: int, cap: int) -> Change:
    """The one line that stands for the text changes of a page past the first `cap`."""
    return Change(
        change_kind="text_changed",
        section=None,
        subject="more text",
        old_value=None,
        new_value=f"and {left} more passages changed",
        reason=f"only the first {cap} text changes of a page are listed: read the page",
    )
