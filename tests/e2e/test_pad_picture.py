"""Borrow and Return show where the books go (issue 12.6): a picture of the pad
under the screen with a book coming down onto it, named for a screen reader,
moving in the normal look and still where the look wants no motion; it gives
way to the rows as soon as the first book is read."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.e2e.conftest import click, settle

NAME = "图示：图书放在哪里"


def pictures(window) -> list[QWidget]:
    """The visible widgets a screen reader announces as a graphic by that name."""
    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        face = QAccessible.queryAccessibleInterface(w)
        if (face is not None and face.role() == QAccessible.Role.Graphic
                and face.text(QAccessible.Text.Name) == NAME):
            found.append(w)
    return found


def open_screen(qtbot, demo, where: str) -> None:
    if where == "borrow":
        uid, _card = demo.reader(40)
        demo.panel.card.present(uid)
        settle(qtbot, demo)
        demo.panel.card.remove()
    else:
        click(qtbot, demo.window, "还书")
    assert demo.window.current == where


@pytest.mark.parametrize("where", ["borrow", "return"])
def test_the_picture_is_named_and_gives_way_to_the_rows(qtbot, demo, where):
    open_screen(qtbot, demo, where)
    [picture] = pictures(demo.window)
    face = QAccessible.queryAccessibleInterface(picture)
    assert "感应区" in face.text(QAccessible.Text.Description)
    if shots := os.environ.get("KIOSK_TEST_SHOTS"):
        demo.window.grab().save(f"{shots}/picture-{where}.png")
    demo.panel.scanner.scan(f"NOPE-picture-{where}")
    settle(qtbot, demo)
    qtbot.waitUntil(lambda: not pictures(demo.window))
    assert demo.screen.rows[f"NOPE-picture-{where}"].isVisible()


def frames_differ(picture, qtbot, wait_ms: int) -> bool:
    first = picture.grab().toImage()
    qtbot.wait(wait_ms)
    return picture.grab().toImage() != first


def test_the_picture_moves_in_the_normal_look(qtbot, demo):
    demo.window.animate = True            # the demo terminal's windows animate; tests' not
    try:
        click(qtbot, demo.window, "还书")
        [picture] = pictures(demo.window)
        qtbot.waitUntil(lambda: frames_differ(picture, qtbot, 100), timeout=5000)
    finally:
        demo.window.animate = False


@pytest.mark.parametrize("look", ["large", "contrast"])
def test_the_picture_stands_still_where_the_look_wants_no_motion(qtbot, demo, look):
    demo.window.animate = True
    try:
        if look == "large":
            qtbot.mouseClick(demo.window.footer.text_button, Qt.MouseButton.LeftButton)
        else:
            demo.window.set_theme("contrast")
        click(qtbot, demo.window, "还书")
        [picture] = pictures(demo.window)
        assert not frames_differ(picture, qtbot, 600)
    finally:
        demo.window.animate = False
