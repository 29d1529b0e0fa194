"""The three CRC-16 variants the tag model and the reader protocols use.

- ISO 28560-3 tags: CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, MSB first, no final xor).
- 3M 810 frames: the same register with a final xor of 0xFFFF.
- FEIG ISC frames: poly 0x1021 reflected (0x8408), init 0xFFFF, LSB first (CRC-16/MCRF4XX).
"""
from __future__ import annotations


def _msb_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
        table.append(crc & 0xFFFF)
    return table


def _lsb_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8408 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_MSB = _msb_table()
_LSB = _lsb_table()


def crc16_ccitt_false(data: bytes, init: int = 0xFFFF) -> int:
    crc = init
    for byte in data:
        crc = ((crc << 8) & 0xFFFF) ^ _MSB[(crc >> 8) ^ byte]
    return crc


def crc16_3m(data: bytes) -> int:
    return crc16_ccitt_false(data) ^ 0xFFFF


def crc16_feig(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc = (crc >> 8) ^ _LSB[(crc ^ byte) & 0xFF]
    return crc
