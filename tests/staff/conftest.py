"""The desk against a real centre on loopback, a real replica file and simulated devices.

One demo centre serves the whole staff suite (tests use different patrons and
items); the desk's replica is pulled once and copied for each test, so a test
starts from a synced desk in milliseconds.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.app import build_desk
from kiosk.config import load_config
from tests.central_server import running_central


@pytest.fixture(scope="session")
def central(tmp_path_factory):
    with running_central(tmp_path_factory.mktemp("staff-centre"), demo=True) as handle:
        yield handle


@pytest.fixture(scope="session")
def synced_replica(central, tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("desk-template")
    terminal, service = build_desk(load_config(data, env={}), central=central.url,
                                   devices=False)
    service.sign_in("librarian", "librarian")
    assert service.force_sync().state == "online"
    terminal.replica.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    terminal.close()
    return data / "replica.db"


@pytest.fixture
def make_desk(central, synced_replica, tmp_path):
    """make_desk(name, token) -> (terminal, service) on a copy of the synced replica, sim
    devices; with a device token the desk is enrolled (a device of the fleet)."""
    made = []

    def make(name: str = "desk", token: str = ""):
        data = tmp_path / name
        data.mkdir()
        shutil.copyfile(synced_replica, data / "replica.db")
        env = {"KIOSK_DEVICES_CARD": "sim:", "KIOSK_DEVICES_RFID": "sim:",
               "KIOSK_DEVICES_SCANNER": "wedge:", "KIOSK_DEVICES_PRINTER": "sim:",
               "KIOSK_BACKEND_TOKEN": token}
        terminal, service = build_desk(load_config(data, env=env), central=central.url)
        made.append(terminal)
        return terminal, service

    yield make
    for terminal in made:
        terminal.close()


@pytest.fixture
def window(qtbot, make_desk):
    """A signed-out desk window (English) over a fresh desk."""
    from ui.staff import i18n
    from ui.staff.window import StaffWindow

    i18n.install("en")
    terminal, service = make_desk()
    win = StaffWindow(service, devices=terminal.devices, refresh_ms=600_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()
    win.deleteLater()       # gone before the terminal closes, not in a later test
    QCoreApplication.sendPostedEvents(win, QEvent.Type.DeferredDelete)


TYPING_MS = 80   # a person types slower than a scanner's burst (the wedge filter's 50 ms)


def type_into(qtbot, widget: QWidget, text: str, enter: bool = False) -> None:
    """Click a field, select what it holds and type over it as a person does (then
    Enter, if told)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text, delay=TYPING_MS)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def ime_commit(qtbot, widget: QWidget, text: str, enter: bool = False) -> None:
    """Click a field and type Chinese through an input method: the IME commits the text."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def scan_into(qtbot, widget: QWidget, code: str) -> None:
    """Click a field and let a keyboard-wedge scanner type a code and Enter in one burst."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(widget, code + "\r")


def button(win: QWidget, text: str) -> QAbstractButton:
    """The one visible button showing `text` (or so named for a screen reader)."""
    found = [b for b in win.findChildren(QAbstractButton) if b.isVisible()
             and text in (b.text(), b.accessibleName())]
    assert len(found) == 1, (text, [b.text() for b in win.findChildren(QAbstractButton)
                                    if b.isVisible()])
    return found[0]


def click(qtbot, win: QWidget, text: str) -> None:
    qtbot.mouseClick(button(win, text), Qt.MouseButton.LeftButton)


def sign_in(qtbot, win, user: str = "librarian", password: str | None = None) -> None:
    page = win.sign_in_page
    type_into(qtbot, page.user, user, enter=True)
    qtbot.keyClicks(page.password, password or user, delay=TYPING_MS)   # Enter moved the focus
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.signed_in, timeout=10_000)
    settle(qtbot, win)


def open_patron(qtbot, win, card: str) -> None:
    """F2 and a card scanned into the patron field, as at the desk."""
    qtbot.keyClick(win.desk, Qt.Key.Key_F2)
    scan_into(qtbot, win.desk.find_field, card)
    qtbot.waitUntil(lambda: win.desk.account is not None
                    and win.desk.account.patron.card == card, timeout=10_000)
    settle(qtbot, win)


def settle(qtbot, win) -> None:
    """Wait until every background call has answered."""
    qtbot.waitUntil(lambda: win.worker.running == 0, timeout=15_000)


def available_items(replica, n: int, skip: set[str] = frozenset()) -> list[str]:
    """Plain Chinese books on the shelf that nobody has reserved, not yet used by this
    suite (Chinese: a card's limit on foreign-language items is lower)."""
    rows = replica.conn.execute(
        "SELECT i.barcode FROM items i WHERE i.status = 'available' AND i.parts = 1 AND "
        "i.language = 'zh' AND "
        "i.material_type = 'book' AND i.location_id LIKE 'SZL%' AND NOT EXISTS (SELECT 1 FROM "
        "holds h WHERE h.title_id = i.title_id AND h.status IN ('pending', 'waiting')) "
        "ORDER BY random() LIMIT ?", (n + 50,)).fetchall()
    return [r[0] for r in rows if r[0] not in skip][:n]
