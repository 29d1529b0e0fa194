"""Log-in throttling: growing delays instead of a hard lock anyone can trigger.

Every failed try counts against keys: the account tried (a card, or a staff
user as seen from one source) and the source (a terminal, a desk, an address).
After `free` failures a key must wait, and each further failure doubles the
wait up to `cap_s`; a quiet `forget_s` starts the count afresh. A try is
counted before its password is checked (and given back if right), so tries
sent in parallel cannot slip past the count.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from kiosk.domain.clock import iso, parse_time

from .errors import ApiError

if TYPE_CHECKING:    # the store reads card locks with card_key: no import cycle
    from .store import CentralStore


@dataclass(frozen=True)
class Backoff:
    free: int            # failures that cost no wait
    first_s: float       # the wait after the first failure beyond them
    cap_s: float         # the longest wait
    forget_s: float = 3600.0

    def wait_after(self, failures: int) -> float:
        if failures < self.free:
            return 0.0
        return min(self.cap_s, self.first_s * 2 ** min(failures - self.free, 30))


#: one terminal or desk typing PINs for any cards (one PIN tried on every card)
PIN_SOURCE = Backoff(free=30, first_s=2, cap_s=300)
#: one staff user as tried from one source
STAFF_ACCOUNT = Backoff(free=5, first_s=30, cap_s=900)
#: one source trying any staff users
STAFF_SOURCE = Backoff(free=10, first_s=30, cap_s=3600)


def card_key(card: str) -> str:
    """The throttle key of wrong PINs for one card (its wait goes to terminals as
    the patron record's pin_locked_until)."""
    return f"pin:{card}"


def source_key(device_id: str) -> str:
    """The throttle key of wrong PINs typed at one device, for any cards."""
    return f"pin-source:{device_id}"


def card_backoff(attempts: int, lockout_minutes: int) -> Backoff:
    """A card: the library's pin_attempts free, then a minute, doubling up to its lockout."""
    return Backoff(free=attempts, first_s=60, cap_s=max(60, lockout_minutes * 60))


def wait_s(store: CentralStore, key: str, now: datetime) -> float:
    """Seconds before `key` may try again (0: now)."""
    row = store.row("SELECT until FROM throttle WHERE key = ?", (key,))
    until = parse_time(row["until"]) if row else None
    return max(0.0, (until - now).total_seconds()) if until else 0.0


def count(store: CentralStore, key: str, backoff: Backoff, now: datetime) -> int:
    """Count one more failure of key and set its wait; returns the failures so far."""
    row = store.row("SELECT failures, last_at FROM throttle WHERE key = ?", (key,))
    last = parse_time(row["last_at"]) if row else None
    fresh = row is None or last is None or (now - last).total_seconds() > backoff.forget_s
    failures = 1 if fresh or row is None else row["failures"] + 1
    wait = backoff.wait_after(failures)
    store.conn.execute(
        "INSERT INTO throttle VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
        "failures = excluded.failures, last_at = excluded.last_at, until = excluded.until",
        (key, failures, iso(now), iso(now + timedelta(seconds=wait)) if wait else None))
    return failures


def give_back(store: CentralStore, key: str) -> None:
    """A try counted in advance was right: it is not a failure."""
    store.conn.execute("UPDATE throttle SET failures = max(failures - 1, 0), until = NULL "
                       "WHERE key = ?", (key,))


def clear(store: CentralStore, key: str) -> bool:
    """Forget key's failures; True when it had a wait set."""
    row = store.conn.execute("DELETE FROM throttle WHERE key = ? RETURNING until",
                             (key,)).fetchone()
    return bool(row and row[0])


def refuse_if_waiting(store: CentralStore, keys: dict[str, ApiError], now: datetime) -> None:
    """Raise the error given for the first key that must still wait, with its minutes
    and seconds left."""
    for key, error in keys.items():
        if (left := wait_s(store, key, now)) > 0:
            error.extra.update(minutes=max(1, math.ceil(left / 60)),
                               retry_after_s=math.ceil(left))
            raise error


def wrong_pin(store: CentralStore, card: str, device_id: str, backoff: Backoff,
              now: datetime) -> float:
    """Count one wrong PIN for `card` typed at `device_id`; returns the card's wait.
    A card that must now wait is logged as changed, so terminals pull its lock."""
    failures = count(store, card_key(card), backoff, now)
    count(store, source_key(device_id), PIN_SOURCE, now)
    wait = backoff.wait_after(failures)
    if wait:
        store.touch("patrons", card)
    return wait
