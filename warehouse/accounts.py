"""The review desk's accounts, in a SQLite file only its owner can read.

`<warehouse folder>/<name>.accounts.sqlite`, mode 0600: it holds password hashes (argon2,
made in `desk.auth`) and the digests of pending invitations, never a password or a token.
A disabled account stays (its decisions name it) but can no longer log in.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROLES = ("reviewer", "maintainer")  # maintainers also manage accounts
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name           TEXT PRIMARY KEY,
    role           TEXT NOT NULL,
    password_hash  TEXT,
    invite_digest  TEXT UNIQUE,
    invite_expires TEXT,
    active         INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL
);
"""
FIELDS = "name, role, password_hash, invite_digest, invite_expires, active, created_at"


class AccountError(ValueError):
    """A name taken, unknown, or otherwise unusable: the message says which."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    password_hash: str | None
    invite_digest: str | None
    invite_expires: str | None
    active: bool
    created_at: str

    @property
    def maintainer(self) -> bool:
        return self.role == "maintainer"


def path_for(db: str | Path) -> Path:
    db = Path(db)
    return db.with_name(f"{db.stem}.accounts.sqlite")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def connect(path: str | Path) -> sqlite3.Connection:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():  # created 0600 before SQLite writes a byte into it
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    con = sqlite3.connect(path, timeout=10, isolation_level=None)
    con.executescript(SCHEMA)
    return con


def _user(row) -> User | None:
    if row is None:
        return None
    name, role, pw, digest, expires, active, created = row
    return User(name, role, pw, digest, expires, bool(active), created)


def add(
    path: str | Path,
    name: str,
    role: str,
    password_hash: str | None = None,
    invite_digest: str | None = None,
    invite_days: int = 7,
) -> User:
    name = name.strip()
    if not name or len(name) > 64 or not name.replace("-", "").replace(".", "").isalnum():
        raise AccountError("a name is 1 to 64 letters, digits, '.' or '-'")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if (password_hash is None) == (invite_digest is None):
        raise AccountError("an account starts with a password or an invitation, one of them")
    expires = (
        (_now() + timedelta(days=invite_days)).isoformat(timespec="seconds")
        if invite_digest
        else None
    )
    con = connect(path)
    try:
        con.execute(
            f"INSERT INTO users ({FIELDS}) VALUES (?, ?, ?, ?, ?, 1, ?)",
            [name, role, password_hash, invite_digest, expires, _now().isoformat("T", "seconds")],
        )
    except sqlite3.IntegrityError as exc:
        raise AccountError(f"there is already an account {name!r}") from exc
    finally:
        con.close()
    return get(path, name)


def get(path: str | Path, name: str) -> User | None:
    if not Path(path).exists():
        return None
    con = connect(path)
    try:
        return _user(con.execute(f"SELECT {FIELDS} FROM users WHERE name = ?", [name]).fetchone())
    finally:
        con.close()


def by_invite(path: str | Path, digest: str) -> User | None:
    """The active account an unexpired invitation belongs to."""
    if not Path(path).exists():
        return None
    con = connect(path)
    try:
        row = con.execute(
            f"SELECT {FIELDS} FROM users WHERE invite_digest = ? AND active = 1 "
            "AND invite_expires > ?",
            [digest, _now().isoformat(timespec="seconds")],
        ).fetchone()
        return _user(row)
    finally:
        con.close()


def all_users(path: str | Path) -> list[User]:
    if not Path(path).exists():
        return []
    con = connect(path)
    try:
        return [_user(r) for r in con.execute(f"SELECT {FIELDS} FROM users ORDER BY name")]
    finally:
        con.close()


def _update(path: str | Path, name: str, sql: str, params: list) -> None:
    con = connect(path)
    try:
        if con.execute(sql, [*params, name]).rowcount == 0:
            raise AccountError(f"there is no account {name!r}")
    finally:
        con.close()


def set_password(path: str | Path, name: str, password_hash: str) -> None:
    """A new password; any pending invitation is used up."""
    _update(
        path,
        name,
        "UPDATE users SET password_hash = ?, invite_digest = NULL, invite_expires = NULL "
        "WHERE name = ?",
        [password_hash],
    )


def disable(path: str | Path, name: str) -> None:
    _update(
        path,
        name,
        "UPDATE users SET active = 0, invite_digest = NULL, invite_expires = NULL WHERE name = ?",
        [],
    )
