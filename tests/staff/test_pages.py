"""The desk's other pages against the real centre: holds shelf with slips, exceptions
made by offline terminals and resolved here, tag programming on the pad, the fleet
and force-sync, and the statistics charts."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import requests
from PySide6.QtCore import Qt

from kiosk.cli import main as cli
from tests.central_server import txn
from tests.staff.conftest import available_items, settle, sign_in


def test_holds_shelf_lists_the_waiting_hold_and_prints_its_slip(qtbot, window):
    sign_in(qtbot, window)
    qtbot.keyClick(window.tabs, Qt.Key_2, Qt.ControlModifier)
    settle(qtbot, window)
    holds = window.holds
    assert window.tabs.currentWidget() is holds
    waiting = holds.data["waiting"]
    assert any(h["hold_id"] == "H00001" and h["patron"] == "0440000006" for h in waiting)
    assert holds.data["to_pull"], "the demo's pending holds have copies on the shelves"
    holds.tabs.setCurrentIndex(1)
    holds.tables["waiting"].selectRow([h["hold_id"] for h in waiting].index("H00001"))
    qtbot.keyClick(holds.tables["waiting"], Qt.Key_P, Qt.ControlModifier)
    settle(qtbot, window)
    slip = window.service.terminal.devices["printer"].receipts[-1]
    assert slip.items[0].title == "活着" and "0440000006" in " ".join(slip.lines)


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
    window.show_page(2)
    page = window.exceptions
    qtbot.waitUntil(lambda: any(r["item"] == barcode for r in page.rows), timeout=10_000)
    row = [r["item"] for r in page.rows].index(barcode)
    assert page.rows[row]["kind"] == "double_checkout"
    page.table.selectRow(row)
    assert page.note.hasFocus()
    page.note.setText("first reader returned it to terminal 2; called both")  # typed by hand
    qtbot.keyClick(page.note, Qt.Key_Return)
    qtbot.waitUntil(lambda: all(r["item"] != barcode for r in page.rows), timeout=10_000)
    case = central.store.row("SELECT status, resolved_by, note FROM exceptions WHERE item = ?",
                             (barcode,))
    assert case["status"] == "resolved" and case["resolved_by"] == "librarian"
    assert "called both" in case["note"]


def test_a_blank_tag_is_programmed_and_verified_by_reading_back(qtbot, window):
    sign_in(qtbot, window)
    pad = window.service.terminal.devices["rfid"]
    blank = pad.make_tag("placeholder")
    blank.memory[:] = bytes(len(blank.memory))
    window.show_page(3)
    pad.place(blank)
    page = window.tags
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and "blank" in page.table.text(0, 4),
                    timeout=10_000)
    [barcode] = available_items(window.service.replica, 1)
    window.service.terminal.devices["scanner"].scan(barcode)    # the scan fills the item id
    qtbot.waitUntil(lambda: page.item_id.text() == barcode and "Known" in page.item_note.text(),
                    timeout=10_000)
    qtbot.keyClick(page, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: "read back" in page.result.text(), timeout=10_000)
    tag = pad.read_tag(blank.uid)
    assert (tag.data.model, tag.data.item_id, tag.data.owner_library) == (
        "iso28560-2", barcode, "CN-518000-SZL")
    assert tag.afi == pad.afi_in_library


def test_a_tag_that_does_not_keep_the_data_is_reported(qtbot, window):
    sign_in(qtbot, window)
    pad = window.service.terminal.devices["rfid"]
    tag = pad.place(pad.make_tag("WRONG-ID"))
    window.show_page(3)
    page = window.tags
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.item_id.setText("3100000123")
    pad.inject(tag.uid, "no_verify")
    page.write()
    qtbot.waitUntil(lambda: page.result.text().startswith("✗"), timeout=10_000)
    assert "not written correctly" in page.result.text()
    assert pad.read_tag(tag.uid).data.item_id == "WRONG-ID"


def test_machines_show_the_fleet_and_force_sync(qtbot, window, central):
    requests.post(central.api + "/heartbeat", headers=central.headers(), timeout=10, json={
        "version": "9.9", "online": True, "outbox": 3,
        "devices": {"printer": {"ok": False, "detail": "paper out"}}})
    sign_in(qtbot, window)
    window.show_page(4)
    page = window.machines
    settle(qtbot, window)
    names = [t["name"] for t in page.fleet]
    row = names.index("test-terminal")
    assert page.fleet_table.text(row, 3) == "3"
    assert "paper out" in page.fleet_table.text(row, 5)
    qtbot.keyClick(page, Qt.Key_S, Qt.ControlModifier)
    qtbot.waitUntil(lambda: "online" in page.state.text(), timeout=15_000)


def test_statistics_chart_the_day(qtbot, window):
    sign_in(qtbot, window)
    window.desk.open_patron("0440000001")
    settle(qtbot, window)
    [barcode] = available_items(window.service.replica, 1)
    window.desk.on_item(barcode)
    settle(qtbot, window)
    window.show_page(5)
    settle(qtbot, window)
    hour_chart, _, _, use_chart = window.stats.charts
    [bars] = hour_chart.series()
    loans = bars.barSets()[0]
    assert sum(loans.at(i) for i in range(loans.count())) >= 1
    labels = [s.label() for s in use_chart.series()[0].slices()]
    assert any(label.startswith("Desk") for label in labels)


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
