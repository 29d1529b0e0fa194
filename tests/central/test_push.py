"""Push: applied, duplicate, rejected with reason codes, seq order, conflicts, clock skew,
checkin fees and routing."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.central.conftest import Api
from tests.central_server import txn

NOW = datetime.now(UTC)


def account(api: Api, card: str) -> dict:
    answer = api.get(f"/patrons/{card}")
    assert answer.status_code == 200
    return answer.json()


def item_status(api: Api, barcode: str) -> str:
    return api.get(f"/items/{barcode}").json()["item"]["status"]


def test_an_online_checkout_is_applied_with_the_centres_due_date(api, pick):
    (barcode,), (card,) = pick.items(), pick.patrons()
    at = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=5)
    result = api.act("checkout", {"patron": card, "item": barcode, "offline": False,
                                  "due_at": (at + timedelta(days=2)).isoformat()}, at=at)
    assert result["status"] == "applied"
    assert datetime.fromisoformat(result["effect"]["due_at"]) == at + timedelta(days=31)
    loans = account(api, card)["loans"]
    assert [(loan["id"], loan["item_barcode"]) for loan in loans] == \
        [(result["effect"]["loan_id"], barcode)]
    assert item_status(api, barcode) == "on_loan"


def test_a_repeated_id_is_a_duplicate_never_a_second_loan(api, pick):
    (barcode,), (card,) = pick.items(), pick.patrons()
    one = txn(str(uuid.uuid4()), 900, "checkout", {"patron": card, "item": barcode})
    first, = api.push(one)
    again, = api.push(one)
    assert first["status"] == "applied"
    assert again["status"] == "duplicate" and again["effect"] == first["effect"]
    assert len(account(api, card)["loans"]) == 1


REFUSALS = [
    # (what, payload builder, reason)
    ("blocked card", lambda p: {"patron": "0440000003", "item": p.items()[0]}, "patron_blocked"),
    ("unknown card", lambda p: {"patron": "9999999999", "item": p.items()[0]}, "patron_unknown"),
    ("unknown item", lambda p: {"patron": p.patrons()[0], "item": "NOPE"}, "item_unknown"),
    ("no foreign... none at all", lambda p: {"patron": p.patrons(card_type="deposit200")[0],
                                             "item": p.items()[0]}, "limit_reached"),
    ("copy waiting for 刘建国", lambda p: {"patron": p.patrons()[0], "item": _waiting_copy(p)},
     "item_on_hold_for_other"),
]


def _waiting_copy(pick) -> str:
    with pick.central.store.lock:
        return pick.central.store.row("SELECT item_barcode FROM holds WHERE id = 'H00001'")[
            "item_barcode"]


@pytest.mark.parametrize("what,payload,reason", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_online_checkouts_are_refused_with_the_policy_reason(api, pick, what, payload, reason):
    body = payload(pick)
    result = api.act("checkout", body)
    assert result["status"] == "rejected"
    assert result["reason"] == reason
    assert result["message"]
    # the answer is stored: the same id gets the same refusal
    again, = api.push(txn(result["id"], 1, "checkout", body))
    assert again == result


def test_an_item_on_loan_to_someone_else_is_refused_online(api, pick):
    (barcode,), (first, second) = pick.items(), pick.patrons(2)
    assert api.act("checkout", {"patron": first, "item": barcode})["status"] == "applied"
    result = api.act("checkout", {"patron": second, "item": barcode})
    assert (result["status"], result["reason"]) == ("rejected", "item_on_loan")


def test_renew_and_hold_refusals(api, pick):
    overdue = account(api, "0440000002")["loans"][0]["item_barcode"]
    result = api.act("renew", {"patron": "0440000002", "item": overdue})
    assert (result["status"], result["reason"]) == ("rejected", "has_overdue")
    result = api.act("hold", {"patron": "0440000001", "title_id": "R004",
                              "pickup_location": "SZL"})
    assert (result["status"], result["reason"]) == ("rejected", "hold_exists")
    result = api.act("teleport", {"item": "x"})
    assert (result["status"], result["reason"]) == ("rejected", "rejected_by_centre")


def test_renew_extends_from_the_due_date_once(api, pick):
    (barcode,), (card,) = pick.items(), pick.patrons()
    due = datetime.fromisoformat(api.act("checkout", {"patron": card, "item": barcode})
                                 ["effect"]["due_at"])
    renewed = api.act("renew", {"patron": card, "item": barcode, "offline": False})
    assert renewed["status"] == "applied"
    assert datetime.fromisoformat(renewed["effect"]["due_at"]) == due + timedelta(days=31)
    again = api.act("renew", {"patron": card, "item": barcode})
    assert (again["status"], again["reason"]) == ("rejected", "renew_limit")


def test_hold_then_cancel(api, pick):
    (card,) = pick.patrons()
    placed = api.act("hold", {"patron": card, "title_id": "R001", "pickup_location": "SZL",
                              "advance": False})
    assert placed["status"] == "applied" and placed["effect"]["position"] >= 1
    hold_id = placed["effect"]["hold_id"]
    assert [h["id"] for h in account(api, card)["holds"]] == [hold_id]
    assert api.act("cancel_hold", {"patron": card, "hold_id": hold_id})["status"] == "applied"
    assert account(api, card)["holds"] == []
    again = api.act("cancel_hold", {"patron": card, "hold_id": hold_id})
    assert again["status"] == "rejected"


def test_a_batch_is_applied_in_seq_order_and_answered_in_its_own_order(api, pick):
    (barcode,), (card,) = pick.items(), pick.patrons()
    out = txn(str(uuid.uuid4()), 1001, "checkout", {"patron": card, "item": barcode},
              NOW - timedelta(minutes=2))
    back = txn(str(uuid.uuid4()), 1002, "checkin", {"item": barcode}, NOW - timedelta(minutes=1))
    results = api.push(back, out)
    assert [r["id"] for r in results] == [back["id"], out["id"]]
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert results[0]["effect"]["route"] == "shelf"
    assert account(api, card)["loans"] == []
    assert item_status(api, barcode) == "available"


# --------------------------------------------------------------------------- conflicts

def test_two_offline_checkouts_of_one_item(central, api, pick, staff):
    """Whoever holds the book wins: the earlier loan closes at the later checkout."""
    (barcode,), (first, second) = pick.items(), pick.patrons(2)
    other = Api(central, central.enrol("kiosk-b")["token"])
    t1, t2 = NOW - timedelta(hours=3), NOW - timedelta(hours=1)
    a = api.act("checkout", {"patron": first, "item": barcode, "offline": True}, at=t1)
    b = other.act("checkout", {"patron": second, "item": barcode, "offline": True}, at=t2)
    assert a["status"] == "applied"
    assert b["status"] == "conflict" and b["resolution"]
    assert account(api, first)["loans"] == []
    assert [loan["id"] for loan in account(api, second)["loans"]] == [b["effect"]["loan_id"]]
    with central.store.lock:
        closed = central.store.row("SELECT returned_at FROM loans WHERE id = ?",
                                   (a["effect"]["loan_id"],))
    assert datetime.fromisoformat(closed["returned_at"]) == t2.replace(microsecond=0)

    cases = [x for x in api.get("/exceptions", params={"status": "open"}).json()
             if x["item"] == barcode]
    assert len(cases) == 1
    assert cases[0]["kind"] == "double_checkout"
    assert set(cases[0]["txn_ids"]) == {a["id"], b["id"]}
    assert set(cases[0]["patrons"]) == {first, second}

    resolved = staff["librarian"].post(f"/exceptions/{cases[0]['id']}/resolve",
                                       json={"note": "called both readers"})
    assert resolved.status_code == 200 and resolved.json()["status"] == "resolved"
    assert cases[0]["id"] not in {x["id"] for x in api.get(
        "/exceptions", params={"status": "open"}).json()}
    assert staff["librarian"].post(f"/exceptions/{cases[0]['id']}/resolve",
                                   json={}).status_code == 409
    assert api.post(f"/exceptions/{cases[0]['id']}/resolve", json={}).status_code == 403


def test_offline_checkouts_arriving_late_still_close_the_earlier_loan(central, api, pick):
    (barcode,), (early, late) = pick.items(), pick.patrons(2)
    t1, t2 = NOW - timedelta(hours=5), NOW - timedelta(hours=4)
    b = api.act("checkout", {"patron": late, "item": barcode, "offline": True}, at=t2)
    a = api.act("checkout", {"patron": early, "item": barcode, "offline": True}, at=t1)
    assert (b["status"], a["status"]) == ("applied", "conflict")
    assert [loan["id"] for loan in account(api, late)["loans"]] == [b["effect"]["loan_id"]]
    assert account(api, early)["loans"] == []


def test_an_offline_checkout_is_never_refused(api, pick):
    (barcode,) = pick.items()
    result = api.act("checkout", {"patron": "0440000003", "item": barcode, "offline": True})
    assert result["status"] == "conflict" and "patron_blocked" in result["resolution"]
    assert [loan["item_barcode"] for loan in account(api, "0440000003")["loans"]] == [barcode]
    cases = [x for x in api.get("/exceptions").json() if x["item"] == barcode]
    assert [x["kind"] for x in cases] == ["offline_policy"]


def test_an_offline_checkout_to_an_unknown_card_is_kept_for_staff(api, pick):
    (barcode,) = pick.items()
    result = api.act("checkout", {"patron": "0449999999", "item": barcode, "offline": True})
    assert result["status"] == "conflict" and "patron_unknown" in result["resolution"]
    assert api.get(f"/items/{barcode}").json()["loan"]["patron_card"] == "0449999999"
    assert [x["kind"] for x in api.get("/exceptions").json()
            if x["item"] == barcode] == ["offline_policy"]


# --------------------------------------------------------------------------- checkin

def test_a_late_return_makes_an_overdue_fee(api):
    loan = next(loan for loan in account(api, "0440000002")["loans"]
                if datetime.fromisoformat(loan["due_at"]) < NOW)
    due = datetime.fromisoformat(loan["due_at"])
    at = due + timedelta(days=13, hours=2)          # 13 days and a part: 14 days late
    result = api.act("checkin", {"item": loan["item_barcode"]}, at=at)
    assert result["status"] == "applied"
    assert result["effect"]["fee_fen"] == 14 * 30
    fees = {f["id"]: f for f in account(api, "0440000002")["fees"]}
    fee = fees[result["effect"]["fee_id"]]
    assert (fee["kind"], fee["amount_fen"], fee["status"], fee["item_barcode"]) == \
        ("overdue", 420, "open", loan["item_barcode"])


def test_a_held_copy_travels_to_its_pickup_place_and_waits_there(central, api, pick, staff):
    """H00002 is to be collected at the Civic Center self-service machine: a copy
    returned at SZL travels there (the hold stays pending, the copy named), and
    waits for the reader only once it is checked in at the machine."""
    with central.store.lock:
        copy = central.store.row("SELECT barcode FROM items WHERE title_id = 'R004' AND "
                                 "location_id LIKE 'SZL-%'")["barcode"]
    (card,) = pick.patrons()
    at = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=3)
    assert api.act("checkout", {"patron": card, "item": copy},
                   at=at - timedelta(hours=1))["status"] == "applied"
    result = api.act("checkin", {"item": copy, "patron": card, "branch": "SZL"}, at=at)
    assert (result["effect"]["route"], result["effect"]["hold_id"],
            result["effect"]["destination"], result["effect"]["fee_fen"]) == \
        ("transit", "H00002", "SS-CGC", 0)
    hold = next(h for h in account(api, "0440000001")["holds"] if h["id"] == "H00002")
    assert (hold["status"], hold["item_barcode"]) == ("pending", copy)
    assert item_status(api, copy) == "in_transit"

    arrived = at + timedelta(seconds=1)
    result = api.act("checkin", {"item": copy, "branch": "SS-CGC"}, at=arrived)
    assert (result["effect"]["route"], result["effect"]["hold_id"]) == ("holds_shelf", "H00002")
    hold = next(h for h in account(api, "0440000001")["holds"] if h["id"] == "H00002")
    assert (hold["status"], hold["item_barcode"]) == ("waiting", copy)
    assert datetime.fromisoformat(hold["expires_at"]) == arrived + timedelta(days=7)
    assert item_status(api, copy) == "on_hold_shelf"
    shelf = staff["librarian"].get("/holds/shelf").json()
    assert copy in {h["item_barcode"] for h in shelf["waiting"]}


def test_a_return_of_another_branchs_copy_goes_in_transit(api, pick):
    (barcode,), (card,) = pick.items(location_like="FT-%"), pick.patrons()
    api.act("checkout", {"patron": card, "item": barcode})
    result = api.act("checkin", {"item": barcode})          # this device is at SZL
    assert (result["effect"]["route"], result["effect"]["destination"]) == ("transit", "FT-1")
    assert item_status(api, barcode) == "in_transit"
    home = api.act("checkin", {"item": barcode, "branch": "FT"})   # arrives home
    assert (home["effect"]["route"], home["effect"]["destination"]) == ("shelf", "FT-1")
    assert item_status(api, barcode) == "available"


def test_a_return_of_an_unknown_item_is_never_refused(api):
    result = api.act("checkin", {"item": "NOT-OURS-1"})
    assert result["status"] == "conflict"
    assert result["effect"]["route"] == "desk"
    assert [x["kind"] for x in api.get("/exceptions").json()
            if x["item"] == "NOT-OURS-1"] == ["unknown_item"]


# --------------------------------------------------------------------------- clock

def test_a_push_from_a_wrong_clock_applies_nothing(api, pick):
    (barcode,), (card,) = pick.items(), pick.patrons()
    one = txn(str(uuid.uuid4()), 2000, "checkout", {"patron": card, "item": barcode})
    answer = api.post("/push", json={"transactions": [one]}, headers={
        "X-Kiosk-Clock": (datetime.now(UTC) + timedelta(minutes=12)).isoformat()})
    assert answer.status_code == 422
    body = answer.json()
    assert body["error"] == "clock_skew" and body["allowed_s"] == 300
    assert 700 < body["skew_s"] < 740
    assert account(api, card)["loans"] == []
    assert api.push(one)[0]["status"] == "applied"     # not a duplicate: nothing was stored


# --------------------------------------------------------------------------- idempotence

acts = st.lists(st.tuples(st.sampled_from(["checkout", "checkin", "renew"]),
                          st.integers(0, 2), st.integers(0, 1), st.booleans()),
                min_size=1, max_size=6)


@pytest.fixture(scope="module")
def pool(pick):
    """Three copies and two readers the random batches share."""
    return pick.items(3), pick.patrons(2)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=acts)
def test_any_batch_pushed_twice_answers_the_same_and_changes_nothing_more(
        central, api, pool, batch):
    items, cards = pool
    start = datetime.now(UTC) - timedelta(hours=1)
    txns = []
    for n, (kind, item, card, offline) in enumerate(batch):
        api.seq += 1
        payload = {"item": items[item], "patron": cards[card], "offline": offline}
        txns.append(txn(str(uuid.uuid4()), api.seq, kind, payload, start + timedelta(minutes=n)))

    def snapshot():
        with central.store.lock:
            return [central.store.conn.execute(sql).fetchall() for sql in (
                "SELECT * FROM loans ORDER BY id", "SELECT * FROM fees ORDER BY id",
                "SELECT barcode, status FROM items ORDER BY barcode",
                "SELECT id, status FROM exceptions ORDER BY id")]

    first = api.push(*txns)
    after_first = snapshot()
    second = api.push(*txns)
    assert snapshot() == after_first
    for one, two in zip(first, second, strict=True):
        expected = "duplicate" if one["status"] in ("applied", "conflict") else one["status"]
        assert two["status"] == expected
        assert two.get("effect") == one.get("effect")
        assert two.get("reason") == one.get("reason")
