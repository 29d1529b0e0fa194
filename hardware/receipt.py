"""What a receipt says, independent of any printer."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class ReceiptItem:
    title: str
    barcode: str
    due: date | str | None = None
    note: str = ""


@dataclass(frozen=True)
class Receipt:
    """`card_number` should arrive masked; the printer masks it again (last 4 digits only)."""
    library_name: str
    items: tuple[ReceiptItem, ...] = ()
    lines: tuple[str, ...] = ()
    heading: str = ""
    when: datetime = field(default_factory=datetime.now)
    card_number: str = ""
    qr_payload: str = ""
    due_label: str = "Due"
    card_label: str = "Card"
    footer: tuple[str, ...] = ()


def mask_card(number: str) -> str:
    """Replace every letter or digit but the last four with ``*``: ``12345678`` -> ``****5678``."""
    positions = [i for i, ch in enumerate(number) if ch.isalnum()]
    hide = set(positions[:-4]) if len(positions) > 4 else set()
    return "".join("*" if i in hide else ch for i, ch in enumerate(number))
