"""Inactivity: a countdown after the idle time, a touch resumes, no touch times out."""
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.idle import IdleWatcher


def press(widget):
    event = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_countdown_then_time_out(qtbot):
    watcher = IdleWatcher(0.05, 3, tick_ms=20)
    warnings = []
    watcher.warn.connect(warnings.append)
    watcher.arm()
    with qtbot.waitSignal(watcher.timed_out, timeout=5000):
        pass
    assert warnings == [3, 2, 1]
    assert not watcher.armed


def test_a_touch_during_the_countdown_resumes(qtbot):
    target = QWidget()
    qtbot.addWidget(target)
    watcher = IdleWatcher(0.05, 50, tick_ms=100)
    QApplication.instance().installEventFilter(watcher)
    try:
        watcher.arm()
        with qtbot.waitSignal(watcher.warn, timeout=5000):
            pass
        with qtbot.waitSignal(watcher.resumed, timeout=1000):
            press(target)
        assert not watcher.counting and watcher.armed
    finally:
        QApplication.instance().removeEventFilter(watcher)
        watcher.disarm()


def test_disarmed_watcher_never_fires(qtbot):
    watcher = IdleWatcher(0.01, 1, tick_ms=10)
    fired = []
    watcher.timed_out.connect(lambda: fired.append(1))
    watcher.arm()
    watcher.disarm()
    qtbot.wait(100)
    assert fired == []
