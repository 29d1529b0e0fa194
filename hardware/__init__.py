"""Device drivers and tag-data codecs for the kiosk. Imports nothing else of ours.

    device = open_device("rfid", "serial:/dev/ttyUSB0?driver=3m810", afi_on_loan=0xC2)
    device.subscribe(print)
    device.open()

Kinds and spec schemes:

    card      pcsc:<reader name pattern>                         | sim:
    rfid      serial:<port or pyserial URL>?driver=3m810|feig    | sim:
              pcsc15693:<reader name pattern>?model=part3|omnikey|acr1281u
    scanner   wedge:   serial:<port>?baudrate=9600                | sim:
    printer   escpos:usb:VID:PID | escpos:serial:PORT | escpos:network:HOST[:PORT]
              | escpos:file:PATH                                  | sim:

Options are config values passed as keywords (AFI values, code page, wedge thresholds,
e-card pattern, PC/SC APDU bytes); parameters in the spec's query string win over them.
"""
from __future__ import annotations

from hardware.device import Device
from hardware.errors import (
    DeviceSpecError,
    DeviceUnavailable,
    HardwareError,
    ProtocolError,
    TagDataError,
    TagGone,
    WriteVerifyFailed,
)
from hardware.events import (
    CardPresented,
    CardRemoved,
    CodeScanned,
    DeviceError,
    DeviceHealth,
    PrinterStatus,
    TagsChanged,
)
from hardware.receipt import Receipt, ReceiptItem, mask_card
from hardware.spec import Spec, parse_spec
from hardware.tags import MissingParts, Tag

KINDS = ("card", "rfid", "scanner", "printer")

__all__ = [
    "KINDS", "CardPresented", "CardRemoved", "CodeScanned", "Device", "DeviceError",
    "DeviceHealth", "DeviceSpecError", "DeviceUnavailable", "HardwareError", "MissingParts",
    "PrinterStatus", "ProtocolError", "Receipt", "ReceiptItem", "Spec", "Tag", "TagDataError",
    "TagGone", "TagsChanged", "WriteVerifyFailed", "mask_card", "open_device", "parse_spec",
]


def open_device(kind: str, spec: str, **options) -> Device:
    """Build the driver for `spec`. The device is not opened: call ``open()`` (or use ``with``)."""
    if kind not in KINDS:
        raise DeviceSpecError(f"unknown device kind {kind!r}; expected one of {', '.join(KINDS)}")
    parsed = parse_spec(spec)
    options = {**options, **parsed.params}
    factory = _FACTORIES.get((kind, parsed.scheme))
    if factory is None:
        schemes = sorted(s for k, s in _FACTORIES if k == kind)
        raise DeviceSpecError(f"{kind} spec {spec!r}: scheme {parsed.scheme!r} is not one of "
                              f"{', '.join(schemes)}")
    return factory(parsed, options)


def _sim_card(s, o):
    from hardware.drivers.card_sim import SimCardReader
    return SimCardReader(s.text, **o)


def _pcsc_card(s, o):
    from hardware.drivers.card_pcsc import PcscCardReader
    return PcscCardReader(s.text, s.target, **o)


def _sim_rfid(s, o):
    from hardware.drivers.rfid_sim import SimRfidPad
    return SimRfidPad(s.text, **o)


def _serial_rfid(s, o):
    driver = o.pop("driver", "")
    if driver == "3m810":
        from hardware.drivers.rfid_3m810 import M3M810Pad as cls
    elif driver == "feig":
        from hardware.drivers.rfid_feig import FeigPad as cls
    else:
        raise DeviceSpecError(f"rfid spec {s.text!r}: driver={driver!r}; expected "
                              "?driver=3m810 or ?driver=feig")
    if not s.target:
        raise DeviceSpecError(f"rfid spec {s.text!r} names no port")
    return cls(s.text, s.target, **o)


def _pcsc15693_rfid(s, o):
    from hardware.drivers.rfid_pcsc15693 import Pcsc15693Pad
    return Pcsc15693Pad(s.text, s.target, **o)


def _sim_scanner(s, o):
    from hardware.drivers.scanners import SimScanner
    return SimScanner(s.text, **o)


def _wedge(s, o):
    from hardware.drivers.scanners import WedgeScanner
    return WedgeScanner(s.text, **o)


def _serial_scanner(s, o):
    from hardware.drivers.scanners import SerialScanner
    if not s.target:
        raise DeviceSpecError(f"scanner spec {s.text!r} names no port")
    return SerialScanner(s.text, s.target, **o)


def _sim_printer(s, o):
    from hardware.drivers.printer_escpos import SimPrinter
    return SimPrinter(s.text, **o)


def _escpos(s, o):
    from hardware.drivers.printer_escpos import EscposPrinter
    return EscposPrinter(s.text, s.target, **o)


_FACTORIES = {
    ("card", "sim"): _sim_card, ("card", "pcsc"): _pcsc_card,
    ("rfid", "sim"): _sim_rfid, ("rfid", "serial"): _serial_rfid,
    ("rfid", "pcsc15693"): _pcsc15693_rfid,
    ("scanner", "sim"): _sim_scanner, ("scanner", "wedge"): _wedge,
    ("scanner", "serial"): _serial_scanner,
    ("printer", "sim"): _sim_printer, ("printer", "escpos"): _escpos,
}
