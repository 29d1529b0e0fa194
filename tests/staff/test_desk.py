"""The desk page against the real centre: sign-in, finding patrons, circulation by
scanner and pad, overrides and fees, each checked where it lands (the centre's
records and audit log, the printer's bytes). The librarian's keyboard and mouse
only: fields are typed into, buttons clicked, shortcuts pressed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from central.accounts import add_staff
from tests.staff.conftest import (
    TYPING_MS,
    available_items,
    click,
    ime_commit,
    open_patron,
    scan_into,
    settle,
    sign_in,
    type_into,
)


def test_sign_in_refuses_a_wrong_password_then_locks_the_user(qtbot, window, central):
    add_staff(central.store, "temp", "right-password", "librarian")
    page = window.sign_in_page
    type_into(qtbot, page.user, "temp")
    for left in (4, 3, 2, 1):
        type_into(qtbot, page.password, "wrong", enter=True)
        qtbot.waitUntil(lambda left=left: f"{left} tries left" in page.error.text(),
                        timeout=10_000)
        assert not window.signed_in
    type_into(qtbot, page.password, "wrong", enter=True)
    qtbot.waitUntil(lambda: "locked" in page.error.text(), timeout=10_000)
    type_into(qtbot, page.password, "right-password", enter=True)   # locked: even the right one
    qtbot.waitUntil(lambda: "minutes" in page.error.text(), timeout=10_000)
    assert not window.signed_in


def test_librarian_signs_in_and_finds_patrons_by_name_card_tap_and_scan(qtbot, window):
    sign_in(qtbot, window)
    assert "librarian" in window.who.text()
    desk = window.desk
    ime_commit(qtbot, desk.find_field, "李", enter=True)
    qtbot.waitUntil(lambda: desk.results.isVisible() and desk.results.rowCount() > 1)
    assert all("李" in desk.results.text(r, 1) for r in range(desk.results.rowCount()))

    window.service.terminal.devices["card"].present("04A1B2C4")    # 李华's card on the reader
    qtbot.waitUntil(lambda: desk.account is not None and desk.account.patron.card == "0440000002",
                    timeout=10_000)
    assert "李华" in desk.name.text()
    assert desk.loans.rowCount() == 2 and desk.fees.rowCount() == 2
    assert desk.item_field.hasFocus()            # the next scan is an item

    qtbot.mouseClick(desk.loans.viewport(), Qt.MouseButton.LeftButton)                        # the scanner works wherever the focus is
    window.service.terminal.devices["scanner"].scan("0440000003")  # a card scanned: 王芳, blocked
    qtbot.waitUntil(lambda: desk.account is not None and desk.account.patron.card == "0440000003",
                    timeout=10_000)
    assert "blocked" in desk.blocks.text()
    assert desk.found.text() == "Scanned: the card of 王芳 (0440000003)"


def test_the_item_field_lends_items_only_and_the_patron_field_opens_patrons_only(
        qtbot, window):
    """The user guide's walkthrough: 白鹿原 to Emily Chen at the desk. A card number typed
    where an item belongs opens nobody; an item barcode in the patron field neither."""
    sign_in(qtbot, window)
    desk = window.desk
    baiyuan = next(c.item.barcode for c in window.service.terminal.catalogue.copies("R006")
                   if str(c.item.status) == "available")
    type_into(qtbot, desk.find_field, "0440000005", enter=True)
    qtbot.waitUntil(lambda: desk.account is not None and desk.account.patron.card == "0440000005",
                    timeout=10_000)
    type_into(qtbot, desk.item_field, baiyuan, enter=True)
    qtbot.waitUntil(lambda: len(desk.log) == 1, timeout=10_000)
    assert (desk.log[0]["barcode"], desk.log[0]["title"]) == (baiyuan, "白鹿原")
    assert desk.log[0]["result"].ok and desk.log[0]["card"] == "0440000005"

    type_into(qtbot, desk.item_field, "0440000004", enter=True)       # 陈小宇's card number
    qtbot.waitUntil(lambda: "not an item" in desk.outcome.text(), timeout=10_000)
    assert "陈小宇" in desk.outcome.text()
    assert desk.account.patron.card == "0440000005" and len(desk.log) == 1

    qtbot.keyClick(desk, Qt.Key.Key_F2)                 # F2: the patron field, its text selected
    qtbot.keyClicks(desk.find_field, baiyuan, delay=TYPING_MS)
    qtbot.keyClick(desk.find_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not a card" in desk.outcome.text(), timeout=10_000)
    assert "白鹿原" in desk.outcome.text() and desk.account.patron.card == "0440000005"


def test_a_scan_with_no_field_says_whether_it_found_a_card_or_an_item(qtbot, window):
    sign_in(qtbot, window)
    desk = window.desk
    open_patron(qtbot, window, "0440000001")
    [barcode] = available_items(window.service.replica, 1)
    title = window.service.identify(barcode).label
    qtbot.mouseClick(desk.loans.viewport(), Qt.MouseButton.LeftButton)
    window.service.terminal.devices["scanner"].scan(barcode)
    qtbot.waitUntil(lambda: len(desk.log) == 1, timeout=10_000)
    assert desk.found.text() == f"Scanned: item {barcode} «{title}»"
    assert desk.log[0]["result"].ok and desk.log[0]["card"] == "0440000001"
    qtbot.mouseClick(desk.loans.viewport(), Qt.MouseButton.LeftButton)                         # the item field had it after the loan
    window.service.terminal.devices["scanner"].scan("9999999999")
    qtbot.waitUntil(lambda: "neither" in desk.found.text(), timeout=10_000)
    assert len(desk.log) == 1 and desk.account.patron.card == "0440000001"


def test_a_refusal_is_overridden_with_a_reason_written_in_the_page_and_audited(
        qtbot, window, central):
    sign_in(qtbot, window)
    desk = window.desk
    open_patron(qtbot, window, "0440000003")       # blocked card
    [barcode] = available_items(window.service.replica, 1)
    scan_into(qtbot, desk.item_field, barcode)
    qtbot.waitUntil(lambda: len(desk.log) == 1, timeout=10_000)
    assert not desk.log[0]["result"].ok
    assert "The card is blocked" in desk.outcome.text() and "Ctrl+O" in desk.outcome.text()

    qtbot.keyClick(desk.item_field, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert desk.reason.isVisible() and desk.reason.text.hasFocus()
    assert not any(isinstance(w, QDialog) and w.isVisible()      # in the page, no stock dialog
                   for w in QApplication.topLevelWidgets())
    qtbot.keyClick(desk.reason.text, Qt.Key.Key_Escape)             # Esc: back to the item field
    assert not desk.reason.isVisible() and desk.item_field.hasFocus()

    qtbot.keyClick(desk.item_field, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(desk.reason.text, "card at home, identity checked", delay=TYPING_MS)
    qtbot.keyClick(desk.reason.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
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
    open_patron(qtbot, window, "0440000005")
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

    qtbot.keyClick(desk, Qt.Key.Key_F6)              # check-in mode
    qtbot.mouseClick(desk.loans.viewport(), Qt.MouseButton.LeftButton)                         # focus is NOT in the item field
    qtbot.keyClicks(desk.loans, items[0] + "\r")  # the wedge types the whole code at once
    qtbot.waitUntil(lambda: len(desk.log) == 3, timeout=15_000)
    assert desk.log[-1]["mode"] == "checkin" and desk.log[-1]["result"].ok
    assert desk.outcome.text().startswith("✓ Returned, to the shelf (")
    assert "SZL" not in desk.outcome.text()       # the shelf by its name, not its code
    assert central.store.row("SELECT returned_at FROM loans WHERE item_barcode = ? ORDER BY "
                             "out_at DESC", (items[0],))["returned_at"]


def test_renew_selected_loan(qtbot, window):
    sign_in(qtbot, window)
    desk = window.desk
    open_patron(qtbot, window, "0440000001")
    qtbot.mouseClick(desk.loans.viewport(), Qt.MouseButton.LeftButton,
                     pos=desk.loans.visualItemRect(desk.loans.item(0, 1)).center())
    qtbot.keyClick(desk.loans, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(desk.log) == 1, timeout=10_000)
    assert desk.log[0]["mode"] == "renew"
    assert desk.log[0]["result"].ok, desk.log[0]["result"]


def test_cash_by_librarian_waiver_only_by_supervisor_and_a_receipt(qtbot, window, central):
    sign_in(qtbot, window)
    desk = window.desk
    open_patron(qtbot, window, "0440000002")
    assert not desk.waive_button.isEnabled()      # a librarian may not waive
    qtbot.mouseClick(desk.account_tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=desk.account_tabs.tabBar().tabRect(2).center())
    row = [f.id for f in desk.fees.shown_values()].index("F00001")
    qtbot.mouseClick(desk.fees.viewport(), Qt.MouseButton.LeftButton,
                     pos=desk.fees.visualItemRect(desk.fees.item(row, 0)).center())
    qtbot.keyClick(desk.fees, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.last_settlement is not None, timeout=10_000)
    settle(qtbot, window)
    assert central.store.row("SELECT status FROM fees WHERE id = 'F00001'")["status"] == "paid"
    assert [f.id for f in desk.fees.shown_values()] == ["F00002"]
    qtbot.keyClick(desk.fees, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    printer = window.service.terminal.devices["printer"]
    assert printer.receipts and "3.90" in printer.receipts[-1].lines[0]

    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)   # sign out
    assert not window.signed_in
    sign_in(qtbot, window, "supervisor")
    open_patron(qtbot, window, "0440000002")
    assert desk.waive_button.isEnabled()
    click(qtbot, window, "Waive… (Ctrl+Shift+W)")
    qtbot.keyClicks(desk.reason.text, "tag damaged by the library's machine", delay=TYPING_MS)
    click(qtbot, window, "Confirm (Ctrl+Enter)")
    qtbot.waitUntil(lambda: desk.fees.rowCount() == 0 and desk.last_settlement is not None,
                    timeout=10_000)
    assert central.store.row("SELECT status FROM fees WHERE id = 'F00002'")["status"] == "waived"
    audit = central.store.row("SELECT * FROM audit WHERE action = 'waive' ORDER BY id DESC")
    assert audit["by"] == "supervisor" and "damaged" in audit["reason"]
