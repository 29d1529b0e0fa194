"""A serial connection to a reader through pyserial (a device path or a pyserial URL such
as ``socket://host:port`` or ``rfc2217://``), with exact-length reads."""
from __future__ import annotations

from hardware.errors import DeviceUnavailable, ProtocolError


class SerialLink:
    def __init__(self, port: str, baudrate: int, parity: str = "N", timeout: float = 0.5) -> None:
        import serial
        try:
            self.serial = serial.serial_for_url(port, baudrate=int(baudrate), parity=parity,
                                                timeout=timeout, write_timeout=timeout)
        except (serial.SerialException, ValueError) as exc:
            raise DeviceUnavailable(f"cannot open {port}: {exc}") from exc
        self.port = port

    def write(self, data: bytes) -> None:
        import serial
        try:
            self.serial.reset_input_buffer()
            self.serial.write(data)
        except serial.SerialException as exc:
            raise DeviceUnavailable(f"{self.port}: {exc}") from exc

    def read_exact(self, n: int) -> bytes:
        import serial
        try:
            data = self.serial.read(n)
        except serial.SerialException as exc:
            raise DeviceUnavailable(f"{self.port}: {exc}") from exc
        if len(data) != n:
            raise ProtocolError(f"{self.port}: reader sent {len(data)} of {n} expected bytes")
        return data

    def close(self) -> None:
        self.serial.close()
