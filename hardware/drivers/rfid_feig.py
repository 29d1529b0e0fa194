"""FEIG readers (ID ISC.MR/LR/PRH families) through the ISC host protocol, advanced frame.

    request   02 | length (2, big-endian, whole frame) | COM-ADR | command | data | CRC (2)
    answer    02 | length | COM-ADR | command | status | data | CRC

CRC-16 poly 0x8408 (reflected 0x1021), preset 0xFFFF, over everything before it, sent
low byte first. ISO host commands are command B0 with a sub-command first in data:

    01 inventory (mode)                -> count, (TR-TYPE, DSFID, UID)*    status 94: more
    23 read multiple blocks (01, UID, first, n) -> n, size, (security status, block)*
    24 write multiple blocks (01, UID, first, n, size, blocks)
    27 write AFI (01, UID, AFI)        2B get system information (01, UID)
                                          -> DSFID, UID, AFI, size-1, blocks-1, IC ref
B1 carries NXP custom commands (A2 set EAS, A3 reset EAS, A5 EAS alarm; then 04, mode, UID).
Status 01 means no transponder answered. UIDs travel most significant byte first; block
bytes travel reversed (most significant first) and are turned back here.

COM-ADR defaults to FF, the broadcast address every reader answers on a point-to-point
line (set `com_adr=` only for a bus of readers). Frames are checked against ones others
publish: Get Software Version `02 00 07 FF 65 6E 61` and its answer
(Amarok79/InlayTester.Drivers.FeigReader, Test_FeigRequest.cs / Test_FeigResponse.cs) and
the inventory `02 00 09 FF B0 01 00 18 43` (an OBID reader client whose test pins CRC
0x4318); see tests/hardware/test_rfid_feig_frames.py.
"""
from __future__ import annotations

from hardware.crc import crc16_feig
from hardware.drivers.rfid_pad import RfidPad
from hardware.drivers.serial_link import SerialLink
from hardware.errors import DeviceUnavailable, ProtocolError, TagGone

OK, NO_TRANSPONDER, MORE_DATA = 0x00, 0x01, 0x94
BROADCAST = 0xFF
ISO, NXP = 0xB0, 0xB1
STATUS_TEXT = {0x02: "data false", 0x03: "write error", 0x04: "address error",
               0x83: "RF communication error", 0x84: "RF warning", 0x95: "ISO error"}


def frame(com_adr: int, command: int, data: bytes) -> bytes:
    body = b"\x02" + (len(data) + 7).to_bytes(2, "big") + bytes([com_adr, command]) + data
    return body + crc16_feig(body).to_bytes(2, "little")


class FeigPad(RfidPad):
    supports_eas = True

    def __init__(self, spec: str, port: str, baudrate: int = 38400,
                 com_adr: int | str = BROADCAST, parity: str = "E", **options) -> None:
        super().__init__(spec, **options)
        self.port, self.baudrate, self.parity = port, int(baudrate), parity
        self.com_adr = int(com_adr, 0) if isinstance(com_adr, str) else int(com_adr)
        if not 0 <= self.com_adr <= 0xFF:
            raise ValueError(f"com_adr must be 0-255 (255 = broadcast), got {com_adr!r}")
        self.version = ""
        self.link: SerialLink | None = None
        self._sizes: dict[str, tuple[int, int]] = {}

    def _connect(self) -> None:
        self.link = SerialLink(self.port, self.baudrate, self.parity)
        try:
            self._call(0x52, b"")  # baud rate detection: any FEIG reader answers it
            _, info = self._call(0x65, b"")  # Get Software Version
        except (ProtocolError, DeviceUnavailable):
            self._disconnect()
            raise DeviceUnavailable(f"no FEIG reader answers on {self.port}") from None
        if len(info) >= 5:
            self.version = f"{info[0]}.{info[1]}.{info[2]} (hardware type {info[3]:02X})"

    def _disconnect(self) -> None:
        if self.link:
            self.link.close()
        self.link = None

    def _call(self, command: int, data: bytes, uid: str | None = None,
              accept: tuple[int, ...] = (OK,)) -> tuple[int, bytes]:
        link = self.link
        if link is None:
            raise DeviceUnavailable(f"FEIG reader on {self.port} is not connected")
        link.write(frame(self.com_adr, command, data))
        head = link.read_exact(3)
        if head[0] != 0x02:
            raise ProtocolError(f"FEIG answer starts with {head[0]:02X}, expected 02")
        length = int.from_bytes(head[1:3], "big")
        if length < 8:
            raise ProtocolError(f"FEIG answer length {length} is too short")
        rest = link.read_exact(length - 3)
        whole = head + rest
        if crc16_feig(whole[:-2]).to_bytes(2, "little") != whole[-2:]:
            raise ProtocolError(f"FEIG answer has a bad CRC: {whole.hex(' ')}")
        if whole[4] != command:
            raise ProtocolError(f"FEIG answered command {whole[4]:02X} to {command:02X}")
        status, payload = whole[5], whole[6:-2]
        if status == NO_TRANSPONDER and NO_TRANSPONDER not in accept:
            raise TagGone(f"tag {uid} did not answer (not in the field)")
        if status not in accept:
            raise ProtocolError(f"FEIG status {status:02X} "
                                f"({STATUS_TEXT.get(status, 'unknown')}) for {data.hex(' ')}")
        return status, payload

    def _inventory_uids(self) -> list[tuple[str, int]]:
        found: list[tuple[str, int]] = []
        mode = 0x00
        while True:
            status, data = self._call(ISO, bytes([0x01, mode]),
                                      accept=(OK, NO_TRANSPONDER, MORE_DATA))
            if status == NO_TRANSPONDER:
                return found
            count, records = data[0], data[1:]
            if len(records) != count * 10:
                raise ProtocolError(f"inventory says {count} tags but carries {len(records)} bytes")
            for i in range(count):
                record = records[i * 10:(i + 1) * 10]
                found.append((record[2:10].hex().upper(), record[1]))
            if status != MORE_DATA:
                return found
            mode = 0x80  # MORE: fetch the rest of the previous inventory

    def _uid_bytes(self, uid: str) -> bytes:
        return bytes.fromhex(uid)

    def _system_info(self, uid: str) -> tuple[int, int, int]:
        """(AFI, block size, blocks) of a tag."""
        _, data = self._call(ISO, b"\x2B\x01" + self._uid_bytes(uid), uid)
        if len(data) < 13:
            raise ProtocolError(f"system information too short: {data.hex(' ')}")
        self._sizes[uid] = (data[10] + 1, data[11] + 1)
        return data[9], data[10] + 1, data[11] + 1

    def _read_blocks(self, uid, first, count):
        size, blocks = self._sizes.get(uid) or self._system_info(uid)[1:]
        count = min(count, blocks - first)
        _, data = self._call(ISO, b"\x23\x01" + self._uid_bytes(uid) + bytes([first, count]), uid)
        got, size = data[0], data[1]
        records = data[2:]
        if got != count or len(records) != got * (size + 1):
            raise ProtocolError(f"read answer for {count} blocks is malformed: {data.hex(' ')}")
        return b"".join(records[i * (size + 1) + 1:(i + 1) * (size + 1)][::-1]
                        for i in range(got))

    def _write_blocks(self, uid, first, data):
        size = self.block_size
        blocks = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._call(ISO, b"\x24\x01" + self._uid_bytes(uid)
                   + bytes([first, len(data) // size, size]) + blocks, uid)

    def _read_afi(self, uid):
        return self._system_info(uid)[0]

    def _write_afi(self, uid, afi):
        self._call(ISO, b"\x27\x01" + self._uid_bytes(uid) + bytes([afi]), uid)

    def _write_eas(self, uid, on):
        self._call(NXP, bytes([0xA2 if on else 0xA3, 0x04, 0x01]) + self._uid_bytes(uid), uid)

    def _read_eas(self, uid):
        status, _ = self._call(NXP, b"\xA5\x04\x01" + self._uid_bytes(uid), uid,
                               accept=(OK, NO_TRANSPONDER))
        return status == OK
