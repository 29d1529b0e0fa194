"""Library tag data codecs; they know nothing of readers.

`decode(data, dsfid)` decodes with the model the DSFID names (0x06 ISO 28560-2 / GB/T
35660.2, 0x3E ISO 28560-3). Without one (the 3M 810 does not report it) the memory must
pass all of one model's checks, strict ones included (CRC, lengths, precursors, filler,
allowed values, reserved bytes), trying the CRC-checked model first; so damaged memory is
an error listing why each model refused it, never another model's item. Each model
module has `decode(data, strict)` and `encode(tag)`.
"""
from __future__ import annotations

from hardware.errors import TagDataError
from hardware.rfid import iso28560_2, iso28560_3, legacy3m
from hardware.rfid.tagdata import Element, TagData

MODELS = {iso28560_2.MODEL: iso28560_2, iso28560_3.MODEL: iso28560_3, legacy3m.MODEL: legacy3m}
_BY_DSFID = {iso28560_2.DSFID: iso28560_2, iso28560_3.DSFID: iso28560_3}
# the CRC-checked model first: a block that passes a CRC is that model
_DETECTION_ORDER = (iso28560_3, legacy3m, iso28560_2)

__all__ = ["MODELS", "Element", "TagData", "TagDataError", "decode", "encode"]


def decode(data: bytes, dsfid: int | None = None) -> TagData:
    """Decode tag user memory. A known DSFID picks the model; otherwise it is detected."""
    data = bytes(data)
    if not data.strip(b"\x00\x55") or not data.strip(b"\xff"):  # zeros, 3M blank, erased
        raise TagDataError("blank tag: memory holds no data")
    if dsfid in _BY_DSFID:
        return _BY_DSFID[dsfid].decode(data)
    reasons = []
    for module in _DETECTION_ORDER:
        try:
            return module.decode(data, strict=True)
        except TagDataError as exc:
            reasons.append(f"{module.MODEL}: {exc}")
    raise TagDataError(f"not a valid tag (first bytes {data[:8].hex(' ').upper()}); "
                       + "; ".join(reasons))


def encode(tag: TagData) -> bytes:
    """Encode with the module of `tag.model`."""
    try:
        module = MODELS[tag.model]
    except KeyError:
        raise TagDataError(f"unknown tag data model {tag.model!r}; "
                           f"known: {', '.join(MODELS)}") from None
    return module.encode(tag)
