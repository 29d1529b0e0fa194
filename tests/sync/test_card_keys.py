"""A terminal holds no reader's card number (issue 16): with a deployment secret
the centre names every reader a terminal receives by the card's key
(kiosk.domain.card_keys), the terminal keys a card it is shown the same way,
and the centre turns a key back into the card wherever a terminal names one.

A real centre on loopback, devices enrolled through POST /enrol, real replica
files read back with sqlite3 and as bytes (the file and its WAL)."""
from __future__ import annotations

import sqlite3

import requests

from central.store import CentralStore
from kiosk.app import build_desk, build_terminal
from kiosk.domain.card_keys import card_key, is_card_key
from kiosk.logs import mask_card
from tests.central_server import running_central
from tests.sync.terminals import centre_open_loans, free_items
from tests.sync.test_device_kinds import SECRET, _enrolled, _file_bytes, _secret_file

ZHANG, LI = "0440000001", "0440000002"          # LI owes a fee (kiosk/demo_data.py)
LI_UID = "04a1b2c4"
PUSH = "/api/v1/push"


def _cards_in(config, cards: list[str]) -> list[str]:
    """The card numbers found anywhere in the terminal's replica file and its WAL."""
    raw = _file_bytes(config)
    return [card for card in cards if card.encode() in raw]


def _named_readers(config) -> set[str]:
    """Every value of every column of the replica that names a reader."""
    with sqlite3.connect(config.replica_path) as db:
        return {row[0] for sql in ("SELECT card FROM patrons", "SELECT card FROM patron_cards",
                                   "SELECT patron_card FROM loans",
                                   "SELECT patron_card FROM holds",
                                   "SELECT patron_card FROM fees") for row in db.execute(sql)}


def test_a_terminal_holds_no_card_number_and_readers_still_do_everything(tmp_path):
    with running_central(tmp_path, demo=True, faults=True,
                         offline_pin_secret=SECRET) as central:
        cards = [r["card"] for r in central.store.rows("SELECT card FROM patrons")]
        cfg = _enrolled(tmp_path, central, "kiosk-1", "terminal",
                        KIOSK_OFFLINE_PIN_SECRET_FILE=_secret_file(tmp_path),
                        KIOSK_OFFLINE_REPLICATE_PIN_HASHES="true")
        desk_cfg = _enrolled(tmp_path, central, "desk-1", "desk")
        term = build_terminal(cfg)
        desk, _ = build_desk(desk_cfg, devices=False)
        circ = term.circulation
        try:
            assert term.engine.sync_now().state == "online"
            named = _named_readers(cfg)
            assert len(named) > 200 and all(is_card_key(n) for n in named)
            assert _cards_in(cfg, cards) == []

            # online: a typed card with its PIN; the session names the reader by the key,
            # which masks as the card does (the receipt, the screens)
            session = circ.login_card(ZHANG, "1234")
            key = card_key(SECRET, ZHANG)
            assert not session.offline and session.card == key
            assert mask_card(session.card) == mask_card(ZHANG) == "****0001"
            assert circ.identify(ZHANG) == "patron"           # a scanned card barcode
            first, second, third = free_items(term.replica, 3)
            assert circ.checkout(session.card, first).ok
            assert circ.checkout(ZHANG, second).ok              # the clear card still works
            assert circ.renew(session.card, first).ok
            title_id = term.replica.get_item(third).title_id
            held = circ.place_hold(session.card, title_id, "SZL", advance=True)
            assert held.ok and not held.offline, held
            assert [loan["patron_card"] for barcode in (first, second)
                    for loan in centre_open_loans(central, barcode)] == [ZHANG, ZHANG]
            assert centre_open_loans(central, first)[0]["renewals"] == 1
            assert central.store.row("SELECT patron_card FROM holds WHERE title_id = ? AND "
                                     "status IN ('pending', 'waiting') ORDER BY placed_at "
                                     "DESC LIMIT 1", (title_id,))["patron_card"] == ZHANG

            # a tap, then the PIN: the terminal knows the reader only by the key
            tapped = circ.card_for_uid(LI_UID)
            assert tapped == card_key(SECRET, LI)
            assert not circ.login_card(tapped, "1234").offline
            fees = [f.id for f in circ.account(tapped).fees]
            assert fees
            order = term.payments.start(tapped, fees)
            assert central.store.row("SELECT patron_card FROM orders WHERE id = ?",
                                     (order.order_id,))["patron_card"] == LI
            assert requests.post(central.api + f"/pay/{order.order_id}", timeout=10).ok
            # paid on the phone; the centre fails to take the pay act: it waits in the
            # outbox, and the centre takes it later as the act of the order's reader (a
            # `pay` naming another reader than the order's is rejected)
            central.arm_fault("500", count=1, path=PUSH)
            assert term.payments.status(order.order_id).status == "paid"
            assert term.status.outbox == 1
            central.clear_faults()
            assert term.engine.sync_now().state == "online"
            assert term.status.outbox == 0
            assert [t["status"] for t in central.store.rows(
                "SELECT status FROM txns WHERE type = 'pay'")] == ["applied"]
            paid = central.store.rows(f"SELECT patron_card, status FROM fees WHERE id IN "
                                      f"({','.join('?' * len(fees))})", fees)
            assert {(f["patron_card"], f["status"]) for f in paid} == {(LI, "paid")}
            assert _cards_in(cfg, cards) == []

            # offline: by card and PIN, by tap, by tap and PIN, by a presented card (e-card)
            central.stop()
            assert term.engine.sync_now().state == "offline"
            assert circ.login_card(ZHANG, "1234").offline
            assert circ.login_uid("04A1B2C3").card == key
            assert circ.login_card(circ.card_for_uid(LI_UID), "1234").offline
            assert circ.login_card(ZHANG, None).offline
            lent = circ.checkout(key, third)
            assert lent.ok and lent.offline
            renewed = circ.renew(ZHANG, second)
            assert renewed.ok and renewed.offline
            assert _cards_in(cfg, cards) == []          # the queued acts name keys too

            central.start()
            assert term.engine.sync_now().state == "online"
            assert term.status.outbox == 0
            [offline_loan] = centre_open_loans(central, third)
            assert offline_loan["patron_card"] == ZHANG
            assert centre_open_loans(central, second)[0]["renewals"] == 1
            assert all(is_card_key(n) for n in _named_readers(cfg))
            assert _cards_in(cfg, cards) == []

            # a desk sees the cards themselves
            assert desk.engine.sync_now().state == "online"
            assert desk.replica.get_patron(ZHANG) is not None
            assert desk.replica.open_loan(third).patron_card == ZHANG
            assert not any(is_card_key(n) for n in _named_readers(desk_cfg))
        finally:
            term.close()
            desk.close()


def test_what_a_terminal_is_answered_names_readers_by_key(tmp_path):
    """/auth, /patrons/{key}, /items/{barcode} and a payment order, asked with a
    terminal's token: the key, never the card; a desk's token: the card."""
    with running_central(tmp_path, demo=True, offline_pin_secret=SECRET) as central:
        terminal = central.headers()
        desk = central.headers(central.enrol("desk-1", kind="desk")["token"])
        key = card_key(SECRET, LI)
        auth = requests.post(central.api + "/auth", json={"card": key, "pin": "1234"},
                             headers=terminal, timeout=10).json()
        assert auth["patron"]["card"] == key
        account = requests.get(central.api + f"/patrons/{key}", headers=terminal,
                               timeout=10).json()
        assert account["patron"]["card"] == key and account["fees"] and account["loans"]
        assert {r["patron_card"] for t in ("loans", "fees") for r in account[t]} == {key}
        barcode = account["loans"][0]["item_barcode"]
        item = requests.get(central.api + f"/items/{barcode}", headers=terminal,
                            timeout=10).json()
        assert item["loan"]["patron_card"] == key
        order = requests.post(central.api + "/payments", headers=terminal, timeout=10, json={
            "patron": key, "fee_ids": [account["fees"][0]["id"]]})
        assert order.status_code == 201 and order.json()["patron"] == key
        at_desk = requests.get(central.api + f"/patrons/{key}", headers=desk, timeout=10).json()
        assert at_desk["patron"]["card"] == LI
        assert {r["patron_card"] for r in at_desk["loans"]} == {LI}


def test_the_centre_finds_a_card_by_its_key_and_rebuilds_its_keys_for_a_new_secret(tmp_path):
    store = CentralStore(tmp_path / "central.db")
    try:
        store.load({"patrons": [{"card": ZHANG, "name": "张晓明", "card_type": "pengcheng"}]})
        old, new = b"the-old-deployment-secret", b"the-new-deployment-secret"
        assert store.use_card_secret(old)
        assert store.card_of(card_key(old, ZHANG)) == ZHANG
        assert not store.use_card_secret(old)           # a restart with the same secret
        assert store.use_card_secret(new)
        assert store.card_of(card_key(new, ZHANG)) == ZHANG
        assert store.card_of(card_key(old, ZHANG)) == card_key(old, ZHANG)   # unknown now
        store.load({"patrons": [{"card": LI, "name": "李华", "card_type": "pengcheng"}]})
        assert store.card_of(card_key(new, LI)) == LI   # a patron written later
        with store.locked():
            store.remove("patrons", LI)
        assert store.card_of(card_key(new, LI)) == card_key(new, LI)
    finally:
        store.close()


def test_a_key_ends_as_its_card_and_is_told_from_a_card():
    key = card_key(SECRET, ZHANG)
    assert key.endswith(ZHANG[-4:]) and is_card_key(key) and not is_card_key(ZHANG)
    assert ZHANG not in key and card_key(SECRET, key) == key == card_key(SECRET, f" {ZHANG} ")
    assert card_key(b"another-deployment-secret", ZHANG) != key
    assert card_key(SECRET, LI) != key
