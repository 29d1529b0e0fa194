"""Help (求助): the footer's button calls staff to this terminal, for real.

The call is an alert at the centre (kiosk.ports.backend.HelpAlerts) that
every desk of the branch sees with the terminal's name. The overlay says
where the call stands: sent, kept until the network is back (it is sent by
itself then), acknowledged ("staff are coming"), or cancelled by the reader.

Every request runs on the overlay's own worker thread, never on the UI thread
and never behind a reader's act; a timer asks again every few seconds while
the call is waiting to be sent or to be answered. The call belongs to the
terminal, not to the reader's session: a log-out does not drop it.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from kiosk.ports.backend import Alert, BackendUnavailable, HelpAlerts, Refused
from ui.i18n import tr
from ui.widgets.buttons import BigButton
from ui.widgets.common import label
from ui.widgets.overlay import Overlay
from ui.worker import Worker

log = logging.getLogger(__name__)

#: where a call stands, as the overlay shows it
STATES = ("calling", "queued", "called", "coming", "cancelled", "desk_only")


class HelpOverlay(Overlay):
    RETRY_MS = 3000

    def __init__(self, parent, kiosk):
        super().__init__(parent)
        self.kiosk = kiosk
        self.worker = Worker(parent=self)
        self.alert: Alert | None = None
        self.state = ""
        self.title = label("", "title")
        self.text = label("", "prompt")
        self.cancel_button = BigButton()
        self.cancel_button.setObjectName("help_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = BigButton(kind="primary")
        self.close_button.setObjectName("help_close")
        self.close_button.clicked.connect(self.hide)
        for w in (self.title, self.text, self.cancel_button, self.close_button):
            self.box.addWidget(w)
        self.timer = QTimer(self, interval=self.RETRY_MS)
        self.timer.timeout.connect(self._again)
        kiosk.languages.changed.connect(lambda _: self.retranslate())
        self.retranslate()

    @property
    def backend(self) -> HelpAlerts | None:
        backend = self.kiosk.terminal.backend
        return backend if isinstance(backend, HelpAlerts) else None

    @property
    def help_alerts(self) -> HelpAlerts:
        """The backend that takes the call: there is one whenever a call is under way
        (call() goes to the desk alone without it)."""
        backend = self.backend
        if backend is None:
            raise RuntimeError("a help call is under way but the backend takes no help calls")
        return backend

    @property
    def timeout(self) -> float:
        return self.kiosk.config.backend.timeout_s

    # -- the reader's side -------------------------------------------------------------
    def call(self) -> None:
        """Help was pressed: call staff, unless a call is already on its way."""
        if self.state in ("calling", "queued", "called"):
            self._show()
            return
        self.alert = None
        if self.backend is None:
            self._set("desk_only")
        else:
            self._set("calling")
            self._send()
        self._show()

    def cancel(self) -> None:
        """The reader no longer needs help: a call not yet sent is dropped, a sent one
        is cancelled at the centre (unless staff are already on the way)."""
        if self.alert is None:
            self._set("cancelled")
            return
        alert = self.alert
        self.worker.run(self.help_alerts.cancel_alert, alert.id, timeout=self.timeout,
                        done=self._answered, failed=self._cancel_failed)

    def under_way(self) -> bool:
        """A call is on its way or waiting for staff to answer: the reader waits at the
        terminal, and inactivity does not log them out meanwhile."""
        return self.state in ("calling", "queued", "called")

    # -- the centre's answers ------------------------------------------------------------
    def _send(self) -> None:
        self.worker.run(self.help_alerts.call_staff, "help", timeout=self.timeout,
                        done=self._answered, failed=self._send_failed)

    def _again(self) -> None:
        if self.worker.running:
            return                                  # the last ask has not answered yet
        if self.state == "queued":
            self._send()
        elif self.state == "called" and self.alert is not None:
            self.worker.run(self.help_alerts.alert, self.alert.id, timeout=self.timeout,
                            done=self._answered, failed=lambda exc: None)

    def _answered(self, alert: Alert) -> None:
        if self.state == "cancelled":               # dropped while it was being sent
            if alert.status == "open":
                self.worker.run(self.help_alerts.cancel_alert, alert.id, timeout=self.timeout,
                                failed=lambda exc: None)
            return
        self.alert = alert
        self._set({"open": "called", "acked": "coming"}.get(alert.status, "cancelled"))

    def _send_failed(self, exc: Exception) -> None:
        if isinstance(exc, BackendUnavailable):
            if self.state != "cancelled":
                self._set("queued")                 # kept; the timer sends it when back
        else:
            log.warning("the centre refused the help call: %s", exc)
            self._set("desk_only")

    def _cancel_failed(self, exc: Exception) -> None:
        if isinstance(exc, Refused) and exc.reason == "alert_acked":
            self._set("coming")
        elif isinstance(exc, BackendUnavailable):
            self.text.setText(tr("The network is down, so the call could not be cancelled. "
                                 "Staff may still come to you."))
        else:
            log.warning("the centre refused to cancel the help call: %s", exc)

    # -- showing it --------------------------------------------------------------------
    def _set(self, state: str) -> None:
        changed = state != self.state
        self.state = state
        if state in ("queued", "called"):
            self.timer.start()
        else:
            self.timer.stop()
        self.retranslate()
        if self.isVisible():
            self._fit()                     # the box grows or shrinks with its words
            if changed:
                self.kiosk.speaker.say(self.text.text())

    def _show(self) -> None:
        self.open()
        self.kiosk.speaker.say(self.text.text())

    def retranslate(self) -> None:
        titles = {"called": tr("Staff called"), "queued": tr("Call kept for now"),
                  "coming": tr("Staff are coming"), "cancelled": tr("Call cancelled")}
        texts = {
            "calling": tr("Calling a member of staff…"),
            "queued": tr("The network is down. Your call is kept and goes to staff as soon as "
                         "it is back. You can also go to the service desk."),
            "called": tr("Staff have been called to this terminal. Please wait here."),
            "coming": tr("A member of staff is on the way to you."),
            "cancelled": tr("You cancelled the call for staff."),
            "desk_only": tr("This terminal cannot call staff. Please go to the service desk."),
        }
        self.title.setText(titles.get(self.state, tr("Help")))
        self.text.setText(texts.get(self.state, ""))
        self.cancel_button.setText(tr("Cancel the call"))
        self.cancel_button.setVisible(self.state in ("calling", "queued", "called"))
        self.close_button.setText(tr("Close"))
