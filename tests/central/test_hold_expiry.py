"""The hold expiry sweep: an uncollected copy goes to the next reader in the queue,
or onto the holds shelf's 'expired' list for staff to take back to its shelf."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from central.hold_expiry import Sweeper, sweep
from kiosk.domain.clock import iso
from tests.central_server import running_central


def hold_row(central, hold_id: str) -> dict:
    with central.store.lock:
        return central.store.row("SELECT * FROM holds WHERE id = ?", (hold_id,))


def trap_for_first(api, pick) -> tuple[str, str, str]:
    """Two readers reserve a title; its copy comes back and is trapped for the
    first. Returns (copy, first hold, second hold)."""
    (copy,), (first, second, borrower) = pick.items(), pick.patrons(3)
    title = api.get(f"/items/{copy}").json()["item"]["title_id"]
    assert api.act("checkout", {"patron": borrower, "item": copy})["status"] == "applied"
    holds = [api.act("hold", {"patron": card, "title_id": title, "pickup_location": "SZL"})
             for card in (first, second)]
    assert [h["status"] for h in holds] == ["applied", "applied"]
    back = api.act("checkin", {"item": copy})
    assert back["effect"]["route"] == "holds_shelf"
    assert back["effect"]["hold_id"] == holds[0]["effect"]["hold_id"]
    return copy, holds[0]["effect"]["hold_id"], holds[1]["effect"]["hold_id"]


def expire_pickup(central, hold_id: str) -> None:
    """The pickup time ran out: as if the days had passed."""
    with central.store.locked():
        central.store.conn.execute("UPDATE holds SET expires_at = ? WHERE id = ?",
                                   (iso(datetime.now(UTC) - timedelta(minutes=1)), hold_id))


def test_an_uncollected_copy_goes_to_the_next_hold_then_off_the_shelf(central, api, staff,
                                                                         pick):
    copy, first, second = trap_for_first(api, pick)
    expire_pickup(central, first)
    shelf = staff["librarian"].get("/holds/shelf").json()      # the shelf sweeps first
    assert hold_row(central, first)["status"] == "expired"
    passed = hold_row(central, second)
    assert (passed["status"], passed["item_barcode"]) == ("waiting", copy)
    expires = datetime.fromisoformat(passed["expires_at"])
    assert timedelta(days=6, hours=23) < expires - datetime.now(UTC) <= timedelta(days=7)
    assert second in {h["hold_id"] for h in shelf["waiting"]}
    assert copy not in {h["item_barcode"] for h in shelf["expired"]}

    # the second reader does not come either: nobody else waits, staff take it off
    expire_pickup(central, second)
    shelf = staff["librarian"].get("/holds/shelf").json()
    assert hold_row(central, second)["status"] == "expired"
    [gone] = [h for h in shelf["expired"] if h["item_barcode"] == copy]
    assert gone["hold_id"] == second and gone["call_number"]
    assert copy not in {h["item_barcode"] for h in shelf["waiting"]}

    # a terminal pulling holds learns both expiries
    records = {r["id"]: r for r in api.get("/streams/holds", params={"limit": 5000}).json()
               ["records"]}
    assert records[first]["status"] == records[second]["status"] == "expired"

    # taken off the holds shelf and checked in: back to its shelf, off the list
    assert api.act("checkin", {"item": copy})["effect"]["route"] == "shelf"
    shelf = staff["librarian"].get("/holds/shelf").json()
    assert copy not in {h["item_barcode"] for h in shelf["expired"]}


def test_a_cancelled_pickup_passes_the_copy_on(central, api, staff, pick):
    copy, first, second = trap_for_first(api, pick)
    card = hold_row(central, first)["patron_card"]
    assert api.act("cancel_hold", {"patron": card, "hold_id": first})["status"] == "applied"
    staff["librarian"].get("/holds/shelf")
    assert (hold_row(central, second)["status"], hold_row(central, second)["item_barcode"]) \
        == ("waiting", copy)


def test_sweep_returns_what_it_did_and_runs_only_when_due(central, api, pick):
    copy, first, second = trap_for_first(api, pick)
    expire_pickup(central, first)
    sweeper = Sweeper(central.store, interval_s=3600)
    sweeper.now()
    assert hold_row(central, first)["status"] == "expired"
    expire_pickup(central, second)
    sweeper.when_due()                  # swept a moment ago: not due for an hour
    assert hold_row(central, second)["status"] == "waiting"
    done = sweep(central.store)
    assert {"hold_id": second, "item_barcode": copy} in done
    assert hold_row(central, second)["status"] == "expired"


def test_the_centre_sweeps_when_it_starts(tmp_path):
    with running_central(tmp_path) as central:
        expire_pickup(central, "H00001")        # 刘建国's copy of 活着 on the holds shelf
        central.stop()
        central.start()
        assert hold_row(central, "H00001")["status"] == "expired"
