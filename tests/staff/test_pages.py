"""The desk's other pages against the real centre: holds shelf with slips, exceptions
made by offline terminals or by an override and resolved here, tag programming on
the pad, the fleet and force-sync, and the statistics charts. Keyboard and mouse
only."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import requests
from PySide6.QtCore import QPoint, Qt

from kiosk.cli import main as cli
from kiosk.domain.clock import parse_time
from tests.central_server import txn
from tests.staff.conftest import (
    TYPING_MS,
    available_items,
    open_patron,
    scan_into,
    settle,
    sign_in,
    type_into,
)


def click_row(qtbot, table, row: int) -> None:
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 0)).center())


def _section_centre(header, section: int) -> QPoint:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def click_tab(qtbot, tabs, index: int) -> None:
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center())


def test_holds_shelf_names_reader_place_and_date_sorts_and_prints_a_masked_slip(qtbot, window):
    sign_in(qtbot, window)
    qtbot.keyClick(window.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    holds = window.holds
    assert window.tabs.currentWidget() is holds
    assert holds.data["to_pull"], "the demo's pending holds have copies on the shelves"
    click_tab(qtbot, holds.tabs, 1)
    table = holds.tables["waiting"]
    titles = [table.text(r, 0) for r in range(table.rowCount())]
    row = titles.index("活着")                              # 刘建国's hold, H00001
    assert table.text(row, 3) == "刘*国 ****0006"             # masked, never the bare card
    assert table.text(row, 4) == "Shenzhen Library"          # a place's name, not "SZL"
    until = table.text(row, 5)
    assert until == parse_time(holds.data["waiting"][[h["hold_id"] for h in holds.data[
        "waiting"]].index("H00001")]["expires_at"]).astimezone().date().isoformat()

    header = table.horizontalHeader()                        # sort by hold-until, twice
    for order in (sorted, lambda xs: sorted(xs, reverse=True)):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 5))
        dates = [table.text(r, 5) for r in range(table.rowCount())]
        assert dates == order(dates)

    row = [table.text(r, 0) for r in range(table.rowCount())].index("活着")
    click_row(qtbot, table, row)
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    slip = window.service.terminal.devices["printer"].receipts[-1]
    assert slip.items[0].title == "活着" and slip.heading == "Hold for pickup"
    assert slip.lines == ("Reader: 刘*国 ****0006", "Pick up at: Shenzhen Library",
                          f"Hold until: {until}", "Call number: I247.57/2")


def test_an_offline_double_loan_is_resolved_at_the_desk(qtbot, window, central):
    [barcode] = available_items(window.service.replica, 1)
    other = central.enrol("terminal-2")
    at = datetime.now(UTC) - timedelta(minutes=5)
    for n, (token, card) in enumerate(((central.token, "0440000001"),
                                       (other["token"], "0440000004"))):
        body = {"transactions": [txn(str(uuid.uuid4()), 1, "checkout", {
            "patron": card, "item": barcode, "due_at": (at + timedelta(days=30)).isoformat(),
            "offline": True}, at + timedelta(minutes=n))]}
        answer = requests.post(central.api + "/push", json=body, headers=central.headers(token),
                               timeout=10).json()
        assert answer["results"][0]["status"] in ("applied", "conflict")
    sign_in(qtbot, window)
    qtbot.keyClick(window.tabs, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.exceptions
    qtbot.waitUntil(lambda: any(r["item"] == barcode for r in page.rows), timeout=10_000)
    row = [page.table.text(r, 2) for r in range(page.table.rowCount())].index(barcode)
    assert page.table.text(row, 1) == "Two offline loans of one copy"
    click_row(qtbot, page.table, row)
    assert "the loan of 0440000001 was ended at" in page.detail.text()
    assert "when 0440000004 borrowed it" in page.detail.text()
    assert page.note.hasFocus()
    qtbot.keyClicks(page.note, "first reader returned it to terminal 2; called both",
                    delay=TYPING_MS)
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all(r["item"] != barcode for r in page.rows), timeout=10_000)
    case = central.store.row("SELECT status, resolved_by, note FROM exceptions WHERE item = ?",
                             (barcode,))
    assert case["status"] == "resolved" and case["resolved_by"] == "librarian"
    assert "called both" in case["note"]


def test_an_override_of_a_loan_is_its_own_case_and_the_fee_stays(qtbot, window, central):
    """The previous reader's overdue fee is kept, and the case says so in staff words."""
    replica = window.service.replica
    [(barcode, before)] = replica.conn.execute(
        "SELECT l.item_barcode, l.patron_card FROM loans l WHERE l.returned_at IS NULL AND "
        "l.due_at < ? AND l.patron_card > '0440000006' ORDER BY l.due_at LIMIT 1",
        (datetime.now(UTC).isoformat(),)).fetchall()
    sign_in(qtbot, window)
    desk = window.desk
    open_patron(qtbot, window, "0440000005")
    scan_into(qtbot, desk.item_field, barcode)
    qtbot.waitUntil(lambda: len(desk.log) == 1, timeout=10_000)
    assert "still on loan to another patron" in desk.outcome.text()
    qtbot.keyClick(desk.item_field, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(desk.reason.text, "book was on the returns trolley", delay=TYPING_MS)
    qtbot.keyClick(desk.reason.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.log[-1]["result"].ok, timeout=10_000)

    fee = central.store.row("SELECT amount_fen FROM fees WHERE patron_card = ? AND "
                            "item_barcode = ? AND kind = 'overdue'", (before, barcode))
    assert fee and fee["amount_fen"] > 0
    qtbot.keyClick(window.tabs, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.exceptions
    qtbot.waitUntil(lambda: any(r["item"] == barcode for r in page.rows), timeout=10_000)
    row = [page.table.text(r, 2) for r in range(page.table.rowCount())].index(barcode)
    assert page.table.text(row, 1) == "Override ended another patron's loan"
    click_row(qtbot, page.table, row)
    detail = page.detail.text()
    assert "Overridden by librarian: “book was on the returns trolley”." in detail
    assert f"The overdue fee of ¥{fee['amount_fen'] / 100:.2f} stays on {before}'s account." \
        in detail
    assert "T" not in detail.split("ended at ")[1][:20]      # a local time, not an ISO stamp


def test_a_blank_tag_is_programmed_and_verified_by_reading_back(qtbot, window):
    sign_in(qtbot, window)
    pad = window.service.terminal.devices["rfid"]
    blank = pad.make_tag("placeholder")
    blank.memory[:] = bytes(len(blank.memory))
    qtbot.keyClick(window.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    pad.place(blank)
    page = window.tags
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and "blank" in page.table.text(0, 4),
                    timeout=10_000)
    [barcode] = available_items(window.service.replica, 1)
    window.service.terminal.devices["scanner"].scan(barcode)    # the scan fills the item id
    qtbot.waitUntil(lambda: page.item_id.text() == barcode and "Known" in page.item_note.text(),
                    timeout=10_000)
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "read back" in page.result.text(), timeout=10_000)
    tag = pad.read_tag(blank.uid)
    assert (tag.data.model, tag.data.item_id, tag.data.owner_library) == (
        "iso28560-2", barcode, "CN-518000-SZL")
    assert tag.afi == pad.afi_in_library


def test_a_tag_that_does_not_keep_the_data_is_reported(qtbot, window):
    sign_in(qtbot, window)
    pad = window.service.terminal.devices["rfid"]
    tag = pad.place(pad.make_tag("WRONG-ID"))
    qtbot.keyClick(window.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.tags
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    type_into(qtbot, page.item_id, "3100000123")
    pad.inject(tag.uid, "no_verify")
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.result.text().startswith("✗"), timeout=10_000)
    assert "not written correctly" in page.result.text()
    assert pad.read_tag(tag.uid).data.item_id == "WRONG-ID"


def test_machines_show_the_fleet_and_force_sync(qtbot, window, central):
    requests.post(central.api + "/heartbeat", headers=central.headers(), timeout=10, json={
        "version": "9.9", "online": True, "outbox": 3,
        "devices": {"printer": {"ok": False, "detail": "paper out"}}})
    sign_in(qtbot, window)
    qtbot.keyClick(window.tabs, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.machines
    settle(qtbot, window)
    names = [t["name"] for t in page.fleet]
    row = names.index("test-terminal")
    assert page.fleet_table.text(row, 3) == "3"
    assert "paper out" in page.fleet_table.text(row, 5)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "online" in page.state.text(), timeout=15_000)


def test_statistics_chart_the_day_with_refusals_named_for_staff(qtbot, window, central):
    [barcode, other] = available_items(window.service.replica, 2)
    refused = requests.post(central.api + "/push", headers=central.headers(), timeout=10, json={
        "transactions": [txn(str(uuid.uuid4()), 1, "checkout",        # a terminal, online
                             {"patron": "0440000003", "item": other})]}).json()
    assert refused["results"][0]["reason"] == "patron_blocked"
    sign_in(qtbot, window)
    desk = window.desk
    open_patron(qtbot, window, "0440000001")
    scan_into(qtbot, desk.item_field, barcode)
    qtbot.waitUntil(lambda: len(desk.log) == 1, timeout=10_000)
    qtbot.keyClick(window.tabs, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    hour_chart, _, refusal_chart, use_chart = window.stats.charts
    [bars] = hour_chart.series()
    loans = bars.barSets()[0]
    assert sum(loans.at(i) for i in range(loans.count())) >= 1
    labels = [s.label() for s in use_chart.series()[0].slices()]
    assert any(label.startswith("Desk") for label in labels)
    legend = [s.label() for s in refusal_chart.series()[0].slices()]
    assert any(label.startswith("Card blocked (") for label in legend), legend
    assert not any("_" in label or "card cannot" in label for label in legend), legend


def test_cli_staff_needs_a_centre(tmp_path, capsys):
    assert cli(["--data-dir", str(tmp_path), "staff"]) == 2
    assert "--central" in capsys.readouterr().err


def test_the_desk_speaks_chinese(qtbot, window):
    from ui.staff import i18n
    i18n.install("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.tabs.tabText(0).startswith("服务台"))
        assert window.sign_in_page.button.text() == "登录"
    finally:
        i18n.install("en")


def test_a_payment_made_after_the_reader_left_is_a_case_at_the_desk(qtbot, window, central):
    """The terminal's side through the centre's HTTP API, as its REST backend does it: an
    order for a reader's fees, paid on the phone (the simulated provider's page) while
    the terminal, its reader gone, cancels it: refused, and one case for staff however
    often the terminal asks."""
    fee = central.store.row("SELECT id, patron_card, amount_fen FROM fees WHERE status = "
                            "'open' AND patron_card > '0440000100' ORDER BY patron_card, id "
                            "LIMIT 1")
    api, headers = central.api, central.headers()
    order = requests.post(api + "/payments", json={"patron": fee["patron_card"],
                                                   "fee_ids": [fee["id"]]},
                          headers=headers, timeout=10)
    assert order.status_code == 201, order.text
    order_id = order.json()["order_id"]
    requests.post(f"{api}/pay/{order_id}", timeout=10).raise_for_status()    # the phone
    for _ in range(2):                                                       # the terminal
        answer = requests.delete(f"{api}/payments/{order_id}", headers=headers, timeout=10)
        assert answer.status_code == 409 and answer.json()["error"] == "order_not_pending"

    sign_in(qtbot, window)
    qtbot.keyClick(window.tabs, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.exceptions
    qtbot.waitUntil(lambda: any(fee["patron_card"] in r["patrons"] for r in page.rows),
                    timeout=10_000)
    mine = [r for r in range(page.table.rowCount())
            if page.table.text(r, 1) == "Payment after the reader left"]
    assert len(mine) == 1
    click_row(qtbot, page.table, mine[0])
    detail = page.detail.text()
    assert f"{fee['patron_card']} paid ¥{fee['amount_fen'] / 100:.2f} on the phone" in detail
    assert "after leaving test-terminal." in detail
    assert "T" not in detail.split(" at ")[1][:16]           # a local time, not an ISO stamp
