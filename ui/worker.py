"""Runs service calls off the UI thread, so the screen never freezes.

One background thread runs calls in order (the services and the replica are not
shared between threads, and circulation acts must not overtake each other).
Results come back to the UI thread by queued signal. A busy signal fires only if
a call is still running after `busy_after_ms`, so quick answers never flash a
spinner. `forget()` drops the answers of calls already queued: after a log-out,
nothing of the last reader may reach the screen.
"""
from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from kiosk.services.results import ServiceRefused
from kiosk.services.staff import StaffError

log = logging.getLogger(__name__)
# What a service answers when it says no: normal events, told to the caller's `failed`
REFUSALS = (ServiceRefused, StaffError)


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable, args, kwargs, relay: _Relay):
        super().__init__()
        self.job_id, self.fn, self.args, self.kwargs, self.relay = job_id, fn, args, kwargs, relay

    def run(self) -> None:
        name = getattr(self.fn, "__name__", self.fn)
        try:
            result = self.fn(*self.args, **self.kwargs)
        except REFUSALS as exc:   # an answer (a wrong PIN or password): no traceback
            log.info("background call %s refused: %s", name, exc)
            self.relay.failed.emit(self.job_id, exc)
        except Exception as exc:  # delivered to the caller's `failed`
            log.exception("background call %s failed", name)
            self.relay.failed.emit(self.job_id, exc)
        else:
            self.relay.finished.emit(self.job_id, result)


class Worker(QObject):
    busy = Signal(bool, str)      # (shown, sentence)
    idle = Signal()               # nothing left running

    def __init__(self, busy_after_ms: int = 300, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable | None, Callable | None, str]] = {}
        self._busy_timer = QTimer(self, singleShot=True, interval=busy_after_ms)
        self._busy_timer.timeout.connect(self._show_busy)
        self.busy_shown = False

    @property
    def running(self) -> int:
        return len(self._pending)

    def run(self, fn: Callable, *args, done: Callable | None = None,
            failed: Callable | None = None, busy_text: str = "", **kwargs) -> int:
        """Queue fn(*args, **kwargs); done(result) or failed(exception) on the UI thread."""
        job_id = next(self._ids)
        self._pending[job_id] = (done, failed, busy_text)
        if not self._busy_timer.isActive() and not self.busy_shown:
            self._busy_timer.start()
        self.pool.start(_Job(job_id, fn, args, kwargs, self._relay))
        return job_id

    def forget(self) -> None:
        """Answers of calls already queued are dropped when they arrive."""
        self._pending.clear()
        self._settle()

    def wait(self, ms: int = 10_000) -> bool:
        """Block until the background thread is idle (shutdown and tests only)."""
        return self.pool.waitForDone(ms)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result) -> None:
        entry = self._pending.pop(job_id, None)
        self._settle()
        if entry and entry[0]:
            entry[0](result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc) -> None:
        entry = self._pending.pop(job_id, None)
        self._settle()
        if entry and entry[1]:
            entry[1](exc)

    def _show_busy(self) -> None:
        if self._pending:
            self.busy_shown = True
            text = next((e[2] for e in reversed(self._pending.values()) if e[2]), "")
            self.busy.emit(True, text)

    def _settle(self) -> None:
        if self._pending:
            return
        self._busy_timer.stop()
        if self.busy_shown:
            self.busy_shown = False
            self.busy.emit(False, "")
        self.idle.emit()
