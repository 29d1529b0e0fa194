"""The legacy 3M alphanumeric tag format, still on many older library items.

    0      0x04
    1      part in set (high nibble) | parts in set (low nibble)
    2      0x00                 3   item type (1 book, 6 CD, 9 book with CD, ...)
    4-19   barcode, NUL padded
    20-23  branch (12 bits) | library (20 bits), big-endian
    24-27  custom signed integer, big-endian          28-31  zero
"""
from __future__ import annotations

from hardware.errors import TagDataError
from hardware.rfid.tagdata import TagData

MODEL = "3m"
ITEM_TYPES = {0: "other", 1: "book", 2: "magazine", 3: "bound journal", 4: "audio tape",
              5: "video", 6: "CD/CD-ROM", 7: "diskette", 8: "book with diskette",
              9: "book with CD/CD-ROM", 13: "book with audio tape"}


def decode(data: bytes, strict: bool = False) -> TagData:
    """Decode memory. The format has no checksum; `strict` (no DSFID to go by) also wants
    the reserved bytes 28-31 zero and a part number within the set."""
    data = bytes(data)
    if len(data) < 28:
        raise TagDataError(f"3M format needs 28 bytes, got {len(data)}")
    if data[0] != 0x04 or data[2] != 0x00:
        raise TagDataError(f"not a 3M tag: bytes 0 and 2 are {data[0]:02X} {data[2]:02X}, "
                           "expected 04 and 00")
    text, _, padding = data[4:20].partition(b"\x00")
    if padding.strip(b"\x00") or not text or not all(32 <= b < 127 for b in text):
        raise TagDataError(f"3M barcode {data[4:20].hex()} is not NUL-padded printable ASCII")
    part, parts = data[1] >> 4, data[1] & 0x0F
    if strict and (not 1 <= part <= parts or data[28:32].strip(b"\x00")):
        raise TagDataError(f"3M tag with part {part} of {parts} and reserved bytes "
                           f"{data[28:32].hex()} is not well formed")
    branch_library = int.from_bytes(data[20:24], "big")
    library = branch_library & 0xFFFFF
    return TagData(
        model=MODEL, item_id=text.decode("ascii"),
        owner_library=str(library) if library else "",
        part=part or 1, parts=parts or 1, usage=data[3],
        fields=(("branch", branch_library >> 20), ("library", library),
                ("custom", int.from_bytes(data[24:28], "big", signed=True)),
                ("item_type", ITEM_TYPES.get(data[3], f"type {data[3]}"))),
    )


def encode(tag: TagData) -> bytes:
    barcode = tag.item_id.encode("ascii", "strict") if tag.item_id.isascii() else None
    if not barcode or len(barcode) > 16:
        raise TagDataError(f"3M barcode {tag.item_id!r} must be 1-16 ASCII characters")
    if not (1 <= tag.part <= tag.parts <= 15):
        raise TagDataError(f"3M tags hold parts 1-15, not {tag.part} of {tag.parts}")
    library = tag.number("library", int(tag.owner_library or 0))
    branch = tag.number("branch", 0)
    if not (0 <= library < 1 << 20 and 0 <= branch < 1 << 12):
        raise TagDataError(f"branch {branch} / library {library} out of range")
    out = bytearray(32)
    out[0], out[1], out[3] = 0x04, tag.part << 4 | tag.parts, 1 if tag.usage is None else tag.usage
    out[4:4 + len(barcode)] = barcode
    out[20:24] = (branch << 20 | library).to_bytes(4, "big")
    out[24:28] = tag.number("custom", 0).to_bytes(4, "big", signed=True)
    return bytes(out)
