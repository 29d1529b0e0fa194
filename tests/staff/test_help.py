"""Help from a terminal reaches the desk: a reader presses 求助 on a real terminal
window, the desk of the branch chimes and lists the call with the terminal's name,
the librarian answers it with a click and the terminal says staff are coming. Offline,
the terminal keeps the call and sends it when the centre is back; the reader can
cancel. Everything goes through the real centre on loopback."""
from __future__ import annotations

import shutil

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton

from kiosk.app import build_terminal
from kiosk.config import load_config
from tests.central_server import running_central
from tests.staff.conftest import settle, sign_in


def button(window, text: str) -> QAbstractButton:
    """The one visible button showing `text` (or named so for a screen reader)."""
    found = [b for b in window.findChildren(QAbstractButton) if b.isVisible()
             and text in (b.text(), b.accessibleName())]
    assert len(found) == 1, [b.text() for b in window.findChildren(QAbstractButton)
                             if b.isVisible()]
    return found[0]


@pytest.fixture
def make_terminal(qtbot, synced_replica, tmp_path):
    """make_terminal(url, token) -> a shown terminal window (English) on a synced replica."""
    from ui.kiosk.build import build_kiosk, dispose

    made = []

    def make(url: str, token: str):
        data = tmp_path / f"terminal{len(made)}"
        data.mkdir()
        shutil.copyfile(synced_replica, data / "replica.db")
        env = {"KIOSK_BACKEND_URL": url, "KIOSK_BACKEND_TOKEN": token, "KIOSK_BACKEND_KIND":
               "rest", "KIOSK_DEVICES_RFID": "sim:", "KIOSK_DEVICES_CARD": "sim:",
               "KIOSK_UI_LANGUAGE": "en", "KIOSK_UI_FULLSCREEN": "false"}
        config = load_config(data, env=env)
        terminal = build_terminal(config, devices=True)
        window = build_kiosk(config, terminal, speech_engine="mock", animate=False)
        window.resize(1080, 1920)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, terminal))
        return window

    yield make
    for window, terminal in made:
        window.help_call.worker.wait()
        dispose(window)
        terminal.close()


@pytest.fixture
def desk(qtbot, make_desk, central):
    """A desk enrolled at the terminal's branch (SZL), signed in, alerts every 0.3 s."""
    from ui.staff import i18n
    from ui.staff.window import StaffWindow

    i18n.install("en")
    terminal, service = make_desk("szl-desk", token=central.enrol("服务台 SZL", "SZL")["token"])
    win = StaffWindow(service, devices=terminal.devices, refresh_ms=600_000,
                      alerts_every_s=0.3)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    sign_in(qtbot, win)
    yield win
    if shiboken6.isValid(win):     # the terminal's disposal may have taken it already
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(win, QEvent.Type.DeferredDelete)


def test_help_at_a_terminal_rings_at_the_desk_which_answers_it(qtbot, central, desk,
                                                               make_terminal):
    kiosk = make_terminal(central.url, central.enrol("自助借还机 2F", "SZL")["token"])
    chimes = []
    desk.sounds.played.connect(chimes.append)

    qtbot.mouseClick(button(kiosk, "Help"), Qt.MouseButton.LeftButton)
    overlay = kiosk.help_call
    qtbot.waitUntil(lambda: "Staff have been called" in overlay.text.text(), timeout=10_000)

    qtbot.waitUntil(lambda: desk.alerts.isVisible(), timeout=10_000)
    assert "自助借还机 2F" in desk.alerts.lines[0].findChild(type(overlay.text)).text()
    assert chimes == ["alert"]
    qtbot.mouseClick(button(desk, "I'm going (Ctrl+K)"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not desk.alerts.isVisible(), timeout=10_000)
    row = central.store.row("SELECT * FROM alerts WHERE id = ?", (overlay.alert.id,))
    assert (row["status"], row["acked_by"]) == ("acked", "librarian")

    qtbot.waitUntil(lambda: overlay.title.text() == "Staff are coming", timeout=10_000)
    assert not button(kiosk, "Close").isHidden()
    assert not any(b.isVisible() and b.text() == "Cancel the call"
                   for b in kiosk.findChildren(QAbstractButton))
    settle(qtbot, desk)


def test_offline_the_call_is_kept_sent_when_the_centre_is_back_and_cancelled(
        qtbot, make_terminal, tmp_path):
    with running_central(tmp_path / "own", demo=True) as centre:
        kiosk = make_terminal(centre.url, centre.token)
        overlay = kiosk.help_call
        centre.stop()
        qtbot.mouseClick(button(kiosk, "Help"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "network is down" in overlay.text.text(), timeout=15_000)
        assert overlay.isVisible() and overlay.alert is None

        centre.start()
        qtbot.waitUntil(lambda: "Staff have been called" in overlay.text.text(), timeout=20_000)
        call = centre.store.row("SELECT * FROM alerts")
        assert call["status"] == "open" and call["device_id"] == centre.device_id

        qtbot.mouseClick(button(kiosk, "Cancel the call"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: overlay.title.text() == "Call cancelled", timeout=10_000)
        assert centre.store.row("SELECT status FROM alerts WHERE id = ?",
                                (call["id"],))["status"] == "cancelled"
