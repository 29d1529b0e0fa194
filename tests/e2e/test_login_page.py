"""The log-in page as a reader sees it (review B2, issue 12 item 12): once a card is
read, the heading asks for that card's PIN, with the card masked, laid out across the
width (it was a 220 px column, clipped, broken mid-word); reached through "Place a
hold" before log-in, it says the chosen title is kept."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.e2e.conftest import click, settle
from tests.e2e.test_scanning import scan_typed

# the terminal's window when `make demo` opens it beside the simulator panel on a
# 1920x1080 desktop (the reviewer's screen)
DEMO_LANDSCAPE = (1244, 1080)


@contextmanager
def window_size(qtbot, demo, width: int, height: int):
    demo.window.resize(width, height)       # the shape turns first, then the new shape's
    qtbot.wait(1)                           # layout lets the window take the whole size
    demo.window.resize(width, height)
    qtbot.waitUntil(lambda: demo.window.size().toTuple() == (width, height))
    try:
        yield
    finally:
        demo.window.resize(1080, 1920)
        qtbot.waitUntil(lambda: demo.window.size().toTuple() == (1080, 1920))


def shown_texts(window) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.text()]


def whole_on_one_line(label: QLabel) -> bool:
    """Drawn in full and on one line: no word broken, nothing cut off."""
    width = label.contentsRect().width()
    return (label.fontMetrics().horizontalAdvance(label.text()) <= width
            and label.heightForWidth(label.width()) <= label.height() + 1)


def test_after_a_scanned_card_the_heading_asks_for_its_pin(qtbot, demo):
    with window_size(qtbot, demo, *DEMO_LANDSCAPE):
        scan_typed(qtbot, demo, "0440000005")
        login = demo.screen
        assert demo.window.current == "login"
        assert login.title.text() == "请输入密码"
        assert "****0005" in login.hint.text()
        assert not any("刷" in text for text in shown_texts(demo.window))   # not "tap"
        assert login.title.width() > 0.4 * demo.window.width()
        assert whole_on_one_line(login.title)
        qtbot.mouseClick(demo.window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
        assert login.title.text() == "Enter your PIN" and "****0005" in login.hint.text()
        qtbot.waitUntil(lambda: whole_on_one_line(login.title))     # laid out anew


def test_the_card_heading_takes_the_width_in_landscape(qtbot, demo):
    """Before the card: the long heading wraps at word ends in a wide column."""
    with window_size(qtbot, demo, *DEMO_LANDSCAPE):
        qtbot.mouseClick(demo.window.screens["attract"].tiles["account"],
                         Qt.MouseButton.LeftButton)
        login = demo.screen
        assert demo.window.current == "login"
        assert whole_on_one_line(login.title), login.title.text()
        qtbot.mouseClick(demo.window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
        title = login.title
        assert title.width() > 0.4 * demo.window.width()
        qtbot.waitUntil(lambda: title.heightForWidth(title.width()) <= title.height() + 1)
        lines = title.heightForWidth(title.width()) / title.fontMetrics().lineSpacing()
        assert lines < 3.5, f"{lines:.1f} lines"


def test_a_hold_begun_before_log_in_says_its_title_is_kept(qtbot, demo):
    title = demo.terminal.catalogue.title("R001")              # 三体
    qtbot.mouseClick(demo.window.screens["attract"].tiles["find"], Qt.MouseButton.LeftButton)
    demo.panel.scanner.scan(title.isbn)
    settle(qtbot, demo)
    find = demo.screen
    qtbot.waitUntil(lambda: bool(find.results.widgets()), timeout=10_000)
    qtbot.mouseClick(find.results.widgets()[0], Qt.MouseButton.LeftButton)
    settle(qtbot, demo)
    click(qtbot, demo.window, "预约")
    assert demo.window.current == "login"
    assert f"《{title.title}》" in " ".join(shown_texts(demo.window))
    for key in "0440000005":                                   # typed card: the PIN step
        click(qtbot, demo.window, key)
    click(qtbot, demo.window, "确定")
    assert f"《{title.title}》" in " ".join(shown_texts(demo.window))
    click(qtbot, demo.window, "首页")                          # changed their mind
    assert demo.window.current == "attract"
    qtbot.mouseClick(demo.window.screens["attract"].tiles["account"],
                     Qt.MouseButton.LeftButton)
    assert demo.window.current == "login"
    assert title.title not in " ".join(shown_texts(demo.window))


def test_a_card_scanned_over_an_open_message_closes_it_before_the_page_changes(qtbot, demo):
    scan_typed(qtbot, demo, demo.spare_books(1)[0])          # "this is a book's barcode"
    assert demo.window.message.isVisible() and demo.window.current == "attract"
    changes: list[tuple[str, bool]] = []                     # (page, message open) each time

    def changed(name: str) -> None:
        changes.append((name, demo.window.message.isVisible()))

    demo.window.screen_changed.connect(changed)
    try:
        scan_typed(qtbot, demo, "0440000005")                # then the reader's card
    finally:
        demo.window.screen_changed.disconnect(changed)
    assert demo.window.current == "login" and demo.screen.title.text() == "请输入密码"
    assert changes == [("login", False)]
    assert not demo.window.message.isVisible()


def test_an_unknown_code_scanned_over_the_message_replaces_it(qtbot, demo):
    scan_typed(qtbot, demo, demo.spare_books(1)[0])
    scan_typed(qtbot, demo, "NOT-A-CODE-42")
    assert demo.window.current == "attract"
    assert demo.window.message.isVisible() and "无法识别" in demo.window.message.text.text()
    click(qtbot, demo.window, "确定")
    assert not demo.window.message.isVisible()
