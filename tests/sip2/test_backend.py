"""The SIP2 backend against pysip2's server with the in-memory library."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from kiosk.domain.reasons import Refusal
from kiosk.ports.backend import BackendUnavailable, Refused, Txn


def test_login_and_status_reach_the_acs(backend, library):
    status = backend.client.acs_status
    assert status.code == "98" and status.get("AO") == "TESTLIB"
    assert backend.offline_lending_allowed()
    assert [code for code, _ in library.log][:1] == ["93"]


def test_patron_authentication(backend):
    assert backend.authenticate("P0001", "1234", timeout=5)["name"] == "Zhang Xiaoming"
    with pytest.raises(Refused) as wrong:
        backend.authenticate("P0001", "9999", timeout=5)
    assert wrong.value.reason == "pin_wrong"
    with pytest.raises(Refused) as unknown:
        backend.authenticate("NOBODY", "1", timeout=5)
    assert unknown.value.reason == "patron_unknown"
    blocked = backend.check_patron("P0003", "0000")
    assert blocked.status.value == "blocked" and "charge privileges denied" in blocked.blocks


def test_borrow_renew_hold_return_and_item_information(backend, library):
    out = backend.checkout("P0001", "B0001")
    assert out.ok and out.title == "三体" and out.print_lines
    due = out.due_at
    assert library.items["B0001"].loan.card == "P0001"
    info = backend.item_info("B0001", timeout=5)
    assert info["item"]["status"] == "on_loan" and info["title"]["title"] == "三体"
    renewed = backend.renew("P0001", "B0001")
    assert renewed.ok and renewed.due_at > due
    refused = backend.checkout("P0002", "B0001")
    assert not refused.ok and refused.refusal.code == "rejected_by_centre"
    assert "Already on loan" in refused.refusal.message("en")
    hold = backend.place_hold("P0002", "B0001")
    assert hold.ok and hold.queue_position == "1"
    back = backend.checkin("B0001")
    assert back.ok and back.alert and back.sort_bin == "HOLDS"
    assert back.screen == ("Please hand this book to the desk",)
    assert library.items["B0001"].loan is None
    assert backend.cancel_hold("P0002", "B0001").ok
    assert library.items["B0001"].holds == []
    assert backend.item_info("NOPE", timeout=5) is None


def test_patron_information_lists_loans_holds_and_fees(backend, library):
    backend.checkout("P0002", "B0002")
    backend.place_hold("P0002", "B0003")
    account = backend.patron_info("P0002", timeout=5)
    assert account["patron"]["name"] == "Ada Lovelace"
    assert [loan["item_barcode"] for loan in account["loans"]] == ["B0002"]
    assert account["titles"][0]["title"] == "Structure and Interpretation"
    assert account["loans"][0]["due_at"] > datetime.now(UTC).isoformat()
    assert [h["status"] for h in account["holds"]] == ["waiting"]
    assert [f["amount_fen"] for f in account["fees"]] == [250]
    assert backend.patron_info("NOBODY", timeout=5) is None


def test_renew_all_fee_paid_and_end_session(backend, library):
    backend.checkout("P0002", "B0002")
    backend.checkout("P0002", "B0004")
    both = backend.renew_all("P0002")
    assert both.ok and sorted(both.renewed) == ["B0002", "B0004"]
    paid = backend.pay("P0002", 150)
    assert paid.ok and paid.screen == ("Paid 1.50 USD, thank you",)
    assert library.patrons["P0002"].fees == {"F1": Decimal("1.00")}
    assert not backend.pay("P0002", 5000).ok
    assert backend.end_session("P0002").ok


def test_push_delivers_each_act_once(backend, library):
    now = datetime.now(UTC)
    txns = [Txn("t1", 1, now, "checkout", {"patron": "P0001", "item": "B0003"}),
            Txn("t2", 2, now, "checkout", {"patron": "P0002", "item": "B0003"}),
            Txn("t3", 3, now, "checkin", {"item": "B0003"})]
    first = backend.push(txns, timeout=5)
    assert [r.status for r in first] == ["applied", "rejected", "applied"]
    assert first[0].effect["due_at"] and first[1].reason == "rejected_by_centre"
    again = backend.push(txns[:1], timeout=5)
    assert again[0].status == "duplicate" and again[0].effect == first[0].effect
    assert [c for c, _ in library.log].count("11") == 2


def test_offline_acts_replayed_after_the_acs_comes_back(settings, library):
    """The kiosk lent offline; the ILS came back; each act arrives once, as it happened."""
    from sync.sip2.backend import Sip2Backend
    from tests.sip2.relay import Relay

    lent_at = datetime(2026, 3, 1, 10, 30, tzinfo=UTC)
    offline_due = lent_at + timedelta(days=21)
    txns = [Txn("o1", 1, lent_at, "checkout",
                {"patron": "P0001", "item": "B0002", "due_at": offline_due.isoformat(),
                 "offline": True}),
            Txn("o2", 2, lent_at + timedelta(minutes=5), "checkin",
                {"item": "B0002", "offline": True}),
            Txn("o3", 3, lent_at + timedelta(minutes=6), "checkout",
                {"patron": "P0001", "item": "B0004", "due_at": offline_due.isoformat(),
                 "offline": True})]
    line = Relay(settings.port)
    backend = Sip2Backend(replace(settings, port=line.port))
    backend.start()
    line.close()
    with pytest.raises(BackendUnavailable):  # the ACS is out of reach
        backend.push(txns, timeout=2)
    library.log.clear()
    line.start()  # ... and back
    results = backend.push(txns, timeout=5)
    assert [r.status for r in results] == ["applied", "applied", "applied"]
    assert [r.status for r in backend.push(txns, timeout=5)] == ["duplicate"] * 3
    backend.close()
    line.close()
    codes = [code for code, _ in library.log]
    assert codes[0] == "93"  # logged in again after the ACS came back
    assert [code for code in codes if code in ("11", "09")] == ["11", "09", "11"]
    circ = [req for code, req in library.log if code in ("11", "09")]
    assert all(req.no_block == "Y" for req in circ)
    local = lent_at.astimezone().replace(tzinfo=None)
    assert circ[0].transaction_date == local.strftime("%Y%m%d    %H%M%S")
    assert circ[1].return_date == (local + timedelta(minutes=5)).strftime("%Y%m%d    %H%M%S")
    loan = library.items["B0004"].loan
    assert loan.start == local + timedelta(minutes=6)
    assert loan.due == offline_due.astimezone().replace(tzinfo=None)
    assert library.items["B0002"].loan is None


def test_no_offline_lending_when_the_acs_forbids_it(library):
    from sync.sip2.backend import Sip2Backend
    from sync.sip2.settings import Sip2Settings
    from tests.sip2.ils_server import INSTITUTION, LOCATION, PASSWORD, USER, serve_in_thread
    with serve_in_thread(library, offline_ok=False) as port:
        backend = Sip2Backend(Sip2Settings(port=port, user=USER, password=PASSWORD,
                                           location=LOCATION, institution=INSTITUTION))
        backend.start()
        assert backend.offline_lending_allowed() is False
        backend.close()


def test_refusal_text_comes_from_the_acs(backend):
    answer = backend.checkout("P0003", "B0001")
    assert isinstance(answer.refusal, Refusal)
    assert answer.refusal.params["detail"] == "Card blocked: please see staff"


def test_acts_the_acs_does_not_support_are_refused_not_sent(library):
    from sync.sip2.backend import Sip2Backend
    from sync.sip2.settings import Sip2Settings
    from tests.sip2.ils_server import INSTITUTION, LOCATION, PASSWORD, USER, serve_in_thread
    with serve_in_thread(library, unsupported=("15",)) as port:
        backend = Sip2Backend(Sip2Settings(port=port, user=USER, password=PASSWORD,
                                           location=LOCATION, institution=INSTITUTION))
        backend.start()
        result = backend.push([Txn("h1", 1, datetime.now(UTC), "hold",
                                   {"patron": "P0001", "title_id": "sip2:B0001"})], timeout=5)
        backend.close()
    assert result[0].status == "rejected" and "message 15" in result[0].message
    assert "15" not in [code for code, _ in library.log]


def test_lost_answer_before_a_restart_does_not_lend_twice(settings, library):
    """The checkout reached the ILS, the answer was lost, the terminal restarted:
    a fresh backend, told by the outbox that the act was tried before, checks
    the ILS and reports a duplicate instead of lending again."""
    from sync.sip2.backend import Sip2Backend

    now = datetime.now(UTC)
    first = Sip2Backend(settings)
    act = Txn("r1", 1, now, "checkout", {"patron": "P0001", "item": "B0002"})
    assert first.push([act], timeout=5)[0].status == "applied"
    first.close()                                   # ... its answer never stored
    library.log.clear()
    restarted = Sip2Backend(settings)
    retry = replace(act, previous_attempts=1)
    assert restarted.push([retry], timeout=5)[0].status == "duplicate"
    restarted.close()
    assert "11" not in [code for code, _ in library.log]
    never_tried = Txn("r2", 2, now, "checkout", {"patron": "P0001", "item": "B0004"})
    fresh = Sip2Backend(settings)
    assert fresh.push([never_tried], timeout=5)[0].status == "applied"
    fresh.close()
