"""Which ways in ask for the PIN is configuration ([login], issue 12.1): by default a
tapped chip card and the e-card QR log straight in (a scanned card number asks,
test_scanning.py); a library that sets pin_for_tap and pin_for_ecard in kiosk.toml
gets the PIN step for both. A terminal of its own with that kiosk.toml."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.config import LoginConfig
from tests.e2e.conftest import click, named, settle

ZHANG = "04A1B2C3"          # 张晓明's chip card (the simulator's first card)


@pytest.fixture(scope="module")
def strict(tmp_path_factory):
    from kiosk.cli.demo import demo_terminal
    from ui.app import application
    from ui.kiosk.build import build_kiosk, dispose
    from ui.kiosk.simulator_panel import SimulatorPanel

    application()
    data = tmp_path_factory.mktemp("pin")
    (data / "kiosk.toml").write_text("[login]\npin_for_tap = true\npin_for_ecard = true\n",
                                     encoding="utf-8")
    config, terminal, server = demo_terminal(data, ui_overrides={"speech": False})
    window = build_kiosk(config, terminal, animate=False)
    window.resize(1080, 1920)
    window.show()
    panel = SimulatorPanel(terminal, server, window)
    panel.show()
    yield _Demo(window, panel)
    panel.close()
    panel.deleteLater()
    dispose(window)
    terminal.close()
    server.stop()


class _Demo:
    def __init__(self, window, panel):
        self.window, self.panel = window, panel

    @property
    def screen(self):
        return self.window.screen()


def enter_pin(qtbot, demo, pin: str = "1234") -> None:
    assert demo.window.current == "login" and demo.window.kiosk.session is None
    assert demo.screen.title.text() == "请输入密码"
    for key in pin:
        click(qtbot, demo.window, key)
    click(qtbot, demo.window, "确定")
    settle(qtbot, demo)


def log_out(qtbot, demo) -> None:
    qtbot.mouseClick(demo.window.footer.logout_button, Qt.MouseButton.LeftButton)
    assert demo.window.kiosk.session is None


def test_the_defaults_are_as_documented():
    assert LoginConfig() == LoginConfig(pin_for_tap=False, pin_for_barcode=True,
                                        pin_for_ecard=False)


def test_by_default_a_tapped_card_logs_straight_in(qtbot, demo):
    demo.panel.card.present(ZHANG)
    settle(qtbot, demo)
    demo.panel.card.remove()
    assert demo.window.current == "borrow"
    assert demo.window.kiosk.session.card == named(demo.window, "0440000001")


def test_a_tapped_card_asks_for_the_pin_when_configured(qtbot, strict):
    strict.panel.card.present(ZHANG)
    settle(qtbot, strict)
    strict.panel.card.remove()
    enter_pin(qtbot, strict)
    assert strict.window.current == "borrow"
    assert strict.window.kiosk.session.card == named(strict.window, "0440000001")
    log_out(qtbot, strict)


def test_the_e_card_asks_for_the_pin_when_configured(qtbot, strict):
    click(qtbot, strict.panel, "E-card of 张晓明")
    settle(qtbot, strict)
    enter_pin(qtbot, strict, "9999")                        # a wrong PIN: still out
    assert strict.window.kiosk.session is None
    assert strict.screen.error.isVisible() and "密码" in strict.screen.error.text()
    click(qtbot, strict.panel, "E-card of 张晓明")             # again, with the right one
    settle(qtbot, strict)
    enter_pin(qtbot, strict)
    assert strict.window.current == "borrow"
    assert strict.window.kiosk.session.card == named(strict.window, "0440000001")
    log_out(qtbot, strict)
