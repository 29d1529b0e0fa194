"""The simulated card reader: ``present(uid)`` and ``remove()`` make the same events as a tap."""
from __future__ import annotations

from hardware.device import Device
from hardware.events import CardPresented, CardRemoved

SIM_ATR = "3B8F8001804F0CA000000306030001000000006A"


class SimCardReader(Device):
    kind = "card"
    reader_name = "Simulated reader"

    def __init__(self, spec: str = "sim:", **_ignored) -> None:
        super().__init__(spec)
        self.current: str | None = None

    def present(self, uid: str, atr: str = SIM_ATR, data: bytes = b"") -> None:
        uid = uid.replace(" ", "").replace(":", "").upper()
        bytes.fromhex(uid)  # a UID is hex; say so early rather than emit nonsense
        if self.current:
            self.remove()
        self.current = uid
        self.emit(CardPresented(uid, atr, self.reader_name, data))

    def remove(self) -> None:
        if self.current:
            uid, self.current = self.current, None
            self.emit(CardRemoved(self.reader_name, uid))
