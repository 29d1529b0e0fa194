"""What a demo centre has beyond the demo library: staff notes on a few
patrons, a hold nobody collected and this month's circulation history, so the
desk's patron panel, holds shelf and statistics charts show something on
first start.

The history goes into the transaction log the statistics read (never into
loans: the library's records stay as kiosk.demo_data made them). It is drawn
from a fixed seed, relative to the moment the store is made, by the library's
local clock: the last 31 days (so this month from its first day) and today
up to now, at terminals and at the desk, with some refusals.
"""
from __future__ import annotations

import json
import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.domain.clock import iso

from .store import CentralStore

NOTES = {
    "0440000003": "押金未补缴，请引导到服务台",
    "0440000002": "有一本书逾期两周，已电话提醒；损坏标签费待收",
    "0440000005": "English-speaking reader; prefers notices by e-mail",
}
#: demo devices the history is told as coming from: (device id, channel, staff user)
SOURCES = (("demo:selfcheck-1f", "terminal", ""), ("demo:selfcheck-2f", "terminal", ""),
           ("demo:desk", "desk", "librarian"))
REFUSALS = ("patron_blocked", "limit_reached", "has_fees", "item_on_hold_for_other",
            "item_not_loanable", "patron_expired", "has_overdue")
#: how many days back the history goes (this month, whatever day of it it is)
DAYS = 31
#: how busy each opening hour is (9:00 to 21:00), relative
HOUR_WEIGHTS = {9: 3, 10: 6, 11: 6, 12: 4, 13: 4, 14: 6, 15: 7, 16: 7, 17: 6, 18: 5, 19: 6,
                20: 4, 21: 2}


def seed(store: CentralStore, zone: ZoneInfo, now: datetime | None = None,
         seed_value: int = 20240601) -> int:
    """Add the notes and the history; returns the number of transactions logged."""
    now = (now or store.clock()).astimezone(zone)
    rng = random.Random(seed_value)
    with store.locked():
        for card, text in NOTES.items():
            store.update("patrons", card, notes=text)
        _uncollected_hold(store, now)
        cards = [r["card"] for r in store.rows("SELECT card FROM patrons ORDER BY card")]
        barcodes = [r["barcode"] for r in store.rows(
            "SELECT barcode FROM items ORDER BY barcode LIMIT 2000")]
        rows = []
        for back in range(DAYS, -1, -1):
            start = datetime.combine(now.date() - timedelta(days=back), time(0), tzinfo=zone)
            busy = rng.randint(20, 40) if start.weekday() < 5 else rng.randint(35, 60)
            for _ in range(busy):
                hour = rng.choices(list(HOUR_WEIGHTS), weights=list(HOUR_WEIGHTS.values()))[0]
                at = start + timedelta(hours=hour, seconds=rng.randrange(3600))
                if at >= now:
                    continue
                rows.extend(_acts(rng, at, rng.choice(cards), rng.choice(barcodes)))
        store.conn.executemany(
            "INSERT INTO txns (id, device_id, channel, seq, type, occurred_at, received_at, "
            "status, reason, payload, answer, staff_user) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def _uncollected_hold(store: CentralStore, now: datetime) -> None:
    """陈小宇 never came for 围城: its copy is still on the holds shelf, the pickup
    time ran out yesterday (the first sweep puts it on the 'expired' list)."""
    copy = store.row("SELECT barcode FROM items WHERE title_id = 'R003' AND status = "
                     "'available' ORDER BY barcode LIMIT 1")
    if copy is None:
        return
    store.update("items", copy["barcode"], status="on_hold_shelf")
    store.put("holds", [{"id": "H00099", "title_id": "R003", "patron_card": "0440000004",
                         "placed_at": iso(now - timedelta(days=12)), "status": "waiting",
                         "pickup_location": "SZL", "item_barcode": copy["barcode"],
                         "expires_at": iso(now - timedelta(days=1)), "advance": 0}])


def _acts(rng: random.Random, at: datetime, card: str, barcode: str) -> list[tuple]:
    """One visit: a checkout (refused now and then), often a return before it."""
    device, channel, user = rng.choices(SOURCES, weights=(5, 3, 2))[0]
    acts = []
    if rng.random() < 0.8:
        acts.append(("checkin", at - timedelta(seconds=rng.randrange(30, 300)),
                     {"item": barcode}, None))
    refusal = rng.choice(REFUSALS) if rng.random() < 0.1 else None
    acts.append(("checkout", at, {"patron": card, "item": barcode}, refusal))
    rows = []
    for kind, when, payload, reason in acts:
        txn_id = f"demo-{iso(when)}-{kind}-{rng.getrandbits(32):08x}"
        answer = ({"id": txn_id, "status": "rejected", "reason": reason, "params": {}}
                  if reason else {"id": txn_id, "status": "applied", "effect": {}})
        rows.append((txn_id, device, channel, 0, kind, iso(when), iso(when), answer["status"],
                     reason or "", json.dumps(payload), json.dumps(answer), user))
    return rows
