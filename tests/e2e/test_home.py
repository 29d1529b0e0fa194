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
