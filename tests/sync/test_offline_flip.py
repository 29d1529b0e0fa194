"""The line drops in the middle of an act.

The terminal takes the online/offline state once, at the start of an act; an
act that began online and got no answer stands offline only within the
offline policy. Here the reader's cap is one offline loan: the first loan made
while the centre is away stands (and its loan row and outbox row agree that it
is offline); after the centre confirmed it, the line drops again unnoticed and
the next loan, begun online, would be the reader's second offline loan: it is
withdrawn, with the reason, and nothing of it is left or ever sent.
"""
from __future__ import annotations

from tests.sync.terminals import centre_open_loans, free_items

ZHANG = "0440000001"


def test_an_act_begun_online_is_held_to_the_offline_cap(make_terminal, central):
    term = make_terminal(KIOSK_OFFLINE_MAX_LOANS_PER_PATRON=1)
    first, second = free_items(term.replica, 2)
    assert term.status.online

    central.stop()                                  # the line drops; nobody noticed yet
    stood = term.circulation.checkout(ZHANG, first)
    assert stood.ok and stood.offline
    entry = term.replica.outbox.get(stood.txn_id)
    loan = term.replica.open_loan(first)
    assert entry.pending and entry.offline and entry.payload["offline"] is True
    assert loan is not None and loan.offline and loan.patron_card == ZHANG

    central.start()
    assert term.engine.sync_now().state == "online"
    assert len(centre_open_loans(central, first)) == 1

    central.stop()                                  # drops again, mid-way through the next act
    assert term.status.online
    refused = term.circulation.checkout(ZHANG, second)
    assert not refused.ok and refused.refusal.code == "offline_cap"
    assert refused.refusal.params == {"limit": 1}
    withdrawn = term.replica.outbox.get(refused.txn_id)
    assert withdrawn.state == "withdrawn" and not withdrawn.pending
    assert term.replica.open_loan(second) is None
    assert term.replica.get_item(second).status == "available"

    central.start()
    assert term.engine.sync_now().state == "online"
    assert centre_open_loans(central, second) == []
    assert term.replica.outbox.get(refused.txn_id).state == "withdrawn"
    assert term.status.outbox == 0
