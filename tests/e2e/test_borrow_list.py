"""The Borrow list as a reader follows it (issue 12.6): the newest row scrolls
into view, a counter says what this visit lent and what is still allowed, and
at least three rows show in every look (normal, large text, high contrast) and
shape (portrait, landscape)."""
from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import QRect, Qt

from tests.e2e.conftest import click, settle


def log_in(qtbot, demo) -> None:
    uid, _card = demo.reader(40)
    demo.panel.card.present(uid)
    settle(qtbot, demo)
    demo.panel.card.remove()
    assert demo.window.current == "borrow"


def in_view(screen, row) -> bool:
    viewport = screen.list.viewport()
    place = QRect(row.mapTo(viewport, row.rect().topLeft()), row.size())
    return viewport.rect().contains(place)


def test_the_counter_counts_this_visit_and_what_is_still_allowed(qtbot, demo):
    log_in(qtbot, demo)
    counter = demo.screen.counter
    qtbot.waitUntil(lambda: counter.isVisible() and bool(counter.text()))
    now, left = map(int, re.fullmatch(r"本次借 (\d+) 本 · 还可借 (\d+) 本", counter.text()).groups())
    assert now == 0 and left > 1
    demo.panel.place(demo.spare_books(1)[0])
    settle(qtbot, demo)
    assert counter.text() == f"本次借 1 本 · 还可借 {left - 1} 本"
    qtbot.mouseClick(demo.window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert counter.text() == f"Borrowed now: 1 book · Still allowed: {left - 1} books"


def test_return_counts_what_this_visit_took_back(qtbot, demo):
    log_in(qtbot, demo)
    book = demo.spare_books(1)[0]
    demo.panel.place(book)
    settle(qtbot, demo)
    demo.panel.lift(book)
    qtbot.mouseClick(demo.window.footer.logout_button, Qt.MouseButton.LeftButton)
    click(qtbot, demo.window, "还书")
    counter = demo.screen.counter
    assert demo.window.current == "return" and counter.text() == "本次还 0 本"
    demo.panel.place(book)
    settle(qtbot, demo)
    assert counter.isVisible() and counter.text() == "本次还 1 本"
    qtbot.mouseClick(demo.window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert counter.text() == "Returned now: 1 book"


def choose_look(qtbot, demo, look: str) -> None:
    """Large text is the reader's own switch in the footer; high contrast is the
    terminal's configured look (ui.theme), set as the library sets it."""
    if look == "large":
        qtbot.mouseClick(demo.window.footer.text_button, Qt.MouseButton.LeftButton)
    elif look == "contrast":
        demo.window.set_theme("contrast")
    assert demo.window.kiosk.theme.name == look


@pytest.mark.parametrize("look", ["normal", "large", "contrast"])
@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=["portrait", "landscape"])
@pytest.mark.parametrize("where", ["borrow", "return"])
def test_the_newest_row_is_in_view_and_three_rows_show(qtbot, demo, size, look, where):
    demo.window.resize(*size)
    try:
        choose_look(qtbot, demo, look)
        if where == "borrow":
            log_in(qtbot, demo)
        else:
            click(qtbot, demo.window, "还书")
            assert demo.window.current == "return"
        codes = [f"NOPE-{where}-{size[0]}-{look}-{n}" for n in range(9)]   # refused rows
        for code in codes:
            demo.panel.scanner.scan(code)
            settle(qtbot, demo)
        screen = demo.screen
        newest = screen.rows[codes[-1]]
        qtbot.waitUntil(lambda: in_view(screen, newest))
        assert not in_view(screen, screen.rows[codes[0]])          # it did scroll
        if shots := os.environ.get("KIOSK_TEST_SHOTS"):            # to look at them
            demo.window.grab().save(f"{shots}/{where}-{look}-{size[0]}x{size[1]}.png")
        shown = sum(in_view(screen, r) for r in screen.rows.values())
        assert shown >= 3, f"only {shown} rows in view"
    finally:
        demo.window.resize(1080, 1920)
