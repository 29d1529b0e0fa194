"""The store: the one object over a terminal's replica file.

One connection and one lock (``Replica.lock``) for the replica's records and
the outbox together, shared by the services, the desk and the sync engine.
Every line of the terminal's SQL is in this package (sync/replica.py for the
records, sync/outbox.py for the acts); nothing above it speaks SQL.
"""
from __future__ import annotations

from pathlib import Path

from sync.outbox import Outbox
from sync.replica import Replica


class Store(Replica):
    """A replica file with its outbox, through one connection."""

    def __init__(self, path: str | Path, *, migrate: bool = True):
        super().__init__(path, migrate=migrate)
        self.outbox = Outbox(self)
