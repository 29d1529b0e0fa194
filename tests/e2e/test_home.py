"""Home while logged in (review item 8): it used to log the reader out without a word;
now the reader stays logged in and finds their menu, greeted by their masked name, and
the next task needs no second card tap. The visit ends with Log out."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.e2e.conftest import click, settle

EMILY = "04A1B2C7"


def test_home_keeps_the_reader_and_shows_their_menu(qtbot, demo):
    window = demo.window
    demo.panel.card.present(EMILY)
    settle(qtbot, demo)
    demo.panel.card.remove()
    assert window.current == "borrow"
    session = window.kiosk.session
    click(qtbot, window, "首页")
    assert window.current == "attract" and window.kiosk.session is session
    attract = window.screens["attract"]
    assert attract.other.text() == "你好，E**** C***"
    assert "刷" not in attract.prompt_label.text()
    qtbot.mouseClick(attract.tiles["account"], Qt.MouseButton.LeftButton)   # next task:
    settle(qtbot, demo)                                                    # no card again
    assert window.current == "account" and window.kiosk.session is session
    click(qtbot, window, "退出登录 E**** C***")
    assert window.current == "attract" and window.kiosk.session is None
    assert attract.prompt_label.text() == "刷卡或扫描电子读者证"


def test_home_without_a_reader_keeps_the_language_chosen(qtbot, demo):
    window = demo.window
    qtbot.mouseClick(window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.screens["attract"].tiles["find"], Qt.MouseButton.LeftButton)
    click(qtbot, window, "Home")
    assert window.current == "attract" and window.kiosk.languages.current == "en"


def test_a_call_for_help_names_the_demo_terminal_in_the_librarys_words(qtbot, demo):
    """The desk's alert names the terminal as the centre knows it (review item 7: it
    was "demo terminal", in English at a Chinese desk)."""
    click(qtbot, demo.window, "求助")
    settle(qtbot, demo)
    qtbot.waitUntil(lambda: bool(open_calls(demo)), timeout=10_000)
    try:
        assert open_calls(demo) == ["自助借还机 1"]
    finally:
        click(qtbot, demo.window, "取消呼叫")
        settle(qtbot, demo)
        qtbot.waitUntil(lambda: not open_calls(demo), timeout=10_000)
        click(qtbot, demo.window, "关闭")


def open_calls(demo) -> list[str]:
    """The calling terminals' names as a desk's alert list gets them (GET /alerts joins
    the open alerts with the devices' names)."""
    store = demo.server.store
    with store.lock:
        rows = store.rows("SELECT d.name FROM alerts a JOIN devices d ON d.id = a.device_id "
                          "WHERE a.status = 'open'", ())
    return [row["name"] for row in rows]
