"""The optimistic local effect of an act, in the domain's words.

A service says what an act changes (a loan opened, a copy's status, a fee
charged); the store (sync/outbox.py) turns that into rows, writes it with the
act in one transaction, and can re-apply or undo it. No service names a table
or a column.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.models import HoldStatus, ItemStatus


@dataclass(frozen=True)
class LoanOpened:
    """A new loan; it carries the act's id until the centre names it."""
    item: str
    patron: str
    out_at: datetime
    due_at: datetime
    offline: bool


@dataclass(frozen=True)
class LoanClosed:
    loan_id: str
    at: datetime


@dataclass(frozen=True)
class LoanRenewed:
    loan_id: str
    due_at: datetime
    renewals: int


@dataclass(frozen=True)
class ItemStatusSet:
    item: str
    status: ItemStatus


@dataclass(frozen=True)
class HoldPlaced:
    """A new hold; it carries the act's id until the centre names it."""
    title_id: str
    patron: str
    placed_at: datetime
    pickup_location: str
    advance: bool


@dataclass(frozen=True)
class HoldStatusSet:
    hold_id: str
    status: HoldStatus
    item: str | None = None         # the copy now trapped for it, if that changes


@dataclass(frozen=True)
class FeeCharged:
    """A new overdue fee; it carries the act's id until the centre names it."""
    patron: str
    amount_fen: int
    item: str
    at: datetime


@dataclass(frozen=True)
class FeesSettled:
    fee_ids: tuple[str, ...]
    status: str                     # paid (in full) | waived


Effect = (LoanOpened | LoanClosed | LoanRenewed | ItemStatusSet | HoldPlaced | HoldStatusSet
          | FeeCharged | FeesSettled)
