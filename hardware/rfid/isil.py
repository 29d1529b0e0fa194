"""The ISIL compaction of ISO 28560-2 (and GB/T 35660.2) for the owner institution.

An ISIL (ISO 15511: letters, digits, '-', ':', '/') is written in three character sets,
starting in upper case; a 'switch' changes set, a 'shift' changes it for one character:

    upper (5 bits)  0 '-'  1-26 A-Z  27 ':'  28 switch lower  29 shift lower
                                             30 switch digit  31 shift digit
    lower (5 bits)  0 '-'  1-26 a-z  27 '/'  28 switch upper  29 shift upper
                                             30 switch digit  31 shift digit
    digit (4 bits)  0-9    10 '-'    11 ':'  12 switch upper  13 shift upper
                                             14 switch lower  15 shift lower

The last byte is filled with 1 bits. An encoder shifts when the character after the
one out of set is back in the current set (or there is none), else it switches; that is
how the standard's worked example (US-InU-Mu -> AC C0 9E BA A0 6F 6B) is written.
"""
from __future__ import annotations

from hardware.errors import TagDataError

UPPER, LOWER, DIGIT = "upper", "lower", "digit"
_WIDTH = {UPPER: 5, LOWER: 5, DIGIT: 4}
_CHARS = {
    UPPER: "-ABCDEFGHIJKLMNOPQRSTUVWXYZ:",
    LOWER: "-abcdefghijklmnopqrstuvwxyz/",
    DIGIT: "0123456789-:",
}
# control codes per set: (switch, shift) to each other set
_CONTROL = {
    UPPER: {LOWER: (28, 29), DIGIT: (30, 31)},
    LOWER: {UPPER: (28, 29), DIGIT: (30, 31)},
    DIGIT: {UPPER: (12, 13), LOWER: (14, 15)},
}
MAX_LENGTH = 16  # ISO 15511


def _sets_of(ch: str) -> list[str]:
    return [s for s in (UPPER, LOWER, DIGIT) if ch in _CHARS[s]]


def compact(text: str) -> bytes:
    if not text or len(text) > MAX_LENGTH:
        raise TagDataError(f"ISIL {text!r} must be 1-{MAX_LENGTH} characters")
    bad = [ch for ch in text if not _sets_of(ch)]
    if bad:
        raise TagDataError(f"ISIL {text!r} holds {bad[0]!r}; an ISIL has letters, digits, "
                           "'-', ':' and '/'")
    acc = nbits = 0

    def put(code: int, width: int) -> None:
        nonlocal acc, nbits
        acc, nbits = (acc << width) | code, nbits + width

    current = UPPER
    for i, ch in enumerate(text):
        if ch in _CHARS[current]:
            put(_CHARS[current].index(ch), _WIDTH[current])
            continue
        target = _sets_of(ch)[0]
        following = text[i + 1] if i + 1 < len(text) else ""
        switch, shift = _CONTROL[current][target]
        if not following or following in _CHARS[current]:
            put(shift, _WIDTH[current])
        else:
            put(switch, _WIDTH[current])
            current = target
        put(_CHARS[target].index(ch), _WIDTH[target])
    pad = (-nbits) % 8
    return ((acc << pad) | ((1 << pad) - 1)).to_bytes((nbits + pad) // 8, "big")


def expand(data: bytes) -> str:
    total = len(data) * 8
    value = int.from_bytes(data, "big")
    pos, current, out = 0, UPPER, list[str]()
    while pos < total:
        rest = total - pos
        if rest < 8 and value & ((1 << rest) - 1) == (1 << rest) - 1:
            return "".join(out)  # filler: the rest of the last byte is all 1 bits
        code, pos = _take(value, total, pos, _WIDTH[current], data)
        chars = _CHARS[current]
        if code < len(chars):
            out.append(chars[code])
            continue
        target, shifted = _control(current, code, data)
        if not shifted:
            current = target
            continue
        code, pos = _take(value, total, pos, _WIDTH[target], data)
        if code >= len(_CHARS[target]):
            raise TagDataError(f"ISIL data {data.hex()}: a shift is followed by code {code}")
        out.append(_CHARS[target][code])
    return "".join(out)


def _take(value: int, total: int, pos: int, width: int, data: bytes) -> tuple[int, int]:
    if pos + width > total:
        raise TagDataError(f"ISIL data {data.hex()} ends inside a character")
    return (value >> (total - pos - width)) & ((1 << width) - 1), pos + width


def _control(current: str, code: int, data: bytes) -> tuple[str, bool]:
    for target, (switch, shift) in _CONTROL[current].items():
        if code in (switch, shift):
            return target, code == shift
    raise TagDataError(f"ISIL data {data.hex()} holds the unused code {code} ({current} set)")
