"""The centre's security (issue 16): payments only from a signed provider, no
secret in its file, throttled log-ins that nobody can use to lock staff out,
staff tokens that end, transaction ids that belong to their device, no 5xx for
bad input, a body limit, back-dated checkins caught, and a masked access log."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from central.accounts import add_staff
from central.limits import masked_path
from central.providers import SignedProvider, sign
from kiosk.domain.clock import iso
from tests.central.conftest import Api, Picker
from tests.central_server import running_central

SECRET = b"provider-shared-secret-0123456789"


def staff_token(central, user: str = "librarian", password: str | None = None,
                **kw) -> requests.Response:
    return requests.post(central.api + "/staff/login", timeout=15,
                         json={"user": user, "password": password or user}, **kw)


# -- 1. payments ---------------------------------------------------------------------

def test_without_demo_there_is_no_simulated_provider(tmp_path):
    with running_central(tmp_path, demo=False) as central:
        api = Api(central)
        with central.store.locked():
            central.store.load({"patrons": [{"card": "1000000001", "name": "A",
                                             "card_type": "pengcheng"}],
                                "fees": [{"id": "F1", "patron_card": "1000000001",
                                          "kind": "overdue", "amount_fen": 100}]})
        refused = api.post("/payments", json={"patron": "1000000001", "fee_ids": ["F1"]})
        assert refused.status_code == 409 and refused.json()["error"] == "no_payment_provider"
        assert requests.post(central.api + "/pay/P1", timeout=5).status_code == 404
        paths = requests.get(central.url + "/openapi.json", timeout=5).json()["paths"]
        assert "/api/v1/pay/{order_id}" not in paths


@pytest.fixture
def paid_centre(tmp_path):
    provider = SignedProvider("https://pay.example/cashier?o={order_id}&f={amount_fen}", SECRET)
    with running_central(tmp_path, demo=True, payment_provider=provider) as central:
        yield central


def _notice(order: dict, notify_id: str = "N1", status: str = "paid", **over) -> dict:
    fields = {"order_id": order["order_id"], "amount_fen": order["amount_fen"],
              "status": status, "notify_id": notify_id, **over}
    return {**fields, "sign": sign(SECRET, fields)}


def test_a_real_provider_is_believed_only_signed_once_and_for_the_amount(paid_centre):
    api = Api(paid_centre)
    order = api.post("/payments", json={"patron": "0440000002",
                                        "fee_ids": ["F00001", "F00002"]}).json()
    assert order["pay_url"] == f"https://pay.example/cashier?o={order['order_id']}&f=890"
    assert requests.post(paid_centre.api + f"/pay/{order['order_id']}",
                         timeout=5).status_code == 404        # no demo button to press
    notify = paid_centre.api + "/payments/notify"
    unsigned = {k: v for k, v in _notice(order).items() if k != "sign"}
    assert requests.post(notify, json=unsigned, timeout=5).json()["error"] == \
        "unsigned_notification"
    forged = {**_notice(order), "sign": sign(b"guessed-secret-0123456789", unsigned)}
    assert requests.post(notify, json=forged, timeout=5).json()["error"] == "bad_signature"
    cheap = _notice(order, amount_fen=1)
    assert requests.post(notify, json=cheap, timeout=5).json()["error"] == "amount_mismatch"
    assert api.get(f"/payments/{order['order_id']}").json()["status"] == "pending"

    good = requests.post(notify, json=_notice(order), timeout=5)
    assert good.status_code == 200
    assert api.get(f"/payments/{order['order_id']}").json()["status"] == "paid"
    replay = requests.post(notify, json=_notice(order), timeout=5)
    assert replay.status_code == 409 and replay.json()["error"] == "replayed_notification"


# -- 2. no secret in the centre's file ---------------------------------------------------

def test_no_device_token_is_kept_in_clear_and_the_code_still_hands_it_over(central):
    device = central.enrol("kiosk-9")
    raw = Path(central.app_store_path).read_bytes()
    raw += Path(str(central.app_store_path) + "-wal").read_bytes()
    assert device["token"].encode() not in raw
    handed = requests.post(central.api + "/enrol", json={"code": device["code"]}, timeout=5)
    assert handed.json() == {"device_id": device["device_id"], "kind": "terminal",
                             "token": device["token"]}


def test_rotating_a_token_ends_the_old_one(central):
    device = central.enrol("kiosk-10")
    new = central.store.rotate_token(device["device_id"])
    assert Api(central, device["token"]).get("/fleet").status_code == 401
    assert Api(central, new["token"]).get("/fleet").status_code == 200
    again = requests.post(central.api + "/enrol", json={"code": new["code"]}, timeout=5)
    assert again.json()["token"] == new["token"]


# -- 3. throttled log-ins ------------------------------------------------------------------

def test_one_pin_tried_on_every_card_is_throttled_per_terminal(central):
    guesser = Api(central, central.enrol("guessing kiosk")["token"])
    with central.store.lock:
        cards = [r["card"] for r in central.store.rows(
            "SELECT card FROM patrons WHERE card > '0440000100' ORDER BY card LIMIT 40")]
    answers = [guesser.post("/auth", json={"card": card, "pin": "9999"}) for card in cards]
    codes = [a.status_code for a in answers]
    assert set(codes[:30]) == {401} and codes[30] == 429
    assert answers[30].json()["error"] == "too_many_attempts"
    assert answers[30].json()["retry_after_s"] > 0
    # another terminal is not held up, and no card was locked by it
    assert Api(central).post("/auth", json={"card": cards[0], "pin": "1234"}).status_code \
        in (200, 401)


def test_nobody_can_lock_the_supervisor_out_from_elsewhere(tmp_path):
    with running_central(tmp_path) as central:
        for _ in range(12):      # someone without a device guesses the supervisor's password
            assert staff_token(central, "supervisor", "guess").status_code in (401, 423)
        assert staff_token(central, "supervisor", "supervisor").status_code == 423  # there
        desk = central.enrol("supervisor's desk")
        at_desk = staff_token(central, "supervisor", "supervisor",
                              headers={"Authorization": f"Bearer {desk['token']}"})
        assert at_desk.status_code == 200


def test_unknown_and_known_staff_users_get_the_same_answers(central):
    def tries(user: str) -> list[tuple]:
        desk = central.enrol(f"desk trying {user}")
        headers = {"Authorization": f"Bearer {desk['token']}"}
        answers = [staff_token(central, user, "wrong", headers=headers) for _ in range(6)]
        return [(a.status_code, a.json()["error"], a.json()["detail"], a.json().get("left"))
                for a in answers]

    known = tries("librarian")
    assert known == tries("nobody-at-all")
    assert [status for status, *_ in known] == [401, 401, 401, 401, 423, 423]


# -- 6. staff tokens --------------------------------------------------------------------------

def test_a_staff_token_ends_at_logout_and_when_the_password_is_set_again(central):
    add_staff(central.store, "temp2", "first-password", "librarian")
    token = staff_token(central, "temp2", "first-password").json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    assert requests.get(central.api + "/audit", headers=auth, timeout=5).status_code == 200
    add_staff(central.store, "temp2", "second-password", "librarian")
    assert requests.get(central.api + "/audit", headers=auth, timeout=5).status_code == 401

    token = staff_token(central, "temp2", "second-password").json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    out = requests.post(central.api + "/staff/logout", headers=auth, timeout=5)
    assert out.status_code == 200
    assert requests.get(central.api + "/audit", headers=auth, timeout=5).status_code == 401
    with central.store.lock:
        assert central.store.row("SELECT 1 FROM staff_tokens WHERE user = 'temp2'") is None


# -- 9. transaction ids, notes -------------------------------------------------------------

def test_a_transaction_id_belongs_to_its_device(central):
    pick = Picker(central)
    (barcode,), (card,) = pick.items(), pick.patrons()
    mine, theirs = Api(central), Api(central, central.enrol("other kiosk")["token"])
    shared = str(uuid.uuid4())
    lent = mine.act("checkout", {"patron": card, "item": barcode}, txn_id=shared)
    assert lent["status"] == "applied"
    other = theirs.act("checkin", {"item": "no-such-item"}, txn_id=shared)
    assert other["status"] != "duplicate" and "loan_id" not in other.get("effect", {})
    assert mine.act("checkout", {"patron": card, "item": barcode},
                    txn_id=shared)["status"] == "duplicate"


def test_notes_lose_control_and_bidi_characters(central):
    librarian = Api(central, staff_token(central).json()["token"])
    saved = librarian.request("PUT", "/patrons/0440000001/notes",
                              json={"notes": "pays \u202etnuoc\u202c ok\x07\nline 2"})
    assert saved.json()["patron"]["notes"] == "pays tnuoc ok\nline 2"
    with central.store.locked():                  # a note stored before this rule
        central.store.update("patrons", "0440000001", notes="ok \u202eevil\u2069")
    assert librarian.get("/patrons/0440000001").json()["patron"]["notes"] == "ok evil"


# -- 5. no 5xx for bad input ---------------------------------------------------------------

def _push(api: Api, body: dict, clock: str | None = None) -> requests.Response:
    headers = {"X-Kiosk-Clock": clock} if clock else {}
    return api.post("/push", data=json.dumps(body), headers={
        "Content-Type": "application/json", **headers})


def _one(**over) -> dict:
    return {"transactions": [{"id": str(uuid.uuid4()), "seq": 1, "type": "checkin",
                              "occurred_at": iso(datetime.now(UTC)),
                              "payload": {"item": "x"}, **over}]}


def test_the_seven_inputs_that_were_500s_are_4xx(central, staff):
    api = Api(central)
    answers = {
        "seq 2^63": _push(api, _one(seq=2 ** 63)),
        "occurred_at +14:00 year 1": _push(api, _one(occurred_at="0001-01-01T00:00:00+14:00")),
        "clock 9999 -14:00": _push(api, _one(), clock="9999-12-31T23:59:59-14:00"),
        "lone surrogate": api.post("/push", data=json.dumps(_one()).replace(
            '"x"', '"\\ud800"'), headers={"Content-Type": "application/json"}),
        "heartbeat 2^63": api.post("/heartbeat", json={"outbox": 2 ** 63}),
        "cursor": api.get("/streams/items", params={"cursor": "1.-99999999999999999999999"}),
        "stats year 1": staff["supervisor"].get("/stats", params={"day": "0001-01-01"}),
    }
    assert {name: a.status_code for name, a in answers.items()} == {
        "seq 2^63": 422, "occurred_at +14:00 year 1": 422, "clock 9999 -14:00": 400,
        "lone surrogate": 422, "heartbeat 2^63": 422, "cursor": 400, "stats year 1": 422}
    assert all(set(a.json()) >= {"error", "detail"} for a in answers.values())


def test_a_body_over_the_limit_is_refused_before_it_is_read(central):
    big = b'{"code": "' + b"x" * 2_000_000 + b'"}'
    declared = requests.post(central.api + "/enrol", data=big, timeout=15,
                             headers={"Content-Type": "application/json"})
    assert declared.status_code == 413 and declared.json()["error"] == "too_large"
    chunked = requests.post(central.api + "/enrol", timeout=15,
                            data=(big[i:i + 65536] for i in range(0, len(big), 65536)),
                            headers={"Content-Type": "application/json"})
    assert chunked.status_code == 413


# -- 10. the device's clock ----------------------------------------------------------------

def test_a_backdated_checkin_of_an_overdue_loan_is_an_exception_with_the_real_fee(central):
    pick = Picker(central)
    (barcode,), (card,) = pick.items(), pick.patrons()
    kiosk = Api(central, central.enrol("back-dating kiosk")["token"])
    now = datetime.now(UTC).replace(microsecond=0)
    out = kiosk.act("checkout", {"patron": card, "item": barcode},
                    at=now - timedelta(days=40))
    assert out["status"] == "applied"
    due = datetime.fromisoformat(out["effect"]["due_at"])
    assert due < now - timedelta(days=2)
    # the kiosk reports an empty queue now, then pushes a checkin dated before the due date
    assert kiosk.post("/heartbeat", json={"outbox": 0}).status_code == 200
    back = kiosk.act("checkin", {"item": barcode}, at=due - timedelta(days=1))
    assert back["status"] == "conflict"
    assert back["effect"]["fee_fen"] > 0
    with central.store.lock:
        loan = central.store.row("SELECT returned_at FROM loans WHERE id = ?",
                                 (out["effect"]["loan_id"],))
    assert datetime.fromisoformat(loan["returned_at"]) >= now - timedelta(seconds=5)
    [exception] = [e for e in Api(central).get("/exceptions").json()
                   if back["id"] in e["txn_ids"]]
    assert exception["kind"] == "backdated_checkin" and exception["item"] == barcode


# -- 8. the access log ---------------------------------------------------------------------

def test_the_access_log_masks_cards_in_paths():
    assert masked_path("/api/v1/patrons/0440000004") == "/api/v1/patrons/****0004"
    assert masked_path("/api/v1/patrons/04A1B2C6/notes") == "/api/v1/patrons/****B2C6/notes"


def test_the_running_centre_logs_no_card_number(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tmp_path / "central.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "kiosk"), "central", "--demo", "--port",
             str(port), "--data-dir", str(tmp_path / "c")], stdout=out, stderr=out)
    try:
        base = f"http://127.0.0.1:{port}/api/v1"
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(base + "/time", timeout=2)
                break
            except requests.ConnectionError:
                assert server.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        token = requests.post(base + "/enrol", json={"code": "DEMO"}, timeout=15).json()["token"]
        answer = requests.get(base + "/patrons/0440000004", timeout=15,
                              headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200
        deadline = time.monotonic() + 30
        while "/patrons/" not in log.read_text():      # the access line is written after
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=30)
    text = log.read_text()
    assert "/patrons/****0004" in text and "0440000004" not in text
