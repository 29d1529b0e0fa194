"""Faults a bad line or a misbehaving ACS produces, as rewrites for :class:`Relay`.

Each one is applied to real answers of pysip2's server on their way to the
client, so the rest of the conversation stays a real SIP2 exchange.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from sync.sip2.codec import checksum


def _for(code: bytes, fault: Callable[[bytes], bytes | Iterator[bytes]]):
    """Apply ``fault`` to answers of command ``code``; pass everything else."""
    def rewrite(frame: bytes):
        return fault(frame) if frame.lstrip(b"\n").startswith(code) else frame
    return rewrite


def with_sequence(frame: bytes, sequence: int | None) -> bytes:
    """``frame`` re-trailed with another AY (or none) and a correct checksum."""
    body = frame.rstrip(b"\r")
    body = body[:body.rindex(b"AY")] if b"AY" in body else body[:body.rindex(b"AZ")]
    if sequence is not None:
        body += f"AY{sequence}".encode()
    body += b"AZ"
    return body + checksum(body).encode() + b"\r"


def streams_without_cr(code: bytes):
    """Instead of the answer, an endless stream of text with no frame end."""
    def fault(frame: bytes) -> Iterator[bytes]:
        while True:
            yield b"AF" + b"x" * 4094
    return _for(code, fault)


def drips(code: bytes):
    """The answer's first bytes, then one byte at a time, slowly, never a CR: each
    read gets something, so only a deadline for the whole exchange ends it."""
    def fault(frame: bytes) -> Iterator[bytes]:
        yield frame[:10]
        while True:
            time.sleep(0.05)
            yield b"x"
    return _for(code, fault)


def floods_wrong_sequence(code: bytes):
    """Endless well-formed copies of the answer, each with a sequence number that
    is not the request's (a confused ACS replaying old answers)."""
    def fault(frame: bytes) -> Iterator[bytes]:
        wrong = with_sequence(frame, (int(frame[frame.rindex(b"AY") + 2:][:1]) + 5) % 10)
        while True:
            yield wrong * 50
    return _for(code, fault)


def truncated(code: bytes, keep: int = 0):
    """The answer cut before its AY/AZ trailer (``keep`` bytes of the trailer left)."""
    def fault(frame: bytes) -> bytes:
        return frame[:frame.rindex(b"AY") + keep] + b"\r"
    return _for(code, fault)


def damaged_once(code: bytes):
    """The first answer of ``code`` has one bit flipped; later ones pass."""
    left = [1]

    def fault(frame: bytes) -> bytes:
        if left[0]:
            left[0] -= 1
            middle = len(frame) // 2
            return frame[:middle] + bytes([frame[middle] ^ 0x04]) + frame[middle + 1:]
        return frame
    return _for(code, fault)


class EvergreenResend:
    """A ``reply`` hook answering 97 as Evergreen's SIPServer does
    (Sip/MsgType.pm, handle_request_acs_resend): the last response with its
    AY/AZ cut off, written again by write_msg, which appends the sequence
    number of the request being answered -- the 97 has none, so AY0 -- and a
    fresh checksum. With nothing sent yet it answers 96."""

    def __init__(self, relay_frames: list[bytes]):
        self.sent = relay_frames  # the relay's frames_down

    def __call__(self, frame: bytes) -> bytes | None:
        if not frame.lstrip(b"\n").startswith(b"97"):
            return None
        if not self.sent:
            return with_sequence(b"96AZ0000\r", None)
        return with_sequence(self.sent[-1], 0)


def lost_once(code: bytes):
    """The first answer of ``code`` never arrives (the ACS did the act; the line lost
    what it said)."""
    left = [1]

    def fault(frame: bytes) -> bytes:
        if left[0]:
            left[0] -= 1
            return b""
        return frame
    return _for(code, fault)


def without_field(code: bytes, field_id: bytes):
    """The answers of ``code`` without field ``field_id`` (re-checksummed): an ACS that
    does not send it, e.g. no CQ when it did not check the PIN."""
    import re
    pattern = re.compile(re.escape(field_id) + rb"[^|]*\|")

    def fault(frame: bytes) -> bytes:
        return with_sequence(pattern.sub(b"", frame), _sequence_of(frame))
    return _for(code, fault)


def acs_status(**flags: str):
    """98 answers with fixed flags changed, e.g. ``checkout_ok="N"``."""
    offsets = {"online_status": 2, "checkin_ok": 3, "checkout_ok": 4,
               "acs_renewal_policy": 5, "status_update_ok": 6, "offline_ok": 7}

    def fault(frame: bytes) -> bytes:
        changed = bytearray(frame)
        for name, value in flags.items():
            changed[offsets[name]] = ord(value)
        return with_sequence(bytes(changed), _sequence_of(frame))
    return _for(b"98", fault)


def _sequence_of(frame: bytes) -> int | None:
    at = frame.rfind(b"AY")
    return int(frame[at + 2:at + 3]) if at >= 0 else None
