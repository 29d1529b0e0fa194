"""The bridge from the sync engine to Qt: the engine's changes as signals.

The engine calls its listeners on its own thread (or on a worker's, after an
act); the signals below are queued to the receivers' thread, so a window hears
of a new state, a changed outbox count or changed replica tables without ever
asking the store from the UI thread.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from sync.engine import SyncEngine, SyncStatus


class SyncBridge(QObject):
    #: the engine's status (a SyncStatus) whenever it differs from the last one
    status_changed = Signal(object)
    #: the replica tables a pull, a refresh or a settled act changed (a set of names)
    replica_changed = Signal(object)

    def __init__(self, engine: SyncEngine, initial: SyncStatus, parent: QObject | None = None):
        super().__init__(parent)
        self.status: SyncStatus = initial
        self._unsubscribe: tuple[Callable[[], None], ...] = (engine.subscribe_state(self.status_changed.emit),
                             engine.subscribe_changes(self.replica_changed.emit))
        self.status_changed.connect(self._keep)

    def _keep(self, status: SyncStatus) -> None:
        self.status = status

    def detach(self) -> None:
        """Stop listening: the engine outlives a window, and must not call a
        deleted one (ui/kiosk/build.py's dispose does this)."""
        for unsubscribe in self._unsubscribe:
            try:
                unsubscribe()
            except ValueError:      # already detached
                pass
        self._unsubscribe = ()
