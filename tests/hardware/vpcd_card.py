"""A virtual contactless card for vsmartcard's vpcd driver in pcscd.

vpcd listens (port 35963 for reader "Virtual PCD 00 00"); the card connects as a client.
Every message is a 2-byte big-endian length, then the payload. One-byte payloads from vpcd
are control codes: 00 power off, 01 power on, 02 reset, 04 "send your ATR"; anything
longer is a command APDU, answered with a response APDU by `respond` (subclasses answer
more). Closing the socket removes the card.
"""
from __future__ import annotations

import socket
import threading

GET_UID = bytes.fromhex("FFCA000000")
POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4
# ATR of a contactless card as PC/SC part 3 builds it (storage card, ISO 14443 A)
ATR = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")


class VirtualCard:
    def __init__(self, uid: str, port: int = 35963, atr: bytes = ATR,
                 pull_on_uid: bool = False) -> None:
        self.uid, self.port, self.atr, self.pull_on_uid = bytes.fromhex(uid), port, atr, pull_on_uid
        self.apdus: list[bytes] = []
        self._sock: socket.socket | None = None

    def insert(self) -> None:
        self._sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        self._sock.settimeout(None)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        threading.Thread(target=self._serve, args=(self._sock,), daemon=True).start()

    def remove(self) -> None:
        if self._sock:
            try:
                self._sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self._sock.close()
            self._sock = None

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                size = self._read(sock, 2)
                payload = self._read(sock, int.from_bytes(size, "big"))
                if len(payload) == 1:
                    if payload[0] == GET_ATR:
                        self._send(sock, self.atr)
                    continue  # power on/off and reset need no answer
                self.apdus.append(payload)
                answer = self.respond(payload)
                if answer is None:  # the card leaves the field without answering
                    self.remove()
                    return
                self._send(sock, answer)
        except OSError:
            return

    def respond(self, apdu: bytes) -> bytes | None:
        """The response APDU to `apdu`, or None to leave the reader instead of answering."""
        if apdu == GET_UID:
            return None if self.pull_on_uid else self.uid + b"\x90\x00"
        return b"\x6D\x00"

    @staticmethod
    def _read(sock: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            # vpcd writes length and APDU separately: acknowledge at once, or its Nagle
            # waits for our delayed ACK (40 ms per APDU)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            chunk = sock.recv(n - len(data))
            if not chunk:
                raise OSError("vpcd closed the connection")
            data += chunk
        return data

    @staticmethod
    def _send(sock: socket.socket, payload: bytes) -> None:
        sock.sendall(len(payload).to_bytes(2, "big") + payload)
