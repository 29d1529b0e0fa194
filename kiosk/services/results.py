"""What the services answer: frozen records the UI shows as they are.

A refusal is returned inside a result for circulation acts (the reader can
act on it; a list of items can mix successes and refusals) and raised only
where nothing else could follow: a failed login or payment start.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kiosk.domain.models import Fee, Hold, Item, Loan, Location, Patron
from kiosk.domain.reasons import Refusal


class ServiceRefused(Exception):
    """A 'no' that ends the request; .refusal says why in the reader's words."""

    def __init__(self, refusal: Refusal):
        super().__init__(refusal.code)
        self.refusal = refusal


class LoginRefused(ServiceRefused):
    """The card could not log in (unknown, wrong PIN, locked, offline PIN)."""


class PaymentRefused(ServiceRefused):
    """A payment could not be started (offline, no such fees)."""


@dataclass(frozen=True)
class ReceiptLine:
    act: str                    # checkout | renew | checkin
    title: str
    barcode: str
    due_at: datetime | None = None
    offline: bool = False
    fee_fen: int = 0


@dataclass(frozen=True)
class PatronSession:
    card: str
    name: str
    patron: Patron
    refusal: Refusal | None = None  # why this card may not borrow now (it may still return)
    offline: bool = False           # logged in without the centre
    receipt: list[ReceiptLine] = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class ActResult:
    """ok: the act is recorded (online or offline). refusal: why not, or, with ok,
    a warning the reader must see (security_failed)."""

    ok: bool
    refusal: Refusal | None = None
    title: str = ""
    barcode: str = ""
    due_at: datetime | None = None
    offline: bool = False           # "recorded offline": the centre confirms later
    txn_id: str = ""
    security_ok: bool = True
    screen_message: str = ""        # text the centre sent for the screen (SIP2 AF), if any
    #: refused until the reader accepts this fee (a rental fee, SIP2 BV): checkout
    #: again with fee_acknowledged=True to borrow it with the fee
    fee_fen: int = 0


@dataclass(frozen=True)
class CheckinResult:
    ok: bool
    refusal: Refusal | None = None
    title: str = ""
    barcode: str = ""
    route: str = "shelf"            # shelf | holds_shelf | transit | desk
    destination_id: str = ""        # where the copy goes (shelf, branch, pickup place)
    destination: str = ""           # its name in Chinese and English, "中文 / English"
    hold_id: str = ""
    patron: str = ""                # card of the loan this return closed
    fee_fen: int = 0
    offline: bool = False
    txn_id: str = ""
    security_ok: bool = True
    screen_message: str = ""


@dataclass(frozen=True)
class LoanView:
    loan: Loan
    item: Item
    title: str
    overdue_days: int
    fee_fen: int                    # overdue fee so far if returned now


@dataclass(frozen=True)
class HoldView:
    hold: Hold
    title: str
    pickup: Location | None
    pickup_name: str


@dataclass(frozen=True)
class AccountView:
    patron: Patron
    loans: tuple[LoanView, ...]
    holds: tuple[HoldView, ...]
    fees: tuple[Fee, ...]           # open fees
    points: int | None
    stale: bool                     # read from the replica without the centre
    last_sync: datetime | None

    @property
    def fees_fen(self) -> int:
        return sum(f.outstanding_fen for f in self.fees)


@dataclass(frozen=True)
class Copy:
    item: Item
    location: str                   # "中文 / English" name of its place
    due_at: datetime | None         # when on loan
