"""The language and the look a reader chooses are theirs for the visit (review items 1
and 9): the next reader starts in the terminal's own language and theme, after a
log-out or when the one who chose walked away; large text and high contrast are two
switches on screen, each keeping the other's state."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.e2e.conftest import button, click, settle
from tests.e2e.test_idle_payment import short_idle  # noqa: F401  (a fixture)
from ui.app import font_family
from ui.theme import CONTRAST, stylesheet

EMILY = "04A1B2C7"


def tap_card(qtbot, demo, uid: str = EMILY) -> None:
    demo.panel.card.present(uid)
    settle(qtbot, demo)
    demo.panel.card.remove()


def log_out_button(window):
    found = [b for b in window.footer.findChildren(type(window.footer.home_button))
             if b.isVisible() and b.text().startswith(("Log out", "退出登录"))]
    assert found, "no visible log-out button"
    return found[0]


def test_the_next_reader_starts_in_the_terminals_language_and_look(qtbot, demo):
    window = demo.window
    assert window.kiosk.config.ui.language == "zh_CN"
    qtbot.mouseClick(window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
    click(qtbot, window, "Large text")
    tap_card(qtbot, demo)
    assert window.kiosk.session is not None and window.current == "borrow"
    assert window.kiosk.languages.current == "en" and window.kiosk.theme.name == "large"
    qtbot.mouseClick(log_out_button(window), Qt.MouseButton.LeftButton)
    assert window.current == "attract" and window.kiosk.session is None
    assert window.kiosk.languages.current == "zh_CN"
    assert window.header.language_buttons["zh_CN"].isChecked()
    assert window.screens["attract"].prompt_label.text() == "刷卡或扫描电子读者证"
    assert window.kiosk.theme.name == "normal" and not window.footer.text_button.isChecked()


def test_large_text_keeps_high_contrast_and_back(qtbot, demo):
    window = demo.window
    contrast = button(window, "高对比度")
    assert not contrast.isChecked() and not window.kiosk.theme.contrast
    qtbot.mouseClick(contrast, Qt.MouseButton.LeftButton)
    assert window.kiosk.theme.contrast and contrast.isChecked()
    click(qtbot, window, "大字")
    theme = window.kiosk.theme
    assert theme.contrast and theme.large, theme.name
    assert contrast.isChecked() and window.footer.text_button.isChecked()
    assert QApplication.instance().styleSheet() == stylesheet(    # what is drawn
        theme, font_family(window.kiosk.languages.current))
    assert theme.background == "#000000" and theme.body > CONTRAST.body
    click(qtbot, window, "大字")                                  # large text off
    assert window.kiosk.theme.contrast and not window.kiosk.theme.large
    qtbot.mouseClick(contrast, Qt.MouseButton.LeftButton)       # high contrast off
    assert window.kiosk.theme.name == "normal"


def test_a_reader_who_chose_and_walked_away_leaves_the_terminals_own(qtbot, short_idle):  # noqa: F811
    """Without logging in: they chose English and large text, then left."""
    window, _panel = short_idle
    qtbot.mouseClick(window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.footer.text_button, Qt.MouseButton.LeftButton)
    assert window.kiosk.languages.current == "en" and window.kiosk.theme.name == "large"
    with qtbot.waitSignal(window.idle.timed_out, timeout=40_000):
        pass
    assert window.current == "attract"
    assert window.kiosk.languages.current == "zh_CN" and window.kiosk.theme.name == "normal"
