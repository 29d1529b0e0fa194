"""3M 810 library RFID pad over a serial line (19200 8N1).

Frames, as documented by the Biblio::RFID project's reverse engineering of the reader and
as seen in a real session (tests/hardware/capture_3m810.py):

    D6 | length (2 bytes, big-endian: payload + 2) | payload | CRC (2 bytes, big-endian)

The CRC is CRC-16 poly 0x1021, init 0xFFFF, final xor 0xFFFF over length and payload.
Answers have the same shape. Payloads (UIDs travel as PC/SC readers give them, E0 first:
the capture's tag E0 04 01 00 31 26 91 17 is E004010031269117):

    probe        D5 00 05 04 00 11 8C 66   ->  D5 00 09 04 00 11 <4 version bytes> CRC
    inventory    FE 00 05                  ->  FE 00 00 05 <count> <uid>*
    read blocks  02 <uid> <first> <count>  ->  02 00 <uid> <count> (<block LE16> <4 bytes>)*
    write blocks 04 <uid> <first> <count> 00 <data>  ->  04 00 <uid> <count>
    read AFI     0A <uid>                  ->  0A 00 <uid> <afi>
    write AFI    09 <uid> <afi>            ->  09 00 <uid>
    status 06 instead of 00: the tag did not answer (it left the field).

The host reads the AFI, then 8 blocks from block 0 in one command, as 3M's software does in
the capture and as Biblio::RFID does ("3M defaults: 8,4"; stickers have 8 blocks of data).
"""
from __future__ import annotations

from hardware.crc import crc16_3m
from hardware.drivers.rfid_pad import RfidPad
from hardware.drivers.serial_link import SerialLink
from hardware.errors import DeviceUnavailable, ProtocolError, TagGone

PROBE = bytes.fromhex("D5 00 05 04 00 11 8C 66")
OK, NO_TAG = 0x00, 0x06
MAX_BLOCKS = 8  # per read command, as the reader's own software does


def frame(payload: bytes) -> bytes:
    body = (len(payload) + 2).to_bytes(2, "big") + payload
    return b"\xD6" + body + crc16_3m(body).to_bytes(2, "big")


def _wire_uid(uid: str) -> bytes:
    return bytes.fromhex(uid)


class M3M810Pad(RfidPad):
    default_blocks = MAX_BLOCKS

    def __init__(self, spec: str, port: str, baudrate: int = 19200, **options) -> None:
        super().__init__(spec, **options)
        self.port, self.baudrate = port, int(baudrate)
        self.link: SerialLink | None = None
        self.version = ""

    def _connect(self) -> None:
        link = SerialLink(self.port, self.baudrate)
        try:
            link.write(PROBE)
            head = link.read_exact(3)
            rest = link.read_exact(head[2])
        except (ProtocolError, DeviceUnavailable):
            link.close()
            raise DeviceUnavailable(f"no 3M 810 reader answers on {self.port}") from None
        if head[0] != 0xD5 or rest[:3] != b"\x04\x00\x11" or len(rest) < 9:
            link.close()
            raise DeviceUnavailable(f"device on {self.port} is not a 3M 810 "
                                    f"(answered {(head + rest).hex(' ')})")
        self.version = ".".join(str(b) for b in rest[3:7])
        self.link = link

    def _disconnect(self) -> None:
        if self.link:
            self.link.close()
        self.link = None

    def _command(self, payload: bytes, uid: str | None = None) -> bytes:
        link = self.link
        if link is None:
            raise DeviceUnavailable(f"3M 810 reader on {self.port} is not connected")
        link.write(frame(payload))
        head = link.read_exact(3)
        if head[0] != 0xD6:
            raise ProtocolError(f"3M 810 answer starts with {head[0]:02X}, expected D6")
        length = int.from_bytes(head[1:3], "big")
        body = link.read_exact(length)
        if crc16_3m(head[1:] + body[:-2]).to_bytes(2, "big") != body[-2:]:
            raise ProtocolError(f"3M 810 answer has a bad CRC: {(head + body).hex(' ')}")
        answer = body[:-2]
        if answer[:1] != payload[:1]:
            raise ProtocolError(f"3M 810 answered command {answer[:1].hex()} to {payload[:1].hex()}")
        if answer[1:2] == bytes([NO_TAG]):
            raise TagGone(f"tag {uid} did not answer (not in the field)")
        if answer[1:2] != bytes([OK]):
            raise ProtocolError(f"3M 810 error status {answer[1:2].hex()} for {payload.hex(' ')}")
        if uid is not None and answer[2:10] != _wire_uid(uid):
            raise ProtocolError(f"3M 810 answered for tag {answer[2:10].hex().upper()}, "
                                f"asked {uid}")
        return answer[2:]

    def _inventory_uids(self):
        answer = self._command(b"\xFE\x00\x05")
        if answer[:2] != b"\x00\x05":
            raise ProtocolError(f"unexpected inventory answer {answer.hex(' ')}")
        count, ids = answer[2], answer[3:]
        if len(ids) != count * 8:
            raise ProtocolError(f"inventory says {count} tags but carries {len(ids)} bytes")
        return [(ids[i:i + 8].hex().upper(), 0) for i in range(0, len(ids), 8)]

    def _read_blocks(self, uid, first, count):
        out = bytearray()
        while count > 0:
            n = min(count, MAX_BLOCKS)
            answer = self._command(b"\x02" + _wire_uid(uid) + bytes([first, n]), uid)
            got = answer[8]
            records = answer[9:]
            if len(records) != got * 6:
                raise ProtocolError(f"read answer for {got} blocks has {len(records)} bytes")
            for i in range(got):
                number = int.from_bytes(records[i * 6:i * 6 + 2], "little")
                if number != first + i:
                    raise ProtocolError(f"asked for block {first + i}, got block {number}")
                out += records[i * 6 + 2:i * 6 + 6]
            if got < n:  # end of tag memory
                break
            first, count = first + n, count - n
        return bytes(out)

    def _write_blocks(self, uid, first, data):
        n = len(data) // self.block_size
        answer = self._command(b"\x04" + _wire_uid(uid) + bytes([first, n, 0]) + data, uid)
        if answer[8:9] != bytes([n]):
            raise ProtocolError(f"write of {n} blocks acknowledged as {answer[8:9].hex()}")

    def _read_afi(self, uid):
        return self._command(b"\x0A" + _wire_uid(uid), uid)[8]

    def _write_afi(self, uid, afi):
        self._command(b"\x09" + _wire_uid(uid) + bytes([afi]), uid)
