"""Plain records of the circulation domain.

Money is always integer fen (1 CNY = 100 fen), never float. Times are aware
datetimes in UTC; the UI converts to local time for display.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class MaterialType(StrEnum):
    BOOK = "book"
    PERIODICAL = "periodical"
    AUDIOVISUAL = "audiovisual"
    BRAILLE = "braille"


class LanguageClass(StrEnum):
    """Limits count Chinese-language and foreign-language items separately."""

    CHINESE = "zh"
    FOREIGN = "foreign"


class CardType(StrEnum):
    PENGCHENG = "pengcheng"      # 鹏城励读证, deposit-free
    DEPOSIT_50 = "deposit50"
    DEPOSIT_100 = "deposit100"
    DEPOSIT_200 = "deposit200"
    DEPOSIT_300 = "deposit300"
    CHILD = "child"
    STAFF = "staff"


class PatronStatus(StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    EXPIRED = "expired"
    LOST = "lost"           # card reported lost


class ItemStatus(StrEnum):
    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    ON_HOLD_SHELF = "on_hold_shelf"
    IN_TRANSIT = "in_transit"
    MISSING = "missing"
    REFERENCE = "reference"  # in-library use only
    DAMAGED = "damaged"


class HoldStatus(StrEnum):
    PENDING = "pending"      # waiting for a copy
    WAITING = "waiting"      # a copy is on the holds shelf for the patron
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class FeeKind(StrEnum):
    OVERDUE = "overdue"      # 滞还费
    DAMAGED_TAG = "damaged_tag"
    LOST_ITEM = "lost_item"


class FeeStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"
    WAIVED = "waived"


@dataclass(frozen=True)
class Title:
    id: str
    title: str
    author: str = ""
    isbn: str = ""
    publisher: str = ""
    year: int | None = None
    language: str = "zh"
    material_type: MaterialType = MaterialType.BOOK
    call_number: str = ""


@dataclass(frozen=True)
class Item:
    barcode: str
    title_id: str
    call_number: str = ""
    location_id: str = ""
    status: ItemStatus = ItemStatus.AVAILABLE
    material_type: MaterialType = MaterialType.BOOK
    language: LanguageClass = LanguageClass.CHINESE
    rfid_id: str = ""
    parts: int = 1           # a book with a CD has parts=2


@dataclass(frozen=True)
class Patron:
    card: str
    name: str
    card_type: CardType = CardType.PENGCHENG
    status: PatronStatus = PatronStatus.ACTIVE
    blocks: tuple[str, ...] = ()
    card_uids: tuple[str, ...] = ()
    expires_at: datetime | None = None
    points: int | None = None    # reading points, when the centre sends them
    notes: str = ""              # staff notes on the reader (shown at the desk only)


@dataclass(frozen=True)
class Loan:
    id: str
    item_barcode: str
    patron_card: str
    out_at: datetime
    due_at: datetime
    renewals: int = 0
    returned_at: datetime | None = None
    offline: bool = False


@dataclass(frozen=True)
class Hold:
    id: str
    title_id: str
    patron_card: str
    placed_at: datetime
    status: HoldStatus = HoldStatus.PENDING
    pickup_location: str = ""
    item_barcode: str = ""       # the copy trapped for it, once waiting
    expires_at: datetime | None = None
    advance: bool = False        # 预借: the copy is sent to the chosen pickup point


@dataclass(frozen=True)
class Fee:
    id: str
    patron_card: str
    kind: FeeKind
    amount_fen: int
    item_barcode: str = ""
    paid_fen: int = 0
    status: FeeStatus = FeeStatus.OPEN
    created_at: datetime | None = None

    @property
    def outstanding_fen(self) -> int:
        return 0 if self.status != FeeStatus.OPEN else max(self.amount_fen - self.paid_fen, 0)


@dataclass(frozen=True)
class Location:
    id: str
    name_zh: str
    name_en: str
    kind: str = "shelf"          # branch | floor | shelf | selfservice | desk
    branch: str = ""
    floor: int | None = None
    call_range: tuple[str, str] | None = None  # shelves hold a call-number range


@dataclass(frozen=True)
class PatronAccount:
    """Everything policy needs to know about one patron at one moment."""

    patron: Patron
    loans: tuple[Loan, ...] = ()
    items_on_loan: tuple[Item, ...] = ()   # the items of `loans`, same order
    fees: tuple[Fee, ...] = ()
    holds: tuple[Hold, ...] = field(default=())

    def open_fees_fen(self) -> int:
        return sum(f.outstanding_fen for f in self.fees)
