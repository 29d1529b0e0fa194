"""What the services need of the terminal's store and its sync engine.

sync/store.py (the replica and its outbox, one connection, one lock) and
sync/engine.py implement these; the services are typed against them, so a
method a service calls that the store lacks is a type error, and no service
imports sync/.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, Protocol

from kiosk.domain.models import (
    Hold,
    Item,
    Loan,
    Location,
    Patron,
    PatronAccount,
    Title,
)
from kiosk.domain.policy import Policy

from .effects import Effect


class Entry(Protocol):
    """An act as the outbox holds it (read-only)."""

    @property
    def id(self) -> str: ...

    @property
    def seq(self) -> int: ...

    @property
    def state(self) -> str:
        """queued | delivering | applied | rejected | conflict | withdrawn"""

    @property
    def offline(self) -> bool: ...

    @property
    def payload(self) -> dict: ...

    @property
    def result(self) -> dict | None: ...

    @property
    def pending(self) -> bool: ...


class Outbox(Protocol):
    def record(self, type_: str, payload: dict, effects: Sequence[Effect], *,
               offline: bool = False, occurred_at: datetime | None = None,
               txn_id: str | None = None) -> Entry: ...

    def get(self, txn_id: str) -> Entry: ...

    def mark_offline(self, txn_id: str) -> None: ...

    def offline_loans(self, card: str) -> int: ...

    def entries(self, states: tuple[str, ...] = ..., limit: int = 1000) -> Sequence[Entry]: ...


class Store(Protocol):
    """The replica's records and the outbox, under one lock."""

    @property
    def lock(self) -> threading.RLock: ...

    @property
    def outbox(self) -> Outbox: ...

    def transaction(self) -> AbstractContextManager[Any]: ...

    def upsert(self, table: str, rows: Iterable[dict]) -> int: ...

    def sync_state(self, key: str, default: str | None = None) -> str | None: ...

    def set_sync_state(self, key: str, value: str) -> None: ...

    def get_title(self, title_id: str) -> Title | None: ...

    def get_item(self, barcode: str) -> Item | None: ...

    def items_of(self, title_id: str) -> list[Item]: ...

    def item_by_rfid(self, rfid_id: str) -> Item | None: ...

    def get_patron(self, card: str) -> Patron | None: ...

    def patrons_named(self, fragment: str, limit: int = 50) -> list[Patron]: ...

    def patron_pin_hash(self, card: str) -> str | None: ...

    def card_for_uid(self, uid: str) -> str | None: ...

    def open_loan(self, barcode: str) -> Loan | None: ...

    def account(self, card: str) -> PatronAccount | None: ...

    def holds_for_others(self, item: Item, card: str) -> int: ...

    def waiting_hold_for(self, item: Item) -> Hold | None: ...

    def on_shelf_at(self, title_id: str, branch: str) -> bool: ...

    def copy_of(self, title_id: str) -> str: ...

    def policy(self) -> Policy: ...

    def locations(self) -> list[Location]: ...

    def get_location(self, location_id: str) -> Location | None: ...

    def search(self, query: str, limit: int = 20) -> Sequence[Any]: ...


class SyncState(Protocol):
    @property
    def online(self) -> bool: ...

    @property
    def last_sync(self) -> datetime | None: ...


class Engine(Protocol):
    """The sync engine as an act sees it: hand an act over, take it back."""

    def status(self) -> SyncState: ...

    def deliver_now(self, txn_id: str, timeout: float | None = None) -> Entry: ...

    def withdraw(self, txn_id: str, reason: str, params: dict | None = None) -> Entry: ...

    def refresh_patron(self, card: str, timeout: float | None = None) -> bool: ...

    def refresh_item(self, barcode: str, timeout: float | None = None) -> bool: ...

    def sync_now(self) -> Any: ...
