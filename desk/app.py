"""The desk's web application: Starlette routes over the published copy and the decisions file.

Every route but `/login` and `/healthz` needs a logged-in, active account (`Guard`); every
POST carries the session's CSRF token; pages are server-rendered HTML with no script.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import duckdb
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from desk import auth
from desk.chart import fact_chart
from desk.snapshot import page_lines
from reports.render import KIND_LABELS, PUBLISHER_LABELS, REVIEW_LABELS, safe_url, word_diff
from warehouse import accounts, decisions, desk_reads, published, schema
from warehouse.diff import describe_amount
from warehouse.records import AmountRow
from warehouse.vocab import REVIEW_STATUSES

PUBLIC = ("/login", "/healthz")
_LOCAL_PATH = re.compile(r"/(?:[A-Za-z0-9_-][A-Za-z0-9_./-]*)?")  # where a login may return
IDLE_SECONDS = 30 * 60  # a session unused for 30 minutes must log in again
MAX_FORM = 16_384  # bytes: a note is a few sentences
DECIDE = {"confirmed": "Confirm", "dismissed": "Dismiss", "follow_up": "Needs follow-up"}


@dataclass(frozen=True)
class Settings:
    db: Path
    secure_cookies: bool = False  # behind https: the cookie only travels encrypted
    idle_seconds: int = IDLE_SECONDS
    login_limit: int = 5
    login_window: float = 900.0

    @property
    def decisions(self) -> Path:
        return decisions.path_for(self.db)

    @property
    def accounts(self) -> Path:
        return accounts.path_for(self.db)


class Reader:
    """One read-only connection to the published copy, reopened when a run replaces it.

    The copy is swapped by rename, so a changed inode means a new copy; each request gets
    its own cursor on the shared connection. What is computed from the copy alone (the
    filters' choices, charts) is kept in `memo` until the next copy: a chart costs 90 ms
    of matplotlib once per copy, not per view.
    """

    def __init__(self, db: Path):
        self.db = db
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._key: tuple | None = None
        self._memo: dict = {}

    def memo(self, key: tuple, make):
        """`make()` once per published copy and key (at most 512 kept)."""
        with self._lock:
            key = (self._key, *key)  # a value made from an older copy never serves a newer
            if key in self._memo:
                return self._memo[key]
        value = make()
        with self._lock:
            if len(self._memo) >= 512:
                self._memo.clear()
            self._memo[key] = value
        return value

    def cursor(self) -> duckdb.DuckDBPyConnection:
        path = published.reader_path(self.db)
        if not path.exists():
            raise LookupError(f"{self.db} has no published copy yet: run `permitwatch run`")
        info = path.stat()
        key = (str(path), info.st_ino, info.st_mtime_ns)
        with self._lock:
            if key != self._key:
                try:
                    fresh = schema.connect(path, read_only=True)
                except schema.WarehouseBusy as exc:  # no copy published yet, and a run writes
                    raise LookupError(f"{exc}; the desk shows it once the run is over") from exc
                old, self._con = self._con, fresh
                self._key = key
                self._memo = {}
                if old is not None:
                    old.close()
            return self._con.cursor()


def _described(row: dict) -> str:
    """'at least EUR 450 per month', as the reports word it."""
    fields = ("section", "kind", "value", "value_max", "unit", "per", "bound", "date_value")
    return describe_amount(AmountRow("", "", quote=row["quote"], **{k: row[k] for k in fields}))


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("desk", "templates"),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        KIND_LABELS=KIND_LABELS,
        REVIEW_LABELS=REVIEW_LABELS,
        PUBLISHER_LABELS=PUBLISHER_LABELS,
        DECIDE=DECIDE,
    )
    env.filters["href"] = safe_url
    return env


class Guard:
    """ASGI middleware: no session, an idle one, or a disabled account -> the login page."""

    def __init__(self, app, settings: Settings):
        self.app, self.settings = app, settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] in PUBLIC:
            return await self.app(scope, receive, send)
        session = scope.get("session", {})
        now = time.time()
        user = None
        if session.get("user") and now - session.get("seen", 0) <= self.settings.idle_seconds:
            user = accounts.get(self.settings.accounts, session["user"])
        if user is None or not user.active or user.password_hash is None:
            if session.get("user"):  # expired or disabled: forget it (an anonymous
                session.clear()  # session keeps its login form's CSRF token: favicon.ico)
            target = "/login"
            if scope["method"] == "GET" and scope["path"] != "/":
                target += "?" + urlencode({"next": scope["path"]})
            return await RedirectResponse(target, status_code=303)(scope, receive, send)
        session["seen"] = now
        scope["user"] = user
        return await self.app(scope, receive, send)


async def security_headers(scope, receive, send, app):
    async def send_with_headers(message):
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            headers += [
                (
                    b"content-security-policy",
                    b"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                    b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
                ),
                (b"x-content-type-options", b"nosniff"),
                (b"referrer-policy", b"same-origin"),
                (b"x-frame-options", b"DENY"),
                (b"cache-control", b"no-store"),
            ]
            message["headers"] = headers
        await send(message)

    await app(scope, receive, send_with_headers)


class Headers:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        return await security_headers(scope, receive, send, self.app)


def create_app(settings: Settings) -> Starlette:
    env = _environment()
    reader = Reader(settings.db)
    throttle = auth.Throttle(settings.login_limit, settings.login_window)

    def csrf(request: Request) -> str:
        token = request.session.get("csrf")
        if not token:
            token = request.session["csrf"] = auth.new_csrf()
        return token

    def page(request: Request, template: str, code: int = 200, **context) -> HTMLResponse:
        context.setdefault("user", request.scope.get("user"))
        html = env.get_template(template).render(csrf=csrf(request), request=request, **context)
        return HTMLResponse(html, status_code=code)

    def message(request: Request, title: str, text: str, status: int) -> HTMLResponse:
        return page(request, "message.html", code=status, title=title, text=text)

    async def form(request: Request) -> dict[str, str] | None:
        """The urlencoded form, or None when its CSRF token is missing or wrong."""
        body = await request.body()
        if len(body) > MAX_FORM:
            return None
        fields = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        return fields if auth.same_token(request.session.get("csrf"), fields.get("csrf")) else None

    def refused(request: Request) -> HTMLResponse:
        return message(
            request,
            "Form expired",
            "This form was out of date (or did not come from the desk). Go back, reload the "
            "page and send it again.",
            403,
        )

    def overlay() -> desk_reads.Overlay:
        found = decisions.latest(settings.decisions)
        return desk_reads.Overlay(
            [d.change_id for d in found.values()],
            [d.status for d in found.values()],
            [d.note for d in found.values()],
            [d.decided_by for d in found.values()],
        )

    # --- public --------------------------------------------------------------

    async def healthz(request: Request) -> Response:
        return PlainTextResponse("ok")

    async def login(request: Request) -> Response:
        invite = request.query_params.get("invite")
        if request.method == "GET":
            if invite:
                user = accounts.by_invite(settings.accounts, auth.invitation_digest(invite))
                if user is None:
                    return message(
                        request,
                        "Invitation not valid",
                        "This invitation was used, has expired or was withdrawn. "
                        "Ask a maintainer for a new one.",
                        404,
                    )
                return page(request, "invite.html", invite=invite, name=user.name)
            return page(request, "login.html", next=request.query_params.get("next", ""))
        fields = await form(request)
        if fields is None:
            return refused(request)
        if fields.get("invite"):
            return await accept_invite(request, fields)
        name = fields.get("name", "").strip()
        client = request.client.host if request.client else "?"
        keys = (f"ip:{client}", f"name:{name.lower()}")
        wait = throttle.wait(*keys)
        if wait:
            minutes = max(1, round(wait / 60))
            return page(request, "login.html", code=429,
                next="",
                error=f"Too many failed attempts. Try again in {minutes} minutes.",
            )
        user = accounts.get(settings.accounts, name)
        ok = auth.check_password(user.password_hash if user else None, fields.get("password", ""))
        if not ok or user is None or not user.active:
            throttle.failed(*keys)
            return page(request, "login.html", code=401,
                next="",
                error="That name and password do not match an active account.",
            )
        throttle.succeeded(keys[1])
        request.session.clear()  # a new session on login: nothing carried over
        request.session.update(user=user.name, seen=time.time(), csrf=auth.new_csrf())
        target = fields.get("next") or "/"
        if not _LOCAL_PATH.fullmatch(target):
            target = "/"  # never to another site: "//x", "/\\x" and "https:" all leave
        return RedirectResponse(target, status_code=303)

    async def accept_invite(request: Request, fields: dict) -> Response:
        user = accounts.by_invite(settings.accounts, auth.invitation_digest(fields["invite"]))
        if user is None:
            return message(
                request, "Invitation not valid", "This invitation was used or has expired.", 404
            )
        password = fields.get("password", "")
        error = None
        if password != fields.get("again"):
            error = "The two passwords differ."
        else:
            try:
                accounts.set_password(settings.accounts, user.name, auth.hash_password(password))
            except ValueError as exc:
                error = str(exc).capitalize() + "."
        if error:
            return page(
                request,
                "invite.html", code=400,
                invite=fields["invite"],
                name=user.name,
                error=error,
            )
        request.session.clear()
        request.session.update(user=user.name, seen=time.time(), csrf=auth.new_csrf())
        return RedirectResponse("/", status_code=303)

    # --- logged in -------------------------------------------------------------

    async def logout(request: Request) -> Response:
        if await form(request) is None:
            return refused(request)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    def inbox(request: Request) -> Response:
        q = request.query_params
        status = q.get("status", "pending")
        try:
            run = int(q["run"]) if q.get("run") else None
            page_no = max(1, int(q.get("page", "1")))
        except ValueError:
            return message(request, "Not a number", "The run and page are numbers.", 400)
        filters = desk_reads.Filters(
            publisher=q.get("publisher") or None,
            lang=q.get("lang") or None,
            severity=q.get("severity") or None,
            status=None if status == "all" else status,
            run=run,
            text=(q.get("text") or "").strip() or None,
            group=q.get("group") or None,
        )
        try:
            con = reader.cursor()
        except LookupError as exc:
            return message(request, "Nothing to review yet", str(exc), 503)
        per_page = 25
        found = desk_reads.inbox(
            con,
            filters,
            overlay(),
            per_page,
            (page_no - 1) * per_page,
            per_group=200 if filters.group else 6,  # one group asked for: show its changes
        )
        shown = {k: v for k, v in q.items() if k != "page" and v}
        return page(
            request,
            "inbox.html",
            inbox=found,
            choices=reader.memo(("choices",), lambda: desk_reads.choices(con)),
            filters=filters,
            status=status,
            statuses=REVIEW_STATUSES,
            page_no=page_no,
            pages=max(1, -(-found.total_groups // per_page)),
            query=lambda **extra: urlencode({**shown, **extra}),
        )

    def change_page(request: Request, change_id: str, status: int = 200, error: str = ""):
        try:
            con = reader.cursor()
        except LookupError as exc:
            return message(request, "Nothing to review yet", str(exc), 503)
        record = desk_reads.change(con, change_id)
        if record is None:
            return message(request, "No such change", f"There is no change {change_id}.", 404)
        history = decisions.history(settings.decisions, change_id)
        old_html, new_html = word_diff(record.get("old_value"), record.get("new_value"))
        old_q, new_q = word_diff(record.get("old_quote"), record.get("new_quote"))
        before = desk_reads.previous_run(con, record["source_id"], record["run_id"])
        return page(
            request,
            "change.html",
            code=status,
            c=record,
            history=history,
            latest=history[0] if history else None,
            current=history[0].status if history else record["review_status"],
            old_html=old_html,
            new_html=new_html,
            old_quote_html=old_q,
            new_quote_html=new_q,
            before_run=before,
            fact=desk_reads.fact_of_change(con, record),
            elsewhere=desk_reads.same_rule_elsewhere(con, record),
            error=error,
        )

    def change(request: Request) -> Response:
        return change_page(request, request.path_params["change_id"])

    async def decide(request: Request) -> Response:
        change_id = request.path_params["change_id"]
        fields = await form(request)
        if fields is None:
            return refused(request)
        status = fields.get("status", "")
        if status not in DECIDE:
            return change_page(request, change_id, 400, "Choose confirm, dismiss or follow-up.")
        if desk_reads.change(reader.cursor(), change_id) is None:
            return message(request, "No such change", f"There is no change {change_id}.", 404)
        try:
            seen = int(fields.get("seen", "0"))
        except ValueError:
            seen = -1
        try:
            decisions.record(
                settings.decisions,
                change_id,
                status,
                fields.get("note"),
                request.scope["user"].name,
                expected_latest=seen,
            )
        except decisions.StaleDecision as exc:
            other = exc.latest
            who = f"{other.decided_by} ({REVIEW_LABELS.get(other.status)})" if other else "someone"
            return change_page(
                request,
                change_id,
                409,
                f"{who} decided on this change while you were reading it. "
                "Their decision is shown below; decide again if you disagree.",
            )
        return RedirectResponse(f"/change/{change_id}#decision", status_code=303)

    def snapshot(request: Request) -> Response:
        source_id = request.path_params["source_id"]
        run_id = request.path_params["run_id"]
        try:
            con = reader.cursor()
        except LookupError as exc:
            return message(request, "Nothing to review yet", str(exc), 503)
        stored = desk_reads.snapshot(con, source_id, run_id)
        if stored is None:
            return message(
                request,
                "No stored page",
                f"No copy of {source_id} was stored by run {run_id}.",
                404,
            )
        quote = request.query_params.get("quote") or ""
        lines = page_lines(stored.body, stored.content_type, quote)
        return page(
            request,
            "snapshot.html",
            source_id=source_id,
            stored=stored,
            lines=lines,
            quote=quote,
            marked=any(line.marked for line in lines),
            back=request.query_params.get("change", ""),
        )

    def fact(request: Request) -> Response:
        slot, rank = request.path_params["slot"], request.path_params["rank"]
        try:
            con = reader.cursor()
        except LookupError as exc:
            return message(request, "Nothing to review yet", str(exc), 503)
        rows = desk_reads.fact_history(con, slot, rank)
        if not rows:
            return message(request, "No such fact", "No amount is stored under this id.", 404)
        told = desk_reads.changes_of_fact(con, rows[0]["source_id"], [r["quote"] for r in rows])
        for row in rows:
            row["label"] = _described(row)
            row["change_id"] = told.get((row["quote"], row["run_id"]))
            row["snapshot"] = f"/snapshot/{row['source_id']}/{row['run_id']}?" + urlencode(
                {"quote": row["quote"]}
            )
            row["href"] = f"/change/{row['change_id']}" if row["change_id"] else row["snapshot"]
        svg = Markup(  # matplotlib escapes its text
            reader.memo(("chart", slot, rank), lambda: fact_chart(rows, rows[-1]["unit"]))
        )
        return page(request, "fact.html", rows=rows, svg=svg, first=rows[-1])

    def users(request: Request, status: int = 200, **extra) -> Response:
        if not request.scope["user"].maintainer:
            return message(request, "Maintainers only", "Only maintainers manage accounts.", 403)
        return page(
            request,
            "users.html",
            code=status,
            users=accounts.all_users(settings.accounts),
            roles=accounts.ROLES,
            **extra,
        )

    async def users_page(request: Request) -> Response:
        return users(request)

    async def account_form(request: Request) -> tuple[dict | None, Response | None]:
        """A maintainer's form with its CSRF token, or the page that refuses it."""
        if not request.scope["user"].maintainer:
            return None, users(request)
        fields = await form(request)
        return (fields, None) if fields is not None else (None, refused(request))

    async def users_add(request: Request) -> Response:
        fields, refusal = await account_form(request)
        if refusal is not None:
            return refusal
        token, digest = auth.new_invitation()
        try:
            user = accounts.add(
                settings.accounts,
                fields.get("name", ""),
                fields.get("role", ""),
                invite_digest=digest,
            )
        except accounts.AccountError as exc:
            return users(request, 400, error=str(exc))
        link = str(request.url_for("login").include_query_params(invite=token))
        return users(request, invited=user.name, link=link)

    async def users_disable(request: Request) -> Response:
        _, refusal = await account_form(request)
        if refusal is not None:
            return refusal
        name = request.path_params["name"]
        if name == request.scope["user"].name:
            return users(request, 400, error="You cannot disable your own account.")
        try:
            accounts.disable(settings.accounts, name)
        except accounts.AccountError as exc:
            return users(request, 404, error=str(exc))
        return RedirectResponse("/users", status_code=303)

    routes = [
        Route("/healthz", healthz),
        Route("/login", login, methods=["GET", "POST"], name="login"),
        Route("/logout", logout, methods=["POST"]),
        Route("/", inbox),
        Route("/change/{change_id:str}", change),
        Route("/change/{change_id:str}/decide", decide, methods=["POST"]),
        Route("/snapshot/{source_id:str}/{run_id:int}", snapshot),
        Route("/fact/{slot:str}/{rank:int}", fact),
        Route("/users", users_page),
        Route("/users/add", users_add, methods=["POST"]),
        Route("/users/{name:str}/disable", users_disable, methods=["POST"]),
    ]
    key = auth.signing_key(auth.key_path_for(settings.db))
    middleware = [
        Middleware(Headers),
        Middleware(
            SessionMiddleware,
            secret_key=key,
            session_cookie="permitwatch_desk",
            max_age=settings.idle_seconds,  # the cookie is re-sent each request: idle expiry
            same_site="lax",
            https_only=settings.secure_cookies,
        ),
        Middleware(Guard, settings=settings),
    ]
    return Starlette(routes=routes, middleware=middleware)
