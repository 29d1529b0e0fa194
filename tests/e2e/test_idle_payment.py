"""No log-out while a payment waits for the reader's phone (issue 12.3): the
terminal used to count "剩余 14:57" on the QR screen and log the reader out at
about 75 s. A terminal of its own with the shortest idle time the config allows
(10 s, then a 2 s countdown), so the test waits on the idle timer's own signals."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.e2e.conftest import button, click, settle

LI = "04A1B2C4"          # 李华: an overdue book and fees


@pytest.fixture(scope="module")
def short_idle(tmp_path_factory):
    from kiosk.cli.demo import demo_terminal
    from ui.app import application
    from ui.kiosk.build import build_kiosk, dispose
    from ui.kiosk.simulator_panel import SimulatorPanel

    application()
    config, terminal, server = demo_terminal(
        tmp_path_factory.mktemp("idle"),
        ui_overrides={"speech": False, "idle_seconds": 10, "countdown_seconds": 2})
    window = build_kiosk(config, terminal, animate=False)
    window.resize(1080, 1920)
    window.show()
    panel = SimulatorPanel(terminal, server, window)
    panel.show()
    yield window, panel
    panel.close()
    panel.deleteLater()
    dispose(window)
    terminal.close()
    server.stop()


class _Demo:          # what settle() needs
    def __init__(self, window):
        self.window = window


def test_a_payment_made_after_the_reader_left_is_offered_at_the_next_log_in(qtbot,
                                                                           short_idle):
    """The reader pays on the phone, but taps Home before the terminal saw it: the
    cancel is refused by the centre (paid), so the payment is recorded and its
    receipt offered when the reader comes back. One fee is left for the next test."""
    window, panel = short_idle
    qtbot.mouseClick(window.screens["attract"].tiles["pay"], Qt.MouseButton.LeftButton)
    panel.card.present(LI)
    settle(qtbot, _Demo(window))
    panel.card.remove()
    pay = window.screens["pay"]
    rows = pay.list.widgets()
    assert len(rows) >= 2
    qtbot.mouseClick(rows[0], Qt.MouseButton.LeftButton)              # keep one fee for later
    total = pay.total()
    qtbot.mouseClick(pay.go_pay, Qt.MouseButton.LeftButton)
    settle(qtbot, _Demo(window))
    assert pay.state == "waiting"
    click(qtbot, panel, "Phone: pay the QR on screen")   # paid on the phone …
    qtbot.mouseClick(window.footer.logout_button, Qt.MouseButton.LeftButton)   # … as they leave
    settle(qtbot, _Demo(window))
    assert window.current == "attract" and window.kiosk.session is None
    panel.card.present(LI)                                 # the reader comes back
    settle(qtbot, _Demo(window))
    panel.card.remove()
    assert window.current == "receipt"
    assert window.message.isVisible()
    assert f"¥{total / 100:.2f}" in window.message.text.text()
    click(qtbot, window, "确定")
    qtbot.mouseClick(window.footer.home_button, Qt.MouseButton.LeftButton)
    panel.card.present(LI)                                 # offered once, not again
    settle(qtbot, _Demo(window))
    panel.card.remove()
    assert window.current == "borrow" and not window.message.isVisible()
    qtbot.mouseClick(window.footer.home_button, Qt.MouseButton.LeftButton)


def test_the_qr_screen_waits_for_the_phone_then_idle_logs_out(qtbot, short_idle):
    window, panel = short_idle
    qtbot.mouseClick(window.screens["attract"].tiles["pay"], Qt.MouseButton.LeftButton)
    panel.card.present(LI)
    settle(qtbot, _Demo(window))
    panel.card.remove()
    pay = window.screens["pay"]
    assert window.current == "pay" and pay.total() > 0
    qtbot.mouseClick(pay.go_pay, Qt.MouseButton.LeftButton)
    settle(qtbot, _Demo(window))
    assert pay.state == "waiting"
    for _ in range(2):                       # two idle periods pass on the QR screen
        with qtbot.waitSignal(window.idle.warn, timeout=30_000):
            pass
        assert not window.countdown.isVisible()
    assert window.current == "pay" and window.kiosk.session is not None
    click(qtbot, panel, "Phone: pay the QR on screen")
    qtbot.waitUntil(lambda: pay.state == "paid", timeout=15_000)
    with qtbot.waitSignal(window.idle.warn, timeout=30_000):
        pass
    assert window.countdown.isVisible()      # nothing under way now: "still there?"
    with qtbot.waitSignal(window.logged_out, timeout=30_000):
        pass
    assert window.current == "attract" and window.kiosk.session is None


def test_no_log_out_while_a_help_call_waits_for_staff(qtbot, short_idle):
    """The reader calls staff and waits at the terminal: idle periods pass without a
    "still there?" and without a log-out; once the call is cancelled, inactivity logs
    the reader out again."""
    window, panel = short_idle
    panel.card.present(LI)
    settle(qtbot, _Demo(window))
    panel.card.remove()
    assert window.kiosk.session is not None
    click(qtbot, window, "求助")
    qtbot.waitUntil(lambda: button(window, "取消呼叫").isVisible()
                    and "已通知工作人员" in " ".join(
                        w.text() for w in window.help_call.findChildren(QLabel)),
                    timeout=15_000)
    for _ in range(2):                       # two idle periods pass while staff are called
        with qtbot.waitSignal(window.idle.warn, timeout=30_000):
            pass
        assert not window.countdown.isVisible()
    assert window.kiosk.session is not None
    click(qtbot, window, "取消呼叫")
    qtbot.waitUntil(lambda: any(w.text() == "呼叫已取消" and w.isVisible()
                                for w in window.help_call.findChildren(QLabel)),
                    timeout=15_000)
    click(qtbot, window, "关闭")
    with qtbot.waitSignal(window.idle.warn, timeout=30_000):
        pass
    assert window.countdown.isVisible()      # nothing under way now: "still there?"
    with qtbot.waitSignal(window.logged_out, timeout=30_000):
        pass
    assert window.current == "attract" and window.kiosk.session is None


def test_inactivity_logs_out_and_leaves_nothing_behind(qtbot, short_idle):
    """Nothing under way: the configured idle time, its countdown, then the log-out,
    and no trace of the reader on any screen or in the receipt queue."""
    window, panel = short_idle
    click(qtbot, window, "我的账户")
    panel.card.present("04A1B2C3")                          # 张晓明
    settle(qtbot, _Demo(window))
    panel.card.remove()
    account = window.screens["account"]
    assert window.current == "account" and account.view is not None
    with qtbot.waitSignal(window.logged_out, timeout=30_000):
        pass
    assert window.current == "attract"
    assert window.kiosk.session is None
    assert all(s.view is None for s in (account, window.screens["renew"]))
    shown = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "张*明" not in shown and "0440000001" not in shown
    assert window.kiosk.terminal.circulation.receipt("0440000001") == []
