"""`permitwatch`: run, check and query from the repository root with no flag needed."""

from __future__ import annotations

import atexit
import gc
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

import flows
from fetch.paths import CAPTURES, DEFAULT_SOURCES
from flows import server
from warehouse import published, schema
from warehouse.runs import RunFailed
from warehouse.vocab import REVIEW_STATUSES, check_review_status

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Watch the official rules for foreign workers in Belgium.",
)
sources_app = typer.Typer(no_args_is_help=True, help="Inspect sources.yaml.")
app.add_typer(sources_app, name="sources")
server_app = typer.Typer(
    no_args_is_help=True, help="A local Prefect server in the background, so runs start fast."
)
app.add_typer(server_app, name="server")
users_app = typer.Typer(no_args_is_help=True, help="Accounts of the review desk.")
app.add_typer(users_app, name="users")

EXIT_CONFIG = 2
EXIT_BUSY = 3
EXIT_RUN_FAILED = 4  # the run completed and stored what it got, but (almost) nothing was reached

SourcesOpt = Annotated[Path, typer.Option("--sources", help="The sources file.")]
DbOpt = Annotated[Path, typer.Option("--db", help="The warehouse file.")]
ReportsOpt = Annotated[
    Path | None,
    typer.Option(
        "--reports",
        help="Where reports are written (default: where this warehouse's runs wrote them; "
        "reports/out for the default warehouse, else a reports/ folder beside it).",
    ),
]
OfflineOpt = Annotated[bool, typer.Option("--offline", help="Replay captures/, not the web.")]
EditionOpt = Annotated[int | None, typer.Option("--edition", help="Capture edition (offline).")]
CapturesOpt = Annotated[Path, typer.Option("--captures", help="Capture folder (offline).")]
NotifyOpt = Annotated[
    Path | None,
    typer.Option(
        "--notify", help="Reports' base URL and alerts (default: notify.yaml beside --sources)."
    ),
]
ClusterOpt = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        help="Extract facts on a Dask cluster: tcp://host:8786, or local:N for N local "
        "processes; the warehouse is still written here.",
    ),
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="Processes extracting facts (default: PERMITWATCH_WORKERS, else one per core; "
        "used from 150 pages to parse).",
    ),
]


# Set by the commands whose work is stored and said when they return (run, rebuild): their
# process ends without tearing the interpreter down (see `main`).
_ENDS_AT_ONCE = {"on": False}


@contextmanager
def _importing() -> Iterator[None]:
    """The cyclic garbage collector off while a run's command checks its files and imports.

    Those imports (Prefect, pydantic, DuckDB, httpx: ~1,400 modules) build a heap that only
    grows, and the collector walked it again and again for nothing: 4 full collections and
    ~650 young ones, 0.21-0.36 s of CPU in a whole unchanged night of 300 pages (0.04 s
    after; `gc.callbacks`, benchmarks/README.md round 15). Once they are done that heap is frozen
    before the collector is on again (else its first young collection would walk all of it);
    `_imports_frozen` unfreezes it when the flow ends. A command that stops meanwhile gets
    the collector back as it was, nothing frozen.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    except BaseException:
        if enabled:
            gc.enable()
        raise
    gc.freeze()
    if enabled:
        gc.enable()


@contextmanager
def _imports_frozen() -> Iterator[None]:
    """Keep the cyclic garbage collector off what the imports built, for one run's work.

    Python's full collections walk every object alive: after Prefect's, pydantic's and
    DuckDB's imports that is 0.27-0.45 s a collection, and an unchanged night of 1,000 pages
    made two inside its flow body (loaded 2-core machine, `gc.callbacks`). Frozen, those
    objects are skipped; what the run itself leaves cyclic is still collected. Unfrozen after,
    so the demo's second run, or a long-lived caller, sees an ordinary heap again.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def main() -> None:
    """The `permitwatch` console script: the CLI, and for `run` and `rebuild` a quick end.

    Once such a command has committed, published and printed everything, Python went on
    freeing Prefect's, pydantic's and DuckDB's objects and 1,400 modules one by one: 0.8-2.2 s
    of CPU after the last line of a 5-8 s run (loaded 2-core machine; strace shows no
    system call in between). The atexit handlers still run (logging, multiprocessing's
    children), the streams are flushed, and the process ends with the command's status.
    """
    try:
        app()
    except SystemExit as exc:
        if not _ENDS_AT_ONCE["on"]:
            raise
        _end_now(exc.code)


def _send_prefect_logs() -> None:
    """Send the run's last queued log lines to Prefect while its server still answers.

    The exit handlers stop Prefect's temporary server before its log worker's own flush, and
    ending at once left the worker nothing but a stopped server: a clean night ended on
    "--- Error logging to API --- All connection attempts failed". Draining first (at most
    5 s, Prefect's own bound) keeps the flow run's last lines and a quiet ending.
    """
    handlers = sys.modules.get("prefect.logging.handlers")
    if handlers is not None:
        handlers.APILogWorker.drain_all(timeout=5)


def _end_now(code: object) -> None:
    if code is None or isinstance(code, int):
        status = code or 0
    else:  # sys.exit("message"): printed, status 1, as Python does
        print(code, file=sys.stderr)
        status = 1
    _send_prefect_logs()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said anyway
            pass
    os._exit(status)


def _fail(message: str, code: int) -> None:
    typer.secho(message, fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _check_config(path: Path):
    from fetch.sources import SourcesError, check_sources  # pydantic and selectolax: 0.3 s

    try:
        config, warnings = check_sources(path)
    except SourcesError as exc:
        _fail(
            f"{path} has {len(exc.problems)} problem(s); nothing was fetched:\n{exc}", EXIT_CONFIG
        )
    for warning in warnings:
        typer.secho(warning, fg=typer.colors.YELLOW, err=True)
    _check_rules()
    return config


def notify_file(sources: Path, notify: Path | None) -> Path:
    """The notify file: as given, else `notify.yaml` beside the sources file."""
    return notify if notify is not None else sources.with_name("notify.yaml")


def _check_publishing(sources: Path, notify: Path | None):
    """The notify file's settings (reports.config.Publishing), or exit 2 naming its problems."""
    from reports.config import ConfigError, load_publishing  # pydantic: imported when needed

    try:
        return load_publishing(notify_file(sources, notify), required=notify is not None)
    except ConfigError as exc:
        _fail(f"{len(exc.problems)} problem(s); nothing was fetched:\n{exc}", EXIT_CONFIG)


def _check_rules():
    """The rule catalogue is configuration too: a broken one stops the run before any fetch.

    It is rules.yaml of the working directory, else the bundled one (as the parse stage)."""
    from rules.catalogue import CatalogueError, default_rules_path, load_catalogue

    path = default_rules_path()
    try:
        return load_catalogue(path)
    except CatalogueError as exc:
        _fail(
            f"{path} has {len(exc.problems)} problem(s); nothing was fetched:\n{exc}", EXIT_CONFIG
        )


def _on_cluster(flow, cluster: str | None):
    """The flow with a Dask task runner for --cluster (prefect-dask imported only then)."""
    if not cluster:
        return flow
    from flows.cluster import ClusterSpecError, with_cluster

    try:
        return with_cluster(flow, cluster)
    except ClusterSpecError as exc:
        _fail(str(exc), EXIT_CONFIG)


def _check_workers(workers: int | None) -> None:
    """A bad PERMITWATCH_WORKERS is a configuration error before anything runs."""
    from parsers.pool import workers_wanted

    try:
        workers_wanted(workers)
    except ValueError as exc:
        _fail(str(exc), EXIT_CONFIG)


def run_once(
    sources: Path,
    db: Path,
    reports: Path | None,
    offline: bool,
    edition: int | None,
    show_progress: bool | None = None,
    captures: Path = CAPTURES,
    notify: Path | None = None,
    started: float | None = None,
    alerts: bool = True,
    workers: int | None = None,
    cluster: str | None = None,
):
    """Run the nightly flow once and print its outcome; shared by `run` and the demo.

    `started` (time.monotonic()) is when this command began, for the summary line's "in
    all": the process's start by default; the demo gives each of its runs its own. The
    demo sends no alerts (`alerts=False`): its changes are not news.
    """
    import asyncio

    with _importing():
        from fetch.sources import SourcesError
        from reports.publish import reports_folder

        _check_config(sources)
        reports = reports_folder(db, reports)
        _check_publishing(sources, notify)
        _prefect_server()
        from flows.nightly import nightly  # Prefect is imported only when a run is asked for

        nightly = _on_cluster(nightly, cluster)
    failed = None
    try:
        with _imports_frozen():
            summary = asyncio.run(
                nightly(
                    sources=str(sources),
                    db=str(db),
                    reports=str(reports),
                    offline=offline,
                    edition=edition,
                    captures=str(captures),
                    show_progress=show_progress,
                    notify=str(notify) if notify is not None else None,
                    alerts=alerts,
                    workers=workers,
                    cluster=cluster,
                )
            )
    except schema.WarehouseBusy as exc:
        _fail(str(exc), EXIT_BUSY)
    except SourcesError as exc:
        _fail(str(exc), EXIT_CONFIG)
    except RunFailed as exc:
        summary, failed = exc.summary, exc
    for failure in summary.failures:
        typer.echo(f"  failed  {failure.source_id}: {failure.error_class}: {failure.error}")
    typer.echo(summary.line(time.monotonic() - (flows.STARTED if started is None else started)))
    if failed is not None:
        _fail(f"{failed}; what it got is stored and its report written", EXIT_RUN_FAILED)
    return summary


@app.command()
def run(
    sources: SourcesOpt = DEFAULT_SOURCES,
    db: DbOpt = schema.DEFAULT_DB,
    reports: ReportsOpt = None,
    offline: OfflineOpt = False,
    edition: EditionOpt = None,
    captures: CapturesOpt = CAPTURES,
    notify: NotifyOpt = None,
    workers: WorkersOpt = None,
    cluster: ClusterOpt = None,
) -> None:
    """Fetch every source, store new snapshots, and summarise the run."""
    _ENDS_AT_ONCE["on"] = True
    _check_workers(workers)
    run_once(
        sources, db, reports, offline, edition, sys.stderr.isatty(), captures, notify,
        workers=workers, cluster=cluster,
    )  # fmt: skip


@app.command()
def rebuild(
    sources: SourcesOpt = DEFAULT_SOURCES,
    db: DbOpt = schema.DEFAULT_DB,
    workers: WorkersOpt = None,
    cluster: ClusterOpt = None,
) -> None:
    """Re-parse every stored page with today's parsers and rebuild the history; no fetching."""
    _ENDS_AT_ONCE["on"] = True
    _check_workers(workers)
    with _importing():
        _check_config(sources)
        if not db.exists():
            _fail(f"{db} does not exist: there is nothing to rebuild", EXIT_CONFIG)
        _prefect_server()
        from flows.rebuild import rebuild as rebuild_flow

        rebuild_flow = _on_cluster(rebuild_flow, cluster)
    try:
        with _imports_frozen():
            result = rebuild_flow(
                sources=str(sources), db=str(db), workers=workers, cluster=cluster
            )
    except schema.WarehouseBusy as exc:
        _fail(str(exc), EXIT_BUSY)
    for source_id, error in result.failed:
        typer.echo(f"  unparseable  {source_id}: {error}")
    typer.echo(
        f"rebuilt {result.parsed} snapshots: {result.amounts_opened} amount rows, "
        f"{result.conditions_opened} condition rows ({len(result.failed)} unparseable)"
    )


@app.command()
def report(
    run_id: Annotated[int | None, typer.Argument(help="The run (default: the latest).")] = None,
    db: DbOpt = schema.DEFAULT_DB,
    reports: ReportsOpt = None,
    notify: NotifyOpt = None,
) -> None:
    """Re-render a run's change report (md, html, json) and the Atom feed from the warehouse.

    Decisions recorded since the last run (in the desk or with `review`) are merged first.
    """
    from reports.build import latest_run
    from reports.publish import publish_run, reports_folder
    from warehouse import decisions

    publishing = _check_publishing(DEFAULT_SOURCES, notify)
    if not db.exists():
        _fail(f"{db} does not exist yet: run `permitwatch run` first", EXIT_CONFIG)
    reports = reports_folder(db, reports)
    con = _writer(db)
    try:
        if decisions.merge(con, decisions.path_for(db)):
            published.publish(con, db)
        run_id = run_id if run_id is not None else latest_run(con)
        if run_id is None:
            _fail("no finished run to report on", EXIT_CONFIG)
        try:
            result, paths = publish_run(con, run_id, reports, publishing)
        except LookupError as exc:
            _fail(str(exc), EXIT_CONFIG)
    finally:
        con.close()
    typer.echo(f"run {run_id}: {len(result['changes'])} changes")
    for path in paths:
        typer.echo(f"  {path}")


@app.command()
def review(
    change_id: Annotated[str, typer.Argument(help="The change, e.g. c-12-5f0c93a1d2.")],
    status: Annotated[str, typer.Option("--status", help=" | ".join(REVIEW_STATUSES))],
    note: Annotated[str | None, typer.Option("--note", help="Why, for the next reader.")] = None,
    by: Annotated[
        str | None, typer.Option("--by", help="Who decides (default: your user name).")
    ] = None,
    db: DbOpt = schema.DEFAULT_DB,
    reports: ReportsOpt = None,
    notify: NotifyOpt = None,
) -> None:
    """Record a decision on a change; earlier decisions are kept, the latest counts.

    The decision goes to the decisions file beside the warehouse, which no run locks; the
    warehouse, the published copy and the run's report take it at once when no run is
    writing, else at the end of that run.
    """
    import getpass

    from reports.publish import publish_run, reports_folder
    from warehouse import decisions

    publishing = _check_publishing(DEFAULT_SOURCES, notify)
    try:
        check_review_status(status)
    except ValueError as exc:
        _fail(f"--status {exc}", EXIT_CONFIG)
    if not db.exists():
        _fail(f"{db} does not exist yet: run `permitwatch run` first", EXIT_CONFIG)
    reader = schema.connect(published.reader_path(db), read_only=True)
    try:
        found = reader.execute("SELECT run_id FROM changes WHERE change_id = ?", [change_id])
        row = found.fetchone()
    finally:
        reader.close()
    if row is None:
        _fail(f"there is no change {change_id}", EXIT_CONFIG)
    run_id = row[0]
    store = decisions.path_for(db)
    decision, before = decisions.record(store, change_id, status, note, by or getpass.getuser())
    typer.echo(
        f"{change_id}: {status} by {decision.decided_by}"
        + (f" ({decision.note})" if decision.note else "")
        + f", kept in {store}"
    )
    if before is not None:
        typer.echo(
            f"  earlier: {before.status} by {before.decided_by} on {before.decided_at[:16]}"
            + (f" ({before.note})" if before.note else "")
            + "; still in the history"
        )
    try:
        con = schema.connect(db)
    except schema.WarehouseBusy:
        typer.echo(f"  a run is writing {db}: it takes the decision when it finishes")
        return
    try:
        decisions.merge(con, store)
        folder = reports_folder(db, reports)
        _, paths = publish_run(con, run_id, folder, publishing)
        published.publish(con, db)  # readers of the published copy see the decision too
    finally:
        con.close()
    typer.echo(f"  report of run {run_id} updated: {paths[1]}")


def _prefect_server() -> None:
    """Say which Prefect server this command uses, and point Prefect at it."""
    choice = server.choose()
    server.use(choice)
    typer.echo(choice.line, err=True)


@server_app.command("start")
def server_start() -> None:
    """Start a local Prefect server in the background (PREFECT_HOME: .prefect/)."""
    try:
        url = server.start()
    except RuntimeError as exc:
        _fail(str(exc), 1)
    typer.echo(f"Prefect server running at {url}; runs use it from now on")


@server_app.command("stop")
def server_stop() -> None:
    """Stop the local Prefect server."""
    typer.echo(server.stop() or "stopped")


@server_app.command("status")
def server_status() -> None:
    """Say whether the local Prefect server answers (exit 1 when it does not)."""
    url = server.local_api_url()
    if server.answers(url):
        typer.echo(f"Prefect server running at {url}")
    else:
        typer.echo(f"no Prefect server answers at {url}")
        raise typer.Exit(1)


def _writer(db: Path):
    try:
        return schema.connect(db)
    except schema.WarehouseBusy as exc:
        _fail(str(exc), EXIT_BUSY)


@sources_app.command("check")
def sources_check(sources: SourcesOpt = DEFAULT_SOURCES) -> None:
    """Validate the sources file without fetching anything."""
    config = _check_config(sources)
    by_publisher = Counter(f"{s.publisher}/{s.lang}" for s in config.sources)
    typer.echo(f"{sources}: {len(config.sources)} sources, valid")
    for key, n in sorted(by_publisher.items()):
        typer.echo(f"  {key:16} {n}")
    from rules.catalogue import default_rules_path

    catalogue = _check_rules()
    typer.echo(f"{default_rules_path()}: {len(catalogue.rules)} rules, valid")


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="A read-only SQL query.")],
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            help="The warehouse file (default: warehouse/permitwatch.duckdb, or the demo's "
            "warehouse/demo.duckdb while there is no other).",
        ),
    ] = None,
    live: Annotated[
        bool,
        typer.Option("--live", help="Read the warehouse file itself (refused while a run writes)."),
    ] = False,
    fmt: Annotated[
        str, typer.Option("--format", help="table | csv | json | parquet (needs --output).")
    ] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", help="Write to this file, not the terminal.")
    ] = None,
    max_width: Annotated[
        int | None, typer.Option("--max-width", help="Cut table cells to this many characters.")
    ] = None,
) -> None:
    """Run SQL, read-only, and print the result: nulls as empty cells, nothing cut.

    It reads the copy published after the last committed run (`published/` beside the
    warehouse), so it works while a run is writing; `--live` reads the warehouse itself.
    """
    from reports.tables import FORMATS, render
    from warehouse.query import copy_to_parquet, run_query

    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}", EXIT_CONFIG)
    if fmt == "parquet" and output is None:
        _fail("--format parquet writes a file: give --output FILE", EXIT_CONFIG)
    db = _query_db(db)
    try:
        con = schema.connect(db if live else published.reader_path(db), read_only=True)
    except schema.WarehouseBusy as exc:
        _fail(f"{exc}; without --live, query reads the published copy", EXIT_BUSY)
    try:
        if fmt == "parquet":
            n = copy_to_parquet(con, sql, output)
            typer.echo(f"{n} rows written to {output}", err=True)
            return
        names, rows = run_query(con, sql)
    except Exception as exc:  # duckdb raises many error types; all are the query's fault
        _fail(f"query failed: {exc}", EXIT_CONFIG)
    finally:
        con.close()
    text = render(names, rows, fmt, max_width)
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"{len(rows)} rows written to {output}", err=True)


def _query_db(db: Path | None) -> Path:
    """The warehouse to read: as given; else the real one, or the demo's while it is alone
    (so the README's examples work right after `make demo`), said on stderr."""
    from flows.demo import DEMO_DB

    if db is None:
        db = schema.DEFAULT_DB
        if not db.exists() and DEMO_DB.exists():
            typer.echo(f"(no {db} yet: reading the demo warehouse {DEMO_DB})", err=True)
            db = DEMO_DB
    if not db.exists():
        _fail(f"{db} does not exist yet: run `permitwatch run` (or `make demo`) first", EXIT_CONFIG)
    return db


@app.command()
def desk(
    db: DbOpt = schema.DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8765,
    https: Annotated[
        bool,
        typer.Option(
            "--behind-https",
            help="A TLS reverse proxy serves the desk: cookies only travel over https, and "
            "the proxy's X-Forwarded-Proto is trusted from 127.0.0.1.",
        ),
    ] = False,
) -> None:
    """Serve the review desk (log in at /login); it reads the published copy of --db."""
    import uvicorn

    from desk.app import Settings, create_app
    from warehouse import accounts

    if not accounts.all_users(accounts.path_for(db)):
        typer.echo(
            f"no account yet: add one with `permitwatch users add NAME --role maintainer --db {db}`"
        )
    try:
        application = create_app(Settings(db=db, secure_cookies=https))
    except (PermissionError, ValueError) as exc:
        _fail(str(exc), EXIT_CONFIG)
    typer.echo(f"review desk on http://{host}:{port}/login (reading {published.reader_path(db)})")
    uvicorn.run(
        application,
        host=host,
        port=port,
        proxy_headers=https,
        forwarded_allow_ips="127.0.0.1" if https else None,
        log_level="info",
    )


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="The volunteer's login name.")],
    role: Annotated[str, typer.Option("--role", help="reviewer | maintainer")] = "reviewer",
    invite: Annotated[
        bool, typer.Option("--invite", help="Print a one-time link instead of asking a password.")
    ] = False,
    url: Annotated[
        str, typer.Option("--url", help="The desk's address, for the invitation link.")
    ] = "http://127.0.0.1:8765",
    db: DbOpt = schema.DEFAULT_DB,
) -> None:
    """Add an account: a password typed now (not echoed), or an invitation link (7 days)."""
    from desk import auth
    from warehouse import accounts

    store = accounts.path_for(db)
    try:
        if invite:
            token, digest = auth.new_invitation()
            accounts.add(store, name, role, invite_digest=digest)
            typer.echo(f"{name} ({role}) invited; send this link, it works once, for 7 days:")
            typer.echo(f"  {url.rstrip('/')}/login?invite={token}")
            return
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        accounts.add(store, name, role, password_hash=auth.hash_password(password))
    except ValueError as exc:  # AccountError, or a password too short
        _fail(str(exc), EXIT_CONFIG)
    typer.echo(f"{name} ({role}) can log in; accounts are in {store}")


@users_app.command("list")
def users_list(db: DbOpt = schema.DEFAULT_DB) -> None:
    """Every account, its role and whether it can log in."""
    from warehouse import accounts

    found = accounts.all_users(accounts.path_for(db))
    if not found:
        typer.echo("(no accounts)")
    for user in found:
        state = "disabled" if not user.active else "invited" if not user.password_hash else "active"
        typer.echo(f"{user.name:24} {user.role:11} {state:9} since {user.created_at[:10]}")


@users_app.command("disable")
def users_disable(
    name: Annotated[str, typer.Argument(help="The account to disable.")],
    db: DbOpt = schema.DEFAULT_DB,
) -> None:
    """Stop an account from logging in (its decisions stay, with its name); effective at once."""
    from warehouse import accounts

    try:
        accounts.disable(accounts.path_for(db), name)
    except accounts.AccountError as exc:
        _fail(str(exc), EXIT_CONFIG)
    typer.echo(f"{name} is disabled")


@app.command()
def rules(
    rule: Annotated[
        str | None, typer.Option("--rule", help="One rule id: its history, value by value.")
    ] = None,
    db: DbOpt = schema.DEFAULT_DB,
) -> None:
    """Today's value of each rule in each jurisdiction, side by side (reads the published copy)."""
    from reports import rule_table
    from warehouse import rulebook

    if not db.exists():
        _fail(f"{db} does not exist yet: run `permitwatch run` first", EXIT_CONFIG)
    con = schema.connect(published.reader_path(db), read_only=True)
    try:
        labels = rulebook.labels(con)
        if rule is None:
            typer.echo(rule_table.render_comparison(rulebook.current(con), labels))
        elif rule not in labels:
            _fail(f"no rule {rule!r} in the catalogue (see rules.yaml)", EXIT_CONFIG)
        else:
            typer.echo(rule_table.render_history(rulebook.history(con, rule), labels[rule]))
    finally:
        con.close()


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="The folder to write into (created if needed).")],
    format: Annotated[
        str, typer.Option("--format", help="parquet (the rule and fact views) or openfisca.")
    ] = "parquet",
    db: DbOpt = schema.DEFAULT_DB,
) -> None:
    """Export the rules for downstream tools: Parquet views, or OpenFisca parameter files."""
    from reports import export as exporter

    if format not in ("parquet", "openfisca"):
        _fail(f"--format must be parquet or openfisca, not {format!r}", EXIT_CONFIG)
    if not db.exists():
        _fail(f"{db} does not exist yet: run `permitwatch run` first", EXIT_CONFIG)
    con = schema.connect(published.reader_path(db), read_only=True)
    try:
        if format == "parquet":
            written = exporter.export_parquet(con, out)
        else:
            written = exporter.export_openfisca(con, out)
    finally:
        con.close()
    typer.echo(f"{len(written)} files written under {out}")


@app.command()
def serve(
    sources: SourcesOpt = DEFAULT_SOURCES,
    db: DbOpt = schema.DEFAULT_DB,
    reports: ReportsOpt = None,
    offline: OfflineOpt = False,
    edition: EditionOpt = None,
    captures: CapturesOpt = CAPTURES,
    notify: NotifyOpt = None,
    print_systemd: Annotated[
        bool, typer.Option("--print-systemd", help="Print a systemd unit for this, and exit.")
    ] = False,
) -> None:
    """Serve the nightly deployment (02:00 Europe/Brussels) to a Prefect server.

    The options are those of `run`; they become the deployment's parameters as absolute
    paths, so scheduled runs do not depend on the folder `serve` was started from.
    """
    from reports.publish import reports_folder

    _check_config(sources)
    _check_publishing(sources, notify)
    notify_path = notify_file(sources, notify)
    if not print_systemd:
        _prefect_server()
    from flows.deploy import deployment_parameters, serve_nightly, systemd_unit

    parameters = deployment_parameters(
        sources,
        db,
        reports_folder(db, reports),
        offline,
        edition,
        captures if offline else None,
        notify_path if notify is not None or notify_path.exists() else None,
    )
    if print_systemd:
        typer.echo(systemd_unit(parameters), nl=False)
        return
    serve_nightly(parameters)


if __name__ == "__main__":
    main()
