"""ISO 28560-2 (and GB/T 35660.2, its Chinese adoption): object-identifier encoded tag data.

Memory is a run of data elements ended by a 0x00 byte or by the end of memory. Each is:

    precursor  bit 7 offset flag | bits 6-4 compaction | bits 3-0 relative OID (15 = extended)
    [OID-15]   present if the relative OID is 15
    [offset]   present if the flag is set: the number of filler bytes after the data
    length     of the compacted data (1-255)
    data       compacted (see hardware.rfid.compaction; OIDs 3 and 11 with code 0: ISIL)
    filler     `offset` bytes of 0x00, used to align the next element to a block boundary

The byte order is the one GB/T 35660.2's worked example and dp2 (the reference Chinese
implementation) read and write. The primary item identifier (OID 1) comes first; the
content parameter (OID 2), if present, second: a bit map, MSB first, of the OIDs from 3
upwards that the tag holds. DSFID 0x06.

Every element read keeps its bytes, so decode -> encode gives the same memory; only
elements whose value changed are compacted anew.
"""
from __future__ import annotations

from hardware.errors import TagDataError
from hardware.rfid import compaction, isil
from hardware.rfid.tagdata import Element, TagData

MODEL = "iso28560-2"
DSFID = 0x06
PRIMARY_ITEM_ID, CONTENT_PARAMETER, OWNER_INSTITUTION, SET_INFORMATION, TYPE_OF_USAGE = 1, 2, 3, 4, 5
ILL_BORROWING_INSTITUTION = 11
ISIL_OIDS = (OWNER_INSTITUTION, ILL_BORROWING_INSTITUTION)
MAX_OID = 31  # 1-26 are defined, 27-31 reserved; anything above is damage
OID_NAMES = {
    1: "primary item identifier", 2: "content parameter", 3: "owner institution (ISIL)",
    4: "set information", 5: "type of usage", 6: "shelf location", 7: "ONIX media format",
    8: "MARC media format", 9: "supplier identifier", 10: "order number",
    11: "ILL borrowing institution", 12: "ILL borrowing transaction number",
    13: "GS1 product identifier", 14: "alternative unique item identifier",
    15: "local data A", 16: "local data B", 17: "title", 18: "product identifier local",
    19: "media format (other)", 20: "supply chain stage", 21: "supplier invoice number",
    22: "alternative item identifier", 23: "alternative owner institution",
    24: "subsidiary of an owner institution", 25: "alternative ILL borrowing institution",
    26: "local data C",
}


def parse_elements(data: bytes) -> list[Element]:
    """Split memory into elements, up to the end mark or the end of memory, checking every
    length against the memory size and every filler byte."""
    elements: list[Element] = []
    pos = 0
    while pos < len(data) and data[pos] != 0x00:
        start = pos
        precursor = data[pos]
        pos += 1
        oid = precursor & 0x0F
        if oid == 0:
            raise TagDataError(f"element at byte {start}: precursor {precursor:02X} has OID 0")
        if oid == 0x0F:
            oid = 15 + _byte(data, pos, start, "extended OID")
            pos += 1
        offset = 0
        if precursor & 0x80:
            offset = _byte(data, pos, start, "offset")
            pos += 1
        length = _byte(data, pos, start, "length")
        pos += 1
        if length == 0:
            raise TagDataError(f"element at byte {start} (OID {oid}) has length 0")
        if pos + length + offset > len(data):
            raise TagDataError(f"element at byte {start} (OID {oid}) claims {length} data "
                               f"and {offset} filler bytes but only {len(data) - pos} remain")
        filler = data[pos + length:pos + length + offset]
        if filler.strip(b"\x00"):
            raise TagDataError(f"element at byte {start} (OID {oid}): filler bytes "
                               f"{filler.hex()} are not zero")
        code = (precursor >> 4) & 0x07
        scheme: int | str = compaction.ISIL if (
            code == compaction.APPLICATION and oid in ISIL_OIDS) else code
        try:
            value = compaction.expand(scheme, data[pos:pos + length])
        except TagDataError as exc:
            raise TagDataError(f"element at byte {start} (OID {oid}): {exc}") from None
        pos += length + offset
        elements.append(Element(oid, value, scheme, offset, raw=bytes(data[start:pos])))
    return elements


def _byte(data: bytes, pos: int, start: int, what: str) -> int:
    if pos >= len(data):
        raise TagDataError(f"element at byte {start} is cut off before its {what} byte")
    return data[pos]


def decode(data: bytes, strict: bool = False) -> TagData:
    """Decode memory, with every check the format allows (precursors, lengths, zero filler,
    compaction fillers, OID order and uniqueness, the content parameter, allowed values)
    whether or not a DSFID named the model (`strict` is the models' common signature).
    Bytes after the end mark are not looked at: a rewrite may leave older data there."""
    data = bytes(data)
    elements = parse_elements(data)
    if not elements:
        raise TagDataError("no ISO 28560-2 data elements (blank tag?)")
    _check_structure(elements)
    by_oid = {e.oid: e.value for e in elements}
    item_id = _text(by_oid[PRIMARY_ITEM_ID], "primary item identifier")
    owner = _text(by_oid.get(OWNER_INSTITUTION, ""), "owner institution")
    part, parts = _set_information(by_oid.get(SET_INFORMATION))
    usage = by_oid.get(TYPE_OF_USAGE)
    return TagData(
        model=MODEL, item_id=item_id, owner_library=owner, part=part, parts=parts,
        usage=_usage(usage) if usage is not None else None,
        elements=tuple(elements), fields=(("size", len(data)),),
    )


def _check_structure(elements: list[Element]) -> None:
    oids = [e.oid for e in elements]
    if oids[0] != PRIMARY_ITEM_ID:
        raise TagDataError(f"first data element is OID {oids[0]} "
                           f"({OID_NAMES.get(oids[0], 'unknown')}); it must be OID 1")
    if len(set(oids)) != len(oids):
        twice = next(o for o in oids if oids.count(o) > 1)
        raise TagDataError(f"OID {twice} ({OID_NAMES.get(twice, 'unknown')}) appears twice")
    if max(oids) > MAX_OID:
        raise TagDataError(f"OID {max(oids)} is not defined (ISO 28560-2 has 1-{MAX_OID})")
    if CONTENT_PARAMETER in oids:
        if oids.index(CONTENT_PARAMETER) != 1:
            raise TagDataError("the content parameter (OID 2) must be the second element")
        stored = elements[1].value
        if not isinstance(stored, bytes):
            raise TagDataError("the content parameter (OID 2) is not a bit map")
        expected = content_parameter(oids)
        if stored.rstrip(b"\x00") != expected.rstrip(b"\x00"):
            raise TagDataError(f"the content parameter {stored.hex()} does not list the "
                               f"OIDs present ({', '.join(str(o) for o in oids if o > 2)})")


def _text(value: str | bytes, what: str) -> str:
    if isinstance(value, bytes):
        raw = value
        try:
            value = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise TagDataError(f"{what} {raw.hex()} is not text") from None
    if not value.isprintable():
        raise TagDataError(f"{what} {value!r} holds control characters")
    return value


def _usage(value: str | bytes) -> int:
    """Type of usage is one byte (two hex digits: main and sub qualifier)."""
    if isinstance(value, bytes):
        if len(value) == 1:
            return value[0]
    elif 1 <= len(value) <= 2 and all(c in "0123456789ABCDEFabcdef" for c in value):
        return int(value, 16)
    shown = value.hex() if isinstance(value, bytes) else repr(value)
    raise TagDataError(f"type of usage {shown} is not one byte (00-FF)")


def _set_information(value: str | bytes | None) -> tuple[int, int]:
    """Set information is total parts then part number, two (or three) digits each."""
    if value is None:
        return 1, 1
    text = _text(value, "set information")
    if not text.isdigit() or len(text) not in (4, 6):
        raise TagDataError(f"set information {text!r} is not 4 or 6 digits")
    half = len(text) // 2
    parts, part = int(text[:half]), int(text[half:])
    if not 1 <= part <= parts:
        raise TagDataError(f"set information {text!r}: part {part} of {parts} is impossible")
    return part, parts


def encode(tag: TagData, block_size: int = 4, capacity: int | None = None) -> bytes:
    """Encode `tag`. Elements kept from a decode whose value is unchanged are written back
    byte for byte, in their order; new ones follow in OID order.

    The content parameter is written when `tag` came with one. `capacity` (by default the
    memory size the tag was decoded from) pads with zeros to that size and refuses data
    that does not fit; without it the data is ended by 0x00 and padded to whole blocks.
    """
    wanted = _core_values(tag)
    elements: list[Element] = []
    done: set[int] = set()
    for old in tag.elements:
        if old.oid == CONTENT_PARAMETER:
            continue
        if old.oid in wanted:
            done.add(old.oid)
            value = wanted[old.oid]
            if value is None:
                continue
            if not _same(old, value):
                old = Element(old.oid, value, _scheme_for(old.oid, value))
        elements.append(old)
    for oid in sorted(set(wanted) - done):
        new = wanted[oid]
        if new is not None:
            elements.append(Element(oid, new, _scheme_for(oid, new)))
    if any(e.raw for e in elements):  # OID 1 first; what was read keeps its order
        elements.sort(key=lambda e: e.oid != PRIMARY_ITEM_ID)
    else:
        elements.sort(key=lambda e: e.oid)
    kept_cp = next((e for e in tag.elements if e.oid == CONTENT_PARAMETER), None)
    if kept_cp is not None:
        bitmap = content_parameter([e.oid for e in elements])
        if not (isinstance(kept_cp.value, bytes)
                and kept_cp.value.rstrip(b"\x00") == bitmap.rstrip(b"\x00") and kept_cp.raw):
            kept_cp = Element(CONTENT_PARAMETER, bitmap, compaction.APPLICATION)
        elements.insert(1, kept_cp)
    out = bytearray()
    for element in elements:
        out += element.raw or _encode_element(element)
    size = tag.field("size") if capacity is None else capacity
    if size is None:
        out.append(0x00)
        out += bytes((-len(out)) % block_size)
        return bytes(out)
    if len(out) > int(size):
        raise TagDataError(f"encoded data is {len(out)} bytes; the tag holds {size}")
    return bytes(out) + bytes(int(size) - len(out))


def _core_values(tag: TagData) -> dict[int, str | bytes | None]:
    if not tag.item_id:
        raise TagDataError("primary item identifier is empty")
    values: dict[int, str | bytes | None] = {PRIMARY_ITEM_ID: tag.item_id,
                                             OWNER_INSTITUTION: tag.owner_library or None,
                                             SET_INFORMATION: None, TYPE_OF_USAGE: None}
    if tag.parts > 1:
        if not 1 <= tag.part <= tag.parts <= 999:
            raise TagDataError(f"part {tag.part} of {tag.parts} is impossible")
        width = 2 if tag.parts <= 99 else 3
        values[SET_INFORMATION] = f"{tag.parts:0{width}d}{tag.part:0{width}d}"
    if tag.usage is not None:
        if not 0 <= tag.usage <= 0xFF:
            raise TagDataError(f"type of usage {tag.usage} does not fit one byte (0-255)")
        values[TYPE_OF_USAGE] = bytes([tag.usage])
    return values


def _same(old: Element, value: str | bytes) -> bool:
    try:
        if old.oid == TYPE_OF_USAGE:
            return _usage(old.value) == value[0]
        if old.oid == SET_INFORMATION:
            return _set_information(old.value) == _set_information(value)
    except TagDataError:
        return False
    old_value = old.value.decode("utf-8", "replace") if isinstance(old.value, bytes) \
        and isinstance(value, str) else old.value
    return old_value == value


def _scheme_for(oid: int, value: str | bytes) -> int | str | None:
    if oid == TYPE_OF_USAGE:
        return compaction.OCTET
    if oid in ISIL_OIDS and isinstance(value, str):
        try:
            isil.compact(value)
            return compaction.ISIL
        except TagDataError:
            return None
    return None


def content_parameter(oids: list[int]) -> bytes:
    """The bit map of OIDs 3 and up: OID 3 is the first byte's most significant bit."""
    present = [oid for oid in oids if oid >= 3]
    if not present:
        return b"\x00"
    nbits = max(present) - 2
    bits = 0
    for oid in present:
        bits |= 1 << (nbits - (oid - 2))
    nbytes = (nbits + 7) // 8
    return (bits << (nbytes * 8 - nbits)).to_bytes(nbytes, "big")


def _encode_element(element: Element) -> bytes:
    scheme, data = compaction.compact(element.value, element.compaction)
    if not 1 <= len(data) <= 255:
        raise TagDataError(f"OID {element.oid} data is {len(data)} bytes; 1-255 fit")
    if not 1 <= element.oid <= 15 + 255:
        raise TagDataError(f"OID {element.oid} cannot be encoded")
    out = bytearray([(0x80 if element.offset else 0) | (scheme << 4) | min(element.oid, 15)])
    if element.oid >= 15:
        out.append(element.oid - 15)
    if element.offset:
        out.append(element.offset)
    out.append(len(data))
    out += data
    out += bytes(element.offset)
    return bytes(out)
