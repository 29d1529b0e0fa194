"""Library tag data codecs; they know nothing of readers.

`decode(data)` detects the data model (ISO 28560-3 by its CRC, the legacy 3M format by
its fixed bytes, otherwise ISO 28560-2 / GB/T 35660.2); each model module has
`decode(data)` and `encode(tag)`.
"""
from __future__ import annotations

from hardware.errors import TagDataError
from hardware.rfid import iso28560_2, iso28560_3, legacy3m
from hardware.rfid.tagdata import Element, TagData

MODELS = {iso28560_2.MODEL: iso28560_2, iso28560_3.MODEL: iso28560_3, legacy3m.MODEL: legacy3m}
_BY_DSFID = {iso28560_2.DSFID: iso28560_2, iso28560_3.DSFID: iso28560_3}

__all__ = ["MODELS", "Element", "TagData", "TagDataError", "decode", "encode"]


def decode(data: bytes, dsfid: int | None = None) -> TagData:
    """Decode tag user memory. A known DSFID picks the model; otherwise it is detected."""
    data = bytes(data)
    if not data.strip(b"\x00\x55") or not data.strip(b"\xff"):  # zeros, 3M blank, erased
        raise TagDataError("blank tag: memory holds no data")
    if dsfid in _BY_DSFID:
        return _BY_DSFID[dsfid].decode(data)
    if iso28560_3.looks_like(data):
        return iso28560_3.decode(data)
    if legacy3m.looks_like(data):
        return legacy3m.decode(data)
    if iso28560_2.looks_like(data):
        return iso28560_2.decode(data)
    raise TagDataError(f"unknown tag data model (first bytes {data[:8].hex(' ').upper()}): "
                       "not ISO 28560-2/-3 nor 3M")


def encode(tag: TagData) -> bytes:
    """Encode with the module of `tag.model`."""
    try:
        module = MODELS[tag.model]
    except KeyError:
        raise TagDataError(f"unknown tag data model {tag.model!r}; "
                           f"known: {', '.join(MODELS)}") from None
    return module.encode(tag)
