"""Device events arrive on driver threads; this bridge turns them into Qt signals
delivered on the UI thread (queued), so no widget is ever touched from elsewhere."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hardware import CardPresented, CardRemoved, CodeScanned, DeviceError, TagsChanged


class DeviceBridge(QObject):
    card_presented = Signal(str)
    card_removed = Signal(str)
    tags_changed = Signal(object)          # hardware.TagsChanged
    code_scanned = Signal(str, str, str)   # code, kind ("barcode" | "ecard"), patron id
    device_error = Signal(str, str)        # kind, detail

    def __init__(self, parent=None):
        super().__init__(parent)
        self._unsubscribe = []

    def attach(self, device) -> None:
        if device is not None:
            self._unsubscribe.append(device.subscribe(self.deliver))

    def detach_all(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()

    def deliver(self, event) -> None:
        """Called on the driver's thread; emitting queues the event for the UI thread."""
        if isinstance(event, CardPresented):
            self.card_presented.emit(event.uid)
        elif isinstance(event, CardRemoved):
            self.card_removed.emit(event.uid)
        elif isinstance(event, TagsChanged):
            self.tags_changed.emit(event)
        elif isinstance(event, CodeScanned):
            self.code_scanned.emit(event.code, event.kind, event.patron_id)
        elif isinstance(event, DeviceError):
            self.device_error.emit(event.kind, event.detail)
