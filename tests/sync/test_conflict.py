"""Two terminals offline lend the same copy: the centre keeps one loan open,
puts the case on the exceptions list, and both terminals converge."""
from __future__ import annotations

import requests

from tests.sync.terminals import centre_open_loans, free_items


def test_two_offline_checkouts_of_one_item(make_terminal, central):
    t1, t2 = make_terminal("t1"), make_terminal("t2")
    barcode = free_items(t1.replica, 1)[0]
    central.stop()
    first = t1.circulation.checkout("0440000001", barcode)
    second = t2.circulation.checkout("0440000006", barcode)
    assert first.ok and first.offline and second.ok and second.offline
    central.start()
    assert t1.engine.sync_now().state == "online"
    assert t2.engine.sync_now().state == "online"
    t1.engine.sync_now()
    [loan] = centre_open_loans(central, barcode)
    assert loan["patron_card"] == "0440000006"           # the later checkout holds the book
    assert t2.status.conflicts == 1 and t1.status.conflicts == 0
    cases = requests.get(central.api + "/exceptions?status=open", headers=central.headers(),
                         timeout=5).json()
    [case] = [c for c in cases if c["item"] == barcode]
    assert case["kind"] == "double_checkout"
    assert set(case["patrons"]) == {"0440000001", "0440000006"}
    for term in (t1, t2):
        assert term.replica.open_loan(barcode).patron_card == "0440000006"
        assert term.replica.conn.execute(
            "SELECT count(*) FROM loans WHERE item_barcode = ? AND returned_at IS NULL",
            (barcode,)).fetchone()[0] == 1


def test_a_reader_lent_a_copy_again_offline_keeps_the_one_loan(make_terminal, central):
    """The copy is already on loan to this reader at the centre; a terminal that
    does not know it yet lends it to the same reader offline. The centre answers
    with the loan the reader has, and both terminals show that one loan."""
    t1, t2 = make_terminal("t1"), make_terminal("t2")
    barcode = free_items(t1.replica, 1)[0]
    online = t1.circulation.checkout("0440000001", barcode)
    assert online.ok and not online.offline
    [loan] = centre_open_loans(central, barcode)
    central.stop()
    again = t2.circulation.checkout("0440000001", barcode)
    assert again.ok and again.offline
    central.start()
    assert t2.engine.sync_now().state == "online"
    t1.engine.sync_now()
    assert centre_open_loans(central, barcode) == [loan]
    entry = t2.replica.outbox.get(again.txn_id)
    assert entry.state == "applied" and entry.result["effect"]["loan_id"] == loan["id"]
    for term in (t1, t2):
        assert term.replica.conn.execute(
            "SELECT id, patron_card FROM loans WHERE item_barcode = ? AND returned_at IS NULL",
            (barcode,)).fetchall() == [(loan["id"], "0440000001")]
