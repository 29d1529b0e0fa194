"""Receipt printers through python-escpos: ``escpos:usb:VID:PID``, ``escpos:serial:/dev/ttyS0``,
``escpos:network:HOST[:PORT]``, ``escpos:file:/dev/usb/lp0``; ``sim:`` prints into
python-escpos's Dummy printer and keeps the bytes.

Chinese: with ``encoding`` "gb18030" (the default; also "gbk", "big5") text goes out in the
printer's Chinese mode (FS &) as bytes of that encoding - python-escpos's code-page
encoder has no double-byte tables, so those bytes are sent raw. Any other value is taken
as a python-escpos code page name (e.g. "CP437", "CP858") and its encoder is used.
"""
from __future__ import annotations

import logging

from hardware.device import Device
from hardware.errors import DeviceSpecError, DeviceUnavailable
from hardware.events import PrinterStatus
from hardware.receipt import Receipt, mask_card

log = logging.getLogger(__name__)
CHINESE_ON, CHINESE_OFF = b"\x1c\x26", b"\x1c\x2e"
DOUBLE_BYTE = ("gb18030", "gbk", "gb2312", "big5")


class EscposPrinter(Device):
    """Printer contract: ``print_receipt(receipt)``, ``status() -> PrinterStatus``; a failed
    print raises DeviceUnavailable and emits PrinterStatus(online=False or paper_out=True)."""

    kind = "printer"
    CONNECTIONS: tuple[str, ...] = ("usb", "serial", "network", "file")

    def __init__(self, spec: str, target: str = "", *, encoding: str = "gb18030",
                 width: int = 32, profile: str | None = None, qr_size: int = 6,
                 native_qr: bool = True, baudrate: int = 9600) -> None:
        super().__init__(spec)
        self.target = target
        self.connection, _, self.where = target.partition(":")
        self._check_target()
        self.encoding = encoding.lower() if encoding.lower() in DOUBLE_BYTE else encoding
        self.width = int(width)
        self.profile = profile
        self.qr_size = int(qr_size)
        self.native_qr = str(native_qr).lower() not in ("0", "false", "no")
        self.baudrate = int(baudrate)  # of escpos:serial:
        self._printer = None

    # --- connection -----------------------------------------------------------------------
    def _check_target(self) -> None:
        """Refuse a target that names no printer, saying which forms there are."""
        forms = ("escpos:usb:VID:PID (hex, e.g. escpos:usb:0416:5011), escpos:serial:PORT, "
                 "escpos:network:HOST[:PORT] or escpos:file:PATH")
        if self.connection not in self.CONNECTIONS:
            raise DeviceSpecError(f"printer spec {self.spec!r}: connection "
                                  f"{self.connection!r} is not one of "
                                  f"{', '.join(self.CONNECTIONS)}; expected {forms}")
        if self.connection == "usb":
            ids = self.where.split(":")
            if len(ids) != 2 or not all(len(i) == 4 and _is_hex(i) for i in ids):
                raise DeviceSpecError(f"printer spec {self.spec!r}: USB ids {self.where!r} "
                                      "must be VID:PID, four hex digits each (e.g. 0416:5011)")
        if self.connection == "network":
            port = self.where.partition(":")[2]
            if port and not port.isdigit():
                raise DeviceSpecError(f"printer spec {self.spec!r}: port {port!r} is not a "
                                      "number")
        if self.connection in ("serial", "file", "network") and not self.where:
            raise DeviceSpecError(f"printer spec {self.spec!r} names no "
                                  f"{'host' if self.connection == 'network' else 'path'}")

    def _make(self):
        from escpos import printer as p
        kw = {"profile": self.profile} if self.profile else {}
        if self.connection == "usb":
            if not p.Usb.is_usable():  # checked first: a half-built Usb fails in __del__
                raise DeviceUnavailable(f"printer {self.spec}: USB printers need pyusb "
                                        "(install the kiosk 'usb' extra: pip install "
                                        "'kiosk[usb]') and libusb-1.0")
            vid, pid = (int(i, 16) for i in self.where.split(":"))
            return p.Usb(vid, pid, **kw)
        if self.connection == "serial":
            return p.Serial(self.where, baudrate=self.baudrate, **kw)
        if self.connection == "network":
            host, _, port = self.where.partition(":")
            return p.Network(host, port=int(port or 9100), **kw)
        return p.File(self.where, **kw)

    def _connected(self):
        if self._printer is None:
            printer = self._make()
            try:
                if hasattr(printer, "open"):
                    printer.open(raise_not_found=True) if _takes_raise(printer) else printer.open()
            except Exception as exc:
                raise DeviceUnavailable(f"printer {self.spec}: {self._why(exc)}") from exc
            self._printer = printer
        return self._printer

    def _why(self, exc: Exception) -> str:
        if self.connection == "usb" and type(exc).__name__ in ("DeviceNotFoundError",
                                                                "USBNotFoundError"):
            return (f"no such USB device {self.where} (is the printer plugged in and on? "
                    "without the udev rule packaging/linux/60-kiosk-printer.rules only root "
                    "may open it)")
        if type(exc).__name__ == "NoBackendError":
            return "pyusb finds no libusb-1.0 (Debian package libusb-1.0-0)"
        return str(exc) or type(exc).__name__

    def open(self) -> None:
        try:
            self._connected()
            self._set_health(True, "ready")
        except DeviceUnavailable as exc:
            self._set_health(False, str(exc))

    def close(self) -> None:
        if self._printer is not None:
            try:
                self._printer.close()
            except Exception:
                log.debug("printer close failed", exc_info=True)
        self._printer = None
        super().close()

    def status(self) -> PrinterStatus:
        """Ask the printer (DLE EOT) where the connection can read. A file output cannot
        answer, and a status request written into it would end up on paper or in the file:
        it is only opened."""
        try:
            printer = self._connected()
            if self.connection == "file":
                return PrinterStatus(True, False, "status unknown: a file output cannot "
                                     "report paper or errors")
            online = printer.is_online()
            paper = printer.paper_status()
        except DeviceUnavailable as exc:
            return PrinterStatus(False, False, str(exc))
        except Exception as exc:  # backend that cannot read status, or a dropped link  # noqa: BLE001
            return PrinterStatus(self._printer is not None, False, f"status unknown: {exc}")
        return PrinterStatus(bool(online), paper == 0,
                             "paper out" if paper == 0 else ("paper low" if paper == 1 else ""))

    def health(self):
        status = self.status()
        self._set_health(status.online and not status.paper_out, status.detail or "ready")
        return super().health()

    # --- printing -----------------------------------------------------------------------------
    def print_receipt(self, receipt: Receipt) -> None:
        status = self._check_ready()
        try:
            printer = self._connected()
            self._render(printer, receipt)
        except DeviceUnavailable:
            raise
        except Exception as exc:
            self._printer = None  # reopen next time: the printer may come back
            self.emit(PrinterStatus(False, False, str(exc)))
            raise DeviceUnavailable(f"printer {self.spec}: {exc}") from exc
        if status is not None:
            self.emit(status)

    def _check_ready(self) -> PrinterStatus | None:
        """Hook for printers that know their state before printing (the simulator)."""
        return None

    def _render(self, printer, r: Receipt) -> None:
        printer.set(align="center", bold=True, double_height=True, double_width=True)
        self._text(printer, r.library_name + "\n")
        printer.set(align="center", bold=False, normal_textsize=True)
        if r.heading:
            self._text(printer, r.heading + "\n")
        self._text(printer, r.when.strftime("%Y-%m-%d %H:%M") + "\n")
        printer.set(align="left", normal_textsize=True)
        if r.card_number:
            self._text(printer, f"{r.card_label}: {mask_card(r.card_number)}\n")
        self._text(printer, "-" * self.width + "\n")
        for n, item in enumerate(r.items, 1):
            self._text(printer, f"{n}. {item.title}\n   {item.barcode}\n")
            if item.due:
                due = item.due if isinstance(item.due, str) else item.due.isoformat()
                self._text(printer, f"   {r.due_label}: {due}\n")
            if item.note:
                self._text(printer, f"   {item.note}\n")
        if r.items:
            self._text(printer, "-" * self.width + "\n")
        for line in r.lines:
            self._text(printer, line + "\n")
        if r.qr_payload:
            printer.set(align="center")
            printer.qr(r.qr_payload, size=self.qr_size, native=self.native_qr, center=False)
        printer.set(align="center")
        for line in r.footer:
            self._text(printer, line + "\n")
        printer.cut()

    def _text(self, printer, text: str) -> None:
        if self.encoding in DOUBLE_BYTE:
            # python-escpos has no public raw-bytes call; _raw is how its own commands go out
            printer._raw(CHINESE_ON + text.encode(self.encoding, "replace") + CHINESE_OFF)
        else:
            printer.charcode(self.encoding)
            printer.text(text)


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdefABCDEF" for c in text)


def _takes_raise(printer) -> bool:
    import inspect
    return "raise_not_found" in inspect.signature(printer.open).parameters


class SimPrinter(EscposPrinter):
    """Prints into python-escpos's Dummy printer. ``printed`` is every byte sent so far;
    ``set_paper_out`` / ``set_offline`` make the next print fail as a real printer would."""

    CONNECTIONS = ("sim",)

    def __init__(self, spec: str = "sim:", **options) -> None:
        super().__init__(spec, "sim", **options)
        self.paper_out = False
        self.offline = False
        self.printed = b""
        self.receipts: list[Receipt] = []

    def _make(self):
        from escpos.printer import Dummy
        kw = {"profile": self.profile} if self.profile else {}
        return Dummy(**kw)

    def set_paper_out(self, value: bool = True) -> None:
        self.paper_out = value
        self.emit(self.status())

    def set_offline(self, value: bool = True) -> None:
        self.offline = value
        self.emit(self.status())

    def status(self) -> PrinterStatus:
        if self.offline:
            return PrinterStatus(False, self.paper_out, "offline")
        if self.paper_out:
            return PrinterStatus(True, True, "paper out")
        return PrinterStatus(True, False, "")

    def _check_ready(self) -> PrinterStatus | None:
        status = self.status()
        if not status.online or status.paper_out:
            self.emit(status)
            raise DeviceUnavailable(f"printer {self.spec}: {status.detail}")
        return None

    def print_receipt(self, receipt: Receipt) -> None:
        printer = self._connected()
        printer.clear()
        super().print_receipt(receipt)
        self.printed += printer.output
        self.receipts.append(receipt)
