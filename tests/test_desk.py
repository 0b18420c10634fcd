"""The review desk's security and behaviour, through Starlette's test client (no network)."""

from __future__ import annotations

import re
import stat

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from starlette.testclient import TestClient
from typer.testing import CliRunner

import desk.app as desk_app
from desk import auth
from desk.app import Settings, create_app
from flows.cli import app as cli
from tests.test_history import V1, night
from warehouse import accounts, decisions, published, schema

HOSTILE = (
    b"<main><h2>Conditions</h2><ul><li>pays at least EUR 500 a month "
    b"&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;;</li>"
    b"<li>gives at least one full day off each week.</li></ul></main>"
)
PASSWORD = "a long enough password"


@pytest.fixture
def warehouse(tmp_path):
    db = tmp_path / "w.duckdb"
    con = schema.connect(db)
    night(con, V1)
    night(con, HOSTILE)
    published.publish(con, db)
    con.close()
    for name, role in (("ann", "maintainer"), ("rui", "reviewer")):
        accounts.add(accounts.path_for(db), name, role, password_hash=auth.hash_password(PASSWORD))
    return db


def client(db, **settings) -> TestClient:
    return TestClient(create_app(Settings(db=db, **settings)), follow_redirects=False)


def token(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def logged_in(db, name="ann", **settings) -> TestClient:
    c = client(db, **settings)
    answer = c.post(
        "/login", data={"csrf": token(c.get("/login").text), "name": name, "password": PASSWORD}
    )
    assert answer.status_code == 303, answer.text
    return c


def change_id(db, kind="amount_changed") -> str:
    con = schema.connect(published.published_path(db), read_only=True)
    try:
        return con.execute(
            "SELECT change_id FROM changes WHERE change_kind = ?", [kind]
        ).fetchone()[0]
    finally:
        con.close()


def test_every_route_but_login_and_health_refuses_an_anonymous_client(warehouse):
    c = client(warehouse)
    paths = {
        "/",
        f"/change/{change_id(warehouse)}",
        f"/change/{change_id(warehouse)}/decide",
        "/snapshot/au-pair/2",
        "/fact/x/0",
        "/users",
        "/users/add",
        "/users/rui/disable",
        "/logout",
        "/no-such-page",
    }
    routed = {r.path for r in c.app.routes}
    assert len(routed) == 11  # a new route must be added to the paths above
    for path in paths:
        for method in ("GET", "POST"):
            answer = c.request(method, path)
            assert answer.status_code == 303, (method, path)
            assert answer.headers["location"].startswith("/login"), (method, path)
            assert "alert" not in answer.text
    assert c.get("/healthz").text == "ok"
    assert c.get("/login").status_code == 200
    assert decisions.history(decisions.path_for(warehouse), change_id(warehouse)) == []


def test_login_sets_a_signed_httponly_lax_cookie_and_logout_ends_it(warehouse):
    c = client(warehouse)
    answer = c.post(
        "/login", data={"csrf": token(c.get("/login").text), "name": "ann", "password": PASSWORD}
    )
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    assert c.get("/").status_code == 200
    forged = client(warehouse)  # the cookie's payload with another name: the signature fails
    forged.cookies.set("permitwatch_desk", c.cookies["permitwatch_desk"].replace("a", "b", 1))
    assert forged.get("/").status_code == 303
    c.post("/logout", data={"csrf": token(c.get("/").text)})
    assert c.get("/").status_code == 303
    secure = client(warehouse, secure_cookies=True)
    answer = secure.post(
        "/login",
        data={"csrf": token(secure.get("/login").text), "name": "ann", "password": PASSWORD},
    )
    assert "secure" in answer.headers["set-cookie"].lower()


def test_a_form_without_its_csrf_token_is_refused(warehouse):
    c = logged_in(warehouse)
    target = change_id(warehouse)
    for data in ({}, {"csrf": "forged"}):
        answer = c.post(f"/change/{target}/decide", data={**data, "status": "confirmed"})
        assert answer.status_code == 403
        assert (
            c.post("/users/add", data={**data, "name": "eve", "role": "maintainer"}).status_code
            == 403
        )
    assert decisions.history(decisions.path_for(warehouse), target) == []
    assert accounts.get(accounts.path_for(warehouse), "eve") is None
    stranger = client(warehouse)  # a login form posted from elsewhere has no token either
    refused = stranger.post("/login", data={"name": "ann", "password": PASSWORD})
    assert refused.status_code == 403


def test_scraped_markup_is_shown_as_text_everywhere(warehouse):
    c = logged_in(warehouse)
    target = change_id(warehouse)
    change = c.get(f"/change/{target}").text
    snapshot_link = re.search(r'href="(/snapshot/au-pair/2\?[^"]+)"', change).group(1)
    pages = {
        "inbox": c.get("/?status=all&text=alert").text,
        "change": change,
        "snapshot": c.get(snapshot_link.replace("&amp;", "&")).text,
    }
    for name, html in pages.items():
        tree = HTMLParser(html)
        assert not tree.css("script, img, iframe, object, embed"), name
        handlers = [n for n in tree.css("*") if any(a.startswith("on") for a in n.attributes)]
        assert not handlers, name
        assert "<script" not in html.lower(), name
    assert "<script>alert(1)</script>" in HTMLParser(change).css_first("#new-quote").text()
    assert "<img src=x onerror=alert(1)>" in HTMLParser(change).css_first("#new-quote").text()
    marked = HTMLParser(pages["snapshot"]).css_first("#quote mark.quote").text()
    assert "<script>alert(1)</script>" in marked  # the quote, found and marked, as text
    assert "default-src 'none'" in c.get("/").headers["content-security-policy"]


def test_logins_are_throttled_after_five_failures(warehouse):
    c = client(warehouse)
    for _ in range(5):
        wrong = c.post(
            "/login", data={"csrf": token(c.get("/login").text), "name": "ann", "password": "no"}
        )
        assert wrong.status_code == 401
    right = c.post(
        "/login", data={"csrf": token(c.get("/login").text), "name": "ann", "password": PASSWORD}
    )
    assert right.status_code == 429 and "Too many failed attempts" in right.text
    assert c.get("/").status_code == 303  # still not logged in


def test_path_traversal_on_snapshot_fact_and_static_routes_finds_nothing(warehouse):
    c = logged_in(warehouse)
    for path in (
        "/snapshot/..%2F..%2F..%2Fetc%2Fpasswd/2",
        "/snapshot/../../etc/passwd/2",
        "/snapshot/au-pair/..%2F1",
        "/fact/..%2F..%2Fetc%2Fpasswd/0",
        "/static/../../etc/passwd",
        "/static/..%2F..%2Fpyproject.toml",
        "/change/..%2F..%2Fetc%2Fpasswd",
    ):
        answer = c.get(path)
        assert answer.status_code in (404, 405), path
        assert "root:" not in answer.text and "[project]" not in answer.text, path


def test_a_reviewer_decides_but_cannot_manage_accounts(warehouse):
    c = logged_in(warehouse, "rui")
    page = c.get("/users")
    assert page.status_code == 403
    csrf = token(c.get("/").text)
    assert (
        c.post("/users/add", data={"csrf": csrf, "name": "eve", "role": "maintainer"}).status_code
        == 403
    )
    assert c.post("/users/ann/disable", data={"csrf": csrf}).status_code == 403
    assert accounts.get(accounts.path_for(warehouse), "eve") is None
    assert accounts.get(accounts.path_for(warehouse), "ann").active
    assert 'href="/users"' not in c.get("/").text
    target = change_id(warehouse)
    decided = c.post(
        f"/change/{target}/decide",
        data={"csrf": csrf, "status": "follow_up", "note": "ask Flanders", "seen": "0"},
    )
    assert decided.status_code == 303
    (made,) = decisions.history(decisions.path_for(warehouse), target)
    assert (made.status, made.note, made.decided_by) == ("follow_up", "ask Flanders", "rui")


def test_a_decision_made_meanwhile_is_not_silently_superseded(warehouse):
    c = logged_in(warehouse, "rui")
    target = change_id(warehouse)
    form = c.get(f"/change/{target}").text
    decisions.record(decisions.path_for(warehouse), target, "dismissed", "a misread", "ann")
    late = c.post(
        f"/change/{target}/decide",
        data={"csrf": token(form), "status": "confirmed", "note": "fine", "seen": "0"},
    )
    assert late.status_code == 409 and "ann" in late.text
    assert [d.status for d in decisions.history(decisions.path_for(warehouse), target)] == [
        "dismissed"
    ]
    shown = HTMLParser(late.text).css_first("#history").text()
    assert "a misread" in shown


def test_maintainer_invites_a_volunteer_who_sets_a_password_once(warehouse):
    c = logged_in(warehouse)
    made = c.post(
        "/users/add", data={"csrf": token(c.get("/users").text), "name": "lea", "role": "reviewer"}
    )
    link = HTMLParser(made.text).css_first("#invite-link").text()
    path = link[link.index("/login") :]
    guest = client(warehouse)
    form = guest.get(path).text
    invite = re.search(r'name="invite" value="([^"]+)"', form).group(1)
    done = guest.post(
        "/login",
        data={"csrf": token(form), "invite": invite, "password": PASSWORD, "again": PASSWORD},
    )
    assert done.status_code == 303 and guest.get("/").status_code == 200
    assert client(warehouse).get(path).status_code == 404  # the link works once
    c.post("/users/lea/disable", data={"csrf": token(c.get("/users").text)})
    assert guest.get("/").status_code == 303  # disabled: the open session ends at once


def test_an_idle_session_must_log_in_again(warehouse, monkeypatch):
    c = logged_in(warehouse, idle_seconds=600)
    assert c.get("/").status_code == 200
    later = desk_app.time.time() + 601
    monkeypatch.setattr(desk_app.time, "time", lambda: later)
    assert c.get("/").status_code == 303


def test_cli_adds_lists_and_disables_accounts_and_the_key_is_private(warehouse):
    runner = CliRunner()
    db = ["--db", str(warehouse)]
    invited = runner.invoke(cli, ["users", "add", "mo", "--role", "reviewer", "--invite", *db])
    assert invited.exit_code == 0 and "/login?invite=" in invited.output
    typed = runner.invoke(
        cli, ["users", "add", "zoe", "--role", "maintainer", *db], input=f"{PASSWORD}\n{PASSWORD}\n"
    )
    assert typed.exit_code == 0, typed.output
    assert PASSWORD not in typed.output
    again = runner.invoke(cli, ["users", "add", "zoe", "--invite", *db])
    assert again.exit_code == 2 and "already an account 'zoe'" in again.output
    assert runner.invoke(cli, ["users", "disable", "mo", *db]).exit_code == 0
    listed = runner.invoke(cli, ["users", "list", *db]).output
    assert re.search(r"mo\s+reviewer\s+disabled", listed)
    assert re.search(r"zoe\s+maintainer\s+active", listed)
    create_app(Settings(db=warehouse))
    for private in (auth.key_path_for(warehouse), accounts.path_for(warehouse)):
        assert stat.S_IMODE(private.stat().st_mode) == 0o600, private
    auth.key_path_for(warehouse).chmod(0o644)
    with pytest.raises(PermissionError, match="readable by others"):
        create_app(Settings(db=warehouse))


def test_the_inbox_groups_by_rule_once_changes_carry_one(tmp_path):
    from warehouse import changes as change_rows
    from warehouse import desk_reads
    from warehouse.records import Change

    con = schema.connect(tmp_path / "w.duckdb")
    raise_ = Change(change_kind="amount_changed", section="Pay", subject="money",
                    old_value="EUR 48,912", new_value="EUR 49,896")  # fmt: skip
    pages = [(f"page-{i:02d}", None, [raise_]) for i in range(24)]
    pages.append(("au-pair", None, [Change(change_kind="condition_added", section="Age",
                                           subject="requirement", new_value="be 18")]))  # fmt: skip
    change_rows.record_changes(con, 3, pages)
    by_page = desk_reads.inbox(con, desk_reads.Filters(), desk_reads.Overlay())
    assert (by_page.total_groups, by_page.total_changes) == (25, 25)
    con.execute(  # as the rules layer files them (see the test below)

        "UPDATE changes SET rule_id = 'single_permit.highly_qualified.salary_min' "
        "WHERE change_kind = 'amount_changed'"
    )
    by_rule = desk_reads.inbox(con, desk_reads.Filters(), desk_reads.Overlay())
    assert (by_rule.total_groups, by_rule.total_changes) == (2, 25)
    indexation = by_rule.groups[0]  # one indexation on 24 pages: one group, not 24 lines
    assert indexation["grp"] == "single_permit.highly_qualified.salary_min"
    assert indexation["n"] == 24 and len(indexation["changes"]) == 6
    decided = desk_reads.Overlay([indexation["changes"][0]["change_id"]], ["confirmed"],
                                 ["checked"], ["ann"])  # fmt: skip
    pending = desk_reads.inbox(con, desk_reads.Filters(), decided)
    assert pending.groups[0]["n"] == 23  # a decision not yet merged already counts
    con.close()


def test_amount_and_rule_changes_of_one_rule_are_one_group_in_the_inbox(tmp_path):
    """A run's rule_changed and the page changes it explains carry the rule they are about,
    so an indexation stated on three pages reads as one group (issue 15: one indexation is
    one group, not 24 lines)."""
    from warehouse import changes as change_rows
    from warehouse import desk_reads
    from warehouse.records import Change

    rule = "single_permit.highly_qualified.salary_min"
    con = schema.connect(tmp_path / "w.duckdb")
    pages = [
        (f"page-{i}", None, [Change(change_kind="amount_changed", section="Pay",
                                    subject="money", old_value="EUR 48,912",
                                    new_value="EUR 49,896", rule_id=rule)])  # fmt: skip
        for i in range(3)
    ]
    told = Change(change_kind="rule_changed", section=None, subject=f"{rule} (flanders)",
                  rule_id=rule)  # fmt: skip
    pages.append(("page-0", None, [told]))
    pages.append(("au-pair", None, [Change(change_kind="condition_added", section="Age",
                                           subject="requirement", new_value="be 18")]))  # fmt: skip
    change_rows.record_changes(con, 3, pages)
    inbox = desk_reads.inbox(con, desk_reads.Filters(), desk_reads.Overlay())
    assert (inbox.total_groups, inbox.total_changes) == (2, 5)
    assert inbox.groups[0]["grp"] == rule and inbox.groups[0]["n"] == 4
    con.close()


def test_a_fact_over_time_follows_one_statement_of_a_table_slot(tmp_path):
    from warehouse import desk_reads

    con = schema.connect(tmp_path / "w.duckdb")
    rows = [  # two salaries in one slot (one table column); the first one changes in run 2
        ("a", 0, 48912.0, "EUR 48.912", 1, 2),
        ("b", 1, 39129.6, "EUR 39.129,60", 1, None),
        ("a2", 0, 49896.0, "EUR 49.896", 2, None),
    ]
    for fact_id, position, value, quote, start, end in rows:
        con.execute(
            "INSERT INTO amounts (fact_id, slot, source_id, section, position, kind, value, "
            "unit, per, bound, quote, content_sha256, valid_from_run, valid_to_run) VALUES "
            "(?, 'pay', 'p', 'Pay', ?, 'money', ?, 'EUR', 'year', 'min', ?, 'x', ?, ?)",
            [fact_id, position, value, quote, start, end],
        )
    change = {"change_kind": "amount_changed", "source_id": "p", "run_id": 2,
              "new_quote": "EUR 49.896", "old_quote": "EUR 48.912"}  # fmt: skip
    assert desk_reads.fact_of_change(con, change) == ("pay", 0)
    first = desk_reads.fact_history(con, "pay", 0)
    assert [(r["run_id"], r["value"]) for r in first] == [(1, 48912.0), (2, 49896.0)]
    second = desk_reads.fact_history(con, "pay", 1)
    assert [(r["run_id"], r["value"]) for r in second] == [(1, 39129.6)]
    con.close()


def test_after_login_the_desk_returns_only_to_its_own_pages(warehouse):
    asked = client(warehouse).get("/snapshot/au-pair/2")
    assert asked.headers["location"] == "/login?next=%2Fsnapshot%2Fau-pair%2F2"
    for target, landing in (
        ("/snapshot/au-pair/2", "/snapshot/au-pair/2"),
        ("//evil.example/x", "/"),
        ("/\\evil.example", "/"),
        ("https://evil.example/", "/"),
        ("javascript:alert(1)", "/"),
    ):
        c = client(warehouse)
        answer = c.post("/login", data={"csrf": token(c.get("/login").text), "name": "ann",
                                         "password": PASSWORD, "next": target})  # fmt: skip
        assert answer.headers["location"] == landing, target
