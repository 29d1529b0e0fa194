"""The reader's flows, by touch and simulated devices, against the real centre."""
from __future__ import annotations

import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from kiosk.domain.reasons import Refusal
from tests.e2e.conftest import click, named, rows, settle
from tests.ui.qr_decode import decode

ZHANG, LI, CHEN, EMILY, LIU = "04A1B2C3", "04A1B2C4", "04A1B2C6", "04A1B2C7", "04A1B2C8"
TILES = {"borrow": "借书", "return": "还书", "find": "查找图书", "account": "我的账户",
         "renew": "续借", "pay": "缴费"}


def tap_card(qtbot, demo, uid: str) -> None:
    demo.panel.card.present(uid)
    settle(qtbot, demo)
    demo.panel.card.remove()


def tile(qtbot, demo, name: str) -> None:
    """From the start screen, the reader's tap on a tile (Home or log-out first)."""
    if demo.window.current != "attract":
        click(qtbot, demo.window, "首页")
    if demo.window.kiosk.session is not None:    # back on the start screen, still in
        qtbot.mouseClick(demo.window.footer.logout_button, Qt.MouseButton.LeftButton)
    click(qtbot, demo.window, TILES[name])
    settle(qtbot, demo)


def lift_everything(qtbot, demo) -> None:
    demo.panel.show()
    click(qtbot, demo.panel, "Lift everything")


def open_as(qtbot, demo, name: str, uid: str) -> None:
    """A tile that needs the reader, then their card: the screen they chose opens."""
    tile(qtbot, demo, name)
    assert demo.window.current == "login"
    tap_card(qtbot, demo, uid)
    assert demo.window.current == name


def find_by_isbn(qtbot, demo, title_id: str) -> None:
    """On Find, the book's ISBN scanned (as a reader scans the back of a book), then
    the result for that title tapped: its title page."""
    tile(qtbot, demo, "find")
    demo.panel.scanner.scan(demo.terminal.catalogue.title(title_id).isbn)
    settle(qtbot, demo)
    find = demo.screen
    qtbot.waitUntil(lambda: bool(find.results.widgets()), timeout=10_000)
    card = next(c for c in find.results.widgets() if c.hit.title.id == title_id)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    settle(qtbot, demo)
    assert demo.window.current == "title"


def test_card_login_opens_borrow_with_the_masked_name(qtbot, demo):
    said = []
    demo.window.kiosk.speaker.said.connect(said.append)
    tap_card(qtbot, demo, ZHANG)
    assert demo.window.current == "borrow"
    assert demo.window.kiosk.session.card == named(demo.window, "0440000001")
    assert demo.screen.hello.text() == "你好，张*明"
    assert "请把图书放在感应区上，或扫描图书条码。" in said


def test_unknown_card_is_refused_in_words(qtbot, demo):
    tap_card(qtbot, demo, "DEADBEEF")
    assert demo.window.current == "login"
    assert demo.screen.error.text() == Refusal("patron_unknown").message("zh_CN")


def test_pin_login_on_the_keypad(qtbot, demo):
    tile(qtbot, demo, "account")
    for key in "0440000004":
        click(qtbot, demo.window, key)
    click(qtbot, demo.window, "确定")
    for key in "1234":
        click(qtbot, demo.window, key)
    click(qtbot, demo.window, "确定")
    settle(qtbot, demo)
    assert demo.window.current == "account"
    assert demo.window.kiosk.session.card == named(demo.window, "0440000004")


def test_borrow_three_items_one_refused_and_a_set_missing_a_part(qtbot, demo):
    tap_card(qtbot, demo, ZHANG)
    heard = []
    demo.window.kiosk.sounds.played.connect(heard.append)
    ok1, ok2 = demo.lendable(2)
    reserved = next(h.hold.item_barcode for h in      # the copy waiting for 刘建国
                    demo.terminal.circulation.account("0440000006").holds
                    if str(h.hold.status) == "waiting")
    uids = {b: demo.panel.place(b) for b in (ok1, ok2, reserved)}
    the_set = demo.copy_here("R008")
    part1 = demo.panel.place(the_set, 1, 2)
    settle(qtbot, demo)
    got = rows(demo.screen)
    assert got[ok1][0] == got[ok2][0] == "done"
    assert got[ok1][1].startswith("借书成功，应还日期")
    assert got[reserved] == ("refused", Refusal("item_on_hold_for_other").message("zh_CN"))
    assert got[the_set] == ("refused", Refusal("item_missing_parts",
                                               {"parts": 2, "missing": 2}).message("zh_CN"))
    assert sorted(heard) == ["error", "error", "success", "success"]   # a sound per row
    set_title = demo.terminal.circulation.item_title(the_set)
    assert set_title and demo.screen.rows[the_set].title.text() == set_title
    # security is switched only for what was lent
    afi = demo.config.security
    field = demo.panel.pad.field
    assert field.get(uids[ok1]).afi == afi.afi_on_loan
    assert field.get(uids[reserved]).afi == afi.afi_in_library
    part2 = demo.panel.place(the_set, 2, 2)                # the missing part arrives
    settle(qtbot, demo)
    assert rows(demo.screen)[the_set][0] == "done", rows(demo.screen)[the_set]
    assert field.get(part1).afi == field.get(part2).afi == afi.afi_on_loan   # both parts
    click(qtbot, demo.window, "完成")
    settle(qtbot, demo)
    assert demo.window.current == "receipt"
    assert demo.screen.summary.text() == "你借了 3 本书。"
    click(qtbot, demo.window, "打印凭条")
    settle(qtbot, demo)
    printer = demo.terminal.devices["printer"]
    receipt = printer.receipts[-1]
    assert {i.barcode for i in receipt.items} == {ok1, ok2, the_set}
    assert "0440000001" not in printer.printed.decode("gb18030", "replace")
    assert receipt.card_number == "****0001"      # the card's key shows its last four


def test_return_sends_a_reserved_book_to_its_pickup_place_and_shows_a_fee(qtbot, demo):
    held = demo.copy_here("R004")           # 红楼梦: 张晓明's 预借 hold, to collect at 市民中心站
    tap_card(qtbot, demo, EMILY)
    demo.panel.place(held)
    settle(qtbot, demo)
    assert rows(demo.screen)[held][0] == "done"
    lift_everything(qtbot, demo)
    qtbot.mouseClick(demo.window.footer.logout_button, Qt.MouseButton.LeftButton)
    overdue = next(v.item.barcode for v in demo.terminal.circulation.account("0440000002").loans
                   if v.overdue_days)
    tile(qtbot, demo, "return")
    assert demo.window.current == "return" and demo.window.kiosk.session is None
    demo.panel.place(held)
    demo.panel.place(overdue)
    settle(qtbot, demo)
    got = rows(demo.screen)
    assert got[held][0] == "warning"
    assert got[held][1].startswith("这本书已被预约，要送到自助图书馆（市民中心站）")
    assert got[overdue][0] == "warning"
    assert "滞还费 ¥" in got[overdue][1]


def test_renew_shows_new_dates_and_refusals(qtbot, demo):
    open_as(qtbot, demo, "renew", LI)                        # overdue loan and fees
    click(qtbot, demo.window, "全部续借")
    settle(qtbot, demo)
    states = {k: r.state for k, r in demo.screen.rows.items()}
    assert states and set(states.values()) == {"refused"}
    texts = {r.status.text() for r in demo.screen.rows.values()}
    assert any("逾期" in t or "滞还费" in t for t in texts)


def test_renew_selected_loan(qtbot, demo):
    tap_card(qtbot, demo, CHEN)
    assert demo.window.current == "borrow"
    book = demo.copy_here("R009")
    demo.panel.place(book)
    settle(qtbot, demo)
    lift_everything(qtbot, demo)
    open_as(qtbot, demo, "renew", CHEN)
    row = demo.screen.rows[book]
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(demo.screen.renew_selected, Qt.MouseButton.LeftButton)
    settle(qtbot, demo)
    assert row.state == "done" and row.status.text().startswith("续借成功")


def test_place_a_hold_with_a_pickup_place(qtbot, demo):
    from ui.kiosk.find import place_name

    find_by_isbn(qtbot, demo, "R005")                     # 平凡的世界
    click(qtbot, demo.window, "预约")
    tap_card(qtbot, demo, LIU)
    assert demo.window.current == "hold"
    branches = {c.item.location_id.split("-")[0] for c in
                demo.terminal.catalogue.copies("R005") if str(c.item.status) == "available"}
    pickup = next(p for p in ("NS", "FT") if p not in branches)
    place = next(p for p in demo.terminal.circulation.pickup_locations() if p.id == pickup)
    if demo.screen.on_shelf.isVisible():                  # a copy here is offered first
        click(qtbot, demo.window, "仍要预约")
        settle(qtbot, demo)
    where = place_name(place.name_zh, place.name_en, "zh_CN")
    qtbot.waitUntil(lambda: any(b.isVisible() and b.text() == where for b in
                                demo.window.findChildren(QAbstractButton)), timeout=10_000)
    click(qtbot, demo.window, where)
    settle(qtbot, demo)
    assert demo.screen.outcome.text() == "预约成功，到书后会通知你。"
    holds = demo.terminal.circulation.account("0440000006").holds
    assert any(h.hold.title_id == "R005" and h.hold.pickup_location == pickup for h in holds)


def test_pay_by_qr_on_the_reference_pay_page(qtbot, demo):
    open_as(qtbot, demo, "pay", LI)
    total = demo.screen.total()
    assert total > 0
    qtbot.mouseClick(demo.screen.go_pay, Qt.MouseButton.LeftButton)
    settle(qtbot, demo)
    assert demo.screen.state == "waiting" and "剩余" in demo.screen.countdown.text()
    [url] = decode(demo.screen.qr.grab().toImage())
    page = requests.get(url, timeout=5)
    assert page.status_code == 200
    requests.post(url, timeout=5).raise_for_status()      # the reader pays on the phone
    qtbot.waitUntil(lambda: demo.screen.state == "paid", timeout=15_000)
    assert demo.screen.instruction.text() == f"已支付 ¥{total / 100:.2f}，谢谢！"
    assert demo.terminal.circulation.account("0440000002").fees_fen == 0
    qtbot.mouseClick(demo.screen.receipt, Qt.MouseButton.LeftButton)
    assert demo.window.current == "receipt"


def test_offline_borrow_is_recorded_offline(qtbot, demo):
    demo.server.stop()
    demo.terminal.engine.wake()
    # the window hears of it from the engine (a signal), nobody asks it to look
    qtbot.waitUntil(demo.window.header.offline.isVisible, timeout=20_000)
    tap_card(qtbot, demo, LIU)
    book = demo.copy_here("R001")
    demo.panel.place(book)
    settle(qtbot, demo, timeout=30_000)
    state, text = rows(demo.screen)[book]
    assert state == "done" and "已离线记录" in text
    demo.server.start()
    demo.terminal.engine.wake()
    qtbot.waitUntil(lambda: demo.terminal.status.online, timeout=30_000)


def test_language_switch_on_any_screen(qtbot, demo):
    tile(qtbot, demo, "find")
    qtbot.mouseClick(demo.window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert demo.screen.title.text() == "Find a book"
    assert demo.window.footer.home_button.text() == "Home"
    qtbot.mouseClick(demo.window.header.language_buttons["zh_HK"], Qt.MouseButton.LeftButton)
    assert demo.screen.title.text() == "查找圖書"
    assert demo.window.header.name.text() == "深圳圖書館"
    qtbot.mouseClick(demo.window.header.language_buttons["zh_CN"], Qt.MouseButton.LeftButton)
    assert demo.screen.title.text() == "查找图书"


def test_large_text_grows_type_and_targets_and_the_footer_stays_put(qtbot, demo):
    title = demo.window.screens["attract"].prompt_label
    before = title.fontInfo().pixelSize()
    switch = demo.window.footer.text_button
    where = switch.mapTo(demo.window, switch.rect().topLeft()), switch.size()
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert demo.window.kiosk.theme.name == "large"
    assert title.fontInfo().pixelSize() >= before * 1.3
    assert demo.window.screens["receipt"].done_button.minimumSizeHint().height() >= 96 * 1.3
    # the switch is still under the reader's finger, to switch it off again
    assert (switch.mapTo(demo.window, switch.rect().topLeft()), switch.size()) == where
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert demo.window.kiosk.theme.name == "normal"


def test_every_screen_is_reachable_and_back_works(qtbot, demo):
    for name, needs_login in (("borrow", True), ("return", False), ("find", False),
                              ("account", True), ("renew", True), ("pay", True)):
        if needs_login:
            open_as(qtbot, demo, name, EMILY)
        else:
            tile(qtbot, demo, name)
        assert demo.window.current == name, name
        click(qtbot, demo.window, "返回")
        settle(qtbot, demo)
        assert demo.window.current == "attract", name
    find_by_isbn(qtbot, demo, "R001")
    click(qtbot, demo.window, "位置导航")
    assert demo.window.current == "map"
    assert demo.screen.views and demo.screen.views[-1].highlighted == "SZL-2A"
    assert "I247.55/1" in decode(demo.screen.qr.grab().toImage())[0]
    click(qtbot, demo.window, "返回")
    assert demo.window.current == "title"
    click(qtbot, demo.window, "首页")
    assert demo.window.current == "attract"
    readers = [demo.terminal.devices[k] for k in ("rfid", "scanner")]
    for device in readers:                     # the pad and the scanner fail
        device.close()
    demo.terminal.engine.wake()                # the window looks again at the next status
    try:
        qtbot.waitUntil(lambda: demo.window.current == "out_of_service", timeout=15_000)
        assert demo.screen.reason.text() == "图书感应区出现故障。"
    finally:
        for device in readers:
            device.open()
        demo.terminal.engine.wake()
    qtbot.waitUntil(lambda: demo.window.current == "attract", timeout=15_000)


def test_lockdown_swallows_the_ways_out():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from ui.kiosk.window import _LockDown

    lock = _LockDown()
    for key, mods in ((Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier)):
        assert lock.eventFilter(None, QKeyEvent(QEvent.Type.KeyPress, key, mods)), key
    assert not lock.eventFilter(None, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_5, Qt.KeyboardModifier.NoModifier, "5"))


def test_screens_slide_in_the_normal_theme_and_change_at_once_in_the_others(qtbot, demo):
    from PySide6.QtCore import QPoint, QPropertyAnimation

    window, running = demo.window, QPropertyAnimation.State.Running
    window.animate = True                  # the fixture's window is built without slides
    try:
        click(qtbot, window, "查找图书")
        find = window.screens["find"]
        assert window.slide.state() == running and 150 <= window.slide.duration() <= 250
        assert window.slide.targetObject() is find and find.x() > 0      # in from the right
        qtbot.waitUntil(lambda: window.slide.state() != running)
        assert find.pos() == QPoint(0, 0)
        click(qtbot, window, "返回")
        assert window.slide.state() == running and window.slide.startValue().x() < 0
        qtbot.waitUntil(lambda: window.slide.state() != running)
        for theme in ("large", "contrast"):
            if theme == "large":                  # the reader's switch in the footer
                qtbot.mouseClick(window.footer.text_button, Qt.MouseButton.LeftButton)
            else:                                 # the library's configured look
                window.set_theme(theme)
            click(qtbot, window, "查找图书")
            assert window.slide.state() != running and find.pos() == QPoint(0, 0), theme
            click(qtbot, window, "首页")
    finally:
        window.animate = False
