"""Emulators of RFID reader protocols, written from the protocol descriptions and not from
the drivers: own framing and CRC code (binascii's CRC-CCITT for the 3M 810, a bit loop for
FEIG). Each serves a VirtualField over TCP on loopback, reached by the drivers through
pyserial's ``socket://`` URLs (``unplug()``/``plug()`` drop and restore the reader), or on
a terminal device such as one end of a socat pty pair (``serve_tty``).
"""
from __future__ import annotations

import binascii
import socket
import threading

from hardware.drivers.virtual_tags import VirtualField
from hardware.errors import TagGone


def crc_3m(data: bytes) -> bytes:
    return (binascii.crc_hqx(data, 0xFFFF) ^ 0xFFFF).to_bytes(2, "big")


def crc_feig(data: bytes) -> bytes:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8408 if crc & 1 else crc >> 1
    return crc.to_bytes(2, "little")


class TcpEmulator:
    def __init__(self) -> None:
        self.field = VirtualField()
        self.port = 0
        self.bad_frames = 0
        self.corrupt_next = False
        self._server: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self.plug()

    @property
    def url(self) -> str:
        return f"socket://127.0.0.1:{self.port}"

    def plug(self) -> None:
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(4)
        self.port = server.getsockname()[1]
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()

    def unplug(self) -> None:
        if self._server:
            try:
                self._server.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept
            except OSError:
                pass
            self._server.close()
            self._server = None
        for conn in self._conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()
        self._conns.clear()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            self._conns.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        self._serve_stream(conn.makefile("rb"), conn.sendall)

    def serve_tty(self, path: str) -> threading.Thread:
        """Answer on a terminal device too (one end of a socat pty pair) until it hangs up."""
        rfile, wfile = open(path, "rb"), open(path, "wb", buffering=0)  # noqa: SIM115

        def run() -> None:
            with rfile, wfile:
                self._serve_stream(rfile, wfile.write)
        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        return thread

    def _serve_stream(self, rfile, write) -> None:
        try:
            while True:
                answer = self.handle(rfile)
                if answer is None:
                    return
                if self.corrupt_next and answer:
                    self.corrupt_next = False
                    answer = answer[:-1] + bytes([answer[-1] ^ 0xFF])
                write(answer)
        except (OSError, ValueError):
            return

    def handle(self, rfile) -> bytes | None:
        raise NotImplementedError


def _read(rfile, n: int) -> bytes:
    data = rfile.read(n)
    if len(data) != n:
        raise OSError("peer closed")
    return data


class M3M810Emulator(TcpEmulator):
    """3M 810: D6, 2-byte length (payload + CRC), payload, CRC-16/GENIBUS big-endian.

    Built from the real session in tests/hardware/capture_3m810.py (dpavlin/koha-rfid-
    3m810-js, tests/fixtures/live-capture.txt): the same probe answer (version 10.5.0.2),
    UIDs on the wire E0 first exactly as the capture and PC/SC readers show them, read
    answers of block number (low byte first) + 4 bytes per block, AFI answers; a test
    replays the capture against it byte for byte. Beyond the capture: more than 8 blocks
    in one read is refused (Biblio::RFID's 3M810 module: "3M defaults: 8,4"), and a tag
    with the "busy" fault answers a read with an inventory frame, as Biblio::RFID's capture
    script notes the reader sometimes does ("expected block read instead").
    `fail_commands` answers every command (not the probe) with a bad CRC: a reader that
    connects but cannot be used. `requests` records every frame received, and
    `on_request(frame)`, if set, is called with each before it is answered.
    """

    def __init__(self) -> None:
        self.requests: list[bytes] = []
        self.on_request = None
        self.busy: set[str] = set()
        self.fail_commands = False
        super().__init__()

    def handle(self, rfile):
        start = _read(rfile, 1)
        if start == b"\xD5":
            probe = _read(rfile, 7)
            self.requests.append(start + probe)
            if probe != bytes.fromhex("00 05 04 00 11 8C 66"):
                self.bad_frames += 1
                return b""
            body = bytes.fromhex("00 09 04 00 11 0A 05 00 02")
            return b"\xD5" + body + crc_3m(body)
        if start != b"\xD6":
            self.bad_frames += 1
            return b""
        length = _read(rfile, 2)
        body = _read(rfile, int.from_bytes(length, "big"))
        self.requests.append(start + length + body)
        if self.on_request:
            self.on_request(start + length + body)
        if crc_3m(length + body[:-2]) != body[-2:]:
            self.bad_frames += 1
            return b""
        answer = self.command(body[:-2])
        out = (len(answer) + 2).to_bytes(2, "big") + answer
        crc = crc_3m(out)
        if self.fail_commands:
            crc = bytes([crc[0] ^ 0xFF, crc[1]])
        return b"\xD6" + out + crc

    def command(self, p: bytes) -> bytes:
        cmd, f = p[0], self.field
        if cmd == 0xFE:
            uids = [bytes.fromhex(uid) for uid, _ in f.uids()]
            return b"\xFE\x00\x00\x05" + bytes([len(uids)]) + b"".join(uids)
        wire = p[1:9]
        uid = wire.hex().upper()
        try:
            if cmd == 0x02:
                first, count = p[9], p[10]
                if count > 8:
                    return bytes([cmd, 0x01]) + wire  # the reader reads at most 8 blocks
                if uid in self.busy:
                    return b"\xFE\x00\x00\x05\x01" + wire
                count = max(0, min(count, f.get(uid).blocks - first))
                data = f.read(uid, first, count)
                records = b"".join((first + i).to_bytes(2, "little") + data[i * 4:i * 4 + 4]
                                   for i in range(count))
                return b"\x02\x00" + wire + bytes([count]) + records
            if cmd == 0x04:
                first, count = p[9], p[10]
                f.write(uid, first, p[12:12 + count * 4])
                return b"\x04\x00" + wire + bytes([count])
            if cmd == 0x0A:
                return b"\x0A\x00" + wire + bytes([f.get(uid).afi])
            if cmd == 0x09:
                f.write_afi(uid, p[9])
                return b"\x09\x00" + wire
        except TagGone:
            return bytes([cmd, 0x06]) + wire
        return bytes([cmd, 0x01])


class FeigEmulator(TcpEmulator):
    """FEIG ISC advanced protocol: 02, length, COM-ADR, command, data, CRC LSB first.

    Checked against frames others publish: its answer to Get Software Version (65) is the
    one Amarok79/InlayTester.Drivers.FeigReader's Test_FeigResponse.cs parses (SW-REV
    03 03, D-REV 00, HW-TYPE 44, SW-TYPE 53, transponder types 0D 30). It answers any
    COM-ADR, as a reader on a point-to-point line answers the broadcast FF. `requests`
    records every frame received.
    """

    SOFTWARE_VERSION = bytes.fromhex("03 03 00 44 53 0D 30")

    def __init__(self, page: int = 8) -> None:
        self.page = page  # inventory records per answer before status 94 (more data)
        self._pending: list[tuple[str, int]] = []
        self.requests: list[bytes] = []
        super().__init__()

    def handle(self, rfile):
        head = _read(rfile, 3)
        if head[0] != 0x02:
            self.bad_frames += 1
            return b""
        rest = _read(rfile, int.from_bytes(head[1:3], "big") - 3)
        frame = head + rest
        self.requests.append(frame)
        if crc_feig(frame[:-2]) != frame[-2:]:
            self.bad_frames += 1
            return b""
        adr, cmd, data = frame[3], frame[4], frame[5:-2]
        status, payload = self.command(cmd, data)
        body = bytes([adr, cmd, status]) + payload
        out = b"\x02" + (len(body) + 5).to_bytes(2, "big") + body
        return out + crc_feig(out)

    def command(self, cmd: int, d: bytes) -> tuple[int, bytes]:
        f = self.field
        if cmd == 0x52:
            return 0x00, b""
        if cmd == 0x65:
            return 0x00, self.SOFTWARE_VERSION
        try:
            if cmd == 0xB0 and d[0] == 0x01:
                if not d[1] & 0x80:
                    self._pending = f.uids()
                if not self._pending:
                    return 0x01, b""
                page, self._pending = self._pending[:self.page], self._pending[self.page:]
                records = b"".join(b"\x03" + bytes([dsfid]) + bytes.fromhex(uid)
                                   for uid, dsfid in page)
                return (0x94 if self._pending else 0x00), bytes([len(page)]) + records
            uid = d[2:10].hex().upper()
            if cmd == 0xB0 and d[0] == 0x2B:
                tag = f.get(uid)
                return 0x00, bytes([tag.dsfid]) + d[2:10] + bytes(
                    [tag.afi, tag.block_size - 1, tag.blocks - 1, 0x01])
            if cmd == 0xB0 and d[0] == 0x23:
                first, count = d[10], d[11]
                data = f.read(uid, first, count)
                blocks = b"".join(b"\x00" + data[i * 4:i * 4 + 4][::-1] for i in range(count))
                return 0x00, bytes([count, 4]) + blocks
            if cmd == 0xB0 and d[0] == 0x24:
                first, count, size = d[10], d[11], d[12]
                raw = d[13:13 + count * size]
                f.write(uid, first, b"".join(raw[i:i + size][::-1]
                                             for i in range(0, len(raw), size)))
                return 0x00, b""
            if cmd == 0xB0 and d[0] == 0x27:
                f.write_afi(uid, d[10])
                return 0x00, b""
            if cmd == 0xB1 and d[0] in (0xA2, 0xA3, 0xA5):
                uid = d[3:11].hex().upper()
                tag = f.get(uid)
                if d[0] == 0xA5:
                    return (0x00 if tag.eas else 0x01), b""
                f.write_eas(uid, d[0] == 0xA2)
                return 0x00, b""
        except TagGone:
            return 0x01, b""
        return 0x02, b""
