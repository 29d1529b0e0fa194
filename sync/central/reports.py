"""What the circulation desk reads: the holds shelf and the day's numbers.

Both are answered from the store's records and its log of every transaction
(device, channel, type, time, result); times are grouped in UTC.
"""
from __future__ import annotations

import calendar
from datetime import date

from sync.replica import iso, now_utc

from .store import CentralStore


def holds_shelf(store: CentralStore) -> dict:
    """to_pull: pending holds a copy on the shelf can serve (one copy each);
    waiting: copies on the holds shelf in time; expired: copies to take off it."""
    now = iso(now_utc())
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
            "h.item_barcode, h.pickup_location, h.expires_at FROM holds h "
            "JOIN titles t ON t.id = h.title_id JOIN items i ON i.barcode = h.item_barcode "
            "WHERE i.status = 'on_hold_shelf' ORDER BY h.expires_at")
    waiting = [h for h in on_shelf if h["status"] == "waiting" and (h["expires_at"] or now) >= now]
    expired = [h for h in on_shelf if h not in waiting]
    return {"to_pull": to_pull, "waiting": waiting, "expired": expired}


def stats(store: CentralStore, day: date) -> dict:
    """Loans and returns per hour of the day and per day of its month, refusals
    by reason, and terminal against desk use."""
    day_text = day.isoformat()
    month = day_text[:7]
    done = "status IN ('applied', 'conflict')"
    with store.lock:
        hourly = store.rows(
            f"SELECT type, CAST(substr(occurred_at, 12, 2) AS INTEGER) AS hour, count(*) AS n "
            f"FROM txns WHERE substr(occurred_at, 1, 10) = ? AND {done} "
            f"AND type IN ('checkout', 'checkin') GROUP BY type, hour", (day_text,))
        daily = store.rows(
            f"SELECT type, substr(occurred_at, 1, 10) AS day, count(*) AS n FROM txns "
            f"WHERE substr(occurred_at, 1, 7) = ? AND {done} AND type IN ('checkout', 'checkin') "
            f"GROUP BY type, day", (month,))
        refusals = store.rows(
            "SELECT reason, count(*) AS n FROM txns WHERE substr(occurred_at, 1, 10) = ? "
            "AND status = 'rejected' GROUP BY reason ORDER BY n DESC", (day_text,))
        channels = store.rows(
            "SELECT channel, count(*) AS n FROM txns WHERE substr(occurred_at, 1, 10) = ? "
            "GROUP BY channel", (day_text,))
    per_hour = [{"hour": h, "loans": 0, "returns": 0} for h in range(24)]
    for row in hourly:
        per_hour[row["hour"]]["loans" if row["type"] == "checkout" else "returns"] = row["n"]
    days = calendar.monthrange(day.year, day.month)[1]
    per_day = {f"{month}-{d:02d}": {"day": f"{month}-{d:02d}", "loans": 0, "returns": 0}
               for d in range(1, days + 1)}
    for row in daily:
        per_day[row["day"]]["loans" if row["type"] == "checkout" else "returns"] = row["n"]
    use = {"terminal": 0, "desk": 0}
    use.update({row["channel"]: row["n"] for row in channels})
    return {"day": day_text, "per_hour": per_hour, "per_day": list(per_day.values()),
            "refusals": {row["reason"]: row["n"] for row in refusals}, "use": use}
