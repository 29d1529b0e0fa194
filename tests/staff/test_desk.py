"""The desk page against the real centre: sign-in, finding patrons, circulation by
scanner and pad, overrides and fees, each checked where it lands (the centre's
records and audit log, the printer's bytes)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from central.accounts import add_staff
from tests.staff.conftest import available_items, settle, sign_in


def test_sign_in_refuses_a_wrong_password_then_locks_the_user(qtbot, window, central):
    add_staff(central.store, "temp", "right-password", "librarian")
    page = window.sign_in_page
    page.user.setText("temp")
    for left in (4, 3, 2, 1):
        page.password.setText("wrong")
        page.sign_in()
        qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
        assert f"{left} tries left" in page.error.text()
        assert not window.signed_in
    page.password.setText("wrong")
    page.sign_in()
    qtbot.waitUntil(lambda: "locked" in page.error.text(), timeout=10_000)
    page.password.setText("right-password")      # locked: even the right one is refused
    page.sign_in()
    qtbot.waitUntil(lambda: "minutes" in page.error.text(), timeout=10_000)
    assert not window.signed_in


def test_librarian_signs_in_and_finds_patrons_by_name_card_tap_and_scan(qtbot, window):
    sign_in(qtbot, window)
    assert "librarian" in window.who.text()
    desk = window.desk
    desk.find_field.setText("李")
    qtbot.keyClick(desk.find_field, Qt.Key_Return)
    qtbot.waitUntil(lambda: desk.results.isVisible() and desk.results.rowCount() > 1)
    assert all("李" in desk.results.text(r, 1) for r in range(desk.results.rowCount()))

    window.service.terminal.devices["card"].present("04A1B2C4")    # 李华's card on the reader
    qtbot.waitUntil(lambda: desk.account is not None and desk.account.patron.card == "0440000002",
                    timeout=10_000)
    assert "李华" in desk.name.text()
    assert desk.loans.rowCount() == 2 and desk.fees.rowCount() == 2
    assert desk.item_field.hasFocus()            # the next scan is an item

    window.service.terminal.devices["scanner"].scan("0440000003")  # a card scanned: 王芳, blocked
    qtbot.waitUntil(lambda: desk.account is not None and desk.account.patron.card == "0440000003",
                    timeout=10_000)
    assert "blocked" in desk.blocks.text()


def test_a_refusal_is_overridden_with_a_reason_and_audited(qtbot, window, central):
    sign_in(qtbot, window)
    desk = window.desk
    desk.open_patron("0440000003")                # blocked card
    settle(qtbot, window)
    [barcode] = available_items(window.service.replica, 1)
    desk.item_field.setText(barcode)
    qtbot.keyClick(desk.item_field, Qt.Key_Return)
    qtbot.waitUntil(lambda: len(desk.log) == 1, timeout=10_000)
    assert not desk.log[0]["result"].ok
    assert "Ctrl+O" in desk.outcome.text()

    qtbot.keyClick(desk.item_field, Qt.Key_O, Qt.ControlModifier)
    assert desk.dialog is not None and desk.dialog.isVisible()
    qtbot.keyClicks(desk.dialog.text, "card at home, identity checked")
    desk.dialog._accept()
    qtbot.waitUntil(lambda: desk.log and desk.log[-1]["result"].ok, timeout=10_000)
    assert "overridden" in desk.outcome.text()
    loan = central.store.row("SELECT patron_card FROM loans WHERE item_barcode = ? AND "
                             "returned_at IS NULL", (barcode,))
    assert loan == {"patron_card": "0440000003"}
    audit = central.store.row("SELECT * FROM audit WHERE action = 'override' AND txn_id = ?",
                              (desk.log[-1]["result"].txn_id,))
    assert audit["by"] == "librarian" and audit["reason"] == "card at home, identity checked"
    assert audit["refusal"] == "patron_blocked"


def test_many_items_on_the_pad_are_checked_out_and_the_scanner_checks_in_without_a_click(
        qtbot, window, central):
    sign_in(qtbot, window)
    desk = window.desk
    desk.open_patron("0440000005")
    settle(qtbot, window)
    pad = window.service.terminal.devices["rfid"]
    items = available_items(window.service.replica, 2)
    for barcode in items:
        pad.place(pad.make_tag(barcode, "CN-518000-SZL"))
    qtbot.waitUntil(lambda: len(desk.log) == 2, timeout=15_000)
    assert all(e["result"].ok for e in desk.log), [e["result"] for e in desk.log]
    for barcode in items:
        assert central.store.row("SELECT 1 FROM loans WHERE item_barcode = ? AND patron_card = "
                                 "'0440000005' AND returned_at IS NULL", (barcode,))
    assert all(t.afi == pad.afi_on_loan for t in pad.inventory())   # security switched

    qtbot.keyClick(desk, Qt.Key_F6)              # check-in mode
    desk.loans.setFocus()                         # focus is NOT in the item field
    qtbot.keyClicks(desk.loans, items[0] + "\r")  # the wedge types the whole code at once
    qtbot.waitUntil(lambda: len(desk.log) == 3, timeout=15_000)
    assert desk.log[-1]["mode"] == "checkin" and desk.log[-1]["result"].ok
    assert central.store.row("SELECT returned_at FROM loans WHERE item_barcode = ? ORDER BY "
                             "out_at DESC", (items[0],))["returned_at"]


def test_renew_selected_loan(qtbot, window):
    sign_in(qtbot, window)
    desk = window.desk
    desk.open_patron("0440000001")
    settle(qtbot, window)
    desk.account_tabs.setCurrentIndex(0)
    desk.loans.selectRow(0)
    qtbot.keyClick(desk.loans, Qt.Key_R, Qt.ControlModifier)
    qtbot.waitUntil(lambda: len(desk.log) == 1, timeout=10_000)
    assert desk.log[0]["mode"] == "renew"
    assert desk.log[0]["result"].ok, desk.log[0]["result"]


def test_cash_by_librarian_waiver_only_by_supervisor_and_a_receipt(qtbot, window, central):
    sign_in(qtbot, window)
    desk = window.desk
    desk.open_patron("0440000002")
    settle(qtbot, window)
    assert not desk.waive_button.isEnabled()      # a librarian may not waive
    desk.account_tabs.setCurrentIndex(2)
    rows = [f.id for f in desk.fees.values]
    desk.fees.selectRow(rows.index("F00001"))
    qtbot.keyClick(desk.fees, Qt.Key_M, Qt.ControlModifier)
    qtbot.waitUntil(lambda: desk.last_settlement is not None, timeout=10_000)
    settle(qtbot, window)
    assert central.store.row("SELECT status FROM fees WHERE id = 'F00001'")["status"] == "paid"
    assert [f.id for f in desk.fees.values] == ["F00002"]
    qtbot.keyClick(desk.fees, Qt.Key_P, Qt.ControlModifier)
    settle(qtbot, window)
    printer = window.service.terminal.devices["printer"]
    assert printer.receipts and "3.90" in printer.receipts[-1].lines[0]

    window.sign_out()
    sign_in(qtbot, window, "supervisor")
    desk.open_patron("0440000002")
    settle(qtbot, window)
    assert desk.waive_button.isEnabled()
    desk.ask_waive()
    desk.dialog.text.setPlainText("tag damaged by the library's own machine")
    desk.dialog._accept()
    qtbot.waitUntil(lambda: desk.fees.rowCount() == 0 and desk.last_settlement is not None,
                    timeout=10_000)
    assert central.store.row("SELECT status FROM fees WHERE id = 'F00002'")["status"] == "waived"
    audit = central.store.row("SELECT * FROM audit WHERE action = 'waive' ORDER BY id DESC")
    assert audit["by"] == "supervisor" and "damaged" in audit["reason"]
