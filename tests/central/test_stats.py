"""Statistics by the library's local clock (Shenzhen is UTC+8), and the demo
centre's history that gives the desk's charts something to show."""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from central import demo, reports
from central.reports import local_zone
from kiosk.cli import main as cli

SHENZHEN = ZoneInfo("Asia/Shanghai")


def by_day(stats: dict) -> dict[str, dict]:
    return {d["day"]: d for d in stats["per_day"]}


def test_acts_either_side_of_local_midnight_count_on_their_local_day(central, api, staff,
                                                                     pick):
    # 15:59 UTC is 23:59 in Shenzhen on 31 March; 16:01 UTC is 00:01 on 1 April
    (barcode,), (card,) = pick.items(), pick.patrons()
    before_midnight = datetime(2025, 3, 31, 15, 59, tzinfo=UTC)
    api.act("checkout", {"patron": card, "item": barcode}, at=before_midnight)
    api.act("checkin", {"item": barcode}, at=before_midnight + timedelta(minutes=2))
    api.act("checkout", {"patron": "0440000003", "item": barcode},      # blocked: refused
            at=before_midnight + timedelta(minutes=3))
    march = staff["librarian"].get("/stats", params={"day": "2025-03-31"}).json()
    april = staff["librarian"].get("/stats", params={"day": "2025-04-01"}).json()

    assert march["timezone"] == "Asia/Shanghai"
    assert march["per_hour"][23] == {"hour": 23, "loans": 1, "returns": 0}
    assert sum(h["returns"] for h in march["per_hour"]) == 0
    assert march["refusals"] == {} and march["use"]["terminal"] == 1
    assert len(march["per_day"]) == 31
    assert by_day(march)["2025-03-31"] == {"day": "2025-03-31", "loans": 1, "returns": 0}

    assert april["per_hour"][0] == {"hour": 0, "loans": 0, "returns": 1}
    assert april["refusals"] == {"patron_blocked": 1} and april["use"]["terminal"] == 2
    assert len(april["per_day"]) == 30
    assert by_day(april)["2025-04-01"] == {"day": "2025-04-01", "loans": 0, "returns": 1}

    # the same log read by the UTC clock puts all three on 31 March, at 15 and 16 h
    utc = reports.stats(central.store, datetime(2025, 3, 31).date(), ZoneInfo("UTC"))
    assert (utc["per_hour"][15]["loans"], utc["per_hour"][16]["returns"]) == (1, 1)
    assert utc["refusals"] == {"patron_blocked": 1}


def test_stats_without_a_day_are_todays_local_day(staff):
    stats = staff["librarian"].get("/stats").json()
    assert stats["day"] == datetime.now(SHENZHEN).date().isoformat()


def test_demo_history_fills_the_month_up_to_now(central, staff):
    now = datetime(2024, 6, 20, 15, 30, tzinfo=SHENZHEN)       # a month no test acts in
    logged = demo.seed(central.store, SHENZHEN, now=now)
    assert logged > 600
    read = staff["librarian"].get
    stats = read("/stats", params={"day": "2024-06-20"}).json()
    days = by_day(stats)
    assert all(days[f"2024-06-{d:02d}"]["loans"] > 0 and days[f"2024-06-{d:02d}"]["returns"] > 0
               for d in range(1, 20))
    assert all(days[f"2024-06-{d:02d}"]["loans"] == 0 for d in range(21, 31))   # not yet
    hours = stats["per_hour"]
    assert sum(h["loans"] for h in hours[9:16]) > 0
    assert sum(h["loans"] + h["returns"] for h in hours[16:] + hours[:8]) == 0
    week = [read("/stats", params={"day": f"2024-06-{d:02d}"}).json() for d in range(13, 20)]
    assert sum(sum(s["refusals"].values()) for s in week) > 0
    assert all(s["use"]["terminal"] > 0 for s in week) and sum(s["use"]["desk"]
                                                               for s in week) > 0
    # drawn from a fixed seed: the same moment gives the same transactions again
    with pytest.raises(sqlite3.IntegrityError, match="txns.id"):
        demo.seed(central.store, SHENZHEN, now=now)


def test_a_demo_centre_starts_with_a_month_of_history(central):
    since = (datetime.now(UTC) - timedelta(days=30)).isoformat()
    with central.store.lock:
        days = central.store.rows("SELECT DISTINCT substr(occurred_at, 1, 10) AS day FROM txns "
                                  "WHERE id LIKE 'demo-%' AND occurred_at >= ?", (since,))
    assert len(days) >= 29


def test_a_time_zone_must_be_known():
    assert local_zone("Europe/Berlin").key == "Europe/Berlin"
    with pytest.raises(ValueError, match="Mars/Olympus"):
        local_zone("Mars/Olympus")


def test_cli_refuses_an_unknown_time_zone(tmp_path, capsys):
    assert cli(["central", "--data-dir", str(tmp_path), "--timezone", "Mars/Olympus"]) == 2
    assert "unknown time zone 'Mars/Olympus'" in capsys.readouterr().err
