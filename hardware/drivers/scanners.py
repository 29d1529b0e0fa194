"""Barcode scanners: keyboard wedge, serial, simulated. All emit CodeScanned, classified
as an e-card (a patron's phone QR code) when it matches the configured prefix or pattern.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hardware.device import Device, PollingDevice
from hardware.drivers.wedge import WedgeDetector
from hardware.errors import DeviceUnavailable
from hardware.events import CodeScanned

if TYPE_CHECKING:
    import serial


class CodeClassifier:
    """`ecard_prefix` ("LIBCARD:") or `ecard_pattern` (a regex; a group named ``id`` or
    ``card``, else the first group, is the patron's id) marks a code as an e-card;
    everything else is a barcode."""

    def __init__(self, ecard_prefix: str = "", ecard_pattern: str = "") -> None:
        self.prefix = ecard_prefix
        try:
            self.pattern = re.compile(ecard_pattern) if ecard_pattern else None
        except re.error as exc:
            raise ValueError(f"e-card pattern {ecard_pattern!r} is not a regex: {exc}") from exc

    def event(self, code: str, source: str) -> CodeScanned:
        if self.pattern and (m := self.pattern.fullmatch(code)):
            named = m.groupdict()
            patron = named.get("id") or named.get("card") or (m.group(1) if m.groups() else "")
            return CodeScanned(code, source, "ecard", patron or code)
        if self.prefix and code.startswith(self.prefix):
            return CodeScanned(code, source, "ecard", code[len(self.prefix):])
        return CodeScanned(code, source)


class SimScanner(Device):
    """``scan(code)`` emits the event a real scanner would."""

    kind = "scanner"

    def __init__(self, spec: str = "sim:", ecard_prefix: str = "", ecard_pattern: str = "",
                 **_ignored) -> None:
        super().__init__(spec)
        self.classifier = CodeClassifier(ecard_prefix, ecard_pattern)

    def scan(self, code: str) -> CodeScanned:
        event = self.classifier.event(code, "sim")
        self.emit(event)
        return event


class WedgeScanner(SimScanner):
    """A scanner that types. The UI feeds keys with ``feed(char, timestamp)``; completed
    scans become events, and the return value says whether to swallow the key."""

    def __init__(self, spec: str = "wedge:", max_gap: float = 0.05, min_length: int = 4,
                 **options) -> None:
        super().__init__(spec, **options)
        self.detector = WedgeDetector(float(max_gap), int(min_length))

    def feed(self, char: str, timestamp: float) -> bool:
        result = self.detector.feed(char, timestamp)
        if result.code:
            self.emit(self.classifier.event(result.code, "wedge"))
        return result.swallow


class SerialScanner(PollingDevice):
    """A scanner on a serial port (or pyserial URL); each line is a code."""

    kind = "scanner"

    def __init__(self, spec: str, port: str, baudrate: int = 9600, ecard_prefix: str = "",
                 ecard_pattern: str = "", reconnect_interval: float = 1.0,
                 **_ignored) -> None:
        super().__init__(spec, poll_interval=0.0, reconnect_interval=float(reconnect_interval))
        self.port, self.baudrate = port, int(baudrate)
        self.classifier = CodeClassifier(ecard_prefix, ecard_pattern)
        self._serial: serial.SerialBase | None = None
        self._buffer = b""

    def _connect(self) -> None:
        import serial
        self._serial = serial.serial_for_url(self.port, baudrate=self.baudrate, timeout=0.2)

    def _disconnect(self) -> None:
        if self._serial:
            self._serial.close()
        self._serial = None

    def _poll(self) -> None:
        if self._serial is None:
            raise DeviceUnavailable(f"scanner on {self.port} is not connected")
        chunk = self._serial.read(256)
        self._buffer += chunk
        *lines, self._buffer = re.split(rb"\r\n|\r|\n", self._buffer)
        for line in lines:
            code = line.decode("utf-8", "replace").strip()
            if code:
                self.emit(self.classifier.event(code, "serial"))
