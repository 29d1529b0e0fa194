"""What the circulation desk reads: the holds shelf and the day's numbers.

Both are answered from the store's records and its log of every transaction
(device, channel, type, time, result). Times are grouped by the library's
local clock (`kiosk central --timezone`, default Asia/Shanghai), not UTC: a
Shenzhen library's 9 o'clock rush is at 9, not at 1.
"""
from __future__ import annotations

import calendar
from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.domain.clock import iso, parse_time

from .store import CentralStore

DEFAULT_TIMEZONE = "Asia/Shanghai"
COUNTED = {"checkout": "loans", "checkin": "returns"}


def holds_shelf(store: CentralStore) -> dict:
    """to_pull: pending holds a copy on the shelf can serve (one copy each);
    waiting: copies on the holds shelf for a reader; expired: copies on it whose
    hold ended (expired, cancelled) with nobody else waiting: to take off it.
    Run hold_expiry.sweep() first so that pickups past their time are ended."""
    with store.lock:
        pending = store.rows(
            "SELECT h.id AS hold_id, h.title_id, t.title, h.patron_card AS patron, "
            "h.pickup_location, h.placed_at FROM holds h JOIN titles t ON t.id = h.title_id "
            "WHERE h.status = 'pending' ORDER BY h.placed_at")
        taken: set[str] = set()
        to_pull = []
        for hold in pending:
            copies = store.rows("SELECT barcode, location_id, call_number FROM items WHERE "
                                "title_id = ? AND status = 'available' ORDER BY barcode",
                                (hold["title_id"],))
            copy = next((c for c in copies if c["barcode"] not in taken), None)
            if copy:
                taken.add(copy["barcode"])
                to_pull.append({**hold, "item_barcode": copy["barcode"],
                                "location_id": copy["location_id"],
                                "call_number": copy["call_number"]})
        on_shelf = store.rows(
            "SELECT h.id AS hold_id, h.status, h.title_id, t.title, h.patron_card AS patron, "
            "h.item_barcode, i.call_number, h.pickup_location, h.expires_at FROM holds h "
            "JOIN titles t ON t.id = h.title_id JOIN items i ON i.barcode = h.item_barcode "
            "WHERE i.status = 'on_hold_shelf' AND h.status IN ('waiting', 'expired', "
            "'cancelled') ORDER BY h.expires_at, h.placed_at")
    waiting = [h for h in on_shelf if h["status"] == "waiting"]
    claimed = {h["item_barcode"] for h in waiting}
    ended: dict[str, dict] = {}     # the last hold of each copy nobody waits for
    for hold in on_shelf:
        if hold["item_barcode"] not in claimed:
            ended[hold["item_barcode"]] = hold
    return {"to_pull": to_pull, "waiting": waiting, "expired": list(ended.values())}


def local_zone(name: str) -> ZoneInfo:
    """The zone statistics are grouped in; ValueError naming it when unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (an IANA name such as "
                         "Asia/Shanghai)") from None


def today(zone: ZoneInfo, now: datetime) -> date:
    return now.astimezone(zone).date()


def stats(store: CentralStore, day: date, zone: ZoneInfo) -> dict:
    """Loans and returns per hour of the day and per day of its month, refusals
    by reason, and terminal against desk use, by the library's local clock."""
    first = datetime(day.year, day.month, 1, tzinfo=zone)
    days = calendar.monthrange(day.year, day.month)[1]
    with store.lock:
        rows = store.rows(
            "SELECT type, status, reason, channel, occurred_at FROM txns WHERE occurred_at >= ? "
            "AND occurred_at < ?", (iso(first), iso(first + timedelta(days=days))))
    per_hour = [{"hour": h, "loans": 0, "returns": 0} for h in range(24)]
    per_day = [{"day": (first.date() + timedelta(days=d)).isoformat(), "loans": 0,
                "returns": 0} for d in range(days)]
    refusals: Counter[str] = Counter()
    use = {"terminal": 0, "desk": 0}
    for row in rows:
        at = parse_time(row["occurred_at"]).astimezone(zone)
        that_day = at.date() == day
        counted = row["status"] in ("applied", "conflict") and row["type"] in COUNTED
        if counted:
            per_day[at.day - 1][COUNTED[row["type"]]] += 1
        if not that_day:
            continue
        if counted:
            per_hour[at.hour][COUNTED[row["type"]]] += 1
        if row["status"] == "rejected":
            refusals[row["reason"]] += 1
        use[row["channel"]] = use.get(row["channel"], 0) + 1
    return {"day": day.isoformat(), "timezone": zone.key, "per_hour": per_hour,
            "per_day": per_day, "refusals": dict(refusals.most_common()), "use": use}
