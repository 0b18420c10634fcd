"""The parse stage: stored bodies -> facts -> history rows and changes, page by page in
batches; and `rebuild`, the same stage replayed over every stored snapshot.

Plain functions over a DuckDB connection (no Prefect): the flow calls `parse_stage`
inside its run transaction, `flows/rebuild.py` calls `rebuild`.
"""

from __future__ import annotations

import zlib
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import duckdb

from fetch.sources import Config
from parsers import PARSER_VERSION, pool
from parsers.budget import Deadline, ParseTimeout
from parsers.content import UnsupportedContent
from parsers.pool import Extracted, Extraction, Job
from rules.catalogue import Catalogue, default_rules_path, load_catalogue
from warehouse import changes, diff, history, rulebook, store
from warehouse.records import AmountRow, Change, ConditionRow
from warehouse.runs import ParseResult

# The extractors (parsers.extract), the rules' assignment (rules.assign) and the text
# safety net (parsers.passages) are imported where a page is parsed: their patterns and
# lexicons take 0.6-0.7 s to build, and a night on which no page changed parses nothing
# (tests/test_unchanged_imports.py checks it never imports them).
if TYPE_CHECKING:
    from parsers.extract import Facts as PageFacts


@dataclass(frozen=True)
class ParseTarget:
    id: str
    url: str | None
    select: str | None = None
    remove: tuple[str, ...] = ()
    publisher: str | None = None  # whose rules the page states unless it names a region
    lang: str = "en"
    topic: str | None = None


def target_of(source) -> ParseTarget:
    return ParseTarget(
        source.id,
        source.url,
        source.select,
        source.remove,
        source.publisher,
        source.lang,
        source.topic,
    )


def parse_version(catalogue: Catalogue) -> str:
    """The parser version and the catalogue's: a change of either parses every page again."""
    return f"{PARSER_VERSION}+rules.{catalogue.digest[:12]}"


@dataclass(frozen=True)
class ParseItem:
    target: ParseTarget
    digest: str
    first: bool  # the source's first parse: its facts are a page_added, not a diff
    # When the current facts came from another parser version: that version. What the new
    # parser reads differently in their body is a correction, not a change.
    old_parser: str | None = None
    # The body the current facts were read from: when it is not this one, it is read again
    # with today's parser (its blocks, or in full for `_corrected`) for the text safety net.
    old_digest: str | None = None


def _start(packed: bytes, size: int) -> str:
    """The first `size` bytes of a stored body, as text, without inflating the rest."""
    return zlib.decompressobj().decompress(packed, size).decode("utf-8", "replace")


def _parse(
    run_id: int,
    item: ParseItem,
    document: tuple[bytes, str | None],  # the body as stored (zlib) and its content type
    old: tuple[list[AmountRow], list[ConditionRow]],
    writes: history.Writes,
    result: ParseResult,
    extracted: Extracted,
    catalogue: Catalogue,
    previous: tuple[bytes, str | None] | None = None,
    budget: float | None = None,
) -> list[Change]:
    """Parse one stored body, plan its fact writes and return what changed on the page.

    A page the parser cannot read, or not within `budget` seconds (`parse_timeout`), or
    that is neither a web page nor a PDF (`unsupported_content_type`), is logged and keeps
    its previous facts; a page that suddenly lost most of its facts is
    one page_suspect change and keeps its previous facts current. `previous` is the body the
    current facts were read from, when the body changed since: read again by today's parser,
    its passages against today's tell what no fact change does (`passage_diff`), and when
    another parser version read it, its facts tell corrections apart (see `_corrected`).
    """
    from parsers.passages import passages  # the lexicons' boilerplate: a page to parse only
    from warehouse import passage_diff

    source, digest = item.target, item.digest
    version = parse_version(catalogue)
    packed, _ = document
    facts, elapsed, error = extracted.facts, extracted.elapsed_ms, extracted.error
    filed = None
    if facts is not None:
        try:  # rules are assigned here, in the one process, from the extracted blocks
            filed = _filed(facts, source, catalogue)
        except Exception as exc:  # one page's bad assignment must not stop the others
            facts, error = None, f"{type(exc).__name__}: {exc}"
    if facts is None:  # one unreadable page must not stop the others
        history.log_parse(writes, source.id, run_id, digest, version, 0, 0, 0, 0, error)
        result.failed.append((source.id, error))
        return []
    new_amounts, new_conditions = history.to_rows(source.id, facts.amounts, facts.conditions, filed)
    old_amounts, old_conditions = old
    counts = (len(facts.blocks), len(facts.amounts), len(facts.conditions), elapsed)
    before = len(old_amounts) + len(old_conditions)
    after = len(new_amounts) + len(new_conditions)
    why = None
    if not item.first:  # a first parse is never suspect: its text is not needed
        text = " ".join(b.text for b in facts.blocks[:40]) or _start(packed, 4000)
        why = diff.suspect(before, after, text)
    if why:
        history.log_parse(writes, source.id, run_id, digest, version, *counts, f"suspect: {why}")
        result.suspect.append((source.id, why))
        return [
            Change(
                change_kind="page_suspect",
                section=None,
                subject="page",
                old_value=f"{before} facts",
                new_value=f"{after} facts",
                reason=why,
            )
        ]
    earlier = _read_again(item, previous, budget)
    texts = (passages(earlier.blocks), passages(facts.blocks)) if earlier is not None else None
    if item.first:
        told = [
            Change(
                change_kind="page_added",
                section=None,
                subject="page",
                old_value=None,
                new_value=f"{len(new_amounts)} amounts, {len(new_conditions)} conditions",
            )
        ]
    else:
        kept = passage_diff.kept(*texts) if texts else set()
        if item.old_parser is not None:
            new = (new_amounts, new_conditions)
            told = _corrected(item, new, old, earlier, catalogue, kept)
        else:
            told = diff.diff_page(old_amounts, new_amounts, old_conditions, new_conditions, kept)
    if texts and not item.first:
        told = passage_diff.told_with_text(told, *texts)
    amounts, conditions = history.apply_rows(
        writes, run_id, source.id, digest, old, (new_amounts, new_conditions)
    )
    history.log_parse(writes, source.id, run_id, digest, version, *counts)
    result.parsed += 1
    result.amounts_opened += amounts.opened
    result.amounts_closed += amounts.closed
    result.conditions_opened += conditions.opened
    result.conditions_closed += conditions.closed
    return told


Facts = tuple[list[AmountRow], list[ConditionRow]]


def _read_again(
    item: ParseItem, previous: tuple[bytes, str | None] | None, budget: float | None
) -> PageFacts | None:
    """The body the current facts were read from, read by today's parser within the budget:
    in full when another parser version read it (`_corrected` compares its facts), else its
    blocks only (the passages are all the text safety net needs: a blocks pass, not a full
    extraction). None when there is no such body, or it cannot be read again."""
    if previous is None:
        return None
    from parsers.extract import Facts as PageFacts
    from parsers.extract import extract, read_blocks

    source = item.target
    try:
        if item.old_parser is not None:
            return extract(previous[0], previous[1], source.select, source.remove, budget)
        blocks = read_blocks(
            previous[0], previous[1], source.select, source.remove, Deadline(budget)
        )
    except (ParseTimeout, UnsupportedContent):
        return None
    return PageFacts(blocks, [], [])


def _corrected(
    item: ParseItem,
    new: Facts,
    old: Facts,
    facts: PageFacts | None,
    catalogue: Catalogue,
    kept: set[str],
) -> list[Change]:
    """What a page says differently when the parser version changed, told apart.

    Same body: every difference comes from the parser, so each is a `parser_corrected`
    (low), never an amount or condition change. Another body: the previous body is read
    again with today's parser (`facts`, see `_read_again`); its differences from the stored
    facts are corrections, and only the differences between it and the new body are changes
    of the page. Without the previous body (never stored, or unreadable now) nothing can be
    told apart: the page is diffed as on any night.
    """
    source = item.target
    if item.old_digest == item.digest:
        again = new
    else:
        if facts is None:
            return diff.diff_page(old[0], new[0], old[1], new[1], kept)
        try:  # filed as today's are, so a statement read the same keeps its fact id
            filed = _filed(facts, source, catalogue)
        except Exception:  # only the re-read's fact ids depend on it: never stop the page
            filed = None
        again = history.to_rows(source.id, facts.amounts, facts.conditions, filed)
    corrections = diff.as_corrections(
        diff.diff_page(old[0], again[0], old[1], again[1]),
        item.old_parser.split("+rules.")[0],  # the parser's own version, not the catalogue's
        PARSER_VERSION,
    )
    told = diff.diff_page(again[0], new[0], again[1], new[1], kept) + corrections
    return _stored_facts_only(told, old, new)


def _filed(facts, source, catalogue: Catalogue) -> list:
    """Each extracted amount's rule, jurisdiction and effective date (`rules.assign`)."""
    from rules.assign import assign

    return assign(
        facts.blocks, facts.amounts, source.publisher, source.lang, catalogue, source.topic
    )


def _stored_facts_only(told: list[Change], old: Facts, new: Facts) -> list[Change]:
    """A statement of the previous body read again is in no history row unless the stored
    facts or today's have it too: a change links to the facts `amounts` / `conditions` hold,
    never to a fact id that names nothing."""
    before = {row.fact_id for rows in old for row in rows}
    after = {row.fact_id for rows in new for row in rows}
    return [
        replace(
            c,
            old_fact_id=c.old_fact_id if c.old_fact_id in before else None,
            new_fact_id=c.new_fact_id if c.new_fact_id in after else None,
        )
        for c in told
    ]


BATCH = 256  # pages whose open facts are read together
# Pages whose writes are made together (a page's always in one): what is left to write
# once the workers are done is then that many pages' rows, not a whole batch's, and fewer
# rows wait in this process (a cold night of 1,000 pages: peak RSS 220-226 MB against
# 229-235 writing each batch once; memory.py and run.py, two runs each).
WRITE_BATCH = 64
READ_BATCH = 64  # bodies sent to extraction together (about 6 MB once decompressed)
# A page, its stored body (zlib, as the warehouse keeps it), its facts, and the body its
# current facts were read from when that is another (see _read_again), inflated
Read = tuple[ParseItem, tuple[bytes, str | None], Extracted, tuple[bytes, str | None] | None]


def _reread(item: ParseItem) -> bool:
    """Whether the body the current facts were read from is read again: when it is not the
    body parsed now (never on an unchanged night: nothing is parsed then)."""
    return item.old_digest is not None and item.old_digest != item.digest and not item.first


def _extract_ahead(
    con: duckdb.DuckDBPyConnection,
    items: list[ParseItem],
    extraction: Extraction,
    budget: float | None = None,
    facts_from: dict[str, str] | None = None,
    spool: store.DocumentSpool | None = None,
) -> Iterator[Read]:
    """Each page with its stored body and its facts, in order, chunks extracted ahead.

    The next chunks' bodies are read and sent to extraction (this process, worker processes
    or a cluster: parsers.pool.Extraction) before this chunk's facts are consumed, so
    workers extract while this process diffs and writes. The body a changed page's facts
    were read from is read from the spool only when that page's turn comes, one at a time.
    `facts_from` (rebuild, where every snapshot is in the spool): per source, the body its
    current facts were read from, kept by `_parse_batch` as pages are parsed; that body, not
    the planned previous snapshot, is the one read again (they differ after a failed or
    suspect parse), as on the nights. `spool`: the bodies the fetch stage kept already
    (the night's new ones); the others are read into it.
    """
    pending: deque = deque()
    wanted = [item.digest for item in items] + [i.old_digest for i in items if _reread(i)]
    # the given spool's owner closes it; else the stage's own, closed here
    with nullcontext(spool) if spool is not None else store.DocumentSpool() as bodies:
        bodies.fill(con, wanted)
        for start in range(0, len(items), READ_BATCH):
            chunk = items[start : start + READ_BATCH]
            stored = bodies.read_packed([item.digest for item in chunk])
            jobs = [
                Job(*stored[i.digest], i.target.select, i.target.remove, budget, packed=True)
                for i in chunk
            ]
            pending.append((chunk, stored, extraction.submit(jobs)))
            while len(pending) > extraction.ahead:
                yield from _consume(pending.popleft(), bodies, facts_from)
        while pending:
            yield from _consume(pending.popleft(), bodies, facts_from)


def _consume(sent: tuple, bodies: store.DocumentSpool, facts_from: dict | None) -> Iterator[Read]:
    chunk, stored, wait = sent
    for item, extracted in zip(chunk, wait(), strict=True):
        previous = None
        if _reread(item):  # chosen when its turn comes (rebuild: see above)
            digest = item.old_digest if facts_from is None else facts_from.get(item.target.id)
            if digest is not None and digest != item.digest:  # one at a time, when needed
                previous = bodies.read([digest]).get(digest)
        yield item, stored[item.digest], extracted, previous


def _parse_batch(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    items: list[ParseItem],
    result: ParseResult,
    reads: Iterator[Read],
    catalogue: Catalogue,
    budget: float | None = None,
    facts_from: dict[str, str] | None = None,
    write_every: int = WRITE_BATCH,
) -> None:
    """Parse a batch of pages with a handful of statements, whatever its size; their writes
    are made `write_every` pages at a time.

    Each statement costs DuckDB about a millisecond, and reading open facts or closing rows
    scans the fact tables (every row, at 5,000 pages 300,000): doing each once per batch
    keeps the warehouse's share of a page small and flat as the warehouse grows.
    """
    # A page parsed for the first time has no open facts: a first run looks none up.
    now = history.open_rows(con, [item.target.id for item in items if not item.first])
    writes = history.Writes()
    told = []
    for done, item in enumerate(items, 1):
        read, document, extracted, previous = next(reads)
        assert read is item, "extraction results out of page order"
        old = now.get(item.target.id, ([], []))
        unread = len(result.failed) + len(result.suspect)
        found = _parse(
            run_id, item, document, old, writes, result, extracted, catalogue, previous, budget
        )
        if facts_from is not None and len(result.failed) + len(result.suspect) == unread:
            facts_from[item.target.id] = item.digest  # read well: its facts are current
        told.append((item.target.id, item.target.url, found))
        if done % write_every == 0 or done == len(items):
            history.write(con, run_id, writes)
            result.changes += changes.record_changes(con, run_id, told)
            writes, told = history.Writes(), []
    # The batch's pages, facts and rows are freed: give their pages back, and let DuckDB
    # move the stage's rows written so far to its temporary file (they are read again only
    # by the rule views and the COMMIT): a cold night of 1,000 pages held 220 MB between
    # batches instead of 233-248 (benchmarks/memory.py).
    store.release_cache(con)


def page_stage(con: duckdb.DuckDBPyConnection, run_id: int, urls: dict[str, str]) -> int:
    """Page-level changes of a run: unreachable (once), restored, moved."""
    told = [
        (state.source_id, urls.get(state.source_id), diff.page_events(state))
        for state in changes.page_states(con, run_id)
    ]
    return changes.record_changes(con, run_id, told)


def parse_stage(
    con: duckdb.DuckDBPyConnection,
    run_id: int,
    config: Config,
    commit: bool = True,
    after_first_batch: Callable[[], None] | None = None,
    workers: int | None = None,
    extraction: Extraction | None = None,
    catalogue: Catalogue | None = None,
    spool: store.DocumentSpool | None = None,
) -> ParseResult:
    """Parse every source whose current body (or the parser) changed since its last parse.

    The stage is one transaction: a run that dies mid-stage leaves no facts and no changes,
    and the next run parses every page again and tells all of it. With `commit=False` the
    caller holds the transaction (the flow commits it with the run's `completed` status).
    Extraction goes to `extraction` if given (a cluster), else to worker processes when there
    are enough pages (parsers.pool); writes stay in this process. `spool`: the bodies the
    fetch stage kept as it stored them (`store.FetchLog`); the others are read from the
    warehouse.
    """
    catalogue = catalogue or load_catalogue(default_rules_path())
    if commit:
        with store.transaction(con, lean=True):
            return parse_stage(
                con,
                run_id,
                config,
                False,
                after_first_batch,
                workers,
                extraction,
                catalogue,
                spool,
            )
    rulebook.sync_catalogue(con, catalogue)
    version = parse_version(catalogue)
    stale = history.unparsed(con, version)  # never parse the same body twice
    result = ParseResult()
    result.changes += page_stage(con, run_id, {s.id: s.url for s in config.sources})
    if not stale:  # no fact changes, so no rule does: the rule views are not read at all
        return result  # (0.4-0.5 s of an unchanged night of 1,000 pages, loaded machine)
    read_from = history.fact_parses(con)
    todo = []
    for source in config.sources:
        if source.id not in stale:
            continue  # nothing stored yet, or already parsed
        digest, first = stale[source.id]
        target = target_of(source)
        facts_from = read_from.get(source.id)
        # a new parser or a new catalogue: what it reads differently is told apart
        if facts_from is not None and facts_from[1] != version:
            old_digest, old_parser = facts_from
            todo.append(ParseItem(target, digest, False, old_parser, old_digest))
        else:
            old_digest = facts_from[0] if facts_from is not None else None
            todo.append(ParseItem(target, digest, first, None, old_digest))
    if not todo:  # stored bodies of sources no longer listed only
        return result
    rules_before = _rule_state(con)
    budget = config.defaults.parse_budget_seconds
    with _extraction(len(todo), workers, extraction) as chosen:
        reads = _extract_ahead(con, todo, chosen, budget, spool=spool)
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            _parse_batch(con, run_id, batch, result, reads, catalogue, budget)
            if start == 0 and after_first_batch:
                after_first_batch()  # the crash tests' "parse" point
    told = rulebook.rule_changes(rules_before, _rule_state(con, rules_before))
    result.changes += changes.record_changes(con, run_id, told)
    return result


def _rule_state(
    con: duckdb.DuckDBPyConnection, before: rulebook.RuleState | None = None
) -> rulebook.RuleState:
    """The rule views now; after a stage (`before` given), rule values only if there were
    some before it (a first run has none: only its conflicts are news).

    Read with nothing cached beside the stage's rows (`store.release_cache`: DuckDB lets
    the uncommitted rows go to its temporary file too, a cold night of 1,000 pages 243 ->
    214 MB before the read) and on one thread (a few thousand rows; less memory, store.py).
    """
    store.release_cache(con)
    with store.one_thread(con):
        state = rulebook.state(con, values=before is None or bool(before.values))
    store.trim_heap()
    return state


@contextmanager
def _extraction(pages: int, workers: int | None, given: Extraction | None) -> Iterator[Extraction]:
    if given is not None:
        yield given
    else:
        with pool.extraction(pages, workers) as chosen:
            yield chosen


GOOD_FETCHES_OF_RUN = """
SELECT source_id, content_sha256 FROM fetches
WHERE run_id = ? AND outcome IN ('changed', 'unchanged') AND content_sha256 IS NOT NULL
ORDER BY source_id
"""
REVIEWS = """
SELECT run_id, source_id, change_kind, coalesce(section, ''), coalesce(old_value, ''),
       coalesce(new_value, ''), review_status, review_note, reviewed_at
FROM changes WHERE review_status <> 'pending'
"""
RESTORE_REVIEW = """
UPDATE changes SET review_status = ?, review_note = ?, reviewed_at = ?
WHERE run_id = ? AND source_id = ? AND change_kind = ? AND coalesce(section, '') = ?
  AND coalesce(old_value, '') = ? AND coalesce(new_value, '') = ?
"""


def rebuild(
    con: duckdb.DuckDBPyConnection,
    config: Config,
    workers: int | None = None,
    extraction: Extraction | None = None,
    catalogue: Catalogue | None = None,
) -> ParseResult:
    """Recompute facts and changes from the stored raw snapshots with today's parsers.

    Runs are replayed in order, so history and changes read as if today's parsers had run
    every night; reviews volunteers recorded are kept on the changes that come back.
    """
    catalogue = catalogue or load_catalogue(default_rules_path())
    targets = {s.id: target_of(s) for s in config.sources}
    urls = {s.id: s.url for s in config.sources}
    result = ParseResult()
    with store.transaction(con, lean=True):
        reviews = con.execute(REVIEWS).fetchall()
        for table in ("amounts", "conditions", "parses", "changes"):
            con.execute(f"DELETE FROM {table}")
        rulebook.sync_catalogue(con, catalogue)
        last: dict[str, str] = {}
        runs = [  # a run that died or stopped told nothing: its next completed run did
            row[0]
            for row in con.execute(
                "SELECT run_id FROM runs WHERE status = 'completed' ORDER BY run_id"
            ).fetchall()
        ]
        plan = []  # (run, the snapshots it parses), so extraction can run ahead of writes
        for run_id in runs:
            todo = []
            for source_id, digest in con.execute(GOOD_FETCHES_OF_RUN, [run_id]).fetchall():
                if last.get(source_id) == digest:
                    continue
                target = targets.get(source_id, ParseTarget(source_id, None))
                # the previous snapshot, put in the spool; the body read again is the one the
                # facts came from (`facts_from`), as on the nights
                todo.append(
                    ParseItem(target, digest, source_id not in last, None, last.get(source_id))
                )
                last[source_id] = digest
            plan.append((run_id, todo))
        everything = [item for _, todo in plan for item in todo]
        budget = config.defaults.parse_budget_seconds
        with _extraction(len(everything), workers, extraction) as chosen:
            facts_from: dict[str, str] = {}  # per source, the body its facts were read from
            reads = _extract_ahead(con, everything, chosen, budget, facts_from)
            for run_id, todo in plan:
                result.changes += page_stage(con, run_id, urls)
                rules_before = _rule_state(con)
                for start in range(0, len(todo), BATCH):
                    batch = todo[start : start + BATCH]
                    _parse_batch(con, run_id, batch, result, reads, catalogue, budget, facts_from)
                told = rulebook.rule_changes(rules_before, _rule_state(con, rules_before))
                result.changes += changes.record_changes(con, run_id, told)
        for run_id, source_id, kind, section, old, new, status, note, at in reviews:
            con.execute(
                RESTORE_REVIEW, [status, note, at, run_id, source_id, kind, section, old, new]
            )
        con.execute(
            "UPDATE runs SET parser_version = ? WHERE status <> 'running'",
            [parse_version(catalogue)],
        )
    return result
