"""The hold expiry sweep: a copy nobody collected in time goes to the next reader.

A waiting hold whose pickup time has passed becomes `expired`. Its copy (or
one whose hold was cancelled) is trapped for the title's first pending hold,
which turns `waiting` with a new pickup expiry; with no one waiting it stays
physically on the holds shelf until staff take it off and check it in (back
to its shelf): the holds shelf's `expired` list is what they must take. The server sweeps at start, on GET /holds/shelf, and at
most every `interval` on the requests terminals make anyway (pulls,
heartbeats), so no thread of its own has to be kept alive and stopped.
"""
from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

from kiosk.domain.clock import Clock, iso
from kiosk.domain.models import HoldStatus

from .store import CentralStore

SWEEP_EVERY_S = 60.0


def sweep(store: CentralStore, now: datetime | None = None) -> list[dict]:
    """Expire overdue pickups and pass every copy on the holds shelf that no
    hold is waiting for (its hold expired or was cancelled) to the title's
    first pending hold. Returns {hold_id, item_barcode} for each hold expired
    and {item_barcode, next_hold_id} for each copy passed on."""
    now = now or store.clock()
    done = []
    with store.locked():
        for hold in store.rows("SELECT id, item_barcode FROM holds WHERE status = 'waiting' "
                               "AND expires_at IS NOT NULL AND expires_at < ? "
                               "ORDER BY expires_at, id", (iso(now),)):
            store.update("holds", hold["id"], status=HoldStatus.EXPIRED.value)
            done.append({"hold_id": hold["id"], "item_barcode": hold["item_barcode"]})
        unclaimed = store.rows(
            "SELECT barcode, title_id FROM items i WHERE status = 'on_hold_shelf' AND NOT EXISTS "
            "(SELECT 1 FROM holds h WHERE h.item_barcode = i.barcode AND h.status = 'waiting') "
            "ORDER BY barcode")
        pickup_days = store.policy().hold_pickup_days
        for copy in unclaimed:
            following = store.row("SELECT id FROM holds WHERE title_id = ? AND status = "
                                  "'pending' ORDER BY placed_at, id LIMIT 1", (copy["title_id"],))
            if following:
                store.update("holds", following["id"], status=HoldStatus.WAITING.value,
                             item_barcode=copy["barcode"],
                             expires_at=iso(now + timedelta(days=pickup_days)))
                done.append({"item_barcode": copy["barcode"], "next_hold_id": following["id"]})
    return done


class Sweeper:
    """Runs sweep() when it is due; cheap to call on every request."""

    def __init__(self, store: CentralStore, interval_s: float = SWEEP_EVERY_S, *,
                 clock: Clock | None = None):
        self.store, self.interval_s = store, interval_s
        self.clock = clock or store.clock
        self._next = 0.0
        self._lock = threading.Lock()

    def now(self) -> list[dict]:
        with self._lock:
            self._next = time.monotonic() + self.interval_s
        return sweep(self.store, self.clock())

    def when_due(self) -> None:
        with self._lock:
            if time.monotonic() < self._next:
                return
            self._next = time.monotonic() + self.interval_s
        sweep(self.store, self.clock())
