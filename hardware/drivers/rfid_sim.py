"""The simulated RFID pad: a VirtualField behind the same RfidPad contract as real readers,
so the demo and the end-to-end tests go through the real verify and event code.

Control: ``place(tag)``, ``lift(uid)``, ``tags()``, ``make_tag(...)``, ``inject(uid, fault)``,
``refresh()`` (poll once now, for tests that do not want to wait for the thread).
"""
from __future__ import annotations

from hardware.drivers.rfid_pad import RfidPad
from hardware.drivers.virtual_tags import VirtualField, VirtualTag, make_tag


class SimRfidPad(RfidPad):
    supports_eas = True

    def __init__(self, spec: str = "sim:", **options) -> None:
        options.setdefault("poll_interval", 0.1)
        super().__init__(spec, **options)
        self.field = VirtualField()

    make_tag = staticmethod(make_tag)

    def place(self, tag: VirtualTag) -> VirtualTag:
        self.field.place(tag)
        self.refresh()
        return tag

    def lift(self, uid: str) -> None:
        self.field.lift(uid)
        self.refresh()

    def inject(self, uid: str, fault: str) -> None:
        self.field.inject(uid, fault)

    def refresh(self) -> None:
        """Poll now, so events follow place/lift at once."""
        with self._io_lock:
            if self._connected:
                self._poll()

    def _connect(self) -> None:
        pass

    def _disconnect(self) -> None:
        pass

    def _inventory_uids(self):
        return self.field.uids()

    def _read_blocks(self, uid, first, count):
        tag = self.field.get(uid)
        return self.field.read(uid, first, min(count, tag.blocks - first))

    def _write_blocks(self, uid, first, data):
        self.field.write(uid, first, data)

    def _read_afi(self, uid):
        return self.field.get(uid).afi

    def _write_afi(self, uid, afi):
        self.field.write_afi(uid, afi)

    def _write_eas(self, uid, on):
        self.field.write_eas(uid, on)

    def _read_eas(self, uid):
        return self.field.get(uid).eas
