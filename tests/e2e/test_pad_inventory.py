"""What is lent or returned is exactly what lies on the pad when the act is done
(issue 18.1): a book lifted off the pad is never lent, returned or switched,
whether it leaves with "Lift everything" or between two polls of a reader."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from tests.e2e.conftest import click, rows, settle


def loans_of(demo, card: str) -> set[str]:
    return {v.item.barcode for v in demo.terminal.circulation.account(card).loans}


def test_lift_everything_then_one_book_returns_only_that_book(qtbot, demo):
    uid, card = demo.reader(60)
    a, b = demo.spare_books(2)
    demo.panel.card.present(uid)
    settle(qtbot, demo)
    demo.panel.card.remove()
    uids = {code: demo.panel.place(code) for code in (a, b)}   # borrowed, left on the pad
    settle(qtbot, demo)
    assert {a, b} <= loans_of(demo, card)
    qtbot.mouseClick(demo.window.footer.home_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(demo.window.screens["attract"].tiles["return"], Qt.MouseButton.LeftButton)
    assert demo.window.current == "return"
    demo.panel.show()
    click(qtbot, demo.panel, "Lift everything")
    settle(qtbot, demo)
    again = demo.panel.place(a)
    settle(qtbot, demo)
    assert set(rows(demo.screen)) == {a}
    assert rows(demo.screen)[a][0] == "done"
    assert loans_of(demo, card) & {a, b} == {b}
    security = demo.config.security
    assert demo.panel.pad.field.get(again).afi == security.afi_in_library
    assert uids[b] not in demo.panel.pad.field.tags


def _two_in_one_poll_then_one_lifted(demo, codes: list[str]) -> dict[str, str]:
    """A reader's poll sees every book at once; the last is lifted before the next poll,
    while the acts for the others are still running."""
    pad = demo.panel.pad
    tags = {code: pad.make_tag(code, demo.config.security.owner_library) for code in codes}
    for tag in tags.values():
        pad.field.place(tag)
    pad.refresh()                      # one poll: all of them arrive
    pad.field.lift(tags[codes[-1]].uid)
    return {code: tag.uid for code, tag in tags.items()}


def test_borrow_does_not_lend_a_book_lifted_before_its_turn(qtbot, demo):
    uid, card = demo.reader(60)
    codes = demo.spare_books(3)
    demo.panel.card.present(uid)
    settle(qtbot, demo)
    demo.panel.card.remove()
    assert demo.window.current == "borrow"
    uids = _two_in_one_poll_then_one_lifted(demo, codes)
    try:
        demo.panel.pad.refresh()       # the next poll: it is gone
        settle(qtbot, demo)
        kept, lifted = codes[:-1], codes[-1]
        assert set(rows(demo.screen)) == set(kept)
        assert all(rows(demo.screen)[c][0] == "done" for c in kept)
        loans = loans_of(demo, card)
        assert set(kept) <= loans and lifted not in loans
        field = demo.panel.pad.field
        assert all(field.get(uids[c]).afi == demo.config.security.afi_on_loan for c in kept)
    finally:
        demo.panel.pad.field.clear()
        demo.panel.pad.refresh()


def test_return_does_not_take_back_a_book_lifted_before_its_turn(qtbot, demo):
    uid, card = demo.reader(60)
    codes = demo.spare_books(3)
    demo.panel.card.present(uid)
    settle(qtbot, demo)
    demo.panel.card.remove()
    for code in codes:                  # borrow the three by scanning them
        demo.panel.scanner.scan(code)
    settle(qtbot, demo)
    assert set(codes) <= loans_of(demo, card)
    qtbot.mouseClick(demo.window.footer.home_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(demo.window.screens["attract"].tiles["return"], Qt.MouseButton.LeftButton)
    _two_in_one_poll_then_one_lifted(demo, codes)
    try:
        demo.panel.pad.refresh()
        settle(qtbot, demo)
        kept, lifted = codes[:-1], codes[-1]
        assert set(rows(demo.screen)) == set(kept)
        loans = loans_of(demo, card)
        assert not set(kept) & loans and lifted in loans
    finally:
        demo.panel.pad.field.clear()
        demo.panel.pad.refresh()


def test_books_still_on_the_pad_at_a_second_log_in_are_not_errors(qtbot, demo):
    uid, _card = demo.reader(60)
    [book] = demo.spare_books(1)
    demo.panel.card.present(uid)
    settle(qtbot, demo)
    demo.panel.card.remove()
    demo.panel.place(book)
    settle(qtbot, demo)
    assert rows(demo.screen)[book][0] == "done"
    [due] = re.findall(r"\d{4}年\d{1,2}月\d{1,2}日", rows(demo.screen)[book][1])
    qtbot.mouseClick(demo.window.footer.logout_button, Qt.MouseButton.LeftButton)
    heard = []
    demo.window.kiosk.sounds.played.connect(heard.append)
    demo.panel.card.present(uid)                 # the same reader, the book still there
    settle(qtbot, demo)
    demo.panel.card.remove()
    state, text = rows(demo.screen)[book]
    assert state == "plain" and "你已经借了" in text
    assert heard == ["success"]
    # its due day written as every other date on the terminal, not as ISO
    assert due in text and not re.search(r"\d{4}-\d{2}-\d{2}", text)
    qtbot.mouseClick(demo.window.header.language_buttons["en"], Qt.MouseButton.LeftButton)
    text = rows(demo.screen)[book][1]
    assert re.search(r"It is due on \d{1,2} [A-Z][a-z]{2,3} \d{4}\.", text), text
