"""ISO/IEC 15962 compaction schemes used by ISO 28560-2 / GB/T 35660.2 data elements.

Codes: 0 application-defined (bytes as given), 1 integer, 2 numeric (4-bit digits, 0xF
filler), 3 5-bit code, 4 6-bit code, 5 7-bit code, 6 octet string, 7 UTF-8 string.
Bit-packed codes are MSB first and padded with zero bits to a byte boundary.
"""
from __future__ import annotations

from hardware.errors import TagDataError

APPLICATION, INTEGER, NUMERIC, FIVE_BIT, SIX_BIT, SEVEN_BIT, OCTET, UTF8 = range(8)
NAMES = {APPLICATION: "application-defined", INTEGER: "integer", NUMERIC: "numeric",
         FIVE_BIT: "5-bit", SIX_BIT: "6-bit", SEVEN_BIT: "7-bit", OCTET: "octet", UTF8: "UTF-8"}
_WIDTH = {FIVE_BIT: 5, SIX_BIT: 6, SEVEN_BIT: 7}


def _to_code(ch: str, width: int) -> int | None:
    c = ord(ch)
    if width == 5:
        return c - 0x40 if 0x40 <= c <= 0x5F else None
    if width == 6:
        return c & 0x3F if 0x20 <= c <= 0x5F else None
    return c if c < 0x80 else None


def _from_code(v: int, width: int) -> str:
    if width == 5:
        return chr(0x40 + v)
    if width == 6:
        return chr(v + 0x40 if v < 0x20 else v)
    return chr(v)


def _pack(text: str, width: int) -> bytes | None:
    acc = nbits = 0
    for ch in text:
        code = _to_code(ch, width)
        if code is None:
            return None
        acc, nbits = (acc << width) | code, nbits + width
    pad = (-nbits) % 8
    return (acc << pad).to_bytes((nbits + pad) // 8, "big") if nbits else b""


def _unpack(data: bytes, width: int) -> str:
    total = len(data) * 8
    n = total // width
    if n and (((n - 1) * width + 7) // 8) == len(data):
        last = (int.from_bytes(data, "big") >> (total - n * width)) & ((1 << width) - 1)
        if last == 0:  # a whole code's worth of zero filler, not a character
            n -= 1
    value = int.from_bytes(data, "big") >> (total - n * width)
    codes = [(value >> (width * (n - 1 - i))) & ((1 << width) - 1) for i in range(n)]
    return "".join(_from_code(v, width) for v in codes)


def compact(value: str | bytes, scheme: int | None = None) -> tuple[int, bytes]:
    """Compact `value`, choosing the tightest scheme that round-trips when `scheme` is None."""
    if isinstance(value, bytes):
        return (OCTET if scheme is None else scheme), value
    candidates = [scheme] if scheme is not None else [
        INTEGER, NUMERIC, FIVE_BIT, SIX_BIT, SEVEN_BIT, UTF8]
    for sch in candidates:
        try:
            data = _compact_text(value, sch)
        except (ValueError, UnicodeEncodeError):
            data = None
        if data is not None and expand(sch, data) == value:
            return sch, data
    raise TagDataError(f"cannot store {value!r} with compaction {NAMES.get(scheme, scheme)}")


def _compact_text(value: str, scheme: int) -> bytes | None:
    if scheme == INTEGER:
        if not value.isdigit() or not value.isascii() or (value[0] == "0" and value != "0"):
            return None
        number = int(value)
        return number.to_bytes(max(1, (number.bit_length() + 7) // 8), "big")
    if scheme == NUMERIC:
        if not value.isdigit() or not value.isascii():
            return None
        digits = value + ("F" if len(value) % 2 else "")
        return bytes.fromhex(digits)
    if scheme in _WIDTH:
        return _pack(value, _WIDTH[scheme])
    if scheme in (UTF8, OCTET, APPLICATION):
        return value.encode("utf-8")
    raise TagDataError(f"unknown compaction scheme {scheme}")


def expand(scheme: int, data: bytes) -> str | bytes:
    """Undo `compact`; octet and application-defined data stay bytes."""
    if scheme == INTEGER:
        return str(int.from_bytes(data, "big"))
    if scheme == NUMERIC:
        text = data.hex().upper()
        text = text.removesuffix("F")
        if not text.isdigit() and text:
            raise TagDataError(f"numeric-compacted data {data.hex()} holds non-digits")
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
