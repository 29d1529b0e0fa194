"""ISO 28560-3 (the Danish data model): fixed-length basic block plus extension blocks.

Basic block (34 bytes; 32 on small tags, "truncated"):

    0      version (high nibble) | type of usage (low nibble)
    1      parts in set            2   part number
    3-18   primary item identifier, UTF-8, NUL padded
    19-20  CRC-16/CCITT-FALSE of the block without these two bytes, low byte first
           (a truncated block is checked as if followed by two 0x00 bytes)
    21-22  country of the owner library     23-33  owner library ISIL (truncated: 21-31, 11 bytes)

After a full basic block come extension blocks: length of the whole block, block id (2
bytes, low first), an XOR check byte that makes the block XOR to zero, then data. A length
byte of 0 ends the list. DSFID 0x3E.
"""
from __future__ import annotations

from functools import reduce

from hardware.crc import crc16_ccitt_false
from hardware.errors import TagDataError
from hardware.rfid.tagdata import Element, TagData

MODEL = "iso28560-3"
DSFID = 0x3E
USAGES = {0: "acquisition", 1: "for circulation", 2: "not for circulation",
          7: "discarded", 8: "patron card"}


def crc_of(block: bytes) -> int:
    body = block[:19] + block[21:]
    if len(block) == 32:
        body += b"\x00\x00"
    return crc16_ccitt_false(body)


def decode(data: bytes, strict: bool = False) -> TagData:
    """Decode memory. `strict` (used when no DSFID says the model) also wants version 1,
    a defined type of usage and a part number within the set, besides the CRC."""
    data = bytes(data)
    if len(data) < 32:
        raise TagDataError(f"ISO 28560-3 needs at least 32 bytes, got {len(data)}")
    size = 34 if len(data) >= 34 and crc_of(data[:34]) == _stored_crc(data) else 32
    block = data[:size]
    if crc_of(block) != _stored_crc(data):
        raise TagDataError(f"ISO 28560-3 CRC mismatch: stored {_stored_crc(data):04X}, "
                           f"computed {crc_of(data[:34] if len(data) >= 34 else block):04X}")
    version, usage = block[0] >> 4, block[0] & 0x0F
    parts, part = block[1], block[2]
    if parts and not 1 <= part <= parts:
        raise TagDataError(f"part number {part} of {parts} parts is impossible")
    if strict and (version != 1 or usage not in USAGES or not parts):
        raise TagDataError(f"ISO 28560-3 block with version {version}, type of usage "
                           f"{usage}, {parts} parts is not one the standard defines")
    item_id = _text(block[3:19], "primary item identifier")
    if not item_id:
        raise TagDataError("ISO 28560-3 primary item identifier is empty")
    country, isil = _text(block[21:23], "country"), _text(block[23:size], "owner library")
    owner = f"{country}-{isil}" if country and isil else country + isil
    return TagData(
        model=MODEL, item_id=item_id, owner_library=owner,
        part=part or 1, parts=parts or 1, usage=usage,
        elements=tuple(_extension_blocks(data[34:], strict)) if size == 34 else (),
        fields=(("version", version), ("size", size)),
    )


def _stored_crc(data: bytes) -> int:
    return int.from_bytes(data[19:21], "little")


def _text(raw: bytes, what: str) -> str:
    """A NUL-padded UTF-8 field: nothing but NULs may follow the first NUL."""
    text, _, padding = raw.partition(b"\x00")
    if padding.strip(b"\x00"):
        raise TagDataError(f"{what} field has data after its NUL padding: {raw.hex()}")
    try:
        value = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TagDataError(f"{what} field is not UTF-8: {raw.hex()}") from exc
    if not value.isprintable():
        raise TagDataError(f"{what} field holds control characters: {raw.hex()}")
    return value


def _extension_blocks(data: bytes, strict: bool) -> list[Element]:
    """Blocks of: length, id (2 bytes, low first), XOR check, data (at least one byte);
    a length of 0 ends them, and `strict` wants nothing but zeros after that."""
    blocks, pos = [], 0
    while pos < len(data) and data[pos] != 0:
        length = data[pos]
        if length < 5 or pos + length > len(data):
            raise TagDataError(f"extension block at byte {34 + pos} has bad length {length}")
        block = data[pos:pos + length]
        if reduce(lambda a, b: a ^ b, block) != 0:
            raise TagDataError(f"extension block at byte {34 + pos} fails its XOR check")
        blocks.append(Element(int.from_bytes(block[1:3], "little"), bytes(block[4:])))
        pos += length
    if strict and data[pos:].strip(b"\x00"):
        raise TagDataError(f"bytes after the extension blocks at byte {34 + pos} are not zero")
    return blocks


def encode(tag: TagData, size: int | None = None) -> bytes:
    """Encode a basic block (34 bytes, or 32 with size=32) and any extension blocks."""
    size = size or tag.number("size", 34)
    if size not in (32, 34):
        raise TagDataError(f"basic block size must be 32 or 34, not {size}")
    item = tag.item_id.encode("utf-8")
    if not item or len(item) > 16:
        raise TagDataError(f"primary item identifier {tag.item_id!r} must be 1-16 bytes")
    usage = 1 if tag.usage is None else tag.usage
    version = tag.number("version", 1)
    if not (0 <= usage <= 15 and 0 <= version <= 15 and 1 <= tag.part <= tag.parts <= 255):
        raise TagDataError(f"version {version}, usage {usage}, part {tag.part} of {tag.parts} "
                           "do not fit the basic block")
    block = bytearray(size)
    block[0] = version << 4 | usage
    block[1], block[2] = tag.parts, tag.part
    block[3:3 + len(item)] = item
    country, _, isil = tag.owner_library.partition("-") if "-" in tag.owner_library \
        else ("", "", tag.owner_library)
    _put(block, 21, 2, country, "country")
    _put(block, 23, size - 23, isil, "owner library ISIL")
    block[19:21] = crc_of(bytes(block)).to_bytes(2, "little")
    out = bytearray(block)
    if size == 34:
        for element in tag.elements:
            payload = element.value if isinstance(element.value, bytes) \
                else element.value.encode("utf-8")
            body = bytearray([len(payload) + 4]) + element.oid.to_bytes(2, "little") + b"\0"
            body += payload
            body[3] = reduce(lambda a, b: a ^ b, body)
            out += body
    return bytes(out)


def _put(block: bytearray, start: int, width: int, text: str, what: str) -> None:
    raw = text.encode("utf-8")
    if len(raw) > width:
        raise TagDataError(f"{what} {text!r} is longer than {width} bytes")
    block[start:start + len(raw)] = raw
