"""Who may do what: patron PINs, staff logins, and their lockouts.

PINs and staff passwords are stored only as argon2id hashes. After too many
wrong tries a card (policy.pin_attempts / pin_lockout_minutes) or a staff
user (STAFF_ATTEMPTS / STAFF_LOCKOUT) is locked for a while, so a PIN cannot
be guessed at a kiosk.
"""
from __future__ import annotations

import math
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.domain.clock import iso, parse_time

from .circulation import STAFF_ROLES
from .errors import ApiError
from .store import CentralStore, token_hash

STAFF_ATTEMPTS = 5
STAFF_LOCKOUT = timedelta(minutes=15)
_hasher = PasswordHasher()


def _matches(hash_: str | None, secret: str) -> bool:
    if not hash_:
        return False
    try:
        return _hasher.verify(hash_, secret)
    except (VerificationError, InvalidHashError):
        return False


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds() / 60))


def find_card(store: CentralStore, card_or_uid: str) -> str | None:
    """A card number, or the UID of an RFID card linked to one."""
    if store.row("SELECT 1 FROM patrons WHERE card = ?", (card_or_uid,)):
        return card_or_uid
    return store.card_for_uid(card_or_uid)


def check_pin(store: CentralStore, card_or_uid: str, pin: str) -> dict:
    """The patron record for a right PIN; ApiError 404 / 401 pin_wrong / 423 pin_locked."""
    now = store.clock()
    with store.locked():
        card = find_card(store, card_or_uid)
        if card is None:
            raise ApiError(404, "patron_unknown", f"no patron with card {card_or_uid}")
        policy = store.policy()
        state = store.row("SELECT failures, locked_until FROM pin_state WHERE card = ?",
                          (card,)) or {"failures": 0, "locked_until": None}
        locked_until = parse_time(state["locked_until"])
        if locked_until and locked_until > now:
            raise ApiError(423, "pin_locked", "too many wrong PINs",
                           minutes=_minutes_left(locked_until, now))
        failures = 0 if locked_until else state["failures"]
        ok = _matches(store.patron_pin_hash(card), pin)
        failures = 0 if ok else failures + 1
        lock = failures >= policy.pin_attempts
        store.conn.execute(
            "INSERT OR REPLACE INTO pin_state VALUES (?, ?, ?)",
            (card, 0 if lock else failures,
             iso(now + timedelta(minutes=policy.pin_lockout_minutes)) if lock else None))
    if ok:
        return store.record("patrons", card)
    if lock:
        raise ApiError(423, "pin_locked", "too many wrong PINs",
                       minutes=policy.pin_lockout_minutes)
    raise ApiError(401, "pin_wrong", "wrong PIN", left=policy.pin_attempts - failures)


def add_staff(store: CentralStore, user: str, password: str, role: str) -> None:
    if role not in STAFF_ROLES:
        raise ValueError(f"role must be one of {', '.join(STAFF_ROLES)}, not {role!r}")
    with store.locked():
        store.conn.execute("INSERT OR REPLACE INTO staff VALUES (?, ?, ?, 0, NULL)",
                           (user, role, _hasher.hash(password)))


def staff_login(store: CentralStore, user: str, password: str) -> dict:
    """A staff token; ApiError 401 bad_login / 423 staff_locked."""
    now = store.clock()
    with store.locked():
        row = store.row("SELECT * FROM staff WHERE user = ?", (user,))
        if row is None:
            raise ApiError(401, "bad_login", "unknown user or wrong password")
        locked_until = parse_time(row["locked_until"])
        if locked_until and locked_until > now:
            raise ApiError(423, "staff_locked", "too many wrong passwords",
                           minutes=_minutes_left(locked_until, now))
        failures = 0 if locked_until else row["failures"]
        if _matches(row["password_hash"], password):
            token = secrets.token_urlsafe(24)
            store.conn.execute("UPDATE staff SET failures = 0, locked_until = NULL WHERE user = ?",
                               (user,))
            store.conn.execute("INSERT INTO staff_tokens VALUES (?, ?, ?)",
                               (token_hash(token), user, iso(now)))
            return {"token": token, "user": user, "role": row["role"]}
        failures += 1
        lock = failures >= STAFF_ATTEMPTS
        store.conn.execute("UPDATE staff SET failures = ?, locked_until = ? WHERE user = ?",
                           (0 if lock else failures, iso(now + STAFF_LOCKOUT) if lock else None,
                            user))
    if lock:
        raise ApiError(423, "staff_locked", "too many wrong passwords",
                       minutes=_minutes_left(now + STAFF_LOCKOUT, now))
    raise ApiError(401, "bad_login", "unknown user or wrong password",
                   left=STAFF_ATTEMPTS - failures)


def staff_for_token(store: CentralStore, token: str) -> dict | None:
    with store.lock:
        return store.row("SELECT s.user, s.role FROM staff_tokens t JOIN staff s ON s.user = t.user "
                         "WHERE t.token_hash = ?", (token_hash(token),))
