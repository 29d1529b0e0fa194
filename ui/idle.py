"""Inactivity: after `idle_seconds` without a touch, warn with a countdown, then time out.

An application-wide event filter sees every press, touch and key; any of them
restarts the clock. The window decides what "time out" means (log out and clear).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate, QEvent.Type.KeyPress, QEvent.Type.Wheel}


class IdleWatcher(QObject):
    warn = Signal(int)       # seconds left; emitted once a second during the countdown
    resumed = Signal()       # a touch during the countdown
    timed_out = Signal()

    def __init__(self, idle_seconds: float, countdown_seconds: int, parent=None,
                 tick_ms: int = 1000):
        super().__init__(parent)
        self.idle_ms = int(idle_seconds * 1000)
        self.countdown_seconds = countdown_seconds
        self.left = 0
        self._idle = QTimer(self, singleShot=True, interval=self.idle_ms)
        self._idle.timeout.connect(self._start_countdown)
        self._tick = QTimer(self, interval=tick_ms)
        self._tick.timeout.connect(self._count)
        self.armed = False

    def arm(self) -> None:
        """Start watching (a reader is in a session)."""
        self.armed = True
        self.poke()

    def disarm(self) -> None:
        self.armed = False
        self._idle.stop()
        self._tick.stop()
        self.left = 0

    @property
    def counting(self) -> bool:
        return self._tick.isActive()

    def poke(self) -> None:
        if not self.armed:
            return
        if self.counting:
            self._tick.stop()
            self.left = 0
            self.resumed.emit()
        self._idle.start()

    def eventFilter(self, obj, event) -> bool:
        if self.armed and event.type() in ACTIVITY:
            self.poke()
        return False

    def _start_countdown(self) -> None:
        self.left = self.countdown_seconds
        self._tick.start()
        self.warn.emit(self.left)

    def _count(self) -> None:
        self.left -= 1
        if self.left > 0:
            self.warn.emit(self.left)
            return
        self._tick.stop()
        self.armed = False
        self.timed_out.emit()
