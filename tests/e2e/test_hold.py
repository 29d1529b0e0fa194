"""Holds (issue 12.5): the title chosen before log-in is kept through the log-in
(it used to be lost: a pickup page with no title, then a ValueError), and a copy
on the shelf here is offered before a pickup place is asked for."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.e2e.conftest import button, click, settle

EMILY = "04A1B2C7"      # Emily Chen: no holds of her own


def on_shelf_here(demo, title_id: str) -> bool:
    return any(str(c.item.status) == "available"
               and demo.window.kiosk.plan.knows(c.item.location_id)
               for c in demo.terminal.catalogue.copies(title_id))


def none_available(demo, title_id: str) -> bool:
    return all(str(c.item.status) != "available"
               for c in demo.terminal.catalogue.copies(title_id))


def a_title(demo, shelved: bool) -> str:
    """A title on the shelf here, or one with no copy on any shelf (a hold anywhere)."""
    ids = [f"R{n:03d}" for n in range(1, 26)] + [f"T{n:07d}" for n in range(1, 3000)]
    for title_id in ids:
        title = demo.terminal.catalogue.title(title_id)
        fits = on_shelf_here(demo, title_id) if shelved else none_available(demo, title_id)
        if title and title.isbn and fits:
            return title_id
    raise AssertionError(f"no demo title with shelved={shelved}")


def hold_before_login(qtbot, demo, title_id: str) -> str:
    """Find the title by scanning its ISBN, open it, tap Place a hold, tap a card."""
    title = demo.terminal.catalogue.title(title_id)
    qtbot.mouseClick(demo.window.screens["attract"].tiles["find"], Qt.MouseButton.LeftButton)
    demo.panel.scanner.scan(title.isbn)
    settle(qtbot, demo)
    find = demo.screen
    qtbot.waitUntil(lambda: bool(find.results.widgets()), timeout=10_000)
    card = next(c for c in find.results.widgets() if c.hit.title.id == title_id)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    settle(qtbot, demo)
    assert demo.window.current == "title"
    click(qtbot, demo.window, "预约")
    assert demo.window.current == "login"
    demo.panel.card.present(EMILY)
    settle(qtbot, demo)
    demo.panel.card.remove()
    assert demo.window.current == "hold"
    return title.title


def test_a_hold_begun_before_log_in_keeps_its_title(qtbot, demo):
    title = hold_before_login(qtbot, demo, a_title(demo, shelved=False))
    hold = demo.screen
    assert hold.book_label.text() == title
    assert not hold.on_shelf.isVisible() and hold.instruction.isVisible()
    qtbot.waitUntil(lambda: bool(hold.places))
    name = hold.places[0].name_zh
    qtbot.waitUntil(lambda: any(b.text() == name and b.isVisible()
                                for b in hold.findChildren(type(hold.anyway))))
    qtbot.mouseClick(button(demo.window, name), Qt.MouseButton.LeftButton)
    settle(qtbot, demo)
    assert hold.outcome.isVisible() and hold.outcome.property("role") == "success", \
        hold.outcome.text()


def test_a_copy_on_the_shelf_here_is_offered_before_a_pickup_place(qtbot, demo):
    title = hold_before_login(qtbot, demo, a_title(demo, shelved=True))
    hold = demo.screen
    assert hold.book_label.text() == title
    assert hold.on_shelf.isVisible() and not hold.instruction.isVisible()
    click(qtbot, demo.window, "位置导航")
    assert demo.window.current == "map"
    qtbot.mouseClick(demo.window.footer.back_button, Qt.MouseButton.LeftButton)
    assert demo.window.current == "hold"
    click(qtbot, demo.window, "仍要预约")
    assert hold.instruction.isVisible() and not hold.on_shelf.isVisible()
    qtbot.waitUntil(lambda: bool(hold.places))
    here = next(p for p in hold.places if p.id.startswith("SZL"))   # its shelf has the copy
    qtbot.waitUntil(lambda: any(b.text() == here.name_zh and b.isVisible()
                                for b in hold.findChildren(type(hold.anyway))))
    qtbot.mouseClick(button(demo.window, here.name_zh), Qt.MouseButton.LeftButton)
    settle(qtbot, demo)
    assert hold.outcome.isVisible() and hold.outcome.property("role") == "success", \
        hold.outcome.text()         # set aside for the reader (预借), not refused


def test_the_title_page_lists_this_branchs_copies_first(qtbot, demo):
    qtbot.mouseClick(demo.window.screens["attract"].tiles["find"], Qt.MouseButton.LeftButton)
    demo.panel.scanner.scan(demo.terminal.catalogue.title("R001").isbn)
    settle(qtbot, demo)
    find = demo.screen
    qtbot.waitUntil(lambda: bool(find.results.widgets()), timeout=10_000)
    qtbot.mouseClick(find.results.widgets()[0], Qt.MouseButton.LeftButton)
    settle(qtbot, demo)
    title = demo.screen
    where = {c.item.barcode: c.item.location_id for c in demo.terminal.catalogue.copies("R001")}
    here = [where[row.key].startswith("SZL") for row in title.list.widgets()]
    assert any(here) and not all(here)
    assert here == sorted(here, reverse=True)       # all of this branch's come first
