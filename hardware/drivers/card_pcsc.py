"""Patron card readers through pyscard and pcscd.

The reader is chosen by a name pattern (``pcsc:ACS*``; shell wildcards, empty = any).
Presence and removal come from pyscard's SCardGetStatusChange (smartcard.scard) in our own
PollingDevice loop. We watch the event counter PC/SC keeps per reader rather than the card
list pyscard's CardMonitor compares: two cards with the same ATR swapped quickly (or a card
pulled mid-read and the next one tapped) look like "no change" to a card list. The
CardMonitor thread also stops for good when pcscd goes away; ours reconnects. The UID is
read with GET DATA (FF CA 00 00 00); a card pulled mid-read or a reader unplugged is a
DeviceError event.
"""
from __future__ import annotations

import fnmatch
from collections.abc import Sequence

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
                 read_apdus: str | Sequence[str] = (), wait_timeout: float = 0.5,
                 reconnect_interval: float = 1.0, **_ignored) -> None:
        super().__init__(spec, poll_interval=0.0, reconnect_interval=reconnect_interval)
        self.pattern = pattern or "*"
        self.uid_apdu = _apdu(uid_apdu)
        if isinstance(read_apdus, str):
            read_apdus = [a for a in read_apdus.split(",") if a.strip()]
        self.read_apdus = [_apdu(a) for a in read_apdus]
        self.wait_timeout = float(wait_timeout)
        self._context = None
        self._states: list[tuple[str, int]] = []
        self._present: dict[str, tuple[int, str, str]] = {}  # reader -> (event count, atr, uid)

    def _list_readers(self) -> list[str]:
        from smartcard import scard
        hresult, names = scard.SCardListReaders(self._context, [])
        if hresult == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if hresult != scard.SCARD_S_SUCCESS:
            raise DeviceUnavailable(f"pcscd: {scard.SCardGetErrorMessage(hresult)}")
        return [n for n in names if fnmatch.fnmatchcase(n, self.pattern)]

    def _connect(self) -> None:
        from smartcard import scard
        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != scard.SCARD_S_SUCCESS:
            raise DeviceUnavailable(f"pcscd not reachable: {scard.SCardGetErrorMessage(hresult)}")
        self._context = context
        names = self._list_readers()
        if not names:
            self._disconnect()
            raise DeviceUnavailable(f"no PC/SC reader matches {self.pattern!r}")
        self._states = [(name, scard.SCARD_STATE_UNAWARE) for name in names]

    def _disconnect(self) -> None:
        from smartcard import scard
        if self._context is not None:
            scard.SCardReleaseContext(self._context)
        self._context = None
        for reader, (_, _, uid) in list(self._present.items()):
            self.emit(CardRemoved(reader, uid))
        self._present.clear()

    def _poll(self) -> None:
        from smartcard import scard
        hresult, states = scard.SCardGetStatusChange(
            self._context, int(self.wait_timeout * 1000), self._states)
        if hresult == scard.SCARD_E_TIMEOUT:
            names = self._list_readers()
            if not names:
                raise DeviceUnavailable(f"reader matching {self.pattern!r} is gone")
            if set(names) != {name for name, _ in self._states}:
                seen = dict(self._states)
                self._states = [(n, seen.get(n, scard.SCARD_STATE_UNAWARE)) for n in names]
            return
        if hresult != scard.SCARD_S_SUCCESS:
            raise DeviceUnavailable(f"pcscd: {scard.SCardGetErrorMessage(hresult)}")
        self._states = []
        for reader, state, atr in states:
            self._states.append((reader, state & ~scard.SCARD_STATE_CHANGED))
            if state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
                raise DeviceUnavailable(f"reader {reader} is gone")
            present = bool(state & scard.SCARD_STATE_PRESENT) and not state & scard.SCARD_STATE_MUTE
            counter = state >> 16
            known = self._present.get(reader)
            if known and (not present or known[0] != counter):
                del self._present[reader]
                self.emit(CardRemoved(reader, known[2]))
            if present and (not known or known[0] != counter):
                atr_hex = bytes(atr).hex().upper()
                self._present[reader] = (counter, atr_hex, "")
                self._read_card(reader, atr_hex)

    def _read_card(self, reader: str, atr: str) -> None:
        from smartcard.Exceptions import SmartcardException
        from smartcard.System import readers
        match = [r for r in readers() if str(r) == reader]
        if not match:
            return
        connection = match[0].createConnection()
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
            self._present[reader] = (self._present[reader][0], atr, uid)
            self.emit(CardPresented(uid, atr, reader, extra))
        except SmartcardException as exc:
            self.emit(DeviceError(self.kind, f"card on {reader} could not be read "
                                  f"(removed during read?): {exc}", self.spec))
        finally:
            try:
                connection.disconnect()
            except SmartcardException:
                pass
