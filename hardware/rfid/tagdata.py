"""The decoded content of a library tag, whatever data model it was written in."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field

from hardware.errors import TagDataError


@dataclass(frozen=True)
class Element:
    """One data element kept as found, so unknown or extra data survives a rewrite.

    For ISO 28560-2 `oid` is the relative OID, `compaction` the scheme it was stored with
    and `offset` the padding that followed it; `raw` is the element's bytes as read (from
    the precursor to the last filler byte), written back unchanged while the value is. For
    ISO 28560-3 an extension block, `oid` being the block id.
    """
    oid: int
    value: str | bytes
    compaction: int | str | None = None
    offset: int = 0
    raw: bytes = _field(default=b"", compare=False, repr=False)


@dataclass(frozen=True)
class TagData:
    """`model` is "iso28560-2" (also GB/T 35660.2), "iso28560-3" or "3m"."""
    model: str
    item_id: str
    owner_library: str = ""
    part: int = 1
    parts: int = 1
    usage: int | None = None
    elements: tuple[Element, ...] = ()
    fields: tuple[tuple[str, int | str], ...] = ()

    def field(self, name: str, default: int | str | None = None) -> int | str | None:
        return dict(self.fields).get(name, default)

    def number(self, name: str, default: int) -> int:
        """A numeric field (an int, or its decimal text), `default` when the tag has none."""
        value = dict(self.fields).get(name, default)
        try:
            return int(value)
        except ValueError:
            raise TagDataError(f"field {name} is {value!r}, not a number") from None

    def element(self, oid: int) -> Element | None:
        return next((e for e in self.elements if e.oid == oid), None)
