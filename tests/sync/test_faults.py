"""Nothing is lost and nothing is applied twice when the network or the centre
misbehaves: the centre's own fault injection (POST /_faults) on the push path."""
from __future__ import annotations

import time

import pytest

from sync.outbox import Outbox
from tests.sync.terminals import centre_open_loans, free_items

ZHANG = "0440000001"
PUSH = "/api/v1/push"


@pytest.mark.parametrize("mode", ["500", "reset", "slow", "lose_answer"])
def test_act_stands_offline_then_is_applied_exactly_once(make_terminal, central, mode):
    term = make_terminal()
    barcode = free_items(term.replica, 1)[0]
    central.arm_fault(mode, count=1, path=PUSH, delay_s=4)        # 4 s > the 2 s timeout
    result = term.circulation.checkout(ZHANG, barcode)
    assert result.ok and result.offline
    entry = Outbox(term.replica).get(result.txn_id)
    assert entry.pending and entry.offline and entry.payload["offline"] is True
    if mode == "lose_answer":                                   # the centre did commit
        assert len(centre_open_loans(central, barcode)) == 1
    central.clear_faults()
    assert term.engine.sync_now().state == "online"
    [loan] = centre_open_loans(central, barcode)
    entry = Outbox(term.replica).get(result.txn_id)
    assert entry.state == "applied" and entry.attempts == 2
    # a slow answer the terminal gave up on may or may not have been committed (the
    # server notices the client left); either way the second delivery is the only loan
    expected = {"500": {"applied"}, "reset": {"applied"}, "lose_answer": {"duplicate"},
                "slow": {"applied", "duplicate"}}[mode]
    assert entry.result["status"] in expected
    assert term.replica.open_loan(barcode).id == loan["id"]
    assert term.status.outbox == 0


def test_server_down_acts_queue_in_order_and_drain_once(make_terminal, central):
    term = make_terminal()
    items = free_items(term.replica, 3)
    central.stop()
    results = [term.circulation.checkout(ZHANG, b) for b in items]
    results.append(term.circulation.checkin(items[0]))
    assert all(r.ok and r.offline for r in results)
    assert term.engine.sync_now().state == "offline"
    assert term.status.outbox == 4
    central.start()
    assert term.engine.sync_now().state == "online"
    assert [len(centre_open_loans(central, b)) for b in items] == [0, 1, 1]
    # the checkin came after its checkout: the closed loan is that very loan
    closed = central.store.rows("SELECT * FROM loans WHERE item_barcode = ? AND patron_card = ?",
                                (items[0], ZHANG))
    assert len(closed) == 1 and closed[0]["returned_at"] is not None
    seqs = [e.seq for e in reversed(Outbox(term.replica).entries())]
    assert seqs == sorted(seqs) and term.status.outbox == 0


def test_the_engine_thread_retries_on_its_own(make_terminal, central):
    """Backoff retries happen with nothing new written."""
    term = make_terminal()
    barcode = free_items(term.replica, 1)[0]
    states = []
    term.engine.subscribe_state(lambda status: states.append(status.state))
    central.arm_fault("500", count=3, path=PUSH)
    assert term.circulation.checkout(ZHANG, barcode).offline
    term.engine.start()
    deadline = time.monotonic() + 30
    while term.status.outbox and time.monotonic() < deadline:
        time.sleep(0.05)
    term.engine.stop()
    assert term.status.outbox == 0 and len(centre_open_loans(central, barcode)) == 1
    assert states[0] == "offline" and states[-1] == "online"
