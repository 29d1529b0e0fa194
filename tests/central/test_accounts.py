"""PINs and their lockout, staff logins, overrides, waivers and cash, and what the
desk reads: audit log, holds shelf, stats, fleet."""
from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import requests

from central.accounts import HASHING, HASHING_THREADS, add_staff
from kiosk.domain.clock import iso


def auth(api, card: str, pin: str) -> requests.Response:
    return api.post("/auth", json={"card": card, "pin": pin})


def test_a_right_pin_answers_the_patron_without_its_hash(api):
    answer = auth(api, "0440000004", "1234")
    assert answer.status_code == 200
    patron = answer.json()["patron"]
    assert patron["name"] == "陈小宇" and "pin_hash" not in patron
    by_uid = auth(api, "04A1B2C6", "1234")          # the RFID card's UID works too
    assert by_uid.json()["patron"]["card"] == "0440000004"


def test_an_unknown_card_is_answered_as_a_known_card_with_a_wrong_pin(api, pick):
    """/auth does not tell which card numbers exist: same statuses, same bodies."""
    known, = pick.patrons(1)
    unknown = "0449999999"
    for _ in range(5):
        a, b = auth(api, known, "0000"), auth(api, unknown, "0000")
        assert (a.status_code, a.json()) == (b.status_code, b.json())
    assert b.status_code == 423


def test_the_store_stays_free_while_a_pin_is_hashed(central, api, pick):
    """argon2 runs on the hashing pool, outside the store's lock: with every hashing
    thread busy, a PIN check waits there while the rest of the centre answers."""
    card, other = pick.patrons(2)
    release = threading.Event()
    busy = [HASHING.submit(release.wait, 30) for _ in range(HASHING_THREADS)]
    checked: list[requests.Response] = []
    asking = threading.Thread(target=lambda: checked.append(auth(api, card, "1234")))
    try:
        asking.start()

        def counted() -> bool:      # the try is counted under the lock, then hashed
            with central.store.lock:
                return central.store.row("SELECT 1 FROM throttle WHERE key = ?",
                                         (f"pin:{card}",)) is not None
        deadline = time.monotonic() + 15
        while not counted():
            assert time.monotonic() < deadline, "the PIN check never reached the hashing"
            time.sleep(0.01)
        assert api.get(f"/patrons/{other}", timeout=10).status_code == 200
        assert not checked                  # still waiting for a hashing thread
    finally:
        release.set()
        asking.join(30)
        for job in busy:
            job.result()
    assert checked[0].status_code == 200


def test_wrong_pins_make_the_card_wait_longer_and_longer(central, api, pick):
    card, other = pick.patrons(2)
    lefts = [auth(api, card, "0000").json() for _ in range(4)]
    assert [(x["error"], x["left"]) for x in lefts] == \
        [("pin_wrong", 4), ("pin_wrong", 3), ("pin_wrong", 2), ("pin_wrong", 1)]
    fifth = auth(api, card, "0000")
    assert fifth.status_code == 423
    assert fifth.json() == {"error": "pin_locked", "detail": "too many wrong PINs",
                            "minutes": 1, "retry_after_s": 60}
    assert auth(api, card, "1234").status_code == 423      # even the right PIN, for now
    assert auth(api, other, "1234").status_code == 200     # other cards are not affected

    def a_minute_later():
        with central.store.locked():
            central.store.conn.execute("UPDATE throttle SET until = ? WHERE key = ?",
                                       (iso(datetime.now(UTC) - timedelta(seconds=1)),
                                        f"pin:{card}"))
    a_minute_later()
    sixth = auth(api, card, "0000")                        # wrong again: twice as long
    assert sixth.status_code == 423 and sixth.json()["retry_after_s"] == 120
    a_minute_later()
    assert auth(api, card, "1234").status_code == 200
    assert auth(api, card, "0000").json()["left"] == 4     # a fresh count


def test_staff_login_and_lockout(central):
    url = central.api + "/staff/login"
    ok = requests.post(url, json={"user": "supervisor", "password": "supervisor"}, timeout=15)
    assert ok.status_code == 200 and ok.json()["role"] == "supervisor" and ok.json()["token"]
    add_staff(central.store, "temp", "secret", "librarian")
    answers = [requests.post(url, json={"user": "temp", "password": "guess"}, timeout=15)
               for _ in range(5)]
    assert [a.status_code for a in answers] == [401, 401, 401, 401, 423]
    assert answers[0].json()["error"] == "bad_login"
    locked = requests.post(url, json={"user": "temp", "password": "secret"}, timeout=15)
    assert locked.status_code == 423 and locked.json()["error"] == "staff_locked"
    assert requests.post(url, json={"user": "nobody", "password": "x"},
                         timeout=15).status_code == 401


@pytest.mark.parametrize("path", ["/audit", "/holds/shelf", "/stats"])
def test_desk_reports_need_a_staff_login(api, path):
    answer = api.get(path)
    assert answer.status_code == 403 and answer.json()["error"] == "staff_only"


def test_a_librarian_can_override_a_refusal_and_it_is_audited(api, staff, pick):
    (barcode,) = pick.items()
    body = {"patron": "0440000003", "item": barcode,
            "override": {"by": "librarian", "reason": "deposit paid at the desk"}}
    from_kiosk = api.act("checkout", body)
    assert from_kiosk["status"] == "rejected" and "override" in from_kiosk["message"]
    wrong_name = staff["librarian"].act("checkout", {**body, "override": {
        "by": "supervisor", "reason": "x"}})
    assert wrong_name["status"] == "rejected"
    done = staff["librarian"].act("checkout", body)
    assert done["status"] == "applied"
    entry = staff["supervisor"].get("/audit").json()[0]
    assert (entry["action"], entry["by"], entry["refusal"], entry["txn_id"]) == \
        ("override", "librarian", "patron_blocked", done["id"])
    assert entry["reason"] == "deposit paid at the desk"


def _fee(central, card: str, fee_id: str, fen: int) -> None:
    with central.store.locked():
        central.store.put("fees", [{"id": fee_id, "patron_card": card, "kind": "damaged_tag",
                                    "amount_fen": fen, "item_barcode": "", "paid_fen": 0,
                                    "status": "open", "created_at": iso(datetime.now(UTC))}])


def test_waive_is_for_supervisors_and_cash_for_any_staff(central, api, staff, pick):
    (card,) = pick.patrons()
    _fee(central, card, "F-W1", 500)
    _fee(central, card, "F-C1", 300)
    waive = {"patron": card, "fee_ids": ["F-W1"], "reason": "tag was ours", "by": "librarian"}
    assert staff["librarian"].act("waive", waive)["status"] == "rejected"
    assert api.act("waive", {**waive, "by": "supervisor"})["status"] == "rejected"
    waived = staff["supervisor"].act("waive", {**waive, "by": "supervisor"})
    assert waived["status"] == "applied" and waived["effect"]["waived_fen"] == 500
    cash = staff["librarian"].act("pay_cash", {"patron": card, "fee_ids": ["F-C1"],
                                               "by": "librarian"})
    assert cash["status"] == "applied" and cash["effect"]["paid_fen"] == 300
    fees = {f["id"]: f["status"] for f in api.get(f"/patrons/{card}").json()["fees"]}
    assert fees == {"F-W1": "waived", "F-C1": "paid"}
    again = staff["librarian"].act("pay_cash", {"patron": card, "fee_ids": ["F-C1"],
                                                "by": "librarian"})
    assert again["status"] == "rejected" and "F-C1" in again["message"]
    actions = [e["action"] for e in staff["supervisor"].get("/audit").json()[:2]]
    assert actions == ["pay_cash", "waive"]


def test_the_holds_shelf(central, api, staff):
    shelf = staff["librarian"].get("/holds/shelf").json()
    assert [h["hold_id"] for h in shelf["waiting"]] == ["H00001"]
    # the demo's uncollected hold: expired by the sweep at start, its copy still on the shelf
    assert [(h["hold_id"], h["title"], h["status"]) for h in shelf["expired"]] == [
        ("H00099", "围城", "expired")]
    pulls = {h["hold_id"]: h for h in shelf["to_pull"]}
    assert "H00002" in pulls                      # 三体's queue, and a copy is on a shelf
    with central.store.lock:
        status = central.store.row("SELECT status FROM items WHERE barcode = ?",
                                   (pulls["H00002"]["item_barcode"],))["status"]
    assert status == "available"
    assert len({h["item_barcode"] for h in shelf["to_pull"]}) == len(shelf["to_pull"])
    with central.store.locked():
        central.store.conn.execute("UPDATE holds SET expires_at = ? WHERE id = 'H00001'",
                                   (iso(datetime.now(UTC) - timedelta(days=1)),))
    shelf = staff["librarian"].get("/holds/shelf").json()
    assert [h["hold_id"] for h in shelf["expired"]] == ["H00099", "H00001"]
    assert shelf["waiting"] == []


def test_stats_count_loans_returns_refusals_and_channels(api, staff, pick):
    # three acts within one minute, so within one hour and one day (Shenzhen's clock)
    at = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=1)
    local = at.astimezone(ZoneInfo("Asia/Shanghai"))
    day = local.date().isoformat()
    before = staff["librarian"].get("/stats", params={"day": day}).json()
    (barcode,), (card,) = pick.items(), pick.patrons()
    api.act("checkout", {"patron": card, "item": barcode}, at=at)
    api.act("checkin", {"item": barcode}, at=at + timedelta(seconds=10))
    api.act("checkout", {"patron": "0440000003", "item": barcode}, at=at + timedelta(seconds=20))
    after = staff["librarian"].get("/stats", params={"day": day}).json()
    hour = local.hour
    assert after["per_hour"][hour]["loans"] == before["per_hour"][hour]["loans"] + 1
    assert after["per_hour"][hour]["returns"] == before["per_hour"][hour]["returns"] + 1
    today = next(d for d in after["per_day"] if d["day"] == day)
    assert today["loans"] >= 1 and len(after["per_day"]) >= 28
    assert after["refusals"]["patron_blocked"] == before["refusals"].get("patron_blocked", 0) + 1
    assert after["use"]["terminal"] == before["use"]["terminal"] + 3


def test_heartbeat_shows_in_the_fleet(central, api):
    report = {"version": "0.1.0", "online": True, "outbox": 3,
              "devices": {"card": {"ok": True, "detail": ""}, "printer": {"ok": False,
                                                                        "detail": "no paper"}}}
    assert api.post("/heartbeat", json=report).status_code == 200
    me = next(d for d in api.get("/fleet").json() if d["device_id"] == central.device_id)
    assert (me["version"], me["online"], me["outbox"]) == ("0.1.0", True, 3)
    assert me["devices"]["printer"] == {"ok": False, "detail": "no paper"}
    assert datetime.fromisoformat(me["last_seen"]) > datetime.now(UTC) - timedelta(minutes=1)
