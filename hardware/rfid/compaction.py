"""ISO/IEC 15962 compaction schemes as ISO 28560-2 and GB/T 35660.2 use them.

Codes (the precursor's bits 6-4): 0 application-defined, 1 integer, 2 numeric, 3 5-bit
code, 4 6-bit code, 5 7-bit code, 6 octet string, 7 UTF-8 string. ISO 28560-2 gives code 0
a meaning per element: the content parameter is a bit map and the owner and ILL borrowing
institutions (OIDs 3 and 11) are ISILs in the ISIL compaction (see `hardware.rfid.isil`).

Bit-packed codes are MSB first; the bits that fill the last byte are fixed by the standard
and checked on decode, so damaged data is refused rather than read as other characters:

    5-bit  characters 0x41-0x5F, code = char - 0x40; filler 0 bits (a whole 00000 ends)
    6-bit  characters 0x20-0x5F, code = char & 0x3F; filler the leading bits of 100000
    7-bit  characters 0x00-0x7E;                      filler 1 bits (a whole 1111111 ends)
    numeric  one digit per nibble, an odd count ends with the nibble F
    integer  big-endian, no leading zero byte, at most 19 digits

`compact()` picks the tightest scheme the way GB/T 35660.2 encoders do (integer for 2-19
digits without a leading 0, numeric for 2+ digits, 5-bit from 3, 6-bit from 4, 7-bit from
8 characters, UTF-8 otherwise), so a new tag matches the standard's worked example.
"""
from __future__ import annotations

from hardware.errors import TagDataError
from hardware.rfid import isil

APPLICATION, INTEGER, NUMERIC, FIVE_BIT, SIX_BIT, SEVEN_BIT, OCTET, UTF8 = range(8)
NAMES = {APPLICATION: "application-defined", INTEGER: "integer", NUMERIC: "numeric",
         FIVE_BIT: "5-bit", SIX_BIT: "6-bit", SEVEN_BIT: "7-bit", OCTET: "octet", UTF8: "UTF-8"}
ISIL = "isil"  # the application-defined (code 0) compaction of institution OIDs
_WIDTH = {FIVE_BIT: 5, SIX_BIT: 6, SEVEN_BIT: 7}
MAX_INTEGER = 10**19 - 1  # integer compaction holds up to 19 digits (8 bytes)
_MIN_CHARS = {INTEGER: 2, NUMERIC: 2, FIVE_BIT: 3, SIX_BIT: 4, SEVEN_BIT: 8}


def _filler(width: int, nbits: int) -> int:
    """The `nbits` filler bits that follow `width`-bit codes, as an integer."""
    if width == 5:
        return 0
    if width == 6:
        return 0b100000 >> (6 - nbits) if nbits <= 6 else 0b100000 << (nbits - 6)
    return (1 << nbits) - 1


def _allowed(ch: str, width: int) -> bool:
    c = ord(ch)
    return {5: 0x41 <= c <= 0x5F, 6: 0x20 <= c <= 0x5F, 7: c <= 0x7E}[width]


def _pack(text: str, width: int) -> bytes:
    acc = nbits = 0
    for ch in text:
        acc, nbits = (acc << width) | (ord(ch) & ((1 << width) - 1)), nbits + width
    pad = (-nbits) % 8
    return ((acc << pad) | _filler(width, pad)).to_bytes((nbits + pad) // 8, "big")


def _unpack(data: bytes, width: int) -> str:
    total = len(data) * 8
    n = total // width
    pad = total - n * width
    value = int.from_bytes(data, "big")
    codes = [(value >> (total - (i + 1) * width)) & ((1 << width) - 1) for i in range(n)]
    # a whole code's worth of filler (possible when 8 - used bits >= width) is no character
    if codes and pad + width < 8 and codes[-1] == _filler(width, width):
        codes.pop()
        pad += width
    if value & ((1 << pad) - 1) != _filler(width, pad):
        raise TagDataError(f"{width}-bit data {data.hex()} ends in wrong filler bits")
    if width == 5:
        if 0 in codes:
            raise TagDataError(f"5-bit data {data.hex()} holds a zero code inside")
        return "".join(chr(0x40 + v) for v in codes)
    if width == 6:
        return "".join(chr(v if v >= 0x20 else v + 0x40) for v in codes)
    if 0x7F in codes:
        raise TagDataError(f"7-bit data {data.hex()} holds a 7F code inside")
    return "".join(chr(v) for v in codes)


def fits(text: str, scheme: int) -> bool:
    """True if `scheme` stores `text` and gives it back unchanged (and is worth using)."""
    if not text or len(text) < _MIN_CHARS.get(scheme, 1):
        return False
    if scheme == INTEGER:
        return text.isascii() and text.isdigit() and text[0] != "0" and len(text) <= 19
    if scheme == NUMERIC:
        return text.isascii() and text.isdigit()
    if scheme in _WIDTH:
        return all(_allowed(ch, _WIDTH[scheme]) for ch in text) and not (
            scheme == SIX_BIT and text.endswith(" "))
    if scheme == OCTET:
        return text.isascii()
    return scheme == UTF8


def compact(value: str | bytes, scheme: int | str | None = None) -> tuple[int, bytes]:
    """Compact `value`; `scheme` None picks the tightest. Returns (precursor code, bytes)."""
    if isinstance(value, bytes):
        return (OCTET if scheme is None else int(scheme)), value
    if scheme == ISIL:
        return APPLICATION, isil.compact(value)
    if isinstance(scheme, str):
        raise TagDataError(f"unknown compaction scheme {scheme!r}")
    candidates = [scheme] if scheme is not None else [
        INTEGER, NUMERIC, FIVE_BIT, SIX_BIT, SEVEN_BIT, UTF8]
    for sch in candidates:
        if sch in (OCTET, UTF8, APPLICATION) or fits(value, sch):
            data = _compact_text(value, sch)
            if data is not None:
                return sch, data
    raise TagDataError(f"cannot store {value!r} with compaction "
                       f"{NAMES.get(scheme, scheme)}")  # type: ignore[arg-type]


def _compact_text(value: str, scheme: int) -> bytes | None:
    if scheme == INTEGER:
        number = int(value)
        return number.to_bytes(max(1, (number.bit_length() + 7) // 8), "big")
    if scheme == NUMERIC:
        return bytes.fromhex(value + ("F" if len(value) % 2 else ""))
    if scheme in _WIDTH:
        return _pack(value, _WIDTH[scheme])
    if scheme == OCTET:
        return value.encode("ascii") if value.isascii() else None
    if scheme in (UTF8, APPLICATION):
        return value.encode("utf-8")
    raise TagDataError(f"unknown compaction scheme {scheme}")


def expand(scheme: int | str, data: bytes) -> str | bytes:
    """Undo `compact`, refusing data no encoder could have written. Octet and other
    application-defined data stay bytes."""
    if not data:
        raise TagDataError("data element holds no data")
    if scheme == ISIL:
        return isil.expand(data)
    if scheme == INTEGER:
        if data[0] == 0 and len(data) > 1:
            raise TagDataError(f"integer data {data.hex()} has a leading zero byte")
        number = int.from_bytes(data, "big")
        if number > MAX_INTEGER:
            raise TagDataError(f"integer data {data.hex()} is over 19 digits")
        return str(number)
    if scheme == NUMERIC:
        text = data.hex().upper()
        text = text.removesuffix("F")
        if not text.isdigit():
            raise TagDataError(f"numeric data {data.hex()} holds non-digits")
        return text
    if scheme in _WIDTH:
        return _unpack(data, _WIDTH[scheme])
    if scheme == UTF8:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise TagDataError(f"UTF-8 data element is not valid UTF-8: {data.hex()}") from exc
    if scheme in (OCTET, APPLICATION):
        return data
    raise TagDataError(f"unknown compaction scheme {scheme}")
