"""A real 3M 810 session, byte for byte: dpavlin/koha-rfid-3m810-js,
tests/fixtures/live-capture.txt ("Real 3M 810 session capture ... FTDI FT232B", reader
hardware version 10.5.0.2). `>>` is host to reader with its CRC; `<<` is the reader's
answer, whose CRC the capture tool had already stripped (`with_crc` puts it back).

Two tags on the pad: E004010031269117 (a book, 1302099999, AFI DA) and E00401001F77FB98
(a patron card, 200000000042, AFI DA). UIDs travel most significant byte first, as PC/SC
readers give them; the host reads the AFI, then 8 blocks from block 0.
"""
from __future__ import annotations

import binascii

SESSION = [
    (">>", "d500050400118c66"),
    ("<<", "d5 00 09 0400110a050002"),
    (">>", "d60005fe0005fa40"),
    ("<<", "d6 00 17 fe00000502e004010031269117e00401001f77fb98"),
    (">>", "d6000b0ae004010031269117ec84"),
    ("<<", "d6 00 0d 0a00e004010031269117da"),
    (">>", "d6000d02e00401003126911700084e9b"),
    ("<<", ("d6 00 3d 0200e00401003126911708000004110001010031333032020030393939030039390000"
           "040000000000050000000000060000000000070000000000")),
    (">>", "d6000b0ae00401001f77fb9894e8"),
    ("<<", "d6 00 0d 0a00e00401001f77fb98da"),
    (">>", "d6000d02e00401001f77fb9800086241"),
    ("<<", ("d6 00 3d 0200e00401001f77fb9808000004110000010032303030020030303030030030303432"
           "040000000000050000000000060000000000070000000000")),
]
UIDS = ("E004010031269117", "E00401001F77FB98")
AFI = 0xDA
VERSION = "10.5.0.2"


def with_crc(answer_hex: str) -> bytes:
    """A captured answer as it came off the wire: CRC-16/GENIBUS over length and payload."""
    frame = bytes.fromhex(answer_hex)
    return frame + (binascii.crc_hqx(frame[1:], 0xFFFF) ^ 0xFFFF).to_bytes(2, "big")


def requests() -> list[bytes]:
    return [bytes.fromhex(h) for d, h in SESSION if d == ">>"]


def blocks_of(uid: str) -> bytes:
    """The tag memory the capture read from `uid` (8 records of block number + 4 bytes)."""
    for direction, text in SESSION:
        frame = bytes.fromhex(text)
        if direction == "<<" and frame[3] == 0x02 and frame[5:13].hex().upper() == uid:
            records = frame[14:]
            return b"".join(records[i + 2:i + 6] for i in range(0, len(records), 6))
    raise KeyError(uid)
