"""ISO 28560-2 (and GB/T 35660.2, its Chinese adoption): object-identifier encoded tag data.

Memory is a run of data elements ended by a 0x00 byte. Each element is:

    precursor  bit 7 offset flag | bits 6-4 compaction | bits 3-0 relative OID (15 = extended)
    [offset]   present if the flag is set: number of filler bytes after the data
    [OID-15]   present if the relative OID is 15
    length     of the compacted data
    data       compacted (see hardware.rfid.compaction)
    filler     `offset` bytes of 0x00, used to align the next element to a block boundary

The primary item identifier (OID 1) must come first; the content parameter (OID 2), if
present, second: a bit map, MSB first, of which OIDs from 3 upwards follow. DSFID 0x06.
"""
from __future__ import annotations

from hardware.errors import TagDataError
from hardware.rfid import compaction
from hardware.rfid.tagdata import Element, TagData

MODEL = "iso28560-2"
DSFID = 0x06
PRIMARY_ITEM_ID, CONTENT_PARAMETER, OWNER_INSTITUTION, SET_INFORMATION, TYPE_OF_USAGE = 1, 2, 3, 4, 5
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


def looks_like(data: bytes) -> bool:
    """True if memory starts with a precursor for OID 1, as this model requires."""
    return bool(data) and data[0] != 0 and (data[0] & 0x0F) == PRIMARY_ITEM_ID


def parse_elements(data: bytes) -> list[Element]:
    """Split memory into elements, checking every length against the memory size."""
    elements: list[Element] = []
    pos = 0
    while pos < len(data) and data[pos] != 0x00:
        start = pos
        precursor = data[pos]
        pos += 1
        scheme = (precursor >> 4) & 0x07
        offset = 0
        if precursor & 0x80:
            offset = _byte(data, pos, start, "offset")
            pos += 1
        oid = precursor & 0x0F
        if oid == 0x0F:
            oid = 15 + _byte(data, pos, start, "extended OID")
            pos += 1
        length = _byte(data, pos, start, "length")
        pos += 1
        if pos + length + offset > len(data):
            raise TagDataError(f"element at byte {start} (OID {oid}) claims {length} data "
                               f"and {offset} filler bytes but only {len(data) - pos} remain")
        value = compaction.expand(scheme, data[pos:pos + length])
        elements.append(Element(oid, value, scheme, offset))
        pos += length + offset
    return elements


def _byte(data: bytes, pos: int, start: int, what: str) -> int:
    if pos >= len(data):
        raise TagDataError(f"element at byte {start} is cut off before its {what} byte")
    return data[pos]


def decode(data: bytes) -> TagData:
    elements = parse_elements(bytes(data))
    if not elements:
        raise TagDataError("no ISO 28560-2 data elements (blank tag?)")
    if elements[0].oid != PRIMARY_ITEM_ID:
        raise TagDataError(f"first data element is OID {elements[0].oid} "
                           f"({OID_NAMES.get(elements[0].oid, 'unknown')}); it must be OID 1")
    by_oid = {e.oid: e.value for e in elements}
    part, parts = _set_information(by_oid.get(SET_INFORMATION))
    usage = by_oid.get(TYPE_OF_USAGE)
    return TagData(
        model=MODEL,
        item_id=_text(by_oid[PRIMARY_ITEM_ID]),
        owner_library=_text(by_oid.get(OWNER_INSTITUTION, "")),
        part=part, parts=parts,
        usage=_usage(usage) if usage is not None else None,
        elements=tuple(elements),
    )


def _text(value: str | bytes) -> str:
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _usage(value: str | bytes) -> int:
    if isinstance(value, bytes):
        return value[0] if value else 0
    try:
        return int(value, 16)
    except ValueError as exc:
        raise TagDataError(f"type of usage {value!r} is not a hex code") from exc


def _set_information(value: str | bytes | None) -> tuple[int, int]:
    """Set information is total parts then part number, two (or three) digits each."""
    if value is None:
        return 1, 1
    text = _text(value)
    if not text.isdigit() or len(text) not in (4, 6):
        raise TagDataError(f"set information {text!r} is not 4 or 6 digits")
    half = len(text) // 2
    parts, part = int(text[:half]), int(text[half:])
    if not 1 <= part <= parts:
        raise TagDataError(f"set information {text!r}: part {part} of {parts} is impossible")
    return part, parts


def encode(tag: TagData, block_size: int = 4, capacity: int | None = None) -> bytes:
    """Encode `tag`; elements kept from a decode are reused so a rewrite keeps their form.

    The content parameter is written when `tag` came with one. `capacity`, if given,
    pads the result with zeros to that size and refuses data that does not fit.
    """
    if not tag.item_id:
        raise TagDataError("primary item identifier is empty")
    kept = {e.oid: e for e in tag.elements}
    core: dict[int, str | bytes] = {PRIMARY_ITEM_ID: tag.item_id}
    if tag.owner_library:
        core[OWNER_INSTITUTION] = tag.owner_library
    if tag.parts > 1:
        if not 1 <= tag.part <= tag.parts <= 999:
            raise TagDataError(f"part {tag.part} of {tag.parts} is impossible")
        width = 2 if tag.parts <= 99 else 3
        core[SET_INFORMATION] = f"{tag.parts:0{width}d}{tag.part:0{width}d}"
    if tag.usage is not None:
        core[TYPE_OF_USAGE] = bytes([tag.usage])
    elements: list[Element] = []
    for oid, value in core.items():
        old = kept.get(oid)
        same = old is not None and (old.value == value or (
            oid == TYPE_OF_USAGE and _usage(old.value) == tag.usage))
        elements.append(old if same else Element(oid, value, _scheme_for(oid, value)))
    elements += [e for e in tag.elements if e.oid not in core and e.oid != CONTENT_PARAMETER]
    elements.sort(key=lambda e: e.oid)
    if CONTENT_PARAMETER in kept:
        elements.insert(1, Element(CONTENT_PARAMETER, _content_parameter(elements),
                                   compaction.APPLICATION, kept[CONTENT_PARAMETER].offset))
    out = bytearray()
    for element in elements:
        out += _encode_element(element)
    out.append(0x00)
    pad = (-len(out)) % block_size
    out += bytes(pad)
    if capacity is not None:
        if len(out) > capacity:
            raise TagDataError(f"encoded data is {len(out)} bytes; the tag holds {capacity}")
        out += bytes(capacity - len(out))
    return bytes(out)


def _scheme_for(oid: int, value: str | bytes) -> int | None:
    if oid == TYPE_OF_USAGE:
        return compaction.APPLICATION
    return None


def _content_parameter(elements: list[Element]) -> bytes:
    oids = [e.oid for e in elements if e.oid >= 3]
    if not oids:
        return b"\x00"
    nbits = max(oids) - 2
    bits = 0
    for oid in oids:
        bits |= 1 << (nbits - (oid - 2))
    nbytes = (nbits + 7) // 8
    return (bits << (nbytes * 8 - nbits)).to_bytes(nbytes, "big")


def _encode_element(element: Element) -> bytes:
    scheme, data = compaction.compact(element.value, element.compaction)
    if len(data) > 255:
        raise TagDataError(f"OID {element.oid} data is {len(data)} bytes; at most 255 fit")
    if not 1 <= element.oid <= 15 + 255:
        raise TagDataError(f"OID {element.oid} cannot be encoded")
    out = bytearray([(0x80 if element.offset else 0) | (scheme << 4) | min(element.oid, 15)])
    if element.offset:
        out.append(element.offset)
    if element.oid >= 15:
        out.append(element.oid - 15)
    out.append(len(data))
    out += data
    out += bytes(element.offset)
    return bytes(out)
