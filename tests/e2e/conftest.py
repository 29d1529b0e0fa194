"""End-to-end: the real terminal window on the real services, a real replica,
the reference central server on loopback and simulated devices.

One demo centre and terminal serve the whole session (starting one takes
seconds); each test uses its own patrons and books, and starts and ends on
the attract screen with the pad empty.
"""
from __future__ import annotations

import itertools
import os
from dataclasses import dataclass

import pytest

from ui.app import prepare_environment

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_TTS_ENGINE", "mock")
# the virtual keyboard's input method is chosen when the QApplication is made,
# whichever fixture makes it first (pytest-qt's qapp or the terminal's own)
prepare_environment()


def pytest_collection_modifyitems(items):
    """pytest-qt's Qt log capture calls Python from Qt's QML loader thread while
    the UI thread holds the GIL waiting for that loader (the virtual keyboard's
    QML): a deadlock. These tests turn it off (like `--no-qt-log`)."""
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.no_qt_log)


@dataclass
class Demo:
    config: object
    terminal: object
    server: object
    window: object
    panel: object

    @property
    def screen(self):
        return self.window.screen()

    def lendable(self, n: int) -> list[str]:
        """n copies on the shelf here, one per title, from the demo's well-known titles."""
        well_known = ("R003", "R006", "R007", "R010", "R001", "R005")
        found = [c for c in map(self.copies_here, well_known) if c]
        assert len(found) >= n, f"the demo library has fewer than {n} lendable titles at SZL"
        return [copies[0] for copies in found[:n]]

    def spare_books(self, n: int) -> list[str]:
        """n Chinese books on the shelf here from the rest of the catalogue, for tests
        that lend many: the well-known titles stay for the tests that name them."""
        def chinese_here(title_id: str) -> list[str]:
            return [c.item.barcode for c in self.terminal.catalogue.copies(title_id)
                    if c.item.location_id.startswith("SZL") and str(c.item.status) ==
                    "available" and getattr(c.item.language, "value", c.item.language) == "zh"]
        found = itertools.islice(filter(None, map(chinese_here, (
            f"T{i:07d}" for i in range(1, 3000)))), n)
        return [copies[0] for copies in found]

    def reader(self, first: int) -> tuple[str, str]:
        """(card UID, card number) of a demo reader from number `first` on, active, with
        nothing overdue or owed and room to borrow: a test that lends many books takes
        its own reader, so the well-known ones keep their state for the others."""
        circulation = self.terminal.circulation
        for n in range(first, 231):
            card = f"0440{n:06d}"
            view = circulation.account(card)
            if (str(view.patron.status) == "active" and not view.fees_fen
                    and not any(loan.overdue_days for loan in view.loans)
                    and circulation.loans_left(card) >= 6):
                return f"05{n:06X}", card
        raise AssertionError(f"no free demo reader from {first} on")

    def copies_here(self, title_id: str, status: str = "available") -> list[str]:
        """This title's copies at SZL in that status; the centre's demo history
        lends and reserves some, so tests choose by status, not by barcode."""
        return [c.item.barcode for c in self.terminal.catalogue.copies(title_id)
                if c.item.location_id.startswith("SZL") and str(c.item.status) == status]

    def copy_here(self, title_id: str, status: str = "available") -> str:
        copies = self.copies_here(title_id, status)
        assert copies, f"the demo data has no {status} copy of {title_id} at SZL"
        return copies[0]


@pytest.fixture(scope="session")
def demo_session(tmp_path_factory):
    from kiosk.cli.demo import demo_terminal
    from ui.app import application
    from ui.kiosk.build import build_kiosk, dispose
    from ui.kiosk.simulator_panel import SimulatorPanel

    application()
    config, terminal, server = demo_terminal(tmp_path_factory.mktemp("kiosk"),
                                             ui_overrides={"speech": True})
    window = build_kiosk(config, terminal, speech_engine="mock", animate=False)
    window.resize(1080, 1920)
    window.show()
    panel = SimulatorPanel(terminal, server, window)
    yield Demo(config, terminal, server, window, panel)
    panel.close()
    panel.deleteLater()
    dispose(window)
    terminal.close()
    server.stop()


@pytest.fixture
def demo(demo_session, qtbot):
    d = demo_session
    d.window.set_language("zh_CN")
    d.window.set_theme("normal")
    d.window.logout()
    d.window.activateWindow()          # the terminal is the window a reader touches
    qtbot.waitUntil(d.window.isActiveWindow)
    yield d
    d.panel.lift_all()
    d.panel.card.remove()
    d.window.kiosk.worker.wait()
    d.window.logout()
    if not d.server.running:
        d.server.start()


def named(window, card: str) -> str:
    """How the demo terminal names a reader: the card's key with the demo's deployment
    secret (kiosk.domain.card_keys); a terminal holds no card number."""
    from kiosk.config import read_secret
    from kiosk.domain.card_keys import card_key

    secret = read_secret(window.kiosk.config.offline.pin_secret_file, "demo")
    return card_key(secret, card)


def settle(qtbot, demo, timeout: int = 15_000) -> None:
    """Wait until every background call has answered."""
    qtbot.waitUntil(lambda: demo.window.kiosk.worker.running == 0, timeout=timeout)


def rows(screen) -> dict[str, tuple[str, str]]:
    return {key: (row.state, row.status.text()) for key, row in screen.rows.items()}


def button(parent, text: str):
    """The visible button showing `text` (or named so for accessibility)."""
    from PySide6.QtWidgets import QAbstractButton
    found = [b for b in parent.findChildren(QAbstractButton) if b.isVisible()
             and text in (b.text(), b.accessibleName())]
    assert found, f"no visible button {text!r}"
    return found[0]


def click(qtbot, parent, text: str) -> None:
    """A reader's tap on the visible button showing `text`."""
    from PySide6.QtCore import Qt
    qtbot.mouseClick(button(parent, text), Qt.MouseButton.LeftButton)


def keyboard_texts(panel, kind: str) -> dict:
    return panel.texts(kind)


def tap_keyboard(qtbot, panel, text: str, kind: str = "key") -> None:
    """A reader's tap on the key (or candidate) showing `text`, where it is drawn."""
    from PySide6.QtCore import Qt
    qtbot.waitUntil(lambda: panel.tap_point(text, kind) is not None, timeout=10_000)
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=panel.tap_point(text, kind))
