"""Who may do what: patron PINs, staff log-ins and staff tokens.

PINs and staff passwords are stored only as argon2id hashes, and checked on a
small pool of hashing threads outside the store's lock, so a burst of log-ins
never stalls the rest of the centre. Wrong tries are throttled (throttle.py)
by account and by source; unknown and known staff users get the same answers
after the same work. Staff tokens are stored hashed, end after `idle` without
use, at log-out, and when the user's password is set again.

A deployment that lets terminals check PINs offline gives the centre a secret
(`offline_pin_secret`); terminals then receive, instead of the PIN hash, an
argon2 hash of the PIN keyed with that secret (kiosk.domain.pins), made at the
reader's next online log-in. Without the secret no PIN hash ever leaves.
"""
from __future__ import annotations

import hashlib
import os
import secrets
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.domain import pins
from kiosk.domain.clock import iso, parse_time
from kiosk.domain.pins import offline_pin_input

from . import throttle
from .circulation import STAFF_ROLES
from .errors import ApiError
from .store import CentralStore, token_hash

STAFF_IDLE = timedelta(hours=8)
_hasher = PasswordHasher()
#: hashing threads: argon2 takes ~0.1 s of one core and ~64 MB; more threads than
#: cores only queue, and the web server's own threads stay free for other requests
HASHING_THREADS = max(2, os.cpu_count() or 2)
HASHING = ThreadPoolExecutor(max_workers=HASHING_THREADS, thread_name_prefix="argon2")
#: checked for an unknown staff user, so that answering takes as long as for a known one
_NOBODY = _hasher.hash(secrets.token_hex(16))


def _matches(hash_: str | None, secret: str) -> bool:
    if not hash_:
        return False
    try:
        return _hasher.verify(hash_, secret)
    except (VerificationError, InvalidHashError):
        return False


def verify(hash_: str | None, secret: str) -> bool:
    """An argon2 check on the hashing pool (never call it holding the store lock)."""
    return HASHING.submit(_matches, hash_, secret).result()


def hash_secret(secret: str) -> str:
    return HASHING.submit(_hasher.hash, secret).result()


def secret_id(secret: bytes) -> str:
    """Names a deployment secret and the way PIN inputs are made (pins.VERSION) without
    revealing the secret: a keyed hash made with an older secret or way is made again."""
    return hashlib.sha256(f"offline-pin:{pins.VERSION}:".encode() + secret).hexdigest()[:12]


def find_card(store: CentralStore, card_or_uid: str) -> str | None:
    """A card number, a terminal's key of one, or the UID of an RFID card linked to one."""
    card = store.card_of(card_or_uid)
    if store.row("SELECT 1 FROM patrons WHERE card = ?", (card,)):
        return card
    return store.card_for_uid(card_or_uid)


def check_pin(store: CentralStore, card_or_uid: str, pin: str, *, device_id: str,
              offline_pin_secret: bytes | None = None) -> dict:
    """The patron record for a right PIN; ApiError 401 pin_wrong / 423 pin_locked (the
    card waits) / 429 too_many_attempts (this terminal waits). An unknown card gets the
    answers of a known one with a wrong PIN, after the same work, so /auth never tells
    which card numbers exist."""
    now = store.clock()
    source = throttle.source_key(device_id)
    with store.locked():
        throttle.refuse_if_waiting(store, {source: ApiError(
            429, "too_many_attempts", "too many wrong PINs from this terminal")}, now)
        card = find_card(store, card_or_uid)
        policy = store.policy()
        account = throttle.card_key(card or card_or_uid)
        throttle.refuse_if_waiting(store, {account: ApiError(
            423, "pin_locked", "too many wrong PINs")}, now)
        backoff = throttle.card_backoff(policy.pin_attempts, policy.pin_lockout_minutes)
        failures = throttle.count(store, account, backoff, now)
        throttle.count(store, source, throttle.PIN_SOURCE, now)
        row = store.row("SELECT pin_hash, offline_pin_hash FROM patrons WHERE card = ?",
                        (card,)) if card else None
    ok = verify(row["pin_hash"] if row else _NOBODY, pin) and row is not None
    offline_hash = None
    if ok and row is not None and card is not None and offline_pin_secret is not None:
        tag = secret_id(offline_pin_secret)
        if not (row["offline_pin_hash"] or "").startswith(tag + "$"):
            offline_hash = f"{tag}${hash_secret(offline_pin_input(offline_pin_secret, card, pin))}"
    if not ok and card is not None and backoff.wait_after(failures):
        with store.locked():     # terminals pull the card's lock (pin_locked_until)
            store.touch("patrons", card)
    with store.locked():
        if not ok:
            if backoff.wait_after(failures):
                raise ApiError(423, "pin_locked", "too many wrong PINs",
                               minutes=max(1, round(backoff.wait_after(failures) / 60)),
                               retry_after_s=round(backoff.wait_after(failures)))
            raise ApiError(401, "pin_wrong", "wrong PIN", left=policy.pin_attempts - failures)
        assert card is not None
        if throttle.clear(store, account):    # a wait set by the count in advance
            store.touch("patrons", card)
        throttle.give_back(store, source)
        if offline_hash:
            store.update("patrons", card, offline_pin_hash=offline_hash)
        return store.record("patrons", card) or {}


def add_staff(store: CentralStore, user: str, password: str, role: str) -> None:
    """Add a staff user or set a new password; the user's staff tokens end."""
    if role not in STAFF_ROLES:
        raise ValueError(f"role must be one of {', '.join(STAFF_ROLES)}, not {role!r}")
    password_hash = hash_secret(password)
    with store.locked():
        store.conn.execute("INSERT OR REPLACE INTO staff (user, role, password_hash) "
                           "VALUES (?, ?, ?)", (user, role, password_hash))
        store.conn.execute("DELETE FROM staff_tokens WHERE user = ?", (user,))


def staff_login(store: CentralStore, user: str, password: str, *, source: str) -> dict:
    """A staff token; ApiError 401 bad_login / 423 staff_locked. `source` is who
    asks (a desk's device id, else the client's address): a user tried wrongly
    from one source still signs in from another."""
    now = store.clock()
    account, origin = f"staff:{user}@{source}", f"staff-source:{source}"
    with store.locked():
        throttle.refuse_if_waiting(store, {
            origin: ApiError(423, "staff_locked", "too many wrong passwords from here"),
            account: ApiError(423, "staff_locked", "too many wrong passwords")}, now)
        failures = throttle.count(store, account, throttle.STAFF_ACCOUNT, now)
        throttle.count(store, origin, throttle.STAFF_SOURCE, now)
        row = store.row("SELECT role, password_hash FROM staff WHERE user = ?", (user,))
    ok = verify(row["password_hash"] if row else _NOBODY, password) and row is not None
    with store.locked():
        if not ok:
            wait = throttle.STAFF_ACCOUNT.wait_after(failures)
            if wait:
                raise ApiError(423, "staff_locked", "too many wrong passwords",
                               minutes=max(1, round(wait / 60)), retry_after_s=round(wait))
            raise ApiError(401, "bad_login", "unknown user or wrong password",
                           left=throttle.STAFF_ACCOUNT.free - failures)
        assert row is not None
        throttle.clear(store, account)
        throttle.give_back(store, origin)
        token = secrets.token_urlsafe(24)
        store.conn.execute("INSERT INTO staff_tokens (token_hash, user, created_at, last_used) "
                           "VALUES (?, ?, ?, ?)", (token_hash(token), user, iso(now), iso(now)))
        return {"token": token, "user": user, "role": row["role"]}


def staff_for_token(store: CentralStore, token: str, idle: timedelta = STAFF_IDLE
                    ) -> dict | None:
    """The staff user of a live token, which is now used; a token idle too long ends."""
    now = store.clock()
    with store.locked():
        row = store.row("SELECT s.user, s.role, t.last_used FROM staff_tokens t JOIN staff s "
                        "ON s.user = t.user WHERE t.token_hash = ?", (token_hash(token),))
        if row is None:
            return None
        last_used = parse_time(row.pop("last_used"))
        if last_used is None or now - last_used > idle:
            store.conn.execute("DELETE FROM staff_tokens WHERE token_hash = ?",
                               (token_hash(token),))
            return None
        store.conn.execute("UPDATE staff_tokens SET last_used = ? WHERE token_hash = ?",
                           (iso(now), token_hash(token)))
        return row


def staff_logout(store: CentralStore, token: str) -> bool:
    with store.locked():
        return store.conn.execute("DELETE FROM staff_tokens WHERE token_hash = ?",
                                  (token_hash(token),)).rowcount > 0
