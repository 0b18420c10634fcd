"""Passwords, invitations, the signing key, CSRF tokens and the login throttle."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
import threading
import time
from collections import deque
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2id with the library's defaults (RFC 9106 low-memory profile: 64 MiB, 3 passes):
# about 50 ms a check here, slow enough against guessing, quick enough for a login.
_HASHER = PasswordHasher()
MIN_PASSWORD = 10
# Verified against when the name is unknown, so a wrong name costs the same time as a
# wrong password and does not tell which names exist.
_DUMMY = _HASHER.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password has at least {MIN_PASSWORD} characters")
    return _HASHER.hash(password)


def check_password(stored: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def new_invitation() -> tuple[str, str]:
    """A one-time token for the link, and the digest we keep of it."""
    token = secrets.token_urlsafe(24)
    return token, invitation_digest(token)


def invitation_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def key_path_for(db: str | Path) -> Path:
    db = Path(db)
    return db.with_name(f"{db.stem}.desk-key")


def signing_key(path: Path) -> str:
    """The session signing key: made on first start, mode 0600; refused when others can read it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return _existing_key(path)
    key = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key


def _existing_key(path: Path) -> str:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise PermissionError(f"{path} is readable by others (mode {mode:o}); chmod 600 it")
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 32:
        raise ValueError(f"{path} holds no usable key; delete it to make a new one")
    return key


def new_csrf() -> str:
    return secrets.token_urlsafe(32)


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and hmac.compare_digest(expected, given)


class Throttle:
    """At most `limit` failed logins per key (client address, name) in `window` seconds."""

    def __init__(self, limit: int = 5, window: float = 900.0):
        self.limit, self.window = limit, window
        self._failures: dict[str, deque] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    def wait(self, *keys: str) -> int:
        """Seconds until another try is allowed (0: now)."""
        now = time.monotonic()
        with self._lock:
            waits = [
                int(f[0] + self.window - now) + 1
                for f in (self._recent(k, now) for k in keys)
                if len(f) >= self.limit
            ]
        return max(waits, default=0)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)
            if len(self._failures) > 10_000:  # forget idle keys: memory stays bounded
                for key in [k for k, f in self._failures.items() if not f]:
                    del self._failures[key]

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
