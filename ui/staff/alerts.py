"""Readers' calls for help at the terminals, shown at the top of the desk with a chime.

The watcher asks the centre for open calls on a thread of its own every few
seconds while a librarian is signed in, and says what changed by a signal:
the UI thread never waits on the network. The panel lists each call with the
terminal's name and how long ago it came, and one button (or Ctrl+K for the
oldest) tells the terminal that someone is on the way.
"""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.staff.common import clock, error_text, shortcut

log = logging.getLogger(__name__)


class AlertWatcher(QObject):
    """Polls service.open_alerts() off the UI thread; `changed` carries the open calls
    whenever they differ from the last answer. stop() never waits for the network:
    a thread stopped mid-request ends when its request does, and says nothing."""

    changed = Signal(list)

    def __init__(self, service, every_s: float = 2.0, parent=None):
        super().__init__(parent)
        self.service, self.every_s = service, every_s
        self._stop: threading.Event | None = None
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._stop is None:
            self._stop = threading.Event()
            self._thread = threading.Thread(target=self._run, args=(self._stop,),
                                            name="desk-alerts", daemon=True)
            self._thread.start()

    def stop(self, wait_s: float = 0.0) -> None:
        if self._stop is not None:
            self._stop.set()
            self._wake.set()
            if wait_s and self._thread is not None:
                self._thread.join(wait_s)
        self._stop, self._thread = None, None

    def wake(self) -> None:
        """Ask again now (after an acknowledgement)."""
        self._wake.set()

    def _run(self, stop: threading.Event) -> None:
        last: list[str] | None = None
        while not stop.is_set():
            try:
                alerts = self.service.open_alerts()
            except Exception as exc:  # noqa: BLE001 - offline, signed out: ask again later
                log.debug("open alerts: %s", exc)
            else:
                ids = [a["id"] for a in alerts]
                if ids != last and not stop.is_set():
                    last = ids
                    self.changed.emit(alerts)
            self._wake.wait(self.every_s)
            self._wake.clear()


class AlertPanel(QFrame):
    """The open calls, oldest first; hidden when there are none."""

    message = Signal(str)
    new_call = Signal(dict)         # a call not shown before: the window chimes

    def __init__(self, service, worker, parent=None):
        super().__init__(parent)
        self.service, self.worker = service, worker
        self.setObjectName("Alerts")
        self.alerts: list[dict] = []
        self.seen: set[str] = set()
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(12, 6, 12, 6)
        self.lines: list[QWidget] = []
        shortcut(self, "Ctrl+K", self.ack_oldest, window=True)
        self.hide()

    def show_alerts(self, alerts: list[dict]) -> None:
        self.alerts = alerts
        for alert in alerts:
            if alert["id"] not in self.seen:
                self.seen.add(alert["id"])
                self.new_call.emit(alert)
        self.retranslate()

    def retranslate(self) -> None:
        for line in self.lines:
            self.rows.removeWidget(line)
            line.deleteLater()
        self.lines = [self._line(n, a) for n, a in enumerate(self.alerts)]
        for line in self.lines:
            self.rows.addWidget(line)
        self.setVisible(bool(self.alerts))

    def _line(self, n: int, alert: dict) -> QWidget:
        line = QWidget()
        box = QHBoxLayout(line)
        box.setContentsMargins(0, 0, 0, 0)
        text = QLabel(tr("Help! A reader needs staff at %1 (called at %2)")
                      .replace("%1", alert["device_name"])
                      .replace("%2", clock(alert["created_at"])))
        text.setAccessibleName(text.text())
        button = QPushButton(tr("I'm going (Ctrl+K)") if n == 0 else tr("I'm going"))
        button.setProperty("kind", "primary")
        button.setAccessibleName(tr("I'm going to %1").replace("%1", alert["device_name"]))
        button.clicked.connect(lambda *_, a=alert: self.ack(a))
        box.addWidget(text, 1)
        box.addWidget(button)
        return line

    def ack_oldest(self) -> None:
        if self.alerts:
            self.ack(self.alerts[0])

    def ack(self, alert: dict) -> None:
        self.worker.run(self.service.ack_alert, alert["id"], done=self._acked,
                        failed=lambda exc: self.message.emit(error_text(exc)))

    def _acked(self, answer: dict) -> None:
        self.alerts = [a for a in self.alerts if a["id"] != answer["id"]]
        self.retranslate()
        self.message.emit(tr("The terminal now shows that staff are coming."))
