"""The on-screen keyboard types into the field the reader touched (issue 12.2):
Pinyin with candidates and English, and its Enter searches. Driven by taps on
its keys in the QQuickWidget, as a reader's finger would."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.e2e.conftest import Demo, keyboard_texts, settle, tap_keyboard


@pytest.fixture(scope="module")
def demo(tmp_path_factory, qapp):
    """A terminal of its own: Qt Virtual Keyboard has one input context per process,
    held by the keyboard panel made last; other modules' terminals (made and closed
    after the session's) would leave it with a panel that is gone. A kiosk has one."""
    from kiosk.cli.demo import demo_terminal
    from ui.kiosk.build import build_kiosk, dispose
    from ui.kiosk.simulator_panel import SimulatorPanel

    config, terminal, server = demo_terminal(tmp_path_factory.mktemp("keyboard"),
                                             ui_overrides={"speech": False})
    window = build_kiosk(config, terminal, animate=False)
    window.resize(1080, 1920)
    window.show()
    window.activateWindow()
    panel = SimulatorPanel(terminal, server, window)
    yield Demo(config, terminal, server, window, panel)
    panel.deleteLater()
    dispose(window)
    terminal.close()
    server.stop()


def open_find(qtbot, demo):
    qtbot.mouseClick(demo.window.footer.home_button, Qt.MouseButton.LeftButton)
    demo.window.activateWindow()
    qtbot.waitUntil(demo.window.isActiveWindow)
    qtbot.mouseClick(demo.window.screens["attract"].tiles["find"], Qt.MouseButton.LeftButton)
    assert demo.window.current == "find"
    find = demo.screen
    qtbot.mouseClick(find.query, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "a" in keyboard_texts(find.keyboard, "key"),
                    timeout=20_000)
    return find


def shown_titles(find) -> list[str]:
    return [w.text() for card in find.results.widgets() for w in card.findChildren(QLabel)]


def test_pinyin_santi_with_candidates_then_enter_finds_santi(qtbot, demo):
    find = open_find(qtbot, demo)
    for letter in "santi":
        tap_keyboard(qtbot, find.keyboard, letter)
    assert find.query.hasFocus()                    # the keys never took the focus
    assert "三" in keyboard_texts(find.keyboard, "candidate")
    tap_keyboard(qtbot, find.keyboard, "三", "candidate")
    tap_keyboard(qtbot, find.keyboard, "体", "candidate")
    qtbot.waitUntil(lambda: find.query.text() == "三体")
    tap_keyboard(qtbot, find.keyboard, "enter")     # the keyboard's Enter
    settle(qtbot, demo)
    qtbot.waitUntil(lambda: bool(find.results.widgets()), timeout=10_000)
    assert "三体" in shown_titles(find)


def test_english_letters_type_and_enter_searches(qtbot, demo):
    qtbot.mouseClick(demo.window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
    find = open_find(qtbot, demo)
    for letter in "santi":
        tap_keyboard(qtbot, find.keyboard, letter)
    assert find.query.text().lower() == "santi"
    assert not keyboard_texts(find.keyboard, "candidate")
    tap_keyboard(qtbot, find.keyboard, "enter")
    settle(qtbot, demo)
    qtbot.waitUntil(lambda: bool(find.results.widgets()), timeout=10_000)
    assert "三体" in shown_titles(find)
