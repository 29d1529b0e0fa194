"""The desk as a device of the fleet, patron notes on the patron panel, card type
names and the statistics charts' words and labels."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.cli import build_parser
from kiosk.config import from_args
from kiosk.ports.backend import Refused
from kiosk.services.staff import StaffError
from tests.staff.conftest import TYPING_MS, available_items, click, open_patron, settle, sign_in


def test_an_enrolled_desk_is_in_the_fleet_and_its_acts_are_the_desks_and_the_librarians(
        make_desk, central):
    device = central.enrol("desk A", "SZL")
    _, service = make_desk("enrolled", token=device["token"])
    service.sign_in("librarian", "librarian")
    assert service.force_sync().state == "online"          # a cycle ends with a heartbeat
    me = next(d for d in service.fleet() if d["device_id"] == device["device_id"])
    assert me["name"] == "desk A" and me["last_seen"] and me["online"] is True

    [barcode] = available_items(service.replica, 1)
    [card] = service.replica.conn.execute(
        "SELECT card FROM patrons WHERE card_type = 'pengcheng' AND status = 'active' AND "
        "blocks = '[]' AND card NOT IN (SELECT patron_card FROM loans) AND card NOT IN "
        "(SELECT patron_card FROM fees) ORDER BY random() LIMIT 1").fetchone()
    result = service.checkout(card, barcode)
    assert result.ok, result
    with central.store.lock:
        logged = central.store.row("SELECT device_id, channel, staff_user FROM txns "
                                   "WHERE id = ?", (result.txn_id,))
    assert logged == {"device_id": device["device_id"], "channel": "desk",
                      "staff_user": "librarian"}

    service.sign_out()              # the device token stays; the librarian's goes
    assert "X-Staff-Token" not in service.backend.session.headers
    with pytest.raises(Refused) as refused:
        service.backend.get("/audit", timeout=10)
    assert refused.value.reason == "staff_only"
    assert service.force_sync().state == "online"          # still syncs as a device


def test_kiosk_staff_enrols_the_desk_once_with_a_code(central, tmp_path):
    from kiosk.cli.staff import enrol_desk

    argv = ["--data-dir", str(tmp_path / "desk"), "staff", "--central", central.url,
            "--enrol-code", "DEMO", "--name", "desk by code"]
    args = build_parser().parse_args(argv)
    said = enrol_desk(args, from_args(args))
    assert said and "desk by code" in said
    config = from_args(args)                     # the token file is now configured
    assert config.backend.url == central.url and config.backend.token_file
    names = {d["name"] for d in central.store.rows("SELECT name FROM devices")}
    assert "desk by code" in names
    assert enrol_desk(args, config) is None      # enrolled already: the code is not used again


def test_patron_notes_show_and_staff_edit_them(qtbot, window, central):
    sign_in(qtbot, window)
    desk = window.desk
    open_patron(qtbot, window, "0440000005")      # Emily Chen has a demo note
    assert "prefers notices by e-mail" in desk.notes.text()
    qtbot.keyClick(desk.item_field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert desk.reason.text.toPlainText() == "English-speaking reader; prefers notices by e-mail"
    qtbot.keyClick(desk.reason.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(desk.reason.text, "Moved to Futian; pick-ups at FT", delay=TYPING_MS)
    click(qtbot, window, "Confirm (Ctrl+Enter)")
    qtbot.waitUntil(lambda: "Futian" in desk.notes.text(), timeout=10_000)
    assert central.store.row("SELECT notes FROM patrons WHERE card = '0440000005'") == {
        "notes": "Moved to Futian; pick-ups at FT"}
    audit = central.store.row("SELECT by, detail FROM audit WHERE action = 'patron_notes' "
                              "ORDER BY id DESC")
    assert audit["by"] == "librarian" and "Futian" in audit["detail"]

    click(qtbot, window, "Edit notes… (Ctrl+E)")  # an empty text clears the notes
    qtbot.keyClick(desk.reason.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(desk.reason.text, Qt.Key.Key_Delete)
    qtbot.keyClick(desk.reason.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.notes.text() == "", timeout=10_000)
    assert central.store.row("SELECT notes FROM patrons WHERE card = '0440000005'") == {
        "notes": ""}


def test_notes_need_a_signed_in_librarian(make_desk):
    _, service = make_desk()
    with pytest.raises(StaffError) as error:
        service.set_notes("0440000001", "x")
    assert error.value.code == "not_signed_in"


def test_the_card_type_is_named_in_the_desks_language(qtbot, window):
    from ui.staff import i18n
    sign_in(qtbot, window)
    open_patron(qtbot, window, "0440000003")      # 王芳, a ¥100 deposit card
    assert window.desk.details.text().startswith("Deposit card (¥100) · blocked")
    open_patron(qtbot, window, "0440000001")
    assert window.desk.details.text().startswith("Pengcheng reader card · active")
    i18n.install("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.desk.details.text().startswith("鹏城励读证 · 正常"))
        assert window.desk.notes_button.text().startswith("编辑备注")
    finally:
        i18n.install("en")


def test_the_charts_say_checkouts_and_label_every_fifth_day(qtbot, window):
    from ui.staff import i18n
    sign_in(qtbot, window)
    qtbot.keyClick(window.tabs, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    _, days, _, _ = window.stats.charts
    [bars] = days.series()
    assert [s.label() for s in bars.barSets()] == ["Checkouts", "Returns"]
    axis = days.axes()[0]
    shown = [c for c in axis.categories() if c.strip("\u200b")]
    assert shown[:3] == ["1", "5", "10"] and len(axis.categories()) >= 28
    assert not axis.truncateLabels()
    assert sum(bars.barSets()[0].at(i) for i in range(bars.barSets()[0].count())) > 0  # history
    i18n.install("zh_CN")
    try:
        qtbot.waitUntil(lambda: [s.label() for s in window.stats.charts[0].series()[0]
                                 .barSets()] == ["借出", "归还"])
    finally:
        i18n.install("en")
