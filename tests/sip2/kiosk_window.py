"""The real kiosk window on a SIP2 terminal (pysip2's server behind a relay), with
the simulator panel for the devices: what the UI tests of tests/sip2 drive."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt

from tests.e2e.conftest import click
from tests.sip2.relay import Relay
from tests.sip2.test_terminal_policy import build_site

PIN = "2468"  # the reader's PIN at the ACS (build_site)


@contextmanager
def sip2_kiosk(tmp_path, ils_port: int, library, **env):
    """(window, panel, card, barcodes) for a SIP2 terminal configured by ``env``."""
    from ui.app import application
    from ui.kiosk.build import build_kiosk, dispose
    from ui.kiosk.simulator_panel import SimulatorPanel

    application()
    line = Relay(ils_port)
    terminal, card, barcodes, _ = build_site(tmp_path, line.port, library, devices=True,
                                             KIOSK_UI_FULLSCREEN="false", **env)
    window = build_kiosk(terminal.config, terminal, speech_engine="mock", animate=False)
    window.resize(1080, 1920)
    window.show()
    panel = SimulatorPanel(terminal, None, window)
    try:
        yield window, panel, card, barcodes
    finally:
        panel.close()
        panel.deleteLater()
        dispose(window)
        terminal.close()
        line.close()


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.kiosk.worker.running == 0, timeout=20_000)


def scan(qtbot, window, panel, code: str) -> None:
    """Type a code into the simulator's scanner and press Scan."""
    panel.show()
    field = panel.code
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, code)
    click(qtbot, panel, "Scan")
    settle(qtbot, window)


def log_in(qtbot, window, panel, card: str) -> None:
    """The card's barcode scanned, its PIN on the on-screen keypad."""
    scan(qtbot, window, panel, card)
    for key in PIN:
        click(qtbot, window, key)
    click(qtbot, window, "确定")
    settle(qtbot, window)
