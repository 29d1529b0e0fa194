"""Scanning as a reader does it (issue 12.1): an e-card QR is known by its format
and logs in; a card's barcode asks for the PIN; a book's barcode or an unknown
code on the start screen is explained; on Borrow a numeric barcode is a book."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.e2e.conftest import button, click, named, rows, settle


def scan_typed(qtbot, demo, code: str) -> None:
    """Type a code into the simulator's scanner field and press Scan."""
    demo.panel.show()
    field = demo.panel.code
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, code)
    click(qtbot, demo.panel, "Scan")
    settle(qtbot, demo)


def test_the_e_card_qr_logs_in(qtbot, demo):
    demo.panel.show()
    click(qtbot, demo.panel, "E-card of 张晓明")
    settle(qtbot, demo)
    assert not demo.window.message.isVisible(), demo.window.message.text.text()
    assert demo.window.current == "borrow"
    assert demo.window.kiosk.session.card == named(demo.window, "0440000001")


def test_a_scanned_card_barcode_asks_for_the_pin(qtbot, demo):
    scan_typed(qtbot, demo, "0440000005")
    assert demo.window.current == "login"
    assert demo.window.kiosk.session is None
    assert demo.screen.title.text() == "请输入密码"
    for key in "1234":
        click(qtbot, demo.window, key)
    click(qtbot, demo.window, "确定")
    settle(qtbot, demo)
    assert demo.window.current == "borrow"
    assert demo.window.kiosk.session.card == named(demo.window, "0440000005")


def test_a_wrong_pin_after_a_scanned_card_is_refused(qtbot, demo):
    scan_typed(qtbot, demo, "0440000005")
    for key in "9999":
        click(qtbot, demo.window, key)
    click(qtbot, demo.window, "确定")
    settle(qtbot, demo)
    assert demo.window.kiosk.session is None
    assert demo.screen.error.isVisible() and "密码" in demo.screen.error.text()


def test_a_book_barcode_on_the_start_screen_is_explained(qtbot, demo):
    scan_typed(qtbot, demo, demo.spare_books(1)[0])
    assert demo.window.current == "attract" and demo.window.kiosk.session is None
    assert demo.window.message.isVisible()
    assert "图书条码" in demo.window.message.text.text()
    click(qtbot, demo.window, "确定")
    assert not demo.window.message.isVisible()


def test_an_unknown_code_is_explained(qtbot, demo):
    scan_typed(qtbot, demo, "NOT-A-CODE-42")
    assert demo.window.current == "attract"
    assert demo.window.message.isVisible()
    assert "无法识别" in demo.window.message.text.text()
    click(qtbot, demo.window, "确定")


def test_a_numeric_barcode_on_borrow_is_a_book(qtbot, demo):
    demo.panel.show()
    click(qtbot, demo.panel, "E-card of 张晓明")
    settle(qtbot, demo)
    book = demo.spare_books(1)[0]
    assert book.isdigit()
    scan_typed(qtbot, demo, book)
    assert demo.window.current == "borrow"
    assert rows(demo.screen)[book][0] == "done"
    assert button(demo.window, "完成")


def test_an_explicit_log_out_shows_the_masked_name(qtbot, demo):
    demo.panel.show()
    click(qtbot, demo.panel, "E-card of 张晓明")
    settle(qtbot, demo)
    assert demo.window.kiosk.session is not None
    shown = button(demo.window, "退出登录 张*明")
    assert "张晓明" not in shown.text()
    qtbot.mouseClick(shown, Qt.MouseButton.LeftButton)
    assert demo.window.current == "attract" and demo.window.kiosk.session is None
    assert not shown.isVisible()


def test_the_login_prompt_reaches_the_speech_engine(qtbot, demo):
    """The words the engine speaks (Qt's mock engine reports each word it says)."""
    qtbot.mouseClick(demo.window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
    heard: list[str] = []
    demo.window.kiosk.speaker.heard.connect(heard.append)
    try:
        qtbot.mouseClick(demo.window.screens["attract"].tiles["borrow"], Qt.MouseButton.LeftButton)
        assert demo.window.current == "login"
        words = ["Tap", "your", "card", "or", "scan", "your", "e", "card", "QR"]
        qtbot.waitUntil(lambda: heard[-len(words):] == words, timeout=15_000)
    finally:
        demo.window.kiosk.speaker.heard.disconnect(heard.append)


def test_after_the_pin_the_dots_stay_with_a_busy_sentence_until_the_answer(qtbot, demo):
    qtbot.mouseClick(demo.window.screens["attract"].tiles["account"], Qt.MouseButton.LeftButton)
    for key in "0440000005":
        click(qtbot, demo.window, key)
    click(qtbot, demo.window, "确定")
    for key in "1234":
        click(qtbot, demo.window, key)
    login = demo.screen
    qtbot.mouseClick(button(demo.window, "确定"), Qt.MouseButton.LeftButton)
    # before the answer is back (it comes through the event loop, not yet run)
    assert login.keypad.display.text() == "●●●●"
    assert login.step.text() == "正在验证读者证…" and not login.keypad.isEnabled()
    settle(qtbot, demo)
    assert demo.window.current == "account" and demo.window.kiosk.session.card == named(demo.window, "0440000005")
