"""A terminal and the real central server: pull, the one path online, rejection,
stream reset, clock skew, heartbeat, payments."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import requests

from sync.outbox import Outbox
from sync.rest_backend import RestBackend
from tests.sync.terminals import centre_open_loans, free_items

ZHANG, LI = "0440000001", "0440000002"


def test_initial_pull_copies_the_centre(make_terminal, central):
    term = make_terminal()
    counts = term.replica.counts()
    for table in ("titles", "items", "patrons", "loans", "holds", "fees",
                  "locations", "policies"):
        centre = central.store.row(f"SELECT count(*) AS n FROM {table}")["n"]
        assert counts[table] == centre, table
    assert counts["patron_cards"] == 0     # a terminal, and this centre keys no chip UIDs
    assert term.replica.patron_pin_hash(ZHANG) is None        # not asked for, not sent
    cursors = term.engine.replica.stream_cursors()
    assert set(cursors) == set(term.backend.streams)
    assert term.engine.pull_all() == dict.fromkeys(term.backend.streams, 0)
    assert term.replica.search("三体")[0].title.title == "三体"
    assert term.circulation.login_uid("04A1B2C3").card == ZHANG


def test_a_first_pull_ends_with_the_copies_indexes(make_terminal):
    """The first pull of the items stream (several pages) builds the indexes it
    left out, and counts the copies it did not count, while the copies arrived."""
    term = make_terminal(sync=False)
    assert term.engine.sync_now().state == "online"
    assert term.engine.page_size < term.replica.counts()["items"]
    names = {r[0] for r in term.replica.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items'")}
    assert {"items_title", "items_call", "items_rfid"} <= names
    miscounted = term.replica.conn.execute(
        "SELECT count(*) FROM titles WHERE holdings != "
        "(SELECT count(*) FROM items WHERE items.title_id = titles.id)").fetchone()[0]
    assert miscounted == 0, "every title's copies are counted for the search's rank"


def test_online_checkout_takes_the_centres_values(make_terminal, central):
    term = make_terminal()
    barcode = free_items(term.replica, 1)[0]
    result = term.circulation.checkout(ZHANG, barcode)
    assert result.ok and not result.offline
    [loan] = centre_open_loans(central, barcode)
    local = term.replica.open_loan(barcode)
    assert local.id == loan["id"] and not local.id.startswith("local-")
    assert local.due_at == result.due_at == datetime.fromisoformat(loan["due_at"])
    assert Outbox(term.replica).get(result.txn_id).state == "applied"
    back = term.circulation.checkin(barcode)
    assert back.ok and not back.offline and back.route == "shelf"
    assert centre_open_loans(central, barcode) == []
    assert term.status.outbox == 0


def test_centre_rejection_undoes_the_local_effect(make_terminal, central):
    term = make_terminal()
    other = make_terminal("t2")
    barcode = free_items(term.replica, 1)[0]
    assert other.circulation.checkout(LI.replace("2", "4"), barcode).ok   # t1 has not pulled
    result = term.circulation.checkout(ZHANG, barcode)
    assert not result.ok and result.refusal.code == "item_on_loan"
    assert Outbox(term.replica).get(result.txn_id).state == "rejected"
    # undone locally, and the copy taken fresh from the centre: lent to the other reader
    assert term.replica.conn.execute("SELECT count(*) FROM loans WHERE id LIKE 'local-%'"
                                     ).fetchone()[0] == 0
    [loan] = centre_open_loans(central, barcode)
    assert term.replica.open_loan(barcode).id == loan["id"]
    assert term.replica.get_item(barcode).status == "on_loan"
    term.engine.sync_now()
    assert term.replica.open_loan(barcode).patron_card == "0440000004"
    assert term.status.rejected == 1 and term.status.outbox == 0


def test_stream_reset_takes_the_stream_again(make_terminal, central):
    term = make_terminal()
    before = term.replica.counts()["items"]
    stale = "STALE-ITEM"
    with term.replica.transaction():
        term.replica.upsert("items", [{"barcode": stale, "title_id": "R001"}])
    central.store.reset_stream("items")
    assert term.engine.sync_now().state == "online"
    assert term.replica.get_item(stale) is None                # dropped with the old stream
    assert term.replica.counts()["items"] == before
    assert term.engine.replica.stream_cursor("items").startswith("2.")


def test_clock_skew_stops_pushing_and_keeps_the_outbox(make_terminal, central, tmp_path):
    term = make_terminal()
    term.engine.backend = skewed = RestBackend(
        central.url, central.token, clock=lambda: datetime.now(UTC) + timedelta(hours=1))
    barcode = free_items(term.replica, 1)[0]
    result = term.circulation.checkout(ZHANG, barcode)
    assert result.ok and result.offline                        # stands offline
    status = term.engine.sync_now()
    assert status.state == "clock_skew" and status.skew_s > 3000 and status.outbox == 1
    assert centre_open_loans(central, barcode) == []
    skewed.close()
    term.engine.backend = term.backend                          # the clock is fixed
    assert term.engine.sync_now().state == "online"
    assert len(centre_open_loans(central, barcode)) == 1 and term.status.outbox == 0


def test_heartbeat_reaches_the_fleet_list(make_terminal, central):
    term = make_terminal()
    term.engine.send_heartbeat()
    fleet = requests.get(central.api + "/fleet", headers=central.headers(), timeout=5).json()
    me = next(d for d in fleet if d["device_id"] == central.device_id)
    assert me["outbox"] == 0 and me["online"] is True


def test_account_online_is_fresh_and_holds_round_trip(make_terminal, central):
    term = make_terminal()
    circ = term.circulation
    title = term.replica.conn.execute(
        "SELECT t.id FROM titles t WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.title_id = t.id "
        "AND i.status = 'available') AND NOT EXISTS (SELECT 1 FROM holds h WHERE "
        "h.title_id = t.id) LIMIT 1").fetchone()[0]
    placed = circ.place_hold(ZHANG, title, "FT")
    assert placed.ok and not placed.offline
    view = circ.account(ZHANG)
    assert not view.stale
    hold = next(h for h in view.holds if h.hold.title_id == title)
    assert not hold.hold.id.startswith("local-") and "Futian" in hold.pickup_name
    assert circ.cancel_hold(ZHANG, hold.hold.id).ok
    assert central.store.row("SELECT status FROM holds WHERE id = ?",
                             (hold.hold.id,))["status"] == "cancelled"


def test_login_with_pin_is_checked_by_the_centre(make_terminal):
    term = make_terminal()
    import pytest

    from kiosk.services import LoginRefused
    assert term.circulation.login_card(ZHANG, "1234").card == ZHANG
    with pytest.raises(LoginRefused) as exc:
        term.circulation.login_card(ZHANG, "0000")
    assert exc.value.refusal.code == "pin_wrong" and "left" in exc.value.refusal.params


def test_payment_online_only_and_recorded_through_the_outbox(make_terminal, central):
    term = make_terminal()
    fees = [f.id for f in term.circulation.account(LI).fees]
    order = term.payments.start(LI, fees)
    assert order.status == "pending" and order.amount_fen > 0
    assert requests.post(order.pay_url, timeout=5).status_code < 400      # the reader pays
    assert term.payments.status(order.order_id).status == "paid"
    pay = [e for e in Outbox(term.replica).entries() if e.type == "pay"]
    assert len(pay) == 1 and pay[0].state == "applied"
    assert term.circulation.account(LI).fees == ()
    central.stop()
    import pytest

    from kiosk.services import PaymentRefused
    with pytest.raises(PaymentRefused) as exc:
        term.payments.start(LI, fees)
    assert exc.value.refusal.code == "offline_not_allowed"
