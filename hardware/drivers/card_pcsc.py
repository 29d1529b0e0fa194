"""Patron card readers through pyscard and pcscd.

The reader is chosen by a name pattern (``pcsc:ACS*``; shell wildcards, empty = any).
Presence and removal come from pyscard's CardRequest.waitforcardevent, the primitive its
CardMonitor is built on; we run it in our own PollingDevice loop rather than the
CardMonitor singleton because that thread stops for good when pcscd goes away, and a
kiosk must find its reader again without a restart. The UID is read with GET DATA
(FF CA 00 00 00); a card pulled mid-read or a reader unplugged is a DeviceError event.
"""
from __future__ import annotations

import fnmatch

from hardware.device import PollingDevice
from hardware.errors import DeviceUnavailable
from hardware.events import CardPresented, CardRemoved, DeviceError

GET_UID = [0xFF, 0xCA, 0x00, 0x00, 0x00]


def _apdu(text: str) -> list[int]:
    try:
        return list(bytes.fromhex(text.replace(":", " ")))
    except ValueError as exc:
        raise ValueError(f"APDU {text!r} is not hex") from exc


class PcscCardReader(PollingDevice):
    """Card reader contract: events CardPresented(uid, atr, reader, data) and CardRemoved."""

    kind = "card"

    def __init__(self, spec: str, pattern: str = "", *, uid_apdu: str = "FFCA000000",
                 read_apdus: str | list[str] = (), wait_timeout: float = 0.5,
                 reconnect_interval: float = 1.0, **_ignored) -> None:
        super().__init__(spec, poll_interval=0.0, reconnect_interval=reconnect_interval)
        self.pattern = pattern or "*"
        self.uid_apdu = _apdu(uid_apdu)
        if isinstance(read_apdus, str):
            read_apdus = [a for a in read_apdus.split(",") if a.strip()]
        self.read_apdus = [_apdu(a) for a in read_apdus]
        self.wait_timeout = float(wait_timeout)
        self._request = None
        self._present: dict[str, tuple[str, str]] = {}  # reader -> (atr, uid)

    def matching_readers(self) -> list[str]:
        from smartcard.System import readers
        return [str(r) for r in readers() if fnmatch.fnmatchcase(str(r), self.pattern)]

    def _connect(self) -> None:
        from smartcard.CardRequest import CardRequest
        names = self.matching_readers()
        if not names:
            raise DeviceUnavailable(f"no PC/SC reader matches {self.pattern!r}")
        self._request = CardRequest(timeout=self.wait_timeout, newcardonly=False)

    def _disconnect(self) -> None:
        self._request = None
        for reader, (_, uid) in list(self._present.items()):
            self.emit(CardRemoved(reader, uid))
        self._present.clear()

    def _poll(self) -> None:
        from smartcard.Exceptions import CardRequestTimeoutException
        try:
            cards = self._request.waitforcardevent()
        except CardRequestTimeoutException:
            if not self.matching_readers():
                raise DeviceUnavailable(f"reader matching {self.pattern!r} is gone") from None
            return
        now = {str(c.reader): c for c in cards if fnmatch.fnmatchcase(str(c.reader), self.pattern)}
        for reader in [r for r in self._present if r not in now]:
            _, uid = self._present.pop(reader)
            self.emit(CardRemoved(reader, uid))
        for reader, card in now.items():
            atr = bytes(card.atr).hex().upper()
            if self._present.get(reader, ("",))[0] == atr:
                continue
            self._present[reader] = (atr, "")
            self._read_card(card, reader, atr)

    def _read_card(self, card, reader: str, atr: str) -> None:
        from smartcard.Exceptions import SmartcardException
        connection = card.createConnection()
        try:
            connection.connect()
            data, sw1, sw2 = connection.transmit(self.uid_apdu)
            if (sw1, sw2) != (0x90, 0x00) or not data:
                self.emit(DeviceError(self.kind, f"card on {reader} gave no UID "
                                      f"(status {sw1:02X}{sw2:02X})", self.spec))
                return
            extra = b""
            for apdu in self.read_apdus:
                more, sw1, sw2 = connection.transmit(apdu)
                if (sw1, sw2) == (0x90, 0x00):
                    extra += bytes(more)
            uid = bytes(data).hex().upper()
            self._present[reader] = (atr, uid)
            self.emit(CardPresented(uid, atr, reader, extra))
        except SmartcardException as exc:
            self.emit(DeviceError(self.kind, f"card on {reader} could not be read "
                                  f"(removed during read?): {exc}", self.spec))
        finally:
            try:
                connection.disconnect()
            except SmartcardException:
                pass
