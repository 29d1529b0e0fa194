"""Plain, frozen events that devices hand to subscribers.

Drivers turn protocol traffic into these so that services and the UI never see a
frame, an APDU or a serial port. Callbacks may run on a driver's background thread.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from hardware.tags import MissingParts, Tag


@dataclass(frozen=True)
class DeviceHealth:
    ok: bool
    detail: str


@dataclass(frozen=True)
class CardPresented:
    """A patron card was put on a reader; `uid` is upper-case hex."""
    uid: str
    atr: str
    reader: str
    data: bytes = b""


@dataclass(frozen=True)
class CardRemoved:
    reader: str
    uid: str = ""


@dataclass(frozen=True)
class TagsChanged:
    """The set of tags on an RFID pad changed; `tags` is everything now on the pad."""
    tags: tuple[Tag, ...]
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    missing_parts: tuple[MissingParts, ...] = ()


@dataclass(frozen=True)
class CodeScanned:
    """A barcode or QR code was read. `kind` is "ecard" when it matched the e-card format."""
    code: str
    source: str
    kind: str = "barcode"
    patron_id: str = ""


@dataclass(frozen=True)
class PrinterStatus:
    online: bool
    paper_out: bool = False
    detail: str = ""


@dataclass(frozen=True)
class DeviceError:
    """Something went wrong that the process survives: reader unplugged, card pulled mid-read."""
    kind: str
    detail: str
    device: str = field(default="")
