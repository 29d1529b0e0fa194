"""Choosing fees to pay (review item 11): each fee is a real check box (it was a "☑"
glyph in a row's text), tapped anywhere on its row; one Back, the footer's (the
screen had its own "✕ 返回" beside it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel

from tests.e2e.conftest import settle


def owing(demo) -> str:
    """The card UID of an active demo reader who owes fees (other tests pay 李华's)."""
    circulation = demo.terminal.circulation
    for n in range(7, 231):
        view = circulation.account(f"0440{n:06d}")
        if str(view.patron.status) == "active" and view.fees_fen:
            return f"05{n:06X}"
    raise AssertionError("no demo reader owes fees")


def test_fees_are_check_boxes_and_there_is_one_back(qtbot, demo):
    window = demo.window
    demo.panel.card.present(owing(demo))
    settle(qtbot, demo)
    demo.panel.card.remove()
    qtbot.mouseClick(window.footer.home_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.screens["attract"].tiles["pay"], Qt.MouseButton.LeftButton)
    settle(qtbot, demo)
    assert window.current == "pay"
    def shown_boxes() -> list[QCheckBox]:        # rows added to a shown list appear
        return [b for b in window.findChildren(QCheckBox) if b.isVisible()]   # next loop

    qtbot.waitUntil(lambda: bool(shown_boxes()), timeout=10_000)
    boxes = shown_boxes()
    assert all(b.isChecked() for b in boxes)                 # all owed fees, to start
    before = window.screen().go_pay.text()
    qtbot.mouseClick(boxes[0], Qt.MouseButton.LeftButton, pos=boxes[0].rect().center())
    assert shown_boxes() == boxes and not boxes[0].isChecked() and window.screen().go_pay.text() != before
    shown = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
             if w.isVisible()]
    assert not any("☑" in t or "☐" in t for t in shown), shown
    assert [t for t in shown if "返回" in t] == ["返回"]
