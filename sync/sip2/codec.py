"""SIP2 wire codec: frames to :class:`Message` and back, with AY/AZ error detection.

The codec is pure (no I/O) so other tools can use it alone. Decoding is strict
about structure (positions, field ids, checksum) and lenient about content
(unknown fields and odd flag values are kept), because real ACSes differ in
what they send but a frame whose structure is wrong cannot be trusted at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sync.sip2.messages import LAYOUTS, Layout

DELIMITER = "|"
_FORBIDDEN = ("\r", "\n", "\x00", DELIMITER)


class SipParseError(ValueError):
    """A frame is malformed; ``position`` is the byte/char offset, ``expected`` what belonged there."""

    def __init__(self, position: int, expected: str, found: str = ""):
        self.position = position
        self.expected = expected
        detail = f", found {found!r}" if found else ""
        super().__init__(f"SIP2 frame malformed at position {position}: expected {expected}{detail}")


class ChecksumError(SipParseError):
    """The AZ checksum does not match the frame: the bytes were damaged in transit."""


class SipEncodeError(ValueError):
    """A message cannot be put on the wire as given (bad fixed field, forbidden character)."""


@dataclass
class Message:
    """One SIP2 message: command code, fixed fields by name, variable fields by id."""

    code: str
    fixed: dict[str, str] = field(default_factory=dict)
    fields: dict[str, list[str]] = field(default_factory=dict)
    sequence: int | None = None
    checksum: str | None = None

    @property
    def layout(self) -> Layout:
        return LAYOUTS[self.code]

    def get(self, field_id: str, default: str = "") -> str:
        """First value of a variable field, or ``default`` when absent."""
        values = self.fields.get(field_id)
        return values[0] if values else default

    def all(self, field_id: str) -> list[str]:
        return list(self.fields.get(field_id, ()))

    def flag(self, name: str) -> bool:
        """A fixed Y/N or 1/0 flag as a bool."""
        return self.fixed.get(name, "") in ("Y", "1")


def checksum(frame: str | bytes) -> str:
    """AZ value for ``frame`` (every byte up to and including "AZ"; str is taken as UTF-8)."""
    data = frame.encode("utf-8") if isinstance(frame, str) else bytes(frame)
    return f"{(-sum(data)) & 0xFFFF:04X}"


def make(code: str, fields: dict[str, str | list[str] | None] | None = None,
         **fixed: str) -> Message:
    """Build a message; ``None`` field values are left out, strings become one-value lists."""
    values = {fid: ([v] if isinstance(v, str) else list(v))
              for fid, v in (fields or {}).items() if v is not None}
    return Message(code, dict(fixed), values)


def encode(message: Message, sequence: int | None = None, *, encoding: str = "utf-8",
           error_detection: bool | None = None) -> bytes:
    """The frame for ``message``, CR-terminated.

    With a ``sequence`` (0-9), AY and AZ are appended; ``error_detection``
    forces AZ on or off (96/97 carry only AZ). Known fields go out in the
    specification's order, unknown ones after them in the order given.
    """
    layout = LAYOUTS.get(message.code)
    if layout is None:
        raise SipEncodeError(f"unknown SIP2 command {message.code!r}")
    parts = [message.code]
    for name, width in layout.fixed:
        value = message.fixed.get(name)
        if value is None or len(value) != width:
            raise SipEncodeError(f"{layout.name}: fixed field {name} must be {width} "
                                 f"characters, got {value!r}")
        _check_value(name, value, fixed=True)
        parts.append(value)
    order = {fid: i for i, fid in enumerate(layout.fields)}
    ids = sorted(message.fields, key=lambda fid: order.get(fid, len(order)))
    for fid in ids:
        if len(fid) != 2 or not fid.isascii() or not fid.isalnum() or fid in ("AY", "AZ"):
            raise SipEncodeError(f"{layout.name}: {fid!r} is not a field id")
        for value in message.fields[fid]:
            _check_value(fid, value)
            parts.append(f"{fid}{value}{DELIMITER}")
    body = "".join(parts).encode(encoding)
    if error_detection is None:
        error_detection = sequence is not None
    if error_detection:
        if message.code not in ("96", "97"):
            if sequence is None or not 0 <= sequence <= 9:
                raise SipEncodeError("error detection needs a sequence number 0-9")
            body += f"AY{sequence}".encode("ascii")
        body += b"AZ"
        body += checksum(body).encode("ascii")
    return body + b"\r"


def _check_value(name: str, value: str, *, fixed: bool = False) -> None:
    bad = next((c for c in _FORBIDDEN if c in value), None)
    if bad is not None:
        raise SipEncodeError(f"field {name} may not contain {bad!r}: {value!r}")
    if fixed and not value.isascii():
        raise SipEncodeError(f"fixed field {name} must be ASCII: {value!r}")


def decode(frame: bytes, *, encoding: str = "utf-8") -> Message:
    """Parse one frame (trailing CR/LF optional). Raises only :class:`SipParseError`.

    Positions in errors are offsets into the frame without its leading LF: bytes
    for undecodable text and the AY/AZ trailer, characters after decoding.
    """
    if not isinstance(frame, (bytes, bytearray, memoryview)):
        raise SipParseError(0, "a frame of bytes", type(frame).__name__)
    data = bytes(frame).lstrip(b"\n").rstrip(b"\r\n")
    for ch in (b"\r", b"\n", b"\x00"):
        if (pos := data.find(ch)) >= 0:
            raise SipParseError(pos, "printable text, one message per frame", ch.decode())
    code = data[:2].decode("latin-1")
    layout = LAYOUTS.get(code)
    if layout is None:
        raise SipParseError(0, "a two-digit SIP2 command id", code)
    message = Message(code)
    # The trailer is found from the end, not after the last "|": a damaged
    # delimiter must still be caught by the checksum, never hide it.
    if trailer := _TRAILER.search(data, 2 + layout.fixed_width):
        message.sequence, message.checksum = _verified(data, trailer)
        data = data[:trailer.start()]
    text = _text(data, 0, encoding)  # split after decoding: a GB18030 byte can be "|"
    pos = 2
    for name, width in layout.fixed:
        value = text[pos:pos + width]
        if len(value) < width or DELIMITER in value or not value.isascii():
            raise SipParseError(pos, f"{name} ({width} ASCII characters)", value)
        message.fixed[name] = value
        pos += width
    while pos < len(text):
        end = text.find(DELIMITER, pos)
        end = len(text) if end < 0 else end  # a last field may lack its delimiter
        piece = text[pos:end]
        if piece:
            if not _FIELD_ID.fullmatch(piece[:2]):
                raise SipParseError(pos, "a two-letter field id", piece[:2])
            if piece[:2] in ("AY", "AZ"):  # a cut or mangled trailer: the frame is partial
                raise SipParseError(pos, _TRAILER_TEXT, piece)
            message.fields.setdefault(piece[:2], []).append(piece[2:])
        pos = end + 1
    return message


def _text(raw: bytes, pos: int, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SipParseError(pos + exc.start, f"text in {encoding}",
                            raw[exc.start:exc.end].decode("latin-1")) from None
    except LookupError:
        raise SipParseError(pos, f"a known text encoding, not {encoding!r}") from None


_FIELD_ID = re.compile(r"[A-Z0-9]{2}")
_TRAILER = re.compile(rb"(?:AY([0-9]))?AZ([0-9A-Fa-f]{4})\Z|AY([0-9])\Z")
_TRAILER_TEXT = "AY<digit>AZ<four hex digits> at the end"


def _verified(data: bytes, match: re.Match) -> tuple[int | None, str | None]:
    """Sequence and checksum of the trailer ``match``; the checksum is verified."""
    if match[3] is not None:  # AY without AZ
        return int(match[3]), None
    sequence = int(match[1]) if match[1] is not None else None
    given = match[2].decode("ascii").upper()
    expected = checksum(data[:match.start(2)])
    if given != expected:
        raise ChecksumError(match.start(2), f"checksum {expected}", given)
    return sequence, given


def format_date(moment: datetime) -> str:
    """The 18-character SIP2 date: local time with a blank zone, UTC as ``   Z``."""
    offset = moment.utcoffset()  # None for a naive moment
    if offset is not None:
        if offset.total_seconds() == 0:
            return moment.strftime("%Y%m%d") + "   Z" + moment.strftime("%H%M%S")
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.strftime("%Y%m%d") + "    " + moment.strftime("%H%M%S")


def parse_date(value: str) -> datetime:
    """Read an 18-character SIP2 date: naive local time, or aware UTC when the zone says Z."""
    if len(value) != 18 or not (value[:8].isdigit() and value[12:].isdigit()):
        raise SipParseError(0, "a date YYYYMMDDZZZZHHMMSS", value)
    zone = value[8:12].strip()
    try:
        moment = datetime.strptime(value[:8] + value[12:], "%Y%m%d%H%M%S")
    except ValueError:
        raise SipParseError(0, "a real calendar date YYYYMMDDZZZZHHMMSS", value) from None
    if zone in ("Z", "UTC", "GMT"):
        return moment.replace(tzinfo=UTC)
    if zone:
        raise SipParseError(8, "a blank (local) or Z (UTC) time zone", value[8:12])
    return moment
